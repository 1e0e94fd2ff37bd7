"""Claims: the seeds' real numbers with hedges, spans and quotes; every pattern the issue lists,
in English, Chinese and French; and what is not a quantity."""
from __future__ import annotations

import math

import pytest
from conftest import row

import helpers
from helpers.extract.claims import describe, find_quantities, read_claims, subject_of

INF = math.inf


@pytest.fixture(scope="module")
def claims(docs):
    return helpers.extract_claims(docs)


def claim(claims, label, text):
    hit = claims[(claims["label"] == label) & (claims["text"] == text)]
    assert len(hit) >= 1, (label, text, list(claims.loc[claims["label"] == label, "text"]))
    return hit.iloc[0]


def test_seed_data_centre_claims(claims, docs):
    c = claim(claims, "bloomberg", "approximately three dozen")
    assert (c["subject"], c["value"], c["qualifier"]) == ("data centres", 36, "approx")
    assert c["value_low"] == pytest.approx(32.4) and c["value_high"] == pytest.approx(39.6)
    assert row(docs, "bloomberg")["clean_text"][c["start"]:c["end"]] == "approximately three dozen"
    assert c["line"] == 24 and c["quote"].startswith("There are approximately three dozen data centers")
    assert tuple(claim(claims, "summary", "around 40")[["subject", "value", "qualifier"]]) == ("data centres", 40, "approx")
    assert tuple(claim(claims, "lumida", "40")[["subject", "value", "qualifier"]]) == ("data centres", 40, "exact")
    assert tuple(claim(claims, "ytools", "36")[["subject", "value", "qualifier"]]) == ("data centres", 36, "exact")


def test_seed_chip_claims(claims):
    c = claim(claims, "bloomberg", "thousands")
    assert (c["subject"], c["value_low"], c["value_high"], c["qualifier"]) == ("chips", 2000, 9999, "vague")
    c = claim(claims, "summary", "tens of thousands")
    assert (c["subject"], c["value_low"], c["value_high"], c["qualifier"]) == ("chips", 20000, 99999, "vague")
    c = claim(claims, "lumida", "115,000")
    assert (c["subject"], c["value"], c["qualifier"]) == ("chips", 115000, "exact")
    c = claim(claims, "ytools", "more than 115,000")
    assert (c["subject"], c["value_low"], c["value_high"], c["qualifier"], c["is_forecast"]) == \
        ("chips", 115000, INF, "more_than", True)
    assert tuple(claim(claims, "ytools", "100,000+")[["value_low", "qualifier"]]) == (100000, "at_least")
    assert tuple(claim(claims, "ytools", "over 100,000")[["value_low", "qualifier"]]) == (100000, "more_than")


def test_seed_aggregator_claims_incl_chinese(claims):
    assert tuple(claim(claims, "aggregator", "18")[["subject", "value"]]) == ("companies", 18)
    assert tuple(claim(claims, "aggregator", "92")[["subject", "value"]]) == ("projects", 92)
    c = claim(claims, "aggregator", "170B")
    assert (c["subject"], c["value"]) == ("investment", 170e9)
    c = claim(claims, "aggregator", "exceeding 1 trillion yuan")
    assert (c["subject"], c["value_low"], c["currency"], c["qualifier"]) == ("investment", 1e12, "CNY", "more_than")
    c = claim(claims, "aggregator", "at least 15%")
    assert (c["subject"], c["value_low"], c["qualifier"], c["is_forecast"]) == ("percent", 15, "at_least", True)


def test_dates_model_numbers_and_headings_are_not_claims(claims):
    texts = set(claims["text"])
    for not_a_claim in ["2022", "2022-02", "2028", "14", "100", "30", "H100", "One", "one"]:
        assert not_a_claim not in texts, not_a_claim


def one(text, lang=None):
    """The single claim in ``text`` as (text, low, high, qualifier, currency, subject, dimension)."""
    got = read_claims(text, lang)
    assert len(got) == 1, [(q.text, b) for q, b, _, _ in got]
    q, b, _, _ = got[0]
    return (text[q.start:max(q.end, b.end)].strip(), q.low, q.high, q.qualifier, b.currency, b.subject, b.dimension)


