"""What a count written with a pronoun counts: "nearly 1,000 hikers were trapped ... 350 of them have been led to
safety", "200 others are still stranded", "plus de 200 autres sont toujours bloqués", "des centaines d'entre eux".

The number is bound to the pronoun first (:func:`referred`, subject "pronoun"); once the document's rows are read,
:func:`resolve` gives it the subject of the counts written before it in its own sentence and the one before, when
they all count one thing. When they count several things ("115,000 chips for 10 companies; 5,000 of them ...") or
none, the row is dropped: a pronoun is never bound by guess to the nearest noun."""
from __future__ import annotations

import re
from dataclasses import replace

from helpers.extract.binding import Binding, _noun_at
from helpers.extract.heads import CASUALTIES, casualty_of, destroyed_of
from helpers.extract.quantities import Quantity
from helpers.extract.sentences import sentence_spans

#: a pronoun right after a number: "350 of them", "five of those", "3 d'entre eux", or a bare "others"/"autres" with
#: no noun after it ("200 others are", "plus de 200 autres sont")
_PRONOUN = re.compile(r"(?i)\s+(?:(?:of|among)\s+(?:them|those|these)\b|d['’]entre\s+(?:eux|elles)\b|(?:others|autres)\b"
                      r"(?!\s+(?:de|d['’]|of|than|que)\b)(?=\s*(?:[,;.:!?)]|$|\s+(?:are|were|have|had|remain|remained|still|"
                      r"who|sont|ont|restent|étaient|avaient|qui|toujours|encore)\b)))")
#: subjects that say how a count was had, not what it counts: no antecedent
_NOT_ANTECEDENT = frozenset({"pronoun", "occurrences", "multiple", "percent", "share"})
#: what befell people that a part of them shares: a part of the dead is dead (a part of the trapped may be rescued)
_LASTING = frozenset({"deaths", "injured"})
#: a verb of the pronoun's own after it: what befell the antecedent no longer holds for it ("have been led to safety",
#: "ont vu leur toit emporté"); a copula with a place or a noun keeps it ("were in Lahaina", "12 of them teenagers")
_OWN_VERB = re.compile(r"(?i)\s*(?:(?:have|has|had)\s+(?:been\s+|since\s+|now\s+)?[a-z]+|(?:are|were|is|was|remain|remained)"
                       r"\s+(?:still\s+|now\s+|later\s+)?[a-z]+(?:ed|en)\b|(?:ont|avaient|sont|étaient|restent)\s+"
                       r"(?:été\s+|toujours\s+|encore\s+|déjà\s+)?[a-zéèêàù]+(?:é|ée|és|ées|u|us|is|it|vu)\b)")
#: how far back an antecedent may stand: its own sentence and the one before
_SENTENCES_BACK = 1


def referred(text: str, q: Quantity) -> Binding | None:
    """The binding of a number counted by a pronoun right after it (subject "pronoun", resolved by :func:`resolve`),
    None when no pronoun follows."""
    m = _PRONOUN.match(text, q.end)
    return Binding("pronoun", "count", m.group(0).strip(), None, None, m.end()) if m else None


def resolve(text: str, found: list[tuple[Quantity, Binding, int, int]]) -> list[tuple[Quantity, Binding, int, int]]:
    """``found`` (quantity, binding, sentence start, sentence end, in reading order) with each "pronoun" binding given
    the one subject its antecedents count, or left out when they count none or several."""
    out: list[tuple[Quantity, Binding, int, int]] = []
    starts = sorted({s for _, _, s, _ in found} | {s for s, _ in sentence_spans(text)})
    for q, b, s, e in found:
        if b.subject != "pronoun":
            out.append((q, b, s, e))
            continue
        at = starts.index(s) if s in starts else 0
        since = starts[max(0, at - _SENTENCES_BACK)]
        before = [c for p, c, _, _ in out if since <= p.start < q.start and c.dimension == "count"
                  and c.subject and c.subject not in _NOT_ANTECEDENT]
        acts = bool(_OWN_VERB.match(text, b.end))  # ("350 of them have been led to safety": not trapped any more)
        named = {_base(c) if acts else c.subject for c in before}  # ("12 of them teenagers": arrested, as the 40)
        if len(named) == 1:
            fate = casualty_of(text, q.start, replace(b, subject="people"))  # ("killed 241 of them", "30 of them
            # were killed": deaths; "350 of them were rescued": the antecedent's hikers; "2,600 others were damaged")
            own = fate if fate.subject != "people" else destroyed_of(text, q.start, replace(b, subject=next(iter(named))))
            out.append((q, own, s, e))
    return out


def _base(b: Binding) -> str:
    """What an antecedent counts before what befell it: "1,000 hikers were trapped" counts hikers, "57 maisons se
    sont effondrées" homes (households), so "350 of them were led to safety" and "3,000 others" are neither trapped
    nor destroyed by its verb. The dead and the hurt stay so: "12 of them were children" are 12 of the dead."""
    if b.subject in _LASTING or not b.counted or (
            b.subject not in CASUALTIES and not b.subject.startswith(("buildings ", "households "))):
        return b.subject
    word = b.counted.lower()
    hit = _noun_at(word)  # the lexicon's subject of the whole word (maisons: households)
    if isinstance(hit, tuple) and hit[1] == "count" and len(hit[2]) == len(word):
        return hit[0]
    return word if re.fullmatch(r"[a-zà-ÿ]{3,}", word) else b.subject
