"""The period a figure is given per: "£108 million a week", "每天慘虧1000萬英鎊", "700 million weekly active users",
"1 800 milliards de dollars par an" (``data/rate_periods.csv``). A rate is another quantity than a total: a loss of
£50 million a week and a loss of £1.9 billion are two figures, and a chart or a finding must say "a week".

A period is read right after the number's unit (skipping at most two words: "£50 million in losses a week") or before
the number inside its clause (每周亏损, "weekly losses of"). "In a day", "a year ago" and "the Daily Mail" name no
rate. The claims table's ``per`` column holds the period; empty for a total."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.sentences import clause

#: the words skipped between a number's unit and its period: none, one or two, none a digit or an article ("£50
#: million in losses a week"), after a bracketed aside ("1,5 million de livres (1,75 million d’euros) chaque semaine")
_ASIDE = r"(?:[(（][^()（）]{0,40}[)）]\s*)?"
_WORD = r"(?!(?:the|a|an|this|that|its|their|la|le|les|l['’]|ce|cette|sa|son|ses)\s)[^\W\d][\w'’-]*\s+"
_SKIPS = tuple(re.compile(rf"[)）]?\s*{_ASIDE}(?:{_WORD}){{{k}}}{_ASIDE}", re.I) for k in range(3))
#: how long a phrase before a number's clause may be for "each" in it to reach the number ("Each machine, sold ...")
FRONTED = 30
#: a preposition right before the period's words makes a window, not a rate ("in a day", "over a week")
_WINDOW = re.compile(r"(?i)\b(?:in|within|for|over|during|after|en|dans|sur|pendant|durant)\s+$")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "rate_periods.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["period"], r["side"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


def _after(rest: str) -> str:
    """The period of the rate words in ``rest`` (the clause after a unit) within two words of its start."""
    for skip in _SKIPS:
        m = skip.match(rest)
        if m is None:
            return ""
        if _WINDOW.search(rest[:m.end()]):
            continue
        for period, side, rx in _rows():
            if side == "after" and rx.match(rest, m.end()):
                return period
    return ""


def per_period(sentence: str, start: int, end: int, unit_end: int, subject: str = "", dimension: str = "") -> str:
    """The period (hour, day, week, month, year) the number at ``sentence[start:end]`` (its unit ending at
    ``unit_end``) is given per, or "each" for an amount per item, or "" when it is a total; a multiple has none ("three
    times the weekly average", "年均的3倍": the average is the rate); a count is never per item ("five men were each
    sentenced", "12 people per the weather service")."""
    if subject == "multiple":
        return ""
    period = _period(sentence, start, end, unit_end)
    return "" if period == "each" and dimension == "count" else period


def _period(sentence: str, start: int, end: int, unit_end: int) -> str:
    """:func:`per_period` before the check of the dimension."""
    own = clause(sentence, start, end, keep_numbers=True)
    at = max(sentence.rfind(own, 0, start + len(own)), 0)
    rest = sentence[unit_end:at + len(own)] if unit_end <= at + len(own) else ""
    if period := _after(rest):
        return period
    before = sentence[at:start]
    for period, side, rx in _rows():
        if side == "before" and rx.search(sentence[:start] if period == "each" and at <= FRONTED else before):
            return period  # ("Each machine, sold more than 180 million euros": an item's, said in a fronted phrase)
    return ""


#: how the brief and the figures write a period after an amount
_WORDS = {"hour": "an hour", "day": "a day", "week": "a week", "month": "a month", "year": "a year", "each": "each"}


def per_words(per: object) -> str:
    """The words that follow an amount given per ``per`` (" a week" for "week"), or "" for a total."""
    return f" {_WORDS[per]}" if isinstance(per, str) and per in _WORDS else ""
