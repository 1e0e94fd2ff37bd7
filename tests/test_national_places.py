"""A place named by a nationality's adjective is in that country ("in the Indian state of Tamil Nadu", "dans l'État
indien du Tamil Nadu", "du côté afghan"): development 111's three dead of Tamil Nadu had been plotted with Sri
Lanka's toll. A nationality before any other noun names no place. Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.compare.count_countries import sentence_country


@pytest.mark.parametrize("quote, text, country", [
    ("Le cyclone a fait trois morts dans l'État indien du Tamil Nadu.", "trois", "inde"),
    ("The cyclone killed three people in the Indian state of Tamil Nadu.", "three", "inde"),
    ("Three people died in the southern Indian state of Tamil Nadu.", "Three", "inde"),
    ("Deux morts dans la province pakistanaise du Khyber Pakhtunkhwa.", "Deux", "pakistan"),
    ("On the Afghan side, 12 civilians died.", "12", "afghanistan"),
    ("Sri Lanka counted 410 dead, and the Indian state of Tamil Nadu 3.", "410", "sri lanka"),
])
def test_a_place_named_by_its_nationality_is_in_that_country(quote: str, text: str, country: str) -> None:
    assert sentence_country(quote, text) == country


@pytest.mark.parametrize("quote, text", [
    ("Indian officials said 12 people died.", "12"),
    ("Les secours indiens ont recensé 12 morts.", "12"),
])
def test_a_nationality_before_another_noun_names_no_place(quote: str, text: str) -> None:
    assert sentence_country(quote, text) == ""


@pytest.mark.parametrize("quote, text", [
    ("Chinese state media said 30 people died in the quake.", "30"),  # a broadcaster, no place
    ("Twelve people died in the North Korean border town of Sinuiju.", "Twelve"),  # not South Korea's adjective
])
def test_no_place_from_a_states_media_or_half_a_name(quote: str, text: str) -> None:
    assert sentence_country(quote, text) == ""


@pytest.mark.parametrize("quote, text, country", [
    ("孟加拉空軍的一架中國大陸製教練機墜落在首都達卡的學校,已有至少25人喪生,超過170人受傷", "超過170", "bangladesh"),
    ("A China-made trainer jet crashed in Bangladesh, killing 20.", "20", "bangladesh"),
    ("中國製造業有2000萬工人", "2000萬", "china"),  # an industry of China's, in China
])
def test_the_country_that_made_the_plane_is_not_where_the_count_is(quote: str, text: str, country: str) -> None:
    assert sentence_country(quote, text) == country
