"""Letters after or before a number that are a scale or a unit, not a word: a one-letter magnitude (m, b, k)
against the metre, and a quake's magnitude scale glued before its value (M6.9, Mw 8.8)."""
from __future__ import annotations

import re

#: a moment-magnitude or local-magnitude scale glued before a quake's magnitude, and that magnitude (one decimal)
_QUAKE_SCALE = re.compile(r"(?<![A-Za-z0-9$€£¥-])M[wWLs]?\s?$")
_QUAKE_VALUE = re.compile(r"[1-9][.,]\d(?![\d])(?![.,]\d)(?!\s?%)(?![A-Za-z])")
_QUAKE_WORD = re.compile(r"(?i)quake|tremor|aftershock|seism|séisme|réplique|magnitude|tsunami|地震|余震|餘震|强震|強震|海啸|海嘯")


def quake_scale_before(text: str, s: int) -> bool:
    """The number at ``s`` is a quake's magnitude on a named scale (M6.9, Mw 8.8, ML4.5), where quakes are
    spoken of: the letter glued before it is no model name."""
    return _QUAKE_SCALE.search(text, max(0, s - 3), s) is not None and _QUAKE_VALUE.match(text, s) is not None \
        and _QUAKE_WORD.search(text, max(0, s - 120), s + 120) is not None


#: a word after "m" that says it is no million: a verb, a preposition, an adjective of size
_NOT_COUNTED = re.compile(r"(?i)\s*(?:[^\w\s]|$|(?:high|tall|deep|long|wide|above|below|in|on|at|of|off|was|were|is|are|and|or|"
                          r"to|from|into|along|hit|struck|de|du|des|d|en|à|au|aux|et|ont|sont|a|est|haut|hauts|haute|hautes|"
                          r"le|la|les|sur|par|pour|dans)\b)")
#: what a length measures, near a glued "1.5m" that is metres
_LENGTH_WORDS = re.compile(r"(?i)\b(?:waves?|tsunamis?|surges?|swells?|vagues?|houle|height|high|tall|deep|depth|sea level|"
                           r"water level|walls?|flood(?:ing|waters?)?|snow|hauteur|altitudes?|elevation|inland|long|wide|profondeur|"
                           r"haute?s?|longue?s?|larges?|distance)\b")


def not_a_magnitude(t: str, m: re.Match[str], mag: str) -> bool:
    """A one-letter m, b or k after a number with no currency is no magnitude: spaced, unless a counted
    noun follows ("300 m" metres, "2.5 m people" a million); glued, an m is metres where a length is spoken of
    ("waves of 1.5m hit")."""
    word = mag.strip()
    if word.lower() not in ("m", "b", "k") or m.group("cur") or re.match(r"\s?[€$£]", t[m.end("mag"):m.end("mag") + 2]):
        return False
    if mag != word:
        return word.lower() == "m" and _NOT_COUNTED.match(t, m.end("mag")) is not None or word.lower() != "m" and \
            not re.match(r"\s+[a-z]", t[m.end("mag"):m.end("mag") + 2])
    return word == "m" and _NOT_COUNTED.match(t, m.end("mag")) is not None and \
        _LENGTH_WORDS.search(t, max(0, m.start() - 60), m.end() + 30) is not None



def spaced_magnitude(t: str, num_end: int, currency: bool) -> tuple[float, int] | None:
    """A magnitude letter written apart from its number ("$300 m", "€2 bn", "2.5 m people"): its factor
    and where it ends; a spaced m with no currency and no counted noun after it is the metre (None)."""
    m = re.match(r" (m|mn|bn|b|k)(?![A-Za-zÀ-ÿ0-9²³])", t[num_end:num_end + 4])
    if not m:
        return None
    after = num_end + m.end()
    if not currency and (m.group(1) != "m" or _NOT_COUNTED.match(t, after) is not None or metre_context(t, num_end) or
                         not re.match(r"\s+[a-zà-ÿ]{3,}", t[after:after + 8])):
        return None  # a million of something only with its noun after it ("2.5 m people")
    return {"m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3}[m.group(1)], num_end + m.end()


def metre_context(t: str, at: int) -> bool:
    """A length is spoken of around position ``at`` (waves, a height, a depth, floodwater): a spaced "m" there is the
    metre; elsewhere ("revenue of 5 m", "fined 4 m") it is no unit we read."""
    return _LENGTH_WORDS.search(t, max(0, at - 60), at + 40) is not None
