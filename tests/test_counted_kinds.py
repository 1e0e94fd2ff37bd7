"""Classes found scoring development corpus 70 (the Zhuhai car attack) and the Yagi brief (corpus 64), each with
sentences written for these tests: animals are no people's deaths, an age is a duration in years, neighbouring Chinese
numerals before a magnitude are a range, "one of the four" keeps its four, spaced compact tolls, "fatally stabbed"."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims

_PAD = "Officials said on Tuesday that the work was continuing and that the city would hold a memorial. "


def _claims(sentence: str, lang: str) -> list[tuple[str, str, str, float, float, float]]:
    """(text, subject, dimension, value, low, high) of each claim of ``sentence``."""
    text = sentence if lang == "zh" else _PAD + sentence
    return [(text[q.start:q.end], b.subject, b.dimension, q.value * (b.scale or 1), q.low * (b.scale or 1),
             q.high * (b.scale or 1)) for q, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("sentence, lang, subjects", [
    ("越南當局報告稱，幾乎200萬只家禽死亡。", "zh", ["poultries"]),
    ("暴风雪造成30头牦牛冻死，另有100头猪失踪，5名牧民受伤。", "zh", ["yaks", "animals", "injured"]),
    ("Nearly 2 million poultry died in the floods.", "en", ["poultry"]),
    ("The floods killed 3,000 cattle and 500 sheep.", "en", ["cattle", "sheep"]),
])
def test_animals_are_counted_as_animals(sentence: str, lang: str, subjects: list[str]) -> None:
    got = [c[1] for c in _claims(sentence, lang)]
    assert got == subjects
    assert "deaths" not in got and "missing" not in got


@pytest.mark.parametrize("sentence, lang, value", [
    ("The 62-year-old driver was detained at the scene.", "en", 62),
    ("Un homme de 62 ans a été arrêté.", "fr", 62),
    ("涉事62歲男司機被警方控制。", "zh", 62),
    ("倒地不起，6旬司機被拘。", "zh", 60),
    ("一名七旬老人受伤。", "zh", 70),
])
def test_an_age_is_a_duration_in_years(sentence: str, lang: str, value: int) -> None:
    ages = [c for c in _claims(sentence, lang) if c[1] == "age"]
    assert [(c[2], c[3]) for c in ages] == [("duration", value)]


@pytest.mark.parametrize("sentence, low, high", [
    ("医院已经接诊了一二十名伤者。", 10, 20),
    ("另有三四十人受伤。", 30, 40),
    ("现场有七八百人。", 700, 800),
])
def test_neighbouring_numerals_before_a_magnitude_are_a_range(sentence: str, low: int, high: int) -> None:
    (claim,) = _claims(sentence, "zh")
    assert (claim[4], claim[5]) == (low, high)


def test_a_number_after_one_of_the_counts() -> None:
    got = _claims("The injured were taken to one of the four hospitals in the city.", "en")
    assert [(c[0], c[1], c[3]) for c in got] == [("four", "hospitals", 4)]
    assert _claims("It is one of the largest attacks and one of the ten deadliest.", "en") == []


def test_a_spaced_compact_toll_keeps_its_injured() -> None:
    assert [(c[1], c[3]) for c in _claims("事件造成 35 死 43 伤。", "zh")] == [("deaths", 35), ("injured", 43)]


@pytest.mark.parametrize("sentence, lang", [
    ("Police said eight people were fatally stabbed in Wuxi.", "en"),
    ("Trois personnes ont été mortellement blessées dans l'attaque.", "fr"),
])
def test_fatally_wounded_are_deaths(sentence: str, lang: str) -> None:
    assert [c[1] for c in _claims(sentence, lang)] == ["deaths"]


def test_a_year_of_the_republic_of_china_is_a_date() -> None:
    assert [(c[1], c[3]) for c in _claims("台灣民眾今(113年)前往朝覲，民國113年共有5人死亡。", "zh")] == [("deaths", 5)]


@pytest.mark.parametrize("sentence, low, high", [
    ("这些合同为期三到五年。", 3, 5),
    ("工程预计需要两至三个月。", 2, 3),
])
def test_a_chinese_range_written_with_to_is_a_range(sentence: str, low: int, high: int) -> None:
    (claim,) = _claims(sentence, "zh")
    assert (claim[2], claim[4], claim[5]) == ("duration", low, high)
