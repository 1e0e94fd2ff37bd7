"""Currencies read from their sentence: nouns that are also a currency's name (``data/word_currencies.csv``: French
"livres" is pounds in a sentence about money or Britain, "une aide de 2,5 millions de livres", books elsewhere), and
signs shared by two currencies (``data/sign_contexts.csv``: ¥ is the yen when Japan is the nearest place its clause
names, else the yuan)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding, money_subject


@lru_cache(maxsize=1)
def _word_currencies() -> dict[tuple[str, str], tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]]]:
    with open(DATA_DIR / "word_currencies.csv", encoding="utf-8", newline="") as fh:
        return {(r["word"], r["language"]): (r["currency"], re.compile(r["money_cue"]), re.compile(r["place_cue"]),
                                             re.compile(r["not_cue"])) for r in csv.DictReader(fh)}


def word_currency(text: str, sentence: tuple[int, int], start: int, b: Binding, lang: str) -> Binding:
    """A count whose noun is also a currency's name (``data/word_currencies.csv``: French "livres") is that money when
    its sentence (``sentence``: start, end in ``text``) speaks of money and of the currency's country, or gives a
    conversion beside it, and of nothing the noun's other sense goes with ("une aide de 2,5 millions de livres (2,8
    millions d'euros)": GBP 2.5 million; "500 millions de livres vendus", "il pèse 180 livres" stay as they are)."""
    hit = _word_currencies().get((b.counted.lower(), lang)) if b.dimension == "count" else None
    if hit is None or not (hit[1].search(text, *sentence) and hit[2].search(text, *sentence)) or hit[3].search(
            text, *sentence):
        return b
    return Binding(money_subject(text, start, b.end)[0], "money", b.counted, hit[0], hit[0], b.end, b.scale)


@lru_cache(maxsize=1)
def _sign_contexts() -> tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...]:
    with open(DATA_DIR / "sign_contexts.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["sign"], r["currency"], re.compile(r["context"]), re.compile(r["other"]))
                     for r in csv.DictReader(fh))


#: where the clause of an amount ends: a clause mark (not a digit's comma) or a word that sets two things apart
_CUT = re.compile(r"[;，；。、]|,(?!\d)|\b(?:but|while|whereas|against|versus|mais|contre|alors que|tandis que)\b|而|但|比")


def sign_currency(text: str, sentence: tuple[int, int], q_start: int, q_text: str, b: Binding) -> Binding:
    """An amount written with a shared sign (``data/sign_contexts.csv``: ¥) in the currency of the nearest word of
    place or currency in its clause ("the Japan-exclusive model at ¥49,980": JPY; "¥3,899 in China but ¥66,980 in
    Japan": CNY, then JPY); a code before the sign (CN¥, RMB¥) keeps the default, and so does a clause that names
    neither, unless its page leans to the sign's country (:func:`_page_leans`)."""
    if b.dimension != "money":
        return b
    lo = max([m.end() for m in _CUT.finditer(text, sentence[0], q_start)], default=sentence[0])
    hi = next((m.start() for m in _CUT.finditer(text, q_start + len(q_text), sentence[1])), sentence[1])
    for i, (sign, currency, rx, other) in enumerate(_sign_contexts()):
        if sign not in re.match(r"\D*", q_text).group(0) or b.currency == currency:  # ("between ¥1.1 trillion")
            continue
        mine = [abs(m.start() - q_start) for m in rx.finditer(text, lo, hi)]
        theirs = [abs(m.start() - q_start) for m in other.finditer(text, lo, hi)]
        if mine and min(mine) < min(theirs, default=len(text)) or not (mine or theirs) and _page_leans(text, i):
            counted = currency if b.counted == b.currency else b.counted  # (the default's code as written: CNY)
            return Binding(b.subject, b.dimension, counted, currency, currency, b.end, b.scale)
    return b


@lru_cache(maxsize=256)
def _page_leans(text: str, row: int) -> bool:
    """A page that names a sign's country three times or more, and twice as often as the default's ("Japan", 日本 against
    "China"), or twice and the default's never: an amount whose clause names neither ("damage of ¥1.1 trillion to ¥2.6 trillion in Ishikawa") is in that
    country's currency."""
    _, _, rx, other = _sign_contexts()[row]
    mine, theirs = len(rx.findall(text)), len(other.findall(text))
    return mine >= 3 and mine > 2 * theirs or mine >= 2 and not theirs  # (a short page naming Japan twice, China never)
