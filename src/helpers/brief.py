"""The brief: the figure set, and a draft in which every number cites the quote it comes from.

- :func:`figure_set` lists the brief's figures, each with the question it answers.
- :func:`export_figures` writes them (PNG, SVG, PDF, CSV, manifest) through :mod:`helpers.figures`.
- :func:`write_brief` fills ``data/brief_template.md`` from the tables: key findings, what each
  source says, conflicts, derivation and AI-generated text, forecasts, a timeline, the figures
  with captions, the sources and the method. Each number from a source gets a footnote
  ``[^cN]: label — “exact quote” — path, line L``; a quote that is page furniture (a dateline)
  is marked so. It then renders ``brief.html`` (self-contained) and ``brief.docx`` with pandoc
  (from ``pypandoc-binary``) and ``brief.pdf`` with pandoc's typst writer and ``typst``.

Outputs are written atomically and are byte-stable (fixed timestamps for DOCX and PDF).
"""
from __future__ import annotations

import csv
import os
import re
import string
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import matplotlib.pyplot as plt
import pandas as pd

from . import figures, plots
from .analysis import Analysis
from .atomic import write_bytes, write_text
from .claims import describe
from .corpus import offset_map
from .paths import DATA_DIR
from .timeline import format_date

#: a fixed time for DOCX and PDF metadata (1980-01-01, the earliest a ZIP entry can hold)
FIXED_EPOCH = 315532800
MAIN_SUBJECTS = ("data centres", "chips")
#: layout rules put before pandoc's typst output: long tables break across pages, cells read ragged-right
TYPST_PREAMBLE = """#show figure: set block(breakable: true)
#show table: set text(size: 8pt)
#show table.cell: set par(justify: false)
#set table(align: left)
"""
FOOTNOTE = re.compile(r"^\[\^(c\d+)\]: \*\*(?P<label>[^*]+)\*\* — “(?P<quote>.*)”(?P<furniture> \(page furniture\))? — "
                      r"`(?P<path>[^`]+)`, line (?P<line>\d+)\.$", re.M)


# --------------------------------------------------------------------------- figures


@dataclass
class FigureSpec:
    """One figure of the brief: its file name, the question it answers, how to draw it."""

    name: str
    question: str
    caption: str
    alt: str
    draw: Callable[[], tuple[plt.Figure, pd.DataFrame]]
    sources: list[str]


#: figures with a row per source show at most this many sources (a larger corpus: the sources
#: with the most claims on the main subjects, then the most claims; the caption says so)
FIGURE_MAX_DOCS = 30


def _figure_docs(a: Analysis) -> tuple[pd.DataFrame, str]:
    """The documents the per-source figures show, and the caption's note when not all of them."""
    if len(a.docs) <= FIGURE_MAX_DOCS:
        return a.docs, ""
    main = a.claims[a.claims["subject"].isin(MAIN_SUBJECTS)]["doc_id"].value_counts()
    every = a.claims["doc_id"].value_counts()
    ranked = sorted(a.docs["doc_id"], key=lambda d: (-main.get(d, 0), -every.get(d, 0), d))[:FIGURE_MAX_DOCS]
    shown = a.docs[a.docs["doc_id"].isin(ranked)]
    subjects = " and ".join(x.replace("_", " ") for x in MAIN_SUBJECTS)
    return shown, f" Showing the {len(shown)} sources with the most claims on {subjects}, of {len(a.docs)}."


