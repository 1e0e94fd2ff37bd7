"""Votes cast for or against, counted by a bare number and the side it took ("364 députés se sont prononcés contre,
194 pour", "with 364 lawmakers opposing and only 194 supporting"): a number with no noun, right before a side of the
vote (``data/vote_words.csv``), in a sentence about a vote. Both sides are "votes", as "364 votes to 194" writes them:
telling them apart lost development 50's labelled conflict of 219 votes against 209, one side written with its noun."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.clauses import clause_bounds, figure_span
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


def _tallies(text: str) -> list[re.Match[str]]:
    """The tallies of ``text`` (``data/vote_words.csv``, row "tally"), each told as a vote: in Chinese or French by
    its own words (222比209票, 60 voix contre 40), else by the words of a vote right before it ("voted 60-40", "the
    final vote was 51-47"), a word that goes on with the sentence after it (not "53-47 majority", "20 mph"), or "vote"
    right after it ("a 60-40 vote"), the first count not smaller than the second (a vote is written winner first)."""
    out = []
    for m in _patterns()["tally"].finditer(text):
        if int(m.group("a")) < int(m.group("b")):
            continue
        sep = text[m.end("a"):m.start("b")]
        own = bool(re.search(r"[比对對]|voix", sep))
        lead = _patterns()["tally_lead"].search(text, max(0, m.start() - 60), m.start())
        after = _patterns()["tally_vote"].match(text, m.end()) or \
            lead and _patterns()["tally_next"].match(text, m.end())
        if own or after:
            out.append(m)
    return out


def _tally_at(text: str, start: int, end: int) -> tuple[str, float] | None:
    """("for" or "against", the other count) when ``text[start:end]`` is one count of a tally, else None."""
    for m in _tallies(text[max(0, start - 80):end + 80]):
        off = max(0, start - 80)
        if (m.start("a") + off, m.end("a") + off) == (start, end):
            return "for", float(m.group("b"))
        if (m.start("b") + off, m.end("b") + off) == (start, end):
            return "against", float(m.group("a"))
    return None


def vote_tally(text: str, q: Quantity) -> Binding | None:
    """Votes for a bare whole number that is one count of a tally ("voted 60-40", 以222比209票, "60 voix contre 40")."""
    if q.currency or q.unit or not q.text.isdigit() or _tally_at(text, q.start, q.end) is None:
        return None
    return Binding("votes", "count", "votes", None, None, q.end)


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
    """The other count of the tally the bare number ``text`` of ``quote`` belongs to ("50比50票": 50; "voted 60-40":
    40 for 60, 60 for 40), None when it stands in none."""
    span = figure_span(quote, text)
    got = _tally_at(quote, *span) if span else None
    return got[1] if got else None


#: the noun of a count of votes before its side ("222 voix pour", "312 votes against")
_NOUN = re.compile(r"\s*(?:voix|votes?)?")
#: the words before a count of votes that is no side's: a margin ("by 13 votes") or a threshold ("needed 216 votes")
_NO_SIDE = re.compile(r"(?i)(?:\bby|\bneeded|\bneeds?|\brequired?s?|\bmajority\s+of|\bthreshold\s+of|nécessaires?\s+de|"
                      r"majorité\s+(?:absolue\s+)?de|d['’]une\s+majorité\s+de|至少需要|需要)\s*$")


def vote_side(quote: str, text: str) -> str:
    """The side a count of votes ``text`` of ``quote`` was cast on: "for" or "against" by its place in a tally (the
    first count, then the second), or by the side written right after it ("49 票反对", "364 contre", "2票棄權":
    "abstain"); "none" for a margin or a threshold ("by 13 votes", "needed 216 votes"); "" when its sentence does
    not say."""
    span = figure_span(quote, text)
    if span is None:
        return ""
    if got := _tally_at(quote, *span):
        return got[0]
    if _NO_SIDE.search(quote, max(0, span[0] - 20), span[0]):
        return "none"
    digits = re.match(r"\d[\d,]*", quote[span[0]:span[1]])  # (the claim's text may hold its side: "219 contre")
    end = _ONLY.match(quote, _NOUN.match(quote, span[0] + (digits.end() if digits else span[1] - span[0])).end()).end()
    return next((k for k in ("for", "against", "abstain") if _patterns()[k].match(quote, end)), "")


#: how near a count a word of a procedural vote must stand to be its vote's ("60-40 to pass the bill, a day after a
#: key procedural vote" is the passage's)
PROCEDURAL_REACH = 40


def procedural_vote(quote: object, text: object = "") -> bool:
    """Whether the count ``text`` of sentence ``quote`` is of a procedural vote (cloture, a motion to proceed,
    程序性投票): a word of one within ``PROCEDURAL_REACH`` characters of it, in its clause; not a bill's passage."""
    span = figure_span(quote, text) if text else None
    if not isinstance(quote, str) or span is None:
        return isinstance(quote, str) and not text and bool(_patterns()["procedural"].search(quote))
    lo, hi = clause_bounds(quote, *span)
    return bool(_patterns()["procedural"].search(quote, max(lo, span[0] - PROCEDURAL_REACH),
                                                   min(hi, span[1] + PROCEDURAL_REACH)))
