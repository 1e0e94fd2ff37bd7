"""Counts a disaster report gives, in sentences written for this file: tolls named long before their number, people
counted by what befell them, currencies of aid, magnitudes in headlines, and words that only look like hedges or units."""
from __future__ import annotations

import pytest
from corpus_tools import conflicts_of

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




def test_injured_counts_of_pages_giving_the_same_toll_are_one_bulletin(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "The death toll from the floods has risen to 1,318, officials said.\n\nAuthorities say 2,140 have been injured.",
        "b": "Officials said 1,318 people were killed. The number of injured increased to 3,905.",
        "c": "An earlier count gave 861 dead. Officials say 1,200 have been injured.",
    })
    hurt = conf[conf["subject"] == "injured"]
    assert {frozenset((a, b)) for a, b in zip(hurt["doc_a"], hurt["doc_b"])} == {frozenset(("a", "b"))}
    assert "same count of deaths (1,318): one bulletin" in hurt["why"].iloc[0]


@pytest.mark.parametrize("sentence", [
    "Of the 40 bills tabled, 12 were killed in committee.",  # a set of bills, not people
    "Of the 30 stocks in the index, 12 were hurt by rising rates.",
    "The team won 3 games, while 2 were missing key players.",  # missing an object
    "Of the 20 flights scheduled, 6 were missing from the board.",
])
def test_figurative_fates_are_no_casualties(sentence: str) -> None:
    assert all(s not in ("deaths", "injured", "missing") for _, s, _ in _claims(sentence)), _claims(sentence)


def test_a_partitive_of_people_keeps_its_casualties() -> None:
    assert ("12", "deaths", "count") in _claims("Of the 300 people on board, 12 were killed.")


@pytest.mark.parametrize("sentence", [
    "Rescuers found 5 earthquake survivors in the rubble.",  # an integer before 'earthquake' counts something
    "The 3 quake victims were buried on Monday.",
    "Le séisme politique a coûté 1,5 point au parti.",  # a political earthquake
])
def test_no_magnitude_without_its_decimal_or_its_word(sentence: str) -> None:
    assert all(s != "magnitude" for _, s, _ in _claims(sentence)), _claims(sentence)


@pytest.mark.parametrize("sentence", [
    "Tesla delivered 400,000 cars in the quarter and its share of the market in Europe rose to 12.",
    "Mbappe scored 2 goals in the first half after the lead of his team rose to 3.",
])
def test_a_toll_phrase_does_not_cross_into_another_clause(sentence: str) -> None:
    last = sentence.rstrip(".").split()[-1]
    assert all(t != last for t, _, _ in _claims(sentence)), _claims(sentence)


@pytest.mark.parametrize("sentence, number", [
    ("He trained for 12 grueling months.", "12"), ("Il a attendu deux bonnes heures.", "deux"),
    ("Rescuers worked 36 more hours in the rubble.", "36"),
])
def test_an_adjective_may_stand_between_a_number_and_its_duration(sentence: str, number: str) -> None:
    assert (number, "duration", "duration") in _claims(sentence), _claims(sentence)


def test_most_before_a_hedge_keeps_the_hedge() -> None:
    from helpers.extract.claims import read_claims

    assert [(q.text, q.qualifier) for q, _, _, _ in read_claims("活动最多达3000人参加。", None)] == [("多达3000", "at_most")]


@pytest.mark.parametrize("sentence", [
    "Some 200 patrons of the restaurant fell ill.", "The index rose 1.2%, with 15 contributors from the tech sector.",
])
def test_patrons_and_contributors_are_no_donors(sentence: str) -> None:
    assert all(s != "donors" for _, s, _ in _claims(sentence))


@pytest.mark.parametrize("sentence, number, value", [
    ("Three-quarters of foreign donors are American.", "Three-quarters", 0.75),
    ("About a third of donations now pass through it.", "About a third", 1 / 3),
    ("Un tiers des dons vient de l'étranger.", "Un tiers", 1 / 3),
    ("Plus de la moitié étaient américains.", "Plus de la moitié", 0.5),
    ("三分之一的用户选择了它。", "三分之一", 1 / 3),
    ("超过一半的企业亏损。", "超过一半", 0.5),
])
def test_fractions_are_shares_not_counts(sentence: str, number: str, value: float) -> None:
    from helpers.extract.claims import read_claims

    got = [(q.text, q.value, b.subject, b.unit) for q, b, _, _ in read_claims(sentence, None)]
    assert got == [(number, pytest.approx(value), "share", "percent")], got  # (the row holds it in percent: 75)


@pytest.mark.parametrize("sentence", [
    "The meeting is on the third of March.", "Profits rose in the first quarter of 2025.",
    "Un tiers a saisi la justice.",  # a third party
])
def test_ordinals_and_third_parties_are_no_fractions(sentence: str) -> None:
    from helpers.extract.claims import read_claims

    assert all(b.unit != "fraction" for _, b, _, _ in read_claims(sentence, None))


def test_a_missing_count_unchanged_for_days_ties_no_bulletins(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "The death toll rose to 1,644 on Saturday. 3,408 people were injured and 139 are missing.",
        "b": "The death toll rose to 3,085 on Thursday. 4,715 people were injured and 139 are missing.",
    })
    assert conf.empty, conf[["subject", "value_a", "value_b", "why"]]


