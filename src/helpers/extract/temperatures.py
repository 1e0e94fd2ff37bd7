"""Temperatures below zero and temperatures written with a bare 度: "moins 18°C", "minus 8 °C", "零下18度" are -18 and -8
(a sign written "-8°C" is read with the number, :func:`helpers.extract.number_context.negative_amount`); "气温降至18度"
is 18 °C when its clause speaks of temperature (度 alone is also an angle, a degree of latitude or, in 度电, a kWh)."""
from __future__ import annotations

import dataclasses
import re

from helpers.extract.binding import Binding
from helpers.extract.quantities import Quantity

#: a word for "below zero" right before the number
_BELOW_ZERO = re.compile(r"(?i)(?:\bmoins|\bminus|零下|负|負)\s*$")
#: "plus or minus", "±", 正负 before the minus: a margin of error
_MARGIN = re.compile(r"(?i)(?:\bplus\s+(?:or|ou)\s+(?:moins|minus)|±|正负|正負)\s*$")
#: a word of temperature earlier in the number's clause (气温, 温度, 低温; not 温度计 "thermometer")
_TEMPERATURE_WORD = re.compile(r"(?:气温|氣溫|温度|溫度|低温|低溫|高温|高溫|体感|體感|零下|最低温|最高温)(?:[^，。；！？,;!?\n]){0,12}$")


def below_zero(text: str, q: Quantity, b: Binding) -> Quantity:
    """``q`` negated when it is a temperature after "moins", "minus" or 零下 (its range turned round); else ``q``."""
    if b.subject != "temperature" or q.value <= 0 or not _BELOW_ZERO.search(text, max(0, q.start - 8), q.start) \
            or _MARGIN.search(text, max(0, q.start - 16), q.start):
        return q  # ("plus or minus 0.5°C", "正负1度": a margin, not a temperature below zero)
    return dataclasses.replace(q, value=-q.value, low=-q.high, high=-q.low)


def bare_degrees(text: str, q: Quantity) -> Binding | None:
    """A number then 度 (not 度电/度電) in a clause that speaks of temperature ("气温降至零下18度"): degrees Celsius;
    none after a verb of change with no "to" ("气温骤降10度" is a fall of ten degrees, not a temperature)."""
    m = re.match(r"\s*度(?![电電数數])", text[q.end:q.end + 3])
    if not m or not _TEMPERATURE_WORD.search(text, max(0, q.start - 24), q.start) or \
            re.search(r"(?:降|升|跌|涨|漲|高|低)了?\s*(?:约|約)?$", text[max(0, q.start - 4):q.start]) or \
            re.search(r"误差|誤差|正负|正負|±", text[max(0, q.start - 12):q.start]):
        return None
    return Binding("temperature", "other", "度", "°C", None, q.end + m.end())
