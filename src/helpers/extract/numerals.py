"""Numerals written out in words, in English ("two hundred ninety-four thousand") and in French with its compounds
("vingt-deux" 22, "quarante-et-une" 41, "soixante-dix" 70, "quatre-vingt-dix-neuf" 99, "deux mille trois cents"
2300; the Académie's numerals with and without the 1990 hyphens). The French compounds are read only in French text
(:data:`FR_COMPOUND`): "seize" and "six cents" are English words too. Used by :mod:`helpers.extract.quantities`.
"""
from __future__ import annotations

import re

_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_FR = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
       "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
       "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_ONES = "deux|trois|quatre|cinq|six|sept|huit|neuf"
_TEENS = "dix-(?:sept|huit|neuf)|dix|onze|douze|treize|quatorze|quinze|seize"
#: French compounds no other language writes ("vingt-deux", "trente et un", "soixante-dix-sept", "quatre-vingt-onze",
#: "dix-sept"): read in every text
FR_HYPHENATED = (rf"(?:quatre-vingts?|vingt|trente|quarante|cinquante|soixante)(?:[\s-]+et[\s-]+(?:une?|onze)\b|"
                 rf"-(?:{_TEENS}|{_ONES})\b)|quatre-vingts?|dix-(?:sept|huit|neuf)")
#: French numerals that are English words or names too ("seize", "six cents", "Louis Quatorze", "le onze" of a team):
#: read in French text only
FR_COMPOUND = rf"{FR_HYPHENATED}|(?:{_ONES})[\s-]cents\b|{_TEENS}|soixante|mille"
#: what may follow a French numeral inside one number ("deux mille trois cents")
FR_CONTINUE = rf"{FR_COMPOUND}|cents?|mille"
#: the words French numerals are written with
FRENCH_WORDS = frozenset(_FR) | {"et", "cent", "cents", "mille"}


def french_value(words: list[str]) -> float | None:
    """The value of French number words split at spaces and hyphens (["quatre", "vingt", "dix", "neuf"] 99), None
    when a word is not a French numeral."""
    total, part, prev = 0.0, 0.0, ""
    for w in words:
        if w == "et":
            continue
        if w in ("vingt", "vingts") and prev == "quatre":
            part += 80 - 4  # quatre-vingt: four twenties
        elif w in ("cent", "cents"):
            part = (part or 1) * 100
        elif w == "mille":
            total, part = total + (part or 1) * 1000, 0.0
        elif w in _FR:
            part += _FR[w]
        else:
            return None
        prev = w
    return total + part


def word_value(w: str) -> float:
    """The value of an English or French number word ("forty-two", "a", "trente"); 0 for a word that is none."""
    parts = re.split(r"[\s-]+", w.lower())
    if parts[0] in ("a", "one", "another"):
        return 1.0
    if parts[0] in _TENS:
        return float(_TENS[parts[0]] + (_WORDS.get(parts[1], 0) if len(parts) > 1 else 0))
    return float(_WORDS.get(parts[0], _FR.get(parts[0], 0)))


def compound_value(w: str) -> float:
    """The value of number words ("two hundred ninety-four thousand" 294000, "quatre-vingt-dix-neuf" 99)."""
    total, part = 0.0, 0.0
    words = re.split(r"[\s-]+", w.lower())
    if words[0] in ("a", "another") and len(words) > 1 and set(words[1:]) <= FRENCH_WORDS:
        words = words[1:]
    if set(words) <= FRENCH_WORDS and (fr := french_value(words)) is not None:
        return fr  # "quatre-vingt-dix-neuf" 99, "quarante-et-une" 41
    if words[0] == "another" and len(words) > 1:
        words = words[1:]  # "another two million": two million more, not three
    if words[0] == "a" and len(words) > 1 and words[1] not in ("hundred", "thousand"):
        words = words[1:]  # "a ten-times return": an article, not one more
    for word in words:
        if word == "and":
            continue
        if word == "hundred":
            part = (part or 1) * 100
        elif word == "thousand":
            total += (part or 1) * 1000
            part = 0.0
        else:
            part += word_value(word)
    return total + part
