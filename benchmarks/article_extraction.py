"""Article extraction on real news pages: helpers.clean.cleaner vs trafilatura, readability-lxml, jusText.

The pages and their hand-marked article bodies live outside the project, read-only, in
``../shared/benchmarks/article-extraction`` beside the repository root (88 gzipped HTML pages,
``ground-truth.json`` and the benchmark's own ``evaluate.py``; see its README). Each page is
written to a temporary folder as ``<id>.html``, the folder is loaded with
``helpers.load_corpus`` and its ``clean_text`` is scored with the benchmark's own metric
(4-gram shingles over ``\\w+`` tokens, per-page precision and recall averaged over pages).
The peers run on the same pages in the same run. Time is wall and CPU time of this process for
all pages (ours: the whole ``load_corpus``, reading and decoding included; CPU time is the
fairer comparison on a shared machine), with no bootstrap.

Run: ``PYTHONPATH=src python benchmarks/article_extraction.py`` (also part of benchmarks/run.py).
"""
from __future__ import annotations

import gzip
import importlib
import importlib.util
import json
import os
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pandas as pd

import helpers
from helpers.core.paths import REPO_ROOT

def _bench_dir() -> Path:
    """``../shared/benchmarks/article-extraction`` beside the repository root (for a git worktree
    kept one level deeper, the nearest such folder above it); ``ARTICLE_BENCH_DIR`` overrides."""
    if os.environ.get("ARTICLE_BENCH_DIR"):
        return Path(os.environ["ARTICLE_BENCH_DIR"])
    for parent in REPO_ROOT.parents:
        cand = parent / "shared" / "benchmarks" / "article-extraction"
        if cand.is_dir():
            return cand
    return REPO_ROOT.parent / "shared" / "benchmarks" / "article-extraction"


BENCH_DIR = _bench_dir()


def _scorer():
    """The benchmark's own ``evaluate`` module, imported from its folder."""
    spec = importlib.util.spec_from_file_location("article_evaluate", BENCH_DIR / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def load_pages(bench_dir: Path = BENCH_DIR) -> tuple[dict[str, str], dict[str, dict]]:
    """``({page id: html}, ground truth)`` of the benchmark folder."""
    truth = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in sorted(truth):
        pages[key] = gzip.decompress((bench_dir / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
    return pages, truth


#: ours without the headline it keeps as the first line (the reference bodies leave headlines out)
_BODY_ONLY: dict[str, str] = {}


def ours(pages: dict[str, str]) -> dict[str, str]:
    """``clean_text`` of every page, loaded as one corpus folder."""
    with tempfile.TemporaryDirectory() as tmp:
        for key, html in pages.items():
            (Path(tmp) / f"{key}.html").write_text(html, encoding="utf-8")
        docs, _problems = helpers.load_corpus(tmp, on_error="skip", manifest=False)
    got = dict(zip(docs["doc_id"], docs["clean_text"]))
    titles = dict(zip(docs["doc_id"], docs["title"]))
    _BODY_ONLY.clear()
    for key, text in got.items():
        first, _, rest = text.partition("\n")
        _BODY_ONLY[key] = rest if titles.get(key) and first == titles[key] else text
    return {key: got.get(key, "") for key in pages}


def trafilatura_default(pages: dict[str, str]) -> dict[str, str]:
    import trafilatura
    return {k: trafilatura.extract(h) or "" for k, h in pages.items()}


def trafilatura_precision(pages: dict[str, str]) -> dict[str, str]:
    import trafilatura
    return {k: trafilatura.extract(h, favor_precision=True) or "" for k, h in pages.items()}


def readability(pages: dict[str, str]) -> dict[str, str]:
    import lxml.html
    from readability import Document
    out = {}
    for k, h in pages.items():
        summary = Document(h).summary(html_partial=True)
        out[k] = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return out


def justext_tool(pages: dict[str, str]) -> dict[str, str]:
    import justext
    stop = justext.get_stoplist("English")
    return {k: "\n".join(p.text for p in justext.justext(h.encode("utf-8"), stop, encoding="utf-8")
                         if not p.is_boilerplate) for k, h in pages.items()}


TOOLS: dict[str, tuple[Callable[[dict[str, str]], dict[str, str]], str]] = {
    "helpers.clean.cleaner": (ours, "desert-compute"),
    "trafilatura": (trafilatura_default, "trafilatura"),
    "trafilatura (favor_precision)": (trafilatura_precision, "trafilatura"),
    "readability-lxml": (readability, "readability-lxml"),
    "jusText": (justext_tool, "justext"),
}


def score_all(tools: dict | None = None) -> pd.DataFrame:
    """One row per tool: precision, recall, F1 (the benchmark's metric) and seconds."""
    pages, truth = load_pages()
    evaluate = _scorer().evaluate
    for module in ("trafilatura", "readability", "justext", "lxml.html"):  # imports are not timed
        importlib.import_module(module)
    rows = []
    for name, (fn, dist) in (tools or TOOLS).items():
        t0, c0 = time.perf_counter(), time.process_time()
        pred = fn(pages)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        m = evaluate(truth, {k: {"articleBody": v} for k, v in pred.items()}, 0)
        rows.append((name, version(dist), round(m["precision"], 3), round(m["recall"], 3), round(m["f1"], 3),
                     round(seconds, 2), round(cpu, 2), round(1000 * seconds / len(pages), 1)))
        if fn is ours:  # the same run, scored without the headline line it keeps by design
            body = {k: {"articleBody": _BODY_ONLY.get(k, v)} for k, v in pred.items()}
            m = evaluate(truth, body, 0)
            rows.append((f"{name} (headline line dropped)", version(dist), round(m["precision"], 3),
                         round(m["recall"], 3), round(m["f1"], 3), round(seconds, 2), round(cpu, 2),
                         round(1000 * seconds / len(pages), 1)))
    return pd.DataFrame(rows, columns=["tool", "version", "precision", "recall", "f1", "seconds", "cpu_seconds",
                                       "ms_per_page"])


def run() -> str:
    """Run the benchmark, print its table, return its section of RESULTS.md."""
    if not (BENCH_DIR / "ground-truth.json").exists():
        return f"## Article extraction\n\nSkipped: {BENCH_DIR} not found.\n"
    table = score_all()
    print(table.to_string(index=False))
    return "\n".join([
        "## Article extraction: 88 real news pages (development half of a public benchmark)",
        "",
        "Pages and reference bodies: `../shared/benchmarks/article-extraction` (read-only, not copied). "
        "Metric: the benchmark's own `evaluate.py` (4-gram shingles, per-page precision and recall "
        "averaged over pages, F1 of the means). Ours: `clean_text` from `helpers.load_corpus` on a "
        "folder of the pages (time includes reading); it keeps the headline as its first line, which "
        "the reference bodies leave out, so a second row scores the same output without that line. Command: "
        "`PYTHONPATH=src python benchmarks/article_extraction.py`.",
        "",
        "```\n" + table.to_string(index=False) + "\n```",
        "",
    ])


if __name__ == "__main__":
    print(run())
