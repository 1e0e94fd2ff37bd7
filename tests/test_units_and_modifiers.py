"""Volumes, areas and computing power in the units pages write them (gallons, 亿升, 平方英尺, 英亩, teraflops), a singular
noun in -s before the counted noun ("35 gas turbines"), a unit glued to a product's digits, and a name that only
made a figure known. Sentences written for this file."""
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric as _numeric, pairs as _pairs


def _read(text: str) -> list[tuple[str, str, float]]:
    return [(r["subject"], r["dimension"], round(r["value"], 3)) for r in claim_rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("总面积超过 900000 平方英尺，占地88英亩。", [("floor area", "area", 83612.7), ("land area", "area", 356123.68)]),
    ("日处理能力将达到约 4.93 亿升。", [("volume", "other", 493e6)]),
    ("每日的處理能力可達 1,300 萬加侖。", [("volume", "other", 49210353.192)]),
    ("The plant will treat 13 million gallons a day.", [("volume", "other", 49210353.192)]),
    ("each GPU delivering up to 2,000 teraflops of performance", [("computing power", "compute", 2.0)]),
    ("Le supercalculateur atteint 500 pétaflops.", [("computing power", "compute", 500.0)]),
])
def test_volumes_areas_and_computing_power_in_the_units_pages_use(text, expected):
    assert _read(text) == expected


def test_rose_to_and_an_upgrade_are_no_litres():
    assert [r["counted"] for r in claim_rows("营收从3亿元升至5亿元，系统升级了2次。")] == ["元", "元", "次"]


@pytest.mark.parametrize("text, expected", [
    ("The site has 35 gas turbines.", [("gas turbines", 35.0)]),
    ("xAI may operate 15 natural gas turbines.", [("natural gas turbines", 15.0)]),
    ("It cited 12 news outlets.", [("news outlets", 12.0)]),
    ("The site burns 35 gas.", []),  # a singular noun alone counts nothing
])
def test_a_singular_noun_in_s_modifies_the_counted_noun(text, expected):
    assert [(r["subject"], r["value"]) for r in claim_rows(text)] == expected


def test_a_unit_glued_to_a_products_digits_is_no_unit():
    rows = claim_rows("支持11萬個輝達GB200 NVL72 GPU，每張配96GB記憶體。")
    assert [(r["dimension"], r["value"]) for r in rows] == [("count", 110000.0), ("other", 96.0)]
    assert rows[1]["unit"] == "GB"


def test_who_published_a_figure_may_own_it(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Quarterly revenue reported by Nvidia on Wednesday was $39.3 billion, the company said.\n",
        "b": "Nvidia's quarterly revenue was $35.1 billion, the company said.\n",
    }))
    assert frozenset("ab") in _pairs(got)  # "reported by Nvidia" names the owner, not a mere source


@pytest.mark.parametrize("text, expected", [
    ("Huawei reportedly acquired two million Ascend 910 AI chips from TSMC.", [("chips", 2e6)]),
    ("华为获得了多达两百万个Ascend 910 AI芯片块。", [("chips", 2e6)]),
    ("收购数百万个Ascend 910B和Ascend 910C芯片。", [("chips", 2e6)]),
    ("The airline ordered 100 Boeing 787 jets.", [("aircraft", 100.0)]),
    ("推动Matrix 384超节点应用。", []),  # a model's number before a product noun
    ("le système de calcul d'IA CloudMatrix 384 lors de son lancement", []),  # a CamelCase product and its number
    ("Les estimations pour 2025 et 2026 incluent les dies en stock.", []),  # two years, not a count
    ("发现来自台积电的零件。", []),  # 零件 are parts, not zero of them
])
def test_a_models_number_is_part_of_its_name_never_a_count(text, expected):
    assert [(r["subject"], r["value"]) for r in claim_rows(text)] == expected


@pytest.mark.parametrize("text, qualifier", [
    ("Output will be at or below 200,000 chips next year.", "at_most"),
    ("Huawei will make at most 200,000 chips.", "at_most"),
    ("Ils vendront au plus 300 000 puces.", "at_most"),
    ("Shipments will be at or above 500,000 chips.", "at_least"),
])
def test_a_ceiling_or_a_floor_as_officials_write_it(text, qualifier):
    assert [r["qualifier"] for r in claim_rows(text)] == [qualifier]


@pytest.mark.parametrize("text, noun, subject", [
    ("采用 13000 个膜模块。", "膜模块", "modules"),
    ("相当于16 个足球场大小。", "足球场", "football fields"),
    ("回答了21个问题。", "问题", "questions"),
])
def test_a_chinese_noun_the_lexicon_does_not_know_keeps_its_head(text, noun, subject):
    # counted keeps the noun as written with its head; the subject is its English gloss (extract.glosses)
    assert [(r["counted"], r["subject"]) for r in claim_rows(text)] == [(noun, subject)]


@pytest.mark.parametrize("text, expected", [
    ("该公司收入200亿升一成。", [("revenue", 2e10), ("percent", 10.0)]),  # 升 before a number: rose
    ("The new runway 4,000 metres long opens in May.", [("length", 4000.0)]),
    ("They boarded the flight 30 minutes late.", [("delay", 30.0)]),  # how late, not how long
    ("It was one of the 737 MAX jets grounded after the crash.", []),
    ("土耳其航空宣布采购波音225架飞机。", [("aircraft", 225.0)]),
    ("本届航展共有150型飞机参展。", [("aircraft", 150.0)]),
])
def test_review_lookalikes_of_units_and_labels(text, expected):
    assert [(r["subject"], r["value"]) for r in claim_rows(text)] == expected


def test_two_ferries_with_the_same_passengers_are_not_one_deal(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "2025-01-10\nBali ferry\n\nThe ferry sank carrying 65 passengers and 14 crew.\n",
        "b": "2025-10-12\nCongo ferry\n\nThe boat capsized carrying 65 passengers and 9 crew.\n",
    }))
    assert got.empty
