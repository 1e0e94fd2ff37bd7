"""Who says a figure, named in its clause, is not whose figure it is: "Prosecutors claim 400 GPUs were shipped",
"Authorities said", "according to Reuters"; a sayer that speaks of its own figure ("Nvidia said it would sell",
"a déclaré qu'elle vendrait") stays its owner."""
from __future__ import annotations

import re
from functools import lru_cache

#: a verb of saying right after a name: who gives the figure, not whose it is ("Prosecutors claim 400 GPUs were
#: shipped", "Authorities said"); "according to" before it
_SAYS_AFTER = re.compile(r"(?i)\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?(?:(?:claims?|claimed|alleges?|alleged|says?|said|told|"
                         r"estimates?|estimated|argues?|argued|affirme|affirment|estime|estiment|a déclaré|ont déclaré)\b"
                         r"|(?:reported|reports|revealed|reveals|found|finds|showed|shows|calculated|a révélé|révèle|a "
                         r"constaté)\s+(?:that|qu['’]|que)\b)")  # ("Nvidia reported revenue of": its own figure)
#: the rest of a capitalised name after one of its words ("Wall" of "The Wall Street Journal has revealed"; "Security"
#: of "the Security Service of Ukraine (SBU) told"), with its abbreviation in brackets
_REST_OF_NAME = re.compile(r"(?:\s+(?:(?:of|for|and|de|du|des)\s+)?(?-i:[A-Z][\w&'’.-]*))*(?:\s*\((?-i:[A-Z][\w&.-]*)\))?\)?")
#: a name's own analysis, estimate or report that gives the figure ("The CMC's analysis reveals that JLR lost"): a
#: sayer too
_OWN_FINDINGS = re.compile(r"(?i)(?:['’]s?)?\s+(?:own\s+|latest\s+|new\s+)?(?:analysis|analyses|estimates?|report|study|"
                           r"data|figures|calculations?|model|survey|assessment|review|tally|count)\s+(?:also\s+)?"
                           r"(?:reveals?|revealed|shows?|showed|finds|found|suggests?|suggested|indicates?|indicated|puts?|"
                           r"estimates?|estimated)\b")
#: who is told or cited before a name: a listener or a cited source, not an owner ("told NBC News", "a déclaré à
#: l'AFP", "selon les États-Unis", "according to the Pentagon")
_TOLD_OR_CITED = re.compile(r"(?i)\b(?:according to|selon|d['’]après|cited by|cité(?:e|s|es)? par|told|in an interview with|"
                            r"a (?:déclaré|indiqué|confié|expliqué|affirmé) (?:à|au|aux))\s+(?:the\s+|le\s+|la\s+|les\s+|"
                            r"l['’]\s*)?(?:[^\W\d_]+[\s-]){0,2}$")


#: the sayer named again right after the verb of saying: its own figure ("said it would", "a déclaré qu'elle")
_ITSELF = re.compile(r"(?i)[^,;.]{0,30}?(?:\b|(?<=['’]))(?:it|its|they|their|we|our|elle|il|ils|elles|nous)\b")


@lru_cache(maxsize=16384)
def sayers(clause: str, names: frozenset[str]) -> frozenset[str]:
    """The ``names`` (lower-cased, as :func:`helpers.compare.owners._anchors` gives them) that ``clause`` gives as
    who says its figure ("Prosecutors claim ...", "according to Reuters"), not whose it is."""
    low = clause.lower()
    out = set()
    for name in names:
        at = low.find(name)
        rest = _REST_OF_NAME.match(clause, at + len(name)) if at >= 0 else None
        says = _SAYS_AFTER.match(clause, rest.end()) if rest else None
        if says and _ITSELF.match(clause, says.end()):
            continue  # "Nvidia a déclaré qu'elle vendrait": the sayer speaks of its own figure
        if at >= 0 and (says or _OWN_FINDINGS.match(clause, rest.end()) or _TOLD_OR_CITED.search(clause[max(0, at - 40):at])):
            out.add(name)
    return frozenset(out)
