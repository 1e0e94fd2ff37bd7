"""Temporal expressions -> the events table: dated statements with precision, anchor, forecast flag.

``build_timeline(docs)`` reads each document's ``clean_text`` and returns one row per dated
statement (the sentence around a date expression), plus one *publication* event per document
with a publication date. Rules:

- **Precision is never invented.** ``2022-02`` is a month, ``in 2022`` a year, ``the fourth
  quarter of 2024`` a quarter, ``the 14th Five-Year Plan`` a period (from ``data/periods.csv``).
- **Relative and year-less dates** (``earlier this year``, ``last year``, ``3月11日``,
  ``今年以来``, ``the fourth quarter``) are resolved against the document's publication date and
  marked ``anchor = "relative"``. Without a publication date they stay unresolved
  (``resolved = False``, no dates) and are reported, not guessed. Nothing reads today's date.
- **Forecasts** (``will``, ``plans to``, ``by 2028``, ``将``, ``预计`` ...; editable in
  ``data/forecast_markers.csv``) and dates after publication are flagged ``is_forecast``.
- Phone numbers, counts and model numbers are not years (``+1 212 318 2000``, ``H100``,
  ``1000P``, ``2,000 chips``).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from helpers.core.schema import typed
from helpers.core.lexicon import alternation
from helpers.extract.sentences import clause as _clause, sentence_spans
from helpers.extract.temporal import Temporal, find_temporal, resolve, shifted
from helpers.read.dates import date_bounds

EVENT_COLUMNS = [
    "event_id", "doc_id", "label", "source_kind", "event_type", "start", "end", "line", "quote", "date_text",
    "date_start", "date_end", "precision", "anchor", "relation", "is_forecast", "resolved", "note", "summary",
]
EVENT_DTYPES = {**{c: "str" for c in EVENT_COLUMNS}, "start": "Int64", "end": "Int64", "line": "Int64",
                "is_forecast": "bool", "resolved": "bool"}

# --------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _forecast_markers() -> re.Pattern[str]:
    return alternation("forecast_markers.csv")


# --------------------------------------------------------------------------- statements

@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """A line that is only a dateline (``data/datelines.csv``; case matters: a wire's place is in capitals)."""
    return re.compile(alternation("datelines.csv").pattern)


def _statement(text: str, spans: list[tuple[int, int]], t: Temporal) -> tuple[int, int]:
    """The sentence holding ``t``; for a date alone on its line (a timeline list), that line and the next.

    ``spans`` are in order and do not overlap (:func:`sentence_spans`), so the one that may
    hold ``t`` is found by bisection: a page of 50,000 dated lines stays fast."""
    i = bisect.bisect_right(spans, (t.start, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= t.start < spans[i][1]:
        s, e = spans[i]
        if text[s:e].strip() == t.text.strip() and i + 1 < len(spans):
            return s, spans[i + 1][1]
        return s, e
    return t.start, t.end


def is_forecast(sentence: str, t: Temporal, published: str | None, rel: tuple[int, int]) -> bool:
    """Forecast if the date lies after publication, or its clause speaks of the future."""
    if published and t.date_start and t.date_start[: len(published)] > published:
        return True
    if published and t.date_end and t.date_end < published:
        return False
    clause = _clause(sentence, *rel)
    if _forecast_markers().search(clause):
        return True
    return t.relation == "by" and bool(_forecast_markers().search(sentence))


def _doc_events(doc: tuple[str, str, str | None, str, str, str, str | None]) -> list[dict[str, object]]:
    """The statement events of one document: ``(doc_id, label, kind, clean_text, raw_text,
    offset_map, published)``."""
    from helpers.read.offsets import OffsetMap

    doc_id, label, kind, text, raw, omap_text, published = doc
    rows: list[dict[str, object]] = []
    if not text:
        return rows
    spans = sentence_spans(text)
    omap = OffsetMap.from_string(omap_text, len(text), raw)
    for t in find_temporal(text):
        t = shifted(text, resolve(t, published))  # ("two days before September 8": the 6th)
        s, e = _statement(text, spans, t)
        sentence = text[s:e]
        if _dateline().fullmatch(sentence.strip()):
            continue  # (a dateline standing alone, "中央社／ 開羅10日專電": the copy's date, no event)
        rows.append({
            "event_id": f"{doc_id}@{t.start}", "doc_id": doc_id, "label": label,
            "source_kind": kind, "event_type": "statement", "start": s, "end": e,
            "line": omap.position(omap.to_raw(t.start)).line,
            "quote": sentence, "date_text": t.text, "date_start": t.date_start, "date_end": t.date_end,
            "precision": t.precision, "anchor": t.anchor, "relation": t.relation,
            "is_forecast": is_forecast(sentence, t, published, (t.start - s, t.end - s)),
            "resolved": t.resolved, "note": t.note, "summary": _summary(sentence, t.text),
        })
    return rows


def build_timeline(docs: pd.DataFrame, include_publication: bool = True, workers: int = 1,
                   progress: bool | None = None) -> pd.DataFrame:
    """The events table: one row per dated statement, and per document's publication date.

    Sorted by ``date_start`` (unresolved last), then ``doc_id``, then position. Spans are into
    ``clean_text``; ``line`` is the raw file's line of the date expression. ``workers`` > 1 runs
    the documents on that many processes.
    """
    from helpers.core.parallel import map_docs

    published = [p if isinstance(p, str) else None for p in docs["published"]]
    items = list(zip(docs["doc_id"], docs["label"], docs["kind"], docs["clean_text"], docs["raw_text"],
                     docs["offset_map"], published))
    rows = [r for rs in map_docs(_doc_events, items, workers, progress, "timeline") for r in rs]
    if include_publication:
        rows += [_publication_row(docs, doc) for doc in docs.itertuples(index=False)
                 if isinstance(doc.published, str)]
    return order_events(pd.DataFrame(rows, columns=EVENT_COLUMNS))


def order_events(events: pd.DataFrame) -> pd.DataFrame:
    """The events table in its order (dated first, by date, document and position) with its
    declared types: also what joins tables built on parts of a corpus into the whole one's."""
    events = typed(events, EVENT_DTYPES)
    missing = events["date_start"].isna().to_numpy()
    events = events.assign(_missing=missing).sort_values(["_missing", "date_start", "doc_id", "start"],
                                                         kind="stable", na_position="last")
    return events.drop(columns="_missing").reset_index(drop=True)


def _summary(sentence: str, date_text: str, width: int = 110) -> str:
    """The statement without its timeline date prefix, shortened to ``width`` characters."""
    s = sentence
    if s.startswith(date_text + "\n"):  # a timeline list: the date line, then the statement
        s = s[len(date_text):].strip()
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def _publication_row(docs: pd.DataFrame, doc) -> dict[str, object]:
    import json

    published = doc.published
    precision = doc.published_precision or "day"
    bounds = date_bounds(published)  # (the first and last day of a month or a year written alone)
    s, e = (bounds[0].isoformat(), bounds[1].isoformat()) if bounds else (published, published)
    from helpers.clean.corpus import row_offset_map

    line, quote = None, f"{doc.published_source}: published {published}"
    for rs, re_, reason in json.loads(doc.removals):
        if reason == "dateline":  # the text's own dateline, where there is one
            line = row_offset_map(doc).position(rs).line
            quote = doc.raw_text[rs:re_]
            break
    name = doc.outlet if isinstance(doc.outlet, str) and doc.outlet else doc.label
    return {
        "event_id": f"{doc.doc_id}@published", "doc_id": doc.doc_id, "label": doc.label, "source_kind": doc.kind,
        "event_type": "publication", "start": None, "end": None, "line": line, "quote": quote,
        "date_text": published, "date_start": s, "date_end": e, "precision": precision, "anchor": "explicit",
        "relation": "on", "is_forecast": False, "resolved": True, "note": f"from the {doc.published_source}",
        "summary": f"{name} publishes “{doc.title}”" if isinstance(doc.title, str) else f"{name} publishes",
    }


# --------------------------------------------------------------------------- merging


def merge_events(events: pd.DataFrame, threshold: float = 0.3) -> pd.DataFrame:
    """Group statements about the same event across sources.

    Two statements from different documents join a group when their summaries are similar
    (TF-IDF cosine on word 1-2 grams >= ``threshold``, sparse nearest neighbours) or they
    quote the same named period. Adds ``group_id``, ``group_size``, ``group_sources`` and
    ``dates_disagree`` (the group's resolved date ranges do not all overlap).
    """
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors
    import scipy.sparse as sp

    out = events.copy()
    stmt = out.index[out["event_type"] == "statement"]
    n = len(out)
    graph = sp.lil_matrix((n, n), dtype=np.int8)
    if len(stmt) >= 2:
        texts = out.loc[stmt, "summary"].fillna("").tolist()
        X = TfidfVectorizer(ngram_range=(1, 2), stop_words="english", sublinear_tf=True).fit_transform(texts)
        nn = NearestNeighbors(radius=1 - threshold, metric="cosine", algorithm="brute").fit(X)
        dist, idx = nn.radius_neighbors(X)
        docs_of = out.loc[stmt, "doc_id"].to_numpy()
        for a, (ds, js) in enumerate(zip(dist, idx)):
            for d, b in zip(ds, js):
                if b != a and docs_of[a] != docs_of[b]:
                    graph[stmt[a], stmt[b]] = 1
    _, labels = connected_components(graph.tocsr(), directed=False)
    # number groups in table order so ids are stable
    order = {lab: i + 1 for i, lab in enumerate(dict.fromkeys(labels))}
    out["group_id"] = [f"G{order[lab]:03d}" for lab in labels]
    size = out.groupby("group_id")["doc_id"].transform("nunique")
    out["group_size"] = size
    out["group_sources"] = out.groupby("group_id")["label"].transform(lambda s: ";".join(sorted(set(s))))
    out["dates_disagree"] = out.groupby("group_id")["date_start"].transform(lambda s: False)
    for gid, g in out.groupby("group_id"):
        r = g[g["resolved"] & g["date_start"].notna()]
        if r["doc_id"].nunique() >= 2 and r["date_start"].max() > r["date_end"].min():
            out.loc[g.index, "dates_disagree"] = True
    return out


def format_date(start: str | None, end: str | None, precision: str) -> str:
    """A date range at its own precision: '2022', '2022-02', '2024 Q4', '2025-07-31', '2021–2025'."""
    if not start:
        return "unresolved"
    if precision == "day" or start == end:
        return start
    if precision == "month":
        return start[:7]
    if precision == "year":
        return start[:4]
    if precision == "quarter":
        return f"{start[:4]} Q{(int(start[5:7]) - 1) // 3 + 1}"
    if start.endswith("-01-01") and end and end.endswith("-12-31"):
        return f"{start[:4]}–{end[:4]}"
    return f"{start} – {end}"
