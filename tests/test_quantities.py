"""Numbers bound to what they count, non-quantities rejected by kind, magnitudes and formats
of English, French and Chinese, forecasts: one test per class, with sentences written here."""
from __future__ import annotations

import math

import pytest

from helpers.extract.claims import is_forecast, read_claims
from helpers.extract.quantities import parse_digits, zh_value

INF = math.inf


def claims(text, lang=None):
    """(number as read, value, dimension, subject, unit) of every claim in ``text``."""
    return [(text[q.start:max(q.end, b.end)].strip(), q.value, b.dimension, b.subject, b.unit)
            for q, b, _, _ in read_claims(text, lang)]


def only(text, lang=None):
    got = claims(text, lang)
    assert len(got) == 1, got
    return got[0]


# --------------------------------------------------------------------------- binding


@pytest.mark.parametrize("text, lang, dimension, subject, unit", [
    ("The lab trained a model with 671B parameters last year.", "en", "model_size", "parameters", "parameters"),
    ("Le modèle compte 70 milliards de paramètres.", "fr", "model_size", "parameters", "parameters"),
    ("该模型拥有6710亿参数。", "zh", "model_size", "parameters", "parameters"),
    ("The campus will use 3.5 TWh of electricity a year.", "en", "energy", "electricity", "kWh"),
    ("年用电量达到20亿千瓦时。", "zh", "energy", "electricity", "kWh"),
    ("The park covers 120,000 square metres near the river.", "en", "area", "floor area", "m²"),
    ("园区占地500亩。", "zh", "area", "land area", "m²"),
    ("算力规模达到5000P。", "zh", "compute", "computing power", "PFLOPS"),
    ("A new cluster adds 2 EFLOPS of capacity.", "en", "compute", "computing power", "PFLOPS"),
    ("The site draws 300 MW from the grid.", "en", "power", "power capacity", "MW"),
    ("项目装机容量为150兆瓦。", "zh", "power", "power capacity", "MW"),
    ("Training took 2.8 million H800 GPU hours.", "en", "compute", "GPU hours", "GPU hours"),
    ("The firm shipped 10,000 servers to the region.", "en", "count", "servers", None),
    ("Ils ont acheté 2 048 puces Nvidia.", "fr", "count", "chips", None),
    ("公司采购了1万张GPU卡。", "zh", "count", "chips", None),
    ("The plant will create 1,200 jobs.", "en", "count", "jobs", None),
])
def test_units_and_counted_nouns_in_three_languages(text, lang, dimension, subject, unit):
    got = only(text, lang)
    assert got[2:] == (dimension, subject, unit)


def test_parameter_counts_and_energy_are_never_investment():
    for text in ("It has 671B parameters.", "It used 40 GWh of power in 2024."):
        assert only(text, "en")[2] != "money"


def test_area_compute_and_colloquial_money_are_never_data_centre_counts():
    text = "新建数据中心面积达2万平方米，算力规模达1000P，投资50亿元。"
    got = claims(text, "zh")
    assert [(g[2], g[3]) for g in got] == [("area", "floor area"), ("compute", "computing power"),
                                           ("money", "investment")]


def test_money_is_never_a_chip_count():
    got = only("Over $1 billion worth of Nvidia chips were smuggled.", "en")
    assert got[1:4] == (1e9, "money", "value") and got[4] == "USD"


def test_servers_are_not_chips_and_a_pronoun_is_not_a_counted_noun():
    assert claims("The 400 servers hold 3,200 GPUs.", "en") == [("400", 400, "count", "servers", None),
                                                                   ("3,200", 3200, "count", "chips", None)]
    assert claims("They bought the chips and resold 5,000 of them.", "en") == []
    assert claims("Ces puces ? Ils en ont revendu 5 000 d'entre elles.", "fr") == []


def test_subject_comes_from_the_counted_noun_not_the_sentence():
    got = claims("Near the data centre, 300 workers built 40 warehouses.", "en")
    assert [(g[0], g[3]) for g in got] == [("300", "people"), ("40", "warehouses")]  # open subject


def test_money_takes_the_money_noun_of_its_clause():
    assert only("DeepSeek said the training cost was $5.6M.", "en")[3] == "training cost"
    assert only("DeepSeek a dépensé 294.000 dollars pour entraîner R1.", "fr")[2:4] == ("money", "training cost")
    assert only("该项目总投资50亿元。", "zh")[2:] == ("money", "investment", "CNY")


# --------------------------------------------------------------------------- non-quantities


