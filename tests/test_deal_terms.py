"""One deal's terms whatever the tense (found on corpora 7, 40, 69-71, 78: a round's amount told as under way in one
source and as raised in another was never compared), a pledge raised to a new total, and one amount converted at two
days' rates. Each page is written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric, value_pairs
from helpers.compare.conversions import converted
from helpers.compare.deal_terms import deal_horizon, revised_total


def test_a_rounds_amount_told_as_planned_and_as_raised_is_compared(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Veltro AI plans to raise €1.9 billion in its Series C round led by Norvik, the company said on Monday.",
        "b": "Veltro AI raised €1.7 billion in its Series C round led by Norvik, the company said on Tuesday.",
    }))
    assert value_pairs(found) == {frozenset(("EUR 1.9 billion", "EUR 1.7 billion"))}
    assert set(found["severity"]) == {"medium"}


def test_a_forecast_of_a_round_stays_apart_from_the_amount_raised(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Analysts expect Veltro AI could raise as much as €2.5 billion in its Series C round led by Norvik.",
        "b": "Veltro AI raised €1.7 billion in its Series C round led by Norvik, the company said on Tuesday.",
    }))
    assert found.empty


def test_a_pledge_raised_to_a_new_total_is_a_later_figure(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Nvidia announced a plan to invest $500 billion in the United States over four years.",
        "b": "Nvidia's new $100 billion takes the company's total investment in the United States to $600 billion.",
    }))
    assert frozenset(("USD 500 billion", "USD 600 billion")) not in value_pairs(found)


def test_one_amount_converted_at_two_days_rates_is_no_conflict(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Korvex plans to invest CNY380 billion ($52.4 billion) in cloud computing over three years.",
        "b": "Korvex prévoit d'investir 380 milliards de yuans (52,9 milliards de dollars) dans le cloud en trois ans.",
    }))
    assert found.empty


@pytest.mark.parametrize("subject,horizon,forecast,expected", [
    ("investment", "future", False, "reported"),  # a pledge's amount is the deal's
    ("investment", "future", True, "future"),  # an analyst's forecast is not
    ("deaths", "future", False, "future"),  # no deal term
    ("funds raised", "earlier", False, "earlier"),
])
def test_deal_horizon(subject, horizon, forecast, expected):
    assert deal_horizon(subject, horizon, forecast) == expected


@pytest.mark.parametrize("quote,text,expected", [
    ("Today's $100 billion takes Apple's total commitment to $600 billion.", "$600 billion", True),
    ("Ce nouvel apport porte son engagement total à 600 milliards de dollars.", "600 milliards de dollars", True),
    ("新增投资使其在美投资总额增至6000亿美元。", "6000亿美元", True),
    ("Apple announced a $500 billion plan.", "$500 billion", False),
])
def test_revised_total(quote, text, expected):
    assert revised_total(quote, text) is expected


@pytest.mark.parametrize("quote,text,expected", [
    ("It plans to invest CNY380 billion ($52.4 billion) over three years.", "$52.4 billion", True),
    ("集資最多約310億港元(約40億美元)。", "約40億美元", True),
    ("It raised $5 billion (a record) last year.", "$5 billion", False),
    ("The fund (worth $5 billion) closed.", "$5 billion", False),
])
def test_converted(quote, text, expected):
    assert converted({"quote": quote, "text": text, "dimension": "money"}) is expected
