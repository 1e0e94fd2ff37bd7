"""Results coverage: which figures of a company's quarter are one quantity. Sentences written for this file."""
import helpers
from corpus_tools import load_pages as _load, numeric as _numeric
from helpers.compare.comparable import change_basis, change_start, first_period, segments


def test_results_vocabulary_gives_specific_subjects(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Net income came in at 19.7 billion dollars for the quarter.\n",
        "b": "Le chiffre d’affaires du troisième trimestre a atteint 57,01 milliards de dollars.\n",
        "c": "寒武紀上半年營收28.8億元，歸屬上市公司股東的淨利潤10.38億元。\n",
        "d": "Diluted earnings per share climbed to $1.30, and total assets reached $140 billion.\n",
    })
    got = sorted(zip(claims["doc_id"], claims["value"].round(3), claims["subject"]))
    assert ("a", 19.7e9, "net profit") in got and ("b", 57.01e9, "revenue") in got
    assert ("c", 2.88e9, "revenue") in got and ("c", 1.038e9, "net profit") in got  # each amount its own clause's noun
    assert ("d", 1.3, "earnings per share") in got and ("d", 140e9, "assets") in got


def test_growth_rates_read_their_basis_and_segment():
    assert change_basis("up 15% year-over-year") == {"yoy"} and change_basis("季增22％") == {"qoq"}
    assert change_basis("與上季相比增長7.8%") == {"qoq"} and change_basis("en hausse de 62 % sur un an") == {"yoy"}
    assert change_basis("調整後 EPS：1.30美元") == {"adjusted"}
    assert segments("Gaming revenue reached $3.3 billion") == {"gaming"} and segments("第三季營收季增25%") == set()
    assert first_period("Revenue for the third quarter rose from $45 billion in Q2") == "Q3"
    assert change_start("第三季淨利319.1億美元，較去年同期的193.1億美元年增65%。", "193.1億美元")
    assert change_start("a 62% increase from $35.08 billion in the same period a year earlier", "$35.08 billion")
    assert not change_start("revenue from cloud of $5 billion last quarter", "$5 billion")


def test_one_quarters_figure_told_differently_is_a_conflict_even_about_the_storys_company(tmp_path):
    pages = {f"p{i}": f"Orbex shares move\n\nOrbex shares rose {i + 2}% on a busy day, traders said.\n"
             for i in range(10)}  # Orbex is on every page: not a distinctive name
    pages.update({
        "a": "On Tuesday Orbex said its third-quarter revenue rose 22% from the previous quarter to $57 billion.\n",
        "b": "Au troisième trimestre, le chiffre d'affaires d'Orbex a progressé de 25 % par rapport au trimestre "
             "précédent.\n",
        "c": "Au troisième trimestre, le chiffre d'affaires d'Orbex a progressé de 62 % sur un an.\n",
        "d": "Orbex 第三季資料中心營收季增25%，遊戲營收季增30%。\n",
    })
    docs, claims = _load(tmp_path, pages)
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = {frozenset(p) for p in zip(got["doc_a"], got["doc_b"])}
    assert frozenset("ab") in pairs  # Q3 revenue growth quarter on quarter: 22% vs 25%
    assert frozenset("ac") not in pairs and frozenset("bc") not in pairs  # year on year is another basis
    assert not any("d" in p for p in pairs)  # a segment's growth is not the company's


def test_adjusted_and_reported_figures_and_comparison_bases_are_not_compared(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "寒武紀上半年歸屬上市公司股東的淨利潤10.38億元，扣非淨利潤9.12億元。\n",
        "b": "Orbex a publié un bénéfice net de 10,38 milliards de yuans au premier semestre.\n",
        "c": "第三季淨利319.1億美元，較去年同期的193.1億美元年增65%。\n",
        "d": "Net income for the third quarter came in at $19.7 billion, the company said.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    values = set(got["value_a"]) | set(got["value_b"])
    assert not any(v.startswith("912,000,000") for v in values)  # 扣非 (adjusted) is another measure
    assert not any(v.startswith("19,310,000,000") for v in values)  # last year's figure, the comparison base


def test_a_chinese_currency_name_before_the_number_wins_over_the_bare_yuan(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "淨利潤為人民幣15.17億元（約新台幣66億元），年增43.1%。營收約港币20亿元。\n",
        "b": "公司上半年营收28.8亿元。\n",
    })
    money = claims[claims["dimension"] == "money"]
    assert sorted(zip(money["doc_id"], money["currency"], money["unit"])) == [
        ("a", "CNY", "CNY"), ("a", "HKD", "HKD"), ("a", "TWD", "TWD"), ("b", "CNY", "CNY")]


