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
_RANGE_BEFORE = re.compile(rf"(?i)(?:(?P<between>\b(?:between|entre)\s+)?){_SIGN}\s?(?P<a>\d+(?:[.,]\d+)?)\s*"
                           rf"(?:to|à|au|至|到|[-–~～]|(?P<and>and|et))\s*{_SIGN}?\s*$")  # ("-3 and -8 °C respectively": two)
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
    m = _RANGE_BEFORE.search(text, max(0, q.start - 32), q.start)
    if not m or m.group("and") and not m.group("between") or _CHANGE_FROM.search(text, max(0, m.start() - 12), m.start()):
        return q
    m_start = m.start() if not m.group("between") else m.start() + len(m.group("between"))
    lo, hi = sorted((-float(m.group("a").replace(",", ".")), q.value))
    return dataclasses.replace(q, start=m_start, text=text[m_start:q.end], value=(lo + hi) / 2, low=lo, high=hi,
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
_DEGREES = re.compile(r"(?i)\s?(?:degrees|degrés|degree(?!-)|degré|°)(?!\s?(?:celsius|fahrenheit|C\b|F\b))")
#: how far from the number a word that makes a bare "degrees" an angle or a temperature is searched (characters)
_NEAR_BEFORE, _NEAR_AFTER = 60, 60


@lru_cache(maxsize=2)
def _cues(kind: str) -> re.Pattern[str]:
    """The words that make a bare "degrees" an angle or a temperature (``data/degree_kinds.csv``)."""
    with open(DATA_DIR / "degree_kinds.csv", encoding="utf-8", newline="") as fh:
        return re.compile("|".join(r["pattern"].removeprefix("(?i)") for r in csv.DictReader(fh) if r["kind"] == kind), re.I)


def bare_degree_word(text: str, q: Quantity, sentence: tuple[int, int], b: Binding | None) -> Binding | None:
    """A number then a bare "degrees", "degrés" or "°": an angle when a word of turning, steering or bearing stands
    near it (``data/degree_kinds.csv``: "steered left by 22.06 degrees"), a temperature when a word of weather or heat
    does ("41 degrees in the shade"; in English its scale unnamed, "degrees", since a US page means Fahrenheit), else
    ``b`` (degrees of separation, of difficulty, from a university are neither)."""
    m = _DEGREES.match(text, q.end)
    if not m:
        return b
    near = text[max(sentence[0], q.start - _NEAR_BEFORE):min(sentence[1], m.end() + _NEAR_AFTER)]
    at = q.start - max(sentence[0], q.start - _NEAR_BEFORE)  # the number's place in ``near``
    if _cues("angle").search(near[:at]) or _cues("angle").search(near):  # (the first: "turned the wheel by" just before)
        return Binding("angle", "other", m.group(0).strip(), "degrees", None, m.end())
    if _cues("temperature").search(near):
        unit = "°C" if m.group(0).strip().lower().startswith("degré") else "degrees"
        return Binding("temperature", "other", m.group(0).strip(), unit, None, m.end())
    return b
