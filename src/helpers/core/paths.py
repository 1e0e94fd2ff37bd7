"""Project paths, derived from the package location (never from the working directory).

In a source checkout the package lives at ``<repo>/src/helpers`` and the defaults are the
repository's folders (``seeds/``, ``notebooks/``, ``figures/``, ``brief/``, ``tables/``), so a
notebook never names a path except its corpus parameter. Installed from a wheel there is no
repository: there is no default corpus (pass a folder), the notebooks come from the wheel's
shared data (``<prefix>/share/desert-compute/notebooks``), and the default output folders
are ``figures/``, ``brief/`` and ``tables/`` in the current directory.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR: Path = Path(__file__).resolve().parent.parent
DATA_DIR: Path = PACKAGE_DIR / "data"
_CHECKOUT_ROOT: Path = PACKAGE_DIR.parent.parent
#: True when running from a source checkout (``<repo>/src/helpers`` next to ``pyproject.toml``)
IN_CHECKOUT: bool = PACKAGE_DIR.parent.name == "src" and (_CHECKOUT_ROOT / "pyproject.toml").is_file()
#: the repository (in a checkout) or the current directory (installed)
REPO_ROOT: Path = _CHECKOUT_ROOT if IN_CHECKOUT else Path(".")
SEEDS_DIR: Path = REPO_ROOT / "seeds"
NOTEBOOKS_DIR: Path = (_CHECKOUT_ROOT / "notebooks" if IN_CHECKOUT
                       else Path(sys.prefix) / "share" / "desert-compute" / "notebooks")
FIGURES_DIR: Path = REPO_ROOT / "figures"
BRIEF_DIR: Path = REPO_ROOT / "brief"
TABLES_DIR: Path = REPO_ROOT / "tables"
TESTS_DIR: Path = REPO_ROOT / "tests"

MANIFEST_NAME = "MANIFEST.csv"
#: set by ``python -m helpers build`` for its kernels: figures and brief go to its staging folder
STAGING_ENV = "DESERT_COMPUTE_STAGING"


def corpus_dir(corpus: str | Path | None = None) -> Path:
    """Resolve a corpus folder: ``None`` or ``"seeds"`` means the built-in seeds (in a checkout).

    A relative path is taken relative to the current directory first and, failing
    that, to the repository root (so ``"seeds"`` works from ``notebooks/`` too).
    """
    if corpus is None:
        if not IN_CHECKOUT:
            from helpers.core.errors import CorpusError
            raise CorpusError("no corpus folder given: the built-in seeds exist only in a source checkout; "
                              "pass the folder of your documents")
        return SEEDS_DIR
    p = Path(corpus).expanduser()
    if p.is_absolute() or p.exists() or not IN_CHECKOUT:
        return p.resolve()
    candidate = REPO_ROOT / p
    return candidate.resolve() if candidate.exists() else p.resolve()


def output_dirs(out: str | Path | None = None) -> tuple[Path, Path]:
    """``(figures, brief)`` folders: the repository's, or ``<out>/figures`` and ``<out>/brief``.

    During ``python -m helpers build`` they are the build's staging folder (environment
    variable ``DESERT_COMPUTE_STAGING``), which the build moves into place when it succeeds."""
    staging = os.environ.get(STAGING_ENV)
    if staging:
        base = Path(staging)
    elif out is None:
        return FIGURES_DIR, BRIEF_DIR
    else:
        base = Path(out).expanduser().resolve()
    return base / "figures", base / "brief"
