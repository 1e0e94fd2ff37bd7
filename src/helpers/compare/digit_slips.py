"""Digits copied in another order: two tellings of one figure that use the same digits in another order ("516 blessés"
against "561人受伤" on the same day) are one figure and a copying slip, even where two bulletins of a running count
would not be compared (a provisional toll, no hour given): the reader should see both."""
from __future__ import annotations

from helpers.compare.comparable import named_days
from helpers.compare.prices import close_in_time
from helpers.extract.weekdays import weekdays_named

#: the fewest digits a figure needs for a reordering of them to be no coincidence
MIN_DIGITS = 3


def _digits(c: dict) -> str:
    v = c.get("v", c.get("value"))
    return str(int(v)) if isinstance(v, (int, float)) and v == v and float(v).is_integer() else ""


def _days(c: dict) -> frozenset[str]:
    """The days a claim's sentence names: dates, and weekdays by their number (Monday and 周一 are one)."""
    quote = str(c.get("quote") or "")
    return named_days(quote) | frozenset(str(d) for d in weekdays_named(quote))


def transposed(a: dict, b: dict) -> bool:
    """Whether two precise figures of pages published within two days, whose sentences name no different days, are
    the same digits in another order (not a toll of 123 on Monday and one of 132 on Tuesday)."""
    da, db = _digits(a), _digits(b)
    days_a, days_b = _days(a), _days(b)
    return len(da) >= MIN_DIGITS and da != db and sorted(da) == sorted(db) and \
        a.get("qualifier") == b.get("qualifier") == "exact" and close_in_time(a, b, 2) and \
        not (days_a and days_b and not days_a & days_b)
