"""Counted nouns the lexicon does not know: a plural noun right after a number ("40 adults and"; "1 500 départs
volontaires" -> départs; "dix jeunes filles" -> jeunes filles). Subjects are open: a new
corpus brings its own (jobs, campers, réseaux), read here from the words as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import word_list
from helpers.core.paths import DATA_DIR
from helpers.extract.binding import _CONNECT, _STOP, Binding, _noun_at


@lru_cache(maxsize=1)
def _not_nouns() -> frozenset[str]:
    """Plural-looking words that are not counted nouns (``data/not_nouns.txt``: "times", "restent")."""
    return word_list("not_nouns.txt")


@lru_cache(maxsize=1)
def _before_nouns() -> frozenset[str]:
    """French adjectives written before their noun (``data/prenominal_adjectives.txt``: "jeunes" of jeunes filles)."""
    return word_list("prenominal_adjectives.txt")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    """Singular nouns ending in -s that modify a plural noun after them (``data/noun_modifiers.txt``: gas, news)."""
    return word_list("noun_modifiers.txt")


@lru_cache(maxsize=1)
def _irregular() -> frozenset[str]:
    """Plural nouns without -s or -x (``data/irregular_plurals.txt``: poultry, cattle, sheep, personnel)."""
    return word_list("irregular_plurals.txt")


@lru_cache(maxsize=1)
def plural_word() -> str:
    """A pattern of one plural noun: a word ending in -s or -x, or one of ``data/irregular_plurals.txt``."""
    return r"(?:[a-zà-ÿ][a-zà-ÿ-]{2,20}[sx]|" + "|".join(sorted(_irregular(), key=len, reverse=True)) + ")"


def _plural(w: str) -> bool:
    if w in _irregular():
        return True
    if w.endswith(("us", "is")) and len(w) > 4:  # "13 500 détenus", "des centaines de villageois": a French noun
        # the glosses hold (not "virus", "bonus", "analysis")
        from helpers.extract.glosses import gloss_of

        return gloss_of(w, "fr") is not None
    return bool(re.search(r"[sx]$", w)) and not w.endswith(("ss", "us", "is")) and len(w) > 3


#: a plural acronym right after a number ("25 MPs")
_ACRONYM = re.compile(r"[ \u00a0]([A-Z]{2,4}s)\b(?!['’])")


def open_noun(text: str, end: int) -> str | None:
    """A plural noun right after a number that the lexicon does not know ("dozens of campers"): lower-case words,
    the last one plural, then a stop. The first plural word
    heads the phrase (a French adjective after it stays out: "départs volontaires"), unless it is an adjective
    written before its noun ("jeunes filles")."""
    from helpers.extract.glosses import gloss_of
    from helpers.extract.people_kinds import after_nationality

    end = after_nationality(text, end)  # ("98 Indian pilgrims": pilgrims, of India)
    state = re.match(r"\s+([a-z][a-z-]{2,20})(?=\s)", text[end:end + 30])
    if state and state.group(1) in _STATES | _OTHER and (past := after_nationality(text, end + state.end())) > end + state.end():
        noun = open_noun(text, past)  # ("20 remaining Israeli hostages", "seven living Israeli captives"; "20 more
        return f"{state.group(1)} {noun}" if noun and " " not in noun and state.group(1) in _STATES else noun  # Israeli
        # hostages": hostages, as "20 more hostages")
    if (acronym := _ACRONYM.match(text, end)) and gloss_of(acronym.group(1), "en"):
        return acronym.group(1)  # ("25 MPs abstaining": a plural acronym the glosses know, lawmakers)
    m = re.match(r"\s*(?:of\s+|de\s+|d['’])?(?P<name>(?<=[ \t\u00a0])[A-Z][A-Za-z-]{1,20}[ \t\u00a0]+(?=[a-zà-ÿ]))?"
                 rf"((?:[a-zà-ÿ][a-zà-ÿ-]{{1,20}}\s+){{0,2}}{plural_word()})\b(?!['’])", text[end:end + 70])
    if not m or m.group("name") and _not_a_modifier(text, end, m.group("name").strip(), end + m.end()):
        return None  # (a name may modify the noun: "8.5 million Windows devices")
    words = m.group(2).split()
    while len(words) > 1 and words[0] in _OTHER:
        words = words[1:]  # "200 other hikers", "350 autres randonneurs", "40 more hikers": hikers
    for i, w in enumerate(words):  # the first plural word, after modifiers only
        if w in _modifiers() and i + 1 < len(words):
            continue  # "35 gas turbines": gas modifies the noun
        if w in _STOP or w in _CONNECT or w in _not_nouns():
            return None
        if _plural(w):
            more = i + 1 < len(words) and w in _before_nouns() and _plural(words[i + 1])
            return " ".join(words[:i + 2 if more else i + 1])
    return None


def _not_a_modifier(text: str, end: int, name: str, after: int) -> bool:
    """Whether a capitalised word after a number starts a clause rather than modifying the noun after it: after a
    year ("2025 Huawei plans") or a label's number ("week 2 Kabul hospitals", "Game 7 Lakers fans"), a nationality
    ("one in four Germans uses"), or a name and its verb ("Huawei plans to")."""
    from helpers.extract.people_kinds import is_demonym

    return bool(re.search(r"(?<![\d.,])(?:19|20)\d\d$", text[:end]) or _LABEL_BEFORE.search(text, max(0, end - 20), end)
                or is_demonym(name) or _OBJECT_NEXT.match(text, after))


#: a word that makes the number after it a label, not a count ("week 2", "Game 7", "day 3", "phase 1")
_LABEL_BEFORE = re.compile(r"(?i)\b(?:week|day|game|round|stage|phase|season|episode|chapter|level|page|section|article|"
                           r"part|act|grade|term|no\.?|number|lot|gate|room|line|route|platform|zone)\s*\d[\d.]*$")
#: what follows a verb, not a plural noun: an article, "to", a pronoun or a determiner ("owns a Tesla", "plans to")
_OBJECT_NEXT = re.compile(r"\s+(?:a|an|the|to|that|it|its|their|his|her|this|these|those|our|my|some)\b", re.I)
#: words that add to a count already given and stand before its noun: not part of what is counted
_OTHER = frozenset({"other", "more", "additional", "further", "extra", "new", "autres", "nouveaux", "nouvelles", "derniers",
                    "dernières", "premiers", "premières"})  # ("les 20 derniers otages": hostages)
#: what befell people or what they are, written before a nationality and the noun ("20 remaining Israeli hostages",
#: "seven living Israeli captives"): kept with the noun, as "remaining hostages" is
_STATES = frozenset({"remaining", "surviving", "living", "live", "dead", "deceased", "freed", "released", "detained",
                     "missing", "injured", "wounded", "young", "elderly", "former"})
#: a title of two capitalised words right before a number ("Ne Zha 2", "Inside Out 2")
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z'’-]*)[ \u00a0]([A-Z][A-Za-z'’-]*)[ \u00a0]$")
#: one capitalised word used as a noun right before a single digit: after a number, a magnitude or a determiner
#: ("3.5 million Switch 2 consoles", "the Switch 2 sold", "de la Switch 2")
_PRODUCT_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|millions|milliards?|mille|the|its|their|of|de|la|le|les|"
                             r"du|des|sa|son|ses|leur|leurs)|[万萬亿億])\s+(?:[A-Z][a-z]+\s+)?([A-Z][A-Za-z'’-]{2,})[ \u00a0]$")
#: one capitalised word right before the number, a product's name when a capital stands inside it (PlayStation, Joy-Con)
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z]*)?)[ \u00a0]$")
#: hedges and determiners that open a sentence before a count ("Just 2 people", "Environ 3 blessés")
_HEDGE_WORDS = frozenset("""just roughly almost under exactly precisely approximately another these those their its our
his her only nearly some total plus moins environ près quelque seulement seuls seules seul seule tous toutes ces ses
leurs nos
at least up barely fewer less more over than""".split())


#: a locative preposition before the capitalised word: a place ("In Gaza 5 civilians died"), not a product
_LOCATIVE = re.compile(r"(?i)\b(?:in|at|from|near|across|à|dans|en|au|aux|près de|在)\s+$")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every country's names, lower-cased (``data/countries.csv``): "Haiti 5 people" names a place, not a product."""
    import csv

    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as fh:
        return frozenset(n.lower() for r in csv.DictReader(fh) for n in r["names"].split("|") if n)


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    """Days and months (``data/calendar_words.csv``): "March 2 people" is a date's number, read elsewhere."""
    import csv

    with open(DATA_DIR / "calendar_words.csv", encoding="utf-8", newline="") as fh:
        return frozenset(w for r in csv.DictReader(fh) for w in r["word"].split("|"))


