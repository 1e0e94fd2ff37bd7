"""Money words the lexicon lacked, orders counted in vehicles, and model numbers, in three languages.

Sentences written for these tests: each class found where a blind corpus's amount was left the bare
subject "money", or its orders were counted as vehicles (development corpora 14-16, 36).
"""
from __future__ import annotations

import pandas as pd
import pytest

from corpus_tools import claim_rows


def _rows(text: str, lang: str = "en") -> pd.DataFrame:
    return pd.DataFrame(claim_rows(text, lang), columns=["text", "subject", "dimension"])


def _subject(text: str, number: str, lang: str = "en") -> str:
    rows = _rows(text, lang)
    hit = rows[rows["text"].str.contains(number, regex=False)]
    assert len(hit) == 1, rows[["text", "subject"]]
    return hit.iloc[0]["subject"]


@pytest.mark.parametrize("text, number, lang, subject", [
    ("The insurer estimated the damages to be 40 million dollars after the storm.", "40 million", "en", "damage"),
    ("The paintings were estimated at a value of $75 million by the auction house.", "$75 million", "en", "value"),
    ("Le butin est estimé à 12 millions d'euros selon le parquet.", "12 millions", "fr", "value"),
    ("The haul was put at $3 million by investigators.", "$3 million", "en", "value"),
    ("The mayor, who earns about $92,000 a year, declined to comment.", "$92,000", "en", "pay"),
    ("The city expects a 1.5 billion euro security bill for the summit.", "1.5 billion", "en", "cost"),
    ("The start-up said the model was built with a $2M rental of GPUs.", "$2M", "en", "cost"),
    ("Le loyer de 14 400 euros a été réglé en une fois.", "14 400", "fr", "cost"),
])
def test_money_words(text: str, number: str, lang: str, subject: str) -> None:
    assert _subject(text, number, lang) == subject


@pytest.mark.parametrize("text, number", [
    ("Its value chain costs 3 billion dollars a year to run.", "3 billion"),  # a chain, not a value
])
def test_value_chain_is_no_value(text: str, number: str) -> None:
    assert _subject(text, number) == "cost"  # what running the chain costs, not a value


@pytest.mark.parametrize("text, number", [
    ("L'État a pris une participation pour 4,2 milliards de dollars, soit 18,35 dollars par action.", "18,35"),
    ("Le titre gagne 1,4 % à 31,06 $ dans les échanges de pré-marché.", "31,06"),
])
def test_french_decimal_share_prices(text: str, number: str) -> None:
    # the decimal comma is no clause break: "par action" after it still makes a share price
    assert _subject(text, number, "fr") == "share price"


@pytest.mark.parametrize("text, number", [
    ("新车发布后三小时，大定突破12万辆。", "12万"),
    ("累計訂單量突破9萬輛，其中超4.1萬單已確認。", "9萬"),
    ("累計訂單量突破9萬輛，其中超4.1萬單已確認。", "4.1萬"),
    ("锁单量突破6万辆。", "6万"),
    ("这款手机首日订单超过30万台。", "30万"),
])
def test_orders_counted_in_vehicles(text: str, number: str) -> None:
    assert _subject(text, number, "zh") == "orders"


@pytest.mark.parametrize("text, number, subject", [
    ("今年比亚迪销量达到427万辆。", "427万", "vehicles"),
    ("订单火爆，该公司上月交付了3.5万辆新车。", "3.5万", "vehicles"),  # orders named in another clause
    ("工厂年产能设计为15万辆。", "15万", "vehicles"),
])
def test_vehicles_stay_vehicles(text: str, number: str, subject: str) -> None:
    assert _subject(text, number, "zh") == subject


@pytest.mark.parametrize("text, lang", [
    ("特斯拉Model 3首日订单18万辆。", "zh"),
    ("La Model 3 de Tesla reste la plus vendue, devant la Série 5.", "fr"),
    ("The Model 3 and the Series 7 lead the segment.", "en"),
])
def test_model_numbers_are_no_counts(text: str, lang: str) -> None:
    rows = _rows(text, lang)
    assert not rows["text"].isin(["3", "5", "7"]).any(), rows[["text", "subject"]]


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Le film a récolté plus de 9.400 millions de yuans en salles.", "9.400", "fr", "box office"),
    ("The movie collected $1.1 billion worldwide.", "$1.1 billion", "en", "box office"),
    ("La fondation a récolté 12 millions d'euros auprès de 8 000 donateurs.", "12 millions", "fr", "donations"),
    ("The sequel has earned $1.3 billion so far.", "$1.3 billion", "en", "revenue"),
    ("The chief executive earned $1.2 million a year.", "$1.2 million", "en", "pay"),
])
def test_money_a_film_collected_and_earned(text: str, number: str, lang: str, subject: str) -> None:
    assert _subject(text, number, lang) == subject
