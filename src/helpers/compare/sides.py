"""The side a count is given for: the countries its own clause names, by name in any language (``data/countries.csv``:
泰國, Thaïlande, Thailand) or by nationality (``data/demonyms.csv``: "12 soldats cambodgiens", "Thai soldiers").

Counts of people only: two counts whose clauses name different sides are two quantities ("12 Cambodian soldiers killed" and "eight Thai
soldiers"); inside one page, a count of one nationality and one of none are two as well ("12 soldats cambodgiens",
then "Côté thaïlandais ... Huit soldats ont été tués"), while a country named as an actor in one clause and not in
another of the same page is most often the story's own (TSMC's fabs "in the US")."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.compare.countries import country_names
from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _nationalities() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(a nationality's words in English and French, its country's name as ``country_names`` gives it) rows."""
    out = []
    with open(DATA_DIR / "demonyms.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            country = sorted(country_names(r["zh"].split("|")[0]))
            words = "|".join(w for w in (r["en_plural"], r["en_adjective"], r["fr"]) if w)
            if country and words:
                out.append((re.compile(rf"(?i)(?<![\w-])(?:{words})(?![\w-])"), country[0]))
    return tuple(out)


def nationality_country(word: str) -> str:
    """The country (as ``country_names`` gives it) whose nationality ``word`` is ("Indian", "indien", "Pakistanaise"),
    else ""."""
    return next((country for rx, country in _nationalities() if rx.fullmatch(word)), "")


def nationalities(claim: dict) -> frozenset[str]:
    """The countries whose nationality the clause around a claim's number names ("soldats cambodgiens")."""
    from helpers.compare.owners import around

    return _nationalities_in(around(claim))


@lru_cache(maxsize=65536)
def _nationalities_in(text: str) -> frozenset[str]:
    return frozenset(c for rx, c in _nationalities() if rx.search(text))


def sides(claim: dict) -> frozenset[str]:
    """The countries the clause around a claim's number names, by name or nationality; only the nationality of the
    people counted when the counted noun names one ("606 Iranians had been killed ... during Israel's bombing": Iran's
    side, not Israel's too)."""
    from helpers.compare.owners import around

    return _nationalities_in(str(claim.get("counted") or "")) or _joined_nationals(claim) or \
        country_names(around(claim)) | nationalities(claim)


#: the words between a count of nationals and a bare count joined to it ("606 Iranians had been killed and 5,332
#: injured", "606 Iraniens tués et 5 332 blessés", "606名伊朗人死亡、5332人受伤")
_JOINED = re.compile(r"(?<=\d)[^\d.;!?。；！？]{1,60}?(?:\band|\bet|[和及、，,])\s*$")


def _joined_nationals(claim: dict) -> frozenset[str]:
    """The nationality of the count right before a claim's number, when only "and" and that count's verb stand
    between them: the second count is of the same people."""
    quote, text = str(claim.get("quote") or ""), str(claim.get("text") or "")
    i = quote.find(text) if text else -1
    m = _JOINED.search(quote, 0, i) if i > 0 else None
    return _nationalities_in(m.group(0)) if m else frozenset()


def sides_apart(a: dict, b: dict) -> bool:
    """Two counts given for different sides (see the module), or two running totals of a disaster given for two
    countries (:func:`countries_apart`)."""
    from helpers.compare.prices import running_totals

    if a.get("subject") in running_totals() and countries_apart(a, b):
        return True
    if not (_of_people(a) and _of_people(b)):
        return False  # (goods: "US chips" bought by "Chinese companies" name an origin and a buyer, no side)
    sa, sb = sides(a), sides(b)
    if sa and sb and not sa & sb:
        return True
    same_page = a.get("doc_id") is not None and a.get("doc_id") == b.get("doc_id")
    return same_page and bool(nationalities(a)) != bool(nationalities(b))


def _of_people(claim: dict) -> bool:
    """A count of people: the dead, the hurt, the moved (``data/fates.csv``), a noun of ``data/people_nouns.txt``
    (soldiers, civilians, victims), nationals, or people."""
    from helpers.extract.heads import PEOPLE_NOUNS, _PEOPLE_SUBJECTS, CASUALTIES

    subject = str(claim.get("subject") or "")
    return claim.get("dimension") == "count" and (subject in CASUALTIES or subject in _PEOPLE_SUBJECTS
                                                 or subject in PEOPLE_NOUNS or subject.endswith(" nationals"))


def countries_apart(a: dict, b: dict) -> bool:
    """Whether the parts of two sentences (cut at semicolons) holding the two numbers name different countries:
    "菲律賓死亡人數已攀升至188人；越南則確認……約2,800棟房屋受損" gives Vietnam's houses beside the Philippines' toll."""

    def part(c: dict) -> str:
        quote, text = str(c.get("quote") or ""), str(c.get("text") or "")
        i = quote.find(text) if text else -1
        if i < 0:
            return ""
        lo = max(quote.rfind(x, 0, i) for x in ";；") + 1
        his = [j for j in (quote.find(x, i) for x in ";；") if j >= 0]
        return quote[lo:min(his) if his else len(quote)]

    pa, pb = part(a), part(b)
    if pa == str(a.get("quote") or "") and pb == str(b.get("quote") or ""):
        return False  # (no semicolon: a second country named in passing, "before heading toward Vietnam", says nothing)
    ca, cb = country_names(pa), country_names(pb)
    return bool(ca and cb and not ca & cb)
