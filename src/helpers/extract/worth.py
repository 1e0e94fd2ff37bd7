"""What a "worth" phrase is the worth of: the noun it qualifies, when the lexicon names one.

"an aid package worth 10.6 billion euros", "un plan d'investissement d'une valeur de 109 milliards d'euros" and
"價值1090億歐元的AI投資計劃" each say what an investment plan is worth: the amount is the plan's (an investment), not
a bare value. The worth word only introduces the amount; the noun it hangs from names it. A stake worth $2 billion
is the stake's value, and goods worth $1 billion are the goods' value: those stay "value" (used by
:func:`helpers.extract.binding._nearest_word`).
"""
from __future__ import annotations

import re

#: between a money noun and "worth": "an aid package worth", "a deal worth"
_EN_GAP = re.compile(r"\s+(?:(?:package|plan|programme|program|bill|scheme|fund)s?\s+)?")
#: between a money noun and French "valeur": "un plan d'investissement d'une valeur de", "un contrat d'une valeur"
_FR_GAP = re.compile(r"(?i)\s+d['’]une\s+")
#: between a Chinese amount and the noun its 价值 phrase qualifies: 的, then up to six characters that are no
#: punctuation ("價值1090億歐元的AI投資計劃", "价值50亿美元的合同")
_ZH_GAP = re.compile(r"\s*的[^，。；、！？,;:!?\s]{0,6}?")
#: what may stand between 价值 and its amount: a hedge
_ZH_LEAD = re.compile(r"\s*(?:约|約|近|逾|超过|超過|高达|高達|达|達|至少)?\s*(?:US)?[$€£¥]?\s*")
#: subjects that are a holding or a worth themselves: never what a worth phrase is "of" (a stake, 股權 equity worth
#: $135 billion is its value)
_WORTHS = frozenset({"value", "stake", "equity"})


def worth_owner(text: str, start: int, end: int, word: str, word_start: int,
                found: list[tuple]) -> tuple[str, str] | None:
    """The (subject, word) of the lexicon money noun that the worth phrase ``word`` (at ``word_start``) hangs from,
    for the amount at ``text[start:end]``; None when ``word`` is no worth phrase or no such noun stands in its place.
    ``found`` holds the sentence's money words as (distance, rank, start, end, subject, word)."""
    low = word.lower()
    if low == "worth":
        gap, after = _EN_GAP, False
    elif low == "valeur" and re.search(r"(?i)d['’]une\s+$", text[max(0, word_start - 8):word_start]):
        gap, after = _FR_GAP, False
    elif word in ("价值", "價值") and _ZH_LEAD.fullmatch(text, word_start + len(word), start):
        gap, after = _ZH_GAP, True
    else:
        return None
    for f in sorted(found, key=lambda f: (f[0], f[1])):
        if f[4] in _WORTHS:
            continue
        if after and f[2] >= end and gap.fullmatch(text, end, f[2]):
            return f[4], f[5]
        if not after and f[3] <= word_start and gap.fullmatch(text, f[3], word_start):
            return f[4], f[5]
    return None