#: capitalised words that begin a sentence or a place, a day or a source, not a title
_NOT_TITLE = frozenset("""in on at after before since during yesterday today tomorrow monday tuesday wednesday thursday
friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche à selon après avant depuis hier aujourd'hui
according some about nearly over around only all another by for from with to of into per as the and or but
dans pour par avec sur en sans contre entre et ou le la les un une des du""".split())


def product_digit(text: str, start: int, value: float) -> bool:
    """A single digit written right after a product's name: after a number or a determiner ("3.5 million Switch 2
    consoles", "les ventes de la Switch 2"), or after a word with a capital inside it ("PlayStation 2 versions",
    "manettes Joy-Con 2 magnétiques"). "Gunman Kills 3", "told CNN 3 people", "gives Microsoft 3 seats" count."""
    if value >= 10:
        return False
    if _PRODUCT_BEFORE.search(text, max(0, start - 40), start) or _before_reaching(text, start):
        return True
    one = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    before = re.search(r"(\S+)\s+$", text[max(0, one.start() - 20):one.start()]) if one else None
    return bool(one and re.match(r"\d[ \u00a0]+[a-zà-ÿ]", text[start:start + 4])
                and one.group(1).lower() not in _NOT_TITLE | _calendar() | _HEDGE_WORDS | _countries()
                and re.search(r"[a-z].*[A-Z]|-[A-Z]", one.group(1))
                and not (before and before.group(1).lower() in _NOT_TITLE | {"selon", "according"})
                and not _LOCATIVE.search(text, max(0, one.start() - 8), one.start()))


