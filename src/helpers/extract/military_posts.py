"""Positions and posts of a force: a count of "positions" or "posts" is jobs in a page about a company ("cut 300
positions", "200 postes supprimés") but a force's positions in a page about fighting ("21 hostile positions", "19
postes pakistanais", "captured 19 positions"). A military modifier or a nationality between the count and its noun
(after it in French), or a verb of war right before the count, tells the second (``data/military_posts.csv``,
``data/demonyms.csv``)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.lexicon import alternation
from helpers.core.paths import DATA_DIR

#: the subject a force's positions get
SUBJECT = "military positions"
#: the nouns read as jobs that may be a force's positions
_NOUN = re.compile(r"(?i)[^\S\n]*(?:[\w'’-]+[^\S\n]+){0,3}?(?:positions?|posts?|postes?|outposts?)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(modifiers before the noun, modifiers after it, verbs right before the count), nationalities included."""
    with open(DATA_DIR / "demonyms.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    en = "|".join(a for r in rows for a in r["en_adjective"].split("|") if a)
    fr = "|".join(a for r in rows for a in r["fr"].split("|") if a)
    before = alternation("military_posts.csv", where=("side", "before")).pattern
    after = alternation("military_posts.csv", where=("side", "after")).pattern
    return (re.compile(rf"(?i)\b(?:{before}|{en})\s+(?:[\w-]+\s+)?(?:positions?|posts?|postes?|outposts?)$"),
            re.compile(rf"(?i)\s*(?:{after}|{fr})\b"),
            re.compile(rf"(?i)\b(?:{alternation('military_posts.csv', where=('side', 'verb')).pattern})\s+"
                       r"(?:about |around |some |nearly |more than |over |at least |plus de |près de |environ )?$"))


def military_post(sentence: str, start: int, end: int, subject: str) -> str:
    """``SUBJECT`` when the count at ``sentence[start:end]``, read as jobs or posts, is of a force's positions or
    posts (its noun within three words after it), else ""."""
    if subject not in ("jobs", "posts"):
        return ""
    noun = _NOUN.match(sentence, end)  # (the noun a few words after the count: "21 hostile positions")
    if not noun:
        return ""
    before, after, verb = _patterns()
    return SUBJECT if before.search(sentence, start, noun.end()) or after.match(sentence, noun.end()) \
        or verb.search(sentence[max(0, start - 40):start]) else ""
