"""Heads a number shares with another named before it: a bare magnitude takes the unit, counted noun or currency of
the amount before it in its sentence ("1.04 trillion parameters ... only 32 billion"; "200 million euros from Arnault
and 100 million by Pinault"), a field label's noun ("Total parameters: 671B"), a change's noun ("from 4K to 128K
tokens"), or the noun an anaphor names back ("en ... 3 more")."""
from __future__ import annotations

import re

from helpers.extract.binding import _CJK, Binding, _noun_at, _scan_cjk, _Unit, _unit, money_subject, nouns, units
from helpers.extract.open_nouns import open_noun
from helpers.extract.heads import measure_before_cjk
from helpers.extract.quantities import _DIGITS, Quantity

#: a number written with a magnitude ("1.04 trillion", "256K", "1万亿"), then "of"/"de" before its head
_WITH_MAGNITUDE = re.compile(r"(?<![A-Za-z\d.,])\d(?:[\d.,]*\d)?\s?(?:thousand|million|billion|trillion|milliards?|millions?|"
                             r"[KkMBT]|[万萬亿億]+)(?![A-Za-z])\s*(?:de\s+|d['’]|of\s+)?", re.I)


_A_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d(?:[\d.,]*\d)?")  # not the 2 of "K2"


def shared_head_before(text: str, q: Quantity) -> Binding | None:
    """A bare magnitude ("32 billion", "128K", no noun or unit of its own) whose head was named beside the
    nearest number written with a magnitude before it in the same sentence, within 100 characters: it
    shares that unit or counted noun ("1.04 trillion parameters ... activating only 32 billion per
    inference", "2 millions d'abonnés en France et 3 millions en Italie", "总参数1万亿，仅激活320亿").
    A currency is shared only after a linking word and when no noun follows the number ("200 million euros from
    Arnault and 100 million by Pinault"; not "and 3 million investors"); a year in between is skipped.
    Percentages and spans of time are never shared, nor a counted head across a money word (or one in the number's
    own clause: "raised 2 billion in funding") or another number."""
    if q.numeric_kind != "digits" or q.currency or not re.search(r"[A-Za-z万萬亿億]$", q.text):
        return None
    lo = max(0, q.start - 100)
    lo += len(text[lo:q.start]) - len(re.split(r"[.;!?。；！？\n](?:\s|$)", text[lo:q.start])[-1])
    last = None
    for m in _A_NUMBER.finditer(text, lo, q.start):
        if not re.fullmatch(r"(?:19|20)\d\d", m.group(0)):  # a year between is no head ("$12 million in 2022, against 9")
            last = m
    head = _WITH_MAGNITUDE.match(text, last.start(), q.start) if last else None
    if head is None:
        return None
    money = _money_head(text, last.start(), head.end()) if _ELIDED_AMOUNT.search(text, head.end(), q.start) and \
        not open_noun(text, q.end) else None  # ("and 3 million investors signed up" counts investors)
    if money is not None:  # "200 million euros from Arnault and 100 million by Pinault", "$26 million, against 34
        subject = money_subject(text, q.start, q.end)[0]  # million a year earlier": the amount's currency
        return Binding(subject, "money", money.token, money.currency, money.currency, q.end, money.scale)
    cut = re.search(r"[.;!?。；！？\n，,](?:\s|$)|[，；]", text[q.end:q.end + 60])
    if _money_word_between(text, head.end(), q.end + (cut.start() if cut else 60)):
        return None
    u = units()[0].match(text, head.end())
    unit = _unit(u.group(0)) if u and len(u.group(0)) > 2 else measure_before_cjk(text, last.start())
    if unit is not None:
        if unit.dimension in ("money", "percent", "duration"):
            return None
        return Binding(unit.subject, unit.dimension, u.group(0) if u else unit.token, unit.unit, None, q.end, unit.scale)
    hit = _scan_cjk(text, head.end()) if _CJK.match(text[head.end():head.end() + 1]) else _noun_at(text[head.end():q.start])
    if isinstance(hit, tuple) and hit[1] == "count":  # "出货芯片100万颗，今年预计200万": the classifier's chips
        return Binding(hit[0], "count", hit[2], None, None, q.end)
    return None


