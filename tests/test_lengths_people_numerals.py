"""Lengths in feet, inches and the Chinese and French names of them; children counted; French numerals written
out, compounds included: sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


def _read(text: str) -> list[tuple[str, str, str, float]]:
    """(number as written, subject, dimension, value in the unit of the table) of each claim of ``text``."""
    return [(r["text"], r["subject"], r["dimension"], round(r["value"], 4)) for r in claim_rows(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("The river crested at 30 feet on Friday.", ("30 feet", "length", "other", 9.144)),
    ("More than 12 inches of rain fell overnight.", ("More than 12 inches", "rainfall", "other", 304.8)),  # mm
    ("Le niveau a atteint 20 pieds.", ("20 pieds", "length", "other", 6.096)),
    ("河水急速上漲22英尺。", ("22英尺", "length", "other", 6.7056)),
    ("水位暴涨近30尺（约9公尺）。", ("近30尺", "length", "other", 9.144)),
    ("a 6-foot wall", ("6-foot", "length", "other", 1.8288)),
])
def test_lengths_in_feet_and_inches(sentence: str, expected: tuple) -> None:
    assert _read(sentence)[0] == expected


@pytest.mark.parametrize("sentence", [
    "SMIC makes 12-inch wafers.", "It has a 6.1 inch OLED display.", "台积电的8吋晶圆厂", "其12吋廠產能增加",
    "The 尺寸 is 5.",  # 尺 inside 尺寸 (a size) is no foot
])
def test_sizes_of_things_are_no_lengths(sentence: str) -> None:
    assert [r for r in _read(sentence) if r[1] == "length"] == []


@pytest.mark.parametrize("sentence, subject", [
    ("The dead include 40 adults and 28 children.", ["adults", "children"]),
    ("There were about 750 children at the camp.", ["children"]),
    ("营地里有28名儿童。", ["children"]),
    ("400 to 500 personnel in all", ["people"]),
])
def test_children_and_personnel_are_counted(sentence: str, subject: list[str]) -> None:
    assert [r[1] for r in _read(sentence)] == subject


@pytest.mark.parametrize("sentence, text, value", [
    ("Quarante-et-une autres personnes sont portées disparues.", "Quarante-et-une", 41),
    ("vingt-deux personnes sont mortes.", "vingt-deux", 22),
    ("Trente et un morts.", "Trente et un", 31),
    ("soixante-dix personnes", "soixante-dix", 70),
    ("soixante-et-onze morts", "soixante-et-onze", 71),
    ("quatre-vingts morts", "quatre-vingts", 80),
    ("quatre-vingt-dix-neuf morts", "quatre-vingt-dix-neuf", 99),
    ("dix-sept morts", "dix-sept", 17),
    ("deux cents morts ont été recensés dans la région", "deux cents", 200),  # (French text: "six cents" is English too)
    ("cent vingt morts", "cent vingt", 120),
    ("twenty-two people", "twenty-two", 22),
])
def test_numerals_written_out(sentence: str, text: str, value: float) -> None:
    assert [(r[0], r[3]) for r in _read(sentence)] == [(text, value)]


def test_a_french_and_between_two_numbers_is_no_compound() -> None:
    assert [r[0] for r in _read("trois hommes et une femme")] == ["trois"]


@pytest.mark.parametrize("sentence, subject", [
    ("28 children were killed in the floods.", "deaths"),
    ("Il y a 11 enfants portés disparus.", "missing"),
    ("She has 3 children who were born in Texas.", "children"),
])
def test_children_counted_by_their_fate(sentence: str, subject: str) -> None:
    assert _read(sentence)[0][1] == subject


@pytest.mark.parametrize("sentence, value", [
    ("The death toll now exceeds 100.", 100),
    ("The rain kept falling, pushing the storm's overall toll to at least 79.", 79),
    ("Crews found four more bodies, bringing the death toll to 82, officials said.", 82),
])
def test_a_toll_reached_by_a_verb_before_it(sentence: str, value: float) -> None:
    assert [(r[1], r[3]) for r in _read(sentence)][-1] == ("deaths", value)


@pytest.mark.parametrize("sentence, subject", [
    ("六个县因洪水遭受了严重损失。", "counties"), ("Six counties were hit.", "counties"),
    ("quatre autres comtés rapportent des morts.", "counties"), ("三个县城", "county seats"),  # a county town is no county
])
def test_counties(sentence: str, subject: str) -> None:
    assert _read(sentence)[0][1] == subject
