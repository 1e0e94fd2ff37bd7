"""Sales of a named product, the class development corpus 44 (Nintendo's Switch 2, scored unseen) found: a product's
name with a digit is no count ("Switch 2 consoles" is not two consoles); the number before it counts the noun after the
name, or units of the product ("3,5 millions de Switch 2"); a bare number after a verb of selling counts units
("the Game Boy sold 610,000"); 臺 counts machines as 台 does; "63万552台" is one number; copies and exemplaires are units
shipped. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, one_row as _row


@pytest.mark.parametrize("text, number, lang, subject, value", [
    ("Nintendo sold 3.5 million Switch 2 consoles in four days.", "3.5 million", "en", "consoles", 3.5e6),
    ("Nintendo a vendu 3,5 millions de Switch 2 en quatre jours.", "3,5 millions", "fr", "units", 3.5e6),
    ("La console avait écoulé 4,2 millions de PS4 à ce stade.", "4,2 millions", "fr", "units", 4.2e6),
    ("At launch the Game Boy sold 610,000 in its first week.", "610,000", "en", "units", 610000),
    ("首周销量为61.1万。", "61.1万", "zh", "units", 611000),
    ("首發四天銷量達350萬臺，刷新紀錄。", "350萬", "zh", "units", 3.5e6),
    ("日本銷售量達140萬2,183台。", "140萬2,183", "zh", "units", 1402183),
    ("累计销量63万552台。", "63万552", "zh", "units", 630552),
])
def test_sales_of_a_named_product(text: str, number: str, lang: str, subject: str, value: float) -> None:
    row = _row(text, number, lang)
    assert (row["subject"], row["value"]) == (subject, value)


@pytest.mark.parametrize("text, lang", [
    ("Retailers said the Switch 2 units shipped fast.", "en"),
    ("Les ventes de la Switch 2 consoles portables.", "fr"),
])
def test_the_digit_of_a_products_name_counts_nothing(text: str, lang: str) -> None:
    assert not any(r["text"] == "2" for r in claim_rows(text, lang))


@pytest.mark.parametrize("text, lang, number", [
    ("Nintendo a écoulé 4,4 millions d’exemplaires en un mois.", "fr", "4,4 millions"),
    ("The game sold 3 million copies worldwide.", "en", "3 million"),
])
def test_copies_are_units_shipped(text: str, lang: str, number: str) -> None:
    assert _row(text, number, lang)["subject"] == "units"


def test_quarters_of_a_year_are_a_duration() -> None:
    row = _row("在三個季度內賣出。", "三", "zh")
    assert (row["dimension"], row["unit"], row["value"]) == ("duration", "quarters", 3)


@pytest.mark.parametrize("text, lang", [
    ("Aux alentours de 09H30 (07H30 GMT), un camion est arrivé.", "fr"),
    ("Le CloudMatrix 384, nommé Atlas 900 A3 SuperPoD, est un système.", "fr"),
])
def test_a_time_or_a_model_name_glued_to_letters_is_no_product_count(text: str, lang: str) -> None:
    assert not any(r["subject"] == "units" for r in claim_rows(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Shops said PlayStation 2 versions of well-known titles sold well.", "en"),
    ("De nouvelles manettes Joy-Con 2 magnétiques arrivent.", "fr"),
])
def test_a_capitalised_name_and_its_digit_count_nothing(text: str, lang: str) -> None:
    assert claim_rows(text, lang) == []


@pytest.mark.parametrize("text, lang, number, subject", [
    ("In Gaza 5 civilians died on Monday.", "en", "5", "deaths"),
    ("Just 2 people survived the crash.", "en", "2", "survivors"),
    ("Three died and Haiti 5 people were hurt.", "en", "5", "injured"),
])
def test_a_place_or_a_hedge_before_a_count_keeps_it(text: str, lang: str, number: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text", ["前几名都与经典产品有关。", "今天是PS5的五周年纪念日。", "这使得Switch 2成爲最大的首发。"])
def test_ranks_anniversaries_and_becoming_are_no_quantities(text: str) -> None:
    assert claim_rows(text, "zh") == []


def test_two_expectations_in_one_page_contradict_nothing(tmp_path) -> None:
    page = ("Switch 2 展望\n\n2025年10月20日\n\n10月初,研究公司Circana曾預測,Switch 2在本財年,也就是截止到2026年3月底,"
            "銷量有望達到1760萬台,相當於在三個季度內追平上一代主機的全年銷量。\n這一數字說明市場看好Switch 2的前景,不過,"
            "任天堂顯然更有信心:據彭博社獲悉,任天堂正在要求供應商繼續提高Switch 2的產量,目標是在本財年結束前出貨2500萬台。\n")
    assert numeric(conflicts_of(tmp_path, {"a": page})).empty  # (a forecaster's figure and the maker's target)


def test_two_reported_counts_in_one_page_still_conflict(tmp_path) -> None:
    page = ("Switch 2 sales\n\nPublished 20 June 2025\n\n"
            "Famitsu said the Switch 2 sold 947,931 consoles in Japan in its first week on sale.\n\n"
            "In its first week on sale in Japan, the Switch 2 sold 940,793 consoles, Famitsu said.\n")
    assert not numeric(conflicts_of(tmp_path, {"a": page})).empty


@pytest.mark.parametrize("text, lang, number, subject", [
    ("Résultat : 200 000 unités du YU7 réservées en seulement trois minutes.", "fr", "200 000", "orders"),
    ("Xiaomi a livré 258 000 exemplaires de la SU7.", "fr", "258 000", "units"),
    ("Elle dépasse les 630 552 PlayStation 2 vendues en 2000.", "fr", "630 552", "units"),  # (a participle, no noun)
    ("初代Switch首週僅爲33萬臺左右。", "zh", "33萬", "units"),  # (左右, a hedge, no noun)
])
def test_units_reserved_are_orders_and_a_participle_or_a_hedge_is_no_noun(text: str, lang: str, number: str,
                                                                          subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


def test_two_products_sales_are_two_quantities(tmp_path) -> None:
    a = ("Record launch\n\nPublished 12 June 2025\n\nNintendo said the console sold 3.5 million units in its first four "
         "days, a record for the company.\n")
    b = ("Sony's pace\n\nPublished 12 June 2025\n\nBy comparison, the PS5 had sold 4.5 million units in its first "
         "seven weeks on sale.\n")
    assert numeric(conflicts_of(tmp_path, {"a": a, "b": b})).empty
