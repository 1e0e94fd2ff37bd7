"""Classes found on pages about export curbs on a chip, scored unseen (development 22): a percentage of revenue is a
share; one product's computing power as a percentage of another's is a comparison whose pair of models says whose
it is; a number format (FP16) is no product model; a company's shares that fall are its share price, not companies.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, conflicts_of, numeric


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(r["text"], r["subject"]) for r in claim_rows(text) if r["dimension"] == "percent"]


@pytest.mark.parametrize("sentence, expected", [
    ("Last year the region brought in $9 billion, 11% of its total revenue.", [("11%", "share")]),
    ("该地区贡献其全球 12% 营收。", [("12%", "share")]),
    ("La Chine représente 12 % du chiffre d'affaires du groupe.", [("12 %", "share")]),
    ("La région pèse 9 % de son chiffre d'affaires.", [("9 %", "share")]),
    ("Revenue rose 11% in the quarter.", [("11%", "rise")]),  # a change of revenue is no share
])
def test_a_percentage_of_revenue_is_a_share(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The cut-down X30 offers about 20% of the X90's computing power.", [("about 20%", "relative performance")]),
    ("X30的算力只有X90的六成。", [("六成", "relative performance")]),
    ("Le X30 n'offre que 20 % de la puissance de calcul du X90.", [("20 %", "relative performance")]),
    ("Performance improved 20% over the last model.", [("20%", "rise")]),  # a change, not a comparison
])
def test_one_products_power_as_a_share_of_anothers(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


def test_a_companys_shares_that_fall_are_its_share_price() -> None:
    rows = claim_rows("After the filing, the company’s shares declined over 6 per cent in after-hours trading.")
    assert [(r["subject"], r["measure_of"]) for r in rows] == [("fall", "share price")]


def test_a_number_format_is_no_product_model() -> None:
    from helpers.compare.models import model_of

    quote = "The X30 is limited to 15% of the X90 (FP16 at 148 TFLOPS)."
    assert model_of(quote, "15%") == "X90"
    assert model_of("其FP16算力为148 TFLOPS。", "148 TFLOPS") is None


def test_two_pages_comparing_the_same_two_models_conflict(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {
        "a": "Chip news\n\nAnalysts say the X30 has only 70% of the X90's computing power, by industry data.",
        "b": "More chip news\n\nThe X30 is capped at 15% of the X90's computing power, a filing shows.",
    }))
    assert len(found) == 1 and found["severity"].iloc[0] == "high"


def test_comparisons_of_other_models_do_not_conflict(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {
        "a": "Chip news\n\nAnalysts say the X30 has only 70% of the X90's computing power, by industry data.",
        "b": "More chip news\n\nThe Y20 is capped at 15% of the X90's computing power, a filing shows.",
    }))
    assert found.empty


@pytest.mark.parametrize("sentence, expected", [
    ("Curbs could reduce its sales by $6 billion, the maker warned.", [("$6 billion", "lost revenue")]),
    ("It expects a loss in X30 revenue of approximately $3.0 billion.", [("approximately $3.0 billion", "lost revenue")]),
    ("The ban cost the firm $1.5 billion in lost sales.", [("$1.5 billion", "lost revenue")]),
    ("Le groupe évoque un manque à gagner de 12 milliards de dollars.", [("12 milliards de dollars", "lost revenue")]),
    ("Ces restrictions pourraient réduire ses ventes de 6 milliards de dollars.", [("6 milliards de dollars", "lost revenue")]),
    ("The firm posted revenue of $40.2 billion for the quarter.", [("$40.2 billion", "revenue")]),
])
def test_sales_a_company_could_not_make_are_no_revenue(sentence: str, expected: list) -> None:
    assert [(r["text"], r["subject"]) for r in claim_rows(sentence) if r["dimension"] == "money"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("两家芯片製造商获得许可证。", [("两", "companies")]),
    ("三家芯片公司宣布合作。", [("三", "companies")]),
    ("两家芯片厂商表示同意。", [("两", "companies")]),
    ("该厂商采购了5万颗芯片。", [("5万", "chips")]),  # chips counted with their own classifier stay chips
])
def test_a_chinese_noun_before_an_organisation_says_what_it_makes(sentence: str, expected: list) -> None:
    assert [(r["text"], r["subject"]) for r in claim_rows(sentence, "zh")] == expected


def test_one_products_sales_are_not_set_against_the_companys_revenue(tmp_path) -> None:
    found = numeric(conflicts_of(tmp_path, {
        "a": "Results\n\nIn the first quarter, Acme posted revenue of $40.2 billion.",
        "b": "Chip news\n\nIn the first quarter, Acme booked $4.1 billion of X30 sales before the ban.",
    }))
    assert found.empty


@pytest.mark.parametrize("sentence, expected", [
    ("The maker will take a quarterly charge of approximately $2.5 billion.", [("approximately $2.5 billion", "charge")]),
    ("Le groupe a enregistré une charge de 1,5 milliard de dollars.", [("1,5 milliard de dollars", "charge")]),
    ("It booked a $900 million write-down on old stock.", [("$900 million", "charge")]),
    ("He was charged with fraud and paid $5 million.", [("$5 million", "payment")]),  # a legal charge is no expense
    ("Earnings per diluted share were $0.66.", [("$0.66", "earnings per share")]),
    ("另有 15 亿美元订单无法交付。", [("15 亿美元", "lost revenue")]),
    ("Elles devront reverser 15% de leurs revenus à l'État.", [("15%", "share")]),
])
def test_charges_per_share_amounts_and_orders_that_cannot_ship(sentence: str, expected: list) -> None:
    assert [(r["text"], r["subject"]) for r in claim_rows(sentence) if r["dimension"] in ("money", "percent")] == expected


@pytest.mark.parametrize("sentence", [
    "La start-up a entraîné son modèle X1 pour seulement 4 millions de dollars.",
    "Le modèle X1, formé pour seulement 4 millions de dollars, rivalise avec les meilleurs.",
])
def test_a_model_trained_for_an_amount_in_french_is_a_training_cost(sentence: str) -> None:
    assert [r["subject"] for r in claim_rows(sentence, "fr") if r["dimension"] == "money"] == ["training cost"]


def test_a_claim_or_estimate_of_an_amount_points_back_to_its_figure(tmp_path) -> None:
    from corpus_tools import load_pages

    _, claims = load_pages(tmp_path, {"a": "X1\n\nLa start-up a entraîné son modèle X1 pour seulement 4 millions de "
                                           "dollars. La réclamation initiale de 4 millions de dollars a surpris."})
    assert claims["subject"].tolist() == ["training cost", "training cost"]


def test_a_price_per_share_is_no_earnings_per_share() -> None:
    rows = claim_rows("The warrants let it buy 160 million shares at $0.01 per share.")
    assert [r["subject"] for r in rows if r["dimension"] == "money"] == ["share price"]


@pytest.mark.parametrize("sentence, expected", [
    ("其 96GB HBM3 显存和 4TB/s 带宽", [("96GB", "memory", 96.0), ("4TB/s", "bandwidth", 4000.0)]),
    ("La carte offre 24 Go de mémoire.", [("24 Go", "memory", 24.0)]),
    ("The link runs at 900GB/s.", [("900GB/s", "bandwidth", 900.0)]),
])
def test_memory_and_bandwidth_of_a_chip(sentence: str, expected: list) -> None:
    assert [(r["text"], r["subject"], r["value"]) for r in claim_rows(sentence)] == expected


def test_a_title_case_to_is_no_terabyte() -> None:
    assert all(r["subject"] != "memory" for r in claim_rows("Deaths Rise From 12 To 40 In Texas"))