#: what introduces a second amount whose currency was said with the first ("and 100 million by", "compared to 34
#: million", "contre 26 millions", "dont 68", "而去年为30亿"): not "will make 1.5 million"
_ELIDED_AMOUNT = re.compile(r"(?:\b(?:and|et|or|ou|compared (?:to|with)|against|contre|versus|vs\.?|from|dont|of which|while|whereas|"
                            r"alors que|tandis que|to|à|soit)\s+(?:[\w'’-]+\s+){0,2}|[而较較比为為]\S{0,6})"
                            r"(?:about |nearly |some |quelque |environ |près de |约|約|近)?$", re.I)


def _money_head(text: str, start: int, end: int) -> _Unit | None:
    """The currency of the amount written at ``text[start:end]`` (its magnitude included): a currency word after
    it ("200 million euros", "300亿元") or a symbol before it ("$226 million"), else None."""
    u = units()[0].match(text, end)
    sym = re.search(r"(?:[A-Z]{0,2}[$€£¥])\s?$", text[max(0, start - 4):start])
    unit = _unit(u.group(0)) if u and len(u.group(0)) > 1 else _unit(sym.group(0).strip()) if sym else None
    return unit if unit is not None and unit.dimension == "money" and unit.currency else None


def _money_word_between(text: str, lo: int, hi: int) -> bool:
    """Whether a money noun of the lexicon stands in ``text[lo:hi]``."""
    from helpers.extract.binding import _money_nouns

    return any(pat.search(text, lo, hi) for _, _, pat in _money_nouns("money"))


#: a field label ending in a separator: "Total parameters:", "| MoE Experts |", "总参数：" (no digits in it)
_LABEL = re.compile(r"^[ \t]*\|?[ \t]*(?P<label>[^\d\n|:：]{2,40}?)[ \t]*[|:：][ \t]*\|?[ \t]*$")


def label_head(text: str, q: Quantity) -> Binding | None:
    """A number opening a field whose label names its unit or counted noun: "Total parameters: 1.04
    trillion", a table row "| Context Window | 256K |" (or its cells on two lines), "Paramètres totaux :
    1 000 milliards", "总参数：1万亿". The label is the text before the number on its line, or the line
    above when nothing but a cell border stands before it. Money, percentages and time are left to
    their own rules; the last head word of the label wins ("MoE Experts" -> experts)."""
    line_start = text.rfind("\n", 0, q.start) + 1
    m = _LABEL.match(text[line_start:q.start])
    if m is None and re.fullmatch(r"[ \t]*\|?[ \t]*", text[line_start:q.start]) and line_start > 0:
        prev = text.rfind("\n", 0, line_start - 1) + 1
        m = _LABEL.match(text[prev:line_start - 1])
    if m is None or not re.match(r"\s*(?:\||$|[(（]|\n)", text[q.end:q.end + 2]):
        return None
    label, found = m.group("label"), None
    for i in range(len(label)):
        if i and not _CJK.match(label[i]) and re.match(r"[A-Za-zÀ-ÿ]", label[i - 1]):
            continue  # Latin words start after a non-letter
        u = units()[0].match(label, i)
        unit = _unit(u.group(0)) if u and (len(u.group(0)) > 2 or _CJK.match(u.group(0)) and len(u.group(0)) > 1) else None
        if unit is not None and unit.dimension not in ("money", "percent", "duration"):
            found = Binding(unit.subject, unit.dimension, u.group(0), unit.unit, None, q.end, unit.scale)
        hit = _noun_at(label[i:])
        if hit and hit[1] == "count":
            found = Binding(hit[0], "count", hit[2], None, None, q.end)
    return found


_FROM = re.compile(r"(?i)(?<![A-Za-zÀ-ÿ])(?:from|de|du|depuis)\s+(?:[A-Za-zÀ-ÿ'’-]+\s+){0,3}?(?=\d)")
_TO = re.compile(r"(?i)(?<![A-Za-zÀ-ÿ])(?:to|à|au|jusqu['’]à)\s*$")


