"""A figure given to another quantity, two share prices after one day's move, and figures of another
organisation named on the page. Sentences written for this file."""
import helpers
from corpus_tools import load_pages as _load, numeric as _numeric, pairs as _pairs


def test_hardware_and_operating_costs_are_their_own_subjects(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Analysts put the server investment at about $1.6 billion, while operating costs reach $944 million.\n",
        "b": "Les coûts matériels grimpent à 944 millions de dollars, selon les analystes.\n",
        "c": "该公司的硬件投资约为16亿美元，运营成本为9.44亿美元。\n",
    })
    got = sorted(zip(claims["doc_id"], claims["value"].round(0), claims["subject"]))
    assert ("a", 1.6e9, "hardware cost") in got and ("a", 944e6, "operating cost") in got
    assert ("b", 944e6, "hardware cost") in got
    assert ("c", 1.6e9, "hardware cost") in got and ("c", 944e6, "operating cost") in got


def test_a_figure_one_source_gives_to_another_quantity_is_a_conflict(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Analysts put the server investment at about $1.6 billion, while operating costs reach $944 million.\n",
        "b": "Les coûts matériels grimpent à 944 millions de dollars, selon les analystes.\n",
        "c": "The operating costs reach $944 million a year, the analysts wrote.\n",
        "d": "Hardware spending came to $944 million and operating costs to $1.6 billion, another estimate says.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # b gives a's operating cost as the hardware cost
    row = got[got.apply(lambda r: {r.doc_a, r.doc_b} == {"a", "b"}, axis=1)].iloc[0]
    assert row.severity == "high" and "operating cost" in row.why
    assert frozenset("ac") not in pairs and frozenset("bc") not in pairs  # another subject, or the same figure
    assert frozenset("bd") not in pairs  # d gives both numbers itself: two quantities listed, not one relabelled


def test_two_closing_prices_after_the_same_days_fall_disagree(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Nvidia's stock dropped 17% to close at $118.58.\n",
        "b": "英伟达股价暴跌近17%，收于118.42美元。\n",
        "c": "Nvidia shares rose 3% to $121.10 in a calmer session.\n",
        "d": "英伟达股价盘中一度涨超10%，摸高至121.98美元。\n",
        "e": "At 13:37, Nvidia's share price jumped 9.93% to $121.40.\n",
        "f": "Orbex's stock dropped 17% to close at $18.40.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # one day's 17% fall, two closing prices
    assert not pairs & {frozenset("ac"), frozenset("bc"), frozenset("de"), frozenset("ae")}  # other moves
    assert not any("f" in p for p in pairs)  # another company's fall of the same size


def test_inside_one_page_another_named_models_figure_is_not_a_contradiction(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Zorin trains V3 on a budget\n\nZorin says its V3 model is cheap to train. "
             "The Zorin V3 model, while larger than Llama 4 Maverick, used fewer training tokens at 14.8 trillion. "
             "By contrast, Llama 4 required between 22 and 40 trillion tokens. Zorin declined to comment.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    assert got.empty, got[["value_a", "value_b", "why"]].to_string()


def test_a_headline_crossing_a_figure_its_body_falls_short_of_is_a_contradiction(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "ORBEX double sa valorisation et franchit les 12 milliards d’euros avec une levée de 1,7 milliard\n\n"
             "La société a annoncé ce matin une levée de fonds de 1,7 milliard d’euros, valorisant l’entreprise à "
             "11,7 milliards d’euros. Elle a aussi signé des contrats d’une valeur de 1,4 milliard d’euros.\n",
        "b": "Orbex lève 1,7 milliard d'euros\n\nLa société est valorisée 11,7 milliards d’euros après l’opération.\n",
    })
    got = sorted(zip(claims["doc_id"], claims["text"], claims["subject"], claims["qualifier"]))
    assert ("a", "franchit les 12 milliards d’euros", "value", "more_than") in got  # crossing 12 billion: more than
    assert ("a", "1,7 milliard", "investment", "exact") in got  # "une levée de 1,7": the raise's own noun
    rows = _numeric(helpers.find_conflicts(claims, docs))
    inside = rows[(rows["doc_a"] == "a") & (rows["doc_b"] == "a")]
    assert len(inside) == 1 and inside.iloc[0]["severity"] == "low"  # > 12 billion in the headline, 11.7 below
    assert "11.7 billion" in inside.iloc[0]["value_a"] + inside.iloc[0]["value_b"]  # (not the contracts' 1.4)


def test_a_plan_goes_on_in_a_clause_that_provides_and_up_to_against_more_than_disagree(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "谷歌計劃明年為Orbex部署張量處理器，提供超過1吉瓦的算力。\n",
        "b": "Des capacités, dont la puissance pourra aller jusqu'à 1 gigawatt, pourront être ajoutées dès 2026 pour Orbex.\n",
    })
    gw = claims[claims["subject"] == "power capacity"].set_index("doc_id")
    assert gw.loc["a", "scope"] == "planned" if "scope" in gw else True
    rows = _numeric(helpers.find_conflicts(claims, docs))
    assert _pairs(rows) == {frozenset("ab")} and set(rows["severity"]) == {"low"}


def test_two_scores_of_one_model_named_by_both_clauses_are_compared_and_relative_gains_are_not(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Le modèle K9 d'Orbex a obtenu 44,9 % à l'examen alors que GPT-5 n'a atteint que 33 %.\n",
        "b": "How K9 scored 44.9% on the exam (vs GPT-5's 41.7%), at a tenth of the price.\n",
        "c": "内部测试显示，K9比闭源模型快5倍，准确率高50%。\n",
    })
    rows = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(rows)
    assert frozenset("ab") in pairs  # GPT-5's score: 33 % vs 41.7 %
    assert not any("c" in p for p in pairs)  # "50 % more accurate" names no model in its clause


