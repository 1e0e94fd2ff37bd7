"""Positions and posts of a force: a count of "positions" or "postes" is jobs in a page about a company ("cut 300
positions", "200 postes supprimés") but a force's positions in one about fighting ("21 hostile positions", "19 postes
pakistanais", "Taliban fighters captured 19 positions"). A strong modifier with the noun ("hostile", "enemy", after it in
French "ennemies") tells the second alone; a weak one ("army", "border", a nationality) or a verb of war before the
count needs words of fighting in the sentence; a verb of employment before the count ("create", "add", "fund") keeps
them jobs (``data/military_posts.csv``, ``data/demonyms.csv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import alternation, column_words

#: the subject a force's positions get
SUBJECT = "military positions"
#: the noun read as jobs, a few words after the count
_NOUN = re.compile(r"(?i)[^\S\n]*(?:[\w'’-]+[^\S\n]+){0,3}?(?:positions?|postes?|outposts?)\b")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each side's expression: strong and weak modifiers before the noun (English) and after it (French), verbs of war
    and of employment before the count, and words of fighting; nationalities are weak modifiers."""
    nations = f"{column_words('demonyms.csv', 'en_adjective')}|{column_words('demonyms.csv', 'fr')}"
    side = {s: alternation("military_posts.csv", where=("side", s)).pattern for s in ("strong", "weak", "verb", "war", "job")}
    out = {}
    for s in ("strong", "weak"):
        words = side[s] + (f"|{nations}" if s == "weak" else "")
        out[f"{s}_before"] = re.compile(rf"(?i)\b(?:{words})\s+(?:[\w-]+\s+)?(?:positions?|postes?|outposts?)$")
        out[f"{s}_after"] = re.compile(rf"(?i)\s*(?:{words})\b")
    out["verb"] = re.compile(rf"(?i)\b(?:{side['verb']})\s+(?:about |around |some |nearly |more than |over |"
                             r"at least |plus de |près de |environ )?$")
    out["war"], out["job"] = (re.compile(side[s], re.I) for s in ("war", "job"))
    return out


def military_post(sentence: str, start: int, end: int, subject: str) -> str:
    """``SUBJECT`` when the count at ``sentence[start:end]``, read as jobs, is of a force's positions or posts (its noun
    within three words after it), else ""."""
    noun = _NOUN.match(sentence, end) if subject == "jobs" else None
    if not noun:
        return ""
    rx = _patterns()
    if rx["job"].search(sentence, max(0, start - 40), start):
        return ""

    def said(strength: str) -> bool:
        return bool(rx[f"{strength}_before"].search(sentence, start, noun.end())
                    or rx[f"{strength}_after"].match(sentence, noun.end()))

    war_verb = rx["verb"].search(sentence, max(0, start - 40), start)
    return SUBJECT if said("strong") or rx["war"].search(sentence) and (said("weak") or war_verb) else ""