def figure_set(a: Analysis) -> list[FigureSpec]:
    """The brief's figures, in reading order."""
    docs, note = _figure_docs(a)
    all_ids = list(docs["doc_id"])
    claims = a.claims[a.claims["doc_id"].isin(all_ids)]
    events = a.events[a.events["doc_id"].isin(all_ids)]
    ranges = claims[claims["subject"].isin(MAIN_SUBJECTS)]
    return [
        FigureSpec("claims_by_source", "What does each source say, claim by claim?",
                   "What each source says, subject by subject, with its hedge (* forecast)." + note,
                   "A grid with one row per source and one column per subject; each cell gives the source's "
                   "number as a value or range.", lambda: plots.claim_matrix(claims, docs), all_ids),
        FigureSpec("number_ranges", "Which numbers disagree?",
                   "Data centres and chips: each source's number as a point with the range its hedge allows."
                   + note,
                   "Two panels of horizontal ranges, one row per source: data-centre counts and chip counts "
                   "(log scale).", lambda: plots.number_ranges(claims, docs, MAIN_SUBJECTS),
                   sorted(set(ranges["doc_id"])) or all_ids),
        FigureSpec("similarity", "Who copied whom?",
                   "How similar the sources are (character n-gram cosine); boxed cells mark a derivation found "
                   "in the corpus.", "Heat map of pairwise similarity between the sources, with derivations boxed.",
                   lambda: plots.similarity(a.pairs, a.docs, a.derived), list(a.docs["doc_id"])),
        FigureSpec("timeline", "When did things happen, and what is forecast?",
                   "Dated statements in the sources, drawn over the span each date stands for; hatched: "
                   "forecasts; diamonds: publication dates." + note,
                   "Timeline with one row per dated statement; bars span the month, quarter, year or period "
                   "each date stands for, coloured by source kind; forecasts hatched.",
                   lambda: plots.timeline(events), sorted(set(events["doc_id"])) or all_ids),
        FigureSpec("boilerplate_share", "How much of each source is page furniture?",
                   "Share of each source's text that is page furniture rather than article." + note,
                   "Horizontal bars, one per source, splitting its text into article and boilerplate shares.",
                   lambda: plots.boilerplate_share(docs), all_ids),
    ]


def export_figures(a: Analysis, out: Path, show: bool = False) -> pd.DataFrame:
    """Draw and export every figure of :func:`figure_set`; return the manifest rows written."""
    rows = []
    for spec in figure_set(a):
        fig, data = spec.draw()
        rec = figures.export(fig, spec.name, caption=spec.caption, alt=spec.alt, sources=spec.sources,
                             data=data, docs=a.docs, out=out)
        rows.append({"name": spec.name, "question": spec.question, **{k: rec[k] for k in ("caption", "png_sha256")}})
        if show:
            plt.show()
        plt.close(fig)
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- citations


class Citations:
    """Footnotes for quotes: one per distinct (document, span), numbered in order of use."""

    def __init__(self, docs: pd.DataFrame) -> None:
        self.docs = docs.set_index("doc_id", drop=False)
        self.notes: list[str] = []
        self.keys: dict[tuple[str, int, int], str] = {}

    def quote(self, doc_id: str, start: int, end: int) -> str:
        """Footnote marker for clean-text span ``[start, end)`` of a document."""
        doc = self.docs.loc[doc_id]
        span = doc["clean_text"][start:end]
        if "\n" in span:  # a multi-line span (a timeline entry): cite its longest line, exactly
            lines = span.split("\n")
            best = max(range(len(lines)), key=lambda i: len(lines[i]))
            start += sum(len(x) + 1 for x in lines[:best])
            end = start + len(lines[best])
        key = (doc_id, start, end)
        if key not in self.keys:
            raw = offset_map(self.docs, doc_id).to_raw(start)
            line = offset_map(self.docs, doc_id).position(raw).line
            text = doc["clean_text"][start:end]
            self.keys[key] = self._add(doc["label"], text, doc["path"], line, furniture=False)
        return f"[^{self.keys[key]}]"

    def raw(self, doc_id: str, raw_start: int, raw_end: int) -> str:
        """Footnote marker for raw-text span that is not in the clean text (e.g. a dateline)."""
        key = (doc_id, -raw_start - 1, -raw_end - 1)
        if key not in self.keys:
            doc = self.docs.loc[doc_id]
            line = offset_map(self.docs, doc_id).position(raw_start).line
            text = " ".join(doc["raw_text"][raw_start:raw_end].split())
            self.keys[key] = self._add(doc["label"], text, doc["path"], line, furniture=True)
        return f"[^{self.keys[key]}]"

    def claim(self, row) -> str:
        """Footnote for a claim: its sentence, located in the clean text."""
        text = self.docs.loc[row["doc_id"], "clean_text"]
        s = text.find(row["quote"], max(0, row["start"] - len(row["quote"])))
        if not 0 <= s <= row["start"]:
            s, n = row["start"], row["end"] - row["start"]  # fall back to the number's own words
        else:
            n = len(row["quote"])
        return self.quote(row["doc_id"], s, s + n)

    def _add(self, label: str, text: str, path: str, line: int, furniture: bool) -> str:
        n = f"c{len(self.notes) + 1}"
        mark = " (page furniture)" if furniture else ""
        self.notes.append(f"[^{n}]: **{label}** — “{text}”{mark} — `{path}`, line {line}.")
        return n

    def markdown(self) -> str:
        return "\n".join(self.notes)


