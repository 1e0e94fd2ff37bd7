"""What befell a named group of people, said right after them: "nearly 1,000 hikers were trapped", "350 climbers have
been rescued", "近千名游客被困", "200 randonneurs sont bloqués". The group's noun ("hikers", ``data/people_nouns.txt``)
is who they are; the verb after it (``data/fates.csv``) is what the number counts, and what sources compare: one
page's 1,000 hikers trapped and another's 500 people trapped are one quantity.

Only a verb right after the noun, with at most a few auxiliaries between ("were", "have been", "remain", "sont",
"ont été"), counts: "580 tourists were evacuated after 3 people died" counts the evacuated, never the dead, and "the
300 residents of the village, where 12 died" keeps its residents.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding, nouns
from helpers.extract.heads import CASUALTIES, PEOPLE_NOUNS
from helpers.extract.open_nouns import CJK_BEFORE_VERB, CJK_REACHING, reached_before

#: words that may stand between a group of people and what befell them
_GAP = re.compile(r"(?i)\s*(?:(?:who|that|qui|were|are|was|is|have|has|had|been|being|got|remain|remained|remains|still|"
                  r"now|reportedly|also|all|already|left|feared|believed|presumed|confirmed|reported|sont|ont|été|"
                  r"étaient|restent|restaient|toujours|encore|déjà|tous|aussi|se|trouvent|trouvaient|retrouvés?|retrouvées?)(?![^\W\d_])\s*|(?:全部|全都|[已均都仍还還尚])\s*){0,4}")


def fate_after(text: str, start: int, b: Binding) -> Binding:
    """A count of an open group of people (hikers, residents, 游客) whose noun a fate follows closely takes that fate
    as its subject (trapped, rescued, evacuated, deaths); the noun stays the counted word. Those a disaster affected are
    the least said of them ("约3万灾民被疏散": evacuated). Other bindings unchanged."""
    counted = b.counted or ""
    if b.dimension != "count" or b.subject in CASUALTIES and b.subject != "affected" or not counted.strip() or \
            counted.lower().split()[-1] not in PEOPLE_NOUNS:  # ("200 human rights activists": activists)
        return b
    noun = text.find(counted, start, b.end + 40)
    if noun < 0:
        return b
    past = _past_asides(text, noun + len(counted))
    at = _GAP.match(text, past).end()
    if past > noun + len(counted) and not _AUXILIARY.match(text, past):
        return b  # (past an aside, only a verb of their own: "40 tourists, most of them from Gujarat, killing 26")
    word = re.match(r"[A-Za-zÀ-ÿ'’-]+", text[at:at + 30])  # ("were deported last month": the verb alone)
    starts = (at, at + 1) if text[at:at + 1] == "被" else (at,)  # (被困 is one word, 被疏散 a passive: 疏散)
    for subject, rx in _casualty_rows() + _after_people():
        if any((m := rx.match(text, a)) and m.end() > a for a in starts) or word and rx.fullmatch(word.group(0)):
            return Binding(subject, b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    return b


#: an auxiliary that opens the verb of a group told past an aside ("were killed", "ont été tués", "are feared")
_AUXILIARY = re.compile(r"(?i)\s*(?:were|are|was|is|have|has|had|remain(?:s|ed)?|sont|ont|étaient|avaient|restent)\b")


def _past_asides(text: str, at: int) -> int:
    """Where the words after a group of people go on past up to two asides between commas (``data/aside_openers.csv``:
    "28 tourists, including two foreign nationals, were killed", "26 touristes, en majorité indiens, selon un bilan
    provisoire, ont été tués"); ``at`` itself when none follows."""
    for _ in range(2):
        m = _aside_rx().match(text, at)
        if not m:
            break
        at = m.end()
    return at


@lru_cache(maxsize=1)
def _aside_rx() -> re.Pattern[str]:
    from helpers.core.lexicon import alternation

    opener = alternation("aside_openers.csv").pattern
    return re.compile(rf"(?i)\s*,?\s*(?:{opener})\b[^,;.:!?\d]{{0,60}},", re.I)  # (the comma before the second
    # aside closed the first)


@lru_cache(maxsize=1)
def _casualty_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(fate, regex) of the lexicon's rows of what befalls people (``data/fates.csv``)."""
    return tuple((s, rx) for s, _, rx in nouns() if s in CASUALTIES)


@lru_cache(maxsize=1)
def _after_people() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Fates read only right after a noun of people (``data/people_fates.csv``: bloqués, stranded, expulsés)."""
    with open(DATA_DIR / "people_fates.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], re.compile(rf"(?:{r['pattern']})(?![A-Za-zÀ-ÿ])", re.I)) for r in csv.DictReader(fh))


#: "among them" before a breakdown of a toll by place ("死亡30人，其中密云28人、延庆2人"), in its sentence
_AMONG_THEM = re.compile(r"(?:其中|當中|当中)[^。；;！？\d]{0,12}(?:\d[\d,.]*[人名][、，,和及与與]?[^。；;！？\d]{0,8})*$")


def part_of_toll(text: str, start: int, b: Binding) -> Binding:
    """People counted in a breakdown after a toll ("全市因灾死亡30人，其中密云28人、延庆2人": 28 and 2 of the dead)
    take the toll's fate; other bindings unchanged."""
    if b.dimension != "count" or b.subject != "people":
        return b
    m = _AMONG_THEM.search(text, max(0, start - 40), start)
    own = re.split(r"[，,。；;、！？]", text[b.end:b.end + 20])[0]  # ("其中300人获救": its own fate)
    if not m or any(rx.search(own) for _, rx in _casualty_rows()):
        return b
    head = re.split(r"[，,。；;！？]", text[max(0, m.start() - 40):m.start()].rstrip("，, "))[-1]  # the clause before 其中
    found = [(x.start(), subject) for subject, rx in _casualty_rows() for x in rx.finditer(head)]
    return Binding(max(found)[1], b.dimension, b.counted, b.unit, b.currency, b.end, b.scale) if found else b


#: lives counted as what a disaster took ("claimed at least 85 lives", "cost 12 lives", "夺走了85条生命")
_LIVES = frozenset({"lives", "life", "vies", "生命"})
_TOOK_BEFORE = re.compile(r"(?i)(?:\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taken|taking|takes|lost|"
                          r"ont coûté|a coûté|coûtant|a pris|ont pris|emporté)\b|夺走|奪走|夺去|奪去|吞噬)[^,;.，。；\d]{0,24}$")
#: "a coûté la vie à 85 personnes", "cost the lives of 85 people": the people counted are the dead
_LIFE_OF_BEFORE = re.compile(r"(?i)\b(?:coûté la vie (?:à|de)|cost the lives of|claimed the lives of|took the lives of)\s+"
                             r"(?:(?:au moins|plus de|près de|at least|more than|nearly|some|about)\s+)?$")


def lives_lost(text: str, start: int, b: Binding) -> Binding:
    """Lives a disaster took ("claimed at least 85 lives", "a coûté la vie à 85 personnes", "夺走了85条生命") are its
    dead; lives saved, or lives alone, stay lives. Other bindings unchanged."""
    if b.dimension != "count":
        return b
    before = text[max(0, start - 40):start]
    took = (b.counted or "").lower() in _LIVES and _TOOK_BEFORE.search(before)
    if took or b.subject == "people" and _LIFE_OF_BEFORE.search(before) or toll_reached(text, start, b):
        return Binding("deaths", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    return b


#: plain words for people, which say nothing of what befell them
_PLAIN_PEOPLE = frozenset({"people", "persons", "personnes", "individuals", "individus"})


def toll_reached(text: str, start: int, b: Binding) -> bool:
    """Whether plain people at ``start`` are what a death toll named earlier in the sentence reached, with no other
    number nor counted noun between ("le bilan des morts suite à une puissante explosion au port ..., avait atteint 80
    personnes", "the death toll from the blast has reached 80 people"): the dead. Not deaths named beside another
    count ("Despite the deaths, turnout at the rally reached 20,000 people"), nor a toll of the dead and injured."""
    from helpers.extract.binding import _noun_at
    from helpers.extract.sentences import sentence_spans

    if b.subject != "people" or (b.counted or "").lower() not in _PLAIN_PEOPLE:
        return False
    verb = reached_before(text, start)
    if verb is None:
        return False
    head = text[max(0, start - 300):verb.start()]
    spans = sentence_spans(head)
    head = head[spans[-1][0] if spans else 0:]
    tolls = list(_TOLL_WORDS.finditer(head))
    between = head[tolls[-1].end():] if tolls else ""
    if not tolls or re.search(r"\d", between) or any(
            (hit := _noun_at(between[m.start():])) and hit[1] == "count" for m in re.finditer(r"\b\w", between)):
        return False
    return not any(rx.search(head, tolls[-1].end()) for subject, rx in _casualty_rows() if subject != "deaths")


#: a death toll's own words ("the death toll", "le bilan des morts", "死亡人数"), not deaths told as an event
_TOLL_WORDS = re.compile(r"(?i)\b(?:death toll|toll|death count|number of (?:dead|deaths|fatalities|victims)|bilan(?: des "
                         r"morts| humain| des victimes)?|nombre (?:de|des) (?:morts|décès|victimes))\b|死亡人[数數]|遇[难難]人[数數]")


#: a noun right before a Chinese verb of reaching ("游客超过80万人次": the noun, then 超过)
_CJK_REACHING = rf"{CJK_BEFORE_VERB}?{CJK_REACHING}[约約]?"
_CJK_NOUN_REACHING = re.compile(rf"([\u4e00-\u9fff]{{1,4}}?)(?:{_CJK_REACHING})$")
_CJK_NOUN_AT = re.compile(r"([\u4e00-\u9fff]{1,4})$")  # (the verb read into the number: 游客|超过80万人次)


def _noun_reaching(text: str, start: int) -> tuple[str, str, str] | None:
    """The lexicon's counted noun that ends right before a verb of reaching before ``start`` (游客超过), or None."""
    from helpers.extract.binding import _noun_at

    before = _CJK_NOUN_AT if re.match(_CJK_REACHING, text[start:start + 4]) else _CJK_NOUN_REACHING
    m = before.search(text, max(0, start - 12), start)
    for i in range(len(m.group(1)) if m else 0):
        hit = _noun_at(m.group(1)[i:])
        if hit and hit[1] == "count" and len(hit[2]) == len(m.group(1)) - i:
            return hit
    return None


#: the bare classifiers of a Chinese head count (2529萬人, 80万人次, 300名): people of no kind yet
_CJK_HEADS = frozenset({"人", "人次", "名", "位"})


def cjk_head_count(text: str, start: int, b: Binding) -> Binding:
    """A Chinese head count written with a bare classifier takes the kind its count word before it names (累計入場人數
    達2529萬人, 參觀人次已達2,529萬人: visitors) or, right after it, what the people did (2508萬人次造訪: visitors;
    ``data/people_fates.csv``); fates of the lexicon stay with :func:`casualty_of`. Other bindings unchanged."""
    from helpers.extract.open_nouns import cjk_count_word

    if b.dimension != "count" or b.subject != "people" or (b.counted or "") not in _CJK_HEADS:
        return b
    hit = cjk_count_word(text, start) or _noun_reaching(text, start)
    kind = hit[0] if hit and hit[0] != "people" else None
    at = text.find(b.counted, start, b.end + 2) + len(b.counted)
    kind = kind or next((subject for subject, rx in _after_people() if rx.match(text, at)), None)
    return Binding(kind, b.dimension, b.counted, b.unit, b.currency, b.end, b.scale) if kind else b

