"""The day a running count is counted from: "706 morts depuis le 26 juin", "393 killed since August 14", "自6月26日以来".
Two tallies from two different starts are two quantities (a whole season and its last week), never one figure
misreported, even when one page gives both on one day."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from helpers.core.clauses import figure_span
from helpers.compare.local_places import clause_bounds
from helpers.extract.temporal import Temporal, find_temporal

#: a word that opens a count's start, just before the date ("since", "depuis le", "dès la mi-", 自, 从)
_BEFORE = re.compile(r"(?i)(?:\bsince|\bdepuis|\bdès|\bstarting|\bbeginning|自|从|從)\s*"
                     r"(?:(?:the|on|le|la|l'|au|du)\s+)?$")
#: words after a Chinese date that make it a start ("6月26日以来", "8月14日起，"), not 起 of a word (起火, 起诉, 起飞)
_AFTER = re.compile(r"^\s*(?:以来|以來|开始|開始|起(?=\s*(?:[，,、；;]|至|到|已|共|累计|累計)))")
#: how far before a date the opening word is looked for
_REACH = 24
#: a start said at the head of its sentence reaches every clause after it ("Since June 26, 2025, the agency has counted")
_HEAD = 4


def _day_key(t: Temporal) -> str:
    """"YYYY-MM-DD" for a date of day precision with its year, "MM-DD" without one; else "" (a month is no day)."""
    if t.precision != "day":
        return ""
    if t.date_start:
        return t.date_start[:10] if t.anchor == "explicit" else t.date_start[5:10]
    if t.rule and t.rule[0] == "month_day":
        return f"{t.rule[1] // 100:02d}-{t.rule[1] % 100:02d}"
    return ""


def figure_at(quote: str, text: str, nth: int = 0) -> int:
    """Where the (``nth``) figure ``text`` stands in ``quote``, a whole number not inside another (12 is not in 120),
    else -1 (:func:`helpers.core.clauses.figure_span`)."""
    span = figure_span(quote, text, nth)
    return span[0] if span else -1


def opened_dates(quote: str, text: str = "") -> list[tuple[int, Temporal]]:
    """(distance to the figure, date) of each date of ``quote`` a count's start opens ("since", "depuis", 自, or 以来
    after it) in the figure ``text``'s own clause or at the head of its sentence, at any precision."""
    at = figure_at(quote, text)
    lo, hi = clause_bounds(quote, at, at + len(text)) if at >= 0 else (0, len(quote))
    found = []
    for t in find_temporal(quote):
        opener = _BEFORE.search(quote[max(0, t.start - _REACH):t.start])
        start = t.start - len(opener.group(0)) if opener else t.start
        if (opener or _AFTER.match(quote[t.end:t.end + 6])) and (lo <= start < hi or start <= _HEAD):
            found.append((abs(t.start - at) if at >= 0 else 0, t))
    return found


@lru_cache(maxsize=8192)
def count_start(quote: str, text: str = "") -> str:
    """The day (``MM-DD``, or ``YYYY-MM-DD`` when its year is written) the count ``text`` of sentence ``quote`` is
    counted from, else "": a date after "since", "depuis" or 自 in the figure's own clause or at the head of its
    sentence, the nearest to the figure (not "the minister, in office since 12 May")."""
    if not isinstance(quote, str):
        return ""
    found = [(d, _day_key(t)) for d, t in opened_dates(quote, text)]
    found = [(d, k) for d, k in found if k]
    return min(found)[1] if found else ""


def _same_day(a: str, b: str) -> bool:
    """Two start keys name one day: the same month and day, and the same year when both write one."""
    return a[-5:] == b[-5:] and (len(a) < 10 or len(b) < 10 or a[:4] == b[:4])


def starts_apart(a: dict, b: dict) -> bool:
    """Two counts each counted from a day its sentence names, and the days differ: two tallies, not one (a price or a
    rate "from 1 July" is no tally: counts only)."""
    if a.get("dimension") != "count" or b.get("dimension") != "count":
        return False
    ka = count_start(str(a.get("quote") or ""), str(a.get("text") or ""))
    kb = count_start(str(b.get("quote") or ""), str(b.get("text") or ""))
    return bool(ka and kb and not _same_day(ka, kb))


def start_label(key: str) -> str:
    """A start key as a reader writes it: "06-26" is "26 June", "2024-06-26" is "26 June 2024"; "" stays ""."""
    if not re.fullmatch(r"(?:\d{4}-)?\d\d-\d\d", key or ""):
        return ""
    month, day = (int(x) for x in key[-5:].split("-"))
    return f"{day} {calendar.month_name[month]}" + (f" {key[:4]}" if len(key) == 10 else "")


def starts_differ(keys: list[str]) -> bool:
    """Whether figures counted from the start keys ``keys`` (each non-empty) name two or more different days."""
    return all(keys) and any(not _same_day(keys[0], k) for k in keys[1:])
