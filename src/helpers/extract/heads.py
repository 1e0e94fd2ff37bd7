"""Heads named away from the number: what a number counts when nothing follows it.

Split from :mod:`helpers.extract.binding`, which tries the unit or noun right after the number first:

- a vague amount holding its own unit or classifier ("数年", "数位", "billion-dollar");
- a counted noun or size unit before "de"/"of" and the number ("une fenêtre de contexte de 256K");
- a unit named shortly before a bare Chinese magnitude ("激活参数量从约370亿");
- a part of a total ("dont 32 milliards") sharing the total's unit;
- a noun the lexicon does not know ("dozens of sales contracts"), a magnitude beside money ("pumps 170B into compute");
- people counted by what befell them ("2,376 have been injured"), a toll reached ("the death toll ... rose to");
- a head shared with a number before it (:mod:`helpers.extract.shared_heads`).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.people_kinds import NUMBER_PARTITIVE, nationals_binding, nationals_subjects
from helpers.extract.duration_kinds import is_age
from helpers.extract.number_context import verb_hedge
from helpers.extract.attachment import UNITS_SOLD, sold_copies
from helpers.extract.binding import (_CJK, Binding, _noun_at, _scan_cjk, _Unit, _unit, measure_words,
                                     money_subject, nouns, units)
from helpers.extract.cjk_clauses import CJK_SPACE, fate_right_after
from helpers.extract.number_context import REFERENCE_BEFORE, word_reference
from helpers.extract.open_nouns import _not_nouns, in_a_name, open_noun, plural_word
from helpers.extract.quantities import Quantity


_MULTIPLIED_BY = re.compile(r"(?i)(?:\bmultipli(?:é|ée|és|ées|ed|er|era|erait|ant|e|ent)\s+(?:par|by)|\ba\s+factor\s+of|"
                            r"\bun\s+facteur(?:\s+de)?)\s+$")


def money_or_sold(subject: str, written: str, end: int) -> Binding:
    """An amount with no currency before a money word: money, unless the word counts units sold ("1,79
    million de ventes", "1.6 million sales")."""
    if UNITS_SOLD.fullmatch(written):
        return Binding("units", "count", written, None, None, end)
    return Binding(subject, "money", written, None, None, end)


#: the amount is the subject of the verb that follows: "10 million to lose coverage", "millions will lose"
_VERB_BEFORE = re.compile(r"(?i)\b(?:to|will|would|could|may|might|set to|expected to|likely to|risquent de|vont)\s+$")


def _word_of_amount(text: str, start: int, end: int, word: str) -> bool:
    """A money word before an amount in its sentence, or after it in its own clause (not "ont dépassé 1 million
    pour la première fois, ... soutenues par des investissements": a later clause's word is its own)."""
    if text.rfind(word, max(0, start - 200), start) >= 0:
        return True
    at = text.find(word, end, end + 120)  # (not a verb the amount is the subject of: "10 million to lose coverage")
    return at >= 0 and not re.search(r"[,;，；。]", text[end:at]) and not _VERB_BEFORE.search(text, end, at)


#: a verb by which a counted noun reaches a number ("the death toll rose to 1,644"), after a short phrase that
#: says whose ("the death toll from the earthquake rose to", "le bilan humain du séisme s'élève désormais à")
_WHOSE = (r"(?:(?:figures?|tally|count|total)\s+)?(?:(?:from|in|of|after|at|among|to|through|across|during|caused by|du|de|des|dans|après|humain du|humain de)\s+(?:the\s+|la\s+|l['’]|its\s+|their\s+|his\s+|her\s+|ses\s+|son\s+|sa\s+|leurs?\s+)?"
          r"(?:(?!(?:but|mais|its|his|her|their|after|before|while|when|that|which|who|où|qui|que|dont)\b)"
          r"[\w'’.-]+\s+){1,4}){0,2}(?:\([^()]{1,60}\)\s+|[\w'’.-]*,[^,.;]{1,80},\s+|(?:that|which|qui)\s+(?:[^\W\d][\w'’.-]*\s+){1,6})?")
# (the phrase says whose for every verb below: "the toll in X stands at"; a bracket, a clause between commas or a relative
# clause of words may follow it: "(international name: X)", "from the earthquake that struck eastern Afghanistan late Sunday")
#: a verb of reaching after a modal or a verb of expecting ("could top", "likely to exceed"), past a mark ("has gone past",
#: "fell below") or an estimate ("estimated to be over"): the number is still the noun's
_MAY_REACH = (r"(?:could|may|might|will|would|should|(?:is |are |was |were )?(?:likely|expected|set|poised|projected) to)"
              r"\s+(?:top|exceed|surpass|pass|reach(?: into(?: the)?)?|hit|cross|rise to|climb to)|(?:has |had |have )?(?:gone|went|goes) past|to (?:rise|climb|jump|grow|increase) to|"
              r"(?:has |had |have )?(?:fell|fallen|dropped|falls|drops) (?:below|under)|(?:is |was |are |were )?estimated"
              r"(?: to be)?(?: at)?|(?:pourrai(?:t|ent)|devrai(?:t|ent)|risquen?t? de) (?:dépasser|atteindre|franchir)")
_REACHES = (_WHOSE + r"(?:" + _MAY_REACH + r"|(?:has |had |have |is |was )?(?:now |already |also |since |then |further )?(?:rises|rose|risen|rising|rise|climbed|climbs|climbing|climb|jumped|jumps|jumping|"
            r"jump|reached|reaches|reaching|reach|hit|hits|topped|tops|passed|exceeded|exceeds|surpassed|increased|grew|mounted|mounts|swelled|soared|surged|surges|spiked)(?: (?!(?:nearly|only|roughly|early)\b)[a-z]+ly(?= (?:to|at|past|on|overnight|today|yesterday)\b| [A-Z]))?(?: (?:on )?(?:[A-Z][a-z]+day|overnight|today|yesterday)(?= to))?(?: in [A-Z][\w-]+(?= to))?(?: to| at| past)?|(?:now )?stands at|stood at|(?:remains?|remained|held|holds|stays?|stayed)(?: steady| unchanged| stable)? at|(?:a |est |ont |sont )?(?:atteint|passée?s? à|"
            r"grimpée?s? à|dépassé)|s['’]él[eè]v(?:e|ent|ait|aient)(?: désormais| maintenant)? à|passent à|passe à|grimpe à|dépassent|dépasse|"
            r"atteignent|(?<=\btoll )to|(?<=\btolls )to|(?<=\btally )to|(?<=\bbilan )à|" + "|".join(  # ("bringing the toll to 79",
                rf"(?<=\b{v} the {t}toll )at" for v in ("put", "puts", "placed", "places", "estimated", "estimates")
                for t in ("", "death ")) + ")")  # "the ministry put the death toll at 28"; not "the toll at 7 camps")
#: a verb by which a counted noun changes from one number to another ("the death toll rose from 95 to 158", "was
#: revised downwards on Tuesday, from 217 to 215", "le bilan est passé de 95 à 158"): the link before the first number
#: and, with the first number, before the second; both count the noun
_CHANGE_VERB = (r"(?:(?:has |had |have |is |was |were |has been |had been |have been )?(?:now |already |also |since |then |further "
                r"|slightly |sharply )?(?:rises|rose|risen|climbed|climbs|jumped|jumps|increased|increases|grew|grown|soared|fell|"
                r"fallen|falls|dropped|drops|declined|decreased|revised|corrected)(?:\s+(?:up|down|upwards?|downwards?|sharply|"
                r"slightly))?(?:\s+on\s+[A-Z]\w+)?,?\s+from|(?:est |sont )?passée?s?\s+de)")  # (French "augmenté de 12" is by 12)
#: a rate after the number of a change ("from 17 to 9 per 100,000 people", "300 to 500 a week"): no count of the noun
_RATE_AFTER = re.compile(r"(?i)\s+(?:(?:in|en) \d{4}\s+)?(?:to|à)?\s*[\d,.]*\s*(?:per|par|a|an|each|every)\s+[\w,.]+")
_CHANGES = _WHOSE + r"(?:" + _CHANGE_VERB + r"(?:\s+(?:about |around |some |nearly |environ |près de )?\d[\d,.\u00a0\u202f ]*\s+(?:to|à))?)"


def _changed_noun(text: str, q: Quantity) -> tuple[str, str, str] | None:
    """The counted noun before a change ("the death toll rose from 95 to 158"), unless the numbers are a rate."""
    return None if _RATE_AFTER.match(text, q.end) else noun_before_of(text, q.start, _CHANGES)


#: where people live, said before their number ("home to 1.7 million people", "une ville qui abrite 150 000 personnes")
_HOME_TO = re.compile(r"(?i)\b(?:home to|population of|abrite|peuplée de)\s+"
                      r"(?:(?:about|some|around|roughly|approximately|an estimated|almost|more than|over|nearly|up to|environ"
                      r"|près de|plus de|quelque|approximativement)\s+)?$")
#: the people a toll counts, by what happened to them (``data/fates.csv``; their words are rows of ``data/subjects.csv``)
with open(DATA_DIR / "fates.csv", encoding="utf-8", newline="") as _fh:
    CASUALTIES = tuple(r["subject"] for r in csv.DictReader(_fh))


#: the subjects a disaster's damage applies to: the lexicon's buildings and households (homes, maisons, 房屋), and
#: structures, a noun the lexicon leaves open (protein structures are no buildings)
_BUILT = ("buildings", "households", "structures")


@lru_cache(maxsize=1)
def _damage_fates() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "damage_fates.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], r["side"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


def destroyed_of(text: str, start: int, b: Binding) -> Binding:
    """Buildings or homes counted by what a disaster did to them ("16,000 structures were destroyed", "a détruit plus
    de 12 000 maisons", "1萬3000多棟建築燒毀": buildings destroyed; "damaged": buildings damaged), a running count like
    a death toll (``data/damage_fates.csv``); other bindings unchanged."""
    if b.dimension != "count" or b.subject not in _BUILT:
        return b
    noun = text.find(b.counted, b.end, b.end + 60) if b.counted else -1  # what follows the counted noun itself
    after = text[noun + len(b.counted):noun + len(b.counted) + 60] if noun >= 0 else text[b.end:b.end + 60]
    before = text[max(0, start - 40):start]
    for subject, side, rx in _damage_fates():
        if side == "after" and rx.search(after) or side == "before" and rx.search(before):
            return Binding(subject, b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    return b


#: a number of the Chinese classifier for corpses (具) whose noun phrase ends in a word for bodies: the dead counted,
#: whatever noun comes between (两具失踪人员遗体, two bodies of the missing; a Chinese noun phrase's head comes last)
_BODIES = re.compile(r"[^\s具，。；、,;]{1,12}?具[^，。；、,;\d]{0,8}?(?:遗体|遺體|尸体|屍體|遗骸|遺骸)")
#: a word for bodies before a number counted in 具 ("遗体增至155具"), in the same clause
_BODIES_BEFORE = re.compile(r"(?:遗体|遺體|尸体|屍體|遗骸|遺骸)[^，。；、,;\d]{0,10}$")
#: between a fate and a number, words that make the number a part of the casualties ("死者包括36名成人", "遇难者中有")
_AMONG = re.compile(r"包括|包含|含|中有|其中|including|include|among|dont|parmi", re.I)


with open(DATA_DIR / "people_nouns.txt", encoding="utf-8") as _fh:
    PEOPLE_NOUNS = frozenset(w for ln in _fh if not ln.startswith("#") for w in ln.split())
#: a verb of dying right after the people counted ("45 residents perished", "trois sont mortes"), not before "or missing"
_DIED_AFTER = re.compile(r"\s+(?:(?:are|were|is|was) (?:known|believed|thought|reported|confirmed|said) to have\s+)?"
                         r"(?:(?:have|has|had|were|are|all|also|reportedly|later|since|ont|sont|se sont|y ont|en sont|étaient|par ailleurs|également|"
                         r"avaient|seraient|auraient|déjà)\s+){0,2}"
                         r"(?:(?:died|dies|die|perished|perish|perishes|drowned(?!\s+out)|drown|succumbed|lost their lives|(?:been|were|was) killed)\b|"
                         r"mort(?:e|s|es)?\b|péri\b|"
                         r"décédée?s?\b|noyée?s?\b|succombé)(?!\s+(?:or|ou)\s+(?:missing|disparu|portée?s? disparu))", re.I)


#: subjects of people counted as people, whatever fate follows them (passengers: 230 passagers, 242名乘客)
_PEOPLE_SUBJECTS = ("people", "population", "children", "passengers", "affected")


#: the words of a toll reaching its figure, between the toll and its number ("the death toll rose to 1,114 people", "le
#: nombre de morts s'élève à 577 personnes", "致死的人數增至1080人")
_TOLL_VERB = (r"(?:\s+(?:has|had|have|is|was|now|already|also|since|then|rose|risen|rises|reached|reaches|climbed|climbs|"
              r"mounted|jumped|soared|swelled|hit|stands|stood|increased|grew|surged|to|at|désormais|déjà|s['’]élève|"
              r"s['’]établit|atteint|a|est|passé|grimpé|monte|à)){1,4}\s+|的?人[数數]?(?:已经|已經|已)?(?:增至|升至|上升至|增加至|"
              r"增加到|达到|達到|攀升至|达|達|为|為|是)(?:约|約)?\s*")


def casualty_of(text: str, start: int, b: Binding) -> Binding:
    """People counted by where they live ("home to 1.7 million people": population) or by what happened to them
    ("1,002 people were killed", "144人死亡、732人受伤", "la mort de 2 719 personnes", "死亡數已經增加到2056人": deaths,
    injured or missing), not a headcount; other bindings (and a number ``start``-ing elsewhere) unchanged."""
    if b.dimension == "count" and (bodies := _BODIES.match(text, start, start + 28)):  # "两具失踪人员遗体": bodies,
        return Binding("deaths", b.dimension, bodies.group(0)[-2:], b.unit, b.currency, b.end, b.scale)  # whoever
    nationals = b.subject in nationals_subjects()  # people too, yet a fate of theirs is mostly a part of a toll
    if b.subject not in _PEOPLE_SUBJECTS and (b.counted or "-").lower().split()[-1] not in PEOPLE_NOUNS and not nationals:
        return b  # ("3,000 inhabitants were evacuated": a fate before where they live; "28 children were killed")
    if b.subject == "people" and _HOME_TO.search(text, max(0, start - 30), start):  # "home to 1.7 million people"
        return Binding("population", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    noun = text.find(b.counted, start, b.end + 40) if b.counted else -1
    at = max(b.end, noun + len(b.counted)) if noun >= 0 else b.end  # (40 characters past its noun)
    after = re.split(r"[,;，、；。.]|" + CJK_SPACE + r"|\s(?:and|et|but|mais|while)\s|\s(?:or|ou)\s(?!missing|disparu|portée?s? disparu|dead|décédé|mort)|"
                     r"(?:和|及|与|與)(?=[^,;，、；。.\d]*\d)|中有|其中|(?:罹難|罹难|遇難|遇难|死|傷|伤|失蹤|失踪)者|\d", text[b.end:at + 40], maxsplit=1)[0]  # ("dead or missing", "27名营员和辅导员遇难": one fate; up to another number, 24萬名朝覲者有183人喪命)
    before = re.split(r"[,;，、；。]|\.(?!\d)|" + CJK_SPACE, text[max(0, start - 40):start + (own := int(
        text[start:start + 1].isdigit()))])[-1][:-own or None]  # (a first digit with it: a headline's space parts it
    # from the fate before, "逾100傷 4人被通緝"; not a spaced hedge's, "死亡人數 超過300人")
    part = re.search(r"(?i)\b(?:of(?: the)?|des|sur(?: les)?|parmi(?: les)?)\s*$", text[max(0, start - 14):start])
    if noun >= 0 and not part and not nationals and _DIED_AFTER.match(text, noun + len(b.counted)):  # "45 residents perished", "12 people
        return Binding("deaths", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)  # died" (not "nine of the
    open_people = b.subject not in _PEOPLE_SUBJECTS  # 14 passengers died": the 14 are passengers)
    rows = [(subject, rx) for subject, _, rx in nouns() if subject in (("arrested",) if nationals else CASUALTIES)]
    # ("five British nationals were among the dead" is a part of the dead; "arrested two Chinese nationals" all held)
    if own := fate_right_after(text, b, rows):  # ("10死30人傷": 30 injured, not the 死 before it)
        return Binding(own, b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    for subject, rx in rows:  # the verb before the number first: "killed 1,002 people and injured 2,376"
        m = re.search(rf"(?:{rx.pattern})(?P<gap>\W+(?:de|of)\W+|\s+d['’]|\s+|(?![和及与與])[^\W\d_]{{0,8}}|{_TOLL_VERB}|"
                      rf"[^\W\d_]{{0,3}}(?:从|從|由)[约約]?[\d,.]+[人名]?[^\W\d_]{{1,4}})$", before, re.I)  # (死亡人数从95人升至158人)
        if m and not _AMONG.search(m.group("gap")):  # ("死者包括36名成人", "遇难者中有": a part of the dead, their
            return Binding(subject, b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)  # people as written)
    fates = sorted((m.start(), i, subject) for i, (subject, rx) in enumerate(rows) if (m := rx.search(after)))
    if fates and not open_people and not NUMBER_PARTITIVE.search(text, max(0, start - 40), start):
        # then the first fate in the words after its noun, up to "and": "144人死亡、732人受伤",
        return Binding(fates[0][2], b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)  # "300 habitants
    return b  # évacués après la mort de 5 personnes": evacuated (not for residents or passengers: their own verb only)


def bind_unattached(text: str, q: Quantity) -> Binding | None:
    """What ``q`` counts when no unit, currency or noun follows it (None: not a claim)."""
    end = q.end
    by = _MULTIPLIED_BY.search(text, max(0, q.start - 24), q.start)
    if by:  # "multipliée par plus de quatre", "multiplied by four": a multiple, as 两倍
        return Binding("multiple", "other", by.group(0).strip(), "times", None, end)
    if not _CJK.match(text[end:end + 1]) and not re.fullmatch(r"(?:19|20)\d\d", q.text):
        before = noun_before_of(text, q.start)
        if before is None and q.numeric_kind == "digits" and re.search(r"[A-Za-z]$", q.text):
            before = noun_before_of(text, q.start, "at|stood at|stands at|totall?ing|totalled")  # "tokens at 14.8 trillion"
        if before is None and (q.numeric_kind in ("digits", "vague") or q.numeric_kind == "words" and q.value >= 2):
            before = noun_before_of(text, q.start + verb_hedge(q.text), _REACHES) or (  # "toll rises to 1,644", "steady at
                _changed_noun(text, q) if q.numeric_kind == "digits" else None)  # nine", "could reach into the hundreds"
        if before is not None and before[0] == "unit":
            unit = before[1]
            return Binding(unit.subject, unit.dimension, before[2], unit.unit, None, end, unit.scale)
        if before is not None and (q.value == int(q.value) or before[0] not in CASUALTIES):  # ("the bridge toll
            return Binding(before[0], "count", before[2], None, None, end)  # stood at 6.70": a fare, no dead)
    topic = change_topic_cjk(text, q)
    if topic:  # "专家数量从256个增至384个": the topic of a change is what both numbers count
        return Binding(topic, "count", topic, None, None, end)
    pieces = pieces_of(text, end) or nationals_binding(text, end)
    if pieces is not None:  # "eight priceless pieces of jewelry": jewels; "53 Britons", "53名英国公民": nationals
        return pieces
    if re.match(r"\s*具(?=\s*(?:[，。；、,;:：！？）)\n]|$))", text[end:end + 4]) and _BODIES_BEFORE.search(text, max(0, q.start - 16), q.start):
        return Binding("deaths", "count", "具", None, None, end)  # "遗体增至155具": bodies counted, the dead
    noun = open_noun_cjk(text, end)
    if noun:  # "回答了21个问题": a noun the lexicon does not know after a generic classifier
        return Binding(noun, "count", noun, None, None, end)
    if q.value < 1e6 and not _CJK.match(text[end:end + 2].strip()[:1] or "a"):
        noun = open_noun(text, end)
        if noun and not word_reference(text, q) and \
                not (q.numeric_kind == "digits" and in_a_name(text, q.start, q.value)):  # (not "Ne Zha 2 continues")
            return Binding(noun.lower(), "count", noun, None, None, end)  # a noun the lexicon does not know: subjects are open
    from helpers.extract.votes import vote_count
    if (votes := vote_count(text, q)) is not None:
        return votes  # ("364 contre, 194 pour")
    fate = _CASUALTY_AFTER.match(text, end)
    if fate and (q.numeric_kind == "digits" or not REFERENCE_BEFORE.search(text, max(0, q.start - 8), q.start)):  # by fate ("deux sont mortes")
        hit = _noun_at(re.sub(r"(?i)^(?:died|perished|drowned)$", "dead", re.sub(  # ("three more died": the dead)
            r"(?i)^(mort|tué|blessé|disparu|décédé|évacué|secouru|arrêté)e(s?)$", r"\1\2", fate.group(1))))
        part = _PARTITIVE.search(text, max(0, q.start - 80), q.start)  # (a feminine fate as its masculine: mortes)
        whole = _noun_at(part.group(1)) if part else None  # ("Of the 40 miners, 3 were killed": miners are people)
        if hit and hit[0] in CASUALTIES and not (whole and whole[0] not in _PEOPLE + CASUALTIES) and \
                not (part and part.group(1).lower() in _NOT_PEOPLE):
            return Binding(hit[0], "count", fate.group(1), None, None, end)
    if (hurt := _CASUALTY_VERB.search(text, max(0, q.start - 40), q.start)) and q.numeric_kind == "digits":  # the dead
        return Binding(hurt.lastgroup, "count", hurt.group(0).strip(), None, None, end)  # ("displaced over 14 million")
    if q.numeric_kind == "digits" and re.search(r"[A-Za-z万萬亿億]", q.text):
        total = unit_of_total(text, q.start)
        if total is not None:  # "1 trillion de paramètres, dont seulement 32 milliards": the total's unit
            return Binding(total[0].subject, total[0].dimension, total[1], total[0].unit, None, end, total[0].scale)
    from helpers.extract.shared_heads import (anaphor_head, change_head_before, elided_classifier, label_head,
                                              list_item_head, shared_head_before)

    shared = shared_head_before(text, q) or label_head(text, q) or change_head_before(text, q) or \
        anaphor_head(text, q) or elided_classifier(text, q) or list_item_head(text, q)  # ("1.04 trillion parameters ... only 32 billion")
    if shared is not None:
        return shared
    spelled = re.search(r"[A-Za-zÀ-ÿ]{3}$", q.text)  # "2.5 million battery-powered scooters" (not "170B compute push
    rx = _PLURAL_RIGHT_AFTER if spelled else _PLURAL_NEXT  # signals": a glued B takes the next word only)
    plural = rx.match(text, end) if q.value >= 1e6 and (re.search(r"[A-Za-zÀ-ÿ]$", q.text) or re.fullmatch(
        r"\d{1,3}(?:[\s.,\u00a0\u202f]\d{3}){2,}", q.text)) else None  # (or written out: "1 200 000 visiteurs")
    noun = open_noun(text, end) if plural else None
    if noun and units()[0].fullmatch(noun.split()[-1]):
        noun = None  # ("billions of taxpayer dollars": money, read below)
    if noun and (noun == plural.group(1) or plural.group(1).startswith(noun + " ")) and not _NOT_PLURAL_NOUN.search(noun):
        # a big amount with its plural noun right after it, then maybe a verb: "80 billion transistors", "400 millions de
        # pèlerins sont attendus" ("170B into compute" is money; "dont 40 milliards actifs" took the total's unit above)
        word = _noun_at(noun)
        if word and word[1] == "money" and word[2] == noun:  # "846 millions de dons": an amount of gifts
            return money_or_sold(word[0], noun, end)
        return Binding(noun.lower(), "count", noun, None, None, end)
    if q.numeric_kind in ("digits", "vague") and q.value >= 1e6 and re.search(r"[A-Za-z万萬亿億]", q.text):
        return _bare_magnitude(text, q, end)
    return None


def _bare_magnitude(text: str, q: Quantity, end: int) -> Binding | None:
    """A bare amount written with a magnitude (no unit, no noun right after it): a unit named before it, people
    after a Chinese modifier, units sold named before it, else money when a money word stands beside it."""
    before = measure_before_cjk(text, q.start)
    if before is not None:  # "激活参数量从约370亿": the parameters named before the number
        return Binding(before.subject, before.dimension, before.token, before.unit, None, end, before.scale)
    if (counted := _counted_after_de(text, end)) is not None:  # "140萬沒有合法身份的人士": people
        return Binding(counted[0], "count", counted[2], None, None, end)
    subject, written = money_subject(text, q.start, end)
    if written and UNITS_SOLD.fullmatch(written) and written in text[max(0, q.start - 60):q.start]:
        # "1,79 million de ventes contre 1,76 million": units sold, the word before the amount
        return Binding("units", "count", written, None, None, end)
    if written and _word_of_amount(text, q.start, end, written):  # "pumps 170B into compute": a bare
        return Binding(subject, "money", written, None, None, end)  # magnitude beside a money word
    return None


#: a Chinese modifier ending in 的 after a bare amount, the noun it qualifies after it ("140萬沒有合法身份的人士")
_CJK_MODIFIER = re.compile(r"[^，。；、,;:：！？\s\d]{1,12}?的")


def _counted_after_de(text: str, end: int) -> tuple[str, str, str] | None:
    """The people the lexicon names after a bare amount, past a short Chinese modifier ending in 的 or up to two
    characters ("140萬沒有合法身份的人士", "数百万普通民众"), else None
    (never things: "投入3800亿新建的数据中心" is an amount spent on data centres)."""
    if not _CJK.match(text[end:end + 1]):
        return None
    m = _CJK_MODIFIER.match(text, end)
    starts = [m.end()] if m else []
    starts += [end + k for k in range(3) if _CJK.match(text[end + k:end + k + 1])]  # ("数百万普通民众": a word between)
    for at in starts:
        hit = _noun_at(text[at:at + 12])
        if hit and hit[1] == "count" and hit[0] in _PEOPLE + CASUALTIES:
            return hit
    return None


#: a plural noun right after an amount written with a magnitude word ("80 billion transistors", "208 milliards
#: de transistors")
_NAME_FIRST = r"(?:[A-Z][A-Za-z-]{1,20}[ \t\u00a0]+(?=[a-zà-ÿ]))?"  # a name modifying the noun ("8.5 million Windows devices")
_PLURAL_NEXT = re.compile(rf"\s(?:de\s+|d['’]|of\s+)?{_NAME_FIRST}({plural_word()})\b(?![-'’])(?!\s+[a-zà-ÿ]+[sx]\b)")
_PLURAL_RIGHT_AFTER = re.compile(r"\s(?:de\s+|d['’]|of\s+)?" + _NAME_FIRST + r"((?:[a-zà-ÿ][a-zà-ÿ]{2,20}(?:-[a-zà-ÿ]{2,20})?\s+){0,2}"
                                 rf"{plural_word()})\b(?![-'’])(?!\s+[a-zà-ÿ]+[sx]\b)")  # (two modifiers may stand before it:
# "2.5 million battery-powered scooters", "1.5 million electric scooter trips")
#: endings of plural adjectives and participles, not nouns ("attribués", "versées", "previous")
_NOT_PLURAL_NOUN = re.compile(r"(?:és|ées|ous|ss|us|is|ives|ifs|aux|aires|ables|ibles)$")


_CHANGE_CJK = re.compile(r"([\u3400-\u9fff]{2,4}?)(?:数量|數量|规模|規模|量)?(?:从|從|由)\s*$")
_CHANGE_TO_CJK = re.compile(r"(?:增至|增加到|升至|扩大至|擴大至|降至|减至|減至|提高到|提升至|增长到|增長到|到|至)\s*$")


def change_topic_cjk(text: str, q: Quantity) -> str | None:
    """Chinese "X(数量)从A个增至B个", "词汇表从129K扩大至160K": the topic noun before 从 counts both
    numbers, when they are counted (个) or written with a magnitude (K, 万) and no noun follows the classifier."""
    if not (re.match(r"\s*[个個]", text[q.end:q.end + 2]) or re.search(r"[KkMm万萬亿億]$", q.text)) \
            or open_noun_cjk(text, q.end) not in (None, "units"):  # ("公司从16个团队整合为五个小组": teams)
        return None
    head = text[max(0, q.start - 14):q.start]
    to = _CHANGE_TO_CJK.search(head)
    if to:  # the second number: look before the first one
        first = re.search(r"(?:从|從|由)\s*[约約]?[\d.,]+[KkMm万萬亿億]?[个個]?\s*$", text[max(0, q.start - 40):q.start - len(to.group(0))])
        head = text[max(0, q.start - 40):q.start - len(to.group(0))][:first.start() + 1] if first else ""
    else:
        head = re.sub(r"[约約]\s*$", "", head)
    m = _CHANGE_CJK.search(head)
    topic = re.split(r"[把将將对對使让讓令被]", m.group(1))[-1] if m else ""
    if len(topic) < 2 or re.search(r"[的了在是和与與及]", topic):
        return None
    return topic


#: what cannot begin a Chinese noun after a classifier: particles, conjunctions, hedges, time and magnitudes
_NOT_NOUN_START = re.compile(r"[的了是在和与與及或等多余餘以左右上下内內中后後前来來年月日天时時亿億万萬千百个個之而但也都就还還已被将將会會可能"
                             r"由从從向对對把给給为為增减減降升达達至到让讓使令于於跟同]")
#: where a Chinese noun phrase after 台/张 ends: a particle or a verb ("100张照片显示灾情": 照片)
_RUN_ENDS = "左右|以上|以下|上下|的|和|及|与|與|被|将|將|已|在|是|了|显示|顯示|用于|用於|用来|用來|发放|發放|来自|來自|有|为|為|可|能|会|會|都|也|就|还|還"
#: a verb of killing, wounding, displacing, evacuating or arresting right before a bare number ("killed 120", "a tué
#: 35", "blessant 12", "displaced over 14 million", "arrested 409"): the group that names it is the subject
_CASUALTY_VERB = re.compile(r"(?:\b(?P<deaths>killed|killing|kills|tué|tuant|claim(?:ed|ing|s)? the lives of|coûté la vie à)|\b(?P<injured>injured|injuring|wounded|wounding|blessé|blessant)|"
                            r"\b(?P<displaced>displaced|displacing|déplacé)|\b(?P<evacuated>evacuated|evacuating|évacué)|\b(?P<arrested>arrested|arresting|interpellé))"
                            r"\s+(?:at least |about |nearly |more than |over |some |around |au moins |près de |plus de |environ )?$",
                            re.I)
#: people counted by a participle after the number ("2,376 have been injured", "30 others are missing", "12 sont morts")
_CASUALTY_AFTER = re.compile(r"\s+(?:(?:others|more|people|persons|elderly|autres|personnes)\s+)?(?:(?=(?:died|perished|drowned)\b)|ont\s+(?=perdu\s+la\s+vie)|(?:are|were|have been|had been|has been|"
                             r"was|remain|remained|sont|ont été|avaient été|auraient été|restent|étaient|ont(?=\s+(?:péri|disparu|succombé)\b))\s+(?:still\s+|now\s+|toujours\s+|encore\s+)?)"
                             r"((?:died|perished|drowned)(?!\s+(?:out|down|away|off)\b)|perdu\s+la\s+vie|killed(?!\s+(?:in committee|off)\b)|dead|injured|wounded|hurt|"
                             r"missing(?!\s+(?:out|key|their|its|his|her)\b)|unaccounted for|mort(?:e|s|es)?|péri|décédée?s?|"
                             r"tuée?s?|blessée?s?|disparue?s?|"
                             r"arrested|detained|evacuated|displaced|rescued|trapped|interpellée?s?|arrêtée?s?|évacuée?s?|déplacée?s?|"
                             r"secourue?s?|ensevelie?s?|listed\s+(?:as|in)\s+(?:critical|serious|stable)(?:\s+condition)?|(?:in\s+)?(?:critical|serious|stable|moderate|good|fair)\s+condition|discharged(?!\s+from\s+(?!(?:the\s+)?hospital))|hospitali[sz]ed|hospitalisée?s?|taken\s+to\s+hospital|dans\s+un\s+état\s+(?:critique|grave))\b",
                             re.I)
#: a set the number is taken from ("Of the 40 bills tabled, 12 were killed"): its noun says what is counted; a lexicon noun
#: of people, or an unknown noun, keeps the fate ("Of the 40 miners"); things fates befall only figuratively drop it
_PEOPLE = ("people", "population", "police", "soldiers", "athletes", "visitors", "patients", "investigators", "volunteers")
with open(DATA_DIR / "partitive_things.txt", encoding="utf-8") as _fh:
    _NOT_PEOPLE = frozenset(w.lower() for ln in _fh if not ln.startswith("#") for w in ln.split())
_PARTITIVE = re.compile(r"(?i)\b(?:of|sur|parmi)\s+(?:the|les|ces)\s+[\d,. ]+\s+([A-Za-zÀ-ÿ]+)[^.;]*$")
#: a container noun after a number whose goods follow ("pieces of", "units of", "lots de")
_PIECES_OF = re.compile(r"\s*(?:[\w-]+\s+){0,2}(?:pieces|items|units|sets|pairs|lots|batches|pièces|unités)\s+"
                        r"(?:of|de|d['’])\s*", re.I)


def pieces_of(text: str, end: int) -> Binding | None:
    """"eight priceless pieces of jewelry", "trois pièces de collection": what the pieces are of, when the
    lexicon names it (a count noun within three words after "of"); None otherwise."""
    from helpers.extract.binding import _scan_after

    m = _PIECES_OF.match(text, end)
    hit = _scan_after(text, m.end()) if m else None
    if isinstance(hit, tuple) and hit[0] != "unit" and hit[1] == "count":
        return Binding(hit[0], "count", hit[2], None, None, end)
    return None


#: 台 or 張 counting machines and flat things; 臺 too, but not in 臺灣, 臺胞, 臺商 (Taiwan, its people and firms)
_TAI = r"(?:台|臺(?![灣湾胞商北中南東东籍資资幣币電电獨独辦办生青企])|张|張)"
#: characters that end a Chinese noun compound as its head (块 of 膜模块, 场 of 足球场, 机 of 发电机, 组 of 专注小组)
_NOUN_HEADS = "块塊组組队隊场場机機器站厂廠体體员員者物品件库庫区區线線"


def open_noun_cjk(text: str, end: int) -> str | None:
    """Chinese: a generic classifier (个, 项, 套: no subject of its own) then a two-character noun the lexicon does not
    know ("21 个问题" questions), or 台/张 then the noun phrase as written (up to six characters): open subjects."""
    from helpers.extract.glosses import people_word, verb_after_classifier  # (glosses reads this module)
    if text[end - 1:end] in "万萬亿億" and (people := people_word(text[end:end + 3])):
        return people  # ("已有约5亿信徒": believers counted in hundreds of millions, no classifier between)
    tai = re.match(rf"\s*(?:多|余|餘)?\s*{_TAI}", text[end:end + 4])  # (台 and 张 count machines and flat things of
    m = re.match(r"\s*(?:多|余|餘)?\s*[个個项項套场場]\s*([\u3400-\u9fff]{2})", text[end:end + 8]) or re.match(  # every
        rf"\s*(?:多|余|餘)?\s*{_TAI}\s*((?:(?!{_RUN_ENDS})[\u3400-\u9fff]){{2,6}})", text[end:end + 12])  # kind: the
    if not m and tai or sold_copies(text, end):  # noun as written, "12台高技术起重机")
        return "units"  # "销量达到50万台": so many units of what the sentence sells; "卖出279萬份，": copies
    if m and (_NOT_NOUN_START.match(m.group(1)[1]) or m.group(1)[1] in "受遭"):  # "206个村受灾", "三个乡等": villages
        return measure_words().get(m.group(1)[0]) or None  # and townships counted by a one-character noun
    if not m or _NOT_NOUN_START.match(m.group(1)[0]) or m.group(1) in _not_nouns():
        return None  # (a milestone, 大关, is no noun: data/not_nouns.txt)
    from helpers.extract.entities import _matcher
    if _matcher()[0].match(text, end + m.start(1)):
        return None  # "近18個寒武紀": so many of a named company, a comparison, not a count of things
    tail = re.match(rf"[\u3400-\u9fff]?[{_NOUN_HEADS}]|[{_NOUN_HEADS}]{{0,2}}", text[end + m.end(1):end + m.end(1) + 2])
    # the noun's head ("13000 个膜模块": 膜模块, modules; "16 个足球场": pitches; "五个专注小组": focus groups)
    if not tail.group(0) and verb_after_classifier(text, end + m.start(1), end + m.end(1)):
        return "units" if tai else None  # ("从12个扩大到20个": 扩大 expands; "1.55億台相比": so many units, compared)
    return m.group(1) + tail.group(0)


def age_of(text: str, start: int, end: int, unit_end: int) -> bool:
    """Years at ``text[start:end]`` (unit ending at ``unit_end``) after "a company/person of" are an age ("une startup
    de 2 ans", "un ingénieur de 30 ans"), not a span of time ("un contrat de 5 ans"); so are years written as a
    history or after "aged" (:func:`~helpers.extract.duration_kinds.is_age`: "850年历史", "aged 37")."""
    before = noun_before_of(text, start)
    return before is not None and before[0] in ("companies", "people") or is_age(text, start, end, unit_end)


def noun_before_of(text: str, start: int, link: str = r"of|de|d['’]") -> tuple[str, str, str] | None:
    """A counted noun of the lexicon just before "of"/"de" and the number ("a window of 1M tokens" is
    caught after; "une fenêtre de contexte de 256K" only here), when nothing follows the number."""
    window = text[max(0, start - 120):start]
    if not re.search(rf"(?:{link})\s*$", window[-60:]):
        return None  # (most numbers have no link before them: the search of every tail below is the costly part)
    for tail in re.finditer(rf"(?=,?\s+(?:{link})\s*$)", window):  # ("the total fatalities, estimated to be over 550")  # the longest link first ("the death toll from the
        words = window[max(0, tail.start() - 40):tail.start()]  # quake rose to"), then shorter ("the number of
        for m in re.finditer(r"(?<![A-Za-zÀ-ÿ])[A-Za-zÀ-ÿ]", words):  # injured increased to": injured)
            hit = _noun_at(words[m.start():])
            if hit and hit[1] == "count" and m.start() + len(hit[2]) == len(words):
                return hit
            u = units()[0].fullmatch(words, m.start())
            if u and _unit(u.group(0)).dimension in ("model_size", "compute"):  # "paramètres de mille milliards"
                return ("unit", _unit(u.group(0)), u.group(0))
    return None


def unit_of_total(text: str, start: int) -> tuple[_Unit, str] | None:
    """The unit of the total a part is taken from: a number introduced by a "part" marker
    (``data/scope_markers.csv``: dont, of which, 其中) with no unit of its own shares the unit written
    after the number before the marker, in the same sentence ("1 trillion parameters, of which 32 billion")."""
    from helpers.extract.scope import scope_markers

    window = text[max(0, start - 160):start]
    window = re.split(r"[.;!?。；！？\n](?:\s|$)", window)[-1]
    part = [rx for scope, rx in scope_markers() if scope == "part_of"]
    marker = None
    for rx in part:
        for m in rx.finditer(window):
            marker = m
    if marker is None or len(window) - marker.end() > 24:
        return None
    found = None
    for m in re.finditer(r"\d(?:[\d.,]*\d)?\s*(?:[A-Za-z]+\s+|[万萬亿億]\s*)?(?:de\s+|d['’]|of\s+)?", window[:marker.start()]):
        u = units()[0].match(window, m.end())
        if u and len(u.group(0)) > 2 and _unit(u.group(0)).dimension not in ("money", "percent", "duration"):
            found = (_unit(u.group(0)), u.group(0))
    return found


def measure_before_cjk(text: str, start: int) -> _Unit | None:
    """Chinese "参数量从约370亿", "参数规模达1万亿": a unit (not money, not time) named shortly before a bare
    magnitude in the same clause."""
    head = re.split(r"[，。、；：！？,;:!?\n（）()]", text[max(0, start - 12):start])[-1]
    for i in range(len(head) - 2, -1, -1):
        u = units()[0].match(head, i)
        if u and len(u.group(0)) > 1 and _CJK.match(u.group(0)):
            unit = _unit(u.group(0))
            if unit.dimension not in ("money", "duration", "percent"):
                return unit
    return None


def vague_inner(text: str, q: Quantity) -> Binding | None:
    """A vague amount that holds its own unit or classifier ("数年" several years, "数位" several
    people, "billion-dollar"): the unit binds it; a classifier gives its subject unless a noun follows."""
    if q.numeric_kind != "vague" or not (_CJK.search(q.text[-1:]) or "-" in q.text):
        return None
    from helpers.extract.rates import compound_subject
    for i in range(1, len(q.text)):
        u = units()[0].match(q.text, i)
        if u and u.end() == len(q.text) and (_CJK.match(u.group(0)) or q.text[i - 1] == "-"):
            unit = _unit(u.group(0))
            subject = compound_subject(text, q.start, q.end, money_subject(text, q.start, q.end)[0]) \
                if unit.dimension == "money" else unit.subject  # ("billion-dollar railway plans": money, for plans)
            return Binding(subject, unit.dimension, u.group(0), unit.unit, unit.currency, q.end, unit.scale)
    subject = measure_words().get(q.text[-1])
    if subject and not isinstance(_scan_cjk(text, q.end), tuple):
        return Binding(subject, "count", q.text[-1], None, None, q.end)
    return None
