"""Classes of misreading found on development corpus 20 (Texas flood pages, scored unseen first), each tested with
sentences written for this file: a part of the dead counted as the dead, a building's floors counted as buildings,
lengths of different things compared, and a page telling a toll's history read as contradicting itself."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["subject"]) for r in claim_rows(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("死者包括36名成人和15名儿童。", [("36", "people"), ("15", "children")]),  # a part of the dead, as written
    ("遇难者中有28名儿童。", [("28", "children")]),
    ("地震已造成144人死亡、732人受伤。", [("144", "deaths"), ("732", "injured")]),  # the fate after: deaths
])
def test_a_part_of_the_dead_keeps_its_own_noun(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The water reached the height of a two-story building.", [("a two-story", "floors")]),
    ("相當於兩層樓的高度。", [("兩層樓", "floors")]),
    ("un immeuble de 10 étages", [("10 étages", "floors")]),
    ("There is at least one story about it.", []),  # a news story
    ("He told 3 stories.", [("3", "stories")]),
])
def test_floors_are_no_buildings(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


def test_lengths_of_different_things_are_not_compared(tmp_path) -> None:
    """A gauge's level and a river's rise are both lengths: which length only names say."""
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "Kerrville, 5 July 2025. The gauge stood at 29.45 feet on Friday morning, officials said.",
        "b.txt": "Kerrville, 5 July 2025. The water rose 34.76 feet during the night, forecasters said.",
    })
    assert numeric(found).empty


def test_one_page_telling_a_tolls_history_does_not_contradict_itself(tmp_path) -> None:
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "德州洪灾增至51人罹难\n\n周五的暴雨洪灾已造成27人罹难，另有20多人下落不明。",
        "b.txt": "Texas floods: 43 dead\n\nSearch teams were still working on Saturday in Kerr County.",
    })
    within = numeric(found)
    assert within.empty or not (within["doc_a"] == within["doc_b"]).any()


def test_two_pages_with_one_tolls_different_values_on_one_day_still_conflict(tmp_path) -> None:
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "Kerrville, 6 July 2025. The death toll in Kerr County stands at 68, the sheriff said on 6 July.",
        "b.txt": "Kerrville, 6 July 2025. The death toll in Kerr County stands at 59, the sheriff said on 6 July.",
    })
    assert len(numeric(found)) == 1


@pytest.mark.parametrize("subject, written", [("gdp", "GDP"), ("GDP", "GDP"), ("data_centers", "Data centres"),
                                              ("deaths", "Deaths")])
def test_a_subject_heading_keeps_the_lexicons_capitals(subject: str, written: str) -> None:
    from helpers.present.brief_sources import heading, subject_name

    assert heading(subject_name(subject)) == written


def test_one_range_written_at_two_magnitudes_in_one_page_conflicts(tmp_path) -> None:
    from corpus_tools import conflicts_of, numeric

    found = numeric(conflicts_of(tmp_path, {
        "a.txt": "$18M to $22M in Economic Loss Predicted From Floods\n\n"
                 "The economic loss from the flooding could reach $18 billion to $22 billion, forecasters said.",
    }))
    assert list(found["severity"]) == ["high"] and "magnitude slip" in found["why"].iloc[0]


def test_two_ranges_with_other_digits_are_no_slip(tmp_path) -> None:
    from corpus_tools import conflicts_of, numeric

    found = numeric(conflicts_of(tmp_path, {
        "a.txt": "Insurers expect losses of $18 million to $25 million from the hail.\n\n"
                 "The economic loss from the flooding could reach $18 billion to $22 billion, forecasters said.",
    }))
    assert found.empty


@pytest.mark.parametrize("sentence, expected", [
    ("超过1.2万栋建筑物被毁。", [("超过1.2万", "buildings destroyed")]),
    ("超過18萬居民接獲疏散令。", [("超過18萬", "evacuated")]),
    ("Quelque 180'000 évacuations ont été ordonnées.", [("Quelque 180'000", "evacuated")]),
    ("The fire swept through, killing at least 24 people.", [("at least 24", "deaths")]),
])
def test_fates_written_after_or_as_a_noun(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Officials said the nearly 2-mile bridge fell.", [("nearly 2-mile", "length")]),
    ("The 1.6-mile-long bridge collapsed.", [("1.6-mile", "length")]),
    ("Le pont, long de 2,5 km, s'est effondré.", [("2,5 km", "length")]),
    ("大桥全长约2.6公里。", [("约2.6公里", "length")]),
    ("該處水深約50米。", [("約50米", "depth")]),
    ("Le pick-up a été retrouvé à environ 7,6 mètres de profondeur.", [("environ 7,6 mètres", "depth")]),
    ("The quake struck 20 km from Mandalay.", [("20 km", "distance")]),
    ("深圳一栋300米高楼", [("300米", "height")]),  # 深 of 深圳 (Shenzhen) is no depth
])
def test_lengths_depths_and_distances(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


@pytest.mark.parametrize("sentence", ["船上有22名船員。", "The ship had 21 crew members aboard.",
                                      "Les 22 membres d'équipage sont indiens."])
def test_a_crew(sentence: str) -> None:
    assert [s for _, s in _subjects(sentence)] == ["crew"]


def test_containment_is_a_running_figure_of_each_fire(tmp_path) -> None:
    """19 % one day and 45 % another, or two fires' figures, are no contradiction."""
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "Los Angeles, 9 January 2025. The Palisades fire is 19 percent contained.",
        "b.txt": "Los Angeles, 15 January 2025. The Palisades fire is 45 percent contained.",
        "c.txt": "Los Angeles, 15 January 2025. The Hurst fire is 89 percent contained.",
    })
    assert numeric(found).empty


