"""Which craft a figure is of, when a story has two: a mid-air collision's helicopter and jet, a ship and a ferry.
Each craft's altitude, speed or crew is its own; the jet's 325 feet is no rival of the helicopter's 400. The kinds of
craft are data (``data/craft_kinds.csv``); a figure takes the kind named nearest before it in its clause, else in its
sentence before it, else the first after it in its clause, else none (and is then compared as before)."""
from __future__ import annotations

from functools import lru_cache

from helpers.compare.count_starts import figure_at
from helpers.compare.local_places import clause_bounds
from helpers.core.lexicon import named_patterns

#: subjects a craft has of its own (a toll is the event's, whichever craft the sentence names)
CRAFT_SUBJECTS = frozenset({"altitude", "height", "length", "speed", "crew", "passengers", "distance"})


@lru_cache(maxsize=4096)
def craft_of(quote: str, text: str) -> str:
    """The kind of craft (``data/craft_kinds.csv``) the figure ``text`` of sentence ``quote`` is of, "" for none."""
    at = figure_at(quote, text) if quote and text else -1
    if at < 0:
        return ""
    lo, hi = clause_bounds(quote, at, at + len(text))
    before = [(m.end(), kind) for kind, rx in named_patterns("craft_kinds.csv", "kind")
              for m in rx.finditer(quote, 0, at)]
    own = [x for x in before if x[0] > lo]
    if own or before:  # (in its clause first, else its sentence's before it: "the Black Hawk, stationed at Fort Belvoir,
        return max(own or before)[1]  # was flying at approximately 300 feet ... when it collided with the jet")
    after = [(m.start(), kind) for kind, rx in named_patterns("craft_kinds.csv", "kind")
             for m in rx.finditer(quote, at + len(text), hi)]
    return min(after)[1] if after else ""


def crafts_apart(a: dict, b: dict) -> bool:
    """Two figures of a craft's own subject whose sentences give them to two kinds of craft."""
    if a.get("subject") not in CRAFT_SUBJECTS or b.get("subject") not in CRAFT_SUBJECTS:
        return False
    ka = craft_of(str(a.get("quote") or ""), str(a.get("text") or ""))
    kb = craft_of(str(b.get("quote") or ""), str(b.get("text") or ""))
    return bool(ka and kb) and ka != kb
