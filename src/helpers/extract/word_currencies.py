"""Currencies read from their sentence: nouns that are also a currency's name (``data/word_currencies.csv``: French
"livres" is pounds in a sentence about money or Britain, "une aide de 2,5 millions de livres", books elsewhere), and
signs shared by two currencies (``data/sign_contexts.csv``: ¥ is the yen in a sentence about Japan, else the yuan)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding, money_subject


@lru_cache(maxsize=1)
def _word_currencies() -> dict[tuple[str, str], tuple[str, re.Pattern[str]]]:
    with open(DATA_DIR / "word_currencies.csv", encoding="utf-8", newline="") as fh:
        return {(r["word"], r["language"]): (r["currency"], re.compile(r["money_cue"])) for r in csv.DictReader(fh)}


def word_currency(text: str, sentence: tuple[int, int], start: int, b: Binding, lang: str) -> Binding:
    """A count whose noun is also a currency's name (``data/word_currencies.csv``: French "livres") is that money when
    its sentence (``sentence``: start, end in ``text``) speaks of money or of the currency's country ("une aide de 2,5 millions de livres": GBP 2.5 million;
    "2 millions de livres vendus" stays books); other bindings unchanged."""
    hit = _word_currencies().get((b.counted.lower(), lang)) if b.dimension == "count" else None
    if hit is None or not hit[1].search(text, *sentence):
        return b
    return Binding(money_subject(text, start, b.end)[0], "money", b.counted, hit[0], hit[0], b.end, b.scale)


@lru_cache(maxsize=1)
def _sign_contexts() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "sign_contexts.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["sign"], r["currency"], re.compile(r["context"])) for r in csv.DictReader(fh))


def sign_currency(text: str, sentence: tuple[int, int], q_text: str, b: Binding) -> Binding:
    """An amount written with a shared sign (``data/sign_contexts.csv``: ¥) in the currency its sentence names
    ("the Japan-exclusive model at ¥49,980": JPY); other bindings unchanged."""
    if b.dimension != "money":
        return b
    for sign, currency, rx in _sign_contexts():
        if sign in q_text and b.currency != currency and rx.search(text, *sentence):
            return Binding(b.subject, b.dimension, b.counted, currency, currency, b.end, b.scale)
    return b
