"""Number words and forms read beside the digit formats of :mod:`helpers.extract.quantities`:

- French "un"/"mille" before a magnitude ("plus d'un milliard", "mille milliards"; "un billion" is
  1e12 in French) and "un" before a unit of power, energy, area or compute ("un gigawatt");
- a bare magnitude before a size or power unit ("a trillion-parameter model");
- Chinese tenths as percentages ("三成" 30 %, "九成半" 95 %);
- Chinese compound magnitudes ("4兆1300億" 4.13e12, "1万3500亿" 1.35e12, "3亿5000万" 3.5e8);
- fractions ("a third of", "three-quarters of", "la moitié", "三分之一", "一半").
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.quantities import _NUMWORD, Quantity, _hedge_before, _mag, _qualify, value_range, zh_value

#: tenths: "三成" (30 %), "九成半" (95 %); not 成 starting a word (成员 members, 成本 cost, 成为 become ...)
_TENTHS = re.compile(r"(?<![\d一二三四五六七八九十百千万萬亿億])(?P<num>[一二两兩三四五六七八九]|十|[1-9])[ \u00a0]?成(?P<half>半)?"
                     r"(?![员員本立为為爲功果熟长長交都型就绩績品分效了年人])")


#: a number with a larger magnitude, then a number with a smaller one: "4兆1300億", "1万3500亿", "3亿5000万"
_COMPOUND = re.compile(r"(?<![\d.,])(?P<a>\d+(?:\.\d+)?)\s?(?P<big>万|萬|兆|亿|億)\s?(?P<b>\d{1,4}(?:\.\d+)?)\s?"
                       r"(?P<small>亿|億|万|萬)(?!亿|億)")
#: ten thousands then units, four digits ("1万3500人" 13,500): not "1万350" (ambiguous) nor "1万3500亿" (above)
_TEN_THOUSANDS = re.compile(r"(?<![\d.,])(?P<a>\d{1,4})\s?(?:万|萬)\s?(?P<b>\d,\d{3}|\d{2,4})(?![\d.,]|\s?(?:万|萬|亿|億|兆))")
#: ten thousands then thousands ("3萬5千人" 35,000), hundred millions then ten millions ("1億2千萬" 120 million)
_THOUSANDS = re.compile(r"(?<![\d.,])(?P<a>\d{1,4})\s?(?P<big>万|萬|亿|億)\s?(?P<b>\d)\s?(?P<small>千万|千萬|千)(?![\d万萬亿億])")
_BIG = {("万", "亿"): 1e12, ("萬", "億"): 1e12, ("兆", "億"): 1e12, ("兆", "亿"): 1e12,
        ("亿", "万"): 1e8, ("億", "萬"): 1e8}


def compounds(t: str, text: str, taken: bytearray, found: list[Quantity]) -> None:
    """"4兆1300億" (4.13e12), "1万3500亿" (1.35e12), "3亿5000万" (3.5e8): two Chinese magnitudes, one number;
    "1万3500" (13,500), "9萬5000公噸" (95,000), "63万552台" (630,552), "140萬2,183台" (1,402,183): ten thousands, then
    the units below them (two digits or more: a lone "1万3" is said for 13,000 and left alone); "3萬5千" (35,000)."""
    for m in list(_COMPOUND.finditer(t)) + list(_TEN_THOUSANDS.finditer(t)) + list(_THOUSANDS.finditer(t)):
        if m.re is _TEN_THOUSANDS:
            big, small = 1e4, 1.0
        elif m.re is _THOUSANDS:  # (3萬5千; a 千万 after 亿 only, a 千 after 万 only)
            big, small = (1e4, 1e3) if m.group("big") in "万萬" and m.group("small") == "千" else \
                (1e8, 1e7) if m.group("big") in "亿億" and m.group("small") != "千" else (None, 1.0)
        else:
            big = _BIG.get((m.group("big"), m.group("small")))
            small = 1e8 if m.group("small") in "亿億" else 1e4
        if big is None or any(taken[m.start():m.end()]):
            continue
        v = float(m.group("a")) * big + float(m.group("b").replace(",", "")) * small
        hedge, hs = _hedge_before(t, m.start())
        more = t[m.end():m.end() + 1] if t[m.end():m.end() + 1] in ("多", "余", "餘") else None  # (3萬5千多人)
        q, end = _qualify(hedge, more), m.end() + (1 if more else 0)
        found.append(Quantity(hs, end, text[hs:end].strip(), v, *value_range(v, q), q, None, None, "digits"))
        taken[hs:end] = b"\x01" * (end - hs)


def tenths(t: str, text: str, taken: bytearray, found: list[Quantity]) -> None:
    """"三成" 30 %, "九成半" 95 %: a count of tenths is a percentage (unit "percent" on the quantity)."""
    for m in _TENTHS.finditer(t):
        v = (zh_value(m.group("num")) if not m.group("num").isdigit() else float(m.group("num"))) * 10 + \
            (5 if m.group("half") else 0)
        hedge, hs = _hedge_before(t, m.start())
        q = _qualify(hedge, None)
        if not any(taken[hs:m.end()]):
            found.append(Quantity(hs, m.end(), text[hs:m.end()].strip(), v, *value_range(v, q), q, None, "percent",
                                  "digits"))
            taken[hs:m.end()] = b"\x01" * (m.end() - hs)


_SOLE = re.compile(r"(?i)\b(?:only|just)\s+$")  # before "one", a count ("only one person survived"; not "a single")
#: a verb of killing or hurting before "one", or a person and a fate after it: one of a toll ("killing one person",
#: "one person died in Hai Duong", "one death"; not "one of the most powerful storms", "one day")
_KILLING_BEFORE = re.compile(r"(?i)\b(?:killing|killed|kills|injuring|injured|leaving|left)\s+$")
_ALL_BUT = re.compile(r"(?i)\b(?:all but|except|save for|but)\s+$")  # "all but one person died": the others
_ONE_FATE = re.compile(r"(?i)\s+(?:(?:more\s+)?(?:person|man|woman|child|boy|girl|resident|tourist|worker|soldier)\b[^.;:!?]{0,30}?"
                       r"\b(?:died|dies|was killed|has died|had died|drowned|perished|was injured|is missing|went missing|"
                       r"was found dead|remains missing|lost (?:his|her|their) li(?:fe|ves))\b|death\b|fatality\b|dead\b)")
#: French "un"/"une" before a fate: one dead, one hurt ("a fait un mort", "une personne a été tuée"; not "classé comme
#: un décès", a kind)
_UN_FATE = re.compile(r"(?i)(?<![A-Za-zÀ-ÿ])(?<!comme )(?<!d['’])(?:un|une)(?=\s+(?:mort|morte|décès|blessée?|disparue?|victime)\b|\s+personne\s+"
                      r"(?:a\s+été\s+tuée|est\s+morte|est\s+décédée|a\s+péri|a\s+perdu\s+la\s+vie|a\s+été\s+blessée|est\s+portée\s+disparue))")


def one_counts(t: str, start: int, end: int) -> bool:
    """"one" at ``t[start:end]`` is a count: after "only" ("only one person survived"), after a verb of killing
    ("killing one person") or before a person and a fate ("one person died"), or before "death" ("one death")."""
    return bool(_SOLE.search(t, max(0, start - 12), start) or _KILLING_BEFORE.search(t, max(0, start - 12), start)
                or _ONE_FATE.match(t, end) and not re.search(r"(?i)\b(?:as|like)\s+$", t[max(0, start - 6):start])
                and not _ALL_BUT.search(t, max(0, start - 12), start))


def french_ones(t: str, lang: str, add) -> None:
    """French article or "mille" before a magnitude ("plus d'un milliard", "mille milliards" 1e12, "le milliard
    d'euros" 1e9; in
    French "un billion" is 1e12) and "un" before a unit of power, energy, area or compute ("un gigawatt")."""
    for m in re.finditer(r"(?i)(?<![A-Za-zÀ-ÿ])(?P<num>un|une|mille)\s+(?P<mag>millions?|milliards?|billions?)\b"
                         r"|(?<![A-Za-zÀ-ÿ])(?P<the>le|du|au)\s+(?P<mag1>million|milliard)(?=\s+d(?:e\s|['’]))", t):
        if m.group("the"):  # "dépassé le milliard d'euros", "la barre du milliard de recettes": one billion
            if lang == "fr":
                hedge, hs = _hedge_before(t, m.start())
                q = _qualify(hedge, None)
                v = _mag(m.group("mag1").lower())
                add(hs, m.end(), v, *value_range(v, q), q, None, "words")
            continue
        mag = m.group("mag").lower().rstrip("s")
        if mag == "billion" and (lang != "fr" or m.group("num").lower() == "mille"):
            continue
        v = (1e12 if mag == "billion" else _mag(mag)) * (1000 if m.group("num").lower() == "mille" else 1)
        hedge, hs = _hedge_before(t, m.start())
        q = _qualify(hedge, None)
        add(hs, m.end(), v, *value_range(v, q), q, None, "words")
    if lang != "fr":
        return
    for m in _UN_FATE.finditer(t):  # "le typhon a fait un mort", "une personne a été tuée": one of a toll
        add(m.start(), m.end(), 1.0, 1.0, 1.0, "exact", None, "words")
    for m in re.finditer(r"(?i)(?<!pas )(?<!ni )(?<![A-Za-zÀ-ÿ])(?:un|une)(?=\s+seule?\s+(?!fois\b)[A-Za-zÀ-ÿ])", t):  # "un seul passager a
        add(m.start(), m.end(), 1.0, 1.0, 1.0, "exact", None, "words")  # survécu": one, a count
    from helpers.extract.binding import units

    for m in re.finditer(r"(?i)(?<![A-Za-zÀ-ÿ])(?:un|une)(?=\s+[A-Za-zÀ-ÿ])", t):
        u = units()[0].match(t, m.end() + 1)
        if not u or len(u.group(0)) < 3 or re.match(r"[A-Za-zÀ-ÿ]", t[u.end():u.end() + 1]):
            continue
        if units()[1].get(u.group(0).lower(), units()[1].get(u.group(0))).dimension in ("power", "energy", "compute",
                                                                                           "area"):
            hedge, hs = _hedge_before(t, m.start())
            q = _qualify(hedge, None)
            add(hs, m.end(), 1.0, *value_range(1.0, q), q, None, "words")


def bare_magnitudes(t: str, add) -> None:
    """A magnitude word with no number before a unit of size, power, energy or compute is one of it
    ("a trillion-parameter model", "Trillion parameters"); money stays vague ("billion-dollar", vague.csv)."""
    from helpers.extract.binding import units

    for m in re.finditer(r"(?i)(?<![\w.,$€£¥-])(?:thousand|million|billion|trillion)(?=[\s-])", t):
        if re.search(rf"(?i)(?:\d|\b(?:{_NUMWORD}|un|une|several|few|many|multi))[\s-]*$", t[max(0, m.start() - 12):m.start()]):
            continue
        u = units()[0].match(t, m.end() + 1)
        if not u or len(u.group(0)) < 3 or re.match(r"[A-Za-zÀ-ÿ]", t[u.end():u.end() + 1]):
            continue
        if units()[1].get(u.group(0).lower(), units()[1].get(u.group(0))).dimension in ("model_size", "power", "energy",
                                                                                           "compute"):
            v = _mag(m.group(0))
            add(m.start(), m.end(), v, v, v, "exact", None, "words")


#: fractions: a numerator word and a denominator ("a third of", "two-thirds of", "three quarters of", "un tiers des",
#: "la moitié", "三分之一", "一半"); "the third of March", "first quarter", "un tiers" (a third party) are none
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                 "tenth": 10, "tenths": 10, "moitié": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5,
                 "cinquièmes": 5, "dixième": 10, "dixièmes": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "un": 1, "une": 1, "deux": 2, "trois": 3,
               "quatre": 4, "la": 1}
_FRACTION = re.compile(r"(?i)(?<![A-Za-zÀ-ÿ])(?:(?P<n>an?|one|two|three|four|un|une|deux|trois|quatre|la)[\s-]+|"
                       r"(?<!first )(?<!second )(?<!1st )(?<!2nd )(?=half\s+of\b))"
                       r"(?P<d>half|halves|thirds?|quarters?|fifths?|tenths?|moitié|tiers|quarts?|cinquièmes?|dixièmes?)"
                       r"(?=\s+(?:of|de|des|du|d['’])\b|\s*(?:[,;.)]|$)|(?<=moitié)\b)"
                       r"(?!\s+(?:of\s+(?:an?\s+)?(?:hour|minute|second|mile|point|inch|century)|d['’]heure|de (?:seconde|minute|point|siècle)))")
_FRACTION_ZH = re.compile(r"(?P<d>[二两兩三四五六七八九十])分之(?P<n>[一二三四五六七八九])|(?P<half>一半|半数|半數)")


def fractions(t: str, text: str, taken: bytearray, found: list[Quantity]) -> None:
    """"a third of" (0.333), "three-quarters of", "la moitié", "三分之一", "一半": a fraction (unit "fraction" on the
    quantity), not a count of three; "half a million" is read before, as 500,000."""
    spans = []
    for m in _FRACTION.finditer(t):
        n, d = _NUMERATORS[(m.group("n") or "one").lower()], _DENOMINATORS[m.group("d").lower()]
        if ((m.group("n") or "").lower() == "la") != (d == 2 and m.group("d").lower() == "moitié") or n >= d:
            continue  # "la" goes with moitié only; "two halves", "four quarters" are wholes
        spans.append((m.start(), m.end(), n / d))
    for m in _FRACTION_ZH.finditer(t):
        v = 0.5 if m.group("half") else zh_value(m.group("n")) / zh_value(m.group("d"))
        if v < 1:
            spans.append((m.start(), m.end(), v))
    for s, e, v in spans:
        hedge, hs = _hedge_before(t, s)
        q = _qualify(hedge, None)
        if not any(taken[hs:e]):
            found.append(Quantity(hs, e, text[hs:e].strip(), v, *value_range(v, q), q, None, "fraction", "words"))
            taken[hs:e] = b"\x01" * (e - hs)


@lru_cache(maxsize=1)
def _multiple_words() -> tuple[tuple[str, re.Pattern[str], float, str | None], ...]:
    with open(DATA_DIR / "multiple_words.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["language"], re.compile(r["pattern"], re.I), float(r["value"]), r["qualifier"] or None)
                     for r in csv.DictReader(fh))


def multiple_words(t: str, text: str, lang: str, taken: bytearray, found: list[Quantity]) -> None:
    """A multiple written as a word ("profit more than doubled", "nearly triple that of", "a plus que doublé", "翻倍":
    ``data/multiple_words.csv``): a quantity of unit "times" (2, 3, 4), its hedge before it or in its phrase."""
    for language, rx, value, qualifier in _multiple_words():
        if language != lang:
            continue
        for m in rx.finditer(t):
            hedge, hs = (None, m.start()) if qualifier else _hedge_before(t, m.start())
            q = qualifier or _qualify(hedge, None)
            if not any(taken[hs:m.end()]):
                found.append(Quantity(hs, m.end(), text[hs:m.end()].strip(), value, *value_range(value, q), q, None,
                                      "times", "words"))
                taken[hs:m.end()] = b"\x01" * (m.end() - hs)
