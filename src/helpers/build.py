"""``python -m helpers build``: tables first, then the notebooks, all in a staging folder.

The order is: lock the output, clean up after any killed build, write every table (a bad
corpus stops here, before any kernel starts), execute the numbered notebooks (side by side,
each writing its own files), then move the staging folder into place. In place (no
``--out``) the repository's ``tables/``, ``figures/`` and ``brief/`` folders and the
executed notebooks are swapped in the same way; with ``--out`` the whole folder is.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from helpers.core import paths
from helpers.core.errors import BuildError, CorpusError, StepFailed
from helpers.core.staging import MARKER, MARKER_TEXT, STAGING_ENV, OutputLock, check_out, discard, make_staging, recover, swap

#: the repository folders an in-place build replaces (each as a whole, after copying what it holds)
IN_PLACE_FOLDERS = ("tables", "figures", "brief")


def run_build(corpus: Path, out: Path | None, *, jobs: int = 2, workers: int = 1, on_error: str = "raise",
              title: str | None = None, progress: Callable[[str], None] = print) -> None:
    """Build every output of ``corpus`` into ``out`` (or the repository), all-or-nothing."""
    if out is None and not paths.IN_CHECKOUT:
        raise BuildError("outside a source checkout there is no repository to build in: give --out DIR")
    target = out if out is not None else paths.REPO_ROOT.resolve() / "build"
    if out is not None:
        check_out(out, corpus)
    with OutputLock(target):
        folders = [out] if out is not None else [paths.REPO_ROOT.resolve() / f for f in IN_PLACE_FOLDERS]
        for folder in folders:
            recover(folder)
        staging = make_staging(target)
        try:
            if out is None:
                _seed_in_place(staging)
            _tables(corpus, staging, workers, on_error, progress)
            _notebooks(corpus, out, staging, jobs, on_error, title, progress)
            _commit(staging, out)
        except BaseException:
            discard(staging)
            raise
    progress(f"done: outputs in {out or paths.REPO_ROOT.resolve()}")


def _seed_in_place(staging: Path) -> None:
    """Start from the repository's output folders holding only what a build does not write
    (a folder's README), so a figure or table that this build no
    longer makes does not linger beside the new ones."""
    for name in IN_PLACE_FOLDERS:
        src = paths.REPO_ROOT / name
        if not src.is_dir():
            continue
        shutil.copytree(src, staging / name, ignore=_only_readme)


def _only_readme(folder: str, names: list[str]) -> set[str]:
    """``shutil.copytree`` ignore function: copy a folder's README.md only."""
    return {n for n in names if n != "README.md"}


def _tables(corpus: Path, staging: Path, workers: int, on_error: str, progress: Callable[[str], None]) -> None:
    """Build every table once (filling the cache the notebooks read) and write them first."""
    from helpers.pipeline import build_tables, write_tables
    from helpers.story import load_story

    t0 = time.perf_counter()
    load_story(corpus)  # a malformed STORY.toml stops here (exit 3), not in a notebook's kernel
    a = build_tables(corpus, workers=workers, on_error=on_error)
    if a.problems is not None:
        for p in a.problems.itertuples(index=False):
            progress(f"{p.severity}: {p.file}: {p.problem}")
    if not len(a.docs):
        raise CorpusError(f"no document of {corpus} could be loaded")
    written = write_tables(a, staging / "tables")
    progress(f"tables: {len(written)} written in {time.perf_counter() - t0:.1f}s")


def _notebooks(corpus: Path, out: Path | None, staging: Path, jobs: int, on_error: str, title: str | None,
               progress: Callable[[str], None]) -> None:
    from helpers.core.notebooks import notebook_paths, run_notebook

    notebooks = notebook_paths(paths.NOTEBOOKS_DIR)
    if not notebooks:
        raise StepFailed(f"no notebooks found in {paths.NOTEBOOKS_DIR}")
    params: dict[str, object] = {}
    if not paths.IN_CHECKOUT or corpus != paths.SEEDS_DIR.resolve():
        params["CORPUS"] = str(corpus)
    if out is not None:
        params["OUT"] = str(out)
    if title:
        params["TITLE"] = title
    if on_error != "raise":
        params["ON_ERROR"] = on_error
    nb_dir = staging / "notebooks"
    nb_dir.mkdir()
    env = {STAGING_ENV: str(staging)}

    def one(nb: Path) -> str:
        t0 = time.perf_counter()
        target = nb_dir / nb.name
        shutil.copyfile(nb, target)
        try:
            run_notebook(target, params, env=env)
        except Exception as exc:  # a cell's error: name the notebook, keep the previous output
            plain = re.sub(r"\x1b\[[0-9;]*m", "", str(exc))  # the kernel's traceback is coloured
            first = plain.strip().splitlines()[-1:] or [type(exc).__name__]
            raise StepFailed(f"notebook {nb.name} failed: {first[0]}") from exc
        return f"notebook {nb.name}: ran in {time.perf_counter() - t0:.1f}s"

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for line in pool.map(one, notebooks):
            progress(line)


def _commit(staging: Path, out: Path | None) -> None:
    """Move the staged outputs into place (the last step: nothing before it touched them)."""
    if out is not None:
        (staging / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
        os.chmod(staging, 0o755)
        swap(staging, out)
        return
    for name in IN_PLACE_FOLDERS:
        if (staging / name).exists():
            swap(staging / name, paths.REPO_ROOT.resolve() / name)
    for nb in sorted((staging / "notebooks").iterdir()):
        os.replace(nb, paths.NOTEBOOKS_DIR / nb.name)
    discard(staging)
