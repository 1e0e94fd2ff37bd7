"""The country a count is for, when one story's tolls are counted in several countries (a cyclone's dead in Mayotte,
Mozambique and Malawi; a quake's in Myanmar and Thailand): read from the number's own clause, then from its sentence,
then from its page (``data/countries.csv``, names in English, French and Chinese).

A country after a locative word ("in Mozambique", "au Malawi", "à Mayotte", "在缅甸") is the place counted, before a
country merely named ("Israel's strikes killed 610 in Iran": Iran). The brief tells each country's running count
apart (:mod:`helpers.present.brief_running`) instead of setting Mozambique's 120 dead beside Mayotte's 40 as two
bulletins of one toll."""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache

from helpers.compare.countries import country_table
from helpers.compare.local_places import _NEXT_ITEM, clause_bounds
from helpers.compare.sides import nationality_country
from helpers.core.lexicon import alternation, column_words
from helpers.core.paths import DATA_DIR

#: a locative word right before a country's name ("in Mozambique", "au Malawi", "dans l'État de", "在缅甸", "於泰國")
_LOCATIVE = re.compile(r"(?:(?i:\b(?:in|inside|within|across|throughout|à|au|aux|en|dans))\s+(?:(?i:the|le|la|les)\s+|"
                       r"l['’]\s*)?|[在於于])$")
#: a country named as a neighbour or a border, not as where a count is ("the mountainous region bordering Pakistan",
#: "near the border with Pakistan", "à la frontière avec le Pakistan", "与巴基斯坦接壤", "巴基斯坦边境")
_NEIGHBOUR_BEFORE = re.compile(r"(?i:\b(?:bordering|borders|border (?:with|of)|neighbou?ring|adjacent to|frontière (?:avec|de)|"
                               r"frontalière?s? (?:avec|de|du|des)|limitrophes? (?:de|du|des)|voisine?s? (?:de|du|des)))\s+"
                               r"(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$")  # (Chinese says it after: 与…接壤)
_NEIGHBOUR_AFTER = re.compile(r"\s*(?:接壤|边境|邊境|交界|边界|邊界|(?i:['’]s border|border\b))")
#: "the" right before a country's name followed by an outlet's word: the outlet ("writing in the China Daily")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
#: how far before a country's name a locative word is looked for
_REACH = 16
#: how many times more often a page names its country than any other, for the page to be that country's
PAGE_MAJORITY = 2
#: how many times at least a page names its country, unless it names it in its first PAGE_LEAD characters: one
#: passing mention deep in the page ("a trip to China") is not what it is about
PAGE_MENTIONS, PAGE_LEAD = 2, 400


def _named(quote: str, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, English name, after a locative word) of each country named in ``quote[lo:hi]``."""
    rx, english = country_table()
    found = [(m.start(), m.end(), english[m.group(0).lower()],
              bool(_LOCATIVE.search(quote[max(0, m.start() - _REACH):m.start()])))
             for m in rx.finditer(quote, lo, hi) if not _NEIGHBOUR_BEFORE.search(quote[max(0, m.start() - 30):m.start()])
             and not _NEIGHBOUR_AFTER.match(quote, m.end()) and not _attacker(quote, m.start(), m.end())]  # (a neighbour
    # is not where a count is, nor the country whose strikes killed: "due to Pakistani firing")
    found += [(start, end, country, bool(_LOCATIVE.search(quote[max(0, start - _REACH):start])))
              for start, end, country in _adjective_places(quote, lo, hi)]  # ("dans l'État indien du Tamil Nadu")
    return [c for c in found if not _outlet_after("yes").match(quote, c[1]) and (
        c[3] and not _THE_BEFORE.search(quote, 0, c[0]) or not _outlet_after("no").match(quote, c[1]))]  # nor a broadcaster named after a country
    # ("Réunion la 1ère", "China Daily"), unless, for the weaker words, a locative stands before it ("In Japan Today")


#: a direction or position word before a nationality's adjective ("the southern Indian state of"), part of the place
_ASPECT = r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|remote)\s+"  # (not the North of "North Korean")


@lru_cache(maxsize=1)
def _nationalities() -> re.Pattern[str]:
    """A place named by a nationality's adjective (``data/national_places.csv``, ``data/demonyms.csv``: "the Indian
    state of", "l'État indien du", "du côté afghan", "Indian-administered Kashmir", "au Cachemire indien")."""
    en_places, fr_places = (alternation("national_places.csv", where=("language", lang)).pattern for lang in ("en", "fr"))
    return re.compile(rf"(?i:\b{_ASPECT})?(?<!North )(?<!South )\b(?P<en>{column_words('demonyms.csv', 'en_adjective')})\s+"
                      rf"(?=(?:{en_places})(?:\s+(?:of\b|[A-Z])|\s*[,.;:]))|"  # ("the Indian state of", not "state media")
                      rf"(?i:\b(?:{fr_places}))\s+(?P<fr>(?i:{column_words('demonyms.csv', 'fr')}))\b|"
                      rf"\b(?P<en2>{column_words('demonyms.csv', 'en_adjective')})-administered\s+(?=[A-Z])|"
                      rf"(?i:\b(?:au|aux|en|dans l[ea']?|du|de la|à))\s+[A-ZÀ-Ý][a-zà-ÿ'’-]{{3,}}\s+(?=[a-zà-ÿ])"
                      rf"(?P<fr2>(?i:{column_words('demonyms.csv', 'fr')}))\b")  # ("Indian-administered
    # Kashmir", "au Cachemire indien": a place after a locative word its country's adjective names; not "l'océan
    # Indien", capitalised, nor "le quotidien Dawn pakistanais", nor who rules it: "British-ruled India")


