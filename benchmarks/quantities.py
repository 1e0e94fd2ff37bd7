"""Quantity extraction: helpers.extract.claims.find_quantities vs quantulum3 on written sentences.

Reference: tests/reference/quantities.json (sentence -> the values a reader finds, including
sentences with none: dates, model numbers, phone numbers). A predicted value counts as correct
when it is within 1 % of an expected one; every other prediction is a false positive.
quantulum3 0.10.0's bundled unit classifier is a pickle that no longer loads with the pinned
scikit-learn, so it runs with its classifier switched off (``classifier.USE_CLF = False``).
"""
from __future__ import annotations

import json
import time
from importlib.metadata import version

import pandas as pd
from ratios import vs_ours

from helpers.extract.claims import find_quantities
from helpers.core.paths import TESTS_DIR

RUNS = 3


def ours(text: str) -> list[float]:
    return [q.value if q.qualifier != "range" else (q.low + q.high) / 2 for q in find_quantities(text)]


def quantulum(text: str) -> list[float]:
    import quantulum3.classifier as clf
    clf.USE_CLF = False
    from quantulum3 import parser
    return [float(q.value) for q in parser.parse(text)]


def _match(pred: list[float], want: list[float]) -> tuple[int, int]:
    left = list(want)
    hit = 0
    for p in pred:
        for w in left:
            if abs(p - w) <= 0.01 * abs(w):
                left.remove(w)
                hit += 1
                break
    return hit, len(pred) - hit


def run() -> str:
    """Run the benchmark, print its table, return its section of RESULTS.md."""
    items = json.loads((TESTS_DIR / "reference" / "quantities.json").read_text(encoding="utf-8"))["items"]
    total = sum(len(i["values"]) for i in items)
    rows, misses = [], []
    for name, fn in (("helpers.find_quantities", ours), ("quantulum3", quantulum)):
        fn("warm up 1")
        hits = fps = 0
        t0 = time.perf_counter()
        for _ in range(RUNS):
            preds = [fn(i["text"]) for i in items]
        seconds = (time.perf_counter() - t0) / RUNS
        for item, pred in zip(items, preds):
            h, f = _match(pred, item["values"])
            hits, fps = hits + h, fps + f
            if h < len(item["values"]) or f:
                misses.append((name, item["text"], item["values"], [round(p, 2) for p in pred]))
        rows.append((name, hits, total - hits, fps, round(hits / total, 3), round(hits / max(hits + fps, 1), 3),
                     round(seconds * 1000, 1)))
    table = pd.DataFrame(rows, columns=["tool", "correct", "missed", "false_positives", "recall", "precision",
                                        "ms_total"])
    table = vs_ours(table, {"recall": 2, "precision": 2, "ms_total": 1})
    wrong = pd.DataFrame(misses, columns=["tool", "sentence", "expected", "predicted"])
    print(table.to_string(index=False))
    print(wrong.to_string(index=False))
    return "\n".join([
        "## Quantities: values in written sentences",
        "",
        f"Peer: quantulum3 {version('quantulum3')} (classifier off, see benchmarks/quantities.py). Reference: "
        f"`tests/reference/quantities.json` ({len(items)} sentences, {total} values, English, Chinese, French, "
        "and sentences with no quantity). These are the sentences the extractor's tests use: in-sample for it.",
        "",
        "```\n" + table.to_string(index=False) + "\n```",
        "",
        "Sentences where a tool missed or added a value:",
        "",
        "```\n" + wrong.to_string(index=False) + "\n```",
        "",
    ])


if __name__ == "__main__":
    print(run())