@pytest.mark.parametrize("text, expect", [
    ("approximately three dozen data centers", ("approximately three dozen", 32.4, 39.6, "approx", None, "data centres")),
    ("tens of thousands of Nvidia chips", ("tens of thousands", 20000, 99999, "vague", None, "chips")),
    ("100,000+ chips", ("100,000+", 100000, INF, "at_least", None, "chips")),
    ("over 100,000 GPUs", ("over 100,000", 100000, INF, "more_than", None, "chips")),
    ("more than 115,000 chips", ("more than 115,000", 115000, INF, "more_than", None, "chips")),
    ("around 40 data centres", ("around 40", 36, 44, "approx", None, "data centres")),
    ("at least 12 projects", ("at least 12", 12, INF, "at_least", None, "projects")),
    ("nearly 50 firms", ("nearly 50", 45, 50, "approx_below", None, "companies")),
    ("some forty facilities", ("some forty", 36, 44, "approx", None, "facilities")),
    ("between 30 and 40 sites", ("between 30 and 40", 30, 40, "range", None, "facilities")),
    ("China pumps 170B into compute", ("170B", 170e9, 170e9, "exact", None, "investment")),
    ("over 1 trillion yuan of investment", ("over 1 trillion yuan", 1e12, INF, "more_than", "CNY", "investment")),
    ("a $700m deal", ("$700m", 7e8, 7e8, "exact", "USD", "deal value")),
    ("costs fell 15%", ("15%", 15, 15, "exact", None, "fall")),
    ("采购11.5萬顆晶片", ("11.5萬", 115000, 115000, "exact", None, "chips")),
    ("总投资6.8亿元", ("6.8亿元", 6.8e8, 6.8e8, "exact", "CNY", "investment")),
    ("建成数据中心30多座", ("30多", 30, 39, "more_than", None, "data centres")),
    ("签约项目约50个", ("约50", 45, 55, "approx", None, "projects")),
    ("170 milliards de yuans", ("170 milliards de yuans", 170e9, 170e9, "exact", "CNY", "money")),
    ("plus de 40 centres de données", ("plus de 40", 40, INF, "more_than", None, "data centres")),
    ("1000P of computing power", ("1000P", 1000, 1000, "exact", None, "computing power")),
])
def test_quantity_forms(text, expect):
    got = one(text)
    assert got[0] == expect[0] and got[3:6] == expect[3:]
    assert got[1] == pytest.approx(expect[1]) and got[2] == pytest.approx(expect[2])


def test_chinese_companies_and_projects():
    text = "18央企簽92項目,聚焦算力等領域"
    assert [(q.text, subject_of(text, q)) for q in find_quantities(text, "zh")] == [("18", "companies"), ("92", "projects")]


@pytest.mark.parametrize("text", [
    "Nvidia H100 and H20 chips", "the 14th Five-Year Plan", "30-Second TL;DR", "in 2022 and by 2028",
    "+1 212 318 2000", "2022-02",
])
def test_not_quantities(text):
    assert read_claims(text, "en") == []


def test_describe_reads_like_a_hedge():
    assert describe({"value_low": 32.4, "value_high": 39.6, "value": 36, "qualifier": "approx"}) == "≈ 36"
    assert describe({"value_low": 1e5, "value_high": INF, "value": 1e5, "qualifier": "more_than"}) == "> 100,000"
    assert describe({"value_low": 1e4, "value_high": 99999, "value": 1e4, "qualifier": "vague"}) == "10,000–99,999"
    assert describe({"value_low": 12, "value_high": 12, "value": 12, "qualifier": "vague"}) == "≈ 12"  # (une douzaine)


def test_claim_matrix_rows_are_sources(claims, docs):
    m = helpers.claim_matrix(claims, docs, ("data centres", "chips"))
    assert list(m.index) == list(docs["label"])
    assert m.loc["bloomberg", "data centres"] == "≈ 36 (“approximately three dozen”)"
    assert m.loc["ytools", "data centres"] == "36 (“36”)"
    assert m.loc["aggregator", "chips"] == ""


