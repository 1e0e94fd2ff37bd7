"""Tolls of a longer period than the story's event: a whole war's ("The war has killed at least 40,000 people",
"以哈战争在加萨造成的死亡人数来到6万7869人") or one counted since long before ("Since October 2023, Israeli bombardment
has killed more than 66,000"), and an earlier event's recalled some years on ("1年半前……當時有超過14,000位平民死於").
A page on one attack or one exchange recalls such a figure as background; it is no bulletin of the story's own count.
The markers are data (``data/whole_period_markers.csv``)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from helpers.compare.count_starts import figure_at, opened_dates
from helpers.compare.local_places import clause_bounds
from helpers.core.lexicon import alternation

#: a figure marked as a longer period's is told apart only when it is this many times the largest of the others: a
#: border war's own toll ("衝突已導致19名泰國人死亡" beside "至少33人死亡") stays a bulletin of the story
WHOLE_RATIO = 10
#: how close (a share of it) a figure must be to a whole war's toll to be that toll told without the word "war"
SAME = 0.05
#: a count started this many days or more before its page's publication is a longer period's
LONG_DAYS = 365
#: a toll whose sentence dates it this many days or more before its page's publication is an earlier event's
DATED_DAYS = 60


@lru_cache(maxsize=4)
def _markers(kind: str) -> re.Pattern[str]:
    return alternation("whole_period_markers.csv", where=("kind", kind))


def _iso(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(value)[:10]) else None
    except ValueError:
        return None


def years_ago_event(quote: object, text: object) -> bool:
    """Whether the figure ``text`` of sentence ``quote`` stands after a marker of years ago in its own clause ("Two
    years ago the quake killed 300", "il y a deux ans"), or in the clause before one that opens on "at the time"
    (1年半前……，當時有超過14,000): an earlier event's figure; not "the dam, built 40 years ago, burst, killing 120"."""
    if not isinstance(quote, str) or not isinstance(text, str) or (at := figure_at(quote, text)) < 0:
        return False
    lo, hi = clause_bounds(quote, at, at + len(text))
    if lo > 1:
        before = clause_bounds(quote, lo - 2, lo - 1)[0]
        fronted = _markers("ago").match(quote, before + len(quote[before:lo]) - len(quote[before:lo].lstrip()))
        if _markers("then").match(quote, lo) or fronted and lo - fronted.end() <= 2:
            lo = before  # ("Two years ago, a quake killed 300": the clause is only the marker)
    return any(m.end() <= at for m in _markers("ago").finditer(quote, lo, hi))


def long_tally(quote: object, text: object, published: object = "") -> bool:
    """Whether the figure ``text`` of sentence ``quote`` counts a whole war (a war named in its own clause, or a war's
    or an invasion's start anywhere before it: "since the start of the full-scale invasion", unless a
    start less than ``LONG_DAYS`` before ``published`` is named: "since Sunday") or since a date at least
    ``LONG_DAYS`` before ``published`` (the page's ISO date)."""
    if not isinstance(quote, str) or not isinstance(text, str) or (at := figure_at(quote, text)) < 0:
        return False
    lo, hi = clause_bounds(quote, at, at + len(text))
    day = _iso(published)
    starts = [s for s in (_iso(t.date_start) for _, t in opened_dates(quote, text) if t.anchor == "explicit") if s]
    if day is not None and any((day - s).days >= LONG_DAYS for s in starts):
        return True
    recent = day is not None and any((day - s).days < LONG_DAYS for s in starts) or \
        _markers("recent").search(quote, lo, hi)  # (in the figure's own clause: "killed 30 since Sunday, bringing the
    # war's toll to 67,000")
    head = max(quote.rfind(";", 0, at), quote.rfind("；", 0, at)) + 1  # (not across a semicolon)
    return bool(_markers("war").search(quote, lo, hi) or _markers("war_since").search(quote, head, at)) and not recent
    # (a war's start may head the sentence: "自俄乌冲突爆发以来,已有约4.2万平民死伤")


def whole_apart(quotes: list, texts: list, values: list, published: list, vague: list) -> list[bool]:
    """Which figures of one running count are a longer period's, told apart: marked by :func:`long_tally`, or within
    ``SAME`` of a marked one ("the conflict has killed more than 40,000" beside "the war has killed at least 40,000"),
    and at least ``WHOLE_RATIO`` times the largest unmarked figure that is not a vague word; none when no figure is
    unmarked."""
    marked = [long_tally(q, t, p) for q, t, p in zip(quotes, texts, published)]
    tolls = [v for m, v in zip(marked, values) if m and v == v]  # a figure equal to a war's toll is that toll ("The
    marked = [m or any(abs(v - t) <= SAME * t for t in tolls) for m, v in zip(marked, values)]  # conflict has killed
    others = [v for m, v, w in zip(marked, values, vague) if not m and not w and v == v]  # more than 40,000")
    if not others:
        return [False] * len(marked)
    top = max(others)
    return [m and v == v and v >= WHOLE_RATIO * top for m, v in zip(marked, values)]


def dated_earlier(quote: object, text: object, story: object) -> bool:
    """Whether the sentence ``quote`` dates its figure ``text``, in the figure's own clause or at the sentence's head
    before it, to a month or a day that ended ``DATED_DAYS`` or more before ``story``, the story's own day
    (:func:`story_day`): "En février 2025, 18 personnes sont mortes dans une bousculade à la gare de New Delhi", in a
    corpus on a crush of 27 September 2025, is an earlier event's toll; "The stampede on 27 September 2025 killed 41",
    on a page of December, is the story's own. Not a count since that date ("Since February 2025, 300 people have
    died"), nor a year alone."""
    from helpers.extract.temporal import find_temporal

    day = _iso(story)
    if day is None or not isinstance(quote, str) or not isinstance(text, str) or (at := figure_at(quote, text)) < 0:
        return False
    lo, _ = clause_bounds(quote, at, at + len(text))
    return any(t.anchor == "explicit" and t.relation == "in" and t.precision in ("day", "month") and t.end <= at
               and (lo <= t.start or t.start <= _HEAD) and (end := _iso(t.date_end)) is not None
               and (day - end).days >= DATED_DAYS for t in find_temporal(quote))


#: how far into its sentence a date still heads it ("En février 2025, ...")
_HEAD = 3


def story_day(quotes: list, published: list) -> str | None:
    """The story's own day: the day most of ``quotes`` (the sentences of a running count) name, dates without a year
    or weekdays read against their page's ``published`` date, the latest of equals; else the earliest publication
    day (a story happens before its pages); None when neither is known."""
    from collections import Counter

    from helpers.extract.temporal import find_temporal, resolve

    days = Counter(r.date_end for q, p in zip(quotes, published) if isinstance(q, str) for t in find_temporal(q)
                   if t.precision == "day" and (r := resolve(t, p if isinstance(p, str) else None)).resolved
                   and r.date_end)
    if days:
        return max(days, key=lambda d: (days[d], d))
    dated = sorted(p[:10] for p in published if isinstance(p, str) and _iso(p) is not None)
    return dated[0] if dated else None
