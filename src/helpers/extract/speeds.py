"""A distance written after "per hour" or a word of speed in Chinese is a speed ("風速達每小時282公里", "时速350公里",
"逼近300公里的風速": km/h), not a distance; the units that carry "per hour" themselves (km/h, miles per hour, 公里/小时) are rows of ``data/units.csv``.
A speed whose clause names what moves (``data/speed_kinds.csv``: winds) is that speed ("winds of 295 km/h": wind speed)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding

#: "per hour" or a word of speed right before a number, with the verbs of reaching between ("每小時", "时速达", "風速逼近")
_PER_HOUR_BEFORE = re.compile(r"(?:每小[时時]|[时時]速|[風风]速)\s*(?:[达達约約为為近超逾]|高[达達]|最高|可[达達]|[达達]到|逼近|接近)?\s*$")
#: a word of speed right after a distance ("逼近300公里的風速": a wind speed of 300 km/h, "per hour" left unsaid)
_SPEED_AFTER = re.compile(r"\s*的\s*(?:[風风]速|[时時]速)(?!度)")


def per_hour(text: str, start: int, b: Binding) -> Binding:
    """A distance whose number at ``start`` follows "per hour" (``_PER_HOUR_BEFORE``): a speed in km/h at the distance's
    scale (每小時180英里: miles); other bindings unchanged."""
    if b.subject != "distance" or not (_PER_HOUR_BEFORE.search(text, max(0, start - 12), start)
                                       or _SPEED_AFTER.match(text, b.end)):
        return b
    return Binding("speed", b.dimension, b.counted, "km/h", b.currency, b.end, b.scale)


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "speed_kinds.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], re.compile(r["pattern"])) for r in csv.DictReader(fh))


#: a participle opening the clause of a speed: what it reaches is named in the clause before ("winds, reaching 200 km/h")
_PARTICIPLE = re.compile(r"(?i)\s*(?:atteignant|reaching|peaking at|topping|gusting|allant|pouvant atteindre|soufflant)\b")


def speed_kind(text: str, start: int, b: Binding) -> Binding:
    """A speed whose clause before the number at ``start`` (back to a comma or sentence end), or the words right after
    it, name what moves (``data/speed_kinds.csv``): that speed ("winds of up to 295 km/h", "風速達每小時282公里": wind speed); other bindings
    unchanged."""
    b = per_hour(text, start, b)
    if b.subject != "speed":
        return b
    parts = re.split(r"[;，；。]|\.(?!\d)|,(?!\d)", text[max(0, start - 80):start])  # (not "moving at 8 mph with winds")
    before = parts[-1][-40:]
    if len(parts) > 1 and _PARTICIPLE.match(before):  # "les vents violents, atteignant jusqu'à 260 km/h": the clause
        before = parts[-2] + before  # the participle hangs on
    kind = next((subject for subject, rx in _kinds() if rx.search(before) or rx.match(text, b.end)), None)
    return Binding(kind, b.dimension, b.counted, b.unit, b.currency, b.end, b.scale) if kind else b
