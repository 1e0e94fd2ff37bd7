"""What a percentage measures when it is a move: a rise or a fall, read from its own words, from a sign
written before it, or from the percentage it is listed after ("the S&P 500 fell 2.3%, the Nasdaq 3.6%":
both are falls; the second shares the first's verb, a gapped clause).
"""
from __future__ import annotations

import re

from helpers.extract.attachment import LEVEL_AFTER_MOVE
from helpers.extract.quantities import Quantity

#: a percentage written in the text (a sign, digits with their marks, the percent sign or word)
_PERCENT = re.compile(r"[+\-−]?\d+(?:[.,]\d+)*\s?(?:[%％]|percent\b|per cent\b|pour\s?cent\b)", re.I)
#: what stands between a move's percentage and the next one sharing its verb: a list mark, then a short name
#: and a linking word ("%, the Nasdaq ", "%, l'indice Nasdaq avec ", "%, les bénéfices de ", "%，利润"): no
#: digit, no sentence end, at most six words, no verb of its own ("%, giving it a 40% lead" is another clause)
_GAP = re.compile(r"\s*(?:[,，、;；]\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+)(?=\S)[^\d.!?;；。！？]{0,40}$", re.I)
_VERB_IN_GAP = re.compile(r"\b(?:it|its|is|was|were|are|has|have|had|\w+ing|est|sont|ont|était|étaient|soit|"
                          r"représent\w*)\b|[是占佔为為有]|(?-i:[A-ZÀ-Ý][\w'’-]+\s+(?!(?:with|avec|de|du|des|by|par|at|à|of|in|en|"
                          r"and|et)\b)[a-zà-ÿ]+\s*$)|\b(?:to|on|at|à|above|below|over|under|near|from)\s*$|[至到达達]\s*$",
                          re.I)  # (a verb after a name, "the Greens won"; a level, "rose 5%, to 20%", "on 12%")
#: what may follow a percentage that shares the verb before it: nothing of its own ("2% target" has its noun)
_NOTHING_AFTER = re.compile(r"\s*(?:$|[,.;:!?，。；：、)）]|(?:and|et|or|ou|while|tandis|were|was|are|is|have|has|had|will|"
                            r"would|sont|ont|était|seront)\b|[和及与與或])", re.I)  # (or a verb: "50% were sold")
#: a percentage followed by "of" is a share of something ("40% of which"), not a gapped move
_SHARE_AFTER = re.compile(r"\s*(?:of\b|de\b|du\b|des\b|d['’]|的)", re.I)
#: how many listed percentages one verb may carry ("fell 2%, the Nasdaq 3% and the Dow 1%")
_MAX_CHAIN = 4


def _move_at(text: str, start: int, end: int, depth: int) -> str:
    """The percentage word at ``[start, end)``: its clause's word, the sign's change, else the move of the
    percentage it is listed after."""
    from helpers.extract.binding import money_subject

    subject = money_subject(text, start, end, "percent")[0]
    level = LEVEL_AFTER_MOVE.search(text, max(0, start - 40), start) if subject in ("rise", "fall") else None
    if level:  # "inflation rose to 3.2%", "降至2%": the level reached, not the change; of what its clause names
        masked = text[:level.start()] + " " * (level.end() - level.start()) + text[level.end():]
        named, word = money_subject(masked, start, end, "percent")  # ("tariffs have risen to 50%": a tariff; not
        before = bool(word) and masked.rfind(word, max(0, level.start() - 80), level.start()) >= 0  # "to 20% despite
        return named if named not in ("rise", "fall") and before else "percent"  # tariffs": what rose is named first
    sign = re.match(r"(?:.*[\s(])?([+\-−])\d", text[start:end])  # after a hedge: "over +25"
    if subject not in ("rise", "fall") and sign:
        return "rise" if sign.group(1) == "+" else "fall"
    if subject == "percent" and depth < _MAX_CHAIN and not _SHARE_AFTER.match(text, end) and (
            depth or _NOTHING_AFTER.match(text, end)):
        return _gapped_move(text, start, depth) or subject
    return subject


#: nothing but a list mark between two percentages ("35%, 37% et 75%"): the second is the first's kind
_LIST_MARK = re.compile(r"\s*(?:[,，、;；/]\s*(?:(?:and|et|or|ou)\s+)?|\s(?:and|et|or|ou|to|à)\s+|[和及与與或至到])\s*$", re.I)


def _gapped_move(text: str, start: int, depth: int) -> str | None:
    """The word of the percentage listed right before ``start``: any word when only a list mark stands between
    them ("contrôlés respectivement à 35%, 37% et 75%"), its rise or fall when a short name does too ("fell 2.3%, the
    Nasdaq 3.6%"); else None."""
    before = [m for m in _PERCENT.finditer(text, max(0, start - 160), start) if m.end() <= start]
    if not before:
        return None
    prev = before[-1]
    gap = text[prev.end():start]
    listed = bool(_LIST_MARK.fullmatch(gap)) and not re.search(r"\b(?:to|à)\s*$|[至到]\s*$", gap)
    if not listed and (not _GAP.match(gap) or _VERB_IN_GAP.search(gap) or len(re.findall(r"[\w'’-]+", gap)) > 6):
        return None
    move = _move_at(text, prev.start(), prev.end(), depth + 1)
    return move if move in ("rise", "fall") or listed and move != "percent" else None


def percent_subject(text: str, q: Quantity, end: int) -> str:
    """What a percentage measures: the word of its clause (:func:`helpers.extract.binding.money_subject`); a
    sign written before it makes it a change ("+27 %" a rise, "-3.5 %" a fall) unless a word of change says
    which; a percentage with no word of its own listed right after a move shares that move ("fell 2.3%, the
    Nasdaq 3.6%"). The value stays positive."""
    return _move_at(text, q.start, end, 0)
