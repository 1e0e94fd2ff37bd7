"""Classes found on flood pages scored unseen (development 21): a count that changes "from A to B" after its noun, the
dead counted by a verb after the people ("45 residents perished"), bodies counted in 具 after their noun, rainfall
written as litres per square metre or as millimetres of rain, and what an amount "worth" is of. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


def _read(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(number as written, subject) of each claim of ``text``."""
    return [(r["text"], r["subject"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("sentence, expected", [
    ("The death toll rose from 95 to 158 on Thursday.", [("95", "deaths"), ("158", "deaths")]),
    ("The number of injured climbed from 12 to 40 overnight.", [("12", "injured"), ("40", "injured")]),
    ("The official toll from the storm was revised downwards on Tuesday, from 217 to 215, officials said.",
     [("217", "deaths"), ("215", "deaths")]),
    ("死亡人数从95人升至158人。", [("95", "deaths"), ("158", "deaths")]),
    ("Prices rose from 12 to 40.", []),  # no counted noun before the change: nothing to bind
])
def test_a_count_that_changes_from_one_number_to_another(sentence: str, expected: list) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Three hikers died on the ridge.", "en", [("Three", "deaths")]),
    ("In the town, 45 residents perished in the flood.", "en", [("45", "deaths")]),
    ("At least 12 people are believed to have died.", "en", [("At least 12", "deaths")]),
    ("Four people drowned when the bridge gave way.", "en", [("Four", "deaths")]),
    ("Au total, 87 personnes étaient mortes et 180 avaient été blessées.", "fr", [("87", "deaths"), ("180", "injured")]),
    ("L'accident a causé la mort d’au moins 14 personnes.", "fr", [("au moins 14", "deaths")]),
    ("事故中有17人死于火灾。", "zh", [("17", "deaths")]),
    ("救援人员在河道中找到的遗体已增至23具。", "zh", [("23", "deaths")]),
    # look-alikes: people counted by where they live or by what they said are no toll
    ("The town, home to some 27,000 residents, was cut off.", "en", [("some 27,000", "residents")]),
    ("In a survey, 45 residents said they had lost their cars.", "en", [("45", "residents")]),
])
def test_the_dead_counted_by_what_happened_to_them(sentence: str, lang: str, expected: list) -> None:
    assert _read(sentence, lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Forecasters warned of 150 litres per square metre in twelve hours.", ("150 litres per square metre", 150)),
    ("Some 491 l/m2 fell in eight hours.", ("Some 491 l/m2", 491)),
    ("Il est tombé 300 litres d’eau par mètre carré en une nuit.", ("300 litres d’eau par mètre carré", 300)),
    ("Up to 120 mm of rain fell on the coast.", ("Up to 120 mm", 120)),
    ("累计降雨量超过400毫米。", ("超过400毫米", 400)),
    ("Five inches of rainfall were recorded.", ("Five inches", 127)),
])
def test_rainfall_is_a_depth_of_rain_in_millimetres(sentence: str, expected: tuple) -> None:
    rows = [r for r in claim_rows(sentence) if r["subject"] == "rainfall"]  # (1 l/m² is 1 mm; five inches 127 mm)
    assert [(r["text"], round(r["value"], 4), r["unit"]) for r in rows] == [(expected[0], expected[1], "mm")]


@pytest.mark.parametrize("sentence, subject", [
    ("The plant makes 300 mm wafers.", "length"),  # millimetres with no rain: a size
    ("The river rose 26 feet in 45 minutes.", "length"),  # a river's rise is no rainfall
    ("The tank holds 302 litres.", "volume"),  # litres alone are a volume
])
def test_lengths_and_volumes_without_rain_stay_as_they_were(sentence: str, subject: str) -> None:
    assert {r["subject"] for r in claim_rows(sentence) if r["dimension"] == "other"} == {subject}


@pytest.mark.parametrize("sentence, subject", [
    ("The government approved an aid package worth 10.6 billion euros.", "aid"),
    ("They signed a deal worth $5 billion.", "deal value"),
    ("Her stake worth $2 billion was sold.", "value"),  # no lexicon noun before "worth": what something is worth
])
def test_what_an_amount_worth_is_of(sentence: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(sentence) if r["dimension"] == "money"] == [subject]
