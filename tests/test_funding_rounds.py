"""A funding round's amounts, found scoring development corpus 69 (Mistral AI's round of 2025) unseen: money raised
after a French verb in the present tense or "secures" is an investment, not money of no kind, and a valuation written
with a verb ("valorise X à", "values the company at") is a valuation, not the round's investment. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims


def _subjects(sentence: str, lang: str) -> list[tuple[str, str]]:
    """(the number as written, without its currency, and its subject) of each claim of ``sentence``."""
    return [(sentence[q.start:q.end], b.subject) for q, b, _, _ in read_claims(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("La jeune pousse lève 1,7 milliard d’euros auprès de ses actionnaires.", "fr",
     [("1,7 milliard", "investment")]),
    ("La start-up a levé plus d'un milliard d'euros depuis sa création.", "fr",
     [("plus d'un milliard", "investment")]),
    ("The start-up secures €1.7 billion from a chip equipment maker.", "en", [("€1.7 billion", "investment")]),
    ("The firm secured a contract worth $2 billion.", "en", [("$2 billion", "deal value")]),
])
def test_money_raised_in_a_round_is_an_investment(sentence: str, lang: str, expected: list) -> None:
    assert _subjects(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Le tour de table valorise la start-up française à 10 milliards d’euros.", "fr",
     [("10 milliards", "value")]),
    ("It raised €1.7 billion in a Series C round that values the company at €11.7 billion.", "en",
     [("€1.7 billion", "investment"), ("€11.7 billion", "value")]),
    ("Cette levée de 1,7 milliard d'euros valorise l'entreprise à 11,7 milliards d'euros.", "fr",
     [("1,7 milliard", "investment"), ("11,7 milliards", "value")]),
])
def test_a_valuation_written_with_a_verb_is_a_valuation(sentence: str, lang: str, expected: list) -> None:
    assert _subjects(sentence, lang) == expected


def test_an_amount_after_contre_takes_the_unit_before_it() -> None:
    got = _subjects("Mistral est désormais valorisée à 11,7 milliards d'euros, contre 5,8 milliards lors de sa "
                    "dernière levée.", "fr")
    assert got == [("11,7 milliards", "value"), ("5,8 milliards", "value")]  # ("lors" is no counted noun)


@pytest.mark.parametrize("sentence, expected", [
    ("In this Series C funding round, the pre-funding valuation stands at €10 billion.", [("€10 billion", "value")]),
    ("The startup raised $2 billion at a valuation of $20 billion.",
     [("$2 billion", "investment"), ("$20 billion", "value")]),
])
def test_a_valuation_beside_a_round_is_the_valuation(sentence: str, expected: list) -> None:
    assert _subjects(sentence, "en") == expected  # ("valuation" outranks the round's "funding" when both are near)


def test_a_valuation_heading_its_own_amount_leaves_the_round_s_amount_alone() -> None:
    got = _subjects("Son précédent tour de table, qui s’élevait à 600 millions d’euros, avait propulsé sa valorisation à "
                    "6 milliards de dollars.", "fr")
    assert got == [("600 millions", "investment"), ("6 milliards", "value")]
