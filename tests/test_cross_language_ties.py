"""What a length times across languages ("sept minutes pour s'emparer de", "seven minutes to steal"), a hyphenated place
that is one name, people of no kind (men, women) counted as people in any language,
and a model trained "for" an amount. Sentences written for these tests (development corpora 37 and 40, and the
development corpus's subjects, found the classes)."""
from __future__ import annotations

import pytest

from corpus_tools import conflicts_of, numeric, one_row as _row, pairs


_EN_HEIST = ("Museum heist shocks Paris\n\nPublished 20 October 2025\n\nThe daring heist in 8 minutes stunned the Galerie "
             "Apollon guards. Police in Paris are looking for the gang.\n")
_ZH_HEIST = ("博物館珠寶失竊\n\n2025年10月21日\n\n據報3名蒙面賊人架起雲梯進入展廳，掠走珍品後乘電單車逃去，整個犯案過程不到7分鐘。"
             "Apollon 畫廊暫時關閉。\n")


def test_a_thefts_length_told_in_two_languages_conflicts(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {"en": _EN_HEIST, "zh": _ZH_HEIST}))
    assert frozenset(("en", "zh")) in pairs(found[found["subject"] == "duration"])


def test_a_chinese_page_on_another_theft_stays_apart(tmp_path) -> None:
    other = "珠寶店遭劫\n\n2025年10月21日\n\n香港旺角一間珠寶店周二遭劫匪搶劫，整個犯案過程只用了三分鐘。\n"
    found = numeric(conflicts_of(tmp_path, {"en": _EN_HEIST, "zh": other}))
    assert found[found["subject"] == "duration"].empty


def test_two_english_pages_on_thefts_naming_no_one_alike_stay_apart(tmp_path) -> None:
    other = ("Bank robbery in Leeds\n\nPublished 21 October 2025\n\nThe robbery in 7 minutes left the Barclays branch "
             "staff shaken. Detectives from West Yorkshire are appealing for witnesses.\n")
    found = numeric(conflicts_of(tmp_path, {"en": _EN_HEIST, "leeds": other}))
    assert found[found["subject"] == "duration"].empty


@pytest.mark.parametrize("text, number, lang", [
    ("Un commando, une nacelle, et sept minutes pour s'emparer de joyaux de la couronne.", "sept minutes", "fr"),
    ("It took the gang seven minutes to steal the jewels.", "seven minutes", "en"),
])
def test_the_act_a_length_was_for_names_the_theft(text: str, number: str, lang: str) -> None:
    assert _row(text, number, lang)["measure_of"] == "theft"


def test_a_length_to_reach_somewhere_times_no_theft() -> None:
    assert _row("It took the police 20 minutes to reach the museum.", "20 minutes", "en")["measure_of"] != "theft"


@pytest.mark.parametrize("text, number, subject", [
    ("美國司法部八日宣布，兩名中國男子因涉嫌走私輝達H100和H200晶片至中國而遭拘捕，若罪名成立，兩人將面臨監禁。", "兩", "people"),
    ("展廳外有3名女子正在排隊。", "3", "people"),  # a dictionary's "women": people of no kind
    ("教廷宣布220名枢机主教将出席。", "220", "cardinals"),  # a kind the lexicon does not know keeps its gloss
])
def test_people_of_no_kind_are_people(text: str, number: str, subject: str) -> None:
    assert _row(text, number, "zh")["subject"] == subject


@pytest.mark.parametrize("text, number, lang", [
    ("DeepSeek claims to have trained this 671-billion parameter monster for roughly $5.6 million in compute.",
     "$5.6 million", "en"),
    ("La startup prétend avoir formé son puissant modèle Deepseek V3 pour seulement 6 millions de dollars.",
     "6 millions de dollars", "fr"),
])
def test_a_model_trained_for_an_amount_is_its_training_cost(text: str, number: str, lang: str) -> None:
    assert _row(text, number, lang)["subject"] == "training cost"


def test_workers_trained_somewhere_earn_no_training_cost() -> None:
    assert _row("Workers trained in Arizona for two years earn $100,000.", "$100,000", "en")["subject"] != "training cost"


def test_a_hyphenated_country_is_one_place_not_two_names() -> None:
    from helpers.compare.owners import _anchors, _places

    quote = "TSMC a laissé entendre qu'il prévoyait d'augmenter ses capacités de production aux États-Unis."
    assert _anchors(quote) - _places(quote) == {"tsmc"}


@pytest.mark.parametrize("text, number", [
    ("Meta将以全现金方式向Scale AI注资至多150亿美元。", "150亿美元"),
    ("关税最高达50%。", "50%"),
    ("海嘯最高達3公尺。", "3公尺"),
])
def test_chinese_ceilings_are_upper_limits(text: str, number: str) -> None:
    assert _row(text, number, "zh")["qualifier"] == "at_most"
