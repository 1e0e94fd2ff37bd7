"""Cleaning quality and speed: helpers.clean.cleaner vs trafilatura vs jusText on the seeds.

Quality is character-level precision / recall / F1 of the kept text against the hand-labelled
reference in tests/reference/article_spans.json (non-space characters only). The peers get
each raw line wrapped as a <p> in a minimal HTML page, since they expect HTML. Time is the
median of several runs over the whole corpus. Writes the table to benchmarks/RESULTS.md.

Caveat printed with the table: the seeds are the documents the cleaner was developed on, so
its score here is in-sample; tests/test_clean.py holds pages from other sites it never saw.

A second table scores the cleaner on the labelled development corpus (``tests/devcorpus``:
real text and HTML pages on other stories, in English, Chinese and French), loaded without its
manifest so the metadata is what the cleaner reads from the text: title, published and author
accuracy on the pages whose labels give one, recall of the sentences to keep and of the
boilerplate strings to remove.

Run: make bench (benchmarks/run.py runs every benchmark and writes benchmarks/RESULTS.md)
"""
from __future__ import annotations

import html
import json
import re
import statistics
import unicodedata
import time
from pathlib import Path
from importlib.metadata import version

import numpy as np
import pandas as pd
from ratios import vs_ours

import helpers
from helpers.clean import cleaner as clean
from helpers.clean.evaluate import load_reference, reference_mask, scores, text_mask
from helpers.core.paths import SEEDS_DIR, TESTS_DIR

RUNS = 7


def as_html(raw: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in raw.split("\n") if line.strip())
    return f"<html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>"


def timed(fn, *args) -> tuple[object, float]:
    times, out = [], None
    for _ in range(RUNS):
        t0 = time.perf_counter()
        out = fn(*args)
        times.append(time.perf_counter() - t0)
    return out, statistics.median(times)


def ours(raws: list[str]) -> list[np.ndarray]:
    results = clean.clean_corpus(raws)
    masks = []
    for raw, res in zip(raws, results):
        m = np.zeros(len(raw), dtype=bool)
        idx = res.base_index[res.base_index >= 0]
        m[idx] = True
        masks.append(m)
    return masks


def trafilatura_masks(raws: list[str]) -> list[np.ndarray]:
    import trafilatura
    return [text_mask(r, trafilatura.extract(as_html(r), include_comments=False, include_tables=False) or "")
            for r in raws]


def justext_masks(raws: list[str]) -> list[np.ndarray]:
    import justext
    stop = justext.get_stoplist("English")
    out = []
    for r in raws:
        paras = justext.justext(as_html(r).encode("utf-8"), stop, encoding="utf-8")
        out.append(text_mask(r, "\n".join(p.text for p in paras if not p.is_boilerplate)))
    return out


DEVCORPUS = TESTS_DIR / "devcorpus"


