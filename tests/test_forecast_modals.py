"""What may come is forward-looking in every language: English "could", "may", "might" as French "pourrait" and
Chinese 可能; Chinese 将 before an amount and 的 is the object marker, not "will". Sentences written for these tests
(development 23's classes)."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


@pytest.mark.parametrize("sentence, lang, forecast", [
    ("The campus may cost over $1 trillion.", "en", True),
    ("The site could scale up to five gigawatts.", "en", True),
    ("Le site pourrait atteindre cinq gigawatts.", "fr", True),
    ("该园区的投入可能达到1100亿美元。", "zh", True),
    ("The firm expects capex to be in the range of $60-70 billion.", "en", True),
    ("In May, the firm spent $10 billion.", "en", False),  # the month
    ("It could not raise $5 billion.", "en", False),
    ("The cost may have reached $5 billion.", "en", False),  # a guess about the past
    ("公司将超过270亿美元的债务转给投资者。", "zh", False),  # 将 … 的: the object marker
    ("公司营收将超过100亿美元。", "zh", True),
    # a modal in a relative clause after the number leaves the count as reported
    ("There are about 30 data centres in the desert that may one day hold banned chips.", "en", False),
])
def test_what_may_come_is_forward_looking(sentence: str, lang: str, forecast: bool) -> None:
    rows = [r for r in claim_rows(sentence, lang) if r["dimension"] in ("money", "power") or r["subject"] == "data centres"]
    assert len(rows) == 1 and rows[0]["is_forecast"] is forecast


@pytest.mark.parametrize("sentence, expected", [
    ("The package comprises about $20bn of debt plus $1.2bn of equity financing.", ["debt", "equity"]),
    ("银行将超过200亿美元的债务和约15亿美元的股权注入该公司。", ["debt", "equity"]),
    ("The government took a 10% equity stake worth $8.9 billion.", ["value"]),  # a stake keeps its own subject
])
def test_the_debt_and_equity_of_a_financing(sentence: str, expected: list) -> None:
    assert [r["subject"] for r in claim_rows(sentence) if r["dimension"] == "money"] == expected
