"""All-or-nothing builds: a lock per output folder, a staging folder beside it, a swap at the end.

A build writes everything (tables, executed notebooks, figures, brief) into a hidden sibling
folder ``.<name>.staging-*`` and moves it into place only when every step succeeded, so a
killed or failed build leaves the previous output as it was. A lock file ``.<name>.lock``
(``fcntl.flock``, released by the system when the process dies) keeps two builds out of one
folder; a build that finds a stale staging folder or a half-done swap cleans it up first.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from pathlib import Path

from helpers.core.errors import BuildError
from helpers.core.paths import STAGING_ENV

__all__ = ["OutputLock", "check_out", "recover", "make_staging", "swap", "discard", "MARKER", "STAGING_ENV"]

#: written into every ``--out`` folder a build makes, so the next build may replace it
MARKER = ".desert-compute-build"
MARKER_TEXT = "Written by `python -m helpers build`; the next build replaces this whole folder.\n"


class OutputLock:
    """An exclusive, non-blocking lock on ``<parent>/.<name>.lock`` for one output folder."""

    def __init__(self, target: Path) -> None:
        self.path = target.parent / f".{target.name}.lock"
        self._fh = None

    def __enter__(self) -> "OutputLock":
        try:
            self._fh = open(self.path, "a+")
        except OSError as exc:
            raise BuildError(f"cannot write in {self.path.parent} ({exc.strerror}); choose another --out") from None
        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._fh.close()
            raise BuildError(f"another build is writing to {self.path.parent / self.path.name[1:-5]} "
                             f"(lock {self.path}); wait for it to finish") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()


def check_out(out: Path, corpus: Path) -> None:
    """Refuse an output folder that would poison the corpus, or destroy what is not a build's."""
    out, corpus = out.resolve(), corpus.resolve()
    if out == corpus or out.is_relative_to(corpus):
        raise BuildError(f"--out {out} is inside the corpus folder {corpus}: the build's files would be "
                         "read as documents next time; choose a folder outside it")
    if corpus.is_relative_to(out):
        raise BuildError(f"the corpus folder {corpus} is inside --out {out}, which a build replaces as a whole; "
                         "choose another --out")
    if out.exists() and not out.is_dir():
        raise BuildError(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise BuildError(f"--out {out} is not empty and was not written by a build (no {MARKER}); "
                         "a build replaces its --out as a whole, so choose a new or empty folder")
    parent = out.parent
    if not parent.is_dir():
        raise BuildError(f"the folder that would hold --out, {parent}, does not exist; create it first")


def recover(target: Path) -> None:
    """Under the lock: undo a half-done swap and remove staging folders a killed build left."""
    old = sorted(target.parent.glob(f".{target.name}.old-*"))
    if old and not target.exists():
        os.rename(old.pop(), target)
    for stale in old + sorted(target.parent.glob(f".{target.name}.staging-*")):
        shutil.rmtree(stale, ignore_errors=True)


def make_staging(target: Path) -> Path:
    """A new, empty staging folder beside ``target`` (same file system, so the swap is a rename)."""
    try:
        return Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    except OSError as exc:
        raise BuildError(f"cannot write in {target.parent} ({exc.strerror}); choose another --out") from None


def swap(staging: Path, target: Path) -> None:
    """Move ``staging`` to ``target``, replacing it: two renames, the old copy removed last.

    If the second rename fails, the old copy is put back and a :class:`BuildError` says why."""
    old = None
    try:
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            old.rmdir()
            os.rename(target, old)
        os.rename(staging, target)
    except OSError as exc:
        if old is not None and old.exists() and not target.exists():
            os.rename(old, target)
        raise BuildError(f"cannot move the build into {target} ({exc.strerror}); "
                         "the previous output is left as it was") from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def discard(staging: Path) -> None:
    """Remove a staging folder after a failed build."""
    shutil.rmtree(staging, ignore_errors=True)
