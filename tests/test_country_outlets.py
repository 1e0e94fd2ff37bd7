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
