"""Counts a disaster report gives, in sentences written for this file: tolls named long before their number, people
counted by what befell them, currencies of aid, magnitudes in headlines, and words that only look like hedges or units."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims


def _claims(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, b.subject, b.dimension) for q, b, _, _ in read_claims(text, None)]


@pytest.mark.parametrize("sentence, number, subject", [
    ("The death toll in Turkey from Monday's magnitude 7.8 earthquake has risen to 5,434, officials said.", "5,434", "deaths"),
    ("The country's death toll from the powerful storm reached 212 on Sunday.", "212", "deaths"),
    ("The number of injured increased to 1,120 by nightfall.", "1,120", "injured"),
    ("The missing figure rose to 87 after the dam burst.", "87", "missing"),
    ("Officials say 4,310 have been injured in the floods.", "4,310", "injured"),
    ("At least 45 others are still missing, rescuers said.", "45", "missing"),
    ("Dans la province, 18 sont morts et 40 autres ont été blessés.", "18", "deaths"),
    ("Dans la province, 18 sont morts et 40 autres ont été blessés.", "40", "injured"),
])
def test_people_counted_by_what_befell_them(sentence: str, number: str, subject: str) -> None:
    got = {t: s for t, s, _ in _claims(sentence)}
    assert any(number in t and s == subject for t, s in got.items()), got


def test_a_toll_does_not_take_a_later_noun_and_a_bare_count_stays_unclaimed() -> None:
    got = _claims("In 2019, 30 were hurt.")
    assert [(s, d) for t, s, d in got if t == "30"] == [("injured", "count")]
    assert _claims("The 30 were seen leaving.") == []  # no fate after the number: nothing counted


@pytest.mark.parametrize("sentence, currency", [
    ("The junta will allocate 300 billion kyats for rebuilding.", "kyats"),
    ("Bangkok pledged 1.5 billion baht to the fund.", "baht"),
    ("Le gouvernement a versé 20 000 zlotys aux familles.", "zlotys"),
    ("泰国政府拨款20亿泰铢", "泰铢"),
])
def test_more_currencies_are_money(sentence: str, currency: str) -> None:
    got = [(t, d) for t, _, d in _claims(sentence)]
    assert got and all(d == "money" for _, d in got), got


def test_aid_is_its_own_money_subject() -> None:
    assert [s for _, s, _ in _claims("The EU released €4 million in humanitarian aid.")] == ["aid"]
    assert [s for _, s, _ in _claims("中国提供2亿元人民币紧急人道主义援助")] == ["aid"]


def test_an_ambiguous_currency_word_under_a_thousand_is_not_money() -> None:
    assert all(d != "money" for _, _, d in _claims("They met 3 dong officials at the border."))


def test_near_inside_a_chinese_word_is_no_hedge() -> None:
    assert [t for t, _, _ in _claims("附近约300人被疏散")] == ["约300"]
    assert all(not t.startswith("近") for t, _, _ in _claims("包括越南在内的附近幾個國家都有震感"))
    assert [t for t, _, _ in _claims("销量近300万辆")] == ["近300万"]


@pytest.mark.parametrize("sentence, kept", [
    ("The new tally of 2,040 is well above the 1,370 total announced just hours earlier.", False),
    ("Rescuers worked 36 more hours in the rubble.", True),
    ("au cours des six premiers mois de l'année", True),
])
def test_words_between_a_number_and_hours_must_be_a_span_s_own(sentence: str, kept: bool) -> None:
    durations = [t for t, _, d in _claims(sentence) if d == "duration"]
    assert bool(durations) == kept, durations


@pytest.mark.parametrize("sentence, number", [
    ("Powerful 6.8 Magnitude Quake Strikes Morocco", "6.8"),
    ("The 6.8 earthquake flattened villages in the Atlas.", "6.8"),
    ("un tremblement de terre de 6,8 a frappé le Maroc", "6,8"),
])
def test_magnitudes_in_headlines_and_prose(sentence: str, number: str) -> None:
    got = [(t, s) for t, s, _ in _claims(sentence)]
    assert any(t.startswith(number) and s == "magnitude" for t, s in got), got
    assert _claims("The quake damage was put at 2.5 billion euros.")[0][1] != "magnitude"


def test_a_chinese_headline_magnitude_without_its_measure_word() -> None:
    got = {t: s for t, s, _ in _claims("土耳其7.8強震深度僅10公里")}
    assert got == {"7.8": "magnitude", "10": "depth"}


def _conflicts(tmp_path, pages: dict[str, str]):
    import helpers

    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    return helpers.find_conflicts(helpers.extract_claims(docs), docs)


def test_injured_counts_of_pages_giving_the_same_toll_are_one_bulletin(tmp_path) -> None:
    conf = _conflicts(tmp_path, {
        "a": "The death toll from the floods has risen to 1,318, officials said.\n\nAuthorities say 2,140 have been injured.",
        "b": "Officials said 1,318 people were killed. The number of injured increased to 3,905.",
        "c": "An earlier count gave 861 dead. Officials say 1,200 have been injured.",
    })
    hurt = conf[conf["subject"] == "injured"]
    assert {frozenset((a, b)) for a, b in zip(hurt["doc_a"], hurt["doc_b"])} == {frozenset(("a", "b"))}
    assert "same count of deaths (1,318): one bulletin" in hurt["why"].iloc[0]
