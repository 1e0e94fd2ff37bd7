"""Conflicts only between claims about the same thing: sentences written for this file."""
from helpers.compare.conflicts import judge


def _c(doc, quote, text, value, subject, dimension="money", qualifier="exact"):
    return {"doc_id": doc, "quote": quote, "text": text, "lo": value, "hi": value, "v": value,
            "subject": subject, "dimension": dimension, "qualifier": qualifier}


def test_two_actors_named_apart_are_two_quantities():
    a = _c("a", "Meta will spend $70 billion on servers this year.", "$70 billion", 70e9, "investment")
    b = _c("b", "Samsung will spend $90 billion on its Texas fabs.", "$90 billion", 90e9, "investment")
    assert judge(a, b) is None


def test_the_same_actor_with_different_amounts_conflicts():
    a = _c("a", "Samsung will spend $70 billion on its Texas fabs.", "$70 billion", 70e9, "investment")
    b = _c("b", "Samsung will spend $90 billion on its Texas fabs.", "$90 billion", 90e9, "investment")
    sev, ratio, why = judge(a, b)
    assert sev == "medium" and round(ratio, 2) == 1.29


def test_percentages_of_nothing_named_are_not_compared_unless_precise_and_close():
    a = _c("a", "La filiale est détenue à 100% par le groupe.", "100%", 100, "percent", "percent")
    b = _c("b", "Le site recycle 90% de son eau.", "90%", 90, "percent", "percent")
    assert judge(a, b) is None
    a = _c("a", "L'action a perdu 16,86% lundi.", "16,86%", 16.86, "percent", "percent")
    b = _c("b", "L'action a perdu 16,97% lundi.", "16,97%", 16.97, "percent", "percent")
    assert judge(a, b) is None  # whose share? nothing says
    a = _c("a", "L'action de Nvidia a perdu 16,86% lundi.", "16,86%", 16.86, "percent", "percent")
    b = _c("b", "L'action de Nvidia a perdu 16,97% lundi.", "16,97%", 16.97, "percent", "percent")
    assert judge(a, b)[0] == "low"


# --------------------------------------------------------------------------- whole-table cases

import pandas as pd  # noqa: E402

import helpers  # noqa: E402
from helpers.compare.comparable import model_near, models  # noqa: E402


def _table(tmp_path, pages: dict[str, str]) -> pd.DataFrame:
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    return helpers.find_conflicts(helpers.extract_claims(docs))


def test_model_names_are_read_in_latin_and_chinese_text_but_not_periods_or_amounts():
    assert [m[2] for m in models("It ordered 2,048 H800 GPUs and 300 Ascend 910B chips, not GPT-4o.")] == \
        ["H800", "910B", "GPT4O"]
    assert [m[2] for m in models("华为计划生产60萬片910C昇騰芯片和H20芯片")] == ["910C", "H20"]
    assert models("In Q3 and H1 2025, about 500B was spent; nearly 300M users; COVID-19; FY2024.") == []
    clause = "Huawei plans 100,000 Ascend 910C chips and 300,000 Ascend 910B chips"
    i = clause.index("300,000")
    assert model_near(clause, i, i + 7) == "910B"


def test_numbers_of_different_product_models_never_conflict(tmp_path):
    got = _table(tmp_path, {
        "a": "Engineers said the Ascend 910C chip has reached a 40% manufacturing yield this spring.\n",
        "b": "Last year the Ascend 910C yield was only 20%, while the older Ascend 910B reached 50%.\n",
    })
    assert got.empty  # 40 and 50 are two models' yields; 40 and 20 two years


def test_two_values_of_one_sentence_are_a_comparison_not_a_contradiction(tmp_path):
    got = _table(tmp_path, {
        "a": "Selon le rapport, les centres de données ont consommé 415 TWh en 2024, "
             "soit 380 TWh hors cryptomonnaies.\n",
    })
    assert got.empty


def test_durations_in_weeks_and_months_compare_when_the_sentences_tell_one_event(tmp_path):
    got = _table(tmp_path, {
        "a": "DeepSeek 的开发人员声称,训练模型使用了 2048 块 Nvidia H800 GPU,耗时三周。\n",
        "b": "The model was trained on 2,048 H800 GPUs for approximately two months.\n",
        "c": "Chips worth $1 billion were smuggled about a month after the new export rules.\n",
        "d": "Over three months, chips worth $1 billion were smuggled into the country.\n",
    })
    rows = got[got["subject"] == "duration"]
    assert len(rows) == 1 and set(rows[["doc_a", "doc_b"]].iloc[0]) == {"a", "b"}
    assert rows.iloc[0]["severity"] == "high"  # 21 days against about 61


