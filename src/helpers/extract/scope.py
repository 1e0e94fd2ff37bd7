"""What a number's clause says it is: a reported fact, a plan, or a part of a total.

``data/scope_markers.csv`` lists the markers, in the order they are tried: "planned" (plans,
targets, pledges, under construction: a reported fact about a plan, which is not a forecast),
"part" (of which, including, 其中, pre-training: a part of a total named before it), "joint" (a whole several
owners hold together: 两国, the two countries combined) and otherwise "reported". Forecasts (will, expected, by 2030) are ``is_forecast``, kept apart; an announced action ("will
build five data centres", ``data/plan_verbs.csv``) is a plan, not a forecast (:func:`announced_plan`).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.lexicon import alternation
from helpers.core.paths import DATA_DIR
from helpers.extract.numerals import word_value
from helpers.extract.sentences import clause as _clause

SCOPES = ("reported", "planned", "part", "joint")


@lru_cache(maxsize=1)
def scope_markers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(scope, regex) of every row of ``data/scope_markers.csv``, in file order."""
    with open(DATA_DIR / "scope_markers.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["scope"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


def claim_scope(sentence: str, rel_start: int, rel_end: int, kind: str | None = None,
                earlier: frozenset[str] = frozenset(), before: str = "") -> str:
    """The scope of the number at ``[rel_start, rel_end)`` of ``sentence`` from its clause: a
    "part" marker must come before the number, or a share of a total right after it ("part_after");
    an "of which / including" marker ("part_of") only when a number of the same ``kind`` (dimension)
    stands before it in the sentence (``earlier``: the dimensions of those numbers; not checked when
    ``kind`` is None); a "planned" marker anywhere in the clause; "N others" after a part ("five of the injured ...
    Ten others", :func:`others_of_part`; ``before``: the text before the sentence).
    A negative ``rel_start`` (number not found) judges the whole sentence."""
    if rel_start < 0:
        clause, head = sentence, sentence
    else:
        clause = _clause(sentence, rel_start, rel_end)
        text = sentence[rel_start:rel_end]
        head = clause[: max(0, clause.find(text))] if text in clause else clause
    after = sentence[rel_end:] if rel_start >= 0 else ""
    for scope, rx in scope_markers():
        if scope == "part_after":
            if rx.search(after):
                return "part"  # "2.87 billion yuan, accounting for 99.6% of total revenue"
        elif scope == "part_next":
            if rx.match(after):
                return "part"  # "plus de 700 nouveaux décès", "12 more deaths": an increment, not the running count
        elif scope == "part_partitive":
            if rel_start >= 0 and rx.match(sentence, rel_start):
                return "part"  # "five of the injured", "69 of them", "dix d'entre eux": some of a group
        elif scope == "part_sentence":
            if rel_start >= 0 and rx.search(sentence[:rel_start]):
                return "part"  # "病例分布在佛山2882例,广州22例": every count of a breakdown after its word
        elif scope == "part_list":
            if rel_start >= 0 and rx.search(sentence[:rel_start]) and _LIST_ITEM_END.match(sentence, rel_end):
                return "part"  # "among the 39 deceased, there were 17 women, 13 men, and 9 children"
        elif scope == "split_whole":
            continue  # (read with part_of)
        elif scope == "part_others":
            if rel_start >= 0 and rx.match(sentence, rel_start) and others_of_part(before + sentence[:rel_start],
                                                                                   sentence[rel_end:]):
                return "part"  # "five of the injured are critical. Ten others ...": a further part of the injured
        elif scope == "part_of":
            if rx.search(head) and (kind is None or kind in earlier) and not (rel_start >= 0 and _splits_casualties(
                    sentence[max(0, rel_start - 40):rel_start] + "#" + sentence[rel_end:rel_end + 14])):
                return "part"  # "$2.77 billion, including $1.4 billion"; not "measures including 30,000 police"
        elif rx.search(head if scope == "part" else clause):
            return scope
    return "reported"


def others_of_part(head: str, after: str = "") -> bool:
    """Whether ``head``, the text before a number written "N others" up to the start of the sentence before its own,
    counts a part of a group with a number ("five of the injured", "dix d'entre eux"), and ``after``, the words after
    the others, names no other fate than that group's: the others are a further part of it ("Ten others have been
    categorised as severe cases"), not a count of their own ("Five died and ten others were injured": no part before;
    "Two of the dead were children. 40 others were injured": the injured are all the injured)."""
    from helpers.extract.sentences import sentence_spans

    spans = sentence_spans(head)
    since = head[spans[-2][0] if len(spans) >= 2 else 0:]
    partitive = next(rx for scope, rx in scope_markers() if scope == "part_partitive")
    groups = [m for m in partitive.finditer(since) if _counted(_first_number(m.group(0)))]
    if not groups:
        return False
    own = _fates(re.split(r"[.;:!?]", after)[0])
    return not own or own <= _fates(since[groups[-1].end():groups[-1].end() + 30])


#: the end of a list's item after its number and noun: a mark or "and", no verb of its own ("13 men, and", "9 children.";
#: not "45 people were injured")
_LIST_ITEM_END = re.compile(r"(?i)(?:\s+(?!(?:were|are|was|is|have|has|had|died|sont|ont)\b)[\w'’-]+){0,2}\s*(?:[,.;)]|(?:and|et)\b|$)")


#: hedges a partitive part may open with ("As many as 45 of the injured")
_HEDGE = re.compile(r"(?i)^(?:as many as|as few as|at least|more than|up to|près de|au moins|plus de)\s+")


def _first_number(part: str) -> str:
    """The number a partitive part opens with, past its hedge ("As many as 45 of the": 45)."""
    return part[_HEDGE.match(part).end() if _HEDGE.match(part) else 0:].split()[0]


def _counted(word: str) -> bool:
    """A number in digits or a number word of more than one ("five", "quinze"; not "one of the world's poorest", a
    superlative's one, nor "most of them")."""
    return bool(re.fullmatch(r"\d[\d.,]*", word)) or word_value(word) > 1


def _fates(words: str) -> set[str]:
    """The fates of the lexicon (``data/fates.csv``: deaths, injured, missing ...) that ``words`` name."""
    from helpers.extract.people_fates import _casualty_rows

    return {subject for subject, rx in _casualty_rows() if rx.search(words)}


def _splits_casualties(around: str) -> bool:
    """Whether the "of which" in ``around``, the words around a number written "#", splits a count of casualties into
    its fates ("182人伤亡，其中死亡18人", "182 casualties, of which 18 dead"): the dead are all the dead, not a part."""
    return any(scope == "split_whole" and rx.search(around) for scope, rx in scope_markers())


@lru_cache(maxsize=2)
def _plan_rx(position: str = "before") -> re.Pattern[str]:
    """The rows of ``data/plan_verbs.csv`` said before the number, or after it in the passive."""
    return alternation("plan_verbs.csv", where=("position", position))


def announced_plan(sentence: str, rel_start: int, rel_end: int) -> bool:
    """Whether the number at ``[rel_start, rel_end)`` is the object of an announced action ("will
    build five data centres", "将投资5000亿美元", "va investir 100 milliards"): a future or
    intention word with an action verb before it in its clause (``data/plan_verbs.csv``). Such a
    figure is a fact about a plan, not a forecast of how a quantity will turn out. A passive says the action after the
    number ("5,000 troops will be deployed", "une douzaine de blessés seront transférés")."""
    clause = _clause(sentence, rel_start, rel_end)
    i = sentence.find(clause)
    head = sentence[max(i, 0):rel_start] if 0 <= i <= rel_start else sentence[:rel_start]
    after = sentence[rel_end:]  # ("More than a dozen injured people will be transported abroad": said after it)
    return bool(_plan_rx().search(head) or _plan_rx("after").match(after))


@lru_cache(maxsize=1)
def _price_rx() -> re.Pattern[str]:
    return alternation("price_markers.csv")


def is_share_price(clause: str, dimension: str | None) -> bool:
    """Whether an amount of money in ``clause`` is a share price (``data/price_markers.csv``):
    a price that moves all day, named "share price" whatever noun stands near it."""
    return dimension == "money" and bool(_price_rx().search(clause or ""))


#: the end point of a move, right before an amount: "to $207", "to reach a high of $207", "pour atteindre
#: 210,08 $", "下降到118.58美元", "收於"
_ENDPOINT = re.compile(r"(?i)(?:\bto(?: reach)?(?: a (?:high|low|record) of)?|\breaching|\bhit(?:ting)?|\bà|\batteindre"
                       r"|\ba atteint|到|至|收於|收于|收在|报|報)\s*(?:US)?[$€£¥]?\s*$")


def price_endpoint(sentence: str, start: int) -> bool:
    """Whether the amount at ``start`` is where a share price moved to, in a sentence that speaks of a
    share price before it ("NVIDIA的股价下降了17%,下降到118.58美元"; "AMD's stock price surged ..., to
    reach a high of $207"): a share price though its own clause does not say so."""
    return bool(_ENDPOINT.search(sentence[max(0, start - 30):start])) and bool(_price_rx().search(sentence[:start]))