def test_share_prices_of_one_day_of_the_month_compare_but_a_high_and_a_close_do_not(tmp_path):
    from helpers.compare.prices import days_of_month, price_moments

    assert days_of_month("8月27日，寒武纪最高到1438元/股") == {(8, 27)}
    assert days_of_month("寒武紀今（27）日股價一度衝上1464.98元") == {(0, 27)}
    assert days_of_month("On August 27, 2025 shares closed at $5") == {(8, 27)}
    assert days_of_month("le 27 août, l'action a clôturé à 5 euros") == {(8, 27)}
    assert price_moments("盘中一度冲上1464.98元") == {"high"} and price_moments("closed at $5") == {"close"}
    docs, claims = _load(tmp_path, {
        "a": "8月27日，寒武纪股价再次大涨，最高到1438元/股。\n",
        "b": "寒武紀今（27）日股價一度衝上1464.98元／股，創下新高。\n",
        "c": "寒武紀今（27）日股價收盤報1329.50元／股。\n",
        "d": "寒武纪股价8月26日最高到1401元/股。\n",
    })
    pairs = _pairs(_numeric(helpers.find_conflicts(claims, docs)))
    assert frozenset("ab") in pairs  # two highs of the 27th
    assert not pairs & {frozenset("ac"), frozenset("bc")}  # the day's high is not its close
    assert not any("d" in p for p in pairs)  # the 26th is another day


def test_a_hedge_on_a_precise_figure_admits_rounding_not_another_figure():
    from helpers.compare.comparable import hedged_range

    assert hedged_range({"qualifier": "approx", "v": 14.3e9, "lo": 12.87e9, "hi": 15.73e9}) == (14.2e9, 14.4e9)
    assert hedged_range({"qualifier": "approx", "v": 40.0, "lo": 36.0, "hi": 44.0}) == (36.0, 44.0)  # two digits: ±10 %
    assert hedged_range({"qualifier": "exact", "v": 14.3e9, "lo": 14.3e9, "hi": 14.3e9}) == (14.3e9, 14.3e9)