def test_amounts_whose_owner_is_not_shared_are_not_compared_unless_precise_and_close(tmp_path):
    got = _table(tmp_path, {
        "a": "Dans son rapport, le groupe de Mark Zuckerberg prévoit entre 66 et 72 milliards de dollars "
             "d'investissements cette année.\n",
        "b": "自那以后,该公司在同一地点又建了两家工厂,总投资达650亿美元。\n",
        "c": "Le titre de Nvidia a perdu 589 milliards de dollars de valeur boursière lundi.\n",
        "d": "Nvidia lost $593 billion in market value on Monday.\n",
    })
    assert not (got["doc_a"].isin(["a", "b"]) & got["doc_b"].isin(["a", "b"])).any()
    assert ((got["doc_a"] == "c") & (got["doc_b"] == "d")).sum() == 1


def test_energy_in_twh_and_gwh_compares_at_one_scale(tmp_path):
    got = _table(tmp_path, {
        "a": "Data centres worldwide used 415 TWh of electricity in 2024, the agency said.\n",
        "b": "Data centres worldwide used 415,000 GWh of electricity in 2024, a report found.\n",
        "c": "Data centres worldwide used 460 TWh of electricity in 2024, the agency said.\n",
    })
    # 415 TWh and 415,000 GWh are one statement (said by two documents); 460 TWh contradicts it
    assert len(got) == 1 and got.iloc[0]["severity"] == "medium"  # 460 / 415 = 1.108
    assert got.iloc[0]["evidence"].endswith("said by 2 and 1 document(s)")


def test_a_phase_of_training_is_a_part_not_the_whole_run(tmp_path):
    got = _table(tmp_path, {
        "a": "DeepSeek V3 的预训练成本约为 530 万美元。\n",
        "b": "DeepSeek V3的训练成本仅为557.6万美元。\n",
    })
    assert got.empty


def test_a_duration_that_dates_something_is_not_compared(tmp_path):
    got = _table(tmp_path, {
        "a": "The cluster of 2,048 GPUs cost around $400M when they built it about two years ago.\n",
        "b": "The team trained the model on 2,048 GPUs for two months.\n",
        "c": "華為在禁令實施三週後開始出貨，當時已有 2,048 片晶片。\n",
    })
    assert got.empty


def test_a_source_giving_both_values_makes_them_compatible_everywhere(tmp_path):
    got = _table(tmp_path, {
        "a": "The agency expects data centres to use 945 TWh in 2030, slightly more than Japan uses today.\n",
        "b": "The agency expects data centres to use 945 TWh in 2030, but 670 TWh in its adverse case.\n",
    })
    assert got.empty


def test_a_generic_subject_inside_one_document_is_two_things(tmp_path):
    got = _table(tmp_path, {
        "a": "Broadcom shares fell 17.4% on Monday.\nMarvell's stock fell 19.1% on the same day.\n",
    })
    assert got.empty


def test_a_plan_and_a_reported_figure_for_the_same_year_are_a_low_discrepancy(tmp_path):
    got = _table(tmp_path, {
        "a": "Huawei plans to produce 100,000 Ascend 910C chips in 2025, the report said.\n",
        "b": "Analysts estimate that Huawei made about 300,000 Ascend 910C chips in 2025.\n",
        "c": "Huawei plans to produce 200,000 Ascend 910C chips in 2026.\n",
    })
    assert len(got) == 1 and (got.iloc[0]["doc_a"], got.iloc[0]["doc_b"]) == ("a", "b")
    assert got.iloc[0]["severity"] == "low" and "planned vs reported" in got.iloc[0]["evidence"]
    assert got.iloc[0]["why"].startswith("A plan and a reported figure for 2025")


def test_a_place_shared_by_two_far_apart_amounts_does_not_make_them_one(tmp_path):
    from helpers.compare.comparable import located_names

    assert located_names("In Arizona, une filiale au Texas et à Phoenix; in 2024") == {"arizona", "texas", "phoenix"}
    got = _table(tmp_path, {
        "a": "TSMC to invest $100B in Arizona semiconductor operations over the decade.\n",
        "b": "Le conseil a approuvé un investissement de 3,5 milliards de dollars pour une filiale en Arizona.\n",
    })
    assert got.empty


def test_two_companies_named_apart_are_two_quantities_even_when_one_is_the_story_s_protagonist(tmp_path):
    pages = {f"p{i}": f"Nvidia said on day {i} that demand for its chips stays strong.\n" for i in range(10)}
    pages |= {
        "a": "当地时间周一,英伟达下跌16.86%,创历史上最大单日个股蒸发规模。\n",
        "b": "ASIC芯片概念股博通周一收跌17.4%,市值蒸發近2000億美元。\n",
        "c": "L'action de Nvidia a dégringolé de 16,97% lundi.\n",
    }
    got = _table(tmp_path, pages)
    pairs = {frozenset((x, y)) for x, y in zip(got["doc_a"], got["doc_b"])}
    assert frozenset(("a", "c")) in pairs  # Nvidia's fall: 16.86% vs 16.97%
    assert not any("b" in p for p in pairs)  # Broadcom's fall is another quantity


