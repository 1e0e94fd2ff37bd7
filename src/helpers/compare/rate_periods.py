"""Rates given per a period (the claims table's ``per``: "£108 million per week", "每天慘虧1000萬英鎊"), compared as the
quantities they are.

- A rate per hour, day, week or month is another quantity than a total, or than a rate per another period: £50 million
  a week and £1.9 billion are two figures, never a conflict (:func:`rate_key`). A rate per year is not kept apart from
  a figure that names no period: a year's revenue, spending or output is often written without "a year".
- Two sources' rates of one kind of money or count for one short period are one quantity even when neither names its
  owner ("JLR lost £108 million per week" against "每周亏损5000万英镑"): so few figures of a story are given per week or
  per day that the period ties them (:func:`rate_tie`), unless each names a different owner."""
from __future__ import annotations

from helpers.compare.sides import sides_apart

#: money subjects one rate of a shutdown or a project is told as: "a weekly cost of £108m" and "lost £50 million a week"
RATE_MONEY = frozenset({"cost", "loss", "money", "value"})
#: periods that set a rate apart from a total (a year's figure is often written without "a year")
SHORT_PERIODS = frozenset({"hour", "day", "week", "month", "each"})
#: periods that tie two pages' figures into one rate: few figures of a story are given per week, many per item
TYING_PERIODS = SHORT_PERIODS - {"each"}


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def rate_key(per: object) -> str:
    """The comparability key's part for a claim's ``per``: the short period, or "" for a total or a yearly figure."""
    return _s(per) if _s(per) in SHORT_PERIODS else ""


def one_rate(a: dict, b: dict) -> bool:
    """Two money figures given per the same short period whose subjects are a cost or a loss told two ways (a
    weekly cost and a weekly loss of one shutdown): one quantity."""
    per = rate_key(a.get("per"))
    return per in TYING_PERIODS and per == rate_key(b.get("per")) and a.get("dimension") == b.get("dimension") == "money" \
        and {a.get("subject"), b.get("subject")} <= RATE_MONEY


def rate_tie(a: dict, b: dict, whole_a: frozenset[str], whole_b: frozenset[str]) -> bool:
    """Two pages' figures of one subject given per the same short period, neither naming an owner the other does
    not share and not on two sides of a conflict: one rate, told by two sources."""
    per = rate_key(a.get("per"))
    return per in TYING_PERIODS and per == rate_key(b.get("per")) and (a.get("subject") == b.get("subject") or one_rate(a, b)) \
        and a.get("doc_id") != b.get("doc_id") and not (whole_a and whole_b and not whole_a & whole_b) \
        and not sides_apart(a, b)