def test_one_lettered_round_of_one_company_ties_a_tenfold_slip_and_the_amount_binds_to_its_own_noun(tmp_path):
    pages = {f"p{i}": f"Orbex news\n\nOrbex raised $30 billion in new funding, the company said on day {i}.\n"
             for i in range(6)}  # many pages give the amount without naming the round
    pages.update({
        "a": "Orbex 宣布完成 30 亿美元的 G 轮融资，投后估值达到 380 亿美元。\n",
        "b": "Orbex 在 12 日宣布完成 300 亿美元的 G 轮融资。这笔资金使公司的投后估值达到 3,800 亿美元。\n",
        "c": "中心观点：Orbex以380亿美元的估值完成巨额融资。\n",
        "d": "Vexa 宣布完成 3 亿美元的 G 轮融资。\n",
    })
    docs, claims = _load(tmp_path, pages)
    got = sorted(zip(claims["doc_id"], claims["value"], claims["subject"]))
    assert ("b", 30e9, "investment") in got  # the next sentence's valuation is not this sentence's
    assert ("c", 38e9, "value") in got  # "380亿美元的估值": the noun the amount qualifies
    rows = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(rows)
    assert frozenset("ab") in pairs  # Series G: 30 亿 vs 300 亿
    assert not any("d" in p for p in pairs)  # another company's Series G


def test_a_sentence_naming_two_companies_shares_its_owners_with_a_close_figure(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Meta Platforms a finalisé un investissement de 14,8 milliards de dollars pour acquérir 49 % de Scale AI.\n",
        "b": "Meta aurait ainsi investi environ 14,3 milliards de dollars pour acquérir 49 % des parts de Scale AI.\n",
    })
    rows = _numeric(helpers.find_conflicts(claims, docs))
    assert _pairs(rows) == {frozenset("ab")} and set(rows["severity"]) == {"low"}


def test_fabs_and_packaging_plants_are_counted_as_plants_and_building_them_is_a_plan(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex said the investment will fund the construction of three new chip fabrication plants and two "
             "advanced packaging plants.\n",
        "b": "Orbex 宣布将追加投资，用于兴建3座晶圆厂、2座先进封装厂。\n",
        "c": "Orbex 目前已興建3座晶圓廠。\n",
        "d": "Les fonds seront utilisés pour construire cinq nouvelles usines de puces.\n",
    })
    got = {(d, t): (s, sc) for d, t, s, sc in zip(claims["doc_id"], claims["text"], claims["subject"], claims["scope"])}
    assert got[("a", "three")] == ("fabs", "planned") and got[("a", "two")][0] == "packaging plants"
    assert got[("b", "3")] == ("fabs", "planned") and got[("b", "2")][0] == "packaging plants"
    assert got[("c", "3")] == ("fabs", "reported")  # 已興建: already built
    assert got[("d", "cinq")] == ("fabs", "planned")


def test_a_headline_count_far_from_its_body_and_totals_and_construction_jobs(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex 擴大投資 追加1000億美元建五座晶圓廠\n\nOrbex 宣布，將追加投資1000億美元，用於興建三座新晶圓廠、兩座先進封裝廠。\n",
        "b": "With this announcement, Orbex will operate a total of six fabrication plants in the state.\n",
        "c": "Ces installations devraient créer entre 20 000 et 25 000 emplois pour Orbex.\n",
        "d": "Orbex 的投資預計在未來四年為約40,000個營建工作機會提供支持。\n",
    })
    rows = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(rows)
    assert frozenset("a") in pairs  # five fabs in the headline, three in the body
    assert not any("b" in p for p in pairs)  # a total is not the new ones
    assert frozenset("cd") not in pairs  # construction jobs are not the plants' jobs


def test_an_amount_of_goods_is_their_value_and_a_headline_does_not_borrow_the_next_lines_noun(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "$1 Billion of Advanced Orbex Chips Smuggled Abroad, Report Says\nAt least $1 billion worth of "
             "Orbex chips were smuggled.\n",
        "b": "Près de 2 milliards de dollars de puces ont été saisis.\n",
    })
    got = sorted(zip(claims["doc_id"], claims["value"], claims["subject"]))
    assert ("a", 1e9, "value") in got and ("b", 2e9, "value") in got


def test_korean_won_the_long_french_scale_and_operating_profit(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex reported operating profit of 47.21 trillion won for the year.\n",
        "b": "Orbex 全年營業利益達47.2兆韓元（約新台幣1.03兆元）。\n",
        "c": "Le résultat d'exploitation d'Orbex atteint 32,8 billions de wons, soit 47 200 milliards de wons sur l'année.\n",
    })
    got = sorted(zip(claims["doc_id"], claims["value"].round(-9), claims["currency"], claims["subject"]))
    assert ("a", 47.21e12, "KRW", "operating profit") in got
    assert ("b", 47.2e12, "KRW", "operating profit") in got
    assert ("c", 32.8e12, "KRW", "operating profit") in got and ("c", 47.2e12, "KRW", "operating profit") in got


