"""French number words written out, compounds included: "vingt-deux" 22, "quarante-et-une" 41, "soixante-dix" 70,
"quatre-vingt-dix-neuf" 99, "deux cents" 200 (the rules of the Académie's numerals, both with and without the 1990
hyphens). Read by :func:`helpers.extract.quantities.compound_value` for the words its pattern finds.
"""
from __future__ import annotations

_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
          "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
          "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_ONES = "deux|trois|quatre|cinq|six|sept|huit|neuf"
_TEENS = "dix-(?:sept|huit|neuf)|dix|onze|douze|treize|quatorze|quinze|seize"
#: a French tens word with what may follow it ("vingt-deux", "trente et un", "soixante-dix-sept", "quatre-vingt-onze")
COMPOUND = (rf"(?:{_ONES})[\s-]cents\b|(?:quatre-vingts?|vingt|trente|quarante|cinquante|soixante)(?:[\s-]+et[\s-]+(?:une?|onze)\b|"
            rf"-(?:{_TEENS}|{_ONES})\b)?|{_TEENS}")
#: the words only French numerals use: their presence makes a compound French
FRENCH_WORDS = frozenset(_UNITS) | {"et", "cent", "cents", "mille"}


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
        elif w in _UNITS:
            part += _UNITS[w]
        else:
            return None
        prev = w
    return total + part
