"""Rebuild: wall time of the README's two commands when .venv already exists."""
from __future__ import annotations

import subprocess
import time

from helpers.core.paths import REPO_ROOT


def run() -> str:
    """Time `make brief` and `make test`; return the section of RESULTS.md."""
    rows = []
    for target in ("brief", "test"):
        t0 = time.perf_counter()
        res = subprocess.run(["make", target], cwd=REPO_ROOT, capture_output=True, text=True)
        rows.append((f"make {target}", round(time.perf_counter() - t0, 1), "ok" if res.returncode == 0 else "FAILED"))
    lines = [f"| `{cmd}` | {sec} s | {status} |" for cmd, sec, status in rows]
    print("\n".join(lines))
    return "\n".join(["## Rebuild (environment already built)", "", "| command | wall time | result |",
                      "|---|---|---|", *lines, "", "Goal: a warm `make brief` under 15 s (every table built once, notebooks reading them).", ""])


if __name__ == "__main__":
    print(run())
