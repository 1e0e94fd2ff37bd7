"""Ties that hold across languages: a theft's length told in English and in Chinese (a page in Chinese writes its names
in its own script, so its few Latin words say nothing of which event it tells), an amount whose sentence names only the
other amount's owner, a hyphenated place that is one name, people of no kind (men, women) counted as people in any language,
and a model trained "for" an amount. Sentences written for these tests (development corpora 37 and 40, and the
development corpus's subjects, found the classes)."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, pairs


def _row(text: str, number: str, lang: str) -> dict:
    rows = [r for r in claim_rows(text, lang) if number in r["text"]]
    assert len(rows) == 1, [(r["text"], r["subject"]) for r in claim_rows(text, lang)]
    return rows[0]


_EN_HEIST = ("Museum heist shocks Paris\n\nPublished 20 October 2025\n\nThe daring heist in 8 minutes stunned the Galerie "
             "Apollon guards. Police in Paris are looking for the gang.\n")
_ZH_HEIST = ("博物館珠寶失竊\n\n2025年10月21日\n\n據報3名蒙面賊人架起雲梯進入展廳，掠走珍品後乘電單車逃去，整個犯案過程不到7分鐘。"
             "Apollon 畫廊暫時關閉。\n")


def test_a_thefts_length_told_in_two_languages_conflicts(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {"en": _EN_HEIST, "zh": _ZH_HEIST}))
    assert frozenset(("en", "zh")) in pairs(found[found["subject"] == "duration"])


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


_PLEDGE_A = ("Chipmaker raises its pledge\n\nPublished 12 December 2025\n\nTSMC's investment in the United States later "
             "rose to $160 billion, the commerce secretary said.\n")
_PLEDGE_B = ("Chipmaker hints at more\n\nPublished 16 January 2026\n\nTSMC told its earnings call that capacity in Arizona "
             "is growing, but did not say whether this came on top of the $165 billion investment.\n")


def test_an_amount_in_a_sentence_naming_only_the_others_owner_is_theirs(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {"a": _PLEDGE_A, "b": _PLEDGE_B}))
    assert frozenset(("a", "b")) in pairs(found)


def test_an_amount_in_a_sentence_naming_a_second_company_stays_apart(tmp_path) -> None:
    other = ("Rivals compared\n\nPublished 16 January 2026\n\nIntel, unlike TSMC, did not say whether this came on "
             "top of the $165 billion investment.\n")
    found = numeric(conflicts_of(tmp_path, {"a": _PLEDGE_A, "c": other}))
    assert frozenset(("a", "c")) not in pairs(found)


def test_a_hyphenated_country_is_one_place_not_two_names() -> None:
    from helpers.compare.owners import _anchors, _places

    quote = "TSMC a laissé entendre qu'il prévoyait d'augmenter ses capacités de production aux États-Unis."
    assert _anchors(quote) - _places(quote) == {"tsmc"}


_PLAN = ("Chipmaker's plan\n\nPublished 5 March 2025\n\nTSMC plans to invest $165 billion in new fabs in Arizona.\n")


def test_a_pledge_and_a_reported_amount_a_little_apart_are_one_pledge_retold(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {"plan": _PLAN, "a": _PLEDGE_A}))
    row = found[found["doc_a"].isin(["plan", "a"]) & found["doc_b"].isin(["plan", "a"])]
    assert len(row) == 1 and row["severity"].iloc[0] == "low" and "one pledge" in row["why"].iloc[0]


def test_a_pledge_and_what_was_spent_so_far_are_two_amounts(tmp_path) -> None:
    spent = ("Chipmaker's spending\n\nPublished 12 December 2025\n\nTSMC's investment in the United States so far "
             "reached $65 billion, the commerce secretary said.\n")
    assert numeric(conflicts_of(tmp_path, {"plan": _PLAN, "spent": spent})).empty


@pytest.mark.parametrize("text, number", [
    ("Meta将以全现金方式向Scale AI注资至多150亿美元。", "150亿美元"),
    ("关税最高达50%。", "50%"),
    ("海嘯最高達3公尺。", "3公尺"),
])
def test_chinese_ceilings_are_upper_limits(text: str, number: str) -> None:
    assert _row(text, number, "zh")["qualifier"] == "at_most"


_CEILING_A = ("Xiaomi's new SUV\n\nPublished 27 June 2025\n\nThe Xiaomi YU7 offers a range of up to 760 km on a "
              "single charge.\n")
_CEILING_B = ("Xiaomi YU7 launched\n\nPublished 28 June 2025\n\nThe Xiaomi YU7 offers a range of up to 835 km on a "
              "single charge.\n")


def test_two_different_ceilings_of_one_quantity_conflict(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {"a": _CEILING_A, "b": _CEILING_B}))
    assert list(found["subject"]) == ["distance"] and "upper limits" in found["why"].iloc[0]


def test_a_ceiling_and_a_value_under_it_agree(tmp_path) -> None:
    under = _CEILING_B.replace("up to 835 km", "700 km")
    assert numeric(conflicts_of(tmp_path, {"a": _CEILING_A, "b": under})).empty


def test_one_ceiling_written_twice_agrees(tmp_path) -> None:
    again = _CEILING_B.replace("835", "760")
    assert numeric(conflicts_of(tmp_path, {"a": _CEILING_A, "b": again})).empty