def test_a_precise_figure_cut_short_is_not_a_contradiction():
    from helpers.compare.comparable import rounds_to

    assert rounds_to(19.1e12, 19.17e12) and rounds_to(42.9, 42.95)  # truncated to three digits
    assert rounds_to(6e6, 5.576e6) and not rounds_to(5.5e6, 5.576e6)  # two digits: rounding only


def test_a_pre_market_price_and_an_extended_hours_price_are_two_moments(tmp_path):
    from helpers.compare.prices import price_moments

    assert price_moments("Les actions ont baissé de 1,1 % à 24,53 $ dans les échanges prolongés") == {"after-hours"}
    docs, claims = _load(tmp_path, {
        "a": "Orbex gained about 2% to $24.80 in pre-market trading on August 25.\n",
        "b": "Le 25 août, l'action d'Orbex a reculé à 24,53 $ dans les échanges prolongés.\n",
    })
    assert (claims["subject"] == "share price").sum() == 2
    assert _numeric(helpers.find_conflicts(claims, docs)).empty


def test_review_cases_two_benchmarks_two_years_list_markers_and_a_headline_total_are_not_conflicts(tmp_path):
    pages = {
        "a": "GPT-5 scored 74.9% on SWE-bench Verified.\n",
        "b": "GPT-5 scored 88.4% on GPQA Diamond.\n",  # one model, another benchmark
        "c": "Nvidia (1) shares closed at $125.61.\n",
        "d": "Nvidia (1) shares closed at $181.60.\n",  # "(1)" is a list marker, not a day
        "e": "Orbex to build 6 fabs in Arizona\n\nOrbex will build 2 fabs in Arizona first, the company said.\n",
    }
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    rows = _numeric(helpers.find_conflicts(helpers.extract_claims(docs), docs))
    assert rows.empty, rows[["doc_a", "doc_b", "value_a", "value_b"]].to_string()


def test_a_day_of_the_month_or_a_move_ties_prices_only_in_the_same_week(tmp_path):
    (tmp_path / "MANIFEST.csv").write_text("file,title,published\na.txt,A,2024-08-28\nb.txt,B,2025-08-28\n"
                                           "c.txt,C,2024-08-28\nd.txt,D,2025-03-03\n", encoding="utf-8")
    for name, text in {"a": "On August 27, Nvidia shares closed at $125.61.\n",
                       "b": "On August 27, Nvidia shares closed at $181.60.\n",
                       "c": "Nvidia shares rose 3.5% to close at $120.50.\n",
                       "d": "Nvidia shares rose 3.5% to close at $135.20.\n"}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path)
    assert _numeric(helpers.find_conflicts(helpers.extract_claims(docs), docs)).empty


def test_what_one_product_line_contributed_is_a_part_not_the_total(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "寒武紀上半年營收人民幣28.81億元，年增43倍。\n",
        "b": "寒武紀上半年財報顯示，雲端產品線貢獻人民幣28.7億元營收，占比高達99.6%。\n",
        "c": "The cloud unit contributed $2.87 billion of Orbex's revenue.\n",
    })
    scope = dict(zip(claims["text"], claims["scope"]))
    assert scope["28.7億元"] == "part" and scope["$2.87 billion"] == "part" and scope["28.81億元"] == "reported"
    assert _numeric(helpers.find_conflicts(claims, docs)).empty


def test_a_part_added_into_a_total_is_not_the_total(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "With an additional 171 activists flown home on 6 October 2025, the total number of crew members deported "
             "now stands at 341.\n",
        "b": "Israël a indiqué avoir expulsé 171 militants le 6 octobre 2025.\n",
        "c": "On 6 October 2025, the total number of crew members deported stood at 290.\n",
        "d": "Rescuers found 12 more bodies on 3 May 2025, bringing the death toll to 85.\n",
        "e": "Officials said on 3 May 2025 that 12 people were killed in the storm.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(got)
    assert frozenset("ab") not in pairs  # 171 is the part a's sentence adds into its 341
    assert frozenset("ac") in pairs  # two totals of one day: 341 against 290
    assert frozenset("de") not in pairs  # the 12 found on Friday are a part of the 85

