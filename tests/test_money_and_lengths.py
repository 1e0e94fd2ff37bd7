"""Amounts and lengths written in parts, in sentences written for this file: a second amount that leaves its currency
to the first, gifts and givers, and one length written in several units."""
from __future__ import annotations

import pytest

from helpers.compare.changes import relabelled
from helpers.core.numbers import duration_days
from helpers.extract.claims import read_claims


def _claims(text: str) -> list[tuple[str, str, str, str | None, float]]:
    return [(q.text, b.subject, b.dimension, b.currency, q.value) for q, b, _, _ in read_claims(text, None)]


@pytest.mark.parametrize("sentence, second, currency", [
    ("The museum received 40 million euros from the city, and 25 million from the region.", "25 million", "EUR"),
    ("It raised $12 million in 2022, compared to 9 million a year earlier.", "9 million", "USD"),
    ("La ville a versé 30 millions d'euros, contre 18 millions l'an dernier.", "18 millions", "EUR"),
])
def test_a_second_amount_takes_the_first_amounts_currency(sentence: str, second: str, currency: str) -> None:
    got = {t: (d, c) for t, _, d, c, _ in _claims(sentence)}
    assert got[second] == ("money", currency), got


def test_a_bare_amount_without_a_linking_word_or_with_its_own_noun_is_not_money() -> None:
    got = {t: d for t, _, d, _, _ in _claims("The $3 billion factory will turn out 2.5 million a year.")}
    assert "2.5 million" in got and got["2.5 million"] != "money", got
    got = {t: (s, d) for t, s, d, _, _ in _claims("The fund raised €500 million and 3 million investors signed up.")}
    assert got["3 million"] == ("investors", "count"), got


@pytest.mark.parametrize("sentence, subject", [
    ("The appeal drew $3 million in donations within a week.", "donations"),
    ("Les dons ont atteint 12 millions d'euros.", "donations"),
    ("市民为灾区捐款3000万元。", "donations"),
])
def test_gifts_are_donations(sentence: str, subject: str) -> None:
    assert [s for _, s, d, _, _ in _claims(sentence) if d == "money"] == [subject]


@pytest.mark.parametrize("sentence", [
    "The fund counts 18,000 donors.", "La collecte compte 18 000 donateurs.", "已有2万名捐款人参与。",
])
def test_givers_are_donors(sentence: str) -> None:
    assert [s for _, s, _, _, _ in _claims(sentence)] == ["donors"]


@pytest.mark.parametrize("sentence, value, unit", [
    ("The siege lasted two years, four months and 10 days.", 2 * 365.2425 + 4 * 30.436875 + 10, "days"),
    ("She was underwater for 4 minutes and 12 seconds.", 252, "seconds"),
    ("抢修历时3小时20分钟。", 200, "minutes"),
    ("About 2 hours and 30 minutes later the line reopened.", 150, "minutes"),  # the first part's hedge is the whole's
])
def test_a_length_in_several_units_is_one_duration(sentence: str, value: float, unit: str) -> None:
    durations = [(q.value, b.unit) for q, b, _, _ in read_claims(sentence, None) if b.dimension == "duration"]
    assert len(durations) == 1 and durations[0][0] == pytest.approx(value) and durations[0][1] == unit, durations


@pytest.mark.parametrize("sentence", [
    "Three men were jailed for 10 years, 5 years and 18 months respectively.",  # a list
    "The two players were banned for 2 years and 6 months respectively.",
    "Loans run 3 months and 90 days.",  # 90 days is more than a month: two lengths
])
def test_lists_and_parts_larger_than_a_unit_stay_apart(sentence: str) -> None:
    durations = [q.value for q, b, _, _ in read_claims(sentence, None) if b.dimension == "duration"]
    assert len(durations) >= 2, durations


def test_two_lengths_side_by_side_stay_two() -> None:
    durations = [v for _, _, d, _, v in _claims("It took 2 years and cost 5 years of savings.") if d == "duration"]
    assert durations == [2, 5]


def test_seconds_are_a_day_fraction() -> None:
    assert duration_days()["seconds"] == pytest.approx(1 / 86400)


def _c(doc: str, quote: str, v: float, subject: str, figures: set) -> dict:
    return {"doc_id": doc, "quote": quote, "v": v, "subject": subject, "qualifier": "exact", "dimension": "money",
            "unit": "USD", "figures": figures}


def test_a_part_beside_its_total_is_no_relabel() -> None:
    a = _c("a", "The firm's total investment now stands at $165 billion.", 165e9, "investment",
           {("investment", "money", "USD", 165e9)})
    b = _c("b", "It will invest an additional $100 billion, bringing its total commitment to $165 billion.", 100e9,
           "investment", {("investment", "money", "USD", 100e9), ("commitments", "money", "USD", 165e9)})
    assert relabelled(a, b) == ""
    b["quote"] = "It will invest an additional $100 billion; its commitments are $165 billion."
    assert relabelled(a, b) == "commitments"  # no total named: one source gives the figure to another quantity
    b["quote"] = "Le porte-parole a annoncé 100 milliards de dollars; ses engagements sont de 165 milliards."
    assert relabelled(a, b) == "commitments"  # a spokesman (porte-parole) names no total


@pytest.mark.parametrize("row, said", [
    ({"value": 6e8, "value_low": 2e8, "value_high": 999999999.0, "qualifier": "vague", "currency": "EUR"}, "EUR 200–1,000 million"),
    ({"value": 5e9, "value_low": 3e9, "value_high": 7e9, "qualifier": "range", "currency": "USD"}, "USD 3–7 billion"),
    ({"value": 5000, "value_low": 2000, "value_high": 9999, "qualifier": "vague"}, "2,000–9,999"),
    ({"value": 5e6, "value_low": 1e6, "value_high": 5e9, "qualifier": "range"}, "1,000,000–5,000,000,000"),  # apart
])
def test_a_brief_writes_a_range_in_its_low_ends_magnitude(row: dict, said: str) -> None:
    from helpers.present.brief_findings import amount

    assert amount({"unit": None, "currency": None, **row}) == said


@pytest.mark.parametrize("sentence, value, unit", [
    ("共有1萬3500人參加", 13500, None),  # ten thousands, then four digits
    ("總噸位9萬5000公噸", 95000, "tonnes"),
    ("the 95,000-tonne ship", 95000, "tonnes"),
    ("1万3500亿元", 1.35e12, "CNY"),  # two magnitudes, as before
])
def test_chinese_ten_thousands_then_units_and_tonnes(sentence: str, value: float, unit: str | None) -> None:
    got = [(q.value, b.unit) for q, b, _, _ in read_claims(sentence, None)]
    assert got == [(value, unit)], got
