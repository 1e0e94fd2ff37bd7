"""The currency of a sign or code written before an amount ("$", "HK$", "€", "RMB", "JMD$": ``data/currency_signs.csv``).
A code before a dollar sign names its own currency (JMD$, RMB$: CNY); an unknown one ("the NHS$5 million pilot") is the
dollar's. A Chinese currency name before a number whose unit is the bare 元 names its currency ("約新台幣66億元": TWD)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _signs() -> dict[str, str]:
    with open(DATA_DIR / "currency_signs.csv", encoding="utf-8", newline="") as fh:
        return {r["sign"]: r["currency"] for r in csv.DictReader(fh)}


def currency_of_sign(s: str | None) -> str | None:
    """The ISO currency of the sign ``s`` (case and spaces ignored), None for no sign."""
    key = (s or "").strip().lower()
    if not key:
        return None
    return _signs().get(key, "USD" if re.fullmatch(r"[a-z]{3}\$", key) else None)


#: the bare yuan written after a Chinese amount, whose currency a name before the amount may change (新台幣66億元)
BARE_YUAN = ("元", "亿元", "億元", "万元", "萬元")


@lru_cache(maxsize=1)
def _currency_names_before() -> tuple[re.Pattern[str], dict[str, str]]:
    """Chinese currency names (``data/units.csv``, two or more characters: 新台幣, 港币, 美元) that may
    stand before a number whose unit after it is the bare 元 ("約新台幣66億元" is Taiwan dollars)."""
    with open(DATA_DIR / "units.csv", encoding="utf-8", newline="") as fh:
        names = {r["token"]: r["currency"] for r in csv.DictReader(fh)
                 if r["dimension"] == "money" and r["language"] == "zh" and r["currency"] and len(r["token"]) >= 2}
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?:{alt})\s*(?:約|约|近|逾|超過|超过|达|達)?\s*$"), names


def currency_named_before(sentence: str, rel_start: int) -> str | None:
    """The currency a Chinese currency name right before a number gives, else None."""
    rx, names = _currency_names_before()
    m = rx.search(sentence[max(0, rel_start - 8):rel_start])
    if not m:
        return None
    return next((c for t, c in names.items() if m.group(0).startswith(t)), None)


@lru_cache(maxsize=1)
def _sign_pages() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    with open(DATA_DIR / "sign_pages.csv", encoding="utf-8", newline="") as fh:
        return {r["sign"]: (re.compile(r["page"]), re.compile(r["not_page"])) for r in csv.DictReader(fh)}


@lru_cache(maxsize=256)
def page_fits_sign(sign: str, text: str) -> bool:
    """Whether a page ``text`` lets the letter ``sign`` glued to an amount be a currency (``data/sign_pages.csv``: a P
    is the peso on a page that names the Philippines and not the pula); a sign the table does not hold always is."""
    if sign not in _sign_pages():
        return True
    page, not_page = _sign_pages()[sign]
    return bool(page.search(text)) and not not_page.search(text)


#: how many times at least a page must name a place of the Hong Kong, Taiwan or Macau dollar, more than the mainland,
#: for its bare 元 to be that dollar
YUAN_PLACE_MENTIONS = 2


@lru_cache(maxsize=1)
def _yuan_places() -> dict[str, re.Pattern[str]]:
    with open(DATA_DIR / "yuan_places.csv", encoding="utf-8", newline="") as fh:
        return {r["currency"]: re.compile(r["pattern"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=64)
def page_yuan(text: str) -> str | None:
    """The currency of the bare 元 on a page ``text`` that names the places or the dollar of Hong Kong, Taiwan or Macau
    at least ``YUAN_PLACE_MENTIONS`` times and more often than the mainland's (``data/yuan_places.csv``): "捐款約37億元"
    on a page about Hong Kong is in Hong Kong dollars; None (the yuan) otherwise."""
    counts = {c: len(rx.findall(text)) for c, rx in _yuan_places().items()}
    mainland = counts.pop("CNY", 0)
    best = max(sorted(counts), key=lambda c: counts[c], default=None)
    return best if best and counts[best] >= YUAN_PLACE_MENTIONS and counts[best] > mainland and \
        sum(v == counts[best] for v in counts.values()) == 1 else None
