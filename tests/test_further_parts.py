"""Counts that are a part of a running toll though no "of which" says so: others after a part of a group ("five of the
injured are critical. Ten others ..."), and the dead of one hospital named in its where-clause ("the burn institute,
where 15 crash victims have died"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


def _read(text: str) -> list[tuple[str, float, str, str]]:
    return [(r["text"], r["value"], r["subject"], r["scope"]) for r in claim_rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("Five of the injured are in critical condition. Ten others have been categorised as severe cases.",
     [("Five", 5, "injured", "part"), ("Ten others", 10, "injured", "part")]),
    ("L'explosion a fait 120 blessés. Cinq d'entre eux sont dans un état critique. Dix autres sont brûlés.",
     [("120", 120, "injured", "reported"), ("Cinq d'entre eux", 5, "in critical condition", "part"),
      ("Dix autres", 10, "in critical condition", "part")]),  # (the others take the part's subject, as pronouns do)
    ("Five people died and ten others were injured.", [("Five", 5, "deaths", "reported"), ("ten", 10, "injured",
                                                                                            "reported")]),
    ("Two of the dead were children. 40 others were injured.", [("Two", 2, "deaths", "part"),
                                                                ("40", 40, "injured", "reported")]),  # (another
    # fate: all the injured)
    ("Fifteen of the injured are critical. Ten others are stable.", [("Fifteen", 15, "injured", "part"),
                                                                     ("Ten others", 10, "injured", "part")]),
])
def test_others_after_a_part_of_a_group_are_a_further_part(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, subject", [
    ("A surgeon at the burn institute, where 15 crash victims have died so far, spoke to us.", "deaths in hospital"),
    ("Les blessés ont été transférés à l'hôpital militaire, où au moins 4 personnes sont mortes.",
     "deaths in hospital"),
    ("A fire broke out at the Ibn al-Khatib hospital, where 82 people died.", "deaths"),  # (the disaster's place)
    ("A stampede broke out outside the district hospital, where 12 people died.", "deaths"),
    ("Gunmen stormed a maternity clinic in Kabul, where 24 people were killed.", "deaths"),
    ("The crash killed 31 people, officials said.", "deaths"),
])
def test_the_dead_of_one_hospital_named_in_its_where_clause_are_a_toll_of_their_own(text: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(text) if r["dimension"] == "count"] == [subject]


@pytest.mark.parametrize("text, subject", [
    ("The death toll from the blast at the port in the southern province has reached 80 people.", "deaths"),
    ("Selon la télévision d'État, le bilan des morts suite à une puissante explosion au port de Bandar Abbas, dans la "
     "province d'Hormozgan, avait atteint 80 personnes.", "deaths"),
    ("Le bilan de l'explosion a atteint 80 personnes.", "deaths"),  # (bilan: the dead, in French news)
    ("Le bilan des blessés a atteint 80 personnes.", "injured"),
    ("The number of people evacuated has reached 800 people.", "people"),  # (no toll)
    ("Despite the deaths, turnout at the rally reached 500 people.", "people"),  # (deaths, no toll, and turnout)
    ("After the deaths of two climbers, the number of visitors has reached 800 people.", "people"),
    ("The death toll stood at 12 on Monday, and the crowd outside had reached 500 people.", "people"),  # (the
    # toll's own figure stands between)
])
def test_plain_people_a_death_toll_reached_are_the_dead(text: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(text) if r["value"] in (80, 800, 500)] == [subject]


@pytest.mark.parametrize("text, scope, forecast", [
    ("More than a dozen badly injured people will be transported to hospitals in other countries.", "planned", False),
    ("Une douzaine de blessés seront transférés vers des hôpitaux grecs.", "planned", False),
    ("The government will evacuate 5,000 residents.", "planned", False),
    ("Les autorités vont évacuer 3 000 habitants.", "planned", False),
    ("The toll will rise to 50.", "reported", True),  # (no action: how a quantity turns out)
    ("The river is expected to peak at 12 metres and residents will be evacuated.", "reported", True),  # (another
    # clause's plan)
    ("The hurricane will send a storm surge of up to 4 metres into the coast.", "reported", True),
])
def test_an_announced_transfer_or_evacuation_is_a_plan_not_a_forecast(text: str, scope: str, forecast: bool) -> None:
    assert [(r["scope"], r["is_forecast"]) for r in claim_rows(text)] == [(scope, forecast)]


def test_one_of_a_superlative_is_no_part_before_others() -> None:
    text = ("The quake caused damage across one of the world's poorest countries. Authorities say 2,376 have been "
            "injured, and 30 others are missing.")
    assert [(r["value"], r["subject"], r["scope"]) for r in claim_rows(text)] == [
        (2376, "injured", "reported"), (30, "missing", "reported")]


@pytest.mark.parametrize("text, figure, scope", [
    ("Officials said that among the 39 deceased, there were 17 women, 13 men, and 9 children.", "9", "part"),
    ("Officials said that among the 39 deceased, there were 17 women, 13 men, and 9 children.", "39", "reported"),
    ("Among the victims are 17 women, 13 men and nine children; several remain in intensive care.", "nine", "part"),
    ("Neuf enfants font partie des victimes, a déclaré dimanche le ministre.", "Neuf", "part"),
    ("Among the victims was a teacher. The toll rose to 40 on Monday.", "40", "reported"),  # (another sentence)
    ("Among the dead were two police officers, and 45 people were injured.", "45", "reported"),  # (a verb of its own)
    ("Among the dead were three children, officials said, adding that 60 people were wounded.", "60", "reported"),
])
def test_a_breakdown_of_the_dead_is_a_part_of_the_toll(text: str, figure: str, scope: str) -> None:
    assert [r["scope"] for r in claim_rows(text) if r["text"] == figure] == [scope]


def test_a_headlines_count_among_the_dead_is_a_part() -> None:
    rows = claim_rows("Attack comes days ahead of the pilgrimage; 17 injured, two foreigners among the dead")
    assert [(r["value"], r["scope"]) for r in rows] == [(17, "reported"), (2, "part")]


@pytest.mark.parametrize("quote, figure, country", [
    ("Attentat au Cachemire indien, au moins 28 morts sur un site touristique.", "au moins 28", "inde"),
    ("Gunmen killed 26 people in Indian-administered Kashmir on Tuesday.", "26", "inde"),
    ("Un cyclone dans l'océan Indien a fait 12 morts.", "12", ""),  # (the ocean, no country)
    ("Le Premier ministre indien a annoncé 26 morts.", "26", ""),  # (a minister, no place)
    ("Selon le quotidien Dawn pakistanais, 26 touristes ont été tués.", "26", ""),  # (a newspaper)
    ("In British-ruled India, 3 million people died in the famine.", "3 million", "inde"),  # (not its rulers')
])
def test_a_place_its_countrys_adjective_names_is_in_that_country(quote: str, figure: str, country: str) -> None:
    from helpers.compare.count_countries import sentence_country

    assert sentence_country(quote, figure) == country


@pytest.mark.parametrize("text, figure, scope", [
    ("As many as 45 of the injured are being treated at the Burn Institute, 11 at the Combined Military Hospital.",
     "As many as 45", "part"),  # (a hedge before the partitive)
    ("As many as 45 of the injured are being treated at the Burn Institute, 11 at the Combined Military Hospital.",
     "11", "reported"),  # (a hospital's name, not the two countries' combined figure)
    ("Spain and Portugal's combined 60 million people.", "60 million", "joint"),
])
def test_a_hedged_partitive_and_a_named_combined(text: str, figure: str, scope: str) -> None:
    assert [r["scope"] for r in claim_rows(text) if r["text"] == figure] == [scope]


@pytest.mark.parametrize("text, expected", [
    ("Health authorities previously put the death toll in Derna at 5,500.", [(5500, "deaths")]),  # (a place between)
    ("The ministry put the death toll at 28.", [(28, "deaths")]),
    ("The toll at 7 camps in the north climbed to 212 on Friday.", [(7, "camps"), (212, "deaths")]),
])
def test_a_toll_put_at_a_figure_with_a_place_between(text: str, expected: list) -> None:
    assert [(r["value"], r["subject"]) for r in claim_rows(text)] == expected


@pytest.mark.parametrize("text, figure, scope", [
    ("Parmi les victimes, deux enfants ont perdu la vie, et 117 personnes ont été blessées.", "deux", "part"),
    ("Parmi les victimes, deux enfants ont perdu la vie, et 117 personnes ont été blessées.", "117", "reported"),
    ("Among the victims was a teacher, and 40 people were injured.", "40", "reported"),
])
def test_a_count_right_after_among_the_victims_is_a_part(text: str, figure: str, scope: str) -> None:
    assert [r["scope"] for r in claim_rows(text) if r["text"] == figure] == [scope]
