"""Countries a text names, in English, French and Chinese (``data/countries.csv``: ISO 3166-1 names), with
each name's English form, so two pages in two languages meet on one country."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def country_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every country name of ``data/countries.csv`` and each name's English one, lower-cased."""
    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as fh:
        english = {n.lower(): r["names"].split("|")[0].lower() for r in csv.DictReader(fh) for n in r["names"].split("|") if n}
    names = sorted(english, key=len, reverse=True)
    latin = r"(?i)(?<![\w-])(?<!new )(?<!north )(?<!northern )(?<!south )(?:" + "|".join(map(re.escape, names)) + \
        r")(?![\w-])(?!\s+du\s+(?:nord|sud))"
    cjk = r"(?<![內内新北南东東西])(?:" + "|".join(re.escape(n) for n in names if re.match(r"[\u3400-\u9fff]", n)) + \
        r")(?![洋州省区區奥奧兰蘭])"  # (沿海地区 and 加勒比海地區 are no Haiti, 马里奥 and 马里兰 no Mali)
    return re.compile(f"{latin}|{cjk}"), english


@lru_cache(maxsize=65536)
def country_names(quote: str) -> frozenset[str]:
    """The English names of the countries a quote names in any of its languages (泰國, Thaïlande: thailand), so two
    pages in two languages meet on one country."""
    rx, english = country_table()
    return frozenset(english[m.group(0).lower()] for m in rx.finditer(quote))


@lru_cache(maxsize=16384)
def country_words(clause: str) -> frozenset[str]:
    """The country names a clause writes, lower-cased as written (Espagne, 西班牙), with each word of a name of several
    (États-Unis: "états", "unis"; Émirats arabes unis: "émirats"), as names are read word by word: a clause is asked once."""
    found = list(country_table()[0].finditer(clause))
    names = frozenset(m.group(0).lower() for m in found)
    outside = "".join(" " if any(m.start() <= i < m.end() for m in found) else ch for i, ch in enumerate(clause))
    return names | {w for n in names for w in re.split(r"[-\s]+", n)  # (a word written outside the name stays one:
                    if not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", outside, re.I)} | scale_words(clause)
    # "Emirates carried 50 million passengers to the United Arab Emirates": the airline)


#: a scale or unit named after a person, with the word that makes it one ("the Richter scale", "l'échelle de Richter",
#: "degrees Celsius"): how a figure is measured, never whose it is
_SCALES = re.compile(r"(?i)\b(Richter|Mercalli|Beaufort|Saffir[- ]Simpson|Fujita)(?=\s+(?:magnitude\s+)?scale)|"
                     r"\béchelle\s+(?:de\s+)?(Richter|Mercalli|Beaufort|Saffir[- ]Simpson|Fujita)\b|"
                     r"\b(?:degrees?|degrés?)\s+(Celsius|Fahrenheit|Kelvin)\b")


def scale_words(clause: str) -> frozenset[str]:
    """The names of scales and units a clause writes as such, lower-cased word by word ("Saffir-Simpson": "saffir",
    "simpson"); "Jessica Simpson sold 2 million albums" names no scale."""
    return frozenset(w.lower() for m in _SCALES.finditer(clause) for g in m.groups() if g for w in re.split(r"[- ]", g))


@lru_cache(maxsize=1)
def _regions() -> re.Pattern[str]:
    from helpers.core.lexicon import alternation

    latin = "|".join(alternation("world_regions.csv", where=("language", lang)).pattern for lang in ("en", "fr"))
    chinese = alternation("world_regions.csv", where=("language", "zh")).pattern
    return re.compile(rf"(?<![\w-])(?:{latin})(?![\w-])|(?:{chinese})(?![部熊星光圈])", re.I)  # (中东部 is central
    # and eastern, 北极熊 a polar bear)


@lru_cache(maxsize=16384)
def region_words(clause: str) -> frozenset[str]:
    """The continents and world regions a clause writes (``data/world_regions.csv``: Africa, l'Afrique, 非洲), lower-
    cased, whole and word by word ("the Middle East": "middle", "east"), an article or elision left off: where a
    superlative's field is ("la plus grande centrale d'Afrique"), no owner of a figure."""
    out: set[str] = set()
    for m in _regions().finditer(clause):
        name = re.sub(r"^(?:the|l['’]|le|les)\s*", "", m.group(0).lower())
        out |= {name, *re.split(r"[\s-]+", name)}
    return frozenset(out)