def change_head_before(text: str, q: Quantity) -> Binding | None:
    """The second value of a change shares the head of the first: "from the equivalent of 991,250 8-inch
    wafers in Q2 to 1,022,750 in Q3", "de 180 000 abonnés en mars à 240 000 en juin" (same sentence,
    within 120 characters, no clause break between; never money)."""
    if q.currency or not _TO.search(text, max(0, q.start - 12), q.start):
        return None
    lo = max(0, q.start - 120)
    lo += len(text[lo:q.start]) - len(re.split(r"[.;!?。；！？\n](?:\s|$)", text[lo:q.start])[-1])
    froms = list(_FROM.finditer(text, lo, q.start))
    if not froms or re.search(r"[;:]|\s[–—]\s", text[froms[-1].end():q.start]):
        return None
    first = _WITH_MAGNITUDE.match(text, froms[-1].end()) or re.compile(_DIGITS).match(text, froms[-1].end())
    if first is None or text[froms[-1].end() - 1:froms[-1].end()] in "$€£¥":
        return None
    u = units()[0].match(text, first.end() + (len(text[first.end():]) - len(text[first.end():].lstrip())))
    if u and len(u.group(0)) > 1:
        unit = _unit(u.group(0))
        if unit.dimension == "money":
            return None
        return Binding(unit.subject, unit.dimension, u.group(0), unit.unit, None, q.end, unit.scale)
    from helpers.extract.binding import _scan_after

    hit = _scan_after(text, first.end())
    if isinstance(hit, tuple) and hit[1] == "count":
        return Binding(hit[0], "count", hit[2], None, None, q.end)
    return None


_EN_BEFORE = re.compile(r"(?i)(?<![A-Za-zÀ-ÿ])(?:en|d['’]en)\s+(?:[a-zà-ÿ]+\s+){1,2}$")
_MORE_AFTER = re.compile(r"(?i)\s+(?:more|others?|additional)\b")


def anaphor_head(text: str, q: Quantity) -> Binding | None:
    """A quantity that points back to what the sentence counted before: French "en" before its verb ("18 000
    puces ... un accord visant à en livrer plusieurs centaines de milliers"), English "more" after it
    ("12,000 chips now and 30,000 more next year"). It counts the counted noun of the nearest number before
    it in the same sentence (never money)."""
    if not (_EN_BEFORE.search(text, max(0, q.start - 30), q.start) or _MORE_AFTER.match(text, q.end)):
        return None
    from helpers.extract.binding import _scan_after

    lo = max(0, q.start - 200)
    lo += len(text[lo:q.start]) - len(re.split(r"[.;!?。；！？\n](?:\s|$)", text[lo:q.start])[-1])
    found = None
    for m in re.finditer(_DIGITS, text[lo:q.start]):
        hit = _scan_after(text, lo + m.end())
        if isinstance(hit, tuple) and hit[1] == "count":
            found = Binding(hit[0], "count", hit[2], None, None, q.end)
    return found


#: a Chinese number before a classifier (digits or numerals: 五座, 30座, 兩座)
_CJK_COUNT = re.compile(r"(?:\d[\d.,]*|[一二两兩三四五六七八九十百千万萬]+)\s*")
#: a classifier that ends its phrase: a mark, a word joining a list (和, 及) or the text's end after it, no noun
_CLASSIFIER_ALONE = re.compile(r"\s*([^\W\d_])(?=\s*(?:[，。；、,;！？!?）)\n和及与與或]|$))")


def elided_classifier(text: str, q: Quantity) -> Binding | None:
    """A Chinese count whose classifier ends its phrase, its noun left out ("增建五座資料中心，包括……地點的三座，以及……的
    兩座"): it counts the noun of the nearest count before it, within 200 characters, written with the same
    classifier (three and two data centres). None for the generic 个/個, when a noun follows the classifier, or when no
    count before shares it."""
    from helpers.extract.binding import measure_words

    m = _CLASSIFIER_ALONE.match(text, q.end, q.end + 4)
    if not m or m.group(1) not in measure_words() or m.group(1) in "个個":
        return None
    lo = max(0, q.start - 200)
    for prev in reversed(list(re.finditer(_CJK_COUNT.pattern + re.escape(m.group(1)), text[lo:q.start]))):
        hit = _scan_cjk(text, lo + prev.end() - 1)
        if isinstance(hit, tuple) and hit[1] == "count":
            return Binding(hit[0], "count", hit[2], None, None, m.end())
    return None


#: words of selling or shipping: "units" among them are goods sold, a subject of their own
_SOLD = re.compile(r"(?i)\b(?:sold|sell\w*|sales?|shipp\w*|deliver\w*|vendu\w*|ventes?|livr\w*|écoulé\w*)\b|销|銷|售|交付")


