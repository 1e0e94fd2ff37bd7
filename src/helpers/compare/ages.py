"""Two ages of one person: "Aaron Woon Guo Jie, 40," against "Aaron Woon, 41 ans": the name set off right before
each age shares a word, so the two numbers are one person's age (an age is whole years: 40 against 41 is a
disagreement, not a rounding). Ages named to no one, or to two people, are not tied."""
from __future__ import annotations

import re

from helpers.extract.people_kinds import PERSON_NAME

#: the name right before an age set off by a comma or a bracket ("Aaron Woon Guo Jie, 40", "Alan Wei (49)")
_NAME_BEFORE = re.compile(rf"({PERSON_NAME})\s*[,(（]\s*$")


def _name_words(claim: dict) -> frozenset[str]:
    quote, text = str(claim.get("quote") or ""), str(claim.get("text") or "")
    at = quote.find(text) if text else -1
    m = _NAME_BEFORE.search(quote[max(0, at - 80):at]) if at > 0 else None
    return frozenset(w.lower() for w in m.group(1).split() if len(w) >= 3) if m else frozenset()


def age_tie(a: dict, b: dict) -> bool:
    """Whether two ages are given to one person: each is set off after a name, and the names share a word."""
    if a.get("subject") != "age" or b.get("subject") != "age":
        return False
    return bool(_name_words(a) & _name_words(b))


def written_whole(a: dict, b: dict) -> bool:
    """Two figures no source rounds to the other: ages (whole years) and two exact whole percentages ("74%" against
    "70 %": no one writes 74 % as 70 % without a hedge; 24 % against 24.3 % stays a rounding)."""
    if a.get("subject") == "age" and b.get("subject") == "age":
        return True
    return a.get("dimension") == b.get("dimension") == "percent" and a.get("qualifier") == b.get("qualifier") == "exact" \
        and all(float(x["v"]).is_integer() and 0 < x["v"] <= 100 for x in (a, b))
