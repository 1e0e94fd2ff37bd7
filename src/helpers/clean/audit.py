"""Tables for auditing the cleaning: what was removed and why, where a span sits in the raw
file, and which metadata came from the manifest or from the text."""
from __future__ import annotations

import json
import re

import pandas as pd

from helpers.clean.corpus import META_FIELDS, _doc_row, offset_map, row_offset_map

REMOVED_COLUMNS = ["doc_id", "label", "raw_start", "raw_end", "line", "column", "end_line", "chars", "reason", "text"]


def removed(docs: pd.DataFrame) -> pd.DataFrame:
    """One row per removed stretch of raw text: where it was (raw span, line, column), why, and the text.

    Neighbouring removals with the same reason are one row. Sorted by document and position.
    """
    rows = []
    for doc in docs.itertuples(index=False):
        omap = row_offset_map(doc)  # this row's map (looking the id up again was quadratic)
        for start, end, reason in json.loads(doc.removals):
            pos, last = omap.position(start), omap.position(max(start, end - 1))
            rows.append((doc.doc_id, doc.label, start, end, pos.line, pos.column, last.line,
                         end - start, reason, doc.raw_text[start:end]))
    return pd.DataFrame(rows, columns=REMOVED_COLUMNS).sort_values(["doc_id", "raw_start"], kind="stable").reset_index(drop=True)


def locate(docs: pd.DataFrame, doc_id: str, start: int, end: int) -> dict[str, object]:
    """Where the clean-text span ``[start, end)`` of a document is in its raw file.

    Returns the quote, the raw span, its first line and column (1-based), its last line, and
    the full raw line, so a reader can check the quote in the file itself.
    """
    row = _doc_row(docs, doc_id)
    omap = offset_map(docs, doc_id)
    r0, r1 = omap.span_to_raw(start, end)
    first, last = omap.position(r0), omap.position(r1 - 1)
    raw_lines = row["raw_text"].split("\n")
    return {
        "doc_id": doc_id, "label": row["label"], "path": row["path"], "quote": row["clean_text"][start:end],
        "raw_start": r0, "raw_end": r1, "line": first.line, "column": first.column, "end_line": last.line,
        "raw_line": raw_lines[first.line - 1],
    }


def metadata_table(docs: pd.DataFrame) -> pd.DataFrame:
    """Long table: per document and field, the value used, where it came from, and what the
    manifest and the text each said (``agree`` compares them where both have a value)."""
    rows = []
    for doc in docs.itertuples(index=False):
        from_text = json.loads(doc.text_metadata)
        for f in META_FIELDS:
            source = getattr(doc, f"{f}_source")
            used = getattr(doc, f)
            man = used if source == "manifest" else None
            txt = from_text.get(f)
            agree = None if man is None or txt is None else str(man).casefold() == str(txt).casefold()
            rows.append((doc.doc_id, doc.label, f, used, source, man, txt, agree))
    return pd.DataFrame(rows, columns=["doc_id", "label", "field", "value", "source", "manifest", "text", "agree"])


def overview(docs: pd.DataFrame) -> pd.DataFrame:
    """Per document: label, kind, date, languages, sizes before and after cleaning."""
    cols = ["doc_id", "label", "kind", "published", "languages", "raw_chars", "clean_chars", "boilerplate_share"]
    return docs[cols].copy()


def removal_summary(docs: pd.DataFrame) -> pd.DataFrame:
    """Characters removed per document and reason (a label x reason table, zeros filled)."""
    rem = removed(docs)
    table = rem.pivot_table(index="label", columns="reason", values="chars", aggfunc="sum", fill_value=0)
    order = list(dict.fromkeys(docs["label"]))
    return table.reindex(order, fill_value=0).astype(int)


def find_quote(docs: pd.DataFrame, quote: str, doc_id: str | None = None) -> pd.DataFrame:
    """Every occurrence of ``quote`` in the clean texts, located in the raw files."""
    rows = []
    for doc in docs.itertuples(index=False):
        if doc_id is not None and doc.doc_id != doc_id:
            continue
        start = doc.clean_text.find(quote)
        while start >= 0:
            rows.append(locate(docs, doc.doc_id, start, start + len(quote)) | {"clean_start": start})
            start = doc.clean_text.find(quote, start + 1)
    cols = ["doc_id", "label", "clean_start", "raw_start", "line", "column", "quote"]
    return pd.DataFrame(rows, columns=cols) if rows else pd.DataFrame(columns=cols)


def check_offsets(docs: pd.DataFrame) -> pd.DataFrame:
    """Round-trip every clean character to the raw file and back; count mismatches per document.

    A character copied from the raw text must be the same character at its raw index (HTML
    entities excepted), and mapping that raw index back must land on it again.
    """
    rows = []
    for doc in docs.itertuples(index=False):
        omap = offset_map(docs, doc.doc_id)
        copied = char_mismatch = back_mismatch = 0
        for cs, rs, n in zip(omap.clean_start, omap.raw_start, omap.length):
            for k in range(int(n)):
                copied += 1
                if doc.clean_text[cs + k] != doc.raw_text[rs + k] and doc.format != "html":
                    char_mismatch += 1
                if omap.to_clean(int(rs + k)) != cs + k:
                    back_mismatch += 1
        rows.append((doc.doc_id, doc.label, len(doc.clean_text), copied, char_mismatch, back_mismatch))
    return pd.DataFrame(rows, columns=["doc_id", "label", "clean_chars", "mapped_chars", "char_mismatches",
                                       "roundtrip_mismatches"])


def first_sentence(docs: pd.DataFrame) -> dict[str, object]:
    """Where the first sentence of the first document with any clean text sits in its raw file."""
    for doc in docs.itertuples(index=False):
        if doc.clean_text.strip():
            m = re.search(r"[.!?。！？](?=\s|$)", doc.clean_text)
            return locate(docs, doc.doc_id, 0, m.end() if m else len(doc.clean_text))
    raise ValueError("no document has any clean text")


def busiest_line(docs: pd.DataFrame, doc_id: str | None = None) -> pd.DataFrame:
    """The removals on the raw line with the most removals (default: first document).

    On scraped pages that is usually the line where menus, widgets and the article were glued.
    """
    rem = removed(docs)
    rem = rem[rem["doc_id"] == (doc_id or docs["doc_id"].iloc[0])]
    if rem.empty:
        return rem[["line", "column", "chars", "reason", "text"]]
    line = rem["line"].value_counts().sort_index().idxmax()
    return rem.loc[rem["line"] == line, ["line", "column", "chars", "reason", "text"]]
