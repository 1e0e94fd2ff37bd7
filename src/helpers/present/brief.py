"""The brief an analyst would send: a bottom line, ranked findings with their confidence,
numbered figures, the sources, what to check next, the method, and every quoted passage.

- :func:`figure_set` lists the brief's figures, each with the question it answers.
- :func:`export_figures` writes them (PNG, SVG, PDF, CSV, manifest) through :mod:`helpers.present.figures`.
- :func:`write_brief` builds the brief as a pandoc document tree (:mod:`helpers.present.brief_ast`),
  so no text from a source can become markup, following ``data/brief_template.md``; it checks
  every quoted passage against its source (:func:`verify_citations`) and writes ``brief.md``,
  then ``brief.html`` (self-contained), ``brief.docx`` and ``brief.pdf`` with a sandboxed
  pandoc and typst (:mod:`helpers.present.brief_render`).

The title is the story's (``STORY.toml`` or a build parameter, :mod:`helpers.story`), else an
honest one from the corpus. Outputs are written atomically and are byte-stable.
"""
from __future__ import annotations

import base64
import csv
import dataclasses
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import matplotlib.pyplot as plt
import pandas as pd

from helpers.present import brief_ast as A
from helpers.present import brief_findings
from helpers.present import brief_sections
from helpers.present import figures
from helpers.present import plots
from helpers.analysis import Analysis
from helpers.core.atomic import write_bytes, write_text
from helpers.present.brief_cite import CitationError, Citations, check_citations, parse_passages, verify_citations  # noqa: F401
from helpers.present.brief_render import FIXED_EPOCH, pandoc_json, render, to_markdown  # noqa: F401
from helpers.present.brief_sources import generic_title, main_subjects, source_view, subject_name
from helpers.core.errors import CorpusError
from helpers.core.paths import DATA_DIR
from helpers.story import Story

#: figures with a row per source show at most this many sources (a larger corpus: the sources
#: with the most claims on the main subjects, then the most claims; the caption says so)
FIGURE_MAX_DOCS = 30
#: the question each figure answers, for the sentence that refers to it
QUESTIONS = {"number_ranges": "Which numbers agree, and which do not?", "provenance": "Who retells whom?",
             "timeline": "When did things happen, and what is only forecast?"}
_NAME = re.compile(r"[a-z0-9_]+\Z")


@dataclass
class FigureSpec:
    """One figure of the brief: its file name, the question it answers, how to draw it."""

    name: str
    question: str
    caption: str
    alt: str
    draw: Callable[[], tuple[plt.Figure, pd.DataFrame]]
    sources: list[str]


def _main(a: Analysis, story: Story | None = None) -> list[str]:
    return main_subjects(a, source_view(a), story.subjects if story else ())


def _figure_docs(a: Analysis, main: list[str] | None = None) -> tuple[pd.DataFrame, str]:
    """The documents the per-source figures show, and the caption's note when not all of them."""
    if len(a.docs) <= FIGURE_MAX_DOCS:
        return a.docs, ""
    main = _main(a) if main is None else main
    keys = a.claims["subject"].map(subject_name)
    on_main = a.claims[keys.isin(main)]["doc_id"].value_counts()
    every = a.claims["doc_id"].value_counts()
    ranked = sorted(a.docs["doc_id"], key=lambda d: (-on_main.get(d, 0), -every.get(d, 0), d))[:FIGURE_MAX_DOCS]
    shown = a.docs[a.docs["doc_id"].isin(ranked)]
    subjects = " and ".join(main) or "any subject"
    return shown, f" Showing the {len(shown)} sources with the most claims on {subjects}, of {len(a.docs)}."


def figure_set(a: Analysis, story: Story | None = None) -> list[FigureSpec]:
    """The brief's figures, in reading order (diagnostics such as boilerplate share are in the notebooks)."""
    main = _main(a, story)
    docs, note = _figure_docs(a, main)
    ids = list(docs["doc_id"])
    claims = a.claims[a.claims["doc_id"].isin(ids)]
    events = a.events[a.events["doc_id"].isin(ids)]
    view = source_view(a)
    ai = frozenset(view.loc[view["ai_generated"], "doc_id"])
    kinds = dict(zip(view["doc_id"], view["kind"]))
    subjects = " and ".join(main) or "the main subjects"
    return [
        FigureSpec("number_ranges", "Which numbers disagree?",
                   f"What the sources say about {subjects}: each source's number (dot) and the range its hedge "
                   "allows (bar); open circles are forecasts, AI-written sources are marked." + note,
                   f"One panel per subject ({subjects}), one row per source, horizontal bars for the range each "
                   "source's wording allows.", lambda: plots.number_ranges(claims, docs, tuple(main), ai, kinds),
                   sorted(set(claims.loc[claims["subject"].map(subject_name).isin(main), "doc_id"])) or ids),
        FigureSpec("provenance", "Who retells whom?",
                   "Who retells whom: an arrow runs from a source to the one it retells; sources outside the "
                   "corpus are dashed; each shaded band is one independent source.",
                   "Diagram of the sources as boxes in bands, one band per independent group, with arrows from "
                   "each retelling to what it retells.", lambda: plots.provenance(view), list(a.docs["doc_id"])),
        FigureSpec("timeline", "When did things happen, and what is forecast?",
                   "Dated statements: bars span the month, quarter or year a date stands for; forecasts and "
                   "AI-written statements are drawn apart; diamonds are publication dates." + note,
                   "Timeline with one row per event, bars over the span each date covers, forecasts in their "
                   "own panel.", lambda: plots.timeline(events, view), sorted(set(events["doc_id"])) or ids),
    ]