def _before_reaching(text: str, start: int) -> bool:
    """A digit whose noun reaches a later number ("Switch 2 sales top 3.5 million"): the digit is a name's."""
    m = re.match(r"\d[ \u00a0]+", text[start:start + 3]) if re.search(r"[A-Z][\w-]*\s+$", text[max(0, start - 25):start]) \
        else None
    n = re.search(r"\d", text[start + 1:start + 70]) if m else None
    return n is not None and _REACHING.match(text, start + m.end(), start + 1 + n.start()) is not None


def in_a_name(text: str, start: int, value: float) -> bool:
    """A single digit written right after a two-word capitalised title is the title's number ("Ne Zha 2 continues",
    "Inside Out 2 earned"), or a product's (:func:`product_digit`): no count of the word after it. A place, a day or a
    source before a number ("In Gaza 27 civilians", "Lundi 14 mineurs", "Selon Reuters 12 manifestants") names
    nothing."""
    if product_digit(text, start, value):
        return True
    m = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return value < 10 and m is not None and not any(
        w.lower() in _CONNECT or w.lower() in _NOT_TITLE for w in m.groups())


@lru_cache(maxsize=1)
def _measured() -> frozenset[str]:
    """Plural nouns a bare number measures but does not count (``data/measured_nouns.txt``: temperatures, shares)."""
    return word_list("measured_nouns.txt")