@pytest.mark.parametrize("sentence, number", [
    ("Lagos, the largest city, is home to more than 15 million people.", "more than 15 million"),
    ("The port city has a population of 2.3 million.", "2.3 million"),
    ("La ville compte 150 000 habitants.", "150 000"),
    ("该市人口约300万。", "约300万"),
])
def test_where_people_live_is_a_population(sentence: str, number: str) -> None:
    assert (number, "population", "count") in _claims(sentence), _claims(sentence)


def test_people_still_missing_after_more_are_missing() -> None:
    assert ("270", "missing", "count") in _claims("A spokesperson said that 270 more people were still missing.")


def test_two_headcounts_of_unnamed_people_are_two_quantities(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "Rescue teams said 270 people were still trapped in the rubble of the market.",
        "b": "Police said 397 people were at the construction site when the tower fell.",
    })
    assert conf.empty, conf[["subject", "value_a", "value_b"]]


def test_vague_headcounts_of_unnamed_groups_are_not_even_loose_wording(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "Hundreds of people gathered outside the stadium on Sunday.",
        "b": "Police said dozens of people were evacuated from the old town.",
    })
    assert conf.empty, conf[["subject", "value_a", "value_b", "severity"]]


@pytest.mark.parametrize("sentence, number", [("目前有81人失聯", "81"), ("上百人下落不明", "上百")])
def test_contact_lost_and_whereabouts_unknown_are_missing(sentence: str, number: str) -> None:
    assert (number, "missing", "count") in _claims(sentence), _claims(sentence)


@pytest.mark.parametrize("sentence, number, subject", [
    ("Police said 12 people were arrested after the match.", "12", "arrested"),
    ("About 3,000 people were evacuated from the valley.", "About 3,000", "evacuated"),
    ("Some 10,000 people were displaced by the floods.", "Some 10,000", "displaced"),
    ("Rescuers said 45 were rescued alive.", "45", "rescued"),
    ("Au moins 81 personnes sont ensevelies.", "Au moins 81", "trapped"),
    ("洪水导致3000人被困。", "3000", "trapped"),
    ("4 personnes ont été interpellées.", "4", "arrested"),
])
def test_people_counted_by_arrest_evacuation_or_rescue(sentence: str, number: str, subject: str) -> None:
    assert (number, subject, "count") in _claims(sentence), _claims(sentence)


def test_arrests_of_one_day_are_compared_and_of_two_days_are_not(tmp_path) -> None:
    (tmp_path / "same").mkdir()
    (tmp_path / "two").mkdir()
    same = conflicts_of(tmp_path / "same", {
        "a": "On 14 June 2025, 12 people were arrested after the match, police said.",
        "b": "Police said that on 14 June 2025, 13 people were arrested after the match.",
    })
    assert list(same["subject"]) == ["arrested"], same
    two = conflicts_of(tmp_path / "two", {
        "a": "On 14 June 2025, 12 people were arrested after the match, police said.",
        "b": "By 17 June 2025, 40 people had been arrested, police said.",
    })
    assert two.empty


@pytest.mark.parametrize("sentence, number, subject", [
    ("The death toll in Turkey and Syria has risen to 50,000.", "50,000", "deaths"),  # two places joined by 'and'
    ("The death toll in its worst-hit province rose to 300.", "300", "deaths"),
    ("Another 12 were killed the next morning in a second strike.", "12", "deaths"),
    ("Another 25 are still missing from the village of Mayflower.", "25", "missing"),
    ("Of the 40 miners, 12 were rescued and 3 were killed.", "3", "deaths"),  # miners are people
    ("About 3,000 inhabitants were evacuated from the valley.", "About 3,000", "evacuated"),
    ("3000名居民被疏散。", "3000", "evacuated"),
])
def test_tolls_and_fates_a_second_reader_found_lost(sentence: str, number: str, subject: str) -> None:
    assert (number, subject, "count") in _claims(sentence), _claims(sentence)


@pytest.mark.parametrize("sentence, number, subject", [
    ("Volunteers found homes for 12 rescued dogs.", "12", "rescued dogs"),  # an adjective before its own noun
    ("The port authority said 4 detained vessels were released.", "4", "ships"),  # (vessels are ships)
    ("5家外企撤离中国市场。", "5", "companies"),  # a fate verb after a measure word of things
    ("共有3艘渔船获救。", "3", "ships"),
    ("3辆车被困在隧道里。", "3", "vehicles"),
])
def test_fate_words_yield_to_the_noun_they_qualify(sentence: str, number: str, subject: str) -> None:
    assert (number, subject, "count") in _claims(sentence), _claims(sentence)


@pytest.mark.parametrize("sentence", [
    "A quarter of an hour later, police arrived.", "Il a fallu trois quarts d'heure.",
    "He finished a third of a second behind.", "Arsenal were better in the second half of the match.",
])
def test_parts_of_units_and_halves_of_a_match_are_no_fractions(sentence: str) -> None:
    from helpers.extract.claims import read_claims

    assert all(b.unit != "fraction" for _, b, _, _ in read_claims(sentence, None))


def test_an_adjective_in_ed_may_qualify_a_duration() -> None:
    assert ("3", "duration", "duration") in _claims("The vote came after 3 heated hours of debate.")


def test_the_homeless_of_a_social_story_are_not_displaced() -> None:
    assert all(s != "displaced" for _, s, _ in _claims("Paris compte 3 000 sans-abri selon la mairie."))


def test_people_with_no_role_are_a_coarse_subject_and_tolls_and_populations_are_not() -> None:
    from helpers.present.brief_sources import is_generic

    assert is_generic("people") and not is_generic("deaths") and not is_generic("population")
