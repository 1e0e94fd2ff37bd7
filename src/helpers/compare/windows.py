"""The window a running count is given for: orders "in 3 minutes" or "in the first hour", units sold "in four days",
"in its first week" (首周) or "first month" (首月). Two counts of one product for windows that cannot be the same are
two quantities, not a contradiction (``data/window_words.csv`` for the windows written in words)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.compare.comparable import magnitude_slip, written_values
from helpers.core.paths import DATA_DIR

#: the longest window written with a number that sets two counts apart (in days): two months of sales
MAX_WINDOW_DAYS = 62
#: a window written with a number is this close to another (60 days and two months, 30 days and a month)
SLACK = 0.05
#: a window word after "since" starts a running total, not a window ("since launch day")
_SINCE = re.compile(r"(?i)(?:\bsince|\bdepuis|\bdès|\bfrom|自|从|從)\s*(?:(?:its|the|their|le|la|sa|leur)\s+)?$")
#: counts of goods sold this many times apart are two scopes (a lifetime total and a launch month, a console and a
#: game), never one figure misreported; a misplaced magnitude keeps its digits and is found as a slip before this
SOLD_APART = 10.0


@lru_cache(maxsize=1)
def window_words() -> tuple[tuple[re.Pattern[str], float, float], ...]:
    """Windows written in words (first day, launch week, 首月) and the days each may span."""
    with open(DATA_DIR / "window_words.csv", encoding="utf-8", newline="") as fh:
        return tuple((re.compile(r["pattern"]), float(r["low_days"]), float(r["high_days"])) for r in csv.DictReader(fh))


@lru_cache(maxsize=8192)
def windows(clause: str) -> frozenset[tuple[float, float]]:
    """The windows a clause gives, as (fewest, most) days: its durations of at most two months, read by the claim reader
    itself ("in the first 18 hours", "en quatre jours": a point each, widened by :data:`SLACK`), and its windows in
    words ("first week": 1-7 days), not those after "since" (a running total from a start)."""
    from helpers.core.numbers import duration_days
    from helpers.extract.claims import read_claims

    days = duration_days()
    found = {(round(d * (1 - SLACK), 6), round(d * (1 + SLACK), 6)) for q, b, _, _ in read_claims(clause)
             if b.dimension == "duration" and b.unit in days and (d := q.value * days[b.unit]) <= MAX_WINDOW_DAYS}
    return frozenset(found | {(lo, hi) for rx, lo, hi in window_words() for m in rx.finditer(clause)
                              if not _SINCE.search(clause[max(0, m.start() - 16):m.start()])})


@lru_cache(maxsize=1)
def _by_window() -> tuple[frozenset[str], frozenset[str]]:
    """Running totals counted by the window since a start (``by_window`` in ``data/running_totals.csv``: orders), and
    counts of goods sold (``data/subjects_need_name.csv``, ``by_window``: units, vehicles), which a window sets apart
    only when both give one."""
    with open(DATA_DIR / "running_totals.csv", encoding="utf-8", newline="") as fh:
        totals = frozenset(r["subject"] for r in csv.DictReader(fh) if r["by_window"] == "yes")
    with open(DATA_DIR / "subjects_need_name.csv", encoding="utf-8", newline="") as fh:
        sold = frozenset(r["subject"] for r in csv.DictReader(fh) if r.get("by_window") == "yes")
    return totals, sold


def sold_goods() -> frozenset[str]:
    """Counts of goods sold (``by_window`` in ``data/subjects_need_name.csv``: units, vehicles, box office)."""
    return _by_window()[1]


def _meet(wa: frozenset[tuple[float, float]], wb: frozenset[tuple[float, float]]) -> bool:
    return any(alo <= bhi and blo <= ahi for alo, ahi in wa for blo, bhi in wb)


def windows_apart(a: dict, b: dict) -> bool:
    """Two counts of a running total given for windows that cannot be one: orders "in 3 minutes" and "in the first
    hour" (or one for a window and one for none), units sold "in four days" and "in the first month". A launch week
    meets four days: the week a chart counts may hold only the first days on sale. Counts of goods sold an order of
    magnitude apart are two scopes too (:data:`SOLD_APART`)."""
    from helpers.compare.owners import around, same_reach

    totals, sold = _by_window()
    if a.get("dimension") != "count" or a.get("subject") not in totals | sold:
        return False
    va, vb = written_values(a, b) if "v" in a and "v" in b else (0, 0)  # (460.2 written in 万 is 4,602,000)
    if a.get("subject") in sold and min(va, vb) > 0 and max(va, vb) / min(va, vb) >= SOLD_APART and \
            not (magnitude_slip(va, vb, 2) and same_reach(a, b)):  # (460.2 against 4,602,436: a magnitude lost)
        return True  # ("初代Switch的全球銷量1.53億台" against the Switch 2's 1,538,260 in Japan: a lifetime and a month)
    wa, wb = windows(around(a)), windows(around(b))
    if a.get("subject") in totals and bool(wa) != bool(wb):
        return True  # (orders "in 3 minutes" against orders given for no window: two moments)
    return bool(wa) and bool(wb) and not _meet(wa, wb)