@pytest.mark.parametrize("sentence, expected", [
    ("圣母院建筑总高度约超过130米。", [("超过130米", "height")]),
    ("The spire is 96 metres tall.", [("96 metres", "height")]),
    ("la flèche, haute de 96 mètres", [("96 mètres", "height")]),
    ("a 300-metre-high tower", [("300-metre", "height")]),
    ("They received €36 million from donors.", [("€36 million", "donations")]),
    ("Nearly 340,000 donateurs ont donné.", [("Nearly 340,000", "donors")]),
    ("大约500名消防队员赶到现场。", [("大约500", "firefighters")]),
    ("He promised to complete the restoration within five years.", [("five years", "time to complete")]),
    ("希望在5年内修好巴黎圣母院。", [("5年", "time to complete")]),
])
def test_heights_donors_firefighters_and_works(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


@pytest.mark.parametrize("sentence, counted", [
    ("Les secours cherchent au moins dix jeunes filles et une encadrante.", "jeunes filles"),  # adjective, then noun
    ("Le gouvernement annonce 1 500 départs volontaires.", "départs"),  # a French adjective after its noun
    ("Rescuers found 10 campers and one counselor.", "campers"),
])
def test_an_open_noun_keeps_its_plural_words_together(sentence: str, counted: str) -> None:
    assert [r["counted"] for r in claim_rows(sentence)] == [counted]


def test_a_buildings_floors_never_lead_a_brief() -> None:
    from helpers.core.subjects import generic_subjects

    assert {"floors", "length"} <= generic_subjects() and "height" not in generic_subjects()


@pytest.mark.parametrize("subject, quote, published, earlier", [
    ("deaths", "the 2007 collapse of the I-35W bridge killed 13 people", "2024-03-27", True),
    ("deaths", "The toll rose to 6 on Wednesday, as in 2023 and 2024 reports", "2024-03-27", False),  # this year named
    ("deaths", "Six workers died on the bridge.", "2024-03-27", False),  # no year named
    ("investment", "the 2007 plan cost $13 billion", "2024-03-27", True),  # an amount that needs a name: its year's
    ("trade", "在2018年,美中商品的进出口贸易达到6598亿美元", "2025-05-12", True),  # the trade of 2018, not of last year
    ("trade", "Trade reached $660 billion last year.", "2025-05-12", False),  # no year named
    ("market share", "its share was 20% in 2007", "2024-03-27", False),  # neither a running total nor a named amount
    ("deaths", "the 2007 collapse killed 13 people", None, False),  # no publication date
])
def test_an_earlier_events_toll_is_told_by_its_year(subject, quote, published, earlier) -> None:
    from helpers.compare.prices import earlier_event

    assert earlier_event(subject, quote, published) is earlier


def test_an_earlier_events_toll_is_no_bulletin_of_the_story(tmp_path) -> None:
    """A page recalling 2007's 13 dead, beside one giving 2024's 6: no conflict, and the brief's count and figure leave
    the 13 out."""
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "Baltimore, 27 March 2024. The collapse killed six workers, officials said. It recalled the 2007 "
                 "collapse of the I-35W bridge in Minneapolis, which killed 13 people.",
        "b.txt": "Baltimore, 27 March 2024. The death toll stands at 6, officials said.",
    })
    assert numeric(found).empty


@pytest.mark.parametrize("sentence, expected", [
    ("已打捞起两具失踪人员遗体。", [("两", "deaths")]),  # two bodies of the missing: the dead
    ("已有2具遺體被尋獲，另有4人失蹤。", [("2", "deaths"), ("4", "missing")]),
    ("一具无人机坠毁。", []),  # 具 counts devices too: only a word for bodies makes the dead
])
def test_bodies_counted_with_their_classifier_are_the_dead(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


RISE = "Floods\n\nOfficials said the Pecos River near Lamesa rose nearly {} feet in just 40 minutes."


@pytest.mark.parametrize("other, expected", [
    ("Floods\n\nRain sent the Pecos River near Lamesa to its highest level on record at 31.2 feet, officials said.", 0),
    (RISE.format(34), 1),  # two rises of one river in one window still conflict
])
def test_a_rivers_rise_is_set_only_against_another_rise(tmp_path, other: str, expected: int) -> None:
    """A river's rise of 24 feet is not its level of 31.2 feet; another rise of 34 feet contradicts it."""
    from corpus_tools import conflicts_of, numeric

    assert len(numeric(conflicts_of(tmp_path, {"a": other, "b": RISE.format(24)}))) == expected


def test_an_estimate_revised_from_a_dollar_figure_is_its_earlier_value() -> None:
    from helpers.compare.comparable import change_start

    quote = "The estimate was revised up from US$120 billion to US$150-165 billion on Monday."
    assert change_start(quote, "US$120 billion") and not change_start(quote, "US$150-165 billion")


@pytest.mark.parametrize("sentence, expected", [
    ("Economic losses range from $95 billion to $164 billion, a report says.", [("$95 billion to $164 billion", "range")]),
    ("Les pertes vont de 10 à 20 milliards d'euros.", [("10 à 20 milliards d'euros", "range")]),
    ("Losses fell from $3.5 billion to $2.9 billion.", [("$3.5 billion", "exact"), ("$2.9 billion", "exact")]),  # a change
])
def test_values_that_range_from_one_to_another_are_a_range(sentence: str, expected: list) -> None:
    from corpus_tools import claim_rows

    assert [(r["text"], r["qualifier"]) for r in claim_rows(sentence)] == expected
