"""What a duration times: the event its sentence says took or lasted that long, read from the verbs of length and
the event names of ``data/timed_events.csv``.

- the subject of a verb of length before the number: "The heist lasted less than seven minutes" (theft), "L'opération,
  filmée par la vidéosurveillance, n'a duré que quatre minutes" (opération), "竊賊僅用7分鐘便得手" (theft);
- an event the duration qualifies: "a seven-minute heist", "R1's final 80-hour training run", "7分鐘珠寶大劫案",
  "在短短7分鐘內就完成了這起竊案";
- an action right before it: "trained for eighty hours", "went on strike for 46 days", "罢工了46天".

Event names of the lexicon are brought to one name across languages (heist, casse, 劫案: theft); another noun
with its article before the verb is kept as written ("the opération"). Pronouns and bare clauses ("It took 19
days", "En à peine quatre minutes, ils ont brisé ...") name no event. Two durations of one named event are one
quantity for the conflicts table."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR

#: words before a verb of length that name no event: pronouns, and auxiliaries of a length still running ("the strike
#: has lasted 12 days" is a running count, recounted each day)
_NO_EVENT = frozenset({"it", "this", "that", "which", "what", "who", "he", "she", "they", "we", "one", "all",
                       "ce", "cela", "ça", "qui", "il", "elle", "ils", "elles", "on", "tout", "process", "thing",
                       "has", "have", "had", "is", "was", "will", "would", "could", "may", "might", "already", "should",
                       "must", "can", "shall", "the", "a", "an"})
#: a preposition before the noun phrase: the noun is another's object ("the search for the missing sailors lasted")
_OBJECT_OF = re.compile(r"(?i)\b(?:for|of|by|with|to|from|into|on|at|in|de|du|des|pour|par|avec|sur|dans)\s+$")
#: an article or determiner before a noun: a bare noun before "took" is often a verb's object ("it took ...")
_DETERMINER = r"(?:\b(?:the|a|an|this|that|whole|entire)\s+|\b(?:[Ll]['’]|[Ll]es?\s+|[Ll]a\s+|[Cc]ette\s+|[Cc]et?\s+))"


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], str, tuple[tuple[re.Pattern[str], str], ...]]:
    """(verb pattern per language, hedge pattern, (event pattern, event name) rows)."""
    with open(DATA_DIR / "timed_events.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    verbs = {r["language"]: r["pattern"] for r in rows if r["kind"] == "verb"}
    hedge = "|".join(r["pattern"] for r in rows if r["kind"] == "hedge")
    events = tuple((re.compile(rf"(?:{r['pattern']})", re.I), r["event"]) for r in rows if r["kind"] == "event")
    return verbs, hedge, events


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Latin-script reading (determiner, noun, optional parenthesis or relative pronoun, verb, hedges, at the
    end of the text before the number) and the Chinese one (verb and hedges at that end)."""
    verbs, hedge, _ = _lexicon()
    latin = "|".join(verbs[k] for k in ("en", "fr"))
    words = r"[A-Za-zÀ-ÿ-]+"
    rx = re.compile(rf"{_DETERMINER}(?:{words}\s+)?(?P<noun>{words})(?:\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?{words})?"
                    rf"\s*(?:,[^,.;]{{1,80}},\s*|,?\s*(?:which|that|qui)\s+)?"
                    rf"(?:{latin})\s+(?:(?:{hedge})\s+)*[«\"“]?\s*$", re.I)
    cjk = re.compile(rf"(?:{verbs['zh']})(?:{hedge})*$")
    return rx, cjk


def event_name(noun: str) -> str:
    """The lexicon's name for ``noun`` when it is an event name of ``data/timed_events.csv`` ("heist": theft), else
    ``noun`` lowercased, or "" for a pronoun or an auxiliary."""
    for rx, name in _lexicon()[2]:
        if rx.fullmatch(noun):
            return name
    return "" if noun.lower() in _NO_EVENT else noun.lower()


def _event_in(text: str) -> str:
    """The first lexicon event named in ``text`` ("珠寶大劫案": theft), else ""."""
    found = [(m.start(), name) for rx, name in _lexicon()[2] for m in [rx.search(text)] if m]
    return min(found)[1] if found else ""


@lru_cache(maxsize=1)
def _acts() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(an action ending right before the number, after any hedges; the event it names) rows: "trained for", 罢工了."""
    with open(DATA_DIR / "timed_events.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] == "act"]
    hedge = _lexicon()[1]
    return tuple((re.compile(rf"(?<![A-Za-zÀ-ÿ])(?:{r['pattern']})\s*(?:(?:{hedge})\s*)*$", re.I), r["event"]) for r in rows)


def timed_event(sentence: str, start: int, unit_end: int) -> str:
    """The event the duration at ``sentence[start:unit_end]`` (its unit included) times, "" when none is named
    (see the module docstring)."""
    latin, cjk = _patterns()
    before = sentence[max(0, start - 160):start]
    act = next((name for rx, name in _acts() if rx.search(before)), "")
    if act:  # "trained for eighty hours", "罢工了46天": the action right before the length is the event
        return act
    m = latin.search(before)
    if m:
        return "" if _OBJECT_OF.search(before, 0, m.start()) else event_name(m["noun"])
    m = cjk.search(before)
    if m:
        return _event_in(before[max(0, m.start() - 8):m.start()])
    after = sentence[unit_end:unit_end + 40]
    if re.match(r"[-\u2010\u2011]", after) or "-" in sentence[start:unit_end]:
        noun = re.match(r"[-\u2010\u2011]?(?:long\s+)?\s*(?P<n>[A-Za-z]+(?:\s+runs?)?)", after)
        return _event_in(noun["n"]) if noun and _event_in(noun["n"]) else ""
    cjk_after = re.match(r"(?:之?[内內]\S{0,6}?|)([\u3400-\u9fff]{0,8})", after)
    return _event_in(cjk_after.group(0)) if cjk_after and re.match(r"[\u3400-\u9fff]", after) else ""
