"""Pair-level derivation guesses for the pairs table, and the per-document ``derived`` table.

:func:`compare.compare_sources` scores, for every candidate pair, both directions of "x derived
from y" from attribution, reuse, shared claims and rare phrases, publication order and kinds;
:func:`derivation` keeps each document's strongest guess. The richer per-document answer
(credited and uncredited sources, common originals outside the corpus, independence) is
:func:`helpers.compare.provenance.provenance`.
"""
from __future__ import annotations

import numpy as np

from helpers.core.numbers import readable
import pandas as pd

from helpers.compare.attribution import _attributions  # noqa: F401  (re-exported for compare)

_DERIVATIVE_KINDS = ("summary", "retelling", "aggregator", "blog", "social")
#: a pair published against this order can never be a derivation (the score drops far below any threshold)
AGAINST_ORDER = -10.0


def dated_before(a: object, b: object) -> bool | None:
    """Whether date ``a`` is on or before ``b`` (ISO strings compared at their common precision); None if either is undated."""
    if not (isinstance(a, str) and a and isinstance(b, str) and b):
        return None
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def _evidence_scores(src: np.ndarray, dst: np.ndarray, meta: dict[str, np.ndarray], cont: np.ndarray,
                     attributed: np.ndarray, n_claims: np.ndarray, n_phrases: np.ndarray) -> dict[str, np.ndarray]:
    """Per pair, what each piece of evidence adds to "dst derived from src" (vectorised)."""
    sp_, dp = meta["published"][src], meta["published"][dst]
    s_dated = np.array([isinstance(x, str) for x in sp_], dtype=bool)
    d_dated = np.array([isinstance(x, str) for x in dp], dtype=bool)
    both = s_dated & d_dated
    first = np.zeros(len(src), dtype=bool)
    first[both] = [bool(dated_before(a, b)) for a, b in zip(sp_[both], dp[both])]
    return {
        "attribution": np.where(attributed, 0.5, 0.0),
        "reuse": np.where(cont >= 0.05, np.minimum(0.3, cont), 0.0),
        "claims": np.minimum(0.2, 0.1 * n_claims),
        "phrases": np.minimum(0.2, 0.05 * n_phrases),
        "order": np.where(both, np.where(first, 0.1, AGAINST_ORDER), np.where(s_dated, 0.05, 0.0)),
        "kinds": np.where((meta["kind"][src] == "original")
                          & np.array([k in _DERIVATIVE_KINDS for k in meta["kind"][dst]], dtype=bool), 0.1, 0.0),
    }


def _derivations(I: np.ndarray, J: np.ndarray, meta: dict[str, np.ndarray], cont_ab: np.ndarray,
                 cont_ba: np.ndarray, attributed: list[np.ndarray], shared_claims: list[list[str]],
                 phrases: list[list[str]]) -> dict[str, list]:
    """Score both directions of every pair (x derived from y) and keep the stronger if it reaches 0.4.

    Direction a -> b is tried first; b -> a replaces it only when it scores higher than a -> b's
    (capped, rounded) confidence. Evidence is written only for pairs that get a guess."""
    n_claims = np.array([len(c) for c in shared_claims], dtype=float)
    n_phrases = np.array([len(p) for p in phrases], dtype=float)
    directions = [(I, J, cont_ba, attributed[0]), (J, I, cont_ab, attributed[1])]
    parts = [_evidence_scores(src, dst, meta, cont, att, n_claims, n_phrases) for src, dst, cont, att in directions]
    scores = []
    for p in parts:
        total = np.zeros(len(I))
        for v in p.values():
            total = total + v
        scores.append(total)
    conf_ab = np.array([round(min(s, 1.0), 2) if s >= 0.4 else 0.0 for s in scores[0].tolist()])
    use_ba = (scores[1] > conf_ab) & (scores[1] >= 0.4)
    derived, confidence, evidence = [None] * len(I), [0.0] * len(I), [None] * len(I)
    for k in np.flatnonzero(use_ba | (conf_ab > 0)).tolist():
        d = 1 if use_ba[k] else 0
        src, dst, cont, _ = directions[d]
        s, t = int(src[k]), int(dst[k])
        derived[k] = f"{meta['doc_id'][t]} <- {meta['doc_id'][s]}"
        confidence[k] = round(min(float(scores[d][k]), 1.0), 2)
        evidence[k] = _why(meta, s, t, float(cont[k]), {name: v[k] for name, v in parts[d].items()},
                           shared_claims[k], phrases[k])
    return {"derived_from": derived, "confidence": confidence, "evidence": evidence}


def _why(meta: dict[str, np.ndarray], s: int, t: int, cont: float, part: dict[str, float],
         shared_claims: list[str], phrases: list[str]) -> str:
    """The evidence sentence for "document t derived from document s", one clause per piece that counted."""
    src = {c: v[s] for c, v in meta.items()}
    dst = {c: v[t] for c, v in meta.items()}
    why = []
    if part["attribution"]:
        why.append(f"{dst['label']} attributes its facts to {src['outlet']}")
    if part["reuse"]:
        why.append(f"{cont:.0%} of {dst['label']}'s 5-word shingles appear in {src['label']}")
    if part["claims"]:
        why.append("same numbers: " + ", ".join(_claim_words(c) for c in shared_claims))
    if part["phrases"]:
        why.append(f"rare phrases only these two use: {', '.join(phrases[:4])}")
    if part["order"] == 0.1:
        why.append(f"{src['label']} published first ({src['published']} <= {dst['published']})")
    elif part["order"] == 0.05:
        why.append(f"{src['label']} is dated ({src['published']}), {dst['label']} is not")
    if part["kinds"]:
        why.append(f"{src['label']} is original reporting, {dst['label']} a {dst['kind']}")
    return "; ".join(why)


def derivation(pairs: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Per document: the source it most likely derives from (in the corpus, or credited outside it).

    The pair with the highest confidence wins (ties: the first in the pairs table)."""
    guessed = pairs.dropna(subset=["derived_from"])
    split = guessed["derived_from"].str.split(" <- ", n=1, expand=True)
    top: dict[str, tuple[str, object, object]] = {}
    if len(guessed):
        ranked = guessed.assign(_dst=split[0], _src=split[1]).sort_values("confidence", ascending=False,
                                                                        kind="stable")
        for dst, src, conf, ev in zip(ranked["_dst"], ranked["_src"], ranked["confidence"], ranked["evidence"]):
            top.setdefault(dst, (src, conf, ev))
    labels = dict(zip(docs["doc_id"], docs["label"]))
    rows = []
    for doc in docs.itertuples(index=False):
        if doc.doc_id in top:
            src, conf, ev = top[doc.doc_id]
            rows.append((doc.doc_id, doc.label, src, labels[src], conf, ev))
        elif isinstance(doc.credit, str) and doc.credit:
            rows.append((doc.doc_id, doc.label, None, doc.credit, None, f"credits {doc.credit} (not in the corpus)"))
        else:
            rows.append((doc.doc_id, doc.label, None, None, None, "no source found in the corpus"))
    return pd.DataFrame(rows, columns=["doc_id", "label", "derived_from", "source_label", "confidence", "evidence"])


# --------------------------------------------------------------------------- drift


def _claim_words(claim: str) -> str:
    """"chips=115000" -> "chips 115,000"; "investment=1.17e+10" -> "investment 11.7 billion"."""
    subject, _, value = claim.rpartition("=")
    return f"{subject} {readable(value)}".strip()