def _norm(text: str | None) -> str:
    """Compare text as a reader would: NFKC, case-folded, white space collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(text or "")).casefold()).strip()


def _same_date(got: str | None, want: str) -> bool:
    return bool(got) and str(got)[: len(want)] == want


def devcorpus_pages(corpus: Path = DEVCORPUS) -> pd.DataFrame | None:
    """One row per labelled text page of ``corpus``: metadata right or wrong, keep / boilerplate counts."""
    labels_path = corpus / "labels.json"
    if not labels_path.exists():
        return None
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["pages"]
    docs, _ = helpers.load_corpus(corpus / "pages", manifest=False, on_error="skip")
    rows = []
    for d in docs.itertuples():
        lab = labels.get(d.path)
        if not lab:
            continue
        text = _norm(d.clean_text)
        lang = (str(d.languages or "").split(";") or ["?"])[0] or "?"
        rows.append({
            "path": d.path, "language": lang,
            "title_ok": (_norm(d.title) == _norm(lab["title"])) if lab.get("title") else None,
            "published_ok": _same_date(d.published, lab["published"]) if lab.get("published") else None,
            "author_ok": (_norm(lab["author"]) in _norm(d.author)) if lab.get("author") and d.author
            else (False if lab.get("author") else None),
            "keep_found": sum(_norm(k) in text for k in lab.get("keep", [])), "keep_n": len(lab.get("keep", [])),
            "bp_gone": sum(_norm(b) not in text for b in lab.get("boilerplate", [])),
            "bp_n": len(lab.get("boilerplate", [])),
        })
    return pd.DataFrame(rows)


def devcorpus_table(corpus: Path = DEVCORPUS) -> pd.DataFrame | None:
    """Per language and overall: metadata accuracy and keep / boilerplate recall on a labelled corpus."""
    per = devcorpus_pages(corpus)
    if per is None:
        return None

    def summary(g: pd.DataFrame) -> pd.Series:
        acc = {c: round(g[c].dropna().astype(float).mean(), 3) if g[c].notna().any() else float("nan")
               for c in ("title_ok", "published_ok", "author_ok")}
        return pd.Series({"pages": len(g), **{c.replace("_ok", "_accuracy"): v for c, v in acc.items()},
                          "labelled_title/published/author": f"{g['title_ok'].notna().sum()}/"
                          f"{g['published_ok'].notna().sum()}/{g['author_ok'].notna().sum()}",
                          "keep_recall": round(g["keep_found"].sum() / max(g["keep_n"].sum(), 1), 3),
                          "boilerplate_recall": round(g["bp_gone"].sum() / max(g["bp_n"].sum(), 1), 3)})
    out = per.groupby("language").apply(summary, include_groups=False)
    out.loc["all"] = summary(per)
    return out


TEXT_CORPORA = {"devcorpus": TESTS_DIR / "devcorpus", "devcorpus2": TESTS_DIR / "devcorpus2",
                "devcorpus4": TESTS_DIR / "devcorpus4", "devcorpus5": TESTS_DIR / "devcorpus5",
                "holdout (aggregate only)": TESTS_DIR / "holdout"}


def text_pages_section() -> list[str]:
    """The text-page table for each labelled corpus (held-out: its 'all' row only, never tuned on)."""
    out = []
    for name, path in TEXT_CORPORA.items():
        table = devcorpus_table(path)
        if table is None:
            continue
        if name.startswith("holdout"):
            table = table.loc[["all"]]
        print(f"{name}:\n{table.to_string()}\n")
        out += [f"`tests/{path.name}` (loaded without its manifest): metadata read from the text and "
                "recall of the labelled keep sentences and boilerplate strings:", "",
                "```\n" + table.to_string() + "\n```", ""]
    return out


def run() -> str:
    """Run the benchmark, print its tables, return its section of RESULTS.md."""
    docs = helpers.load_corpus(SEEDS_DIR)
    ref = load_reference(TESTS_DIR / "reference" / "article_spans.json")
    raws = list(docs["raw_text"])
    refs = [reference_mask(r, ref[p]) for r, p in zip(raws, docs["path"])]
    tools = {"helpers.clean.cleaner": ours, "trafilatura": trafilatura_masks, "jusText": justext_masks}
    rows, per_doc = [], []
    for name, fn in tools.items():
        masks, seconds = timed(fn, raws)
        for label, raw, pred, r in zip(docs["label"], raws, masks, refs):
            per_doc.append((name, label, *scores(pred, r, raw)))
        allp = np.concatenate(masks)
        allr = np.concatenate(refs)
        p, r, f1 = scores(allp, allr, "".join(raws))
        rows.append((name, p, r, f1, round(seconds * 1000, 1)))
    table = pd.DataFrame(rows, columns=["tool", "precision", "recall", "f1", "ms_per_corpus"])
    table = vs_ours(table, {"precision": 3, "recall": 3, "f1": 3, "ms_per_corpus": 2})  # row 0: helpers.clean.cleaner
    detail = pd.DataFrame(per_doc, columns=["tool", "document", "precision", "recall", "f1"])
    detail = detail.pivot_table(index="document", columns="tool", values="f1").reindex(list(docs["label"]))
    print(table.to_string(index=False))
    print()
    print(detail.to_string())
    dev_section = text_pages_section()
    return "\n".join([
        "## Cleaning: character-level quality on the seeds, and time",
        "",
        f"Peers: trafilatura {version('trafilatura')}, jusText {version('justext')}. Reference: "
        "`tests/reference/article_spans.json` (hand-labelled). Time: median of "
        f"{RUNS} runs over the five seeds. Peers get each raw line as a `<p>` of a minimal HTML page.",
        "The seeds are the documents `helpers.clean.cleaner` was developed on: its score is in-sample.",
        "",
        "```\n" + table.to_string(index=False) + "\n```",
        "",
        "F1 per document:",
        "",
        "```\n" + detail.to_string() + "\n```",
        "",
        *dev_section,
    ])


if __name__ == "__main__":
    import sys
    if "--text-pages" in sys.argv:  # only the labelled text-page tables (fast)
        text_pages_section()
    else:
        print(run())