#: a plural noun opening its clause (after at most one modifier, before at most a one-word complement: "admissions aux
#: urgences"; not "the price of eggs"), then a verb of reaching right before the number
_REACHING = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:\d{1,2}\s+)?|(?!(?:of|de|des|du|in|on|for|to|at)\b)[A-Za-zÀ-ÿ][a-zà-ÿ-]{1,20}\s+)?"
    r"([A-Za-zÀ-ÿ][a-zà-ÿ-]{2,20}[sx])\s+"  # (a name before the noun: "Switch 2 sales top 3.5 million")
    r"(?:(?:to|at|in|of|aux|des|du|de|de la|à la|d['’])\s*(?:the\s+)?[a-zà-ÿ-]{2,20}\s+)?"
    r"(?:(?:have |has |had )?(?:reached|rose to|climbed to|grew to|jumped to|increased to|fell to|dropped to|declined to|"
    r"totall?ed|numbered|stood at|topped|exceeded|passed|surpassed|crossed|hit)|reach(?:es)?|tops?|hits?|pass(?:es)?|"
    r"exceeds?|surpass(?:es)?|cross(?:es)?|(?:ont |avaient )?(?:atteint|dépassé|franchi)|atteignent|dépassent|"
    r"franchissent|s['’]él[eè]vent à|sont passée?s à|ont grimpé à|totalisent)\s+$")
#: what stands before a noun phrase that opens its clause: nothing, a clause mark, or a determiner
_OPENS = re.compile(r"(?:^|[.;:,!?(\n]\s*|\b(?:the|The|les|Les|des|Des|its|Its|their|Their|leurs|Leurs|ses|Ses)\s+)$")
#: what may follow such a number: the clause's end or a time or place ("reached 1,200 last week", "atteint 1 200 en mars")
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)，。；]|$|(?:in|on|last|this|by|since|at|as|after|before|during|en|le|la|cette|"
                        r"depuis|au|à|dans|fin|mi|lors)\b)")


def _open_plural(noun: str) -> bool:
    """A plural noun the lexicon does not know that may be counted (not one that measures, no stop word)."""
    return not (noun in _measured() or noun in _not_nouns() or noun in _STOP or noun in _CONNECT or not _plural(noun))


def noun_reaching(text: str, start: int, end: int) -> str | None:
    """A plural noun the lexicon does not know that reaches a bare number as its clause's subject ("Emergency
    admissions reached 1,200 last week", "les admissions ont atteint 1 200 en mars": admissions); None when a word
    follows the number, or the noun measures rather than counts (``data/measured_nouns.txt``: temperatures, shares)."""
    if not CLAUSE_END.match(text, end):
        return None
    pos = max(0, start - 70)
    while (m := _REACHING.search(text, pos, start)) is not None and not _OPENS.search(text, max(0, m.start() - 8),
                                                                                       m.start()):
        pos = m.start() + 1  # (the noun phrase opens its clause: not "the price of eggs rose to 5")
    if m is None:
        return None
    noun = m.group(1).lower()
    if m.group(1)[0].isupper() and m.start(1) > m.start():
        return None  # ("the Lakers reached 100", "the Dow Jones jumped to 42,000": a name, not a counted noun)
    return noun if _open_plural(noun) else None


#: a verb of reaching right before a bare number ("has reached 2,205", "bringing the confirmed toll to ten", "s'élève
#: désormais à 577", "a atteint 1 301")
_REACHED = re.compile(r"(?i)(?:\b(?:has|have|had|is|was|are|were|now|already|also|since|then)\s+)*\b(?:reached|reaching|"
                      r"reaches|(?:risen|rose|rises|climbed|climbing|jumped|increased|grew|surged) to|(?:stands|stood|"
                      r"standing) at|(?:bringing|brings|brought|taking|takes|took)\s(?P<obj>[^,;.]{1,40})\sto|passed|"
                      r"topped|s['’]élèven?t?\s(?:désormais\s|maintenant\s)?à|(?:a|ont|avait)\satteint|atteint|(?:est|sont)"
                      r"\spassée?s?\sà|a\sgrimpé\sà|grimpe\sà)\s*$")