@pytest.mark.parametrize("text, lang", [
    ("Speaker 2 [00:12:34]: we met at 3:45 that day.", "en"),
    ("The offices are in Building 3, Room 204.", "en"),
    ("2025年7月15日，双方签约。", "zh"),
    ("7月，项目开工。", "zh"),
    ("Le 14e plan quinquennal et le 1er janvier.", "fr"),
    ("It was the 2nd attempt.", "en"),
    ("这是第十四个五年规划。", "zh"),
    ("Nvidia RTX 4090 and GPT-4o run on 5G phones with V3.", "en"),
    ("Call +1 212 555 0100 or (212) 555-0199.", "en"),
    ("As noted in reports[1], the plant1 opened.", "en"),
    ("1,234 shares and 5,600 views", "en"),
    ("It is one of the largest data centres in Asia.", "en"),
    ("Upgrade to version 3.5.1 now.", "en"),
    ("It opened in 2024 and will expand by 2028.", "en"),
])
def test_non_quantities_are_rejected_by_kind(text, lang):
    assert claims(text, lang) == []


def test_other_languages_stay_unclaimed():
    assert claims("Die Firma hat 5,6 Millionen Euro in 40 neue Rechenzentren investiert und das ist viel.") == []


# --------------------------------------------------------------------------- magnitudes and formats


@pytest.mark.parametrize("text, lang, value", [
    ("Le projet a coûté 5,6 millions de dollars.", "fr", 5.6e6),
    ("Il a reçu 1.000.000 d'euros.", "fr", 1e6),
    ("Ils ont dépensé 294.000 dollars.", "fr", 294000),
    ("Un investissement de 2,5 milliards d'euros.", "fr", 2.5e9),
    ("Ils ont installé 2\u202f048 puces.", "fr", 2048),
    ("总投资1.2万亿元。", "zh", 1.2e12),
    ("合同金额557.6万美元。", "zh", 5.576e6),
    ("价值一．六億美元的晶片", "zh", 1.6e8),
    ("匯款約五千萬美元", "zh", 5e7),
    ("The deal is worth $5.6M.", "en", 5.6e6),
    ("Revenue reached 1.6bn dollars.", "en", 1.6e9),
])
def test_magnitudes_and_number_formats(text, lang, value):
    assert only(text, lang)[1] == pytest.approx(value)


@pytest.mark.parametrize("text, lang, low, high, qualifier", [
    ("tens of thousands of chips", "en", 2e4, 99999, "vague"),
    ("des dizaines de milliers de puces", "fr", 2e4, 99999, "vague"),
    ("数万颗芯片", "zh", 2e4, 99999, "vague"),
    ("more than 40 data centres", "en", 40, INF, "more_than"),
    ("up to 40 data centres", "en", 0, 40, "at_most"),
    ("roughly 40 data centres", "en", 36, 44, "approx"),
    ("plus de 40 centres de données", "fr", 40, INF, "more_than"),
    ("près de 40 centres de données", "fr", 36, 40, "approx_below"),
    ("jusqu'à 40 centres de données", "fr", 0, 40, "at_most"),
    ("超过40个数据中心", "zh", 40, INF, "more_than"),
    ("逾40个数据中心", "zh", 40, INF, "more_than"),
    ("近40个数据中心", "zh", 36, 40, "approx_below"),
    ("数据中心40多座", "zh", 40, 49, "more_than"),
])
def test_hedges_and_vague_amounts(text, lang, low, high, qualifier):
    (q, b, _, _), = read_claims(text, lang)
    assert (q.low, q.high, q.qualifier) == (pytest.approx(low), pytest.approx(high), qualifier)


def test_parse_digits_and_chinese_numerals():
    assert parse_digits("5,6", "fr") == 5.6 and parse_digits("115,000") == 115000
    assert parse_digits("1.000.000", "fr") == 1e6 and parse_digits("1.500", "en") == 1.5
    assert zh_value("四十三") == 43 and zh_value("三亿五千万") == 3.5e8 and zh_value("一.六亿") == 1.6e8


# --------------------------------------------------------------------------- forecast vs plan


