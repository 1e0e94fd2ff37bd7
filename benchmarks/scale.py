"""Scale: time and peak memory per stage on synthetic corpora of 100, 1,000 and 10,000 documents.

Each size runs in a fresh process (so peak memory is that size's own), on a corpus written by
``benchmarks/synthetic.py``. Stages: load (read, decode), clean, then every stage of
:func:`helpers.pipeline.run_stages` (claim and event extraction, AI flags, then each table built
and validated against its declaration: documents, removed, claims, events, entities, pairs,
conflicts, derived, types, provenance, families, drift), with ``WORKERS`` processes. Peak memory
is the main process's maximum resident set size after each stage (it only grows), and the peak of
main process plus workers (proportional set sizes, sampled) during each stage.
"""
from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd

SIZES = (100, 1_000, 10_000)
WORKERS = min(2, os.cpu_count() or 1)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _tree_pss_mb() -> float:
    """Proportional set size of this process and its worker processes, summed (Linux /proc):
    pages shared between forked workers and the main process are counted once."""
    pids, total = [os.getpid()], 0.0
    while pids:
        pid = pids.pop()
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("Pss:")) / 1024
            with open(f"/proc/{pid}/task/{pid}/children") as fh:
                pids += [int(c) for c in fh.read().split()]
        except (OSError, StopIteration):
            continue
    return total


class _Sampler(threading.Thread):
    """Samples :func:`_tree_pss_mb` every 500 ms (reading PSS costs CPU, so not more often);
    ``take()`` returns the peak since the last take."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.lock = threading.Lock()

    def run(self) -> None:
        while True:
            value = _tree_pss_mb()
            with self.lock:
                self.peak = max(self.peak, value)
            time.sleep(0.5)

    def take(self) -> float:
        with self.lock:
            value, self.peak = max(self.peak, _tree_pss_mb()), 0.0
        return value


def one(n: int) -> list[dict[str, object]]:
    """Run every stage on ``n`` documents in this process; one row per stage.

    Loading logs its two halves (read + decode, clean); :func:`helpers.pipeline.run_stages` logs
    every later stage (extraction, AI flags, each table's build and validation); peak memory is
    sampled at each log line."""
    sys.path.insert(0, str(Path(__file__).parent))
    import helpers
    from helpers.pipeline import run_stages
    from synthetic import make_corpus

    folder = make_corpus(n, Path(tempfile.mkdtemp()) / "corpus")
    rows: list[dict[str, object]] = []
    sampler = _Sampler()
    sampler.start()
    sampler.take()

    class Stages(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            rows.append({"documents": n, "stage": record.args[0] if record.msg.startswith("%s") else record.msg.split(":")[0],
                         "seconds": round(float(record.args[-1]), 2), "peak_mb": round(_peak_mb()),
                         "total_peak_mb": round(sampler.take()), "rows": int(record.args[-2])})

    for name in ("helpers.clean.corpus", "helpers.pipeline"):
        log = logging.getLogger(name)
        log.setLevel(logging.DEBUG)
        log.addHandler(Stages())
    run_stages(helpers.load_corpus(folder, workers=WORKERS), workers=WORKERS)
    return rows


def _verdict(totals: pd.Series, total_peaks: pd.Series, sizes: tuple[int, ...]) -> str:
    """The issue's goals against this run: time and memory at the largest size, growth per x10."""
    big, ratios = sizes[-1], [totals[b] / totals[a] for a, b in zip(sizes, sizes[1:]) if b == 10 * a] or [0.0]
    checks = [(f"{big:,} documents in {totals[big]:.1f} s", totals[big] < 20, "under 20 s"),
              (f"total peak memory {total_peaks[big]:,.0f} MB", total_peaks[big] < 1536, "under 1.5 GB"),
              (f"at most x{max(ratios):.1f} time per x10 documents", max(ratios) <= 12, "at most ~x12")]
    return "Goals: " + "; ".join(f"{what} ({'met' if ok else 'NOT met'}: {goal})" for what, ok, goal in checks) + "."


def run(sizes: tuple[int, ...] = SIZES) -> str:
    """Run every size in a subprocess, print and return the tables."""
    rows = []
    for n in sizes:
        res = subprocess.run([sys.executable, __file__, str(n)], capture_output=True, text=True, check=True)
        rows += json.loads(res.stdout.strip().splitlines()[-1])
        print(f"scale: {n} documents done", file=sys.stderr)
    table = pd.DataFrame(rows)
    wide = table.pivot_table(index="stage", columns="documents", values="seconds", sort=False)
    totals = table.groupby("documents")["seconds"].sum()
    peaks = table.groupby("documents")["peak_mb"].max()
    total_peaks = table.groupby("documents")["total_peak_mb"].max()
    growth = [f"x{totals[b] / totals[a]:.1f} time for x{b // a} documents" for a, b in zip(sizes, sizes[1:])]
    summary = pd.DataFrame({"total_seconds": totals.round(1), "peak_mb": peaks, "total_peak_mb": total_peaks})
    print(wide.to_string())
    print(summary.to_string())
    return "\n".join([
        "## Scale: synthetic corpora (seconds per stage)",
        "",
        f"Generated by `benchmarks/synthetic.py` (deterministic); per-document stages on {WORKERS} processes; "
        "compare uses blocking on distinctive terms above 200 documents. Goal: 10,000 documents through "
        "every stage in under 20 s and 1.5 GB, growing linearly. Memory: `peak_mb` is the main process's "
        "peak resident set; `total_peak_mb` the peak, sampled every 500 ms, of the proportional set sizes of "
        "the main process and its workers together (shared pages counted once).",
        "",
        "```\n" + wide.to_string() + "\n```",
        "",
        "```\n" + summary.to_string() + "\n```",
        "",
        "Growth: " + "; ".join(growth) + ".",
        "",
        _verdict(totals, total_peaks, sizes),
        "",
    ])


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--sizes":  # e.g. scale.py --sizes 1000 (one size, no 10k run)
        run(tuple(int(a) for a in sys.argv[2:]))
    elif len(sys.argv) > 1:
        print(json.dumps(one(int(sys.argv[1]))))
    else:
        print(run())
