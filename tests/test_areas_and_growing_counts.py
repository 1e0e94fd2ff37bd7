"""Classes found by development corpus 59 (the Iberian wildfires of August 2025, scored unseen): areas written in
hectares, square kilometres and 公頃 in three languages, the land a fire burned as a running count, a count that
only grows found larger on an earlier day than on a later one, a country as where a count is (not whose), and a part
that a sentence adds into its total. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import conflicts_of, numeric, one_row as _row


@pytest.mark.parametrize("text, number, lang, hectares, subject", [
    ("Les incendies ont brûlé 403.000 ha cette année.", "403.000", "fr", 403_000, "area burned"),
    ("L'Espagne a perdu près de 4 000 kilomètres carrés de forêts dans les incendies.", "4 000", "fr", 400_000, "area burned"),
    ("山火已燒毁超過34.3萬公頃土地。", "34.3萬", "zh", 343_000, "area burned"),
    ("过火面积达20.1万公顷。", "20.1万", "zh", 201_000, "area burned"),
    ("The wildfires have scorched 1,200 square kilometres of forest.", "1,200", "en", 120_000, "area burned"),
    ("A 9,670-square-kilometre stretch of land was burned.", "9,670", "en", 967_000, "area burned"),
    ("The blaze grew to 300 square miles overnight.", "300", "en", 77_699.6, "area burned"),
    ("The nature park covers 400 hectares near the coast.", "400", "en", 400, "land area"),
    ("该农场占地1.5万公顷。", "1.5万", "zh", 15_000, "land area"),
    ("Le domaine s'étend sur 12 hectares.", "12", "fr", 12, "land area"),
])
def test_an_area_is_read_in_each_language_and_burned_when_its_sentence_speaks_of_fire(
        text: str, number: str, lang: str, hectares: float, subject: str) -> None:
    row = _row(text, number, lang)
    assert row["dimension"] == "area" and row["unit"] == "m²"
    assert row["value"] == pytest.approx(hectares * 10_000, rel=1e-4)
    assert row["subject"] == subject


def test_a_word_before_a_unit_is_no_unit() -> None:
    row = _row("Ha! The report counted 5 hamlets.", "5", "en")
    assert row["dimension"] == "count" and row["subject"] != "land area"


def test_a_count_that_only_grows_cannot_be_smaller_on_a_later_day(tmp_path) -> None:
    got = numeric(conflicts_of(tmp_path, {
        "a": "Feux\n\nAu 19 août 2025, les incendies avaient brûlé plus de 400 000 hectares en Espagne.\n",
        "b": "Fires\n\nBy 26 August 2025, fires had burned 393,279 hectares in Spain, the ministry estimates.\n",
        "c": "Fires\n\nBy 26 August 2025, fires had burned 410,000 hectares in Spain.\n",
        "d": "Fires\n\nBy 12 August 2025, fires had burned 157,000 hectares in Spain.\n",
    }))
    pairs = {frozenset((r.doc_a, r.doc_b)): r for r in got.itertuples()}
    assert frozenset("ab") in pairs  # more than 400,000 on the 19th, 393,279 a week later: it only grows
    assert "only grows" in pairs[frozenset("ab")].why
    assert frozenset("bc") in pairs  # one day, two figures
    assert frozenset("ac") not in pairs and frozenset("ad") not in pairs  # it grew: two bulletins


def test_a_death_toll_smaller_later_is_two_bulletins_not_a_fall(tmp_path) -> None:
    got = numeric(conflicts_of(tmp_path, {
        "a": "Quake\n\nOn 2 September 2025, 1,411 people were killed, officials said.\n",
        "b": "Quake\n\nOn 4 September 2025, 1,124 people were killed, officials said.\n",
    }))
    assert got.empty  # (a toll may be revised down: not a count that only grows)
