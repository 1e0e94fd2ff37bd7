"""What kind of time a duration is, when its words say: a prison term, the term of an instrument, a window in
which things happen, the time a work took, a lag since or before another moment (``data/duration_kinds.csv``, first matching row wins).

- "a 15-year prison sentence", "passible de dix ans d'emprisonnement", "恐關數十年": prison term;
- "a five-year warrant", "un bon de souscription de cinq ans", "七年的技術授權協議": term;
- "built in 18 months", "reconstruite en cinq ans", "計畫18個月完成": time to complete;
- "over the next four years", "au cours des six derniers mois", "未来三年", "the three-month span after": period;
- "six days after the disaster", "il y a cinq ans", "时隔五年": time since; "six months before the Olympics",
  "还有两周": time before.

A duration none of these words qualify stays "duration" (its length of an event, :mod:`helpers.extract.timed`).
The kinds are coarse subjects (``data/generic_subjects.csv``): two lags or two windows are one quantity only when
their sentences tell one event."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.quantities import Quantity
from helpers.extract.sentences import clause


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "duration_kinds.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["kind"], r["side"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


def duration_kinds() -> tuple[str, ...]:
    """Every kind of ``data/duration_kinds.csv`` but age (an age is no kind of span: its subject is age), in order of precedence."""
    return tuple(dict.fromkeys(kind for kind, _, _ in _rows() if kind != "age"))


#: what closes a number set off by commas after a name ("Gonzalez, 49 ans, a ...", "et Li Ming, 51 ans."): a comma or
#: the sentence's end (not a list "Smith, 12 years; Jones, 8 years"; "selon Macron, 5 ans." is a source, see the row)
_ASIDE_END = re.compile(r"\s*(?:,|\.(?!\d)|\))")
#: a length written as a compound adjective before its noun ("the 12-day war", "a three-hour meeting"): it times
#: that noun, it is no window
_ATTRIBUTIVE = re.compile(r"\s+[A-Za-zÀ-ÿ]")


#: a length "for" which something went on ("burned for 43 hours before it was put out", "fermé pendant trois jours
#: après la tempête"): the words after it say when it ended, it is no lag before or since that moment
_FOR_LENGTH = re.compile(r"(?i)\b(?:for|pendant|durant)\s+(?:(?:about|around|nearly|almost|over|more than|less than|just|only|"
                         r"some|plus de|près de|environ|moins de)\s+)*$")


def _kind(text: str, start: int, end: int, unit_end: int, rows: tuple[tuple[str, str, re.Pattern[str]], ...]) -> str:
    own = clause(text, start, end)
    at = max(text.rfind(own, 0, start + len(own)), 0)
    before, after = text[at:start], text[unit_end:unit_end + 60]
    attributive = "-" in text[start:unit_end] and _ATTRIBUTIVE.match(after)
    length = bool(_FOR_LENGTH.search(before))
    for kind, side, rx in rows:
        if kind == "period" and attributive and side != "after_noun":  # (not "a 90-day window")
            continue
        if length and kind in ("time since", "time before") and side == "after":
            continue
        if (side == "before" and rx.search(before) or side in ("after", "after_noun") and rx.search(after)
                or side == "clause" and rx.search(own)
                or side == "aside" and rx.search(text, max(0, start - 80), start) and _ASIDE_END.match(after)):
            return kind
    return ""


def is_age(text: str, start: int, end: int, unit_end: int) -> bool:
    """Whether the years at ``text[start:end]`` (unit ending at ``unit_end``) are an age: "850年历史", "aged 37 and
    38 years", "deux hommes de 26 et 35 ans", "Miguel Angel Luna Gonzalez, 49 ans," (the "age" rows)."""
    lo = max(0, start - 200)  # the number's neighbourhood, not the whole document
    return bool(_kind(text[lo:unit_end + 60], start - lo, end - lo, unit_end - lo,
                      tuple(r for r in _rows() if r[0] == "age")))


def duration_kind(sentence: str, start: int, end: int, unit_end: int) -> str:
    """The kind of the duration at ``sentence[start:end]`` whose unit ends at ``unit_end``, "" when its words name
    none: the text before the number is read within its clause, the text after it from the unit's end."""
    return _kind(sentence, start, end, unit_end, tuple(r for r in _rows() if r[0] != "age"))


#: "over" read as a hedge at the start of a duration ("over 4 years")
_OVER = re.compile(r"(?i)over\s+")


#: an amount right before "over" ("surged to 4,014 over two weeks", "rose 20% over three years")
_AMOUNT_END = re.compile(r"\d[\d,.]*\s*(?:%|percent|per cent|pour cent|[A-Za-z]{1,12})?\s*$")


def right_after_amount(before: str) -> bool:
    """Whether the text ``before`` a duration ends with an amount, so that "over" joins the two ("rose 20% over three
    years"), not a verb or "for" ("have been on strike for over two weeks": more than two weeks)."""
    return bool(_AMOUNT_END.search(before[-40:]))


def spread_over(q: Quantity, after_amount: bool) -> Quantity:
    """A duration read as "over 4 years" after an amount of its sentence ("invest $500B over 4 years", "€1bn over
    five years") or right after an amount ("cases surged to 4,014 over two weeks", "rose 20% over three years") is the
    span the amount is spread over or gathered in: exactly 4 years, its text without "over"; elsewhere ("waited over 4
    years", "300 workers have been on strike for over two weeks") "over" stays "more than"."""
    m = _OVER.match(q.text)
    if not (after_amount and m and q.qualifier == "more_than"):
        return q
    return Quantity(q.start + m.end(), q.end, q.text[m.end():], q.value, q.value, q.value, "exact", q.currency, q.unit,
                    q.numeric_kind)