def test_physical_units_are_normalised_so_that_claims_in_different_units_compare():
    got = [(q.value * b.scale, b.unit, b.counted) for q, b, _, _ in read_claims(
        "The agency expects 945 TWh in 2030 against 2,500 MWh today; the campus needs 5 GW, the old one 4,500 MW. "
        "据估计，数据中心用电将达945太瓦时。")]
    assert got == [(9.45e11, "kWh", "TWh"), (2.5e6, "kWh", "MWh"), (5000.0, "MW", "GW"), (4500.0, "MW", "MW"),
                   (9.45e11, "kWh", "太瓦时")]


def test_claims_table_values_are_in_the_normalised_unit(make_corpus):
    docs = helpers.load_corpus(make_corpus({"e.txt": "Power report\n\nThe region used 12 TWh last year, "
                                                     "while the new site draws 300 kW.\n"}))
    c = helpers.extract_claims(docs).set_index("counted")
    assert c.loc["TWh", "value"] == 1.2e10 and c.loc["TWh", "unit"] == "kWh"
    assert c.loc["kW", "value"] == 0.3 and c.loc["kW", "unit"] == "MW"


@pytest.mark.parametrize("sentence, number, expected", [
    # a long Chinese clause before the number's own is no fronted phrase: its 将 (here "links") lends no tense
    ("据报道，该方案将马斯克的薪酬与特斯拉的长期增长目标挂钩，获得超过75%的股东支持。", "超过75%", False),
    ("到2030年，产量将达到500万辆。", "500万辆", True),  # a short fronted phrase still does
    ("新的投资将进一步提升本土产能，创造数千个就业机会。", "数千个", True),  # 创造 goes on with the verb before it
    # a bracketed aside has its own tense (development 103)
    ("Il devra livrer 20 millions de voitures sur dix ans (Tesla en a écoulé 1,7 million en 2024).", "1,7 million", False),
    ("Il devra livrer 20 millions de voitures sur dix ans (Tesla en a écoulé 1,7 million en 2024).", "20 millions", True),
])
def test_a_numbers_tense_is_its_own_clause_or_aside(sentence, number, expected) -> None:
    from helpers.extract.claims import is_forecast

    i = sentence.find(number)
    assert is_forecast(sentence, i, i + len(number)) is expected


@pytest.mark.parametrize("sentence, number, expected", [
    ("国际能源署（IEA）预计，2030年全球电动车销量达到4000万辆。", "4000万辆", True),  # an attribution's tense
    ("Global data centres will consume 945 TWh (about 3% of world demand) by 2030.", "3%", True),  # an aside
    ("The firm will invest €5 billion ($5.8 billion) in the plant.", "$5.8 billion", True),  # with no verb: the
    ("将投资500亿元（约合70亿美元）。", "70亿美元", True),  # clause's tense
])
def test_an_attribution_or_a_verbless_aside_keeps_the_clauses_tense(sentence, number, expected) -> None:
    from helpers.extract.claims import is_forecast

    i = sentence.find(number)
    assert is_forecast(sentence, i, i + len(number)) is expected


@pytest.mark.parametrize("sentence, number, expected", [
    ("经济损失预估逼近9.035兆越南盾(约3.9亿美元)。", "3.9亿美元", False),  # a loss estimated after the fact
    ("公司预估明年营收达50亿元。", "50亿元", True),  # an estimate ahead
    ("僅在2024年10月至2025年1月期間，就向中國運送了400塊GPU。", "400塊", False),  # 至 closing a span of dates
    ("公司计划扩产至2030年达到500万辆。", "500万辆", True),  # 至 a year ahead
])
def test_an_estimated_loss_and_a_span_of_dates_are_no_forecast(sentence, number, expected) -> None:
    from helpers.extract.claims import is_forecast

    i = sentence.find(number)
    assert is_forecast(sentence, i, i + len(number)) is expected


@pytest.mark.parametrize("text, lang, values", [
    ("Les outils ont détecté un pic d'erreurs HTTP 500 et 503 sur le réseau.", "fr", []),  # status codes
    ("加密货币服务出现间歇性\"500内部服务器错误\"页面。", "zh", []),
    ("Les sites affichaient des erreurs 502.", "fr", []),
    ("The firm fixed 500 errors in its code base, it said.", "en", [500]),  # a count of errors stays
    ("系统出现了500个错误。", "zh", [500]),
])
def test_an_http_status_code_is_no_count(text, lang, values) -> None:
    assert [q.value for q, *_ in read_claims(text, lang)] == values
