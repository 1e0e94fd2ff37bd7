"""Numbers in the same order: a translation's trace.

A page translated from another (or both from one original in a third language) shares no wording with it, but it
keeps its figures, in their order: "5 000 mégawatts ... 74 milliards de mètres cubes ... 4 milliards de dollars" in
French against "5,000 megawatts ... 74 billion cubic metres ... $4-billion" in English. Independent reports of one
event share some of its figures too, seldom five or more in the same order and seldom most of the shorter page's.
"""
from __future__ import annotations

import math

import pandas as pd

#: a translation keeps this many of its figures in the original's order, and this share of the shorter page's
ORDER_MIN, ORDER_SHARE = 5, 0.75
#: figures of a page read for its order, from its start (bounds the work on long pages)
ORDER_LIMIT = 80


def _figure(value: float, unit: object) -> tuple[int, int, str] | None:
    """A value at three significant digits, with its unit: how two languages' tellings of one figure meet."""
    if not math.isfinite(value) or value == 0:
        return None
    e = math.floor(math.log10(abs(value)))
    return round(value / 10 ** (e - 2)), e, unit if isinstance(unit, str) else ""


def figure_sequences(claims: pd.DataFrame | None) -> dict[str, list[tuple[int, int, str]]]:
    """Per document, its figures in reading order (a figure repeated at once counted once)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    if claims is None or not len(claims):
        return out
    ordered = claims.sort_values(["doc_id", "start"], kind="stable")
    for d, v, u in zip(ordered["doc_id"], ordered["value"], ordered["unit"]):
        f = _figure(float(v), u) if isinstance(v, (int, float)) else None
        seq = out.setdefault(d, [])
        if f is not None and (not seq or seq[-1] != f) and len(seq) < ORDER_LIMIT:
            seq.append(f)
    return out


def in_order(a: list, b: list) -> int:
    """How many figures ``a`` and ``b`` give in the same order (their longest common subsequence)."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def translated(a: list, b: list) -> int:
    """The figures two pages in two languages give in the same order when they are enough to say one translates
    the other or both a common original (:data:`ORDER_MIN`, :data:`ORDER_SHARE`), else 0."""
    short = min(len(a), len(b))
    if short < ORDER_MIN or len(set(a) & set(b)) < max(ORDER_MIN, ORDER_SHARE * short):
        return 0  # (too few figures shared in any order: no need to ask for their order)
    n = in_order(a, b)
    return n if n >= ORDER_MIN and n >= ORDER_SHARE * short else 0
