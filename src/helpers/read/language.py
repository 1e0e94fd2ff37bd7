"""A rough guess at the languages of a text, by script and function words.

Enough to say "English with Chinese passages"; not a language identifier for short strings.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from helpers.core.paths import DATA_DIR

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: kana letters (not the middle dot ・ or the long mark ー, which Chinese text uses in transcribed names)
_KANA = re.compile(r"[\u3040-\u30fa\u30fd-\u30ff]")
#: Japanese prose has at least this share of kana among its CJK characters (usually 30-50 %; a Chinese page quoting a
#: Japanese title has far less)
KANA_SHARE = 0.15
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_ANY_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")  # any of the three above
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['\u2019][A-Za-zÀ-ÖØ-öø-ÿ]+)?")


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """Function words by language: English from scikit-learn, others from data/stopwords.txt."""
    out = {"en": frozenset(ENGLISH_STOP_WORDS)}
    for line in (DATA_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, *words = line.split()
            out[code] = frozenset(words)
    return out



#: letters one Latin language writes and its neighbours do not, to break a tie of function words (la, de, en
#: are French and Spanish: "La récolte de blé a atteint 33 millions de tonnes" is French by its é)
_LETTERS = {"fr": "àâçéèêëîïôùûœ", "es": "ñáíóú¿¡", "de": "äöüß", "en": ""}


def detect_languages(text: str, min_chars: int = 4) -> list[str]:
    """Language codes found in ``text``, most characters first (e.g. ``["en", "zh"]``).

    CJK scripts count by characters (``zh`` for Han, ``ja`` when kana appear, ``ko`` for
    Hangul); Latin text is assigned to the language whose function words it uses most
    (en, fr, de, es, from :func:`stopwords`). A script with fewer than
    ``min_chars`` characters is ignored.
    """
    shares: dict[str, int] = {}
    if _ANY_CJK.search(text):
        han, kana, hangul = len(_HAN.findall(text)), len(_KANA.findall(text)), len(_HANGUL.findall(text))
    else:  # one pass for the usual text without any
        han = kana = hangul = 0
    if kana >= min_chars and kana >= KANA_SHARE * (han + kana):
        shares["ja"] = han + kana
    elif han >= min_chars:
        shares["zh"] = han
    if hangul >= min_chars:
        shares["ko"] = hangul
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    if words:
        counts = Counter(words)
        hits = {code: sum(counts[w] for w in sw.intersection(counts))  # count of function words
                for code, sw in stopwords().items()}
        best = max(sorted(hits), key=lambda c: (hits[c], sum(text.count(ch) for ch in _LETTERS.get(c, ""))))
        latin_chars = sum(map(len, words))
        if hits[best] >= 2 and latin_chars >= min_chars:
            shares[best] = latin_chars
    return sorted(shares, key=lambda c: (-shares[c], c))
