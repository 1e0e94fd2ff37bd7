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


#: the largest count of a tally read as votes: no chamber or board casts more ("60-40", not "2,000-1,500" people)
TALLY_MAX = 1000
_BARE = re.compile(r"\d[\d,]*")


def vote_tally(text: str, q: Quantity) -> Binding | None:
    """Votes for a bare whole number right before a tally's separator and another whole number ("60-40", "222比209",
    "60 voix contre 40"), or against for the one after it, the first count not smaller than the second (a vote is
    written winner first; "aged 18-25" is a range), both under ``TALLY_MAX``, in a sentence about a vote."""
    if q.currency or q.unit or not _BARE.fullmatch(q.text) or not 1 <= q.value < TALLY_MAX:
        return None
    after = _patterns()["tally_after"].match(text, q.end)
    second = _BARE.match(text, after.end()) if after else None
    before = _patterns()["tally_before"].search(text, max(0, q.start - 16), q.start)
    first = float(before.group(1).replace(",", "")) if before and before.end() == q.start else None
    leads = second is not None and q.value >= float(second.group(0).replace(",", ""))
    trails = first is not None and q.value <= first < TALLY_MAX
    if (leads or trails) and _about_a_vote(text, q.start, q.start) and \
            not _patterns()["score"].search(text, max(0, q.start - 30), q.start):  # (the tally itself may say it is a
        return Binding("votes", "count", "votes", None, None, q.end)  # vote: 222比209票; not a score, 比分为3比1)
    return None


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


def tally_partner(quote: str, text: str) -> float | None:
    """The other count of the tally the bare number ``text`` of ``quote`` belongs to ("50比50": 50; "60-40": 40 for
    60, 60 for 40), None when it stands in none."""
    at = re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d])", quote) if isinstance(quote, str) and text else None
    if at is None:
        return None
    after = _patterns()["tally_after"].match(quote, at.end())
    second = _BARE.match(quote, after.end()) if after else None
    before = _patterns()["tally_before"].search(quote, max(0, at.start() - 16), at.start())
    got = second.group(0) if second else before.group(1) if before and before.end() == at.start() else None
    return float(got.replace(",", "")) if got else None


def vote_side(quote: str, text: str) -> str:
    """The side a count of votes ``text`` of ``quote`` was cast on: "for" or "against" by its place in a tally (the
    first count, then the second) or by the side written right after it ("49 票反对", "364 contre", "2票棄權":
    "abstain"); "" when its sentence does not say."""
    at = re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d])", quote) if isinstance(quote, str) and text else None
    if at is None:
        return ""
    if (after := _patterns()["tally_after"].match(quote, at.end())) and _BARE.match(quote, after.end()):
        return "for"
    before = _patterns()["tally_before"].search(quote, max(0, at.start() - 16), at.start())
    if before and before.end() == at.start():
        return "against"
    end = _ONLY.match(quote, at.end()).end()
    return next((k for k in ("for", "against", "abstain") if _patterns()[k].match(quote, end)), "")


def procedural_vote(quote: object) -> bool:
    """Whether a sentence tells of a procedural vote (cloture, a motion to proceed, 程序性投票), not a bill's passage."""
    return isinstance(quote, str) and bool(_patterns()["procedural"].search(quote))
