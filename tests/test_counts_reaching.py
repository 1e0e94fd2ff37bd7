"""A bare count whose clause's subject is a plural noun the lexicon does not know, before a verb of reaching
("Emergency admissions reached 1,200 last week", "les admissions aux urgences ont atteint 1 200"): the noun is what it
counts. Nouns that a number measures rather than counts (temperatures, shares) and numbers with a word after them stay
out. Sentences written for these tests (the class was found by an adversarial review)."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, one_row as _row


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Emergency admissions reached 1,200 last week.", "1,200", "en", "admissions"),
    ("After the storm, hospital admissions rose to 1,200.", "1,200", "en", "admissions"),
    ("Visitors numbered 48,000 on the first day.", "48,000", "en", "visitors"),
    ("Orders topped 10,000 in the first hour.", "10,000", "en", "orders"),
    ("Les admissions aux urgences ont atteint 1 200 en mars.", "1 200", "fr", "admissions"),
])
def test_a_plural_subject_before_a_verb_of_reaching_is_counted(text: str, number: str, lang: str, subject: str) -> None:
    row = _row(text, number, lang)
    assert (row["subject"], row["dimension"], row["value"]) == (subject, "count", float(number.replace(",", "").replace(" ", "")))


@pytest.mark.parametrize("text, lang", [
    ("Temperatures reached 40 on Monday.", "en"),
    ("Its shares rose to 1,200 on Friday.", "en"),
    ("Les températures ont atteint 45 dimanche.", "fr"),
    ("Sales reached 2025 as the year closed.", "en"),  # a year is no count
])
def test_a_measured_noun_or_a_year_is_no_count(text: str, lang: str) -> None:
    rows = claim_rows(text, lang)
    assert not any(r["dimension"] == "count" for r in rows)


def test_a_word_after_the_number_is_what_it_counts() -> None:
    assert _row("Admissions reached 1,200 patients a day.", "1,200", "en")["subject"] == "patients"
