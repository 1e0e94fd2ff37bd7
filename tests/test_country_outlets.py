"""A broadcaster or paper named after a country is an outlet, not where a count is ("interrogé par les journalistes de
Réunion la 1ère", "China Daily reported"): development 100's bottom line had told the President's toll "12 in Réunion".
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.compare.count_countries import count_country


@pytest.mark.parametrize("quote, text, expected", [
    ("Interrogé par les journalistes de Réunion la 1ère, le président indique que douze personnes sont mortes.",
     "douze", ""),
    ("Le président a déclaré à Réunion La Premiere que 12 personnes sont mortes.", "12", ""),
    ("China Daily reported that 30 people died in the floods.", "30", ""),
    ("Au moins 12 morts à Madagascar, selon France 24.", "12", "madagascar"),  # the place still counts
    ("At least 12 people died in France, officials said.", "12", "france"),
    ("Trois morts à La Réunion après le cyclone.", "Trois", "réunion"),
])
def test_a_country_in_an_outlets_name_is_no_place_of_the_count(quote, text, expected) -> None:
    assert count_country(quote, text) == expected


@pytest.mark.parametrize("quote, text, expected", [
    ("En Haïti 24 personnes ont été tuées par des gangs ce week-end.", "24", "haiti"),  # a number after a country
    ("Death Toll In Japan Today Rises To 120", "120", "japan"),  # a headline's capitals after a locative
    ("In Turkey Radio reports said 30 people died.", "30", "turquie"),
])
def test_a_place_before_a_number_or_a_headlines_capital_stays_a_place(quote, text, expected) -> None:
    assert count_country(quote, text) == expected


def test_the_paper_after_the_is_an_outlet_even_after_in() -> None:
    from helpers.compare.count_countries import page_country

    assert count_country("Writing in the China Daily, the envoy said 300 people had died.", "300", "pakistan") == "pakistan"
    assert page_country("Floods in Kenya have killed 40 people, officials said. " + "More rain is due. " * 40) == "kenya"
    assert page_country("Police set checkpoints in the capital. " * 20 + "He cancelled a trip to China.") == ""


@pytest.mark.parametrize("quote, text, country", [
    ("巴基斯坦空袭造成10人死亡。", "10", ""),  # the country whose strikes killed is no place of the dead
    ("巴基斯坦空袭造成阿富汗10人死亡。", "10", "afghanistan"),
    ("Les frappes de drones pakistanaises ont tué 10 civils en Afghanistan.", "10", "afghanistan"),
    ("At least 12 people died in Pakistan after the floods.", "12", "pakistan"),
])
def test_the_country_whose_strikes_killed_is_not_where_the_dead_are_counted(quote, text, country):
    """Development 112 (the Afghanistan-Pakistan clashes): tolls of strikes told as the attacker's country's."""
    assert count_country(quote, text) == country
