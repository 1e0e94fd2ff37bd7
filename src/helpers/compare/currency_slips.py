"""One amount given in two currencies with the same digits: a currency slip.

"une valorisation de 13,8 milliards d'euros" against "a $13.8 billion valuation", "80 millions d'euros" against
"$80 million": a conversion at any rate changes the digits, so when two pages give one quantity the same digits in
two currencies, one of them names the wrong currency. The comparability key keeps currencies apart, so these pairs
are never met by the usual comparison; this pass finds them. Whether the two figures are one quantity (same subject,
scope, period, no two owners) is left to the caller, asked about the pair as if both were in one currency.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations

import pandas as pd

from helpers.compare.comparable import sig_digits
from helpers.compare.conversions import usd_value
from helpers.compare.owners import around
from helpers.core.lexicon import alternation
from helpers.extract.scope import is_share_price

#: a bare 元 after a Chinese amount: the yuan, a Taiwan or Hong Kong dollar, or the US dollar a page about the US
#: writes as 元 ("國債已經超過36萬億元" of the US debt), so no currency to set against another
_BARE_YUAN = re.compile(r"(?<![美欧歐港日韓韩台澳加英星新])元$")
_YUAN_NAMED = re.compile(r"人民[币幣]|\byuan\b|\bRMB\b|\bCNY\b", re.I)
#: the yen's and the yuan's one sign: "¥235 billion" on a page about Osaka is yen
_YEN_OR_YUAN = re.compile(r"[¥￥]")
#: key fields that are the currency (unit and currency) and may differ between the two tellings
_CURRENCY_FIELDS = (2, 3)
#: why one amount in two currencies with the same digits is a conflict
SLIP_WHY = ("“{}” and “{}” give the same digits in {} and in {}: a conversion at any rate would change them, so one "
            "source names the wrong currency")


def _key_but_currency(key: str) -> tuple[str, ...]:
    return tuple(f for i, f in enumerate(key.split("\x1f")) if i not in _CURRENCY_FIELDS)


def _currency_named(r: dict) -> bool:
    """Whether the claim's currency is written out: not a bare 元 nor ¥; and not a share price (a share listed in
    Shenzhen and in Hong Kong has two prices: ``data/per_share_words.csv``)."""
    text, quote = str(r.get("text") or ""), str(r.get("quote") or "")
    at = quote.find(text)
    before = quote[max(0, at - 8):at] if at >= 0 else ""
    bare = _BARE_YUAN.search(text) and not _YUAN_NAMED.search(before + text)
    clause = around(r)
    share = is_share_price(clause, "money") or alternation("per_share_words.csv").search(clause[:max(0, clause.find(text))])
    return not (bare or _YEN_OR_YUAN.search(before[-2:] + text) or share)


def _other_currencies(r: dict) -> frozenset[str]:
    """The currencies of the other amounts of the claim's sentence: what it may be converted from ("95,7 milliards de
    wons, équivalant à 65,2 millions d'euros"). Two amounts are a slip only when these are the same: not "€10 billion
    (about $11.7 billion)" against "11,7 milliards d'euros", whose two amounts in euros are compared as usual."""
    return frozenset(r.get("sentence_currencies") or ()) - {r["currency"]}


def _as_other(b: dict, a: dict) -> dict:
    """``b`` written in ``a``'s currency (what is asked of two figures to know whether they are one quantity)."""
    return {**b, "currency": a["currency"], "unit": a["unit"], "key": a["key"]}


def currency_slips(c: pd.DataFrame, one_quantity: Callable[[dict, dict], bool]) -> list[tuple[dict, dict, int, int]]:
    """(a, b, pages giving a's currency, pages giving b's) for each pair of claims of two pages that give the same
    amount, with two or more significant digits, in two currencies written out (of ``data/exchange_rates.csv``),
    with one key but for the currency; ``one_quantity(a, b_as_a)`` says whether they are one quantity."""
    if c.empty or "currency" not in c:
        return []
    money = c[(c["dimension"] == "money") & c["currency"].isin(usd_value()) & (c["qualifier"] != "vague")
              & (c["subject"] != "share price")]
    groups: dict[tuple, list[dict]] = {}
    for r in money.to_dict("records"):
        if sig_digits(r["value"]) >= 2 and _currency_named(r):
            groups.setdefault((f"{r['value']:.9g}", _key_but_currency(r["key"])), []).append(r)
    out = []
    for rows in groups.values():
        pages = {cur: len({r["doc_id"] for r in rows if r["currency"] == cur}) for cur in {r["currency"] for r in rows}}
        if len(pages) < 2:
            continue
        seen: set[tuple[str, str]] = set()
        for a, b in combinations(sorted(rows, key=lambda r: (r["doc_id"], r["start"])), 2):
            pair = tuple(sorted((a["currency"], b["currency"])))
            if a["currency"] != b["currency"] and a["doc_id"] != b["doc_id"] and pair not in seen \
                    and _other_currencies(a) == _other_currencies(b) \
                    and one_quantity(a, _as_other(b, a)):
                seen.add(pair)
                out.append((a, b, pages[a["currency"]], pages[b["currency"]]))
    return out
