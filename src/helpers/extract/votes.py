"""Votes cast for or against, counted by a bare number and the side it took ("364 députés se sont prononcés contre,
194 pour", "with 364 lawmakers opposing and only 194 supporting"): a number with no noun, right before a side of the
vote (``data/vote_words.csv``), in a sentence about a vote. Both sides are "votes", as "364 votes to 194" writes them:
telling them apart lost development 50's labelled conflict of 219 votes against 209, one side written with its noun."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding
from helpers.extract.quantities import Quantity


#: "only" or "seulement" between the number and its side ("only 194 supporting")
_ONLY = re.compile(r"\s*(?:seulement\s+|only\s+)?")
#: an amount with a magnitude word, or a year: no count of votes
_NOT_A_COUNT = re.compile(r"(?i)[a-z万萬亿億]|^\s*(?:19|20)\d\d\s*$")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    with open(DATA_DIR / "vote_words.csv", encoding="utf-8", newline="") as fh:
        return {r["kind"]: re.compile(r["pattern"]) for r in csv.DictReader(fh)}


def vote_count(text: str, q: Quantity) -> Binding | None:
    """The votes a bare number counts when a side of the vote follows it and its sentence speaks of a vote."""
    at = _ONLY.match(text, q.end).end()
    hit = _patterns()["for"].match(text, at) or _patterns()["against"].match(text, at)
    if hit is None or q.currency or q.unit or not q.value == int(q.value) or q.value < 2 or _NOT_A_COUNT.search(q.text) \
            or not _patterns()["after"].match(text, hit.end()):
        return None  # (not "44 milliards pour réduire", "2024 contre", "54 contre 47", "289 pour la majorité absolue")
    return Binding("votes", "count", hit.group(0), None, None, hit.end()) if _about_a_vote(text, q.start, q.end) else None


def _about_a_vote(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` speaks of a vote (``data/vote_words.csv``, row "vote")."""
    lo = max(0, start - 200)
    sentence = re.split(r"[.!?。！？\n](?:\s|$)", text[lo:start])[-1] + re.split(r"[.!?。！？\n](?:\s|$)",
                                                                         text[end:end + 160])[0]
    return bool(_patterns()["vote"].search(sentence))


def voters_side(text: str, start: int, b: Binding) -> Binding:
    """Voters counted before the side they took ("364 lawmakers opposing", "364 députés se sont prononcés contre",
    "194名表達信任") are the votes cast that way, in a sentence about a vote; other bindings unchanged."""
    counted = (b.counted or "").strip()
    if b.dimension != "count" or not counted or not _patterns()["voters"].fullmatch(counted.split()[-1]):
        return b
    noun = text.find(counted, start, b.end + 20)
    side = _patterns()["side"].match(text, noun + len(counted)) if noun >= 0 else None
    if side is None or not _patterns()["after"].match(text, side.end()) or not _about_a_vote(text, start, b.end):
        return b  # (not "289 députés pour obtenir la majorité", "14 senators against 9", "30 lawmakers against the war")
    return Binding("votes", "count", b.counted, b.unit, b.currency, b.end, b.scale)
