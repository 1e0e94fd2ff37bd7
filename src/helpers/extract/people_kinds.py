"""Which people a count of people is: nationals counted by their nationality right after a number ("53 Britons",
"169 Indiens", "53名英国公民": ``data/demonyms.csv``, subject "<nationality> nationals"; a nationality before another
noun, "53 Chinese companies", counts that noun), passengers and crew counted together, and the dead counted where
they were ("19 on the ground", "240 à bord", "地面19人": ``data/toll_places.csv``), a toll of their own.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding
from helpers.extract.open_nouns import _calendar
from helpers.extract.quantities import Quantity

#: what a nationality's adjective counts after a number as its nationals ("53 British nationals"; "1,500 American
#: workers" are workers)
_PEOPLE_AFTER = r"nationals|citizens"
#: what may follow a nationality written alone (the plural equal to its adjective: "7 Portuguese were"; not "40
#: Japanese and 20 Korean firms")
_ALONE_AFTER = r"(?=\s*(?:[,.;:)!?–—-]|$|were\b|are\b|was\b|died\b|had\b|have\b|on\b|in\b|aboard\b|among\b))"
#: a count of one, after which a nationality is singular ("1 Canadien")
_ONE = re.compile(r"(?i)(?:(?<!\d)1|\bune?|\bone)\s*$")
#: a ratio before the number ("one in five Americans"): no count of nationals
_RATIO = re.compile(r"(?i)\b(?:one|1|un|une)\s+(?:in|out of|sur)\s+[\w.,]+$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    with open(DATA_DIR / "demonyms.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            adjectives = set(r["en_adjective"].split("|"))
            plurals = [p for p in r["en_plural"].split("|") if p]
            alone = "|".join(re.escape(p) for p in plurals if p in adjectives)
            nouns = "|".join(re.escape(p) for p in plurals if p not in adjectives)
            adj = "|".join(a for a in adjectives if a)
            zh = [z for z in r["zh"].split("|") if z]
            zh_long = "|".join(z for z in zh if len(z) > 1)
            zh_short = "|".join(z for z in zh if len(z) == 1)
            parts = [rf"(?:{adj})\s+(?:{_PEOPLE_AFTER})\b", rf"(?:de\s+|d['’])?(?:{r['fr']})\b(?!-)"]  # ("11 millions d'Américains")
            parts += [rf"(?:of\s+)?(?:{nouns})\b(?!['’])"] if nouns else []  # ("millions of Americans")
            parts += [rf"(?:{alone})\b{_ALONE_AFTER}"] if alone else []
            zh_part = (rf"(?:名|位|个|個)?\s*(?:(?:{zh_long})(?:人(?![民寿壽才形工口造员員气氣物力])|籍|公民|国籍|國籍)"
                       + (rf"|(?:{zh_short})籍" if zh_short else "") + ")")  # (not 中国人民大学, 中国人寿, 德国人才)
            rx = re.compile(r"\s*(?:" + "|".join(parts) + "|" + zh_part + ")")
            out.append((r["canonical"], rx))
    return tuple(out)


@lru_cache(maxsize=1)
def _adjectives() -> re.Pattern[str]:
    with open(DATA_DIR / "demonyms.csv", encoding="utf-8", newline="") as fh:
        words = sorted({a for r in csv.DictReader(fh) for a in r["en_adjective"].split("|") if a}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s+(?=[a-z])")


def after_nationality(text: str, end: int) -> int:
    """Where the words after a number begin once a nationality's adjective is passed ("98 Indian pilgrims": at
    "pilgrims"), else ``end``: the adjective says whose, the noun after it what is counted."""
    m = _adjectives().match(text, end)
    return m.end() - 1 if m else end


def nationals_subjects() -> frozenset[str]:
    """Every "<nationality> nationals" subject (``data/demonyms.csv``)."""
    return frozenset(f"{canonical} nationals" for canonical, _ in _patterns())


def is_demonym(word: str) -> bool:
    """Whether ``word`` is a nationality written as a noun ("Britons", "Indiens"): capitalised, yet naming no one."""
    return any(rx.fullmatch(word) for _, rx in _patterns())


def nationals_at(text: str, end: int) -> tuple[str, str] | None:
    """``(subject, words as written)`` when a nationality counts the number ending at ``end``, else None (not in
    a ratio, "one in five Americans", nor in a Title Case headline, "Storm Knocks Down 300 Poles")."""
    found = next(((c, m) for c, rx in _patterns() if (m := rx.match(text, end))), None)
    if found is None or _RATIO.search(text, max(0, end - 40), end):
        return None
    word = found[1].group(0).strip()
    if word[-1:].isascii() and word[-1:].isalpha() and word[-1].lower() not in "sxeiy" and \
            re.match(r"\s+[a-z]", text[found[1].end():]) and not _ONE.search(text, max(0, end - 6), end):
        return None  # a nationality after a number is plural unless it counts one ("1 Canadien"): "19 Afghan posts" is
        # English, the adjective of posts (a plural like the adjective ends in a vowel: "a few thousand Sudanese")
    line_start = text.rfind("\n", 0, end) + 1
    stop = text.find("\n", end)
    line = text[line_start:stop if stop >= 0 else len(text)][:400]  # (a headline is short: a long line is prose)
    words = re.findall(r"(?<![\d,.]\s)(?<!\d)\b[A-Za-z][A-Za-z]+", line)  # (not the nationality after each number)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) * 4 > len(words) * 3:
        return None
    return f"{found[0]} nationals", found[1].group(0).strip().lstrip("名位个個").strip()


def nationals_of(text: str, end: int, b: Binding) -> Binding:
    """People counted as people, by a classifier (名) or a noun after a nationality ("53 British nationals",
    "53名英国公民") whose nationality follows the number at ``end``: that nationality's nationals; other
    bindings (deaths, passengers named alone) unchanged."""
    if b.subject != "people" or b.dimension != "count":
        return b
    hit = nationals_at(text, end)
    return Binding(hit[0], "count", hit[1], b.unit, b.currency, b.end, b.scale) if hit else b


def nationals_binding(text: str, end: int) -> Binding | None:
    """The binding of a number a nationality counts ("53 Britons"), or of people named only by where they were
    ("and 19 on the ground", "240 à bord": people, the dead when a toll is near), else None."""
    hit = nationals_at(text, end)
    if hit:  # people first: a fate before or after them makes them the dead (nationals_of names the rest)
        return Binding("people", "count", hit[1], None, None, end)
    bare = _BARE_PLACE.match(text, end)
    if not bare:
        return None
    where = "on board" if bare.group(1).lower() in ("on board", "onboard", "aboard", "à bord") else "on the ground"
    if NUMBER_PARTITIVE.search(text, max(0, end - 40), end - 1) or _HURT_AFTER.match(text, bare.end()):
        return None  # "241 of the 242 on board", "left 40 on the ground injured"
    if toll_near(text, end - 1, end):
        return Binding(f"deaths {where}", "count", bare.group(1), None, None, end)
    return Binding("people", "count", bare.group(1), None, None, end) if where == "on board" else None  # (not
    # "dropped 500 on the ground")


#: a number followed at once by where its people were, no noun between ("19 on the ground", "240 à bord")
_BARE_PLACE = re.compile(r"\s+(on board|onboard|aboard|à bord|on the ground(?!\s+(?:floor|level))|au sol)\b", re.I)
#: a number after another and "of the" / "des" ("241 of the 242", "241 des 242", "all but one of the 242", "nine of the
#: 14 passengers died", 机上242人中有): the whole of which a part is counted, never the part's fate
NUMBER_PARTITIVE = re.compile(r"(?i)(?:\d|\b(?:one|une?|all|none|most|some|each|both|several|many|few|two|three|four|five|"
                        r"six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix))[^.;,]{0,12}?\s+"
                        r"(?:of(?: the)?|des|sur(?: les)?|parmi(?: les)?)\s+[\d,.\s]*$|(?:中|之中)有?$")
#: a wound right after those counted ("left 40 on the ground injured")
_HURT_AFTER = re.compile(r"(?i)\s*(?:injured|wounded|hurt|blessée?s)\b")


@lru_cache(maxsize=1)
def _toll_places() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    with open(DATA_DIR / "toll_places.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["where"], re.compile(r["after"], re.I), re.compile(r["before"])) for r in csv.DictReader(fh))


def located_subjects() -> frozenset[str]:
    """The subjects of the dead counted where they were ("deaths on board", "deaths on the ground")."""
    return frozenset(f"deaths {where}" for where, _, _ in _toll_places())


def located_toll(text: str, start: int, end: int, b: Binding) -> Binding:
    """The dead counted where they were (``data/toll_places.csv``): "259 people on board", "19 on the ground",
    "240 à bord", "地面19人", "33名地面人员" are the deaths on board or on the ground, a toll of their own, not
    the whole toll; other bindings unchanged. Only deaths, and deaths read from their people by an
    enclosing toll ("274 dead, including 29 people on the ground")."""
    if b.dimension != "count" or b.subject not in ("deaths", "people", "passengers", "lives"):
        return b
    noun = text.find(b.counted, end, end + 30) if b.counted else -1
    if noun >= 0 and b.subject != "deaths" and _AND_CREW.match(text, noun + len(b.counted)):
        b = Binding("passengers and crew", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)  # (not
        # the 230 passengers alone: "242 passagers et membres d'équipage")
    if NUMBER_PARTITIVE.search(text, max(0, start - 40), start):
        return b  # "241 of the 242 people on board": the 242 are all on board, not the dead
    wide = re.split(r"[.!?。！？]\s", text[max(0, start - 90):start])[-1]  # (the before patterns end at the number:
    # "机上", "the hospital, where"; in its own sentence)
    after = text[max(end, noun + len(b.counted) if noun >= 0 else end):end + 40]
    for where, rx_after, rx_before in _toll_places():
        if rx_after.match(after) or rx_before.search(wide) and not (where == "in hospital" and _EVENT_WORD.search(wide)):
            if b.subject == "deaths" or toll_near(text, start, end):
                return Binding(f"deaths {where}", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    if b.subject in _ABOARD and toll_near(text, start, end):  # "260 morts, dont 241 passagers": the
        # dead on board (not "nine of the 14 passengers died": the 14 are all on board)
        return Binding("deaths on board", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    return b


#: what kills where it happens: a hospital named with it may be where the disaster struck ("a fire at the hospital,
#: where 82 died": the whole toll), not where the hurt were taken
_EVENT_WORD = re.compile(r"(?i)\b(?:fire|blaze|inferno|blast|explosion|collapsed?|attack(?:ed)?|strike|shelling|bomb\w*|"
                         r"stampede|crush|flood\w*|earthquake|quake|landslide|storm(?:ed|ing)?|gunmen|shooting|raid(?:ed)?|"
                         r"incendie|effondr\w*|attaque|frappes?|bombard\w*|bousculade|inond\w*|séisme|glissement|"
                         r"tempête|fusillade)\b")
#: people who are on board by what they are
_ABOARD = frozenset({"passengers", "passengers and crew"})


@lru_cache(maxsize=1)
def fate_words(subject: str) -> re.Pattern[str]:
    """The lexicon's words for a fate (``data/subjects.csv``: deaths, injured), to find one near a number; for the
    dead also "lives" and "bilan" (the loss of 33 lives on the ground, le bilan)."""
    from helpers.extract.binding import nouns

    rx = next(r for subj, _, r in nouns() if subj == subject)
    extra = r"|\blives\b|\bbilan\b" if subject == "deaths" else ""
    return re.compile(f"(?:{rx.pattern}){extra}", re.I)

_CLAUSE_END = re.compile(r"[,;:，；：。!?！？()（）\n]|\.(?!\d)|\s[–—]\s")
_INCLUDING = re.compile(r"(?i)^\s*(?:including|among them|of whom|as well as|along with|plus|dont|parmi (?:eux|elles)|"
                        r"ainsi que|de même que|其中(?:包括)?|包括|以及|另有)")


def toll_near(text: str, start: int, end: int) -> bool:
    """Whether a word of death stands in the clause of the number at ``[start, end)`` ("机上242名乘客和地面19人罹难"),
    or earlier in its sentence when this clause opens with "including"/"dont"/"ainsi que"/"其中" ("claimed 274 lives,
    including 29 people on the ground") or follows a dash or a colon ("241 morts – 240 à bord"): never a death in another sentence or another clause ("载有230名乘客，其中241人遇难")."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 200), start)]
    head = ends[-1] if ends else max(0, start - 200)
    tail = _CLAUSE_END.search(text, end)
    before, after = text[head:start], text[end:tail.start() if tail else len(text)]
    dead = fate_words("deaths").search(before)
    if dead and not fate_words("injured").search(before, dead.end()):
        return True  # ("killed 12 on the ground and injured 60 on board": the 60 are injured)
    cut = re.search(r"中有|之中|其中", after) if re.search(r"[\u4e00-\u9fff]", after) else re.search(  # ("机上242人中有
        r"\d|\b(?:that|which|who|qui|que)\b|\b(?:and|et)\s+(?!(?:the|les)\b)[a-zà-ÿ]+(?:ed|é|és|ée|ées)?\b", after)  # 241人遇难")  # ("242 people on
    if fate_words("deaths").search(after[:cut.start()] if cut else after):  # board and killed 241 of them": another's verb)
        return True
    elaborates = bool(ends) and text[max(0, head - 3):head].strip()[-1:] in tuple(":–—-(（：") or _INCLUDING.match(text[head:start])
    if ends and elaborates:
        before = re.split(r"[。！？!?\n]|\.(?!\d)", text[max(0, start - 200):head])[-1]  # (never the sentence before)
        return bool(fate_words("deaths").search(before))
    return False

