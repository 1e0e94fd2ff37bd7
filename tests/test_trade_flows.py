"""Classes found on a trade story the package had never seen (tests/devcorpus82, rare-earth export controls): a
tonnage is the flow its sentence names, a monthly flow is a quantity of its month, a change of one flow for one
month is one quantity, and whole percentages are not roundings of each other. Each sentence is written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric
from helpers.compare.flow_months import months_named
from helpers.extract.claims import read_claims


def _subjects(text: str, lang: str) -> list[str]:
    return [b.subject for _, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("text,lang,subject", [
    ("Exports of gallium stood at 5,104 metric tons in March.", "en", "exports"),
    ("La Chine a exporté 3 188 tonnes d’aimants en juin.", "fr", "exports"),
    ("對美出口量為656噸。", "zh", "exports"),
    ("Imports of copper ore reached 2.1 million tonnes.", "en", "imports"),
    ("The mine's output was 270,000 tonnes last year.", "en", "production"),
    ("The plant emits 3 million tons of CO2 a year.", "en", "weight"),  # no flow named: a weight
])
def test_a_tonnage_is_the_flow_its_sentence_names(text, lang, subject):
    assert _subjects(text, lang) == [subject]


@pytest.mark.parametrize("text,months", [
    ("En mai, les exportations ont chuté, selon les données publiées le 20 juin.", ["M05"]),  # 20 juin: a date
    ("exports fell in September", ["M09"]),
    ("on June 20, 2025", []),
    ("the figure for June 2025", ["M06"]),
    ("7月的出口量", ["M07"]),
    ("6月20日公布", []),
    ("十一月的出口", ["M11"]),
    ("Prices may rise.", []),  # the modal, not the month
])
def test_months_named_not_dates(text, months):
    assert sorted(months_named(text)) == months


def test_two_months_exports_are_two_quantities(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Exports of gallium magnets stood at 5,774 metric tons in September.",
        "b": "Les exportations d’aimants de gallium ont atteint 6 173 tonnes en octobre.",
    }))
    assert found.empty


def test_one_months_fall_told_twice_conflicts(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Data compiled by the Daily Ledger has revealed that gallium magnet exports plummeted 74% year-on-year "
             "in May.",
        "b": "En mai, les exportations d’aimants de gallium ont chuté de 70 % sur un an, selon les douanes.",
    }))
    assert list(found["severity"]) == ["low"]


def test_whole_percentages_are_not_roundings_of_each_other():
    from helpers.compare.ages import written_whole

    whole = {"dimension": "percent", "qualifier": "exact"}
    assert written_whole({**whole, "v": 74.0}, {**whole, "v": 70.0})
    assert not written_whole({**whole, "v": 24.0}, {**whole, "v": 24.3})  # 24 % may round 24.3 %
    assert not written_whole({**whole, "v": 70.0}, {"dimension": "percent", "qualifier": "approx", "v": 74.0})


@pytest.mark.parametrize("text,lang,number", [
    ("Le groupe affiche une croissance de 204,4 %, les ventes de Zorbo représentant à elles seules 6,14 milliards "
     "de yuans.", "fr", "6,14 milliards"),
    ("Zorbo alone brought in 4.8 billion yuan.", "en", "4.8 billion"),
    ("光是Zorbo系列就贡献了48亿元营收。", "zh", "48亿元"),
])
def test_what_one_item_makes_up_by_itself_is_a_part(text, lang, number):
    from corpus_tools import one_row

    assert one_row(text, number, lang)["scope"] == "part"


def test_a_fall_of_exports_to_one_country_is_not_the_fall_of_all_exports(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Gallium magnet exports plummeted 74% year-on-year in May, customs data show.",
        "b": "En mai, les exportations d’aimants de gallium vers les États-Unis ont chuté de 93 % sur un an.",
    }))
    assert found.empty


@pytest.mark.parametrize("text,lang,subject", [
    ("本月初已有三家大陸稀土磁鐵生產商獲得出口許可證。", "zh", "companies"),  # makers of magnets, not magnets
    ("该品牌在海外开设了40家新店。", "zh", "stores"),
    ("Les terres rares, un groupe de 17 éléments aux propriétés magnétiques.", "fr", "elements"),
])
def test_makers_are_companies_and_french_elements_are_glossed(text, lang, subject):
    from corpus_tools import claim_rows

    assert [r["subject"] for r in claim_rows(text, lang)] == [subject]


@pytest.mark.parametrize("subject,quote,label", [
    ("exports", "Shipments stood at 5,774 metric tons in September.", "Sep"),
    ("exports", "大陆对美国的稀土磁铁出口量在7月持续回升，达619噸。", "Jul, United States"),
    ("exports", "Exports reached 353 tons in June, a 660% jump from May.", "Jun"),  # May is compared with
    ("exports", "Exports reached 353 tons in June and 420 tons in July.", ""),  # two months: none said
    ("deaths", "Forty died in June.", ""),  # not a flow
])
def test_a_flows_chart_label_says_its_month_and_destination(subject, quote, label):
    from helpers.compare.flow_months import flow_label

    assert flow_label(subject, quote) == label


def test_a_flows_label_names_the_month_reported_not_the_one_compared_with():
    from helpers.compare.flow_months import flow_label

    assert flow_label("exports", "Magnet exports in September fell 6.1% from August to 5,774 tons.") == "Sep"
    assert flow_label("exports", "9月出口量較8月下降6.1%，至5,774噸。") == "Sep"
