"""Numbers read together: a part before its whole ("344 of 6,000 flights"), a range written with words
("three to four weeks", "600 万美元到 630 万美元"), one length in several units ("five years, seven months and
22 days") and a Chinese half ("5年半")."""
from __future__ import annotations

import re

from helpers.extract.binding import Binding
from helpers.extract.quantities import Quantity, _mag, change_rx, value_range

#: a part before its whole ("344 of 6,000 flights", "65 de ses 121 ports", "3 out of 10 households")
_OF_WHOLE = re.compile(r"(?i)\s*(?:(?:out\s+)?of|de|des|d['’]entre|sur)(?:\s+(?:the|its|their|ses|leurs|ces|les))?\s*")


def part_of_whole(text: str, qs: list[Quantity], bs: list[Binding | None]) -> list[Binding | None]:
    """A number bound to nothing right before "of" and a counted whole counts what the whole counts."""
    out = list(bs)
    for i in range(len(qs) - 1):
        whole = bs[i + 1]
        if out[i] is None and whole is not None and whole.dimension == "count" and qs[i].currency is None and \
                _OF_WHOLE.fullmatch(text, qs[i].end, qs[i + 1].start) and qs[i].value <= qs[i + 1].value:
            out[i] = Binding(whole.subject, "count", whole.counted, whole.unit, None, qs[i].end)
    return out


#: between a counted number and a bare one that shares its noun: a list mark or a word that adds, sets against or
#: takes a part ("571 stores in mainland China and 40 abroad", "50 000 personnes selon les organisateurs, 20 000
#: selon la police", "175 000 manifestants, dont 24 000 à Paris", "par 364 voix contre 194"); no digit, no sentence end
_ELIDED_GAP = re.compile(r"(?i)(?:[^\d.;:!?。；！？()\[\]]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?(?:,\s*(?:(?:and|et|dont|"
                         r"including|of which|among them|contre|against|compared (?:to|with))\s+)?|\s(?:and|et|dont|including|of which|contre|against|versus|vs\.?)\s+|\s[-–—]\s+|"
                         r"\s(?:and|et)\s+(?:in|à|en|au)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:to|à)\s+)")  # ("45 and in Malawi to 13")
# (a hedge before the bare number is the number's own; "32 personnes - 19 en Thaïlande": a breakdown after a dash)
#: what may follow the bare number: where, whose word, or the clause's end ("40 abroad", "20 000 selon la police");
#: not a ratio ("3 in 10") nor a list of bare numbers ("12, 13 and 14": ages, days)
_ELIDED_AFTER = re.compile(r"(?i)(?!\s*(?:in|sur|out of|on)\s+(?:(?!(?:19|20)\d\d\b)\d+|one|two|three|four|five|ten|un|une|deux|trois|cinq|dix)\b"
                           r"|\s*,\s*\d)\s*(?:$|[,.;:!?)]|(?:in|at|on|from|abroad|overseas|outside|elsewhere|away|according|"
                           r"against|à|au|aux|en|dans|selon|hors|ailleurs|contre|du\s+côté|on\s+the\s+\w+\s+side|following|after|après)\b)")
#: a small bare number between commas is an age given after a name ("the driver, 45.", "Costa, 27, and"), no count
_AGE_APPOSITION = re.compile(r"\s*(?:[,.;)]|and\b|et\b)")


def elided_head(text: str, q: Quantity, before: Binding | None, before_q: Quantity | None) -> Binding | None:
    """A bare number that shares the counted noun of the number before it in its sentence: the noun is left out of
    the second of two counts set side by side ("23 people had died in Kathmandu and 4 in Pokhara": 4 dead; "473
    interpellations, dont 203 à Paris"); None when anything else stands between or after them, or it reads as a year."""
    if before is None or before_q is None or before.dimension != "count" or before.scale != 1 or q.currency \
            or before.end > q.start or re.fullmatch(r"(?:19|20)\d\d", q.text):
        return None
    if not ((_ELIDED_GAP.fullmatch(text, before.end, q.start) or re.fullmatch(r"\s+[^\W\d_]+\s+to\s+", text[before.end:q.start]))
            and _ELIDED_AFTER.match(text, q.end)):  # ("364 votes to 194": "to" right after its noun only)
        return None
    if q.value < 130 and text[max(0, q.start - 4):q.start].rstrip().endswith(",") and _AGE_APPOSITION.match(text, q.end):
        return None
    return Binding(before.subject, "count", before.counted, before.unit, None, q.end)


