"""Temperatures below zero and temperatures written with a bare 度: "moins 18°C", "minus 8 °C", "零下18度" are -18 and -8
(a sign written "-8°C" is read with the number, :func:`helpers.extract.number_context.negative_amount`); "气温降至18度"
is 18 °C when its clause speaks of temperature (度 alone is also an angle, a degree of latitude or, in 度电, a kWh)."""
from __future__ import annotations

import csv
import dataclasses
import re
from functools import lru_cache

from helpers.extract.binding import Binding
from helpers.extract.quantities import Quantity
from helpers.core.paths import DATA_DIR

#: a word for "below zero" right before the number
_BELOW_ZERO = re.compile(r"(?i)(?:\bmoins|\bminus|零下|负|負)\s*$")
#: "plus or minus", "±", 正负 before the minus: a margin of error
_MARGIN = re.compile(r"(?i)(?:\bplus\s+(?:or|ou)\s+(?:moins|minus)|±|正负|正負)\s*$")
#: a word of temperature earlier in the number's clause (气温, 温度, 低温; not 温度计 "thermometer")
#: a range whose first end is below zero and has no unit of its own, before a second end ("-5 to -10°C",
#: "零下5至零下10度", "de -5 à -10 °C"): the sign is written with the number or as a word
_SIGN = r"(?:零下|负|負|\bmoins\s+|\bminus\s+|(?<![\w.,])[-−–])"
_RANGE_BEFORE = re.compile(rf"(?i){_SIGN}\s?(?P<a>\d+(?:[.,]\d+)?)\s*(?:to|and|à|au|et|至|到|[-–~～])\s*{_SIGN}?\s*$")
#: "from", 从: two values of a change, not a range
_CHANGE_FROM = re.compile(r"(?i)(?:\bfrom|\bpassant\s+de|\bpassé\s+de|从|從|由)\s*$")
_TEMPERATURE_WORD = re.compile(r"(?:气温|氣溫|温度|溫度|低温|低溫|高温|高溫|体感|體感|零下|最低温|最高温)(?:[^，。；！？,;!?\n]){0,12}$")


def below_zero(text: str, q: Quantity, b: Binding) -> Quantity:
    """``q`` negated when it is a temperature after "moins", "minus" or 零下 (its range turned round); else ``q``."""
    if b.subject != "temperature" or q.value <= 0 or not _BELOW_ZERO.search(text, max(0, q.start - 8), q.start) \
            or _MARGIN.search(text, max(0, q.start - 16), q.start):
        return q  # ("plus or minus 0.5°C", "正负1度": a margin, not a temperature below zero)
    return dataclasses.replace(q, value=-q.value, low=-q.high, high=-q.low)


def below_zero_range(text: str, q: Quantity, b: Binding) -> Quantity:
    """``q`` widened to a range when it is a temperature below zero whose clause gives another end below zero first
    ("Lows of -5 to -10°C": -10 to -5); else ``q``. "From -5 to -10°C" is a change and stays one value."""
    if b.subject != "temperature" or q.value >= 0 or q.low != q.high:
        return q
    m = _RANGE_BEFORE.search(text, max(0, q.start - 24), q.start)
    if not m or _CHANGE_FROM.search(text, max(0, m.start() - 12), m.start()):
        return q
    lo, hi = sorted((-float(m.group("a").replace(",", ".")), q.value))
    return dataclasses.replace(q, start=m.start(), text=text[m.start():q.end], value=(lo + hi) / 2, low=lo, high=hi,
                               qualifier="range")


def bare_degrees(text: str, q: Quantity) -> Binding | None:
    """A number then 度 (not 度电/度電) in a clause that speaks of temperature ("气温降至零下18度"): degrees Celsius;
    none after a verb of change with no "to" ("气温骤降10度" is a fall of ten degrees, not a temperature)."""
    m = re.match(r"\s*度(?![电電数數])", text[q.end:q.end + 3])
    if not m or not _TEMPERATURE_WORD.search(text, max(0, q.start - 24), q.start) or \
            re.search(r"(?:降|升|跌|涨|漲|高|低)了?\s*(?:约|約)?$", text[max(0, q.start - 4):q.start]) or \
            re.search(r"误差|誤差|正负|正負|±", text[max(0, q.start - 12):q.start]):
        return None
    return Binding("temperature", "other", "度", "°C", None, q.end + m.end())


#: a bare degree word after the number (not "degrees Celsius", "°C", "°F": units of their own)
_DEGREES = re.compile(r"(?i)\s?(?:degrees?|degrés?|°)(?!\s?(?:celsius|fahrenheit|C\b|F\b))")


@lru_cache(maxsize=2)
def _cues(kind: str) -> re.Pattern[str]:
    """The words of a sentence that make a bare "degrees" an angle or an academic degree (``data/degree_kinds.csv``)."""
    with open(DATA_DIR / "degree_kinds.csv", encoding="utf-8", newline="") as fh:
        return re.compile("|".join(r["pattern"].removeprefix("(?i)") for r in csv.DictReader(fh) if r["kind"] == kind), re.I)


def bare_degree_word(text: str, q: Quantity, sentence: tuple[int, int], b: Binding | None) -> Binding | None:
    """A number then a bare "degrees" or "degrés": an angle when its sentence speaks of turning, steering or bearings
    (``data/degree_kinds.csv``: "steered left by 22.06 degrees"), else a temperature ("41 degrees in the shade");
    ``b`` when no degree word follows the number."""
    m = _DEGREES.match(text, q.end)
    if not m or _cues("academic").search(text, *sentence):
        return b  # ("awarded 5,000 degrees": diplomas)
    if _cues("angle").search(text, *sentence):
        return Binding("angle", "other", m.group(0).strip(), "degrees", None, m.end())
    return Binding("temperature", "other", m.group(0).strip(), "°C", None, m.end())