def test_results_sentences_do_not_bind_numbers_to_the_wrong_thing(tmp_path):
    from helpers.core.numbers import readable

    docs, claims = _load(tmp_path, {
        "a": "Gaming revenue rose 30% to $4.3 billion, driven by GeForce RTX 40- and 50-series graphics cards.\n",
        "b": "Le bénéfice ajusté par action est ressorti à 1,30 dollar, contre 1,25 dollar attendu.\n",
        "c": "Orbex prévoit 65 milliards de dollars de ventes, au-delà des projections des analystes "
             "(61,66 milliards de dollars) et d'un bénéfice par action de 1,43 dollar.\n",
        "d": "Le segment reste le moteur de la croissance, avec 51,2 milliards de revenus, dont 43 milliards "
             "issus des GPU et 8,2 milliards des équipements réseau.\n",
    })
    got = set(zip(claims["doc_id"], claims["value"].round(2), claims["subject"]))
    assert not any(d == "a" and s == "chips" for d, _, s in got)  # 50-series is a product line
    assert ("b", 1.3, "earnings per share") in got and ("c", 1.43, "earnings per share") in got
    assert ("c", 61.66e9, "earnings per share") not in got  # billions are never an amount per share
    assert not any(d == "d" and s == "chips" for d, _, s in got)  # 43 billion from GPUs, not 43 billion GPUs
    assert [readable(x) for x in (1.17e10, 294000.0, 2048, 1.3, "1.5e+09")] == \
        ["11.7 billion", "294,000", "2,048", "1.3", "1.5 billion"]


