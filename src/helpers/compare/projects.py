"""The project a page is about, and the figures fixed for one project.

A page whose title and lead name a kind of project (a dam, a bridge, a factory: ``data/project_kinds.csv``) is about one
such project; a sentence that names the same kind, or refers back to a project ("the scheme", 该工程, "la structure
colossale"), gives that project's figure unless it names an owner of its own (:func:`project_tie`). Two pages'
figures of a project fixture (``data/project_fixtures.csv``: its capacity, cost, yearly output, height) so tied are one
quantity, planned or built, whatever the tense: "the scheme would deliver 70 GW" and "the 60 GW power station"
disagree, as "the project's total investment of 1.2tn yuan" and "estimated to cost 12 billion yuan" do.
"""
from __future__ import annotations

import csv
import math
import re
from functools import lru_cache

from helpers.compare.comparable import magnitude_slip, sig_digits, written_values
from helpers.compare.owners import _places
from helpers.core.lexicon import alternation
from helpers.core.paths import DATA_DIR
from helpers.read.dates import date_bounds

#: two pages published this many days apart or more tell of two projects, or of one at two stages
WINDOW = 92


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "project_kinds.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["kind"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def fixture_families() -> dict[str, str]:
    """Subject -> the figure of one project it gives (``data/project_fixtures.csv``: cost and investment are one)."""
    with open(DATA_DIR / "project_fixtures.csv", encoding="utf-8", newline="") as fh:
        return {r["subject"]: r["family"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=16384)
def project_kinds(text: str) -> frozenset[str]:
    """The kinds of project ``text`` names (a page's title and lead, or one sentence)."""
    return frozenset(k for k, rx in _kinds() if rx.search(text))


def project_of(claim: dict) -> frozenset[str]:
    """The kinds of project a claim's sentence gives its figure to: those it names, else, when it refers back to a
    project, those its page's title and lead name (the page's project); else none."""
    quote = claim.get("quote")
    quote = quote if isinstance(quote, str) else ""
    named = project_kinds(quote)
    return named or ((claim.get("page_projects") or frozenset()) if _refers(quote) else frozenset())


@lru_cache(maxsize=1)
def _references() -> re.Pattern[str]:
    return alternation("project_references.csv")


@lru_cache(maxsize=16384)
def _refers(quote: str) -> bool:
    """Whether a sentence refers back to a project ("the scheme", "la structure colossale", 该工程: ``data/
    project_references.csv``): a figure of a sentence naming none ("the agency allocated $728 million") is no
    project's."""
    return bool(_references().search(quote))


def one_project_figure(a: dict, b: dict) -> bool:
    """Two subjects of one project's figure (its cost and its total investment, ``data/project_fixtures.csv``) whose
    sentences give them to the kind of project both pages' titles and leads name."""
    fam = fixture_families()
    return fam.get(a.get("subject")) is not None and fam.get(a.get("subject")) == fam.get(b.get("subject")) and bool(
        project_of(a) & project_of(b) & (a.get("page_projects") or frozenset()) & (b.get("page_projects") or frozenset()))


def project_tie(a: dict, b: dict, whole_a: frozenset[str], whole_b: frozenset[str]) -> bool:
    """Two pages' figures of one project fixture: the same figure (cost and investment are one), both pages' titles and
    leads naming a kind of project their sentences give the figure to, the same owners named (none, mostly), no two
    places, values within half again of each other (or the same digits at another magnitude) and not one figure
    written with fewer digits, pages published within ``WINDOW`` days."""
    if a.get("doc_id") == b.get("doc_id") or whole_a != whole_b or not one_project_figure(a, b):
        return False
    lo, hi = sorted((float(a["v"]), float(b["v"])))
    if not (0 < lo and hi / lo < 1.5 or magnitude_slip(a["v"], b["v"])):
        return False  # (far apart: another project's figure, the Three Gorges' 22.5 GW beside Medog's 60 GW)
    pa, pb = _places(str(a.get("quote") or "")), _places(str(b.get("quote") or ""))
    return not (pa and pb and not pa & pb or _points(a, b) and within_last_digit(*written_values(a, b))) and (
        days_apart(a.get("published"), b.get("published")) < WINDOW)


def days_apart(pa: object, pb: object) -> int:
    """The fewest days between two publication dates at the precision written ("2019-09-25" and "2020-12": 433); 0
    when either is unknown."""
    a, b = date_bounds(pa), date_bounds(pb)
    if a is None or b is None:
        return 0
    return max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)


def _points(a: dict, b: dict) -> bool:
    return {a.get("qualifier"), b.get("qualifier")} <= {"exact", "approx"}  # ("au moins 170" is no rounding of 167.8)


def within_last_digit(a: float, b: float) -> bool:
    """The less precise value is the other cut short or rounded at its last written digit ("long de 2,5 km" for 2.57
    km, "1.6-mile" for 2.5 km): one figure, written with fewer digits."""
    r, o = (a, b) if sig_digits(a) <= sig_digits(b) else (b, a)
    if r <= 0:
        return False
    unit = 10.0 ** (math.floor(math.log10(r)) - sig_digits(r) + 1)
    return r - unit / 2 <= o < r + unit
