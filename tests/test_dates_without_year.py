"""Days written without their year (French and English day-month order, a bare Chinese day) are found and
anchored on the publication date; a year before 中美 is no mid-year. Sentences written for these tests
(the editor's reading of three built briefs found such days missing from their timelines)."""
from __future__ import annotations

import pytest

from helpers.extract.temporal import find_temporal, resolve


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, resolve(t, published).date_start) for t in find_temporal(text)]


@pytest.mark.parametrize("text, published, expected", [
    ("Le feu a pris le 14 mars à 9 h 20 dans l'entrepôt.", "2025-03-16", [("14 mars", "2025-03-14")]),
    ("- 2 juin : la banque relève son taux.", "2025-07-01", [("2 juin", "2025-06-02")]),
    ("Les droits s'appliquent à partir du 10 avril.", "2025-04-09", [("10 avril", "2025-04-10")]),
    ("The strike began on 3 February and ended a week later.", "2025-02-20", [("3 February", "2025-02-03")]),
    ("Le 1er mai, les syndicats défilent.", "2025-05-02", [("1er mai", "2025-05-01")]),
])
def test_day_before_month_without_year(text: str, published: str, expected: list) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("市政府12日發佈聲明。", "2025-06-14", [("12日", "2025-06-12")]),
    ("本周三（4日）下午起火。", "2025-06-06", [("4日", "2025-06-04")]),
    ("截至28日早上8時，至少40人失聯。", "2025-07-02", [("28日", "2025-06-28")]),  # the day before publication's month
])
def test_bare_chinese_day_is_the_latest_such_day(text: str, published: str, expected: list) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text", [
    "工程须在30日内完成。",  # within 30 days
    "3日后恢复供电。",  # three days later
    "兑换1日元。",  # a yen
    "les 7 sept ans de travaux",  # seven, not September
])
def test_spans_of_days_and_look_alikes_are_no_day(text: str) -> None:
    assert find_temporal(text) == []


def test_a_year_before_a_country_pair_is_no_mid_year() -> None:
    found = _dates("2024年中美贸易总额增加了3.7%。", "2025-03-01")
    assert found == [("2024年", "2024-01-01")]
    assert _dates("今年年中发布新品。", "2025-03-01") == [("今年年中", "2025-06-01")]


def test_a_day_after_publication_day_falls_in_the_month_before() -> None:
    assert _dates("白宮20日發佈聲明。", "2025-03-02") == [("20日", "2025-02-20")]
    assert _dates("白宮30日發佈聲明。", "2025-03-02") == [("30日", None)]  # February has no 30th: left unresolved


@pytest.mark.parametrize("text, start", [("au 4ème trimestre 2024", "2024-10-01"), ("au 2ème trimestre 2025", "2025-04-01"),
                                         ("au 1ère trimestre 2025", "2025-01-01")])
def test_french_quarters_written_with_eme(text: str, start: str) -> None:
    found = find_temporal(text)
    assert [(t.precision, t.date_start) for t in found] == [("quarter", start)]


@pytest.mark.parametrize("text", ["也是今年全球觀測到最強的風暴。", "被稱為今年最強颱風的梅麗莎", "It is the strongest storm this year.",
                                  "This year's biggest IPO raised $5bn.", "the most powerful storm this year"])
def test_this_year_of_a_record_dates_no_event(text: str) -> None:
    from helpers.extract.temporal import find_temporal

    assert find_temporal(text) == []


@pytest.mark.parametrize("text", ["Sales rose this year.", "The interest rate this year is 5%.", "今年公司最终裁员300人。",
                                  "今年以来销量增长30%。"])
def test_this_year_of_an_event_stays_a_date(text: str) -> None:
    from helpers.extract.temporal import find_temporal

    assert [t.precision for t in find_temporal(text)] in (["year"], ["period"])