def test_over_a_value_and_up_to_it_cannot_both_be_true(tmp_path):
    got = _table(tmp_path, {
        "a": "Google will give Anthropic up to 1 gigawatt of TPU capacity in 2026.\n",
        "b": "Google will give Anthropic over 1 gigawatt of TPU capacity in 2026.\n",
        "c": "Google will give Anthropic about 1 gigawatt of TPU capacity in 2026.\n",
    })
    assert len(got) == 1 and set(got.iloc[0][["doc_a", "doc_b"]]) == {"a", "b"}
    assert got.iloc[0]["severity"] == "low"


def test_a_quantity_named_after_its_unit_needs_a_shared_name(tmp_path):
    got = _table(tmp_path, {
        "a": "Le premier volet porte sur le déploiement d'un 1 GW de processeurs graphiques.\n",
        "b": "Galaxy Digital a signé un contrat de 800 MW avec un exploitant de centres de données.\n",
    })
    assert got.empty


def test_a_figure_written_ten_times_larger_is_a_magnitude_slip(tmp_path):
    got = _table(tmp_path, {
        "a": "中芯財報顯示，第3季營收人民幣171.62億元，年增9.9%。\n",
        "b": "SMIC reported third-quarter revenue of RMB 171.62 billion, up 9.9% year on year.\n",
        "c": "Le groupe SMIC a réalisé un chiffre d'affaires de 2,38 milliards de dollars au troisième trimestre.\n",
        "d": "Le groupe SMIC a réalisé un chiffre d'affaires de 2,21 milliards de dollars au deuxième trimestre.\n",
    })
    slips = got[got["why"].str.contains("magnitude slip")]
    assert len(slips) == 1 and set(slips.iloc[0][["doc_a", "doc_b"]]) == {"a", "b"}
    assert slips.iloc[0]["severity"] == "high" and "1.7162" in slips.iloc[0]["why"]
    assert not ((got["doc_a"] == "c") & (got["doc_b"] == "d")).any()  # Q3 and Q2: two periods


def test_share_prices_compare_only_on_one_named_day(tmp_path):
    got = _table(tmp_path, {
        "a": "寒武紀股價26日收在人民幣1,329元。\n",
        "b": "寒武紀周三股價收在1372.1元。\n",
        "c": "On August 27, 2025, Cambricon shares closed at 1,372.10 yuan.\n",
        "d": "Le 27 août 2025, l'action Cambricon a clôturé à 1 380 yuans.\n",
    })
    pairs = {frozenset((x, y)) for x, y in zip(got["doc_a"], got["doc_b"])}
    assert pairs == {frozenset(("c", "d"))}


def test_close_figures_of_different_things_in_results_text_are_not_conflicts(tmp_path):
    got = _table(tmp_path, {
        "a": "Despite the strong results, inventory reached RMB 2.69 billion at the end of June.\n",
        "b": "The company's cloud product line generated 2.72 billion yuan in the period.\n",
        "c": "Research and development expenses were 15.9% of revenue, the ratio fell sharply.\n",
        "d": "Smartphone-related business contributed 15.8% of revenue, down from a year earlier.\n",
    })
    assert got.empty


def test_a_sentence_that_names_one_period_dates_all_its_figures(tmp_path):
    got = _table(tmp_path, {
        "a": "In the first half, Cambricon's revenue grew 4,347.82% year on year, the company said.\n",
        "b": "Au deuxième trimestre, le chiffre d'affaires de Cambricon a bondi, en hausse de 4 425,01 % sur un an.\n",
    })
    assert got.empty


def test_two_vague_amounts_that_name_different_orders_of_magnitude_disagree(tmp_path):
    got = _table(tmp_path, {
        "a": "The deal is expected to bring AMD hundreds of billions of dollars in revenue, the CFO said.\n",
        "b": "The deal is expected to deliver tens of billions of dollars in revenue for AMD, the CFO said.\n",
        "c": "Analysts said thousands of chips were shipped to the site.\n",
        "d": "Analysts said tens of thousands of chips were shipped to the site.\n",
    })
    rows = got[got["severity"] != "wording"]
    assert len(rows) == 1 and set(rows.iloc[0][["doc_a", "doc_b"]]) == {"a", "b"} and rows.iloc[0]["severity"] == "low"
    assert "orders of magnitude" in rows.iloc[0]["why"]


def test_earnings_per_share_is_not_a_share_price():
    from helpers.compare.comparable import is_share_price

    assert not is_share_price("revenue rose and earnings per share improved to $1.20", "money")
    assert not is_share_price("基本每股收益人民幣0.19元", "money")
    assert is_share_price("the stock closed at $118.42", "money") and is_share_price("股價收在1,329元", "money")


def test_the_brief_and_the_conflict_detector_read_one_list_of_generic_subjects():
    from helpers.compare.conflicts import GENERIC as in_conflicts
    from helpers.present.brief_sources import GENERIC as in_brief, is_generic

    assert in_brief is in_conflicts and {"money", "rise", "share price", "percentage-point change"} <= in_brief
    assert is_generic("Rise") and not is_generic("data centers")