# --------------------------------------------------------------------------- sections


def _label(a: Analysis, doc_id: str) -> str:
    return a.docs.loc[a.docs["doc_id"] == doc_id, "label"].item()


def _claim_phrase(row, cite: Citations) -> str:
    fc = " (forecast)" if row["is_forecast"] else ""
    return f"{describe(row)} (“{row['text']}”){fc}{cite.claim(row)}"


def _findings(a: Analysis, cite: Citations) -> str:
    out = []
    n = len(a.docs)
    for subject in MAIN_SUBJECTS:
        sub = a.claims[a.claims["subject"] == subject].drop_duplicates(["doc_id", "text"])
        if sub.empty:
            continue
        conf = a.conflicts[(a.conflicts["kind"] == "numeric") & (a.conflicts["subject"] == subject)]
        lo = sub.loc[sub["value_low"].idxmin()]
        top = sub.loc[sub["value_low"].idxmax()]
        name = subject.replace("_", " ")
        text = (f"- **{name.capitalize()}**: {sub['doc_id'].nunique()} of {n} sources give a number, from "
                f"{_label(a, lo['doc_id'])}'s {describe(lo)} (“{lo['text']}”){cite.claim(lo)} to "
                f"{_label(a, top['doc_id'])}'s {describe(top)} (“{top['text']}”){cite.claim(top)}")
        if len(conf):
            worst = conf.sort_values("ratio", ascending=False).iloc[0]
            text += (f"; {len(conf)} pairs of sources disagree, the furthest apart about {worst['ratio']:.0f}x "
                     f"({worst['label_a']} vs {worst['label_b']}).") if worst["ratio"] >= 2 else \
                f"; {len(conf)} pairs of sources disagree, none by more than {conf['ratio'].max():.2f}x."
        else:
            text += "; their ranges all overlap."
        out.append(text)
    places = a.conflicts[a.conflicts["kind"] == "place"]
    for r in places.itertuples():
        s = _span(a, r.doc_a, r.quote_a)
        out.append(f"- **A misplaced county**: {r.label_a} writes “{r.value_a}”{cite.quote(r.doc_a, *s)}; {r.evidence}.")
    names = a.conflicts[a.conflicts["kind"] == "name"]
    for r in names.itertuples():
        s = _span(a, r.doc_a, r.quote_a)
        out.append(f"- **A garbled name**: {r.label_a} writes “{r.quote_a}”{cite.quote(r.doc_a, *s)}; {r.evidence}.")
    ai = a.types[a.types["ai_generated"]]
    for r in ai.itertuples():
        out.append(f"- **AI-generated text**: {r.label} says so itself ({r.ai_evidence}).")
    agreed = _agreed_places(a)
    if agreed:
        out.append(f"- **Agreed**: {agreed}.")
    return "\n".join(out)


