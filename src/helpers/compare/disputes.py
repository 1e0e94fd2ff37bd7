"""Figures a page sets against each other: one page gives two figures of one running count (a death toll) and, in the
sentence of one of them, words that dispute a figure ("The United Nations said at least 22 people had been killed,
while the President disputed that figure, telling ... 'There have been 12 confirmed deaths'"; "Les 22 morts annoncés
par les Nations unies sont « des chiffres erronés »"). The page itself says they cannot both be true, so they are
compared though a running count's bulletins of different days would not be (``data/dispute_markers.csv``)."""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.compare.prices import change_start, running_totals

#: what a conflict row's reason says of a dispute a page itself sets out (the brief's bottom line looks for it)
DISPUTE_WHY = "the page itself sets them against each other"
#: how far apart (characters of the page) the sentences of two figures of one page may stand for a dispute to join them
REACH = 300


@lru_cache(maxsize=2)
def dispute_rx(kind: str = "dispute") -> re.Pattern[str]:
    """Words that dispute a figure (``data/dispute_markers.csv``: "disputed that figure", "des chiffres erronés"), or
    with ``kind="rise"`` words that tell a toll rose ("had risen to 31", "增至"): a later bulletin, no dispute."""
    from helpers.core.lexicon import alternation

    return alternation("dispute_markers.csv", where=("kind", kind))


def _sentence(r: dict) -> tuple[int, int]:
    """(start, end) in its page of the sentence of claim ``r``."""
    q, t = str(r.get("quote") or ""), str(r.get("text") or "")
    at = q.find(t) if t else -1
    start = int(r["start"]) - max(at, 0)
    return start, start + len(q)


def disputed_pairs(c: pd.DataFrame, texts: dict[str, str]) -> list[tuple[dict, dict, str]]:
    """(a, b, marker) for two figures of one running count (a death toll) on one page, of one comparability key
    (``key``), their ranges apart, in one sentence or in sentences at most ``REACH`` apart, with words that dispute a
    figure in one of the two sentences; neither the old level of a change ("from 12 to 22") nor a part of a count."""
    out: list[tuple[dict, dict, str]] = []
    if c.empty or "start" not in c:
        return out
    c = c[c["subject"].isin(running_totals()) & (c["dimension"] == "count")]
    for (doc, _), g in c.groupby(["doc_id", "key"], sort=True):
        text = texts.get(doc, "")
        recs = sorted((r for r in g.to_dict("records") if r.get("scope") != "part"
                       and not change_start(r.get("quote"), r.get("text"))), key=lambda r: r["start"])
        for i, a in enumerate(recs):
            for b in recs[i + 1:]:
                (sa, ea), (sb, eb) = _sentence(a), _sentence(b)
                if sb - ea > REACH:
                    break
                if a["lo"] <= b["hi"] and b["lo"] <= a["hi"]:
                    continue  # (the ranges meet: no dispute between them)
                m = dispute_rx().search(text, sa, ea) or dispute_rx().search(text, sb, eb)
                if m and not (dispute_rx("rise").search(text, sa, ea) or dispute_rx("rise").search(text, sb, eb)):
                    out.append((a, b, m.group(0)))
    return out


def _apart(a: dict, b: dict) -> bool:
    """Two figures of two quantities though one page sets them side by side: a whole war's toll and one strike's, an
    earlier event's and the story's, or two countries' counts."""
    from helpers.compare.count_countries import count_country
    from helpers.compare.prices import earlier_event
    from helpers.compare.whole_tallies import long_tally

    pa, pb = (str(x.get("published") or "") for x in (a, b))
    return long_tally(a["quote"], a["text"], pa) != long_tally(b["quote"], b["text"], pb) or \
        earlier_event(a["subject"], a["quote"], pa, a["text"]) or earlier_event(b["subject"], b["quote"], pb, b["text"]) \
        or "" != count_country(a["quote"], a["text"]) != count_country(b["quote"], b["text"]) != ""  # (a sentence naming
    # no country is the page's)


def disputed_rows(c: pd.DataFrame, docs: pd.DataFrame | None, common: frozenset[str]) -> list[dict]:
    """Conflict rows for :func:`disputed_pairs`, neither a vague word nor a place's own (a city's
    toll against the country's), their hedged ranges apart; severity from the gap, as for any two figures, the reason
    saying the page disputes one of them."""
    from helpers.compare.comparable import hedged_range
    from helpers.compare.conflicts import _rep, _row, severity
    from helpers.compare.local_places import local_place

    if docs is None or "clean_text" not in docs:
        return []
    texts = dict(zip(docs["doc_id"], docs["clean_text"]))
    rows = []
    for a, b, marker in disputed_pairs(c, texts):
        (alo, ahi), (blo, bhi) = hedged_range(a), hedged_range(b)
        if "vague" in (a["qualifier"], b["qualifier"]) or _apart(a, b) or \
                alo <= bhi and blo <= ahi or local_place(a["quote"], a["text"]) != local_place(b["quote"], b["text"]):
            continue
        ra, rb = _rep(a["lo"], a["hi"]), _rep(b["lo"], b["hi"])
        if min(ra, rb) <= 0:
            continue
        gap = max(ra, rb) / min(ra, rb)
        why = f"two different values, {gap - 1:.0%} apart; {DISPUTE_WHY} (“{marker}”)"
        rows.append(_row(a, b, severity(gap), gap, why, 1, 1))
    return rows