def test_capacity_and_shipments_other_quarters_and_conversions_are_kept_apart(tmp_path):
    from helpers.compare.comparable import count_measures

    assert count_measures("第3季月產能達到102.28萬片") == {"capacity"}
    assert count_measures("銷售片數與上季相比增長4.6%至249.9萬片") == {"shipments"}
    assert change_start("净利润达到6.83亿元,与去年同期亏损3.03亿元相比,实现大逆转", "3.03亿元")
    docs, claims = _load(tmp_path, {
        "a": "Orbex 第三季財報\n\n產能方面，Orbex第三季月產能達到102.28萬片約當8吋晶圓。第三季營收創新高，第三季毛利率上升。\n",
        "b": "Orbex 第三季法說會\n\n出貨量繼續提升，Orbex銷售片數增長4.6%至249.9萬片。第三季營收創新高，第三季展望樂觀。\n",
        "c": "Orbex 第二季財報\n\n第二季營收創新高，第二季毛利率上升。Orbex的月產能為99.1萬片晶圓。\n",
        "d": "Sur le semestre, son chiffre d’affaires a atteint 2,88 milliards de yuans (environ 403 millions de "
             "dollars), tandis que son bénéfice net a atteint 1,04 milliard de yuans.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    assert got[got["subject"] == "wafers"].empty  # capacity vs shipments; Q3's capacity vs a Q2 page's
    d = claims[claims["doc_id"] == "d"].set_index("text")["subject"].to_dict()
    assert d["environ 403 millions de dollars"] == "revenue"  # the converted amount is the revenue, not net profit


def test_conflict_rows_write_large_amounts_in_words_with_the_currency_first():
    from helpers.compare.conflicts import _shown

    row = {"value_low": 588862000000.0, "value_high": 588862000000.0, "value": 588862000000.0,
           "qualifier": "exact", "unit": "USD", "currency": "USD", "dimension": "money"}
    assert _shown(row) == "USD 588.862 billion"
    assert _shown({**row, "value_low": 1e11, "value_high": 999999999999.0, "value": 1e11,
                   "qualifier": "vague"}) == "USD 100–1,000 billion"
    assert _shown({**row, "value_low": 203.71, "value_high": 203.71, "value": 203.71}) == "USD 203.71"
    assert _shown({**row, "value_low": 4500.0, "value_high": 4500.0, "value": 4500.0, "unit": "MW",
                   "currency": None, "dimension": "power"}) == "4,500 MW"


def test_a_clause_going_on_with_a_plan_is_planned_too(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "据报道，中国计划在沙漠地区建设39座数据中心，使用超过11.5万块芯片。\n",
        "b": "La Chine prévoit de construire 39 centres de données, utilisant plus de 115 000 puces.\n",
        "c": "The company built 12 data centres, using 50,000 chips.\n",
    })
    scope = dict(zip(zip(claims["doc_id"], claims["value"]), claims["scope"]))
    assert scope[("a", 115000.0)] == scope[("b", 115000.0)] == "planned"
    assert scope[("c", 50000.0)] == "reported"


def test_a_bracketed_conversion_no_exchange_rate_explains_is_a_conflict(tmp_path):
    from helpers.compare.conversions import implausible

    assert implausible(1e7, "EUR", 11.7e9, "USD") is not None  # 10 million euros is not $11.7 billion
    assert implausible(588.862e9, "USD", 4.27e12, "CNY") is None and implausible(2.88e9, "CNY", 403e6, "USD") is None
    assert implausible(1.517e9, "CNY", 6.6e9, "TWD") is None and implausible(5.0, "XYZ", 1e9, "USD") is None
    docs, claims = _load(tmp_path, {
        "a": "The round values the firm at a 10-million-euro ($11.7 billion) pre-money valuation.\n",
        "b": "市值蒸发5888.62亿美元(约合人民币4.27万亿元)，创历史纪录。\n",
        "c": "Orbex led a €1.7 billion ($2 bilion) series C round, the company said.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    conv = got[got["why"].str.contains("conversion of", na=False)]
    assert list(conv["doc_a"]) == ["a"] and conv.iloc[0]["severity"] == "high"
    money = claims[claims["doc_id"] == "c"].set_index("text")
    assert money.loc["$2 bilion", "value"] == 2e9 and money.loc["€1.7 billion", "subject"] == "investment"


def test_an_acquisition_price_an_age_at_founding_and_another_years_deal_are_not_this_deal(tmp_path):
    from helpers.compare.comparable import age_at_event

    q = "Now 28, Wang founded Scale at just 19 years old after leaving MIT."
    assert age_at_event(q, "19 years old") and not age_at_event(q, "28")
    assert age_at_event("他19岁时创办了公司", "19岁") and age_at_event("une société fondée à 19 ans", "19 ans")
    docs, claims = _load(tmp_path, {
        "a": "L’investissement de Meta dans Scale AI est le deuxième plus important après l’acquisition de "
             "WhatsApp pour 19 milliards de dollars.\n",
        "b": "On Thursday Meta revealed a $14.3 billion investment in Scale AI for a 49% stake.\n",
        "c": "The startup was founded by 27-year-old Alexandr Wang, who now leads Meta's new lab.\n",
        "d": "Alexandr Wang founded Scale at just 19 years old after leaving MIT.\n",
        "e": "Bilan 2025\n\nEn 2025, Orbex a investi 12 milliards de dollars dans ses usines. En 2025 encore, "
             "Orbex a recruté.\n",
        "f": "En 2019, Orbex avait investi 9 milliards de dollars dans ses usines.\n",
    })
    assert claims.set_index("text").loc["19 milliards de dollars", "subject"] == "acquisition price"
    got = _numeric(helpers.find_conflicts(claims, docs))
    assert got.empty, got[["doc_a", "doc_b", "value_a", "value_b"]]


def test_two_digits_a_power_of_ten_apart_are_one_slipped_figure_only_for_one_named_subject_and_owner(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "On Tuesday, Orbex raised $30 billion in new funding, which more than doubled its valuation to $380 billion.\n",
        "b": "据报道，Orbex 获 G 轮融资，投后估值达 380 亿美元。\n",
        "c": "Within that segment, compute products contributed $43 billion at Orbex this quarter.\n",
        "d": "Les jeux vidéo d'Orbex génèrent 4,3 milliards de dollars grâce aux cartes graphiques.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = {frozenset(p) for p in zip(got["doc_a"], got["doc_b"])}
    ab = got[(got["doc_a"] == "a") & (got["doc_b"] == "b")]
    assert len(ab) == 1 and ab.iloc[0]["severity"] == "high"  # valuation 380 亿 vs $380 billion
    assert frozenset("cd") not in pairs  # $43 billion of compute and 4.3 billion of games share digits by chance


def test_a_model_version_before_a_chinese_noun_and_the_affaires_of_revenue_are_not_counts(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "尽管Meta推出了1.8万亿参数的Llama 4模型，但仍落后于竞争对手。公司推出了4个新模型。\n",
        "b": "Selon le rapport annuel, la justice a ouvert 12 affaires pénales contre la société cette année.\n",
        "c": "La société affiche un chiffre d'affaires de 14 milliards en forte croissance cette année.\n",
    })
    got = set(zip(claims["doc_id"], claims["value"], claims["subject"]))
    assert ("a", 4.0, "models") in got and len([g for g in got if g[0] == "a" and g[2] == "models"]) == 1
    assert not any(d == "c" and s == "cases" for d, v, s in got) and ("b", 12.0, "cases") in got
