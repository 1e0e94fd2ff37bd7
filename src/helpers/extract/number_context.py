"""What stands around a number and changes how it reads: a sign before it (a change or a loss) and a reference back
to companies, countries or people already named ("the two countries", 两国). Used by :mod:`helpers.extract.quantities`."""
from __future__ import annotations

import re
from functools import lru_cache

#: a percentage written after the number ("27 %", "12%", "3 percent", "4 pour cent")
_PERCENT_AFTER = re.compile(r"\s?(?:[%％]|percent\b|per cent\b|pour\s?cent\b)", re.I)


def signed_percent(text: str, s: int, end: int) -> str | None:
    """The sign written before a percentage change ("+27 %", "-3.5 %", "−12%"): "+" or "-", else None.

    The sign must stand at a word start (after a space, bracket or Chinese text), not after a word or a
    digit ("COVID-19", "10-20%"), and a percentage must follow the number."""
    if not _sign_at(text, s) or not _PERCENT_AFTER.match(text, end):
        return None
    return "+" if text[s - 1] == "+" else "-"


def _sign_at(text: str, s: int, signs: str = "+-−") -> bool:
    """A +/-/− sign just before ``s`` that stands at a word start (not "COVID-19", "10-20")."""
    if s < 1 or text[s - 1] not in signs:
        return False
    before = text[s - 2:s - 1] if s >= 2 else ""
    return not (before and (before.isascii() and (before.isalnum() or before in "-#/_.+") or before.isdigit()))


def negative_amount(text: str, start: int, end: int, currency: bool) -> bool:
    """A minus sign before an amount of money ("-1.27元", "-$0.35", "−3 millions d'euros"), a loss, or before a
    temperature ("-8°C", "−18 °C", and "–15 °C" with an en dash, which before money is more often a dash of prose):
    read as a negative value."""
    from helpers.extract.binding import units

    dash = _sign_at(text, start, "–") and not re.search(r"[\d°℃℉%–]\s*$", text[max(0, start - 8):start - 1])  # ("5°–10°C",
    # "10 – 15 °C": a range)
    if not (_sign_at(text, start) or dash) or text[start - 1] == "+":
        return False
    if currency:
        return not dash
    gap = re.match(r"\s?(?:de\s+|d['’]\s*|of\s+)?", text[end:end + 6])
    u = units()[0].match(text, end + gap.end())
    unit = units()[1].get(u.group(0).lower(), units()[1].get(u.group(0))) if u else None
    return unit is not None and (unit.dimension == "money" and not dash or unit.subject == "temperature")  # (or "-8°C")


#: "flat to up 2%", "持平到增長2%", "stable à +2 %": a guidance range from no change to the number
_FLAT_TO = re.compile(r"(?i)(?:\bflat\s+(?:to|or)\s+(?:up\s+(?:by\s+)?|(?:grow|rise|increase)(?:ing|s)?\s+(?:by\s+)?)?(?:as\s+much\s+as\s+)?"
                      r"|\bstables?\s+(?:à|ou)\s+(?:en\s+hausse\s+de\s+)?|持平(?:到|至|或)(?:增長|增长|成長|成长|上升|微增)?)"
                      r"\s*[+]?$")


def flat_to(text: str, start: int, end: int) -> int | None:
    """Where "flat to up" begins before a percentage ("flat to up 2%": 0 to 2 %), else None."""
    m = _FLAT_TO.search(text, max(0, start - 40), start)
    return m.start() if m and _PERCENT_AFTER.match(text, end) else None


def zh_reference(t: str, start: int) -> bool:
    """两国 (the two countries named), or a lone Chinese numeral before 家/位/名 after 的 ("谷歌的两位创始人", "...的两家人工智能企业"), or opening its
    sentence or clause before the bare generic 家公司 ("三家公司将..."): the companies or people already named
    ("the three companies"), not a count. "两名中国男子被捕" opens a clause but introduces the two men: a count."""
    if t[start + 1:start + 2] in "国國":  # "两国总死亡人数": the two countries named, not a count (nor 三国, the
        return t[start] in "两兩" or "、" not in t[max(0, start - 30):start]  # Three Kingdoms); a list's 五国 counts it
    if t[start + 1:start + 2] not in ("家", "位", "名"):
        return False  # companies and people are named before they are referred to; 两倍, 四年, 三座 count
    before = t[:start].rstrip(" \t")
    if before.endswith("的"):
        return True
    return (not before or before[-1] in "，。；：！？\n「『“（(,;:") and t[start + 1:start + 4] in ("家公司", "家企业", "家企業")


