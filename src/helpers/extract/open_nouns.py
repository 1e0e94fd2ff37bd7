"""Counted nouns the lexicon does not know: a plural noun right after a number ("40 adults and"; "1 500 départs
volontaires" -> départs; "dix jeunes filles" -> jeunes filles). Subjects are open: a new
corpus brings its own (jobs, campers, réseaux), read here from the words as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import _CONNECT, _STOP


def _words_of(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w for ln in lines if not ln.startswith("#") for w in ln.split())


@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    """Plural-looking words that are not counted nouns (``data/not_nouns.txt``: "times", "restent")."""
    return _words_of("not_nouns.txt")


@lru_cache(maxsize=1)
def _before_nouns() -> frozenset[str]:
    """French adjectives written before their noun (``data/prenominal_adjectives.txt``: "jeunes" of jeunes filles)."""
    return _words_of("prenominal_adjectives.txt")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """Singular nouns ending in -s that modify a plural noun after them (``data/noun_modifiers.txt``: gas, news)."""
    return _words_of("noun_modifiers.txt")


def _plural(w: str) -> bool:
    return bool(re.search(r"[sx]$", w)) and not w.endswith(("ss", "us", "is")) and len(w) > 3


def open_noun(text: str, end: int) -> str | None:
    """A plural noun right after a number that the lexicon does not know ("dozens of campers"): lower-case words,
    the last one plural, then a stop. The first plural word
    heads the phrase (a French adjective after it stays out: "départs volontaires"), unless it is an adjective
    written before its noun ("jeunes filles")."""
    m = re.match(r"\s*(?:of\s+|de\s+|d['’])?((?:[a-zà-ÿ][a-zà-ÿ-]{1,20}\s+){0,2}[a-zà-ÿ][a-zà-ÿ-]{2,20}[sx])\b(?!['’])",
                 text[end:end + 70])
    if not m:
        return None
    words = m.group(1).split()
    for i, w in enumerate(words):  # the first plural word, after modifiers only
        if w in _modifiers() and i + 1 < len(words):
            continue  # "35 gas turbines": gas modifies the noun
        if w in _STOP or w in _CONNECT or w in _not_nouns():
            return None
        if _plural(w):
            more = i + 1 < len(words) and w in _before_nouns() and _plural(words[i + 1])
            return " ".join(words[:i + 2 if more else i + 1])
    return None


#: the capitalised word right before a number
_CAPITAL_BEFORE = re.compile(r"([A-Z][A-Za-z'’-]*)[ \u00a0]$")


def in_a_name(text: str, start: int, value: float) -> bool:
    """A small number written right after a capitalised word is part of a name ("Ne Zha 2 continues", "Avatar 2",
    "Windows 11 users"): no count of the word after it. A capitalised function word ("Some 5 firms") names nothing."""
    m = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    return value < 100 and m is not None and m.group(1).lower() not in _STOP and m.group(1).lower() not in _CONNECT
