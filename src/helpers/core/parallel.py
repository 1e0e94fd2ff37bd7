"""Running a per-document function over a corpus: in order, optionally on several processes,
with a progress bar for large corpora (off in notebooks, whose stored outputs must not change)."""
from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: corpora at least this large get a progress bar when stderr is a terminal
PROGRESS_FROM = 100
#: how worker processes start: never "fork" (unsafe from a threaded process such as a Jupyter
#: kernel or the build's notebook threads; a DeprecationWarning on Python 3.12+). "forkserver"
#: where the system has it (Linux, macOS), else "spawn".
START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


#: imported once by the fork server, so each worker starts with them loaded (seconds saved per pool)
PRELOAD = ["helpers.clean.corpus", "helpers.extract.claims", "helpers.extract.entities", "helpers.extract.timeline"]


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of ``workers`` processes started with :data:`START_METHOD`.

    Scripts that use ``workers > 1`` need the usual ``if __name__ == "__main__":`` guard, as
    with any start method but ``fork`` (the default on Linux from Python 3.14 too)."""
    ctx = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        ctx.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx)


def map_docs(fn: Callable[[T], R], items: Iterable[T], workers: int = 1, progress: bool | None = None,
             desc: str = "") -> list[R]:
    """``[fn(x) for x in items]``, on ``workers`` processes when > 1 (results keep their order).

    ``fn`` must be a module-level function (it is pickled to the workers). ``progress=None``
    shows a tqdm bar for corpora of ``PROGRESS_FROM`` or more documents when stderr is a
    terminal, so notebooks and CI logs stay clean.
    """
    items = list(items)
    show = progress if progress is not None else (len(items) >= PROGRESS_FROM and sys.stderr.isatty())
    bar = _Bar(len(items), desc) if show else _NoBar()
    try:
        if workers > 1 and len(items) >= 2 * workers:
            chunk = max(1, len(items) // (workers * 8))
            with process_pool(workers) as pool:
                out = []
                for r in pool.map(fn, items, chunksize=chunk):
                    out.append(r)
                    bar.update(1)
                return out
        out = []
        for x in items:
            out.append(fn(x))
            bar.update(1)
        return out
    finally:
        bar.close()


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _Bar(total: int, desc: str):  # noqa: N802 - a factory standing in for the tqdm class
    from tqdm import tqdm  # the plain bar: tqdm.auto warns in notebooks without ipywidgets

    return tqdm(total=total, desc=desc, leave=False)
