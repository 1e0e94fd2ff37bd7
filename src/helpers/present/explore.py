"""Tools for a researcher's own questions in JupyterLab: a concordance across sources, any claim
or event in its context, and tables that read well in a notebook.

Document text is untrusted: everything shown as HTML is escaped, so a ``<script>`` in a
source appears as text and never runs.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

import pandas as pd

from helpers.clean.corpus import offset_map
from helpers.extract.sentences import sentence_spans

KWIC_COLUMNS = ["label", "left", "match", "right", "line", "column", "doc_id", "start", "end"]


def kwic(docs: pd.DataFrame, pattern: str, width: int = 60, regex: bool = False) -> pd.DataFrame:
    """Keyword in context across every source's clean text.

    ``pattern`` is plain text (default) or a regular expression (``regex=True``), matched
    case-insensitively; it needs no word boundaries, so it works on Chinese. One row per hit with
    ``width`` characters of context each side (line breaks shown as ``⏎``), the raw file's line
    and column, sorted by source (table order) and position.
    """
    rx = re.compile(pattern if regex else re.escape(pattern), re.I)
    rows = []
    for doc in docs.itertuples(index=False):
        text = doc.clean_text
        omap = None
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            omap = omap or offset_map(docs, doc.doc_id)
            pos = omap.position(omap.to_raw(m.start()))
            left = text[max(0, m.start() - width):m.start()].replace("\n", "⏎")
            right = text[m.end():m.end() + width].replace("\n", "⏎")
            rows.append((doc.label, left, m.group(0), right, pos.line, pos.column, doc.doc_id, m.start(), m.end()))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


@dataclass
class Context:
    """A quote in its sentence, with the neighbouring sentences and the raw file's line."""

    label: str
    path: str
    before: str
    sentence_head: str
    quote: str
    sentence_tail: str
    after: str
    line: int
    column: int
    raw_line: str

    def __str__(self) -> str:
        return (f"{self.label} ({self.path}, line {self.line}, column {self.column})\n"
                f"  … {self.before}\n"
                f"  » {self.sentence_head}[[{self.quote}]]{self.sentence_tail}\n"
                f"  … {self.after}\n"
                f"  raw: {_clip(self.raw_line, self.column - 1, 90)}")

    __repr__ = __str__

    def _repr_html_(self) -> str:
        e = html.escape
        return (
            '<div style="font-family:sans-serif;line-height:1.5;max-width:48em">'
            f'<div style="color:#555;font-size:0.85em">{e(self.label)} · <code>{e(self.path)}</code> · '
            f"line {self.line}, column {self.column}</div>"
            f'<div style="color:#777">{e(self.before)}</div>'
            f"<div>{e(self.sentence_head)}<mark>{e(self.quote)}</mark>{e(self.sentence_tail)}</div>"
            f'<div style="color:#777">{e(self.after)}</div>'
            f'<div style="color:#555;font-size:0.85em">raw: <code>{e(_clip(self.raw_line, self.column - 1, 90))}</code></div>'
            "</div>"
        )


def _clip(text: str, at: int, width: int) -> str:
    lo = max(0, at - width // 2)
    hi = min(len(text), lo + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def in_context(item, docs: pd.DataFrame, claims: pd.DataFrame | None = None,
               events: pd.DataFrame | None = None) -> Context:
    """Show a claim, entity or event row (or a ``claim_id`` / ``event_id``) in its context.

    The row needs ``doc_id``, ``start`` and ``end`` (clean-text span). An id is looked up in
    ``claims`` / ``events`` (computed from ``docs`` when not given).
    """
    if isinstance(item, str):
        item = _lookup(item, docs, claims, events)
    row = dict(item) if not isinstance(item, dict) else item
    start, end = row.get("start"), row.get("end")
    if start is None or (isinstance(start, float) and math.isnan(start)) or pd.isna(start):
        raise ValueError("this row has no span in the clean text (a publication date?): nothing to show")
    doc = docs.loc[docs["doc_id"] == row["doc_id"]].iloc[0]
    text = doc["clean_text"]
    start, end = int(start), int(end)
    spans = sentence_spans(text)
    k = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
    s0, s1 = spans[k] if k is not None else (start, end)
    s1 = max(s1, end)
    before = text[spans[k - 1][0]:spans[k - 1][1]] if k else ""
    after = text[spans[k + 1][0]:spans[k + 1][1]] if k is not None and k + 1 < len(spans) else ""
    omap = offset_map(docs, row["doc_id"])
    pos = omap.position(omap.to_raw(start))
    raw_line = doc["raw_text"].split("\n")[pos.line - 1]
    return Context(doc["label"], doc["path"], before, text[s0:start], text[start:end], text[end:s1], after,
                   pos.line, pos.column, raw_line)


def _lookup(key: str, docs: pd.DataFrame, claims: pd.DataFrame | None, events: pd.DataFrame | None) -> pd.Series:
    if "#" in key:
        from helpers.extract.claims import extract_claims
        claims = extract_claims(docs) if claims is None else claims
        hit = claims[claims["claim_id"] == key]
    else:
        from helpers.extract.timeline import build_timeline
        events = build_timeline(docs) if events is None else events
        hit = events[events["event_id"] == key]
    if hit.empty:
        raise KeyError(f"no claim or event with id {key!r}")
    return hit.iloc[0]


def tidy(table: pd.DataFrame, width: int = 60) -> pd.DataFrame:
    """A copy for reading: long texts cut with an ellipsis, numbers with thousands separators,
    infinite bounds as ∞, missing values blank. Deterministic, so stored outputs stay stable."""
    out = table.copy()
    for col in out.columns:
        s = out[col]
        if pd.api.types.is_bool_dtype(s):
            continue
        if pd.api.types.is_numeric_dtype(s):
            out[col] = [_num(v) for v in s]
        else:
            out[col] = [("" if v is None or (isinstance(v, float) and math.isnan(v)) else
                         (str(v) if len(str(v)) <= width else str(v)[: width - 1] + "…")).replace("\n", "⏎")
                        for v in s]
    return out


def _num(v) -> str:
    if v is None or pd.isna(v):
        return ""
    if isinstance(v, float) and math.isinf(v):
        return "∞"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}"


def source_names(docs: pd.DataFrame, ids: object) -> str:
    """Readable names for document ids: one id, an ``outside:<name>`` source, or several ids joined
    with ``;`` (as in the families table), each shown by its label."""
    labels = dict(zip(docs["doc_id"], docs["label"]))

    def one(i: str) -> str:
        if i.startswith("outside:"):
            name = i.removeprefix("outside:")
            return "an unnamed original" if name == "unknown" else name
        return labels.get(i, i)

    if not isinstance(ids, str) or not ids:
        return ""
    return ", ".join(one(i) for i in ids.split(";"))


def with_source_names(table: pd.DataFrame, docs: pd.DataFrame, **columns: str) -> pd.DataFrame:
    """``table`` with new columns naming the sources of id columns: ``with_source_names(t, docs,
    original="source")`` adds ``original`` from the ids in ``source`` (see :func:`source_names`)."""
    return table.assign(**{new: table[old].map(lambda ids: source_names(docs, ids)) for new, old in columns.items()})
