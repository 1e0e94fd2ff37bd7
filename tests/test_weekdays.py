"""Days named by their weekday and days written as numbers, anchored on the publication date (an editor's review of a
page set on the Afghanistan earthquake of 2025 found the story's own days missing from the timeline). Sentences
written for these tests; 5 September 2025 is a Friday."""
from __future__ import annotations

import pytest

from helpers.extract.temporal import find_temporal, resolve

FRIDAY = "2025-09-05"


@pytest.mark.parametrize("text, written, day", [
    ("The figures were released Tuesday.", "Tuesday", "2025-09-02"),
    ("On Friday, officials said 12 people died.", "Friday", "2025-09-05"),
    ("Un second séisme a frappé mardi soir.", "mardi", "2025-09-02"),
    ("周二发生5.5级余震。", "周二", "2025-09-02"),
    ("星期日凌晨发生地震。", "星期日", "2025-08-31"),
    ("The minister will visit next Monday.", "next Monday", "2025-09-08"),
    ("Il arrive lundi prochain.", "lundi prochain", "2025-09-08"),
    ("下周三将举行会议。", "下周三", "2025-09-10"),
    ("The quake struck near midnight on 31/8.", "31/8", "2025-08-31"),
    ("Les secours sont arrivés le 8/31 au matin.", "8/31", "2025-08-31"),
])
def test_a_weekday_or_a_numeric_day_is_anchored_on_publication(text: str, written: str, day: str) -> None:
    [t] = [x for x in find_temporal(text) if x.text == written]
    r = resolve(t, FRIDAY)
    assert (r.date_start, r.date_end, r.precision, r.anchor, r.resolved) == (day, day, "day", "relative", True)


@pytest.mark.parametrize("text", [
    "Super Tuesday was decisive.", "Black Friday sales rose.", "Good Friday services were held.",
    "Le Vendredi saint est férié.", "博物馆每周二闭馆。", "On 2/9, the appeal went out.", "About 3/4 of the chips.",
    "一周三天下雨。",
])
def test_a_named_day_a_repeated_day_or_an_ambiguous_number_is_no_day(text: str) -> None:
    assert [t for t in find_temporal(text) if t.precision == "day"] == []


def test_a_weekday_without_a_publication_day_stays_unresolved() -> None:
    [t] = find_temporal("The figures were released Tuesday.")
    assert resolve(t, "2025-09").resolved is False and resolve(t, None).date_start is None


def test_a_weekday_its_date_follows_gives_way_to_the_date() -> None:
    assert [t.text for t in find_temporal("本周三（4日）下午起火。")] == ["4日"]
    assert [t.text for t in find_temporal("It struck on Tuesday, September 2, at night.")] == ["September 2"]
