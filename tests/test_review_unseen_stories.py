"""Faults a reviewer who had not seen the code found in this round's first version
(benchmarks/reviews/code_review_unseen_stories_85_89.md), each mended: sentences written for this file."""
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric
from helpers.compare.owners import _owners


@pytest.mark.parametrize("text", [
    "One in four Germans uses public transport every day.",  # a nationality and its verb
    "One in ten Americans lives in poverty.",
    "By week 2 Kabul hospitals were overwhelmed.",  # a label's number, then a name
    "In Game 7 Lakers fans stormed the court.",
    "Total: 300\nRescue teams arrived late.",  # a name after a line break
])
def test_a_name_after_a_number_that_starts_a_clause_counts_nothing(text):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, "en")] == []


@pytest.mark.parametrize("text,subject", [
    ("公司交付了1000台带芯片的手机。", "phones"),  # a verb, not a maker's name, before the noun and 的
    ("工厂生产了5000台配英伟达GPU的服务器。", "servers"),
    ("该市引进了500名来自海外的人才，企业数量大增。", "people"),  # 人才 is no longer word to skip; the clause ends
])
def test_the_noun_after_de_is_counted_after_a_verb_phrase(text, subject):
    assert [r["subject"] for r in claim_rows(text, "zh") if r["dimension"] == "count"] == [subject]


@pytest.mark.parametrize("text", [
    "在以太坊大会上，中国队获得金牌共38枚。",  # another clause, and the platform, not the coin
    "持有比特币的SpaceX今年发射火箭超过100枚。",  # the coin too far before the number
    "与比特币不同，这款纪念币仅发行了1万枚。",
])
def test_mei_is_no_coin_unless_its_clause_names_the_coin_shortly_before(text):
    assert all(r["dimension"] == "count" for r in claim_rows(text, "zh"))


def test_a_coin_named_in_latin_letters_beside_chinese_is_read():
    assert [(r["currency"], r["dimension"]) for r in claim_rows("该公司的Bitcoin持仓量达到 64,452 枚。", "zh")] == [("BTC", "money")]


@pytest.mark.parametrize("text", ["该公司发行了2只美元债券。", "银行发放了3笔美元贷款。"])
def test_a_classifier_before_a_currency_and_its_noun_is_no_amount_in_it(text):
    assert all(r["currency"] is None for r in claim_rows(text, "zh"))


@pytest.mark.parametrize("text", ["该市批准了3个政府的补贴项目。", "集团签署了12个海外的融资协议。"])
def test_a_classifier_stops_at_money_only_after_a_verb_phrase(text):
    assert claim_rows(text, "zh") == []


def test_a_hedged_toll_meets_the_figure_it_admits(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 2 September 2025\n\nThe earthquake killed more than 1,100 people and injured 3,500, officials said on Tuesday.\n",
        "b": "Published 2 September 2025\n\nThe earthquake killed 1,124 people and injured 2,800, officials said on Tuesday.\n",
    }))
    assert ("injured", frozenset(("3,500", "2,800"))) in {(s, frozenset((a, b))) for s, a, b in
                                                          zip(got["subject"], got["value_a"], got["value_b"])}


@pytest.mark.parametrize("quote,owner", [
    ("Emirates carried 50 million passengers to the United Arab Emirates.", "emirates"),
    ("Costa Cruises carried 2 million passengers to Costa Rica.", "costa"),
    ("Jessica Simpson sold 2 million albums.", "simpson"),
    ("Gerhard Richter sold 3 paintings last year.", "richter"),
])
def test_a_name_that_is_also_a_country_or_a_scale_still_owns(quote, owner):
    assert owner in _owners({"quote": quote, "text": "2", "dimension": "count"})


def test_thefts_are_no_flights():
    assert [r["subject"] for r in claim_rows("La police a recensé 3 200 vols avec violence cette année dans la ville.", "fr")] \
        == ["violent thefts"]


# A second review, of the classes read from corpora 90 and 91 (the same record, its second part)

@pytest.mark.parametrize("text,lang", [
    ("Bayrou a engagé la responsabilité de son gouvernement sur un plan de 44 milliards pour réduire le déficit, avant le vote du 8 septembre.", "fr"),
    ("Lors du vote de confiance de lundi, il fallait 289 pour la majorité absolue.", "fr"),
    ("L'indicateur de confiance des ménages s'établit à 87 contre 88 en juillet.", "fr"),
    ("Business confidence stood at 52 against 49 a month earlier.", "en"),
    ("La participation au scrutin s'élève à 54 contre 47 en 2019.", "fr"),
    ("Le vote est prévu lundi 8 pour tenter de sauver le gouvernement.", "fr"),
])
def test_a_number_before_a_side_word_is_no_vote_unless_it_counts_one(text, lang):
    assert all(not r["subject"].startswith("votes") for r in claim_rows(text, lang))


@pytest.mark.parametrize("text", [
    "The floods killed 1,700 people, Pakistan 2022 being the deadliest year.",  # a year
    "The blast killed 2 children, Ali 7 and Sara 5, on Monday.",  # two names' ages, no breakdown
])
def test_a_list_item_that_is_a_year_or_an_age_counts_nothing(text):
    assert [r["text"] for r in claim_rows(text, "en")][1:] == []


@pytest.mark.parametrize("text,value", [
    ("Thousands were evacuated and a half million people lost power.", 5e5),
    ("Some one and a half million people lost power.", 1.5e6),
])
def test_a_half_million_after_and(text, value):
    assert value in [r["value"] for r in claim_rows(text, "en")]


def test_lai_before_a_place_is_come_to_not_about():
    assert [(r["value"], r["qualifier"]) for r in claim_rows("去年有三百万来华外国游客。", "zh")] == [(3e6, "exact")]


def test_an_adverb_then_a_number_is_no_toll():
    assert claim_rows("The death toll rose only 30 overnight.", "en") == []


def test_a_quake_that_struck_so_far_from_a_town_is_a_distance_from_the_epicentre(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 2 September 2025\n\nA magnitude 6.0 earthquake struck 27 km east-northeast of Jalalabad, the USGS said.\n",
        "b": "Published 2 September 2025\n\nThe epicentre of the quake was 40 km east-northeast of Jalalabad, the agency said.\n",
    }))
    assert "distance" in set(got["subject"])
