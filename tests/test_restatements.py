"""A figure said again after itself in its sentence, each class tested with sentences written for this file: "a figure
that could rise to", "un bilan qui pourrait atteindre", "该数字可能增至" restate the amount before them, so the later
number counts what the earlier one counts, even with no noun of its own."""
import pytest

from helpers.extract.claims import read_claims


def _rows(text: str, lang: str) -> dict[str, tuple]:
    """Each quantity's words (without its unit) -> (value, subject)."""
    return {text[q.start:q.end]: (q.value, b.subject) for q, b, s, e in read_claims(text, lang)}


@pytest.mark.parametrize("text, lang, number", [
    ("The storm killed 12 people, a toll that is expected to rise to 20.", "en", "20"),
    ("Le séisme a fait 40 morts, un bilan qui pourrait atteindre 60 selon les autorités.", "fr", "60"),
    ("地震造成12人死亡，该数字可能增至20。", "zh", "20"),
])
def test_a_bare_number_restating_a_toll_counts_the_dead(text, lang, number):
    assert _rows(text, lang)[number] == (float(number), "deaths")


def test_a_restated_amount_takes_the_subject_of_the_first():
    import pandas as pd

    import helpers

    text = "Orbex's listing raised $2.1bn for the company, a figure that could rise to $2.4bn if the deal is upsized."
    docs = pd.DataFrame([{"doc_id": "d", "label": "d", "clean_text": text, "raw_text": text, "offset_map": ""}])
    got = dict(zip(*[helpers.extract_claims(docs)[c] for c in ("text", "subject")]))
    assert got["$2.4bn"] == got["$2.1bn"] == "funds raised"


def test_a_number_after_a_full_stop_restates_nothing():
    assert "20" not in _rows("The storm killed 12 people. The figure was 20 in a later count of homes.", "en")


def test_a_figure_that_is_not_in_apposition_restates_nothing():
    rows = _rows("The storm killed 12 people and destroyed 20 homes.", "en")
    assert rows["20"][1] != "deaths"