def _adjective_places(quote: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, English country name) of each place ``quote[lo:hi]`` names by a nationality's adjective."""
    out = []
    for m in _nationalities().finditer(quote, lo, hi):
        country = nationality_country(m.group("en") or m.group("fr") or m.group("en2") or m.group("fr2"))
        out += [(m.start(), m.end(), country)] if country else []
    return out


def _attacker(quote: str, start: int, end: int) -> bool:
    """Whether the country named at ``quote[start:end]`` is the one whose weapons struck (``data/attacker_words.csv``:
    "Pakistani airstrikes", 巴基斯坦空袭, "les frappes pakistanaises")."""
    return bool(alternation("attacker_words.csv", where=("position", "after")).match(quote, end)
                or alternation("attacker_words.csv", where=("position", "before")).search(quote, max(0, start - 40), start))


@lru_cache(maxsize=2)
def _outlet_after(despite_locative: str) -> re.Pattern[str]:
    """What makes a country's name an outlet's after it (``data/country_outlets.csv``: "la 1ère", "Daily"), the rows
    that hold even after a locative word ("yes") or the others ("no")."""
    return alternation("country_outlets.csv", flags=0, where=("despite_locative", despite_locative))


def count_country(quote: object, text: object, page: str = "") -> str:
    """The country a count is for: its sentence's (:func:`sentence_country`), else its ``page``'s; "" for a count of
    several countries (:func:`several_countries`) or when neither names one."""
    if several_countries(quote, text):
        return ""
    return sentence_country(quote, text) or page


def several_countries(quote: object, text: object) -> bool:
    """Whether the count ``text`` is of several countries: a list of countries follows it with nothing but
    prepositions, articles and commas between them ("24 personnes ont péri en Autriche, en République tchèque, en
    Pologne et en Roumanie"), or, its clause naming no country, its sentence names a region (``data/regions.csv``:
    "dans toute l'Europe centrale", Southern Africa, 东南亚)."""
    if not isinstance(quote, str) or not isinstance(text, str) or not text or text not in quote:
        return False
    j = quote.find(text) + len(text)
    stop = re.search(r"[.;:!?。；：！？]", quote[j:])
    after = _named(quote, j, j + stop.start() if stop else len(quote))
    gaps = [quote[a[1]:b[0]] for a, b in zip(after, after[1:])]
    if len(after) >= 2 and all(_LIST_GAP.fullmatch(g) for g in gaps):
        return True
    return not _named(quote, *clause_bounds(quote, quote.find(text), j)) and _region().search(quote) is not None


#: what may stand between two countries of one list ("en Autriche, en République tchèque, en Pologne et en Roumanie")
_LIST_GAP = re.compile(r"(?i)\s*(?:,|、|，|和|及|與|与|\band\b|\bet\b|\bor\b|\bou\b)\s*(?:(?:in|en|au|aux|à|dans)\s+)?"
                       r"(?:(?:the|la|le|les)\s+|l['’]\s*)?")


