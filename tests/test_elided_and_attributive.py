"""Heads a number takes from beyond its own words, each class tested with sentences written for this file: a
Chinese classifier whose noun is left out (它 counts what the count before it with the same classifier counted), a
brand's Latin gloss in brackets between a classifier and its noun, a model's size written "405B model", a
percentage or an amount written as an adjective before its noun ("40% bandwidth savings", "billion-dollar railway
plans")."""
import pytest

from helpers.extract.claims import read_claims
from helpers.extract.rates import attributive_of, compound_noun


def _rows(text: str, lang: str) -> dict[str, tuple]:
    return {text[q.start:q.end]: (q.value, b.subject, b.dimension) for q, b, s, e in read_claims(text, lang)}


def test_a_classifier_alone_counts_the_noun_of_the_count_before_it():
    rows = _rows("该公司计划新建六座工厂，包括江苏的四座和广东的两座。", "zh")
    assert rows["四"] == (4.0, "facilities", "count")
    assert rows["两"] == (2.0, "facilities", "count")


def test_a_classifier_with_its_own_noun_keeps_it():
    rows = _rows("他们修了五座工厂和三座仓库。", "zh")
    assert rows["三"][1] == "depots"


def test_a_classifier_alone_with_no_count_before_it_is_no_claim():
    assert "两" not in _rows("其中两座，已经完工。", "zh")


def test_the_generic_classifier_alone_takes_nothing_back():
    assert "三" not in _rows("公司有六个工厂，其中三个。", "zh")


@pytest.mark.parametrize("text", ["机房里有500块英伟达（NVIDIA）A100芯片。", "机房里有500块英伟达(Nvidia) A100芯片。"])
def test_a_latin_gloss_in_brackets_is_no_end_of_the_counted_phrase(text):
    assert _rows(text, "zh")["500"][1:] == ("chips", "count")


def test_a_model_written_with_its_size_in_billions_is_a_model_size():
    rows = _rows("Meta released a dense 405B model last year.", "en")
    assert rows["405B"] == (405e9, "parameters", "model_size")


def test_a_product_number_before_model_is_no_model_size():
    rows = _rows("Huawei sold the Ascend 910B model widely.", "en")
    assert "910B" not in rows or rows["910B"][2] != "model_size"


@pytest.mark.parametrize("text,expected", [
    ("The new codec achieved 40% bandwidth savings.", "bandwidth savings"),
    ("Staff won a 5% salary increase.", "salary"),
    ("Shares were 5% higher.", ""),
    ("Prices rose 5% since 2020.", ""),
    ("About 48% voted for it.", ""),
    ("It grew 8% annually.", ""),
    ("It rose 5% yesterday.", ""),
])
def test_what_a_percentage_names_with_the_noun_after_it(text, expected):
    assert attributive_of(text, text.index("%") + 1) == expected


def test_an_amount_as_an_adjective_is_money_for_its_noun_not_a_far_money_word():
    text = "Stadium costs rose sharply, and billion-dollar railway plans followed."
    assert _rows(text, "en")["billion-dollar"][1:] == ("money", "money")
    start = text.index("billion")
    assert compound_noun(text, start, start + len("billion-dollar")) == "railway plans"


def test_an_amount_as_an_adjective_before_a_lexicon_word_keeps_it():
    text = "A billion-dollar investment came."
    assert _rows(text, "en")["A billion"][1] == "investment"
    assert compound_noun(text, 2, 16) == ""
