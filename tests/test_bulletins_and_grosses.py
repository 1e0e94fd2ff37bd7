"""Running counts of a disaster's bulletins and a film's takings, found on two stories the package had never seen
(development corpora 30 and 31). Sentences and pages written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs
from helpers.extract.claims import read_claims
from helpers.extract.sentences import sentence_spans


def _values(text: str, lang: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, b.subject, b.currency) for q, b, _, _ in read_claims(text, lang)]


def test_a_full_stop_before_a_lower_case_word_ends_no_sentence():
    text = "Its box office sales reached 15.91 billion yuan, or about 2.19 billion U.S. dollars, per Maoyan. The next day, more."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Its box office sales reached 15.91 billion yuan, or about 2.19 billion U.S. dollars, per Maoyan.",
        "The next day, more."]
    assert _values(text, "en") == [(15.91e9, "box office", "CNY"), (2.19e9, "box office", "USD")]


@pytest.mark.parametrize("text,lang,expected", [
    ("John Lee a annoncé un bilan de 36 morts et 279 personnes portées disparues.", "fr",
     [(36, "deaths"), (279, "missing")]),
    ("已知死亡44人，另有62人送院治療，仍有至少279人失聯。", "zh", [(44, "deaths"), (62, "hospitalised"), (279, "missing")]),
    ("Le feu a entraîné l'évacuation de 700 résidents.", "fr", [(700, "evacuated")]),
    ("Officials said 76 people were hospitalised.", "en", [(76, "hospitalised")]),
    ("有124人於火災現場被證實死亡，4人送院後離世。", "zh", [(124, "deaths at the scene"), (4, "deaths in hospital")]),
    ("Police said 51 people died at the scene.", "en", [(51, "deaths at the scene")]),
])
def test_casualties_by_what_befell_them_and_where(text, lang, expected):
    assert [(v, s) for v, s, _ in _values(text, lang)] == expected


def test_a_films_gross_on_two_dates_is_no_contradiction(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 10 February 2025\n\nThe animated film's box office has reached 9.5 billion yuan, Maoyan said.\n",
        "b": "Published 20 April 2025\n\nThe animated film's box office has reached 15.4 billion yuan, Maoyan said.\n",
    }))
    assert frozenset("ab") not in _pairs(got)


def test_two_provisional_tolls_of_one_day_are_two_bulletins(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nLe chef de l'exécutif a annoncé un bilan provisoire de 36 morts dans l'incendie de la tour.\n",
        "b": "Published 27 November 2025\n\nLe bilan provisoire fait état de 44 morts dans l'incendie de la tour.\n",
        "c": "Published 27 November 2025\n\nL'incendie de la tour a fait 40 morts.\n",
        "d": "Published 27 November 2025\n\nL'incendie de la tour a fait 47 morts.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") not in pairs
    assert frozenset("cd") in pairs  # two tolls of one day given as they stand still meet
