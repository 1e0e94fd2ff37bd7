"""Two tellings of one figure with the same digits in another order are a copying slip the reader should see, even
between bulletins of a running count that are otherwise not compared (development 114: "516 blessés, bilan toujours
provisoire" against 561人受伤 on the same day). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import conflicts_of, numeric, value_pairs

from helpers.compare.digit_slips import transposed

def _pages(first: str, second: str) -> dict[str, str]:
    return {"a": f"Explosion au port\n\nL'explosion a fait 4 morts et {first} blessés, bilan toujours provisoire, selon "
                 "les secours.",
            "b": f"港口爆炸\n\n伊朗南部港口发生的爆炸已经导致{second}人受伤。"}


def test_the_same_digits_in_another_order_are_set_against_each_other(tmp_path) -> None:
    conflicts = numeric(conflicts_of(tmp_path, _pages("516", "561")))
    assert frozenset({"516", "561"}) in value_pairs(conflicts)


def test_two_bulletins_with_other_digits_stay_apart(tmp_path) -> None:
    conflicts = numeric(conflicts_of(tmp_path, _pages("516", "600")))
    assert frozenset({"516", "600"}) not in value_pairs(conflicts)


@pytest.mark.parametrize("a, b, expected", [
    (516, 561, True), (1139, 1193, True), (56, 65, False),  # two digits: a coincidence
    (516, 516, False), (516, 600, False),
])
def test_transposed(a: float, b: float, expected: bool) -> None:
    row = {"qualifier": "exact", "published": "2025-04-26"}
    assert transposed({**row, "v": a}, {**row, "v": b}) is expected


def test_a_toll_that_rose_from_one_named_day_to_the_next_is_no_slip(tmp_path) -> None:
    pages = {"a": "Quake toll rises\n\nThe death toll from the earthquake rose to 123 on Monday, officials said.",
             "b": "Quake toll rises again\n\nThe death toll from the earthquake rose to 132 on Tuesday, officials said."}
    assert frozenset({"123", "132"}) not in value_pairs(numeric(conflicts_of(tmp_path, pages)))
    row = {"qualifier": "exact", "published": "2025-04-26"}
    assert not transposed({**row, "v": 123, "quote": "rose to 123 on Monday"}, {**row, "v": 132, "quote": "周二增至132人"})
    assert transposed({**row, "v": 123, "quote": "rose to 123 on Monday"}, {**row, "v": 132, "quote": "周一增至132人"})