#: between a measure given by one source and a bare number given by the next: "estimée à 7,5 par l'Agence japonaise, à
#: 7,4 par l'USGS et à 7,2 par...", "put at 7.5 by the JMA and at 7.4 by the USGS", "de 7,6 selon le JMA et de 7,5"
_ATTRIBUTED_GAP = re.compile(r"(?i)\s*(?:par|by|selon|according to|d['’]après)\s+[^\d,;.!?()]{2,80}?"
                             r"(?:,\s*(?:et\s+|and\s+)?|\s+(?:et|and)\s+)(?:à|de|at|of)\s+")


def attributed_twin(text: str, q: Quantity, before: Binding | None, before_q: Quantity | None) -> Binding | None:
    """A bare number that gives the measure before it as another source gave it ("à 7,5 par l'Agence japonaise, à
    7,4 par l'USGS": a magnitude too); None when anything else stands between them. Money keeps to its currency."""
    if before is None or before_q is None or before.currency or before.end > q.start or q.currency \
            or not _ATTRIBUTED_GAP.fullmatch(text, before.end, q.start):
        return None
    return Binding(before.subject, before.dimension, before.counted, before.unit, None, q.end, before.scale)


#: between two amounts of one unit, a Chinese range mark ("600 万美元到 630 万美元", "5吉瓦至10吉瓦")
_RANGE_CJK = re.compile(r"\s*(?:到|至|~|～)\s*")


Found = list[tuple[Quantity, Binding, int, int]]


def _fold(found: Found, merge) -> Found:
    """``found`` with each item merged into the one before it where ``merge(previous, item)`` gives their join."""
    out: Found = []
    for item in found:
        joined = merge(out[-1], item) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(item)
    return out


def join_ranges(text: str, found: Found) -> Found:
    """Two exact amounts of the same unit joined by 到/至 with the unit written on both ends are one range
    ("在 600 万美元到 630 万美元之间", "从 1 吉瓦到 6 吉瓦"), as "600-630 万美元" is; a verb of change before
    the mark (增至, 降至) keeps them two values. (Two after "between", "between 25cm to 45cm", are read as one range
    where numbers are found.)"""
    def merge(prev, item):
        (q1, b1, s, e), (q2, b2, _, _) = prev, item
        if (b1.dimension, b1.unit, b1.counted) == (b2.dimension, b2.unit, b2.counted) and q2.qualifier == "exact" \
                and (q1.qualifier == "exact" or q1.qualifier == "approx" and b1.end == q1.end) and \
                0 <= q1.value < q2.value and (_RANGE_CJK.fullmatch(text, b1.end, q2.start) or _bare_lower_end(text, q1, b1, q2)):
            low = q1.value * _shared_magnitude(q1, q2)
            return (Quantity(q1.start, q2.end, text[q1.start:q2.end].strip(), (low + q2.value) / 2, low,
                             q2.value, "range", q1.currency, q1.unit, q1.numeric_kind), b2, s, e)
        return None
    return _fold(found, merge)


#: a magnitude word ending an amount ("ten crore", "five million", "3 billion")
_MAGNITUDE_END = re.compile(r"(?i)(?<![A-Za-z])(thousand|millions?|billion|trillion|crores?|lakhs?|milliards?)$")


def _shared_magnitude(q1: Quantity, q2: Quantity) -> float:
    """The magnitude the upper end of a range lends its bare lower end ("eight to ten crore": 80 million to 100 million;
    "three to five million"), 1 when the lower end has its own or would pass the upper end with it."""
    m = _MAGNITUDE_END.search(q2.text)
    mag = _mag(m.group(1).lower()) if m and not _MAGNITUDE_END.search(q1.text) else 1.0
    return mag if mag > 1 and q1.value * mag < q2.value else 1.0


#: between the parts of one length ("five years, seven months and 22 days", "3 minutes and 58 seconds", "1小时30分钟")
_DURATION_JOIN = re.compile(r"\s*(?:,\s*(?:and|et)?|and|et|零)?\s*")
_RESPECTIVELY = re.compile(r"(?i)\brespectivel?y\b|respectivement|分别|分別|各自")