@pytest.mark.parametrize("sentence, number, expected", [
    ("The company plans to build 40 data centres.", "40", False),
    ("Officials said 40 data centres are planned in the region.", "40", False),
    ("The company will build 40 data centres.", "40", True),
    ("It expects to have 40 data centres by 2028.", "40", True),
    ("计划建设40个数据中心。", "40", False),
    ("预计到2030年建成40个数据中心。", "40", True),
    ("该地区将建成40个数据中心。", "40", True),
    ("Le groupe devrait ouvrir 40 centres de données.", "40", True),
    ("D'ici 2030, 40 centres de données seront ouverts.", "40", True),
    ("Le groupe exploite 40 centres de données.", "40", False),
    ("They will invest $500 billion over the next four years.", "500", True),
    ("The goal is 10 gigawatts of capacity.", "10", True),
    ("未来三年内实现7吉瓦的总容量。", "7", True),
    ("Le projet génèrera plus de 100.000 emplois.", "100", True),
])
def test_forecast_vs_plan(sentence, number, expected):
    i = sentence.index(number)
    assert is_forecast(sentence, i, i + len(number)) is expected


# --------------------------------------------------------------------------- classes found on real pages


def test_percentages_say_what_they_measure():
    assert only("Nvidia shares fell 17% on Monday.", "en")[3] == "fall"
    assert only("英伟达股价下跌16.97%。", "zh")[3] == "fall"
    assert only("Le titre a progressé de 8,5 %.", "fr")[1:4] == (8.5, "percent", "rise")


def test_changes_are_two_values_and_heads_are_shared():
    assert [g[:2] for g in claims("Its value fell from $3.5 trillion to $2.9 trillion.", "en")] == \
        [("$3.5 trillion", 3.5e12), ("$2.9 trillion", 2.9e12)]
    assert [(g[1], g[3]) for g in claims("The window grew from 4K to 128K tokens.", "en")] == \
        [(4000, "tokens"), (128000, "tokens")]


def test_compound_number_words_and_fractions():
    assert only("It cost two hundred ninety-four thousand dollars.", "en")[1] == 294000
    assert only("It lost more than half a trillion dollars.", "en")[1] == 5e11


def test_taiwanese_and_traditional_forms():
    assert only("在全美建置五座新的資料中心。", "zh")[1:4] == (5, "count", "data centres")
    assert only("OpenAI正擘劃1兆美元的基礎設施支出。", "zh")[1] == 1e12
    assert only("ChatGPT的每周活躍用戶已達7億。", "zh")[1:4] == (7e8, "count", "users")


@pytest.mark.parametrize("text, lang", [
    ("Relations between the two countries have soured.", "en"),  # the parties of a relation named again
    ("Les trois partenaires prévoient un investissement.", "fr"),
    ("API每百万输入标记收费。", "zh"),
    ("It is among the top 10 companies.", "en"),
    ("它位列前五名。", "zh"),
    ("It was one of the ten worst days.", "en"),
])
def test_references_rates_and_ranks_are_not_counts(text, lang):
    assert claims(text, lang) == []


def test_index_points_and_multiples():
    assert only("納斯達克綜合指數報19341.83點。", "zh")[1:3] == (19341.83, "other")
    assert only("The true cost was 20 times that estimate.", "en")[2:4] == ("other", "multiple")


def test_colloquial_chinese_money_is_money_and_cards_are_chips():
    assert only("他花了5000块钱。", "zh")[2:] == ("money", "cost", "CNY")
    assert only("使用了2048块H800 GPU。", "zh")[2:4] == ("count", "chips")
    assert claims("这个园区投资了50亿。", "zh")[0][2:4] == ("money", "investment")  # a bare 亿 beside a money word
    assert claims("园区占地50亿。", "zh") == []  # a bare 亿 with no unit and no money word: not a data-centre count


def test_a_single_unit_and_rates():
    assert only("They built a gigawatt of capacity.", "en")[1:3] == (1, "power")
    assert only("Chips arrived about a month after the ban.", "en")[1:3] == (1, "duration")
    assert only("The campus will use 3.5 TWh of electricity a year.", "en")[2] == "energy"  # "a year" is a rate
    assert claims("Prices rose twice a year.", "en") == []


def test_a_part_of_a_total_is_not_compared_with_the_total():
    from helpers.compare.conflicts import _scope
    q = "The firm owns 50,000 GPUs, of which 20,000 are H800s."
    assert _scope(q, "20,000") == "part" and _scope(q, "50,000") == "reported"
    assert _scope("Il possède 50 000 GPU, dont 10 000 H800.", "10 000") == "part"


def test_french_dont_marks_a_part_only_before_a_number():
    from helpers.compare.conflicts import _scope
    q = "De nouvelles capacités, dont la puissance pourra aller jusqu'à 1 gigawatt, seront ajoutées."
    assert _scope(q, "jusqu'à 1 gigawatt") == "reported"
    assert _scope("Le groupe a 50 000 GPU, dont environ 10 000 H800.", "10 000") == "part"
