"""Measure cleaning against a hand-labelled reference: character-level precision and recall.

The reference format (see ``tests/reference/article_spans.json``): per file, the article
passages in order. A passage is ``{"text": ...}`` (exact), optionally with ``"after"`` (search
starts after this anchor), ``"through"`` (the passage runs from ``text`` to the end of
``through``) or ``"to_end": true``; ``{"text": "@ALL"}`` means the whole file is article.
Only non-space characters count, so joining white space never moves the score.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.read.textio import normalize_newlines


def reference_mask(raw: str, passages: list[dict]) -> np.ndarray:
    """Boolean mask over ``raw``: True where the reference says the character is article."""
    mask = np.zeros(len(raw), dtype=bool)
    pos = 0
    for p in passages:
        if p["text"] == "@ALL":
            mask[:] = True
            break
        if "after" in p:
            a = raw.find(p["after"], pos)
            if a < 0:
                raise ValueError(f"reference anchor not found: {p['after']!r}")
            pos = a + len(p["after"])
        start = raw.find(p["text"], pos)
        if start < 0:
            raise ValueError(f"reference passage not found: {p['text'][:60]!r}")
        if p.get("to_end"):
            end = len(raw)
        elif "through" in p:
            t = raw.find(p["through"], start)
            if t < 0:
                raise ValueError(f"reference end not found: {p['through']!r}")
            end = t + len(p["through"])
        else:
            end = start + len(p["text"])
        mask[start:end] = True
        pos = end
    return mask


def scores(pred: np.ndarray, ref: np.ndarray, raw: str) -> tuple[float, float, float]:
    """Precision, recall and F1 over the non-space characters of ``raw``."""
    text = np.array([not ch.isspace() for ch in raw], dtype=bool)
    p, r = pred & text, ref & text
    tp = int((p & r).sum())
    precision = tp / p.sum() if p.sum() else 0.0
    recall = tp / r.sum() if r.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def load_reference(path: str | Path) -> dict[str, list[dict]]:
    """Read a reference file (keys starting with '_' are notes)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def clean_scores(docs: pd.DataFrame, reference: dict[str, list[dict]]) -> pd.DataFrame:
    """Precision/recall of each document's ``clean_text`` against the reference."""
    from helpers.clean.corpus import offset_map

    rows = []
    for doc in docs.itertuples(index=False):
        if doc.path not in reference:
            continue
        ref = reference_mask(doc.raw_text, reference[doc.path])
        pred = offset_map(docs, doc.doc_id).kept_mask()
        rows.append((doc.doc_id, doc.label, *scores(pred, ref, doc.raw_text)))
    return pd.DataFrame(rows, columns=["doc_id", "label", "precision", "recall", "f1"])


def text_mask(raw: str, extracted: str) -> np.ndarray:
    """For tools that return only text: mark raw characters covered by the extracted lines.

    Each extracted line is searched in ``raw`` in order (falling back to a search from the
    start); lines not found are ignored. Used for the peer tools in ``benchmarks/``.
    """
    raw = normalize_newlines(raw)
    mask = np.zeros(len(raw), dtype=bool)
    pos = 0
    for line in normalize_newlines(extracted).split("\n"):
        line = line.strip()
        if not line:
            continue
        at = raw.find(line, pos)
        if at < 0:
            at = raw.find(line)
        if at < 0:
            continue
        mask[at:at + len(line)] = True
        pos = at + len(line)
    return mask
