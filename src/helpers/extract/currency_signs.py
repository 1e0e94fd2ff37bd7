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


#: how many times at least a page in traditional characters must name a place of the Hong Kong, Taiwan or Macau
#: dollar, more than the mainland, for its bare 元 to be that dollar
YUAN_PLACE_MENTIONS = 2
#: characters written only in traditional or only in simplified Chinese (這/这, 為/为...; not 台, 里, 只, 云, 于, which both
#: write): a page's script
_TRADITIONAL = "這為說國們會時個來與發現後經過對當還進開關點區億約萬錢撥華業門東長見車馬無書學實電體場總員報災損傷農補將風議幣價貿濟動機"  \
    "從幾歲醫務嗎讓給問間應變處頭權產險據灣義隊陽陸隨雖難顯類驗響營線組結統續網緊織複認試請識講證讀護貨費資賽轉輛達運選遠適鄉銀錯鐵閉雙項順預領頻題飛養館騎驚鳥"
_SIMPLIFIED = "这为说国们会时个来与发现后经过对当还进开关点区亿约万钱拨华业门东长见车马无书学实电体场总员报灾损伤农补将风议币价贸济动机"  \
    "从几岁医务吗让给问间应变处头权产险据湾义队阳陆随虽难显类验响营线组结统续网紧织复认试请识讲证读护货费资赛转辆达运选远适乡银错铁闭双项顺预领频题飞养馆骑惊鸟"
#: "1億元（人民幣，下同）": the renminbi named once for every amount after it
_SAME_BELOW = re.compile(r"(?:人民幣|人民币)[，,、]?\s*下同")


@lru_cache(maxsize=1)
def _yuan_places() -> dict[tuple[str, str], re.Pattern[str]]:
    with open(DATA_DIR / "yuan_places.csv", encoding="utf-8", newline="") as fh:
        return {(r["currency"], r["kind"]): re.compile(r["pattern"]) for r in csv.DictReader(fh)}


def _most(counts: dict[str, int], at_least: int) -> str | None:
    """The currency other than CNY counted most, at least ``at_least`` times and more than CNY, alone at the top."""
    mainland = counts.pop("CNY", 0)
    best = max(sorted(counts), key=lambda c: counts[c], default=None)
    return best if best and counts[best] >= at_least and counts[best] > mainland and \
        sum(v == counts[best] for v in counts.values()) == 1 else None


@lru_cache(maxsize=64)
def page_yuan(text: str) -> str | None:
    """The currency of the bare 元 on a page ``text`` (``data/yuan_places.csv``): the Hong Kong, Taiwan or Macau dollar
    when the page writes that dollar out more often than the renminbi, or, in traditional characters, names its
    places at least ``YUAN_PLACE_MENTIONS`` times and more often than the mainland's ("捐款約37億元" on a page about
    Hong Kong); None (the yuan) otherwise: a page in simplified characters on a mainland company listed in Hong Kong,
    or one naming the renminbi "下同" (for every amount after it)."""
    if _SAME_BELOW.search(text):
        return None
    table = _yuan_places()
    got = _most({c: len(rx.findall(text)) for (c, k), rx in table.items() if k == "name"}, 1)
    traditional = sum(text.count(ch) for ch in _TRADITIONAL) > sum(text.count(ch) for ch in _SIMPLIFIED)
    return got or (_most({c: len(rx.findall(text)) for (c, k), rx in table.items() if k == "place"},
                         YUAN_PLACE_MENTIONS) if traditional else None)
