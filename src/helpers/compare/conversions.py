"""An amount and the conversion a source gives of it in brackets that cannot both be right.

"a 10-million-euro ($11.7 billion) valuation", "5888.62亿美元(约合人民币4.27万亿元)": a page often restates
an amount in another currency right after it. When the two disagree by more than any exchange rate of
recent years allows (``data/exchange_rates.csv``: the value of one unit in US dollars, as a range), one
of them is mistyped -- usually a magnitude (million for billion). Such a pair is a conflict inside one
document, at ``high`` severity, with the rate range as its reason.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache

import pandas as pd

from helpers.core.paths import DATA_DIR

#: what may stand between an amount and its bracketed conversion (as the claims extractor reads it)
_BETWEEN = re.compile(r"\s*[（(]\s*(?:约合|約合|约|約|合|近|about|approximately|roughly|around|some|or|environ|soit|"
                      r"près de|quelque)?\s*(?:人民币|人民幣|新台幣|新台币|港币|港幣|美元)?\s*$", re.I)
#: beyond what the rate range allows, this much more (hedged conversions round)
SLACK = 1.25
#: two sources converting one amount at two days' rates differ by this much at most ("CNY380 billion ($52.4 billion)",
#: "380 milliards de yuans (52,5 milliards de dollars)")
RATE_DRIFT = 1.05
#: an amount written right before a bracket (what a conversion restates)
_AMOUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万亿億萬兆](?:[^\d()（）]{0,16})?$")


@lru_cache(maxsize=1)
def usd_value() -> dict[str, tuple[float, float]]:
    """Currency code -> (low, high) value of one unit in US dollars."""
    with open(DATA_DIR / "exchange_rates.csv", encoding="utf-8", newline="") as fh:
        return {r["currency"]: (float(r["usd_low"]), float(r["usd_high"])) for r in csv.DictReader(fh)}


def implausible(a_value: float, a_cur: str, b_value: float, b_cur: str) -> tuple[float, float] | None:
    """The plausible range of ``b_value / a_value`` when it is not met, else None (also when a rate is unknown)."""
    rates = usd_value()
    if a_cur == b_cur or a_cur not in rates or b_cur not in rates or a_value <= 0 or b_value <= 0:
        return None
    (alo, ahi), (blo, bhi) = rates[a_cur], rates[b_cur]
    lo, hi = alo / bhi / SLACK, ahi / blo * SLACK
    ratio = b_value / a_value
    return None if lo <= ratio <= hi else (lo, hi)


def converted(claim: dict) -> bool:
    """Whether an amount of money is given in brackets as the conversion of the amount before it ("CNY380 billion
    ($52.4 billion)", "310億港元(約40億美元)")."""
    quote, text = str(claim.get("quote") or ""), str(claim.get("text") or "")
    at = quote.find(text) if text and claim.get("dimension") == "money" else -1
    if at <= 0:
        return False
    bracket = re.search(r"[（(][^()（）]{0,30}$", quote[:at])
    return bool(bracket and _BETWEEN.fullmatch(quote[bracket.start():at]) and _AMOUNT_BEFORE.search(quote[:bracket.start()].rstrip()))


def _bracketed(claims: pd.DataFrame) -> Iterator[tuple[dict, dict]]:
    """(figure, the figure in brackets right after it, nothing but a hedge between) in each sentence of each page."""
    for (_, quote), g in claims.groupby(["doc_id", "quote"], sort=True):
        rows = g.sort_values("start").to_dict("records")
        for a, b in zip(rows, rows[1:]):
            i, j = quote.find(a["text"]), quote.find(b["text"])
            if i >= 0 and j > i and _BETWEEN.fullmatch(quote[i + len(a["text"]):j]):
                yield a, b


def conversion_pairs(claims: pd.DataFrame) -> list[tuple[dict, dict, tuple[float, float]]]:
    """(amount, its bracketed conversion, plausible ratio range) for every conversion that no rate explains."""
    money = claims[(claims["dimension"] == "money") & claims["currency"].notna()] if len(claims) else claims
    return [(a, b, bad) for a, b in _bracketed(money)
            if (bad := implausible(a["value"], a["currency"], b["value"], b["currency"]))]


#: dimensions whose figures a page restates in another unit in brackets ("10GW（10億瓦）", "145 metres (475 feet)"); a
#: bracket after a count, a percentage or an amount of money often gives another thing (its share, its worth)
_RESTATED = frozenset({"power", "energy", "area", "compute", "model_size", "other", "duration"})


def unit_restatements(claims: pd.DataFrame) -> list[tuple[dict, dict, float]]:
    """(figure, its restatement in brackets in another unit, ratio) for every restatement that gives another value:
    "10GW（10億瓦）" (10 GW against 1 GW, a magnitude lost in translation); "145 metres (475 feet)" agrees. Both must
    be of one dimension and one base unit, the bracket holding nothing but the figure and a hedge."""
    x = claims[claims["dimension"].isin(_RESTATED)] if len(claims) else claims
    pairs = [(a, b) for a, b in _bracketed(x)
             if a["unit"] == b["unit"] and a["dimension"] == b["dimension"] and min(a["value"], b["value"]) > 0]
    return [(a, b, k) for a, b in pairs if (k := max(a["value"], b["value"]) / min(a["value"], b["value"])) > SLACK]
