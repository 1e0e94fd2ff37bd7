"""Reading numbers: digits in every common format, number words, Chinese numerals, magnitudes, vague amounts and hedges,
with non-quantities rejected by kind. ``find_quantities(text, lang)`` returns :class:`Quantity` spans (value range and
qualifier); what each one counts is bound afterwards (:mod:`helpers.extract.binding`). Formats read:

- thousands with commas ("115,000"), dots ("1.000.000", "294.000 dollars"), spaces in French ("2 048") or narrow/no-break
  spaces anywhere; decimal comma ("5,6 millions"); a currency before ("$", "US$", "JMD$", "€", "RMB");
- magnitudes: thousand/million/billion/trillion, bn/mn/k/m/b glued, milliard(s), million(s), Milliarde(n), Mrd, Mio,
  millones, mil millones, 万/亿/万亿 (also "30多万");
- Chinese numerals ("一．六億", "五千萬", "四十三"), full-width digits;
- vague amounts with their natural range (``data/vague.csv``), hedges before (``data/hedges.csv``) and after (+, 多, 以上);
- ranges ("30-40", "between 30 and 40", "30 à 40", "30至40"); French "un"/"mille" + magnitude, bare magnitudes, Chinese
  tenths (三成) in :mod:`helpers.extract.number_words`.

Non-quantities (``data/non_quantities.csv``: timestamps, dates, years after a time word, ordinals, footnote and list
markers, versions, labels such as "Speaker 2", product names, phone numbers, ages, "one of") are masked before reading.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from helpers.core.literals import fold, may_match
from helpers.core.lexicon import alternation
from helpers.core.paths import DATA_DIR
from helpers.extract.currency_signs import currency_of_sign as _cur
from helpers.extract.hedging import _hedge_before, hedges  # noqa: F401  _hedge_before re-exported
from helpers.extract.numerals import FR_COMPOUND, FR_CONTINUE, FR_HYPHENATED, compound_value, word_value  # noqa: F401  word_value re-exported
from helpers.extract.number_context import (flat_to, glued_before as _glued_before, negative_amount, signed_percent,
                                            zh_round_hedge)
from helpers.extract.scale_letters import not_a_magnitude, spaced_magnitude

APPROX = 0.10
#: languages writing a decimal comma and dot (or space) thousands: "5,6 millions", "2.900 milliards"
COMMA_DECIMAL = ("fr", "de", "es", "it", "pt", "nl")

#: magnitude words after a number (lower case; single letters only when glued to the digits)
MAGNITUDES = {"thousand": 1e3, "thousands": 1e3, "mille": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6,
              "mn": 1e6, "m": 1e6, "mio": 1e6, "mio.": 1e6, "millionen": 1e6, "millones": 1e6, "millón": 1e6,
              "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9,
              "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "mil millones": 1e9, "md": 1e9, "mds": 1e9,
              "trillion": 1e12, "tn": 1e12, "g": 1e9, "bilion": 1e9, "milion": 1e6, "trilion": 1e12,  # (typos as printed)
              "mln": 1e6, "bln": 1e9, "trln": 1e12,  # (wire copy: "300 mln U.S. dollars")
              "百万": 1e6, "百萬": 1e6, "千万": 1e7, "千萬": 1e7, "千亿": 1e11, "千億": 1e11, "百亿": 1e10, "百億": 1e10, "万亿": 1e12, "萬億": 1e12, "兆": 1e12, "亿": 1e8, "億": 1e8, "万": 1e4, "萬": 1e4,
              "千": 1e3, "dozen": 12, "hundred": 100, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
_MAG_RX = (r"(?:[\s-]?(?:mds?|m|g|k)(?=\s?[€$£])|[\s-]?(?:mil millones|thousand|million|billions?|trillions?|crores?|lakhs?|bilion|milion|trilion|milliards?|milliarden?|millions?|millionen|"
           r"millones|millón|mille|mrd\.?|mio\.?|mln|bln|trln)(?![A-Za-zÀ-ÿ])|(?:bn|mn|tn|[kmb])(?![A-Za-z])|\s?(?:万亿|萬億|千亿|千億|百亿|百億|百万|百萬|千万|千萬|亿|億|万|萬|千|兆(?=美元|元|台幣|新台幣|日圓|日元|韓元|韩元|韓圜|港元|港幣|港币|歐元|欧元|英鎊|英镑|盧比|卢比|尼泊爾盧比|尼泊尔卢比|澳元|加元|新台币|台币|台幣)))")
_CUR_PRE = r"(?:US\$|HK\$|NT\$|(?<![A-Za-z])(?:[A-Z]{3}|NZ|J)\$|(?<![A-Za-z])[ACST]\$|\$(?:US|AU|NZ|CA|HK|SG|A|C|S)(?=\s?\d)|\$|¥|€|£|₩|₹|(?<![A-Za-zÀ-ÿ])(?:RMB|CNY|USD|EUR|KRW|JPY|GBP|INR|CHF)\s?|(?<![A-Za-zÀ-ÿ])Rs\.?\s?(?=\d)|₱|(?<![\w.])(?-i:P)(?=\d{1,3}(?:,\d{3})+(?!,?\d)|\d+(?:\.\d+)?\s?(?:million|billion|trillion)\b))"
# (not the "eur" of "facteur"; the Philippine press's "P600 million", "P6,765,661", not a model's "P20")
_PER = re.compile(r"(?i)(?:\bper|\d\s*pour)\s+$")  # before the "cent" of a percentage (not "vendu pour cent euros")
_SP = "\u00a0\u202f\u2009"
_DIGITS = (rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:,\d+)?|\d{{1,3}}(?:[{_SP}]\d{{3}})+(?:,\d+)?"
           r"|\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?(?!\d)"  # Swiss thousands: "10'000 bâtiments", "14’500 hectares"
           r"|\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?")
_NUMWORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|"
            r"eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|one|a|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|"
            r"vingt|trente|quarante|cinquante|cent|another)")
_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
_ZH_SMALL = {"十": 10, "百": 100, "千": 1000}
#: 廿 and 卅, twenty and thirty (廿點七公里 20.7 km), only at a numeral's start (五卅 is a name)
_ZH_TENS = {"廿": "二十", "卅": "三十"}
_ZH_NUM = re.compile(r"(?:(?<![零〇一二两兩三四五六七八九十百千])[廿卅][一二三四五六七八九]?|[零〇一二两兩三四五六七八九十百千]+)"
                     r"(?:[.．点點][零〇一二三四五六七八九]+)?(?:万亿|萬億|[万萬亿億])?"
                     r"(?:[零〇一二两兩三四五六七八九十百千]+(?:[万萬])?)?")
_FULLWIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": "."})

#: a cheap test before reading a text: digits, numerals, number and magnitude words, "a" + unit, the stems of the
#: multiples written as words (``data/multiple_words.csv``: doubl, tripl, quadrupl, 翻; a new stem there goes here too)
_MAY_HAVE_NUMBER = re.compile(
    r"\d|[０-９一二两兩三四五六七八九十百千万萬亿億廿卅]|[数數几幾][家名座位项項台颗顆个個]|dozen|thousand|hundred|illion|illiard|half|aine|millier|doubl|tripl|quadrupl|翻|"
    r"\b(?:an?|une?)\s+(?:giga|méga|mega|kilo|tera|téra|peta|exa|month|year|week|day|hour|square|hectare|acre|seule?\b|"
    r"mort|décès|bless|dispar|victime|personne)|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cent|des|plusieurs|dozens|scores|thirds?|quarters?|fifths?|tenths?|moitié|tiers|"
    r"quarts?)\b", re.I)  # ("sept minutes": every word the readers know, or a sentence whose only number is one is never read)


@dataclass(frozen=True)
class Quantity:
    """One quantity found in text, with its value range and qualifier."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    qualifier: str
    currency: str | None
    unit: str | None
    numeric_kind: str  # digits | words | vague