def join_durations(text: str, found: Found) -> Found:
    """The parts of one length written in descending units, each smaller part less than one of the larger unit, are one
    duration in the smallest unit ("Cinq ans, sept mois et 22 jours": about 2,061 days; "three minutes and 58 seconds":
    238 seconds), with the first part's hedge ("about 2 hours and 30 minutes"); a list ("respectively") stays apart."""
    from helpers.core.numbers import duration_days

    days = duration_days()

    def merge(prev, item):
        (q1, b1, s, e), (q2, b2, _, _) = prev, item
        d1, d2 = days.get(b1.unit or ""), days.get(b2.unit or "")
        ratio = round(d1 / d2, 6) if d1 and d2 else 0  # (the table holds rounded day fractions: 60, not 59.99999)
        if b1.dimension == b2.dimension == "duration" and ratio > 1 and q2.qualifier == "exact" and q2.value < ratio \
                and q1.qualifier != "range" and q1.numeric_kind != "vague" and _DURATION_JOIN.fullmatch(text, b1.end, q2.start) \
                and not _RESPECTIVELY.search(text, q2.end, e):  # ("10 years, 5 years and 18 months respectively": a list)
            total = q1.value * ratio + q2.value
            return (Quantity(q1.start, q2.end, text[q1.start:q2.end], total, *value_range(total, q1.qualifier),
                             q1.qualifier, None, q2.unit, q1.numeric_kind), b2, s, e)
        return None
    return _fold(found, merge)


#: a lower end bound to nothing before "to" and an amount ("three to four weeks", "de 3 à 4 semaines", "2 or 3 days")
_TO_NEXT = re.compile(r"(?i)\s*(?:to|or|à|ou|-|–)\s*")
#: the start of a change, not of a range ("rose from two to five", "passé de 3 à 5")
_FROM_BEFORE = re.compile(r"(?i)(?:\bfrom|从|從|由)\s*$")


def _changes_from(text: str, start: int) -> bool:
    """A number is where a change starts: "from" before it, or a French "de" after a word of change ("passer de 180
    à 300 millions": ``data/change_markers.csv``, as the quantity reader has it)."""
    return _FROM_BEFORE.search(text, max(0, start - 16), start) is not None or (
        re.search(r"(?i)\bde\s*$", text[max(0, start - 6):start]) is not None
        and change_rx().search(text, max(0, start - 60), start) is not None)


def _bare_lower_end(text: str, q1: Quantity, b1: Binding, q2: Quantity) -> bool:
    """``q1`` is written without its unit right before "to" and ``q2`` ("three to four weeks"), and is no
    starting point of a change ("from three to four weeks")."""
    return b1.end == q1.end and _TO_NEXT.fullmatch(text, q1.end, q2.start) is not None and \
        not _changes_from(text, q1.start)


def range_to_next(text: str, qs: list[Quantity], bs: list[Binding | None]) -> list[Binding | None]:
    """A number bound to nothing right before "to" and a larger exact amount of something is the lower end of
    that amount's range: it takes the amount's binding (the pair is joined by :func:`join_ranges`)."""
    out = list(bs)
    for i in range(len(qs) - 1):
        upper = bs[i + 1]
        if out[i] is None and upper is not None and qs[i].qualifier in ("exact", "approx") and qs[i + 1].qualifier == "exact" and \
                qs[i].currency is None and 0 <= qs[i].value < qs[i + 1].value and \
                _TO_NEXT.fullmatch(text, qs[i].end, qs[i + 1].start) and not _changes_from(text, qs[i].start):
            # ("rose from two to five people": a change)
            out[i] = Binding(upper.subject, upper.dimension, upper.counted, upper.unit, upper.currency, qs[i].end,
                             upper.scale)
    return out


#: 半 beginning a word of its own after the unit (3年半导体, 70年半岛, 7天半价, 3年半年报, 10年半数): no half
_HALF_WORD = re.compile(r"半(?=[\u3400-\u9fff])(?![的之后後前内內左多时時就才])")
#: the units a Chinese half can follow (5年半 five and a half years, 3个半小时 is written otherwise)
_HALF_UNITS = ("years", "months", "hours", "days", "weeks")


def halves(text: str, found: list[tuple[Quantity, Binding, int, int]]) -> list[tuple[Quantity, Binding, int, int]]:
    """A Chinese duration followed by 半 is half a unit more: 5年半 is 5.5 years, 1年半 1.5."""
    out = []
    for q, b, s, e in found:
        if b.dimension == "duration" and b.unit in _HALF_UNITS and text[b.end:b.end + 1] == "半" and \
                not _HALF_WORD.match(text, b.end) and \
                q.qualifier != "range" and q.numeric_kind != "vague":
            v = q.value + 0.5
            q = Quantity(q.start, q.end, q.text, v, *value_range(v, q.qualifier), q.qualifier, q.currency, q.unit,
                         q.numeric_kind)
            b = Binding(b.subject, b.dimension, b.counted + "半", b.unit, b.currency, b.end + 1, b.scale)
        out.append((q, b, s, e))
    return out