def _need_documents(a: Analysis) -> None:
    """A clear error, not a traceback from a table, when no document was loaded."""
    if a.docs is None or not len(a.docs):
        raise CorpusError("no document was loaded, so there is nothing to draw or brief: "
                          "see the problems table (Analysis.problems) for why each file was left out")


def export_figures(a: Analysis, out: Path, show: bool = False, story: Story | None = None) -> pd.DataFrame:
    """Draw and export every figure of :func:`figure_set`; return the manifest rows written."""
    _need_documents(a)
    rows = []
    for spec in figure_set(a, story):
        fig, data = spec.draw()
        rec = figures.export(fig, spec.name, caption=spec.caption, alt=spec.alt, sources=spec.sources,
                             data=data, docs=a.docs, out=out)
        rows.append({"name": spec.name, "question": spec.question, **{k: rec[k] for k in ("caption", "png_sha256")}})
        if show:
            plt.show()
        plt.close(fig)
    return pd.DataFrame(rows)


def read_manifest(figures_dir: Path) -> pd.DataFrame:
    """The figures manifest (figures with a safe file name only)."""
    path = Path(figures_dir) / "MANIFEST.csv"
    if not path.exists():
        return pd.DataFrame(columns=["name", "caption", "alt"])
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if _NAME.match(r.get("name", ""))]
    return pd.DataFrame(rows, columns=["name", "caption", "alt"]) if rows else pd.DataFrame(
        columns=["name", "caption", "alt"])


# --------------------------------------------------------------------------- the document


def _scoped(a: Analysis) -> tuple[Analysis, str]:
    """All of the analysis, or for a large corpus the sources the figures show, with a note."""
    docs, note = _figure_docs(a)
    if not note:
        return a, ""
    ids = set(docs["doc_id"])

    def of(t: pd.DataFrame | None, col: str = "doc_id") -> pd.DataFrame | None:
        return t[t[col].isin(ids)].reset_index(drop=True) if isinstance(t, pd.DataFrame) and col in t else t

    conflicts = a.conflicts[a.conflicts["doc_a"].isin(ids) & (a.conflicts["doc_b"].isin(ids) | a.conflicts["doc_b"].isna())]
    extra = {f.name: of(getattr(a, f.name)) for f in dataclasses.fields(a) if f.name == "provenance"}
    scoped = dataclasses.replace(a, docs=docs.reset_index(drop=True), claims=of(a.claims), entities=of(a.entities),
                                 conflicts=conflicts.reset_index(drop=True), pairs=of(of(a.pairs, "doc_a"), "doc_b"),
                                 derived=of(a.derived), types=of(a.types), events=of(a.events), **extra)
    return scoped, (f"This corpus has {len(a.docs)} documents. This brief covers {len(docs)} of them, the "
                    f"ones with the most claims on the main subjects; the notebooks' tables cover them all.")


def _template() -> list[str]:
    text = (DATA_DIR / "brief_template.md").read_text(encoding="utf-8")
    return re.sub(r"<!--.*?-->", "", text, flags=re.S).splitlines()


def _figure_numbers(manifest: pd.DataFrame) -> dict[str, int]:
    """Figure numbers in the order the template places the figures that exist."""
    have = set(manifest["name"])
    order = [ln.split(":", 1)[1].strip() for ln in _template() if ln.startswith("$figure:")]
    return {name: i + 1 for i, name in enumerate(n for n in order if n in have)}


def _figure_blocks(name: str, manifest: pd.DataFrame, numbers: dict[str, int], src: Callable[[str], str]) -> list:
    if name not in numbers:
        return []
    r = manifest[manifest["name"] == name].iloc[0]
    n = numbers[name]
    question = QUESTIONS.get(name, "")
    ref = A.para(f"{question} See Figure ".lstrip(), A.link(f"#fig-{name}", str(n)), ".")
    return [ref, A.figure(f"fig-{name}", src(name), A.inlines(A.strong(f"Figure {n}."), " ", r["caption"]), r["alt"])]