@lru_cache(maxsize=1)
def vague_table() -> tuple[re.Pattern[str], dict[str, tuple[float, float]]]:
    """Vague amounts ("thousands", "des milliers", "数万") with their natural ranges."""
    with open(DATA_DIR / "vague.csv", encoding="utf-8", newline="") as fh:
        table = {r["phrase"].lower(): (float(r["low"]), float(r["high"])) for r in csv.DictReader(fh)}
    alts = "|".join(re.escape(v) for v in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9À-ÿ])(?P<vague>{alts})(?![A-Za-zÀ-ÿ]|[万萬亿億千百])", re.I), table  # (逾百万: not 逾百)


@lru_cache(maxsize=1)
def change_rx() -> re.Pattern[str]:
    """Words of change before a French "de X à Y" (``data/change_markers.csv``): two values, not a range."""
    return alternation("change_markers.csv", flags=0)


@lru_cache(maxsize=1)
def non_quantity_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, regex) of every non-quantity in ``data/non_quantities.csv``."""
    with open(DATA_DIR / "non_quantities.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["kind"], re.compile(r["pattern"])) for r in csv.DictReader(fh))


def non_quantities(text: str) -> list[tuple[int, int, str]]:
    """Spans of ``text`` that look like numbers but are not quantities, with their kind.

    A pattern is scanned only when ``text`` holds one of the literals its matches need."""
    folded = fold(text)
    return [(m.start(), m.end(), kind) for kind, rx in non_quantity_patterns() if may_match(rx, text, folded)
            for m in rx.finditer(text) if m.end() > m.start()]


@lru_cache(maxsize=1)
def _number_rx() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<cur>{_CUR_PRE})?(?<!\d)(?<!\d[.,])(?P<num>{_DIGITS})(?P<plus>\+)?(?P<more1>多|余|餘(?!震))?(?P<mag>{_MAG_RX})?"
        r"(?:(?<=[亿億])(?P<num2>\d{1,4})(?P<mag2>千万|千萬|万|萬))?"  # "1億6000萬": one number, 160 million
        r"(?:\s?[%％](?=\s*(?:-|–|—|to|à|au|至|到|~|～)\s*\d[\d.,]*\s?[%％]))?"  # "15%至20%", "10 % à 12 %": the unit on both ends
        rf"(?:\s*(?:-|–|—|to|à|au|至|到|~|～)\s*(?P<cur_b>{_CUR_PRE})?(?P<num_b>{_DIGITS})(?P<mag_b>{_MAG_RX})?"
        r"(?![\d.,]*[-–]\d))?"  # ("from $200 billion to $250-275 billion": the second value is itself a range)
        r"(?P<more>多|余|餘(?!震)|以上|左右|\+)?", re.I)


@lru_cache(maxsize=1)
def _between_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:between|entre|介于|介於)\s*(?P<cur>{_CUR_PRE})?(?<!\d)(?<!\d[.,])(?P<num>{_DIGITS})(?P<mag>{_MAG_RX})?"
                      r"(?:\s?[%％](?=\s*(?:and|to|et|à|和|与|與|-|–)\s*\d[\d.,]*\s?[%％]))?"  # "between 18% and 20%"
                      r"(?:\s?(?P<u1>[A-Za-zµ]{1,3})(?=\s*(?:and|to|et|à|-|–)\s*\d))?"  # "between 25cm to 45cm": one unit
                      rf"\s*(?:and|to|et|à|和|与|與|-|–)\s*(?P<cur_b>{_CUR_PRE})?(?P<num_b>{_DIGITS})(?P<mag_b>{_MAG_RX})?(?(u1)(?=\s?(?P=u1)\b))", re.I)


def parse_digits(s: str, lang: str = "en", magnitude: bool = False) -> float:
    """The value of a digit string in any common format ("115,000", "5,6", "1.000.000",
    "2 048"); a single dot before exactly three digits is a thousands mark outside English
    when no magnitude word follows ("294.000 dollars")."""
    s = re.sub(rf"[ {_SP}'’]", "", s)
    comma_decimal = lang in COMMA_DECIMAL
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s) or comma_decimal and re.fullmatch(r"\d{1,3}\.\d{3}(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))  # "1.000.000"; French "2.900 milliards"
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", s) or not comma_decimal and re.fullmatch(r"\d{1,3},\d{3}(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    if comma_decimal and re.fullmatch(r"\d{1,3},\d00", s):
        return float(s.replace(",", ""))  # "2,400 milliards": a decimal is never padded to "00" (2,4), an English mark
    if "," in s:
        return float(s.replace(",", "."))  # decimal comma ("5,6", French "5,576 millions")
    if lang != "en" and not magnitude and re.fullmatch(r"\d{1,3}\.\d{3}", s):
        return float(s.replace(".", ""))
    return float(s)


def zh_value(s: str) -> float:
    """The value of a Chinese numeral ("一．六億" 1.6e8, "五千萬" 5e7, "四十三" 43)."""
    s = s.replace("．", ".").replace("点", ".").replace("點", ".")
    if s[:1] in _ZH_TENS:
        s = _ZH_TENS[s[0]] + s[1:]
    for mag, m in (("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4)):
        if mag in s:
            i = s.index(mag)
            hi, lo = s[:i], s[i + 1:]
            return (zh_value(hi) if hi else 1.0) * m + (zh_value(lo) if lo else 0.0)
    if "." in s:
        a, b = s.split(".", 1)
        return (zh_value(a) if a else 0.0) + float("0." + "".join(str(_ZH_DIGIT[c]) for c in b if c in _ZH_DIGIT))
    if len(s) > 1 and all(c in _ZH_DIGIT for c in s):
        return float("".join(str(_ZH_DIGIT[c]) for c in s))
    total, num = 0.0, 0
    for ch in s:
        if ch in _ZH_DIGIT:
            num = _ZH_DIGIT[ch]
        elif ch in _ZH_SMALL:
            total += (num or 1) * _ZH_SMALL[ch]
            num = 0
    return total + num


def value_range(value: float, qualifier: str) -> tuple[float, float]:
    """The range a hedge allows around ``value``."""
    if qualifier == "approx":
        return value * (1 - APPROX), value * (1 + APPROX)
    if qualifier == "approx_below":
        return value * (1 - APPROX), value
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier in ("at_most", "less_than"):
        return 0.0, value
    return value, value


def _qualify(hedge: str | None, suffix: str | None) -> str:
    if suffix in ("+", "以上"):
        return "at_least"
    if suffix in ("多", "余", "餘"):
        return "more_than"
    if suffix in ("左右", "来", "來"):
        return "approx"  # (五百来颗: about five hundred)
    return hedges()[1].get((hedge or "").lower(), "exact") if hedge else "exact"


#: the long scale of French: "32,8 billions de wons", "un billion de paramètres" are 1e12 (an English "billion" 1e9), "un
#: trillion" 1e18, read as written: an English "trillion" left in a French page shows as the slip it is
FRENCH_MAGNITUDES = {"billion": 1e12, "billions": 1e12, "trillion": 1e18, "trillions": 1e18}


def _mag(text: str | None, lang: str = "en") -> float:
    word = (text or "").strip().lstrip("-").strip().lower()  # "671-billion"
    return FRENCH_MAGNITUDES[word] if lang == "fr" and word in FRENCH_MAGNITUDES else MAGNITUDES.get(word, 1.0)


def _mask(text: str) -> bytearray:
    from helpers.extract.temporal import find_temporal

    taken = bytearray(len(text) + 1)
    spans = [(x.start, x.end) for x in find_temporal(text) if not re.fullmatch(r"\d{4}", text[x.start:x.end])]
    spans += [(s, e) for s, e, _ in non_quantities(text)]  # a bare "2048" is judged by what follows it
    for s, e in spans:
        taken[s:e] = b"\x01" * (e - s)
    return taken


def find_quantities(text: str, lang: str = "en") -> list[Quantity]:
    """Every quantity in ``text`` (non-quantities excluded), sorted by position, never overlapping.

    ``lang`` is the text's main language ("en", "fr", "zh", ...): it decides how "294.000" and "2 048" read. Units and
    counted nouns are bound afterwards (:func:`helpers.extract.binding.bind`)."""
    from helpers.extract.number_words import (bare_magnitudes, compounds, fractions, french_ones, multiple_words, one_counts,
                                              tenths)

    if not _MAY_HAVE_NUMBER.search(text):
        return []
    t = text.translate(_FULLWIDTH)
    taken = _mask(t)
    found: list[Quantity] = []

    def add(s: int, e: int, v: float, lo: float, hi: float, q: str, cur: str | None, kind: str) -> None:
        if not any(taken[s:e]):
            if math.isfinite(v) and math.isfinite(lo):  # a run of 400 digits overflows: no quantity, nor a part of it
                found.append(Quantity(s, e, text[s:e].strip(), v, lo, hi, q, cur, None, kind))
            taken[s:e] = b"\x01" * (e - s)

    for s, e, v, lo, hi, q, kind in _vague(t, taken):
        add(s, e, v, lo, hi, q, None, kind)
    for m in _between_rx().finditer(t):
        try:
            mag = _mag(m.group("mag_b"))
            a = parse_digits(m.group("num"), lang, bool(m.group("mag_b")))
            b = parse_digits(m.group("num_b"), lang, bool(m.group("mag_b")))
            # "3 to 5 billion": the magnitude is shared; "$489,000 and $4 million": it is not
            a, b = a * (_mag(m.group("mag")) if m.group("mag") else mag if a < b else 1.0), b * mag
        except ValueError:
            continue
        peso = m.group("cur") == "P"  # ("between P1 million and P2 million")
        if a < b and (peso or not _glued_before(t, m.start("num"))):
            add(m.start(), m.end(), (a + b) / 2, a, b, "range", _cur(m.group("cur") or m.group("cur_b")), "digits")
    tenths(t, text, taken, found)  # before digits: "逾 4 成" is 40 %, not a bare 4
    fractions(t, text, taken, found)  # before number words: "three-quarters of" is 0.75, not 3
    multiple_words(t, text, lang, taken, found)  # ("nearly doubled", "翻倍": a multiple of 2)
    compounds(t, text, taken, found)  # "4兆1300億": one number, not a 4 and a 1300億
    pos = 0
    while (m := _number_rx().search(t, pos)) is not None:
        n = len(found)
        _digits(t, m, lang, add)
        # a rejected first number ("Q2 to 1,022,750": Q2 is a name) leaves the second one to be read
        pos = m.start("num_b") if len(found) == n and m.group("num_b") and not any(taken[m.start("num_b"):m.end()]) \
            else max(m.end(), pos + 1)
    from helpers.extract.zh_numerals import zh_numerals

    zh_numerals(t, taken, add)
    for m in re.finditer(r"(?i)\b(?:half[\s-]a|half-|a half|un demi-?)\s*(?P<mag>million|billion|trillion|milliard)s?\b", t):
        if re.search(rf"(?i)\b{_NUMWORD}\s+and\s+$", t[max(0, m.start() - 30):m.start()]):
            continue  # ("one and a half million": the number words read it, 1.5 million)
        v = 0.5 * _mag(m.group("mag"))
        hedge, hs = _hedge_before(t, m.start())
        q = _qualify(hedge, None)
        add(hs, m.end(), v, *value_range(v, q), q, None, "digits")
    french_ones(t, lang, add)
    bare_magnitudes(t, add)
    nw, more = ((rf"(?:{FR_COMPOUND}|{_NUMWORD})", f"|{FR_CONTINUE}") if lang == "fr" else  # (French compounds
                (rf"(?:{FR_HYPHENATED}|{_NUMWORD})", ""))
    for m in re.finditer(rf"\b(?P<num>{nw}(?:[\s-]+(?:(?<=hundred )and\s+|(?<=thousand )and\s+)?(?!an?\s)(?:{nw}|hundred|thousand{more})\b)*)(?P<half>\s+and\s+a\s+half\b)?(?:\s+(?P<mag>dozen|"  # in French; hyphenated ones anywhere)
                         rf"hundred|thousand|million|billion|trillion|crores?|lakhs?|mille|millions?|milliards?)\b)?(?![\w])(?!-\d)", t, re.I):
        if m.group("num").lower() in ("a", "one", "another") and not m.group("mag") and not _single_unit(t, m.start(), m.end()) \
                and not (m.group("num").lower() == "one" and one_counts(t, m.start(), m.end())) \
                or m.group("num").lower() == "cent" and _PER.search(t, max(0, m.start() - 8), m.start()):
            continue  # ("only one person survived": a count; the cent of "13 per cent", "pour cent": no hundred)
        v = (compound_value(m.group("num")) + 0.5 * bool(m.group("half"))) * _mag(m.group("mag"))  # ("five and a half";
        # "and" joins only after hundred or thousand: "Ten and five fatalities … respectively" are two numbers)
        hedge, hs = _hedge_before(t, m.start())
        q = _qualify(hedge, None)
        lo, hi = value_range(v, q)
        add(hs, m.end(), v, lo, hi, q, None, "words")
    return sorted(found, key=lambda q: q.start)



def _single_unit(t: str, start: int, end: int) -> bool:
    """"a gigawatt", "about a month": a/one before a unit is 1, unless it states a rate
    ("twice a year", "$5 a day", "per month")."""
    from helpers.extract.binding import units

    if re.search(r"(?i)(?:once|twice|times|per|\d\S*|dollars?|yuan|euros?)\s+$", t[max(0, start - 12):start]):
        return False
    u = units()[0].match(t, end + 1) if t[end:end + 1] == " " else None
    if not u or len(u.group(0)) < 2 or re.match(r"\s?[\d$€£¥]", t[u.end():u.end() + 2]):
        return False  # "a RMB 530 million loss": the article of an amount written after the currency
    if units()[1].get(u.group(0).lower(), units()[1].get(u.group(0))).dimension == "duration":
        # "a year" after an amount is a rate ("3 TWh a year"); a span needs a preposition or hedge
        return bool(re.search(r"(?i)\b(?:about|around|nearly|almost|just|in|for|after|within|over|than|only|"
                              r"roughly|some)\s+$", t[max(0, start - 10):start]))
    return True




def _vague(t: str, taken: bytearray):
    rx, table = vague_table()
    for m in rx.finditer(t):
        s = m.start()
        if taken[s] or re.search(r"[\d一二三四五六七八九十][\s-]*(?:de\s+)?$", t[max(0, s - 4):s]) or \
                t[s:s + 1] in "几幾" and s > 0 and t[s - 1] in "前第" or \
                t[s:s + 1] in "近过過超逾" and not zh_round_hedge(t, s, m.end()) or \
                re.search(rf"(?i)\b(?:{_NUMWORD}|un|une|mille)\s+$", t[max(0, s - 14):s]):
            continue  # "5,6 millions", "deux millions": a magnitude, not a vague amount; 前几名 "the top few": ranks
        v, hi = table[m.group("vague").lower()]
        hedge, hs = _hedge_before(t, s)
        q = _qualify(hedge, None)
        lo = v  # (the value stays the amount's own: "moins d'une centaine" is fewer than 100, not 0)
        if q != "exact":  # (an open hedge leaves no ceiling: "plus d'une douzaine")
            lo, hi = value_range(v, q)[0], v if q in ("less_than", "at_most") else value_range(hi, q)[1] if q != "approx" else hi * (1 + APPROX)
        yield hs, m.end(), v, lo, hi, ("vague" if q == "exact" else q), "vague"


#: "range from $95 billion to $164 billion", "vont de 10 à 20 %", "ranging from": a span of values, not a change
_RANGES_FROM = re.compile(r"(?i)\b(?:range|ranges|ranged|ranging|vary|varies|varying|vont|va|allant|variant|varient)\s+"
                          r"(?:from|de)\s*(?:(?:US|USD|HK|C|A|NT|S)?[$€£¥])?\s*$")


def _digits(t: str, m: re.Match[str], lang: str, add) -> None:
    s = m.start("num")
    sign = signed_percent(t, s, m.end()) if m.group("cur") is None and not m.group("num_b") else None
    neg = not sign and not m.group("num_b") and negative_amount(t, m.start(), m.end(), bool(m.group("cur")))
    glued_sign = m.group("cur") == "P" or (m.group("cur") or "").startswith("$")  # (glued to its number, as the
    # Philippine press writes it: "P600 million", or the Australian "$US8 billion"; the page decides whether P is the
    # peso: off a Philippine page, helpers.extract.claims drops it)
    if not (sign or neg or glued_sign) and _glued_before(t, s) or (m.group("cur") is None and s > 0 and t[s - 1] in "$€£¥"):
        return
    mag_a, mag_b = m.group("mag"), m.group("mag_b")
    if mag_a and not_a_magnitude(t, m, mag_a):
        mag_a = None  # "300 m" and "waves of 1.5m" are metres; "300 M€" is three hundred million euros
    if mag_a and _unit_prefix(t, m.start("mag") + len(mag_a) - len(mag_a.lstrip()), m.end("mag")):
        mag_a = None  # "1千兆瓦", "6百萬瓩": the magnitude character begins a unit (gigawatt), the number is 1, 6
    try:
        a = parse_digits(m.group("num"), lang, bool(mag_a or mag_b)) * _mag(mag_a or mag_b, lang)
        if m.group("num2"):
            a += float(m.group("num2")) * _mag(m.group("mag2"))
        b = parse_digits(m.group("num_b"), lang, bool(mag_b)) * _mag(mag_b, lang) if m.group("num_b") else None
        if b is not None and not mag_a and mag_b and a >= b:
            a = parse_digits(m.group("num"), lang, True)  # "$489,000 to $4 million": not a shared magnitude
    except ValueError:
        return
    cur_text = m.group("cur") or m.group("cur_b")
    start = m.start("cur") if m.group("cur") else s - 1 if sign else s  # a signed change keeps its sign
    end = m.end()
    if m.group("mag") and not mag_a and not m.group("num_b"):
        end = m.end("num")
    spaced = None if mag_a or mag_b or m.group("num_b") else spaced_magnitude(t, m.end("num"), bool(m.group("cur")))
    if spaced:  # "$300 m", "2.5 m people"
        a, end = a * spaced[0], spaced[1]
    change = re.search(r"(?i)(?:\bfrom|从|從|由)\s*$", t[max(0, start - 6):start]) and not _RANGES_FROM.search(
        t, max(0, start - 24), start) or (
        re.search(r"(?i)\b(?:de|du)\s*$", t[max(0, start - 6):start]) and change_rx().search(t, max(0, start - 60), start))
    if b is not None and _year_then_amount(m):  # "in Q2 2025 to 1,022,750 wafers": the year is no end of a range
        sb = m.start("cur_b") if m.group("cur_b") else m.start("num_b")
        add(sb, m.end(), b, b, b, "exact", _cur(m.group("cur_b")), "digits")
        return
    if b is not None and (change or a >= b):  # "fell from $3.5 trillion to $2.9 trillion": two values
        a = parse_digits(m.group("num"), lang, bool(mag_a or mag_b)) * _mag(mag_a or mag_b, lang)
        hedge, hs = _hedge_before(t, start)
        q = _qualify(hedge, None)
        end_a = m.end("mag") if mag_a else m.end("num")
        add(hs, end_a, a, *value_range(a, q), q, _cur(m.group("cur")), "digits")
        sb = m.start("cur_b") if m.group("cur_b") else m.start("num_b")
        add(sb, m.end(), b, b, b, "exact", _cur(m.group("cur_b") or m.group("cur")), "digits")
        return
    if b is not None:
        hedge, hs = _hedge_before(t, start)
        if hedge and hedge.lower() not in ("between", "entre"):
            hs = start
        add(hs, end, (a + b) / 2, a, b, "range", _cur(cur_text), "digits")
        return
    suffix = m.group("plus") or m.group("more1") or m.group("more")
    if neg:
        a, start = -a, start - 1
    hedge, hs = _hedge_before(t, start)
    if re.search(r"(?i)between\s*$|entre\s*$|介于\s*$", t[max(0, start - 10):start]):
        if re.fullmatch(r"(?i)\s*[%％]?\s*(?:and|et|和|与|與)?\s*", t[end:]):  # "between 18% and " cut off: at least 18 %
            add(hs if hedge else start, end, a, a, math.inf, "at_least", _cur(cur_text), "digits")
        return  # the other half of a range that did not parse
    flat = flat_to(t, s, end) if sign != "-" else None
    if flat is not None:  # "flat to up 2%": a range from no change
        add(flat, end, a / 2, 0.0, a, "range", None, "digits")
        return
    q = _qualify(hedge, suffix)
    lo, hi = value_range(a, q) if a >= 0 else (a, a)
    if suffix in ("多", "余", "餘"):
        mag = _mag(mag_a)
        whole = m.group("num").replace(",", "").split(".")[0]  # "200多" 200-299, "1,250多" 1,250-1,259
        step = 10 ** max(min(len(whole) - 1, len(whole) - len(whole.rstrip("0"))), 0) * mag
        hi = a + step - (mag if step > mag else 1)  # (1千多: 1,000-1,999; 3万多: 30,000-39,999)
    add(hs, end, a, lo, hi, q, _cur(cur_text), "digits")


def _year_then_amount(m: re.Match[str]) -> bool:
    """A range's first end is a bare year and its second an amount no year could be ("2025 to 1,022,750",
    "2024-15,000"): a date ends the phrase before the number, no range ("2000–3000 亿", a larger end of four digits, is)."""
    if m.group("cur") or m.group("mag") or not re.fullmatch(r"(?:19|20)\d\d", m.group("num")) or (
            m.group("mag_b") and re.fullmatch(r"\d{4}", m.group("num_b")) and m.group("num") < m.group("num_b")):
        return False
    return bool(m.group("mag_b") or re.search(r"[,.\s\u00a0\u202f\u2009]\d{3}", m.group("num_b")) or
                len(m.group("num_b")) > 4)


def _unit_prefix(t: str, start: int, end: int) -> bool:
    """A Chinese magnitude at ``start:end`` that is the first part of a unit token (千兆瓦, 百萬瓩)."""
    from helpers.extract.binding import units

    if not re.match(r"[\u3400-\u9fff]", t[start:start + 1]):
        return False
    u = units()[0].match(t, start)
    return bool(u) and u.end() > end
