"""Classes the editor's reading of developments 38-40 found: a chip's process node names a generation (4-nanometer chips,
2奈米), never a count, a decade is no year or length (the late 2020s, 90年代), la quarantaine is quarantine, 'prêts à' is ready,
plans d'effets spéciaux are shots, packaging plants are no fabs, T$ is Taiwan's dollar, 3千億 is 300 billion, 四五天
is four to five days, and an additional amount is a part of its new total. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows
from helpers.extract.claims import read_claims
from helpers.extract.temporal import find_temporal


def _read(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.low, q.high, b.subject, b.unit) for q, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("text, lang", [("The plant will make 3-nanometer chips.", "en"),
                                        ("The second fab will use the 2-nm node.", "en"),
                                        ("La fonderie grave des puces en 5 nanomètres.", "fr"),
                                        ("三星2奈米製程將於明年量產。", "zh")])
def test_a_process_node_names_a_generation_not_a_count(text: str, lang: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize("text, lang", [("这让人想起80年代的动画。", "zh"), ("Output will peak in the late 2030s.", "en")])
def test_a_decade_is_no_count_nor_year(text: str, lang: str) -> None:
    assert _read(text, lang) == [] and all(t.precision != "year" for t in find_temporal(text))


def test_quarantine_is_no_forty() -> None:
    assert [v for v, *_ in _read("Une quarantaine à domicile de dix jours est imposée.", "fr")] == [10]
    assert [(lo, hi) for _, lo, hi, *_ in _read("Une quarantaine de maisons ont brûlé.", "fr")] == [(40, 49)]


@pytest.mark.parametrize("text, lang, subject", [
    ("Les partenaires sont prêts à injecter environ 80 milliards de dollars.", "fr", "money"),
    ("Le film compte plus de 2.300 plans d'effets spéciaux.", "fr", "effects shots"),
    ("Le groupe construira deux installations d'emballage en Arizona.", "fr", "packaging plants"),
])
def test_french_words_that_looked_like_others(text: str, lang: str, subject: str) -> None:
    assert [s for *_, s, _ in _read(text, lang)] == [subject]


def test_taiwan_dollars_and_a_hundred_billions() -> None:
    assert [u for *_, u in _read("Net profit was T$374.7 billion.", "en")] == ["TWD"]
    assert [v for v, *_ in _read("公司將投資2千億美金。", "zh")] == [2e11]


def test_two_adjacent_numerals_are_a_range() -> None:
    assert [(v, lo, hi) for v, lo, hi, *_ in _read("症状持续约五六天。", "zh")] == [(5, 5, 6)]
    assert [v for v, *_ in _read("共有四十五人。", "zh")] == [45]


@pytest.mark.parametrize("text, lang, number", [
    ("The group will invest an additional $40 billion, bringing its total to $90 billion.", "en", "$40 billion"),
    ("公司加碼投資400億美元，總金額達900億美元。", "zh", "400億"),
    ("Le groupe investira 40 milliards de dollars supplémentaires.", "fr", "40 milliards"),
])
def test_an_added_amount_is_a_part(text: str, lang: str, number: str) -> None:
    assert [r["scope"] for r in claim_rows(text, lang) if number in r["text"]] == ["part"]


@pytest.mark.parametrize("text, subject", [("The label raised $500 million in debt to produce more films.", "investment"),
                                           ("The film collected $1.2 billion worldwide.", "box office")])
def test_money_raised_for_films(text: str, subject: str) -> None:
    assert [s for *_, s, _ in _read(text, "en")] == [subject]


def test_more_of_them_in_chinese_is_a_part() -> None:
    rows = claim_rows("該公司至少要再4座晶圓廠。", "zh")
    assert [r["scope"] for r in rows] == ["part"]
