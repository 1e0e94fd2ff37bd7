"""Classes of claims that were lost: signed percentage changes, classifiers before adjectives, classifier
defaults yielding to a named noun, model designators after a brand word, heads shared within a sentence.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims


def _claims(text: str, lang: str) -> list[dict]:
    return [{"text": text[q.start:q.end], "value": q.value, "qualifier": q.qualifier, "dimension": b.dimension,
             "subject": b.subject, "unit": b.unit} for q, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("text,lang,written,value,subject", [
    ("Le titre du fabricant a grimpé de +14 % en deux séances.", "fr", "+14", 14, "rise"),
    ("Le titre a cédé -3,5 % vendredi.", "fr", "-3,5", 3.5, "fall"),
    ("The chipmaker's shares: +9.5% at the close.", "en", "+9.5", 9.5, "rise"),
    ("Over the week the index ended −12% after the report.", "en", "−12", 12, "fall"),
    ("Its stock closed -4 % lower on Tuesday.", "en", "-4", 4, "fall"),
    ("该公司股价收盘-6.1%，成交额放大。", "zh", "-6.1", 6.1, "fall"),
    ("该公司股价全天+8%。", "zh", "+8", 8, "rise"),
])
def test_signed_percentage_is_a_change(text, lang, written, value, subject):
    found = [c for c in _claims(text, lang) if c["dimension"] == "percent"]
    assert [(c["text"], c["value"], c["subject"]) for c in found] == [(written, value, subject)]


@pytest.mark.parametrize("text,lang,expected", [
    ("Sales grew 10-20% in the region.", "en", [("10-20", "rise")]),  # a range, not a sign
    ("COVID-19 cut output by 5%.", "en", [("5", "percent")]),  # a name with a hyphen, no sign
    ("Le titre a chuté de -7 %.", "fr", [("-7", "fall")]),  # the verb and the sign agree
])
def test_sign_only_at_a_word_start(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang) if c["dimension"] == "percent"] == expected


@pytest.mark.parametrize("text,lang,written,value,subject", [
    ("公司计划明年生产45万片A200加速芯片。", "zh", "45万", 450000, "chips"),  # a model glued after the classifier
    ("● 明年产量翻番（今年约12万颗）", "zh", "约12万", 120000, "chips"),  # a bracket in a list line
    ("工廠去年交付15萬片X90晶片。", "zh", "15萬", 150000, "chips"),
])
def test_classifier_before_a_glued_model_name(text, lang, written, value, subject):
    found = [c for c in _claims(text, lang) if c["dimension"] == "count"]
    assert [(c["text"], c["value"], c["subject"]) for c in found] == [(written, value, subject)]


@pytest.mark.parametrize("text,written,value,qualifier", [
    ("当局批准出口多达5万枚高端AI芯片。", "多达5万", 50000, "at_most"),
    ("該廠今年交付約2萬顆高階人工智能晶片。", "約2萬", 20000, "approx"),
    ("公司采购3万颗最先进的国产加速芯片。", "3万", 30000, "exact"),
])
def test_chip_classifier_before_adjectives_and_noun(text, written, value, qualifier):
    found = _claims(text, "zh")
    assert [(c["text"], c["value"], c["qualifier"], c["subject"]) for c in found] == [
        (written, value, qualifier, "chips")]


@pytest.mark.parametrize("text,subject", [
    ("政府向兩家人工智能企業發放補貼。", "companies"),  # 人 begins 人工智能 (AI): the classifier counts
    ("团队新招了三名人工智能工程师。", "engineers"),  # not the 人 of 人工智能: the engineers, glossed
])
def test_classifier_wins_over_a_noun_inside_a_longer_word(text, subject):
    assert [c["subject"] for c in _claims(text, "zh")] == [subject]


@pytest.mark.parametrize("text,subject", [
    ("该厂上季出货晶圆达45.6万片，环比增长3%。", "wafers"),  # the wafer noun before the number
    ("折合12英寸的月产能为8.2万片。", "wafers"),  # a wafer diameter names the wafers
    ("代工厂的晶圆订单饱满，全年可供货20万片，", "wafers"),  # earlier in the same clause
    ("晶圆厂今年生产芯片30万片。", "chips"),  # a chip noun stands nearer the number
    ("华为计划生产30万片。", "chips"),  # nothing named: the classifier's default
    ("晶圆需求上升。该公司交付30万片。", "chips"),  # wafers named in another sentence
])
def test_classifier_default_yields_to_a_named_noun(text, subject):
    assert [c["subject"] for c in _claims(text, "zh") if c["dimension"] == "count"] == [subject]


def test_a_sign_is_a_change_even_beside_a_stake():
    found = _claims("The stock jumps over +25% as the fund takes a 10% stake.", "en")
    assert [(c["text"], c["subject"]) for c in found] == [("over +25", "rise"), ("10", "stake")]


@pytest.mark.parametrize("text,lang,expected", [
    ("寒武纪新一代思元 690芯片已送样。", "zh", []),
    ("该厂的鲲鹏920服务器出货量达12万台。", "zh", [("12万", "servers")]),
    ("昇騰 920 已開始量產。", "zh", []),
    ("某厂推出天玑8400芯片。", "zh", []),
    ("某厂商发布新款星河720芯片，性能提升。", "zh", []),  # a name the lexicon does not know, no classifier
    ("The startup showed its Lumen 720 chip at the fair.", "en", []),
    ("Cambricon's Siyuan 690 is sampling.", "en", []),
    ("La puce Siyuan 690 est en test.", "fr", []),
])
def test_model_designator_is_not_a_count(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("公司采购 690 台服务器。", "zh", [("690", "servers")]),
    ("平台共接入 690 家企业。", "zh", [("690", "companies")]),
    ("工厂交付了690颗芯片。", "zh", [("690", "chips")]),
    ("The lab bought 720 chips last year.", "en", [("720", "chips")]),
    ("Lab To Buy 720 Chips", "en", [("720", "chips")]),  # a title-case headline keeps its count
])
def test_real_counts_beside_names_stay(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The network has 2.4 trillion parameters, activating only 48 billion per token.", "en",
     [("2.4 trillion", "parameters"), ("48 billion", "parameters")]),
    ("Le service compte 4 millions d'abonnés en Espagne et 1,5 million en Belgique.", "fr",
     [("4 millions", "users"), ("1,5 million", "users")]),
    ("该模型总参数2万亿，每次推理仅激活400亿。", "zh", [("2万亿", "parameters"), ("400亿", "parameters")]),
    ("工厂去年出货芯片80万颗，今年预计150万。", "zh", [("80万", "chips"), ("150万", "chips")]),
    ("A 512K token window (up from the earlier 64K) helps.", "en", [("512K", "tokens"), ("64K", "tokens")]),
])
def test_bare_magnitude_shares_the_head_named_before_it(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    # a money word in the number's own clause: money, not users
    ("The app has 8 million users and raised 3 billion in funding.", "en", [("8 million", "users"),
                                                                           ("3 billion", "investment")]),
    # a head is never taken across a sentence
    ("The model has 2 trillion parameters. Analysts expect 5 billion.", "en", [("2 trillion", "parameters")]),
    # a head is not taken across another number ("3 years")
    ("It has 2 trillion parameters, trained over 3 years, and 7 billion.", "en",
     [("2 trillion", "parameters"), ("over 3", "duration")]),
])
def test_shared_head_stays_inside_its_class(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Total parameters: 2.4 trillion", "en", [("2.4 trillion", "parameters")]),
    ("| Spec | Value |\n| Context Window | 512K |", "en", [("512K", "tokens")]),
    ("| Routed Experts |\n256 (8 per token) |", "en", [("256", "experts")]),  # cells on two lines
    ("Paramètres totaux : 2 000 milliards", "fr", [("2 000 milliards", "parameters")]),
    ("总参数：2万亿", "zh", [("2万亿", "parameters")]),
    ("Founded: 1998", "en", []),  # a label naming nothing the number counts
    ("Release date: 2025", "en", []),
])
def test_field_label_names_the_head(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("分析师将目标价上调至1450元。", "zh", [("1450", 1450, "money")]),  # an amount after 至, not a year
    ("公司计划到2030年建成。", "zh", []),
    ("Margins should land between 21% and 23% next quarter.", "en", [("between 21% and 23", 22, "percent")]),
    ("毛利率介于21%和23%之间。", "zh", [("介于21%和23", 22, "percent")]),
    ("The lab hired 415 R&D engineers.", "en", [("415", 415, "count")]),
    ("Output rose from 801,500 wafers in Q1 2025 to 840,250 wafers in Q2 2025.", "en",
     [("801,500", 801500, "count"), ("840,250", 840250, "count")]),  # a year is no end of a range
    ("Output rose from the equivalent of 801,500 8-inch wafers in Q1 to 840,250 in Q2.", "en",
     [("801,500", 801500, "count"), ("840,250", 840250, "count")]),  # the change's second value shares wafers
    ("Le parc est passé de 120 000 abonnés en mars à 150 000 en juin.", "fr",
     [("120 000", 120000, "count"), ("150 000", 150000, "count")]),
    ("The site grew from 40 MW in 2023 to 95 this year.", "en", [("40", 40, "power"), ("95", 95, "power")]),
])
def test_amounts_next_to_years_ranges_and_changes(text, lang, expected):
    assert [(c["text"], c["value"], c["dimension"]) for c in _claims(text, lang)] == expected


def test_range_cut_off_after_its_first_end_is_at_least():
    found = _claims("Margins are guided to land between 21% and ", "en")
    assert [(c["text"], c["qualifier"]) for c in found] == [("21", "at_least")]


@pytest.mark.parametrize("text,lang,expected", [
    ("每股收益由 -0.84元转为1.9元。", "zh", [("-0.84", -0.84), ("1.9", 1.9)]),
    ("It posted EPS of -$0.35 a share.", "en", [("-$0.35", -0.35)]),
    ("Le résultat net ressort à -3 millions d'euros.", "fr", [("-3 millions", -3e6)]),
    ("Sales of 10-20 dollars each.", "en", [("10-20", 15)]),  # a range, not a sign
])
def test_minus_before_money_is_a_negative_amount(text, lang, expected):
    assert [(c["text"], c["value"]) for c in _claims(text, lang) if c["dimension"] == "money"] == expected


@pytest.mark.parametrize("text,expected", [
    ("创始人在直播中回答了 35 个问题。", [("35", "questions")]),  # 问题, glossed
    ("评审共收到数十个建议。", [("数十", "建议")]),
    ("专家数量从128个增至256个。", [("128", "专家"), ("256", "专家")]),  # the topic of the change first
    ("其市值蒸发约等于3个寒武纪。", []),  # so many of a named company: a comparison, not a count
    ("项目工期约3个月。", [("约3", "duration")]),
])
def test_generic_classifier_then_an_unknown_noun(text, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, "zh")] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ('The plan calls for "several hundred thousand" Nvidia graphics processing units.', "en",
     [("several hundred thousand", "chips")]),  # quotes do not end the phrase
    ("Le groupe a commandé 3 000 « puces » à Nvidia.", "fr", [("3 000", "chips")]),
    ("Un premier lot de 9 000 puces est parti, l'accord visant à en livrer plusieurs dizaines de milliers.", "fr",
     [("9 000", "chips"), ("plusieurs dizaines de milliers", "chips")]),  # "en" points back to the chips
    ("It shipped 12,000 chips in May and will ship 30,000 more by June.", "en",
     [("12,000", "chips"), ("30,000", "chips")]),
    ("Le groupe en a vendu 3 millions.", "fr", []),  # nothing counted before in the sentence
])
def test_quotes_and_pronouns_keep_the_head(text, lang, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("They released a 405-billion parameter model.", "en", [("405-billion", 405e9, "parameters")]),
    ("Un projet à 30-milliards de dollars.", "fr", [("30-milliards", 30e9, "money")]),
    ("It used fewer training tokens at 9.6 trillion.", "en", [("9.6 trillion", 9.6e12, "tokens")]),
    ("The shares at 100 were sold.", "en", []),  # "at" links a head only to a number written with a magnitude
])
def test_hyphenated_magnitude_and_head_linked_by_at(text, lang, expected):
    assert [(c["text"], c["value"], c["subject"] if c["dimension"] != "money" else "money")
            for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("La consommation sera multipliée par plus de trois d'ici 2035.", "fr", [("plus de trois", 3, "multiple")]),
    ("Capacity will be multiplied by five.", "en", [("five", 5, "multiple")]),
    ("Output rose by a factor of 3 since then.", "en", [("3", 3, "multiple")]),
    ("Revenue grew by 40 in the period.", "en", []),  # an increase of 40 of nothing named: no multiple
    ("Au moins une douzaine de grues tournent sur le chantier.", "fr", [("Au moins une douzaine", 12, "grues")]),
    ("Le coût a augmenté d'un facteur 4.", "fr", [("4", 4, "multiple")]),  # the "eur" of facteur is no euro
    ("La valeur 12 revient souvent.", "fr", []),
])
def test_multiples_and_dozens(text, lang, expected):
    assert [(c["text"], c["value"], c["subject"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Shares jumped after Acme's 2025 half-year results came out.", "en", []),  # a year after an owner
    ("The firm said its 2024 chips sold out.", "en", []),
    ("Le groupe et ses 2000 salariés attendent.", "fr", [("2000", "people")]),  # French writes counts so
    ("It swung to profit from a RMB 530 million loss.", "en", [("RMB 530 million", "money")]),  # no "a RMB" = 1
    ("The site needs a gigawatt of power.", "en", [("a", "power")]),
])
def test_years_after_an_owner_and_articles_before_amounts(text, lang, expected):
    assert [(c["text"], c["dimension"] if c["dimension"] in ("money", "power") else c["subject"])
            for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,expected", [
    ("三家公司将共同出资建设。", []),  # the three companies already named
    ("该集团的两位创始人各自减持。", []),  # its two founders: a reference through 的
    ("警方宣布，两名男子被捕。", [("两", "arrested")]),  # opens a clause but introduces the two men, counted by their arrest
    ("共有三家企业中标。", [("三", "companies")]),
])
def test_chinese_reference_to_named_companies_or_people(text, expected):
    assert [(c["text"], c["subject"]) for c in _claims(text, "zh")] == expected


@pytest.mark.parametrize("text,expected", [
    ("训练成本可能在 500 万美元到 550 万美元之间。", [("range", 5e6, 5.5e6)]),
    ("部署规模从 2 吉瓦到 8 吉瓦不等。", [("range", 2, 8)]),
    ("成本从500万美元增至550万美元。", [("exact", 5e6, 5e6), ("exact", 5.5e6, 5.5e6)]),  # a change: two values
])
def test_chinese_range_with_the_unit_on_both_ends(text, expected):
    assert [(c["qualifier"], *_bounds(text, c)) for c in _claims(text, "zh")] == expected


def _bounds(text: str, claim: dict) -> tuple[float, float]:
    (q, _, _, _), = [x for x in read_claims(text, "zh") if text[x[0].start:x[0].end] == claim["text"]]
    return q.low, q.high


@pytest.mark.parametrize("text,lang,written", [
    ("公司预计下季营收持平到增长3%。", "zh", "持平到增长3"),
    ("Sales should stay flat or grow by 3% next quarter.", "en", "flat or grow by 3"),
    ("It guided revenue flat to up by as much as 3% on the quarter.", "en", "flat to up by as much as 3"),
    ("Les ventes seront stables à +3 % au prochain trimestre.", "fr", "stables à +3"),
])
def test_flat_to_up_is_a_range_from_zero(text, lang, written):
    found = [c for c in _claims(text, lang) if c["dimension"] == "percent"]
    assert [(c["text"], c["qualifier"]) for c in found] == [(written, "range")]
    (q, _, _, _), = [x for x in read_claims(text, lang) if x[1].dimension == "percent"]
    assert (q.low, q.high) == (0.0, 3.0)
