"""Claim families: the same fact across sources, its first appearance and its independent support.

Claims are grouped by subject, dimension, unit and currency (a claim with no currency written takes
the one currency of the same figure under its subject); within a group, a family is one
figure: claims whose values (the number as written, scaled: "589 billion" = "5890亿") are
within ``TOLERANCE`` (0.25%) of the family's first value in sorted order. So "5888.62亿" joins
"$589 billion" and "592.7" joins "593", but "near 600 billion", "593 billion" and "$5.6
million" vs "$5.576 million" stay apart: a rounding at another precision is another family,
as a reader would count them. Hedges do not split a family ("more than 115,000" and
"115,000" are one figure); ``value_low``/``value_high`` are the smallest and largest member
value.

A family's first appearance is its earliest-published member (undated last, then corpus
order); ``n_independent`` counts the distinct ``independent_group`` of its documents in the
provenance table: an original and its retellings count once.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

import numpy as np
import pandas as pd

FAMILY_COLUMNS = ["family_id", "subject", "dimension", "unit", "value_low", "value_high", "claim_ids", "doc_ids",
                  "first_doc", "first_claim", "n_sources", "n_independent"]
#: relative difference under which two values are one figure (588.862 vs 589 billion: 0.02%)
TOLERANCE = 0.0025


def _key(value: object) -> str:
    return value if isinstance(value, str) else ""


def _group(values: np.ndarray) -> list[tuple[list[int], float, float]]:
    """Families within one subject/dimension/unit/currency group of claim ``values``: (positions, low, high)."""
    order = sorted(range(len(values)), key=lambda i: (values[i], i))
    fams: list[tuple[list[int], float, float]] = []
    for i in order:
        v = values[i]
        if fams and math.isfinite(v) and abs(v - fams[-1][1]) <= TOLERANCE * max(abs(v), abs(fams[-1][1])):
            members, lo, _ = fams[-1]
            members.append(i)
            fams[-1] = (members, lo, v)
        else:
            fams.append(([i], v, v))
    return fams


def _fill_currency(base: pd.Series, currency: pd.Series, values: pd.Series) -> pd.Series:
    """A claim whose currency was not written ("600萬" beside "600万美元") takes the currency of its
    subject's claims of the same figure (within ``TOLERANCE``) when they all have one and the same."""
    by_base: dict[str, list[tuple[float, str]]] = {}
    for b, c, v in zip(base, currency, values):
        if c and isinstance(v, (int, float)) and math.isfinite(v):
            by_base.setdefault(b, []).append((float(v), c))
    for pairs in by_base.values():
        pairs.sort(key=lambda p: p[0])
    keys = {b: [x for x, _ in pairs] for b, pairs in by_base.items()}
    out = []
    for b, c, v in zip(base, currency, values):
        if not c and isinstance(v, (int, float)) and math.isfinite(v):
            # only values within the tolerance window can match (|x| <= |v| / (1 - TOLERANCE)): bisect, then the exact test
            pairs, w = by_base.get(b, []), TOLERANCE * abs(v) / (1 - TOLERANCE) * (1 + 1e-9) + 1e-300
            lo, hi = bisect_left(keys.get(b, []), v - w), bisect_right(keys.get(b, []), v + w)
            near = {cur for x, cur in pairs[lo:hi] if abs(x - v) <= TOLERANCE * max(abs(x), abs(v))}
            c = next(iter(near)) if len(near) == 1 else ""
        out.append(c)
    return pd.Series(out, index=currency.index)


def families(claims: pd.DataFrame, docs: pd.DataFrame, prov: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per claim family (columns :data:`FAMILY_COLUMNS`), sorted by subject then value."""
    if claims.empty:
        return pd.DataFrame(columns=FAMILY_COLUMNS)
    pos = {d: i for i, d in enumerate(docs["doc_id"])}
    published = {d: p if isinstance(p, str) and p else None for d, p in zip(docs["doc_id"], docs["published"])}
    group = dict(zip(prov["doc_id"], prov["independent_group"])) if prov is not None else {}
    cl = claims[claims["subject"].map(lambda s: isinstance(s, str) and bool(s))].reset_index(drop=True)
    dims = cl["dimension"].map(_key) if "dimension" in cl.columns else pd.Series([""] * len(cl))
    base = cl["subject"] + "\x1f" + dims + "\x1f" + cl["unit"].map(_key)
    keys = base + "\x1f" + _fill_currency(base, cl["currency"].map(_key), cl["value"])
    by_key: dict[str, list[tuple[str, str, int, float]]] = {}  # one pass over the claims, no per-family pandas
    for k, d, c, st, v in zip(keys, cl["doc_id"], cl["claim_id"], cl["start"], cl["value"].to_numpy(float)):
        by_key.setdefault(k, []).append((d, c, int(st), v))
    rows = []
    for key in sorted(by_key):
        subject, dim, unit, currency = key.split("\x1f")
        sub = by_key[key]
        for members, lo, hi in _group(np.array([r[3] for r in sub], dtype=float)):
            m = [sub[i] for i in sorted(members, key=lambda i: (pos.get(sub[i][0], 0), sub[i][2]))]
            doc_ids = list(dict.fromkeys(r[0] for r in m))
            first_doc = min(doc_ids, key=lambda d: (published.get(d) is None, published.get(d) or "", pos.get(d, 0)))
            first_claim = next(r[1] for r in m if r[0] == first_doc)  # m is in document then position order
            rows.append({"subject": subject, "dimension": dim or None, "unit": unit or currency or None,
                         "value_low": float(lo), "value_high": float(hi), "claim_ids": ";".join(r[1] for r in m),
                         "doc_ids": ";".join(doc_ids), "first_doc": first_doc, "first_claim": first_claim,
                         "n_sources": len(doc_ids), "n_independent": len({group.get(d, d) for d in doc_ids})})
    out = pd.DataFrame(rows, columns=FAMILY_COLUMNS[1:])
    out.insert(0, "family_id", [f"F{i + 1:04d}" for i in range(len(out))])
    return out
