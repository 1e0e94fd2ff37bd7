"""Units of a named product: "3.5 million Switch 2 consoles" (consoles), "3,5 millions de Switch 2", "les 4,2 millions de
PS4" (units of the product), and a bare number right after a verb of selling ("the Game Boy sold 610,000 in its first
week", "销量已突破40万"): units (sold). A product's name holds a digit (Switch 2, PS5, iPhone 16) or is followed by one."""
from __future__ import annotations

import re

from helpers.extract.binding import Binding
from helpers.extract.open_nouns import CLAUSE_END, _calendar, open_noun
from helpers.extract.quantities import Quantity

#: a product's name right after the number: capitalised words, one of them with a digit or followed by one
_NAMED = re.compile(r"\s+(?:de\s+(?:la\s+|l['’])?|d['’]|of\s+(?:the\s+)?)?((?:[A-Z][A-Za-z]*\s+){0,2}(?:[A-Z][A-Za-z]+\d+[A-Za-z]*|"
                    r"[A-Z][A-Za-z]+\s+\d{1,2}(?![\d.,:/])|[a-z]*[A-Z]{2,}\d+))\b")
#: a verb of selling right before a bare number ("sold 610,000", "a écoulé 330 637", "售出", "销量已突破")
_SOLD = re.compile(r"(?i)(?:\b(?:sold|shipped|sells|ships|selling|shipping|vendu|écoulé|vend|écoule)\s+(?:(?:about|some|around|"
                   r"roughly|nearly|almost|over|more than|environ|près de|plus de|quelque)\s+)?|(?:销量|銷量|售出|卖出|賣出|出货|出貨)"
                   r"(?:量)?(?:已|已经|已經)?(?:达到?|達到?|突破|超过|超過|逾|为|為|爲)?(?:约|約)?)$")

#: a pronoun that says what was sold, named before ("le groupe en a vendu 3 millions", "sold them"): left to it
_OF_THEM = re.compile(r"(?i)(?:\ben\s+(?:a|ont|avait|avaient|aurait)\s+(?:vendu|écoulé)|\bsold\s+(?:them|those|these))\s+\S*\s*$")


def named_units(text: str, q: Quantity) -> Binding | None:
    """What ``q`` counts when a product's name follows it (the plural noun after the name, else units of the product)
    or a verb of selling stands right before it and nothing is counted after it; None otherwise."""
    if q.currency or q.unit:
        return None
    m = _NAMED.match(text, q.end)
    if m and (re.match(r"[.,]\d", text[m.end():m.end() + 2]) or m.group(1).split()[0].lower() in _calendar()):
        m = None  # "300 PM2.5" is a reading; "1 February 10 percent", "By 8 January 9 aftershocks": dates
    if m:
        noun = open_noun(text, m.end())
        noun = None if noun and re.search(r"(?:ée|ées|és|ues|ies|ites|sold|ed)$", noun) else noun  # (les 630 552
        # PlayStation 2 vendues: a participle says what befell them, units of the product are counted)
        return Binding(noun.lower() if noun else "units", "count", noun or m.group(1), None, None, q.end)
    if q.numeric_kind == "digits" and _SOLD.search(text, max(0, q.start - 24), q.start) and not _OF_THEM.search(
            text, max(0, q.start - 30), q.start) and not re.match(r"\s+(?:in|out of|sur)\s+\d", text[q.end:q.end + 10]) and \
            (CLAUSE_END.match(text, q.end) or re.match(r"\s*(?:units?|unités)\b", text[q.end:q.end + 8])):
        return Binding("units", "count", "units", None, None, q.end)
    return None