def verb_hedge(number: str) -> int:
    """The length of a hedge that is the verb reaching a number ("now exceeds 100", read as "more than 100"), else 0:
    where the number begins for the words before it."""
    verb = re.match(r"(?i)(?:exceed|surpass)\w*\s+", number)
    return verb.end() if verb else 0


def glued_before(text: str, s: int) -> bool:
    """A digit glued to a word before it: a model name (H100), a footnote (word1), a code."""
    before = text[max(0, s - 1):s]
    from helpers.extract.scale_letters import quake_scale_before

    if quake_scale_before(text, s) or re.search(r"(?i)\bmagnitude-$", text[max(0, s - 10):s]):
        return False  # a quake's magnitude on a named scale: M6.9, Mw 8.8, ML4.5; "the magnitude-7.6 earthquake"
    if before == "/":  # "3/5", "km/h", "A/B1" are glued; a list's "「阿凡達」/29.23億美元" or "(Avatar)/2.9" is not
        return bool(re.match(r"[A-Za-z0-9]", text[max(0, s - 2):s - 1]))
    if re.search(r"[\u3400-\u9fff] ?- ?$", text[max(0, s - 4):s]):
        return True  # a Chinese model's name written with spaces around its hyphen: 苏 - 30 战机, 歼 - 20
    return bool(before) and (before.isascii() and before.isalpha() or before in "-#_.")


#: a character before 近/过/超 that makes it part of another word (附近 nearby, 最近 recently, 不过 but, 接近 close to
#: is a hedge and stays); a character after the magnitude that makes it no amount (万一 in case, 百岁 an age, 百年 a
#: century)
_NOT_HEDGE_BEFORE = re.compile(r"[附最靠临臨邻鄰不]$")
_NOT_AMOUNT_AFTER = re.compile(r"[一岁歲年]")


def zh_round_hedge(t: str, start: int, end: int) -> bool:
    """False when a Chinese hedge on a bare magnitude at ``t[start:end]`` (近百, 过万, 近千) belongs to another word:
    附近百姓 (nearby), 最近百年 (in recent years), 不过万一 (but if), 年过百岁 (an age)."""
    return not (_NOT_HEDGE_BEFORE.search(t, max(0, start - 1), start) or _NOT_AMOUNT_AFTER.match(t, end))


#: a definite article or demonstrative before a spelled-out number of people or things already named
REFERENCE_BEFORE = re.compile(r"(?i)(?<!\bone of )(?<!\bl['’]un )(?<!\bl['’]une )\b(?:the|these|those|both|les|ces|nos|"
                              r"vos|leurs|des|aux)\s+$")  # des/aux: de/à + les ("one of the four hospitals": a set's size, no reference)


def word_reference(text: str, q) -> bool:
    """A small number written in words after "the", "these", "les", before the parties of a relation it names again
    ("between the two countries", "les deux entreprises", ``data/reference_nouns.csv``, after at most two adjectives:
    "les deux premières puissances", "the two Southeast Asian countries"): no count. "The two men", "les neuf objets
    dérobés" are counts, as "the twenty hostages" and "the 20 hostages" are."""
    if not (q.numeric_kind == "words" and q.value < 10 and REFERENCE_BEFORE.search(text, max(0, q.start - 8), q.start)):
        return False
    words = re.findall(r"[^\W\d_]+", text[q.end:q.end + 50].lower())[:3]
    return any(w in _reference_nouns() for w in words)


@lru_cache(maxsize=1)
def _reference_nouns() -> frozenset[str]:
    from helpers.core.lexicon import column_values
    return column_values("reference_nouns.csv", "word")