def _agreed_places(a: Analysis) -> str:
    places = a.entities[(a.entities["type"] == "place") & a.entities["kind"].isin(["region", "prefecture", "county"])]
    counts = places.groupby("canonical")["doc_id"].nunique().sort_values(ascending=False, kind="stable")
    n = len(a.docs)
    named = [f"{p} is named by {c} of {n} sources" for p, c in counts.items() if c >= max(2, n // 2)]
    return "; ".join(named)


def _span(a: Analysis, doc_id: str, quote: str) -> tuple[int, int]:
    text = a.docs.loc[a.docs["doc_id"] == doc_id, "clean_text"].item()
    s = text.find(quote)
    return (s, s + len(quote)) if s >= 0 else (0, min(len(text), 80))


def _claims_table(a: Analysis, cite: Citations) -> str:
    lines = ["| Source | Kind | Data centres | Chips | Other numbers |",
             "|--------|--------|---------------|---------------------|-------------------------|"]
    for doc in a.docs.itertuples():
        c = a.claims[(a.claims["doc_id"] == doc.doc_id) & a.claims["subject"].notna()].drop_duplicates(["subject", "text"])
        cells = []
        for subject in MAIN_SUBJECTS:
            cells.append("; ".join(_claim_phrase(r, cite) for _, r in c[c["subject"] == subject].iterrows()) or "—")
        other = c[~c["subject"].isin(MAIN_SUBJECTS)]
        cells.append("; ".join(f"{r['subject'].replace('_', ' ')}: " + _claim_phrase(r, cite)
                               for _, r in other.iterrows()) or "—")
        lines.append(f"| {doc.label} | {doc.kind or '—'} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _conflicts(a: Analysis, cite: Citations) -> str:
    num = a.conflicts[a.conflicts["kind"] == "numeric"]
    if num.empty:
        return "The sources' numbers do not contradict each other."
    lines = ["| Subject | Source | Says | Source | Says | How far apart | Severity |",
             "|----------|----------|------------|----------|------------|--------|--------|"]
    claims = a.claims.set_index("claim_id")
    for r in num.itertuples():
        ca, cb = claims.loc[r.claim_a], claims.loc[r.claim_b]
        ra = {**ca.to_dict(), "claim_id": r.claim_a}
        rb = {**cb.to_dict(), "claim_id": r.claim_b}
        lines.append(f"| {r.subject.replace('_', ' ')} | {r.label_a} | {r.value_a}{cite.claim(ra)} | {r.label_b} | "
                     f"{r.value_b}{cite.claim(rb)} | {r.ratio:.2f}x | {r.severity} |")
    return "\n".join(lines) + "\n\nTwo claims conflict when the ranges their hedges allow do not overlap; " \
        "“how far apart” compares their representative values."


def _derivation(a: Analysis, cite: Citations) -> str:
    out = []
    for r in a.derived.itertuples():
        if isinstance(r.derived_from, str):
            out.append(f"- **{r.label}** derives from **{r.source_label}** (confidence {r.confidence:.1f}): {r.evidence}.")
        elif isinstance(r.source_label, str):
            out.append(f"- **{r.label}** {r.evidence}.")
        else:
            out.append(f"- **{r.label}**: {r.evidence}.")
    for r in a.types.itertuples():
        ai = f"; AI-generated: {r.ai_evidence}" if r.ai_generated else ""
        out.append(f"- {r.label} reads as **{r.kind_inferred}** ({r.kind_evidence}){ai}.")
    return "\n".join(out)


def _forecasts(a: Analysis, cite: Citations) -> str:
    out = []
    fc = a.claims[a.claims["is_forecast"]].drop_duplicates(["doc_id", "text"])
    for _, r in fc.iterrows():
        out.append(f"- {r['label']}: {r['subject'].replace('_', ' ') if isinstance(r['subject'], str) else 'number'} "
                   f"{describe(r)} (“{r['text']}”){cite.claim(r)}")
    ev = a.events[(a.events["event_type"] == "statement") & a.events["is_forecast"]]
    for r in ev.itertuples():
        out.append(f"- {r.label}: {r.date_text} ({r.precision}), “{r.summary}”{cite.quote(r.doc_id, int(r.start), int(r.end))}")
    return "\n".join(out) or "No source makes a forecast."


def _timeline(a: Analysis, cite: Citations) -> str:
    lines = ["| When | Precision | Source | What | Anchor |",
             "|----------|--------|----------|----------------------------------------|--------|"]
    unresolved = []
    for r in a.events.itertuples():
        if r.event_type == "publication":
            doc = a.docs.loc[a.docs["doc_id"] == r.doc_id].iloc[0]
            mark = ""
            for rs, re_, reason in __import__("json").loads(doc["removals"]):
                if reason == "dateline":
                    mark = cite.raw(r.doc_id, rs, re_)
                    break
            lines.append(f"| {r.date_text} | {r.precision} | {r.label} | published{mark} (date from the "
                         f"{doc['published_source']}) | explicit |")
            continue
        if not r.resolved:
            unresolved.append(f"“{r.date_text}” in {r.label}{cite.quote(r.doc_id, int(r.start), int(r.end))} "
                              f"({r.note})")
            continue
        when = format_date(r.date_start, r.date_end, r.precision)
        fc = " (forecast)" if r.is_forecast else ""
        lines.append(f"| {when} | {r.precision} | {r.label} | {r.summary}{fc}"
                     f"{cite.quote(r.doc_id, int(r.start), int(r.end))} | {r.anchor} |")
    text = "\n".join(lines)
    if unresolved:
        text += "\n\nNot placed on the calendar: " + "; ".join(unresolved) + "."
    return text


def _figures(manifest: pd.DataFrame, rel: str) -> str:
    out = []
    for r in manifest.itertuples():
        alt = r.alt.replace('"', "'")
        out.append(f"![{r.caption}]({rel}/{r.name}.png){{fig-alt=\"{alt}\" width=100%}}\n")
    return "\n".join(out)


def _sources(a: Analysis) -> str:
    lines = ["| Label | Outlet | Kind | Published | File | sha256 |",
             "|--------|------------|--------|----------|--------------------------|--------------|"]
    for d in a.docs.itertuples():
        outlet = d.outlet if isinstance(d.outlet, str) else (f"credits {d.credit}" if isinstance(d.credit, str) else "—")
        lines.append(f"| {d.label} | {outlet} | {d.kind or '—'} | {d.published if isinstance(d.published, str) else 'undated'}"
                     f" | `{d.path}` | `{d.sha256[:12]}` |")
    return "\n".join(lines)


METHOD = """Numbers are read from the cleaned texts with their hedges (“approximately”, “more than”,
“tens of thousands”) and turned into ranges; two sources conflict when their ranges do not
overlap. Subjects, hedges, places and source markers come from editable data files in
`src/helpers/data/`. Derivation is a guess from attribution phrases, shared wording, shared
numbers and publication order, with its evidence shown. Relative dates are anchored on a
source's publication date and left unplaced when it is unknown. Quotes in the footnotes are
exact; line numbers refer to the raw files, which the package never modifies."""


def _scoped(a: Analysis) -> tuple[Analysis, str]:
    """The analysis the brief covers: all of it, or for a large corpus the sources the figures
    show (:func:`_figure_docs`), with a sentence saying so."""
    docs, note = _figure_docs(a)
    if not note:
        return a, ""
    ids = set(docs["doc_id"])
    def of(t: pd.DataFrame, col: str = "doc_id") -> pd.DataFrame:
        return t[t[col].isin(ids)].reset_index(drop=True)
    conflicts = a.conflicts[a.conflicts["doc_a"].isin(ids) & (a.conflicts["doc_b"].isin(ids) | a.conflicts["doc_b"].isna())]
    scoped = Analysis(docs=docs.reset_index(drop=True), claims=of(a.claims), entities=of(a.entities),
                      conflicts=conflicts.reset_index(drop=True), pairs=of(of(a.pairs, "doc_a"), "doc_b"),
                      derived=of(a.derived), types=of(a.types), events=of(a.events))
    return scoped, (f"*This corpus has {len(a.docs)} documents. This brief covers {len(docs)} of them, the "
                    f"ones with the most claims on the main subjects; the notebooks' tables cover them all.*")


def brief_markdown(a: Analysis, manifest: pd.DataFrame, figures_rel: str = "../figures") -> str:
    """The brief as Markdown (template filled, footnotes appended). A corpus larger than
    ``FIGURE_MAX_DOCS`` is briefed on the sources the figures show, and the brief says so."""
    a, scope = _scoped(a)
    cite = Citations(a.docs)
    template = string.Template((DATA_DIR / "brief_template.md").read_text(encoding="utf-8"))
    sections = {
        "findings": (scope + "\n\n" if scope else "") + _findings(a, cite), "claims_table": _claims_table(a, cite), "conflicts": _conflicts(a, cite),
        "derivation": _derivation(a, cite), "forecasts": _forecasts(a, cite), "timeline": _timeline(a, cite),
    }
    body = template.substitute(
        title="China's AI data centres in Xinjiang: what the sources say", n_docs=len(a.docs),
        figures=_figures(manifest, figures_rel), sources=_sources(a), method=METHOD, **sections)
    return body.rstrip() + "\n\n" + cite.markdown() + "\n"


def read_manifest(figures_dir: Path) -> pd.DataFrame:
    """The figures manifest, in the brief's figure order where known."""
    with open(figures_dir / "MANIFEST.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    order = [s for s in ("claims_by_source", "number_ranges", "similarity", "timeline", "boilerplate_share")]
    rows.sort(key=lambda r: (order.index(r["name"]) if r["name"] in order else len(order), r["name"]))
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- rendering


def _pandoc(md: Path, fmt: str, extra: list[str]) -> bytes:
    import pypandoc

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"out.{fmt}"
        env_before = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = str(FIXED_EPOCH)
        try:
            pypandoc.convert_file(str(md), fmt if fmt != "typ" else "typst", outputfile=str(target),
                                  extra_args=extra, sandbox=False)
        finally:
            if env_before is None:
                os.environ.pop("SOURCE_DATE_EPOCH", None)
            else:
                os.environ["SOURCE_DATE_EPOCH"] = env_before
        return target.read_bytes()


def render(md_path: Path, figures_dir: Path | None = None) -> dict[str, Path]:
    """Render ``brief.md`` to self-contained HTML, DOCX and (via typst) PDF beside it."""
    import datetime as dt

    import typst

    folder = md_path.parent
    resource = f"--resource-path={folder}{os.pathsep}{folder.parent}"
    out: dict[str, Path] = {}
    html = _pandoc(md_path, "html", ["--standalone", "--embed-resources", resource,
                                     f"--css={DATA_DIR / 'brief.css'}"])
    out["html"] = write_bytes(folder / "brief.html", html)
    out["docx"] = write_bytes(folder / "brief.docx", _pandoc(md_path, "docx", [resource]))
    typ = TYPST_PREAMBLE + _pandoc(md_path, "typ", ["--standalone", resource]).decode("utf-8")
    typ_path = write_text(folder / "brief.typ", typ)
    fonts = [str(p) for p in _font_dirs()]
    root = os.path.commonpath([str(folder.resolve()), str((figures_dir or folder.parent).resolve())])
    stamp = dt.datetime.fromtimestamp(FIXED_EPOCH, dt.timezone.utc)
    try:
        pdf = typst.compile(str(typ_path), root=root, font_paths=fonts, ignore_system_fonts=True, timestamp=stamp)
    except typst.TypstError as exc:  # typst-pdf 0.15 can fail building accessibility tags on long tables
        if "internal error" not in str(exc):
            raise
        warnings.warn(f"brief.pdf is written without accessibility tags: typst failed to tag it ({exc})",
                      stacklevel=2)
        pdf = typst.compile(str(typ_path), root=root, font_paths=fonts, ignore_system_fonts=True, timestamp=stamp,
                            pdf_tags=False)
    out["pdf"] = write_bytes(folder / "brief.pdf", pdf)
    typ_path.unlink()
    return out


def _font_dirs() -> list[Path]:
    import mplfonts
    import matplotlib

    return [Path(matplotlib.get_data_path()) / "fonts" / "ttf", Path(mplfonts.__file__).parent / "fonts"]


def write_brief(a: Analysis, figures_dir: Path, brief_dir: Path, formats: bool = True) -> dict[str, Path]:
    """Write ``brief.md`` (and its renderings) into ``brief_dir`` from the tables and figure manifest."""
    manifest = read_manifest(figures_dir)
    rel = os.path.relpath(figures_dir, brief_dir).replace(os.sep, "/")
    md = brief_markdown(a, manifest, rel)
    md_path = write_text(brief_dir / "brief.md", md)
    out = {"md": md_path}
    if formats:
        out.update(render(md_path, figures_dir))
    return out


def parse_footnotes(md: str) -> pd.DataFrame:
    """The brief's footnotes as a table (label, quote, page furniture or not, path, line)."""
    rows = [(m.group(1), m.group("label"), m.group("quote"), bool(m.group("furniture")), m.group("path"),
             int(m.group("line"))) for m in FOOTNOTE.finditer(md)]
    return pd.DataFrame(rows, columns=["note", "label", "quote", "furniture", "path", "line"])


def check_citations(md: str, docs: pd.DataFrame, corpus_paths: bool = True) -> pd.DataFrame:
    """For every footnote: is its quote in the cited document's clean text (or, for page
    furniture, its raw text), and does the cited raw line hold the quote's start?"""
    by_path = docs.set_index("path")
    rows = []
    for f in parse_footnotes(md).itertuples():
        doc = by_path.loc[f.path]
        in_text = f.quote in (doc["raw_text"] if f.furniture else doc["clean_text"])
        lines = doc["raw_text"].split("\n")
        on_line = 1 <= f.line <= len(lines) and f.quote[:40] in lines[f.line - 1]
        rows.append((f.note, doc["label"], f.line, in_text, on_line, f.quote[:60]))
    return pd.DataFrame(rows, columns=["note", "label", "line", "quote_in_text", "quote_on_line", "quote"])
