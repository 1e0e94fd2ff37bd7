"""Drift along each chain: what a retelling dropped, added, changed, and how its hedges moved.

For each document with a source (the provenance table's ``derives_from``; the older
``derived`` table's ``derived_from`` is accepted too), its claims are compared per subject
with the reference: the source's claims when the source is in the corpus, or, for an original
outside the corpus, the claims of the other documents of the same independent group (the
other retellings stand in for the missing original). Places are compared the same way.

A hedge's strength (:func:`hedge_strength`) is 3 for an exact number, 2 for an approximate,
bounded or ranged one, 1 for a vague one ("thousands"); minus 1 for a forecast and minus 1 when
its sentence carries a modal or hearsay hedge (``data/speculative_markers.csv``: "may",
"could", "可能", "pourrait"). A retelling whose matching claim is stronger *hardened* it ("may
one day have" -> "powered by"; "about 115,000" -> "115,000"; "more than" dropped), weaker
*softened* it.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import pandas as pd

from helpers.extract.claims import describe
from helpers.core.lexicon import alternation

DRIFT_COLUMNS = ["doc_id", "source", "kind", "subject", "before", "after", "quote_before", "quote_after"]
_QUALIFIER_STRENGTH = {"exact": 3, "vague": 1}


@lru_cache(maxsize=1)
def _speculative() -> re.Pattern[str]:
    return alternation("speculative_markers.csv")


@lru_cache(maxsize=1)
def _planned() -> re.Pattern[str]:
    return alternation("scope_markers.csv", where=("scope", "planned"))


def hedge_strength(claim: dict) -> int:
    """How firmly a claim states its number (see the module docstring): its qualifier, less one
    for a forecast, one for a modal or hearsay hedge and one for a plan (a plan is not yet a fact)."""
    s = _QUALIFIER_STRENGTH.get(str(claim.get("qualifier")), 2)
    if bool(claim.get("is_forecast")):
        s -= 1
    quote = claim.get("quote") if isinstance(claim.get("quote"), str) else ""
    return s - _quote_hedges(quote)


@lru_cache(maxsize=65536)
def _quote_hedges(quote: str) -> int:
    """How many of a modal/hearsay hedge and a plan marker ``quote`` carries (0-2), cached: the
    same quote is judged for every document that retells it."""
    return int(bool(_speculative().search(quote))) + int(bool(_planned().search(quote)))


def _widen(c: dict) -> tuple[float, float]:
    lo, hi = c["value_low"], c["value_high"]
    return (lo * 0.99, hi * 1.01) if lo == hi else (lo, hi)  # a single number, for rounding


def _overlap(a: dict, b: dict) -> bool:
    (alo, ahi), (blo, bhi) = _widen(a), _widen(b)
    return alo <= bhi and blo <= ahi


def _distance(a: dict, b: dict) -> float:
    ra, rb = (x["value_low"] if math.isinf(x["value_high"]) else (x["value_low"] + x["value_high"]) / 2 for x in (a, b))
    return math.inf if min(ra, rb) <= 0 else max(ra, rb) / min(ra, rb)


def _show(c: dict) -> str:
    return f"{describe(c)} (“{c['text']}”)"


def _compare_subject(doc: str, source: str, subject: str, ref: list[dict], mine: list[dict]) -> list[tuple]:
    """Drift rows for one subject: dropped, added, changed, hardened or softened."""
    if ref and not mine:
        return [(doc, source, "dropped", subject, _show(ref[0]), None, ref[0]["quote"], None)]
    if mine and not ref:
        return [(doc, source, "added", subject, None, _show(mine[0]), None, mine[0]["quote"])]
    rows, seen = [], set()
    for c in mine:
        if describe(c) in seen:
            continue
        seen.add(describe(c))
        same = [r for r in ref if _overlap(r, c)]
        r = min(same or ref, key=lambda r: (_distance(r, c), -hedge_strength(r)))
        if not same:
            rows.append((doc, source, "changed", subject, _show(r), _show(c), r["quote"], c["quote"]))
        hs, hr = hedge_strength(c), hedge_strength(r)
        if hs != hr:
            rows.append((doc, source, "hardened" if hs > hr else "softened", subject, _show(r), _show(c),
                         r["quote"], c["quote"]))
    return rows


def _references(prov: pd.DataFrame) -> dict[str, tuple[str, list[str]]]:
    """Per derived document: (its source, the documents whose claims stand for that source)."""
    src_col = "derives_from" if "derives_from" in prov.columns else "derived_from"
    out = {}
    records = prov.to_dict("records")
    outside: dict[object, list[str]] = {}  # independent group -> its documents citing an outside source
    for m in records:
        g = m.get("independent_group")
        if str(m.get(src_col) or "").startswith("outside:") and g is not None and g == g:  # g == g: not NaN
            outside.setdefault(g, []).append(m["doc_id"])
    for r in records:
        src = r.get(src_col)
        if not isinstance(src, str) or not src:
            continue
        if not src.startswith("outside:"):
            out[r["doc_id"]] = (src, [src])
            continue
        group = r.get("independent_group")
        mates = [d for d in outside.get(group, []) if d != r["doc_id"]] if group is not None and group == group else []
        if mates:
            out[r["doc_id"]] = (src, mates)
    return out


def drift(docs: pd.DataFrame, derived: pd.DataFrame, claims: pd.DataFrame, entities: pd.DataFrame | None = None,
          events: pd.DataFrame | None = None) -> pd.DataFrame:
    """The drift table (columns :data:`DRIFT_COLUMNS`), one row per change, in corpus order.

    ``derived`` is the provenance table (or the older ``derived`` table); ``events`` is accepted
    for compatibility and unused (dates are compared through claims and places)."""
    by_doc: dict[str, list[dict]] = {}
    for c in claims.sort_values(["doc_id", "start"], kind="stable").to_dict("records"):
        if isinstance(c.get("subject"), str):
            by_doc.setdefault(c["doc_id"], []).append(c)
    places: dict[str, set[str]] = {}
    if entities is not None and len(entities):
        for d, name in zip(entities["doc_id"], entities["canonical"].where(entities["type"] == "place")):
            if isinstance(name, str):
                places.setdefault(d, set()).add(name)
    refs = _references(derived)
    rows: list[tuple] = []
    for d in docs["doc_id"]:
        if d not in refs:
            continue
        source, ref_docs = refs[d]
        ref = [c for r in ref_docs for c in by_doc.get(r, [])]
        mine = by_doc.get(d, [])
        for subject in sorted({c["subject"] for c in ref + mine}):
            rows += _compare_subject(d, source, subject, [c for c in ref if c["subject"] == subject],
                                     [c for c in mine if c["subject"] == subject])
        pa, pb = set().union(*(places.get(r, set()) for r in ref_docs)), places.get(d, set())
        for place in sorted(pa ^ pb):
            rows.append((d, source, "dropped" if place in pa else "added", "place",
                         place if place in pa else None, place if place in pb else None, None, None))
    return pd.DataFrame(rows, columns=DRIFT_COLUMNS)
