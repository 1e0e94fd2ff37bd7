"""Source and passage typing: what kind of page a document is, and which passages it says are AI-written.

- :func:`classify_sources` - per document ``kind_inferred`` (original | retelling | aggregator |
  blog | transcript | social | press_release | other), ``ai_generated`` and the evidence, from
  the markers in ``data/source_markers.csv`` (English, Chinese, French) read on the *raw* text
  (boilerplate is evidence here).
- :func:`ai_passages` - the spans of clean text a document marks as AI-written.
- :func:`flag_ai_passages` - adds ``is_ai_generated`` to claims and events inside those spans.

Passage scope (stated so it can be tested): a marker inside a paragraph of prose labels that
paragraph only; a marker that stands alone as a label (its paragraph is the marker sentence,
at most ``LABEL_WORDS`` words) opens a section that runs to the end of the document or to the
next section break (a Markdown heading, a rule such as ``---`` or ``***``, or a line saying the
AI text ends); a label that points back ("above", "以上", "ci-dessus") covers the paragraph
before it. A marker found only in the raw page (its line was removed as boilerplate) flags the
whole document.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

import pandas as pd

from helpers.core.literals import fold, may_match
from helpers.core.paths import DATA_DIR

#: the kinds of source, in the order that breaks ties between equally marked kinds
KINDS = ("press_release", "transcript", "social", "aggregator", "retelling", "blog", "original", "other")
#: kinds a manifest or older tables may use, mapped to ours
KIND_ALIASES = {"summary": "retelling", "retelling": "retelling", "news": "original", "article": "original",
                "report": "original", "wire": "original", "press release": "press_release", "post": "social"}
#: a paragraph of at most this many words that holds an AI marker is a label for what follows
LABEL_WORDS = 15

_BREAK = re.compile(r"^\s*(?:#{1,6}\s+\S|[-*_=]{3,}\s*$|(?i:end of (?:the )?ai[- ]generated|fin du (?:texte|contenu) généré)|"
                    r"(?:AI|人工智能)生成(?:内容)?(?:结束|完))", re.M)
#: a note about the page's title and description (or summary): it labels everything before it
_HEADER = re.compile(r"(?i:\b(?:the )?title and (?:the )?(?:description|summary)\b|\ble titre et (?:la description|le résumé)\b)"
                     r"|标题和(?:摘要|简介|描述)|標題和(?:摘要|簡介|描述)")
_BACKWARD = re.compile(r"(?i:\babove\b|ci-dessus|précédent)|以上|上述|上文")


@lru_cache(maxsize=1)
def markers() -> tuple[tuple[re.Pattern[str], str, int, str], ...]:
    """(regex, signal, min distinct hits, evidence) for every row of ``data/source_markers.csv``."""
    return tuple(m[:4] for m in _marker_rows())


@lru_cache(maxsize=1)
def _marker_rows() -> tuple[tuple[re.Pattern[str], str, int, str, str], ...]:
    with open(DATA_DIR / "source_markers.csv", encoding="utf-8", newline="") as fh:
        return tuple((re.compile(r["pattern"], re.I | re.M), r["signal"], int(r["min_hits"] or 1), r["evidence"],
                      r["language"]) for r in csv.DictReader(fh))


_CJK = re.compile(r"[\u4e00-\u9fff]")
_FRENCH = re.compile(r"[éèàçêôû]|\b(?:les|des|une|selon|dans)\b", re.I)


def normalise_kind(kind: object) -> str:
    """A manifest or text ``kind`` in our vocabulary ("" when it says nothing we know)."""
    if not isinstance(kind, str) or not kind.strip():
        return ""
    k = kind.strip().lower().replace("-", "_")
    if k in KINDS:
        return k
    return KIND_ALIASES.get(k, KIND_ALIASES.get(k.replace("_", " "), ""))


def marker_hits(text: str) -> dict[str, list[str]]:
    """Distinct marker strings found in ``text``, by signal (signals below their ``min_hits`` dropped)."""
    hits: dict[str, list[str]] = {}
    langs = {"en", *(("zh",) if _CJK.search(text) else ()), *(("fr",) if _FRENCH.search(text) else ())}
    folded = fold(text)
    for rx, signal, need, _, lang in _marker_rows():
        if lang not in langs:  # Chinese markers need Chinese characters, French ones French words
            continue
        # a pattern whose required words are absent has no match: skip its scan
        found = sorted({m.group(0).strip() for m in rx.finditer(text)}) if may_match(rx, text, folded) else []
        if len(found) >= need:
            hits.setdefault(signal, []).extend(x for x in found if x not in hits.get(signal, []))
    return hits


def classify_sources(docs: pd.DataFrame) -> pd.DataFrame:
    """Per document: ``kind_inferred``, ``ai_generated`` and the evidence for each.

    Markers are matched in the raw text. The kind with most distinct markers wins (ties in the
    order of :data:`KINDS`); a document with none is ``other``. ``kind`` (manifest or text) is
    shown beside it so a reader sees where they agree.
    """
    rows = []
    for doc in docs.itertuples(index=False):
        hits = marker_hits(doc.raw_text)
        counts = {k: len(v) for k, v in hits.items() if k != "ai_generated"}
        kind = max(KINDS[:-1], key=lambda k: (counts.get(k, 0), -KINDS.index(k))) if counts else "other"
        evidence = "; ".join(f"{k}: " + ", ".join(f"“{x}”" for x in hits[k][:4]) for k in KINDS if k in hits)
        ai = hits.get("ai_generated", [])
        rows.append({"doc_id": doc.doc_id, "label": doc.label, "kind": doc.kind, "kind_inferred": kind,
                     "kind_evidence": evidence or "no markers", "ai_generated": bool(ai),
                     "ai_evidence": ", ".join(f"“{x}”" for x in ai) or None})
    return pd.DataFrame(rows, columns=["doc_id", "label", "kind", "kind_inferred", "kind_evidence",
                                       "ai_generated", "ai_evidence"])


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks separated by blank lines."""
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _scope(text: str, paras: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span an AI marker at ``pos`` labels (see the module docstring)."""
    k = next((i for i, (a, b) in enumerate(paras) if a <= pos < b), len(paras) - 1)
    a, b = paras[k]
    para = text[a:b]
    if _HEADER.search(para) and k > 0:
        return paras[0][0], paras[k - 1][1]
    if len(para.split()) > LABEL_WORDS and len(para) > 3 * LABEL_WORDS:  # a marker inside prose
        return a, b
    if _BACKWARD.search(para):
        return (paras[k - 1][0], b) if k > 0 else (a, b)
    brk = _BREAK.search(text, b)
    return a, (brk.start() if brk else len(text))


def ai_passages(docs: pd.DataFrame) -> pd.DataFrame:
    """Spans of clean text that a document marks as AI-written: doc_id, start, end, marker."""
    ai_rx = [rx for rx, signal, _, _ in markers() if signal == "ai_generated"]
    rows = []
    for doc in docs.itertuples(index=False):
        text, raw_text = doc.clean_text, doc.raw_text
        paras = _paragraphs(text)
        folded = fold(text)
        found = sorted({(m.start(), m.group(0)) for rx in ai_rx if may_match(rx, text, folded) for m in rx.finditer(text)})
        spans = [(*_scope(text, paras, p), marker) for p, marker in found]
        raw_folded = fold(raw_text) if not spans else ""
        raw_rx = [rx for rx in ai_rx if not spans and may_match(rx, raw_text, raw_folded)]  # only patterns that may match
        if not spans and any(rx.search(raw_text) for rx in raw_rx):
            raw = next(m.group(0) for rx in raw_rx for m in [rx.search(raw_text)] if m)
            spans = [(0, len(text), raw)]
        merged: list[list] = []
        for a, b, marker in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b, marker])
        rows.extend((doc.doc_id, a, b, marker) for a, b, marker in merged)
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "marker"])


def _inside(table: pd.DataFrame, spans: pd.DataFrame) -> list[bool]:
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for d, a, b in zip(spans["doc_id"], spans["start"], spans["end"]):
        by_doc.setdefault(d, []).append((int(a), int(b)))
    # a row with no span (a document's publication event) lies in no passage
    return [not pd.isna(s) and any(a <= int(s) < b for a, b in by_doc.get(d, []))
            for d, s in zip(table["doc_id"], table["start"])]


def flag_ai_passages(docs: pd.DataFrame, claims: pd.DataFrame, events: pd.DataFrame | None = None,
                     spans: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Claims and events with a boolean ``is_ai_generated``: their start lies in a passage the
    document marks as AI-written (:func:`ai_passages`; ``spans`` when already computed)."""
    spans = ai_passages(docs) if spans is None else spans
    claims = claims.assign(is_ai_generated=_inside(claims, spans) if len(claims) else pd.Series(dtype=bool))
    if events is not None:
        events = events.assign(is_ai_generated=_inside(events, spans) if len(events) else pd.Series(dtype=bool))
    return claims, events
