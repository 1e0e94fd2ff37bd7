"""Project paths, derived from the package location (never from the working directory).

The package lives at ``<repo>/src/helpers``; every path the notebooks, the CLI and the
tests use comes from here, so a notebook never names a path except its corpus parameter.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR: Path = Path(__file__).resolve().parent
DATA_DIR: Path = PACKAGE_DIR / "data"
REPO_ROOT: Path = PACKAGE_DIR.parent.parent
SEEDS_DIR: Path = REPO_ROOT / "seeds"
NOTEBOOKS_DIR: Path = REPO_ROOT / "notebooks"
FIGURES_DIR: Path = REPO_ROOT / "figures"
BRIEF_DIR: Path = REPO_ROOT / "brief"
TESTS_DIR: Path = REPO_ROOT / "tests"

MANIFEST_NAME = "MANIFEST.csv"


def corpus_dir(corpus: str | Path | None = None) -> Path:
    """Resolve a corpus folder: ``None`` or ``"seeds"`` means the built-in seeds.

    A relative path is taken relative to the current directory first and, failing
    that, to the repository root (so ``"seeds"`` works from ``notebooks/`` too).
    """
    if corpus is None:
        return SEEDS_DIR
    p = Path(corpus).expanduser()
    if p.is_absolute() or p.exists():
        return p.resolve()
    candidate = REPO_ROOT / p
    return candidate.resolve() if candidate.exists() else p.resolve()


def output_dirs(out: str | Path | None = None) -> tuple[Path, Path]:
    """``(figures, brief)`` folders: the repository's, or ``<out>/figures`` and ``<out>/brief``."""
    if out is None:
        return FIGURES_DIR, BRIEF_DIR
    base = Path(out).expanduser().resolve()
    return base / "figures", base / "brief"