#: a second group of people counted with the first ("242 passengers and crew", "passagers et membres d'équipage",
#: "乘客及机组人员")
_AND_CREW = re.compile(r"(?i)\s*(?:and|et|&|和|及|与|與)\s*(?:(?:the|les|des|de|members of|membres d['’])\s*)*"
                       r"(?:crew|équipage|membres d['’]équipage|staff|personnel|机组|機組)")


def compact_injured(text: str, q: Quantity) -> Binding | None:
    """The injured of a compact Chinese toll ("13死30傷": 13 dead, 30 injured): 傷 right after the number that
    follows 死 or 失聯 ("17死17失聯、32傷", "35 死 43 伤"). Alone, a 傷 after a number is read no further (悲傷, grief, is no wound)."""
    at = q.end + (text[q.end:q.end + 1] == " ")  # ("35 死 43 伤": spaced)
    if text[at:at + 1] in ("傷", "伤") and re.search(r"(?:死|失[聯联蹤踪])\s*[、，,]?\s*$", text[max(0, q.start - 4):q.start]):
        return Binding("injured", "count", text[at], None, None, at + 1)
    return None


#: a person's name: capitalised words ("Aaron Woon Guo Jie", "Li Ming")
PERSON_NAME = r"(?-i:[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)*)"
#: a name set off by a comma right before a bare number ("Aaron Woon Guo Jie, 40,", "Li Ming, 51.")
_NAME_COMMA = re.compile(rf"(?<![\w'’-]){PERSON_NAME},\s*$")
#: a name's last word that names no one, beside the days and months of ``data/calendar_words.csv``: a title, an answer
_NOT_NAME = frozenset({"mr", "mrs", "ms", "dr", "no", "yes"})
#: a source before the name ("said Smith, 12 minutes later")
_NOT_AFTER_SOURCE = re.compile(r"(?i)\b(?:said|says|according to|selon|by|per|to)\s+[^,]{0,40},\s*$")


def age_aside(text: str, q: Quantity) -> Binding | None:
    """The age of a person named right before a bare number set off by commas ("Aaron Woon Guo Jie, 40, and Alan
    Wei, 48, were charged"; "Li Ming, 51."): the English and French way of giving an age, else None (not a list of
    numbers, "In March, 40, 50 and 60")."""
    if q.numeric_kind != "digits" or q.qualifier != "exact" or not re.fullmatch(r"\d{1,3}", q.text) \
            or not 1 <= q.value <= 115:
        return None
    before = text[max(0, q.start - 60):q.start]
    name = _NAME_COMMA.search(before)
    last = name.group(0).rstrip(", ").split()[-1].lower() if name else ""
    if not name or last in _NOT_NAME or last in _calendar() or _NOT_AFTER_SOURCE.search(before) or \
            not re.match(r"\s*(?:,(?!\s*\d)|\.(?!\d)|\)|;|$)", text[q.end:q.end + 4]):
        return None
    return Binding("age", "duration", q.text, "years of age", None, q.end)