def brief_tree(a: Analysis, manifest: pd.DataFrame, story: Story | None = None,
               src: Callable[[str], str] = lambda n: f"../figures/{n}.png") -> dict:
    """The brief as a pandoc document tree; ``src`` gives each figure's image address."""
    story = story or Story()
    full_n = len(a.docs)
    title = story.title or generic_title(a, source_view(a))
    a, scope = _scoped(a)
    view = source_view(a)
    main = main_subjects(a, view, story.subjects)
    cite = Citations(a.docs)
    found = brief_findings.findings(a, view, cite, main)
    sections = {
        "bottom_line": [brief_findings.bottom_line(a, view, found, full_n)] + ([A.para(A.emph(scope))] if scope else []),
        "findings": brief_findings.blocks(found), "conflicts": brief_sections.conflicts(a, cite),
        "provenance": brief_sections.provenance(view), "timeline": brief_sections.timeline(a, cite),
        "by_source": brief_sections.by_source(a, cite, main), "sources": brief_sections.sources(view),
        "check_next": brief_sections.check_next(a, view, found), "method": brief_sections.method(a, view),
    }
    numbers = _figure_numbers(manifest)
    blocks: list = []
    for line in _template():
        if m := re.match(r"## (.+?) \{#([a-z-]+)\}$", line):
            blocks.append(A.header(2, m.group(2), m.group(1)))
        elif line.startswith("$figure:"):
            blocks += _figure_blocks(line.split(":", 1)[1].strip(), manifest, numbers, src)
        elif line.startswith("$passages"):
            blocks += cite.blocks()
        elif line.startswith("$"):
            blocks += sections[line[1:].strip()]
        elif line.strip():
            blocks.append(A.para(line.strip()))
    subtitle = story.subtitle or f"A brief from {full_n} source{'s' if full_n != 1 else ''}; every quoted " \
                                 "passage is traced to its file and line"
    return A.document(title, subtitle, blocks)


def brief_markdown(a: Analysis, manifest: pd.DataFrame, figures_rel: str = "../figures",
                   story: Story | None = None) -> str:
    """The brief as Markdown, written by pandoc from the document tree (all text escaped)."""
    return to_markdown(brief_tree(a, manifest, story, lambda n: f"{figures_rel}/{n}.png"))


def _has_data(figures_dir: Path, name: str) -> bool:
    """Is the figure there, with at least one row of data (an empty chart is left out)?"""
    png, data = figures_dir / f"{name}.png", figures_dir / f"{name}.csv"
    if not png.is_file():
        return False
    return not data.is_file() or len(data.read_text(encoding="utf-8").strip().splitlines()) > 1


def write_brief(a: Analysis, figures_dir: Path, brief_dir: Path, formats: bool = True,
                story: Story | None = None) -> dict[str, Path]:
    """Write ``brief.md`` (and its renderings) into ``brief_dir``; raise :class:`CitationError`
    if any quoted passage cannot be traced to its source."""
    _need_documents(a)
    figures_dir, brief_dir = Path(figures_dir), Path(brief_dir)
    manifest = read_manifest(figures_dir)
    keep = pd.Series([_has_data(figures_dir, n) for n in manifest["name"]], index=manifest.index, dtype=bool)
    manifest = manifest[keep]  # (a boolean Series: with no figures a plain list would select no columns)
    rel = os.path.relpath(figures_dir, brief_dir).replace(os.sep, "/")
    tree = brief_tree(a, manifest, story, lambda n: f"{rel}/{n}.png")
    md = to_markdown(tree)
    verify_citations(md, a.docs)
    brief_dir.mkdir(parents=True, exist_ok=True)
    out = {"md": write_text(brief_dir / "brief.md", md)}
    if formats:
        def data_uri(name: str) -> str:
            return "data:image/png;base64," + base64.b64encode((figures_dir / f"{name}.png").read_bytes()).decode()
        embedded = _retarget(tree, data_uri)
        trees = {"html": embedded, "docx": embedded, "typst": tree}
        root = Path(os.path.commonpath([str(brief_dir.resolve()), str(figures_dir.resolve())]))
        for fmt, blob in render(trees, brief_dir, root).items():
            out[fmt] = write_bytes(brief_dir / f"brief.{fmt}", blob)
    return out


def _retarget(tree: dict, src: Callable[[str], str]) -> dict:
    """A copy of ``tree`` whose figure images point at ``src(name)``."""
    import copy

    out = copy.deepcopy(tree)
    for node in A.walk(out):
        if node.get("t") == "Image":
            name = node["c"][2][0].rsplit("/", 1)[-1].removesuffix(".png")
            node["c"][2][0] = src(name)
    return out


def parse_footnotes(md: str) -> pd.DataFrame:
    """The brief's quoted passages (kept under its former name)."""
    return parse_passages(md)
