"""Classes development corpus 46 (the TikTok deal, scored unseen) found: a share written as a fraction is a percentage
in the claims table ("a third of", "十分之一", "la moitié": 33.3, 10, 50 %), so it meets "33%" on another page; a range of
amounts whose first end looks like a year ("估值在 2000–3000 亿区间") is still a range. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, one_row as _row


@pytest.mark.parametrize("text, lang, number, value", [
    ("A third of rooms were closed.", "en", "A third", 100 / 3),
    ("用户数仅为 TikTok 的十分之一。", "zh", "十分之一", 10),
    ("La moitié des salles étaient fermées.", "fr", "La moitié", 50),
])
def test_a_fraction_is_a_percentage(text: str, lang: str, number: str, value: float) -> None:
    row = _row(text, number, lang)
    assert (row["dimension"], row["unit"], row["value"]) == ("percent", "percent", pytest.approx(value))


def test_a_range_of_amounts_starting_at_a_year_like_number_is_a_range() -> None:
    row = _row("当时估值在 2000–3000 亿区间。", "2000", "zh")
    assert (row["value_low"], row["value_high"]) == (2e11, 3e11)


@pytest.mark.parametrize("text", ["In 2024-15,000 people came.", "2019-2025年间增长了三成。"])
def test_a_year_then_an_amount_is_no_range(text: str) -> None:
    assert not any(r["value_low"] in (2019, 2024) for r in claim_rows(text, None))