#: a toll someone "put at" a number, a place or an event between ("put the death toll in Derna at 5,500", "placed the
#: number of dead from the floods at 40")
_PUT_AT = re.compile(r"(?i)\b(?:put|puts|putting|placed|places|placing|estimated|estimates|set|sets)\s+(?:the\s+)?"
                     r"(?P<noun>(?:death\s+)?tolls?|number of (?:dead|deaths|victims|injured|fatalities))\b[^.;:\d]{0,50}?\s+at\s+"
                     r"(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|at least\s+|over\s+)?$")


def reached_before(text: str, start: int) -> re.Match[str] | None:
    """The verb of reaching that ends right before the number at ``start`` ("has reached", "avait atteint"), or None."""
    return _REACHED.search(text, max(0, start - 60), start)


#: a copula before a bare number: a verb of reaching only for "the number of ..." ("the daily average for the number of
#: visitors was 110,000", "the highest daily number of visitors has been 185,000", "le nombre de visiteurs a dépassé")
_COPULA = re.compile(r"(?i)(?:\b(?:was|were|is|are|has been|had been|have been|totall?ed|était|étaient|est|sont|a été|"
                     r"a dépassé|ont dépassé|dépasse|exceeded|surpassed)\s*)$")
_NUMBER_OF = re.compile(r"(?i)\b(?:number|nombre)\s+(?:total\s+)?(?:of|de|d['’])\s+(?:the\s+)?")
#: what ends a clause's subject phrase before it: a conjunction or a relative word ("Tesla delivered 400,000 cars and
#: its share ... rose to 12": the share, not the cars)
_SUBJECT_START = re.compile(r"(?i).*\b(?:and|but|while|when|after|before|as|since|because|where|which|that|et|mais|"
                            r"alors que|tandis que|après que|qui|que|quand|lorsque)\s+")
#: words before a subject phrase's head: determiners, possessives, and "the number of" ("le nombre total de décès")
_HEAD_LEAD = re.compile(r"(?i)(?:(?:the|a|an|its|their|his|her|this|that|these|those|le|la|les|l['’]|un|une|des|ses|"
                        r"leurs?|ce|cette|ces|son|sa)\s+)*(?:(?:total\s+)?number\s+of\s+(?:the\s+)?|nombre\s+"
                        r"(?:total\s+)?(?:de\s+|d['’]))?")


#: a relative clause after a subject phrase's head ("people who suffered injuries", "personnes qui ont été blessées")
_RELATIVE = re.compile(r"(?i)\b(?:who|that|qui|ayant)\b[^,;.]{0,40}")


def _head_count(head: str) -> tuple[str, str, str] | None:
    """The count noun starting ``head``: the lexicon's, else a plural the lexicon does not know ("foreigners"); people
    whose relative clause says what befell them are that fate ("the number of people who suffered injuries": injured)."""
    from helpers.extract.binding import _noun_at
    from helpers.extract.people_fates import _casualty_rows

    hit = _noun_at(head)
    if hit and hit[0] == "people" and (rel := _RELATIVE.search(head)):
        hit = next(((subject, "count", hit[2]) for subject, rx in _casualty_rows() if rx.search(rel.group(0))), hit)
    if hit and hit[1] == "count":
        return hit
    word = re.match(r"[a-zà-ÿ][a-zà-ÿ-]{2,20}[sx]\b", head)
    return (word.group(0), "count", word.group(0)) if word and _open_plural(word.group(0)) else None


