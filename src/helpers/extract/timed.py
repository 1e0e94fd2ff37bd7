"""What a duration times: the event its sentence says took or lasted that long, read from the verbs of length and
the event names of ``data/timed_events.csv``.

- the subject of a verb of length before the number: "The heist lasted less than seven minutes" (theft), "L'opération,
  filmée par la vidéosurveillance, n'a duré que quatre minutes" (opération), "竊賊僅用7分鐘便得手" (theft);
- an event the duration qualifies: "a seven-minute heist", "R1's final 80-hour training run", "7分鐘珠寶大劫案",
  "在短短7分鐘內就完成了這起竊案";
- an action right before it: "trained for eighty hours", "went on strike for 46 days", "罢工了46天";
- a length something was done in, with the event in its clause, or the event it is for: "The daring heist in 8
  minutes", "En l'espace de sept minutes seulement, les malfaiteurs ont dérobé", "Sept minutes pour un casse";
- the length of the process of the sentence's event: "珠寶盜竊案…成個過程只用了七分鐘".
A prison term ("最高可判處15年監禁的組織盜竊罪", "jailed for 15 years") times no event.

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


#: a length "in" or "within" which something was done ("The daring heist in 8 minutes", "joyaux volés en 7 minutes",
#: "En l'espace de sept minutes seulement, les malfaiteurs ont dérobé")
_WITHIN = re.compile(r"(?i)(?:\bin|\bwithin|\ben(?:\s+l['’]espace\s+de)?|\bdans)\s+(?:(?:just|only|barely|under|less than|à peine|"
                     r"seulement|moins de|un peu plus de)\s+)*$")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
#: a length shorter than a day: what is done "in" it is one act ("in 8 minutes"), not a trend over a window
_SHORT = re.compile(r"(?i)second|minute|\bmin\b|hour|heure|秒|分|小時|小时|時|时")
#: the event a length is "for" ("Sept minutes pour un casse spectaculaire")
_FOR_EVENT = re.compile(r"(?i)^\s*(?:(?:pour|for)\s+(?:un|une|le|la|l['’]|a|an|the)\s*(?:[A-Za-zÀ-ÿ-]+\s+)?(?P<n>[A-Za-zÀ-ÿ-]+)"
                        r"|(?:pour|to)\s+(?:s['’])?[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ'’]+){0,3})")  # or the act it took ("sept minutes pour s'emparer")
#: a length of the process named before ("成個過程只用了七分鐘", "整個犯案過程不到7分鐘"): the sentence's event
_PROCESS = re.compile(r"(?:過程|过程)(?:只用了?|僅用了?|仅用了?|只有|僅長|仅长|僅|仅|長|长|歷時|历时|不到|約|约|近|短短)*$")


def _sentenced(sentence: str, start: int, unit_end: int) -> bool:
    """A prison term ("最高可判處15年監禁", "jailed for 15 years", "15 ans de prison"): no event's length."""
    from helpers.extract.duration_kinds import duration_kind

    return duration_kind(sentence, start, start, unit_end) == "prison term" or bool(
        re.match(r"\s*(?:監禁|监禁|徒刑|有期徒刑|刑期)", sentence[unit_end:unit_end + 6]))


def _within_event(sentence: str, start: int, unit_end: int) -> str:
    """The event named in the clause around a length done "in" it, or the event it is "for"."""
    before, after = sentence[max(0, start - 80):start], sentence[unit_end:unit_end + 80]
    if not _SHORT.search(sentence, start, unit_end):
        return ""  # (a length of years is a window or a term: "in two years, thefts rose", "20 years for the heist")
    named = _FOR_EVENT.match(after)
    if named and _event_in(named.group(0)):
        return _event_in(named.group(0))
    within = _WITHIN.search(before)
    if not within:
        return ""
    head = re.split(r"[,;:.!?()]", before[:within.start()])[-1]
    if head.strip():  # the event is what was done in it, named right before ("the daring heist in", "joyaux volés
        return _event_in(" ".join(head.split()[-2:]))  # en"), not a subject further back ("the thieves were caught in")
    tail = re.split(r"[;:.!?()]", after)[0]  # the length opens its sentence: the clause after it says what was done
    return _event_in(tail[:60]) if re.match(r"\s*(?:\w+\s*)?,", after) else ""


