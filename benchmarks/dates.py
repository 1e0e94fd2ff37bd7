"""Date extraction: helpers.extract.timeline.find_temporal vs dateparser's search_dates on the raw seeds.

Reference: tests/reference/dates.json, the temporal expressions a reader finds in each raw file
(hand-labelled). A prediction counts as found when its character span overlaps a reference
expression; predictions that overlap none are false positives. search_dates returns strings,
not positions, so each is located in the text in order. Time: median of several runs.

Note: search_dates fills missing parts of a date from today's date, so its output depends on
the day it runs; find_temporal never reads the clock.
"""
from __future__ import annotations

import json
import time
from importlib.metadata import version

import pandas as pd
from ratios import vs_ours

import helpers
from helpers.core.paths import SEEDS_DIR, TESTS_DIR
from helpers.extract.temporal import find_temporal

RUNS = 3


def _spans_of(text: str, strings: list[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for s in strings:
        at = text.find(s, pos)
        if at < 0:
            at = text.find(s)
        if at >= 0:
            out.append((at, at + len(s)))
            pos = at + len(s)
    return out


def ours(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.end, t.text) for t in find_temporal(text)]


def dateparser_search(text: str) -> list[tuple[int, int, str]]:
    from dateparser.search import search_dates
    found = search_dates(text) or []
    strings = [s for s, _ in found]
    return [(a, b, text[a:b]) for a, b in _spans_of(text, strings)]


def _score(pred: list[tuple[int, int, str]], ref: list[tuple[int, int]]) -> tuple[int, int, int]:
    hit = sum(any(p0 < r1 and r0 < p1 for p0, p1, _ in pred) for r0, r1 in ref)
    fp = sum(not any(p0 < r1 and r0 < p1 for r0, r1 in ref) for p0, p1, _ in pred)
    return hit, len(ref) - hit, fp


def run() -> str:
    """Run the benchmark, print its table, return its section of RESULTS.md."""
    docs = helpers.load_corpus(SEEDS_DIR)
    reference = json.loads((TESTS_DIR / "reference" / "dates.json").read_text(encoding="utf-8"))
    rows, examples = [], []
    for name, fn in (("helpers.find_temporal", ours), ("dateparser.search_dates", dateparser_search)):
        found = missed = fps = 0
        times = []
        for doc in docs.itertuples():
            ref = _spans_of(doc.raw_text, reference[doc.path])
            t0 = time.perf_counter()
            for _ in range(RUNS):
                pred = fn(doc.raw_text)
            times.append((time.perf_counter() - t0) / RUNS)
            h, m, f = _score(pred, ref)
            found, missed, fps = found + h, missed + m, fps + f
            for p0, p1, text in pred:
                if not any(p0 < r1 and r0 < p1 for r0, r1 in ref):
                    examples.append((name, doc.label, text))
        total = found + missed
        rows.append((name, found, missed, fps, round(found / total, 3), round(found / max(found + fps, 1), 3),
                     round(sum(times) * 1000, 1)))
    table = pd.DataFrame(rows, columns=["tool", "found", "missed", "false_positives", "recall", "precision",
                                        "ms_per_corpus"])
    table = vs_ours(table, {"recall": 2, "precision": 2, "ms_per_corpus": 1})
    fp = pd.DataFrame(examples, columns=["tool", "document", "false positive"]).drop_duplicates()
    print(table.to_string(index=False))
    print(fp.to_string(index=False))
    return "\n".join([
        "## Dates: temporal expressions in the raw seeds",
        "",
        f"Peer: dateparser {version('dateparser')} `search.search_dates` (default settings). Reference: "
        "`tests/reference/dates.json` (hand-labelled, 9 expressions). Run on the raw files, chrome included.",
        "",
        "```\n" + table.to_string(index=False) + "\n```",
        "",
        "False positives:",
        "",
        "```\n" + (fp.to_string(index=False) if len(fp) else "(none)") + "\n```",
        "",
    ])


if __name__ == "__main__":
    print(run())