def subject_reaching(text: str, start: int, end: int, sentence_start: int) -> tuple[str, str, str] | None:
    """The lexicon count noun heading the subject of a verb of reaching that ends a bare number with nothing after it
    (``(subject, role, as written)``): its own clause's subject, else its sentence's first clause's when its own
    clause has none ("The death toll from last weekend's earthquake in Kunar province, near the border, has reached
    2,205": deaths; "the death toll has reached nine"; "le nombre total de décès ... s'élève à 577"). The head comes
    first in its phrase: "the bridge toll stood at 6.70" and "the lead of his team rose to 3" count nothing."""
    put = _PUT_AT.search(text, max(sentence_start, start - 90), start)
    if put and CLAUSE_END.match(text, end):  # ("Health authorities previously put the death toll in Derna at 5,500")
        return _head_count(put.group("noun"))
    verb = _REACHED.search(text, max(sentence_start, start - 60), start)
    copula = None if verb else _COPULA.search(text, max(sentence_start, start - 30), start)
    if not CLAUSE_END.match(text, end) or not (verb or copula):
        return None
    if copula:  # ("the number of visitors was 110,000": the noun after "number of", in the number's own clause)
        own = re.split(r"[,;:，；：]", text[sentence_start:copula.start()])[-1]
        after = list(_NUMBER_OF.finditer(own))
        return _head_count(own[after[-1].end():]) if after else None
    clauses = re.split(r"[,;:，；：]", text[sentence_start:verb.start()])
    own = verb.group("obj") or clauses[-1]  # ("bringing the confirmed toll to ten": the toll it brings)
    for clause in ([own] if own.strip() else []) + ([clauses[0]] if len(clauses) > 1 else []):
        phrase = clause[m.end():] if (m := _SUBJECT_START.match(clause)) else clause
        phrase = phrase.lstrip(" \"“‘(")
        hit = _head_count(phrase[_HEAD_LEAD.match(phrase).end():])
        if hit:
            return hit
        if clause is own and phrase.strip():
            return None  # (its own clause has a subject, and it counts nothing the lexicon knows)
    return None


#: a Chinese head count or count of a noun right before a bare number, with at most a verb of being or reaching between
#: ("入場人數約為19.5萬", "訪客數2820萬", "参观人数达到2500万")
#: Chinese verbs of reaching a number (达到, 增至, 超过, 突破) and the adverbs before them (已经, 累计, 将, 预计)
CJK_REACHING = r"(?:达到|達到|达|達|增至|升至|超过|超過|逾|突破)"
CJK_BEFORE_VERB = r"(?:已经|已經|已|正式|累计|累計|将会|將會|将|將|预计|預計|有望|可能)"
_CJK_COUNT_WORD = re.compile(rf"([\u4e00-\u9fff]{{0,4}}?)(人[数數次]|[数數])(?:{CJK_BEFORE_VERB}?[约約]?(?:为|為|是|近|破|"
                             rf"{CJK_REACHING})?[约約]?)$")


def cjk_count_word(text: str, start: int) -> tuple[str, str, str] | None:
    """``(subject, "count", as written)`` for a bare number after a Chinese count word: 人数 is a head count (people;
    a fate before it is the lexicon's, 死亡人数), 数 after a counted noun of the lexicon counts that noun (訪客數:
    visitors); None after any other 数 (指数, an index; 分数, a score; 总数, a total of nothing named)."""
    from helpers.extract.binding import _noun_at

    m = _CJK_COUNT_WORD.search(text, max(0, start - 14), start)
    if not m:
        return None
    noun = m.group(1)[1:] if m.group(1)[:1] in "日月年号號" and text[m.start(1) - 1:m.start(1)].isdigit() else m.group(1)
    # (28日入場人數: the 日 of a date); then the longest counted noun ending right before 数
    for i in range(len(noun)):
        hit = _noun_at(noun[i:] + m.group(2))
        if hit and hit[1] == "count" and len(hit[2]) >= len(noun) - i:
            return hit
        hit = _noun_at(noun[i:])
        if hit and hit[1] == "count" and i + len(hit[2]) == len(noun):
            return hit[0], "count", noun[i:] + m.group(2)
    return ("people", "count", noun + m.group(2)) if m.group(2).startswith("人") else None


def prose_counter(text: str, end: int) -> Binding:
    """"160 million shares", "3 millions de vues": a counter noun after a spelled-out magnitude is
    prose, not a page's engagement widget ("1.2K shares")."""
    words = re.findall(r"[\w-]+", text[end:end + 40])[:4]  # the counter after its modifiers ("433.3 million
    written = next((w for w in words if _noun_at(w) and _noun_at(w)[1] == "counter"), words[0] if words else "")
    return Binding("shares" if written.lower().startswith("share") else written.lower(), "count", written, None, None,
                   end)  # primary shares", "non-voting shares")