#: a length "of" its event after it ("four days of fighting", "five days of deadly border clashes", "quatre jours
#: d'intenses combats", "43 jours de paralysie"): the event among the three words after of/de
_OF_EVENT = re.compile(r"(?i)\s*(?:of|de|d['’])\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?P<n>[A-Za-zÀ-ÿ-]+(?:\s+[A-Za-zÀ-ÿ-]+){0,2})")
#: a Chinese lag after or before a moment ("冲突3天后", "停火以来"): no event's length
_LAG_AFTER = re.compile(r"\s*之?(?:后|後|以来|以來|前)")
#: a time inside an event, not its length ("within 48 hours of the ceasefire", "the first 72 hours of the war")
_WITHIN_START = re.compile(r"(?i)\b(?:within|first|last|premi[eè]res?|derni[eè]res?|dans les)\s+(?:\w+\s+)?$")
#: the event named right before its length ("une trêve de 90 jours", "la fermeture de 43 jours", "a truce of 90 days")
_EVENT_OF = re.compile(r"(?i)(?P<n>[A-Za-zÀ-ÿ-]+)\s+(?:of|de|d['’])\s*$")
#: what may stand between a Chinese event and its length ("大火燃燒了43小時", "政府关门36天"); 已 (already) marks a
#: length still running, recounted each day ("停擺已超過 6 周"), which is no event's length
_CJK_BETWEEN = re.compile(r"(?:了|长达|長達|达|達|逾|超过|超過|近|约|約|共|\s)*$")


def _adjacent_event(sentence: str, start: int, unit_end: int) -> str:
    """A lexicon event written right against the length: "four days of fighting" after it, "une trêve de 90 jours"
    before it, "政府关门36天" or "大火燃燒了43小時" before it in Chinese (not after 已)."""
    of = None if _WITHIN_START.search(sentence, max(0, start - 24), start) else _OF_EVENT.match(sentence, unit_end)
    named = [event_name(w) for w in (of["n"].split() if of else ()) if _event_in(w) and _event_in(w) == event_name(w)]
    if named:
        return named[0]
    head = sentence[max(0, start - 40):start]
    named = _EVENT_OF.search(head)
    if named and _event_in(named["n"]) and _event_in(named["n"]) == event_name(named["n"]):
        return _event_in(named["n"])
    tail = head[:_CJK_BETWEEN.search(head).start()]
    if "已" in tail[-8:] or not _CJK_CHAR.match(tail[-1:] or " ") or re.match(r"\s*之?(?:后|後|内|內|以来|以來|前)",
                                                                              sentence[unit_end:unit_end + 4]):
        return ""
    return next((name for rx, name in _events_ending() if rx.search(tail[-6:])), "")


@lru_cache(maxsize=1)
def _events_ending() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The lexicon's event patterns anchored at the end of a text."""
    return tuple((re.compile(rf"(?:{rx.pattern})$", re.I), name) for rx, name in _lexicon()[2])


def timed_event(sentence: str, start: int, unit_end: int) -> str:
    """The event the duration at ``sentence[start:unit_end]`` (its unit included) times, "" when none is named
    (see the module docstring)."""
    if _sentenced(sentence, start, unit_end) or _LAG_AFTER.match(sentence, unit_end):
        return ""  # (a prison term; "冲突3天后": a lag after the event, not its length)
    latin, cjk = _patterns()
    before = sentence[max(0, start - 160):start]
    process = _PROCESS.search(before)
    if process:  # the process of the sentence's event ("整個過程", "犯案過程"), not another's ("搜捕過程", "调查过程")
        own = before[max(0, process.start() - 2):process.start()]
        whole = not _CJK_CHAR.match(own[-1:] or " ") or own in ("整個", "整个", "成個", "全部", "整體", "整体", "這個", "这个")
        return _event_in(before[-80:]) if whole else _event_in(before[max(0, process.start() - 4):process.start()])
    act = next((name for rx, name in _acts() if rx.search(before)), "")
    if act:  # "trained for eighty hours", "罢工了46天": the action right before the length is the event
        return act
    m = latin.search(before)
    if m:
        return "" if _OBJECT_OF.search(before, 0, m.start()) else event_name(m["noun"])
    m = cjk.search(before)
    if m:
        return _event_in(before[max(0, m.start() - 8):m.start()])
    adjacent = _adjacent_event(sentence, start, unit_end)
    if adjacent:
        return adjacent
    after = sentence[unit_end:unit_end + 40]
    if re.match(r"[-\u2010\u2011]", after) or "-" in sentence[start:unit_end]:
        noun = re.match(r"[-\u2010\u2011]?(?:long\s+)?\s*(?P<n>[A-Za-z]+(?:\s+runs?)?)", after)
        return _event_in(noun["n"]) if noun and _event_in(noun["n"]) else ""
    cjk_after = re.match(r"(?:之?[内內]\S{0,6}?|)([\u3400-\u9fff]{0,8})", after)
    if cjk_after and re.match(r"[\u3400-\u9fff]", after):
        return _event_in(cjk_after.group(0))
    return _within_event(sentence, start, unit_end)
