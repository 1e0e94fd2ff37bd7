"""Letters after or before a number that are a scale or a unit, not a word: a one-letter magnitude (m, b, k)
against the metre, and a quake's magnitude scale glued before its value (M6.9, Mw 8.8)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    """The word lists of ``data/scale_letter_words.csv`` by kind (quake, not_counted, length), compiled."""
    with open(DATA_DIR / "scale_letter_words.csv", encoding="utf-8", newline="") as fh:
        return {r["kind"]: re.compile(rf"(?i)(?:{r['pattern']})") for r in csv.DictReader(fh)}

#: a moment-magnitude or local-magnitude scale glued before a quake's magnitude, and that magnitude (one decimal)
_QUAKE_SCALE = re.compile(r"(?<![A-Za-z0-9$€£¥-])M[wWLs]?\s?$")
_QUAKE_VALUE = re.compile(r"[1-9][.,]\d(?![\d])(?![.,]\d)(?!\s?%)(?![A-Za-z])")


def quake_scale_before(text: str, s: int) -> bool:
    """The number at ``s`` is a quake's magnitude on a named scale (M6.9, Mw 8.8, ML4.5), where quakes are
    spoken of: the letter glued before it is no model name."""
    return _QUAKE_SCALE.search(text, max(0, s - 3), s) is not None and _QUAKE_VALUE.match(text, s) is not None \
        and _words()["quake"].search(text, max(0, s - 120), s + 120) is not None


def not_a_magnitude(t: str, m: re.Match[str], mag: str) -> bool:
    """A one-letter m, b or k after a number with no currency is no magnitude: spaced, unless a counted
    noun follows ("300 m" metres, "2.5 m people" a million); glued, an m is metres where a length is spoken of
    ("waves of 1.5m hit")."""
    word = mag.strip()
    if word.lower() not in ("m", "b", "k") or m.group("cur") or re.match(r"\s?[€$£]", t[m.end("mag"):m.end("mag") + 2]):
        return False
    if mag != word:
        return word.lower() == "m" and _not_counted(t, m.end("mag")) is not None or word.lower() != "m" and \
            not re.match(r"\s+[a-z]", t[m.end("mag"):m.end("mag") + 2])
    return word == "m" and _not_counted(t, m.end("mag")) is not None and \
        _words()["length"].search(t, max(0, m.start() - 60), m.end() + 30) is not None



def spaced_magnitude(t: str, num_end: int, currency: bool) -> tuple[float, int] | None:
    """A magnitude letter written apart from its number ("$300 m", "€2 bn", "2.5 m people"): its factor
    and where it ends; a spaced m with no currency and no counted noun after it is the metre (None)."""
    m = re.match(r" (m|mn|bn|b|k)(?![A-Za-zÀ-ÿ0-9²³])", t[num_end:num_end + 4])
    if not m:
        return None
    after = num_end + m.end()
    if not currency and (m.group(1) != "m" or _not_counted(t, after) is not None or metre_context(t, num_end) or
                         not re.match(r"\s+[a-zà-ÿ]{3,}", t[after:after + 8])):
        return None  # a million of something only with its noun after it ("2.5 m people")
    return {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3}[m.group(1)], num_end + m.end()


def metre_context(t: str, at: int) -> bool:
    """A length is spoken of around position ``at`` (waves, a height, a depth, floodwater): a spaced "m" there is the
    metre; elsewhere ("revenue of 5 m", "fined 4 m") it is no unit we read."""
    return _words()["length"].search(t, max(0, at - 60), at + 40) is not None


def _not_counted(t: str, at: int) -> re.Match[str] | None:
    """What follows ``at`` (after white space) says the letter before it counts nothing (``not_counted`` words)."""
    return _words()["not_counted"].match(t, at + len(t[at:at + 8]) - len(t[at:at + 8].lstrip()))