@lru_cache(maxsize=1)
def _region() -> re.Pattern[str]:
    return alternation("regions.csv", flags=0)


def sentence_country(quote: object, text: object) -> str:
    """The English name of the country the count ``text`` of the sentence ``quote`` is for, lower-cased; "" when its
    sentence names none. In the number's clause: the nearest country after a locative word before it (unless a new
    item of a list starts between them: "in Mozambique to 45 and in Malawi to 13"), else the first one after it
    ("76 personnes au Mozambique"), else the nearest country named before it. Else the sentence's last country
    before the clause ("Six jours après le passage du cyclone à Mayotte, 35 morts"; "17日在辛巴威附近消散,
    ...莫三比克官方公布,...至少造成94人喪生": Mozambique)."""
    if not isinstance(quote, str) or not isinstance(text, str) or not text or text not in quote:
        return ""
    found = _in_sentence(quote, text)
    return _own_territory(found, quote) if found else ""


def _in_sentence(quote: str, text: str) -> str:
    i = quote.find(text)
    j = i + len(text)
    lo, hi = clause_bounds(quote, i, j)
    here = _named(quote, lo, hi)
    before = [c for c in here if c[1] <= i]
    loc_before = [c for c in before if c[3]]
    loc_after = [c for c in here if c[0] >= j and c[3]]
    if loc_before and not (loc_after and _NEXT_ITEM.search(quote, loc_before[-1][1], i)):
        return loc_before[-1][2]
    if loc_after:
        return loc_after[0][2]
    if before:
        return before[-1][2]
    earlier = _named(quote, 0, lo)
    return earlier[-1][2] if earlier else ""


def _own_territory(country: str, quote: str) -> str:
    """``country``, or its territory when ``quote`` names one of its territories (法国 beside 马约特岛: Mayotte)."""
    held = [c[2] for c in _named(quote, 0, len(quote)) if _sovereigns().get(c[2]) == country]
    return held[0] if held else country


def page_country(text: object) -> str:
    """The country a page is about: the one it names :data:`PAGE_MAJORITY` times as often as any other, and
    :data:`PAGE_MENTIONS` times or in its lead, a territory's
    state named beside it not counted (``data/territories.csv``); "" when none stands out (a page on a war names both
    sides)."""
    if not isinstance(text, str) or not text:
        return ""
    found = _named(text, 0, len(text))
    named = Counter(c[2] for c in found)
    for held in [c for c in named if c in _sovereigns()]:  # (France named beside Mayotte is Mayotte's state)
        named.pop(_sovereigns()[held], None)
    counts = named.most_common(2)
    if not counts:
        return ""
    if len(counts) > 1 and counts[0][1] < PAGE_MAJORITY * counts[1][1]:
        return ""
    if counts[0][1] < PAGE_MENTIONS and not any(c[2] == counts[0][0] and c[0] < PAGE_LEAD for c in found):
        return ""  # (one passing mention deep in a page, "a trip to China", is not what it is about)
    return counts[0][0]


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    with open(DATA_DIR / "country_labels.csv", encoding="utf-8", newline="") as fh:
        english = {r["alpha_2"]: r["label"] for r in csv.DictReader(fh)}
    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as fh:
        return {r["names"].split("|")[0].lower(): english.get(r["alpha_2"], r["names"].split("|")[0])
                for r in csv.DictReader(fh) if r["names"]}


def country_label(name: str) -> str:
    """A country's name in English for a reader ("mozambique": "Mozambique"; "birmanie": "Myanmar",
    ``data/country_labels.csv`` where the first name of ``data/countries.csv`` is not the English one)."""
    return _labels().get(name, name)


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    """Each territory's name and its state's (``data/territories.csv``), as :func:`country_table` names them."""
    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as fh:
        by_code = {r["alpha_2"]: r["names"].split("|")[0].lower() for r in csv.DictReader(fh) if r["names"]}
    with open(DATA_DIR / "territories.csv", encoding="utf-8", newline="") as fh:
        return {by_code[r["territory"]]: by_code[r["sovereign"]] for r in csv.DictReader(fh)
                if r["territory"] in by_code and r["sovereign"] in by_code}
