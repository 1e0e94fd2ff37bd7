"""An earthquake's magnitude or intensity (``data/magnitude_markers.csv``: 7.7-magnitude, magnitude 7,7, 7.7级地震,
里氏7.7级, 震度5強) and so many times something happened ("downloaded 10 million times"): numbers that are neither
an amount nor a multiple."""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding, units
from helpers.extract.quantities import Quantity


@lru_cache(maxsize=1)
def _magnitude_markers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "magnitude_markers.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["position"], re.compile(r["pattern"])) for r in csv.DictReader(fh))


def times_counted(text: str, q: Quantity) -> Binding | None:
    """"downloaded 10 million times", "téléchargée 10 millions de fois": so many times something happened (a
    count), not a multiple; a multiple is small ("5 times more")."""
    m = re.match(r"\s*(?:de\s+)?(times|fois)\b", text[q.end:q.end + 12], re.I)
    if m and q.value >= 1000 and not re.match(r"\s+(?:more|less|as|the|larger|bigger|higher|faster|greater|smaller|lower|stronger|cheaper|plus|moins)\b",
                                               text[q.end + m.end():q.end + m.end() + 12], re.I):
        return Binding("occurrences", "count", m.group(1), None, None, q.end + m.end())
    return None


def magnitude_of(text: str, q: Quantity) -> Binding | None:
    """An earthquake's magnitude (``data/magnitude_markers.csv``): 7.7-magnitude, magnitude 7,7, 7.7级地震,
    里氏7.7级; a value from 1 to 10, never a count. A seismic intensity (震度5強, intensité de 7) is its own."""
    if not 1 <= q.value < 10 or q.currency or re.match(r"\s*(?:[%％]|倍|times\b|fois\b|x\b)", text[q.end:q.end + 8]) \
            or units()[0].match(text, q.end + len(text[q.end:q.end + 3]) - len(text[q.end:q.end + 3].lstrip())):
        return None  # "下跌2.5%", "持续了2.5小时", "2.5 times": a unit or a percentage says what it is
    if any(p == "intensity" and rx.search(text, max(0, q.start - 16), q.start) for p, rx in _magnitude_markers()):
        return Binding("seismic intensity", "other", "intensity", "intensity", None, q.end)
    for position, rx in _magnitude_markers():
        if position in ("clause", "after_decimal") and not re.search(r"\d[.,]\d", q.text):
            continue  # (a magnitude is written with its decimal: "6,7", "7.5级")
        before = text[max(0, q.start - (120 if position == "clause" else 20)):q.start]
        after = position.startswith("after")
        m = rx.search(text[q.end:q.end + 32]) if after else rx.search(before)
        if m:
            tail = re.match(r"\s*(?:级|級)", text[q.end:q.end + 3]) if position == "clause" else None
            end = q.end + m.end() if after else q.end + (tail.end() if tail else 0)
            return Binding("magnitude", "other", "magnitude", "magnitude", None, end)
    return None


def magnitude_class(text: str, q: Quantity, b: Binding) -> Quantity:
    """A whole Chinese magnitude with its 级 and no decimal (這場7級強震) names a class, 7.0 to 7.9, as a loose mention
    of a quake another sentence gives as 7.6: the range, not exactly 7. Other quantities unchanged."""
    if b.subject in ("magnitude", "aftershock magnitude") and q.qualifier == "exact" and re.fullmatch(r"\d[级級]?", q.text) \
            and re.match(r"[级級]?的?\s*(?:强|強|大)?(?:地震|强震|強震|余震|餘震)", text[q.start + 1:q.end + 6]):
        return replace(q, high=q.value + 0.9, qualifier="range")
    return q
