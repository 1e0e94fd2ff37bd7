"""Classes an editor's review of pages on Tesla's 2025 results found: a French hedge with its article elided ("près
d'un demi-million"), a count of seats that names a version of a car, and a count by which something changed set
against a level. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, one_row as _row, pairs
from helpers.compare.comparable import count_measures


@pytest.mark.parametrize("text, number, qualifier", [
    ("Tesla a livré près d’un demi-million de véhicules.", "demi-million", "approx_below"),
    ("Tesla a livré près d'un million de véhicules.", "million", "approx_below"),
    ("Tesla a livré plus d’un million de véhicules.", "million", "more_than"),
    ("Moins d’un million de visiteurs sont venus.", "million", "less_than"),
    ("Pas moins d'un million de visiteurs sont venus.", "million", "at_least"),
    ("Il y a eu moins d’une centaine de blessés.", "centaine", "less_than"),
])
def test_a_french_hedge_with_its_article_elided(text: str, number: str, qualifier: str) -> None:
    assert _row(text, number, "fr")["qualifier"] == qualifier


@pytest.mark.parametrize("text, lang", [
    ("新款六座车型将上市，六座版Model Y售价30万元。", "zh"),
    ("The six-seat SUV and a 7-seater launched this week.", "en"),
])
def test_a_count_of_seats_naming_a_version_counts_no_models(text: str, lang: str) -> None:
    assert not [r for r in claim_rows(text, lang) if r["dimension"] == "count"]


@pytest.mark.parametrize("text, change", [
    ("交付量同比下降近6万辆", True), ("今年前9個月已比特斯拉多賣出近39萬輛", True),
    ("Les livraisons ont reculé d’environ 60 000 unités", True), ("deliveries fell by 60,000", True),
    ("deliveries fell to 384,122", False), ("交付量下降至38万辆", False),
    ("銷售片數與上季相比增長4.6%至249.9萬片", False),
])
def test_a_count_by_which_something_changed_is_a_change(text: str, change: bool) -> None:
    assert ("change" in count_measures(text)) is change


def test_a_change_is_never_set_against_a_level(tmp_path) -> None:
    got = numeric(conflicts_of(tmp_path, {
        "a": "Deliveries\n\nTesla's deliveries in the quarter fell by 60,000 vehicles.\n",
        "b": "Livraisons\n\nTesla a livré 497 099 véhicules au cours du trimestre.\n",
        "c": "Deliveries\n\nTesla's deliveries in the quarter fell by 45,000 vehicles.\n",
    }))
    assert frozenset("ab") not in pairs(got) and frozenset("bc") not in pairs(got)
    assert frozenset("ac") in pairs(got)  # two differences of one quarter


@pytest.mark.parametrize("text, value, low, high", [
    ("Il y a eu moins d’une centaine de blessés.", 100, 0, 100),
    ("Il y a eu plus d’une centaine de blessés.", 100, 100, float("inf")),
])
def test_a_hedged_vague_amount_keeps_its_own_value(text: str, value: float, low: float, high: float) -> None:
    row = _row(text, "centaine", "fr")
    assert (row["value"], row["value_low"], row["value_high"]) == (value, low, high)
