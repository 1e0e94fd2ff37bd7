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
    if w.endswith("us") and len(w) > 4:  # "13 500 détenus", a French noun the glosses hold (not "virus", "bonus")
        from helpers.extract.glosses import gloss_of

        return gloss_of(w, "fr") is not None
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


#: a title of two capitalised words right before a number ("Ne Zha 2", "Inside Out 2")
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z'’-]*)[ \u00a0]([A-Z][A-Za-z'’-]*)[ \u00a0]$")
#: capitalised words that begin a sentence or a place, a day or a source, not a title
_NOT_TITLE = frozenset("""in on at after before since during yesterday today tomorrow monday tuesday wednesday thursday
friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche à selon après avant depuis hier aujourd'hui
according some about nearly over around only all another by for from with to of into per as the and or but
dans pour par avec sur en sans contre entre et ou le la les un une des du""".split())


def in_a_name(text: str, start: int, value: float) -> bool:
    """A single digit written right after a two-word capitalised title is the title's number ("Ne Zha 2 continues",
    "Inside Out 2 earned"): no count of the word after it. A place, a day or a source before a number ("In Gaza 27
    civilians", "Lundi 14 mineurs", "Selon Reuters 12 manifestants") names nothing."""
    m = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return value < 10 and m is not None and not any(
        w.lower() in _CONNECT or w.lower() in _NOT_TITLE for w in m.groups())