#: a noun that was counted: a number up to four words before it ("100,000 NVIDIA Hopper H100 GPUs") or "count"
#: and "number" around it ("its GPU count", "the number of GPUs")
_COUNTED_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:[A-Za-z]+\s?)?|(?i:number of|nombre d[e'’])\s*)(?:[\w/-]+\s+){0,3}$")
#: "to" before the number, after a hedge: the level a count named before reached ("doubled to over 200,000 units")
_LEVEL_TO = re.compile(r"(?i)\b(?:to|à|jusqu['’]à)\s+(?:(?:over|more than|at least|about|around|some|nearly|almost|plus de|"
                       r"au moins|environ|près de|quelque)\s+)?$")
_MADE = re.compile(r"(?i)\b(?:output|production|capacity|produc\w+|makes?|made|manufactur\w+|fabriqu\w+)\b")
_COUNT_WORD = re.compile(r"(?i)\s+(?:count|numbers?|tally|total)\b")


#: a name and its number, as items of a list ("Mansehra 23, Swat 22"): the item before a number, and the list before it
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_ITEM_BEFORE = re.compile(rf"(?:,\s+|\s+(?:and|et)\s+){_NAME}\s+$")
#: an item of such a list: a name and a number (digits or a word)
_ITEM = re.compile(rf"(?:,\s+|\s+(?:and|et)\s+){_NAME}\s+(?:\d[\d,.]*|[a-z]+)\b")
_LIST_BEFORE = re.compile(rf"\d[\d,.]*\s+([a-z]+)(?:,\s+{_NAME}\s+(?:\d[\d,.]*|[a-z]+))*$")


def list_item_head(text: str, q: Quantity) -> Binding | None:
    """A bare number after a name in a list whose first item counts a noun ("Shangla reported 37 deaths, Mansehra
    23, Swat 22, Lower Dir five"): each item counts that noun, for its place."""
    item = _ITEM_BEFORE.search(text, max(0, q.start - 40), q.start)
    if item is None or q.currency or q.unit or re.fullmatch(r"(?:19|20)\d\d", q.text):
        return None  # (not a year: "1,700 people, Pakistan 2022 being the deadliest")
    lo = max(0, item.start() - 200)
    lo += len(text[lo:item.start()]) - len(re.split(r"[.;!?。；！？\n](?:\s|$)", text[lo:item.start()])[-1])
    head = _LIST_BEFORE.search(text, lo, item.start())
    end = re.search(r"[.;!?。；！？\n](?:\s|$)", text[q.end:])
    if head is None or len(_ITEM.findall(text, head.end(1), q.end + (end.start() if end else len(text)))) < 3:
        return None  # a breakdown names three places or more ("Mansehra 23, Swat 22, Bajaur 21"), not two children's ages
    hit = _noun_at(head.group(1))
    return Binding(hit[0], "count", head.group(1), None, None, q.end) if hit and hit[1] == "count" else None


def units_named_before(text: str, sentence: tuple[int, int], start: int, b: Binding) -> Binding:
    """``b``, or, when it counts bare "units" (unités) reached by "to" in a sentence that sells or ships nothing, the
    noun counted last before it in the sentence ("100,000 H100 GPUs has doubled to over 200,000 units", "expand its GPU count to at least
    1 million units": chips); "units" stays when no counted noun stands before it ("the factory makes 500,000 units")."""
    if b.subject != "units" or b.dimension != "count" or b.counted.lower() not in ("units", "unités", "unites") or \
            _SOLD.search(text, sentence[0], sentence[1]) or not _LEVEL_TO.search(text, max(0, start - 30), start):
        return b
    head = text[max(sentence[0], start - 160):start]
    best: tuple[int, str] | None = None
    for subject, role, rx in nouns():
        if role == "count" and subject != "units":
            for m in rx.finditer(head):
                if (m.start() == 0 or not head[m.start() - 1].isalnum()) and (best is None or m.end() > best[0]) \
                        and (_COUNTED_BEFORE.search(head, 0, m.start()) or _COUNT_WORD.match(head, m.end())) \
                        and not _MADE.search(head, m.end()):  # ("3 factories will raise output to 500,000 units")
                    best = (m.end(), subject)
    return Binding(best[1], "count", b.counted, None, None, b.end) if best else b
