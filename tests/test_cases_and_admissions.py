"""Numbers a blind corpus lost entirely: disease cases in three languages (例, 宗, cas), a cinema's admissions
(entrées), minutes abbreviated (min), "le milliard d'euros", and an amount after a list's slash. Sentences
written for these tests (development corpora 38 and 39 found the classes)."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims


def _read(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, b.subject) for q, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The province has reported 1,207 cases of dengue.", "en", [(1207, "cases")]),
    ("La région a recensé près de 600 cas la semaine dernière.", "fr", [(600, "cases")]),
    ("累计报告确诊病例905例。", "zh", [(905, "cases")]),
    ("全省新增報告1,204宗本地病例。", "zh", [(1204, "cases")]),
    ("病例分布在东莞640例，惠州12例。", "zh", [(640, "cases"), (12, "cases")]),
    ("確診病例已超過2000例。", "zh", [(2000, "cases")]),
])
def test_disease_cases(text: str, lang: str, expected: list) -> None:
    assert _read(text, lang) == expected


def test_in_this_case_is_no_case() -> None:
    assert _read("Dans ce cas, 3 enfants sont restés à la maison.", "fr") == [(3, "children")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le documentaire totalise 2 millions d'entrées en France.", "fr", [(2e6, "tickets")]),
    ("Le film a séduit le public avec 41 millions d’entrées vendues.", "fr", [(41e6, "tickets")]),
    ("Durée : 118 min", "fr", [(118, "duration")]),
    ("Running time: 96 min", "en", [(96, "duration")]),
])
def test_admissions_and_minutes(text: str, lang: str, expected: list) -> None:
    assert _read(text, lang) == expected


def test_the_billion_in_french() -> None:
    found = _read("Le jeu a dépassé le milliard d'euros de ventes.", "fr")
    assert [v for v, _ in found] == [1e9]
    assert _read("Le milliardaire a parlé.", "fr") == []


@pytest.mark.parametrize("text, lang, value", [
    ("3.「泰坦尼克號」(Titanic)/22.64億美元", "zh", 2.264e9),
    ("泰坦尼克號/22.64億美元", "zh", 2.264e9),
])
def test_an_amount_after_a_lists_slash(text: str, lang: str, value: float) -> None:
    assert [v for v, _ in _read(text, lang)] == [value]


@pytest.mark.parametrize("text", ["Note du public : 4/5", "Ouvert 24/7."])
def test_a_ratio_stays_glued(text: str) -> None:
    assert _read(text, "fr") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The number of cases has surged to 1,930.", "en", [(1930, "cases")]),
    ("Le nombre de cas s'élevait à plus de 1 930.", "fr", [(1930, "cases")]),
])
def test_the_number_of_a_noun_surged_to(text: str, lang: str, expected: list) -> None:
    assert _read(text, lang) == expected


def test_over_after_an_amount_is_the_span_not_a_hedge(tmp_path) -> None:
    from corpus_tools import load_pages

    _, rows = load_pages(tmp_path, {"a": "Outbreak\n\nThe number of confirmed cases has surged to 1,930 over two weeks.\n",
                                    "b": "Strike\n\nThe strike lasted over two weeks.\n"})
    span = rows[(rows["dimension"] == "duration") & (rows["doc_id"] == "a")].iloc[0]
    assert (span["value"], span["qualifier"], span["subject"]) == (2, "exact", "period")
    alone = rows[(rows["dimension"] == "duration") & (rows["doc_id"] == "b")].iloc[0]
    assert alone["qualifier"] == "more_than"
