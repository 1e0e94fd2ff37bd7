"""The day a running count is counted from: "706 morts depuis le 26 juin", "393 killed since August 14", "自6月26日以来".
Two tallies from two different starts are two quantities (a whole season and its last week), never one figure
misreported, even when one page gives both on one day."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from helpers.extract.temporal import Temporal, find_temporal

#: a word that opens a count's start, just before the date ("since", "depuis le", "dès la mi-", 自, 从)
_BEFORE = re.compile(r"(?i)(?:\bsince|\bdepuis|\bdès|\bstarting|\bbeginning|自|从|從)\s*"
                     r"(?:(?:the|on|le|la|l'|au|du)\s+)?$")
#: words after a Chinese date that make it a start ("6月26日以来", "8月14日起")
_AFTER = re.compile(r"^\s*(?:以来|以來|起|开始|開始)")
#: how far before a date the opening word is looked for
_REACH = 24


def _day_key(t: Temporal) -> str:
    """"MM-DD" for a date of day precision, with or without its year; else "" (a month or a season is no day)."""
    if t.precision != "day":
        return ""
    if t.date_start:
        return t.date_start[5:10]
    if t.rule and t.rule[0] == "month_day":
        return f"{t.rule[1] // 100:02d}-{t.rule[1] % 100:02d}"
    return ""


@lru_cache(maxsize=8192)
def count_start(quote: str, text: str = "") -> str:
    """The day (``MM-DD``) the count ``text`` of sentence ``quote`` is counted from, else "": the date after "since",
    "depuis" or 自 nearest to the figure."""
    if not isinstance(quote, str):
        return ""
    at = quote.find(text) if text else -1
    found = [(abs(t.start - at) if at >= 0 else 0, key) for t in find_temporal(quote)
             if (key := _day_key(t)) and (_BEFORE.search(quote[max(0, t.start - _REACH):t.start])
                                          or _AFTER.match(quote[t.end:t.end + 3]))]
    return min(found)[1] if found else ""


def starts_apart(a: dict, b: dict) -> bool:
    """Two counts each counted from a day its sentence names, and the days differ: two tallies, not one."""
    ka = count_start(str(a.get("quote") or ""), str(a.get("text") or ""))
    kb = count_start(str(b.get("quote") or ""), str(b.get("text") or ""))
    return bool(ka and kb and ka != kb)


def start_label(key: str) -> str:
    """A start key as a reader writes it: "06-26" is "26 June"."""
    month, day = (int(x) for x in key.split("-"))
    return f"{day} {calendar.month_name[month]}"
