"""A page's lone figure of a subject: the one value a page gives for what it counts.

A corpus retells one story. When two of its pages each give one value, and one only, of a subject that needs an
owner (a depth, a height, a trade deficit) and of the same unit, each page's figure is that page's answer
to one question, even when neither sentence names whose it is: "the quake struck at a depth of 18 km" against
"depth of 20.7 km". A page that gives two or more values of the subject lists several things (deaths in two
provinces), so its figures need a name to be compared. A value written twice on a page (in its lead and again) is
one value.

Counts are left out: a toll or a group (deaths, children among them, crew, police) moves by the hour and differs by
place, so two pages' lone counts are often two moments or two groups. So are the subjects of
``data/lone_figure_exceptions.csv``: figures that differ by who measures, where or when (a magnitude, an altitude, a
market value). A generic subject (money, cost, value) still needs the name or the close precise values that
:func:`helpers.compare.conflicts.judge` asks of it."""
from __future__ import annotations

from collections import defaultdict

import pandas as pd

from helpers.core.lexicon import column_values


def _value_of(v: float) -> str:
    """A value to three significant digits: 92 and 92.0 are one value, written twice."""
    return f"{v:.3g}"


def page_values(doc_ids: pd.Series, keys: pd.Series, values: pd.Series) -> list[int]:
    """For each claim, how many different values its page gives under the claim's key (subject, dimension, unit,
    currency; whatever the horizon: "$1.8 trillion … by 2029, rising to over $2.4 trillion by 2034" gives two)."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows = list(zip(doc_ids, keys, values))
    for d, k, v in rows:
        seen[(d, k)].add(_value_of(float(v)))
    return [len(seen[(d, k)]) for d, k, _ in rows]


def lone_pair(a: dict, b: dict) -> bool:
    """True when ``a`` and ``b`` come from two pages, each the only value its page gives of their subject, a
    measure (not a count) whose value does not depend on who measures, where or when."""
    return a.get("doc_id") != b.get("doc_id") and a.get("page_values") == 1 and b.get("page_values") == 1 \
        and a.get("subject") == b.get("subject") and a.get("dimension") != "count" \
        and a.get("subject") not in column_values("lone_figure_exceptions.csv", "subject")
