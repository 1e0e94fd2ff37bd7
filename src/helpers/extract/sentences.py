"""Sentences and clauses of a clean text, shared by the extractors and the comparison.

:func:`sentence_spans` cuts at ``.``/``!``/``?`` before white space, at a CJK full stop even
without a space, and at line breaks (not at a soft wrap inside a Latin sentence); :func:`clause` is the comma or semicolon clause around a
span of a sentence (what a date or a number belongs to).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR

#: a sentence ends at . ! ? before white space, at a CJK full stop even without space (。這些), or at a line break
#: or after reference markers that close a summary's point before an inline bullet ("... 43.1% [3][4] - The gross ...").
#: A full stop before a lower-case word ends an abbreviation, not a sentence ("2.19 billion U.S. dollars").
#: A single line break inside a Latin sentence is a soft wrap, no end: after a word or comma and before a
#: lower-case word ("the S&P 500 fell\nby 2.3 percent"; plain text hard-wrapped at 72 columns).
HARD_BREAK = r"(?<![A-Za-zÀ-ÿ0-9,;])\n+|\n(?![a-zà-ÿ])|\n\n+"
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'\u201d\u2019)]*\s+(?![a-zà-ÿ])|(?<=[。！？])[\u201d\u2019」』）)]*(?=\S)"
                           r"|" + HARD_BREAK +
                           r"|(?<=\])\s+[-–•]\s+(?=\S)")


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Words ending in a full stop that do not end a sentence, lower-cased, with their note (``data/abbreviations.csv``)."""
    with open(DATA_DIR / "abbreviations.csv", encoding="utf-8", newline="") as fh:
        return {r["abbreviation"].lower(): r["note"] for r in csv.DictReader(fh)}


def _abbreviated(text: str, m: re.Match[str]) -> bool:
    """A full stop that ends an abbreviation, not its sentence: a title before a name ("Mr. Kishida"), or any abbreviation
    before a digit ("on Jan. 4", "No. 3"); "in the U.S. The" may end one and does."""
    if m.start() < 1 or text[m.start() - 1] != ".":
        return False
    word = re.search(r"(\S+)$", text[max(0, m.start() - 16):m.start()])
    note = abbreviations().get(word.group(1).lstrip("(\"'“‘[").lower()) if word else None
    nxt = text[m.end():m.end() + 1]
    return note is not None and (nxt.isdigit() or note.startswith("title") and nxt.isupper())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence or line of ``text`` (white space trimmed); an abbreviation's full stop
    (:func:`_abbreviated`) ends none."""
    spans, pos = [], 0
    for m in [m for m in _SENTENCE_END.finditer(text) if not _abbreviated(text, m)] + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            spans.append((pos + lead, pos + lead + len(chunk.strip())))
        pos = m.end() if m else len(text)
    return spans


#: clause boundaries: commas, semicolons, colons and dashes; with ``keep_numbers`` not the comma or
#: colon inside a number ("100,000", "3:45"). Forecast and scope flags were tuned on the plain
#: cuts (a number's verb then often lies outside its clause: "could see 115,000 chips deployed
#: across 36 data centres" leaves 36 a reported count of planned sites), so they keep them.
_CLAUSE_CUT_NUMBERS = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;，；：—]")
_CLAUSE_CUT = re.compile(r"[,;:，；：—]")


#: a relative clause's first word: what the clause says is said of the noun before its comma
_RELATIVE = re.compile(r"(?i)\s*(?:which|who|whose|qui|dont|lequel|laquelle|lesquel(?:le)?s)\b")


def clause(sentence: str, rel_start: int, rel_end: int, keep_numbers: bool = False, relative: bool = False) -> str:
    """The comma/semicolon clause of ``sentence`` around the date at ``[rel_start, rel_end)``; with ``relative``, a
    relative clause comes with the clause before it, whose noun it is about ("la pluviométrie annuelle moyenne de
    Pékin, qui est d'environ 600 mm")."""
    cut = _CLAUSE_CUT_NUMBERS if keep_numbers else _CLAUSE_CUT
    cuts = [0] + [m.end() for m in cut.finditer(sentence)] + [len(sentence) + 1]
    for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
        if a <= rel_start < b:
            start = cuts[k - 1] if relative and k and _RELATIVE.match(sentence, a) else a
            return sentence[start:max(b - 1, rel_end)]
    return sentence




#: the name the modules used before this one existed
_clause = clause
