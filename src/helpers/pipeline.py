"""Build every table of one corpus once, in the design's order, and write them to disk.

``build_tables(corpus)`` returns an :class:`~helpers.analysis.Analysis`; ``write_tables``
writes each table as byte-stable CSV to ``OUT/tables/``. (First version: the cache, the
declared validation and the data dictionary land in the following commits.)
"""
from __future__ import annotations

from pathlib import Path

from .analysis import Analysis, analyse


def build_tables(corpus: str | Path | None = None, *, workers: int = 1) -> Analysis:
    """Load ``corpus`` and derive every table from it, each stage once."""
    from .corpus import load_corpus

    return analyse(load_corpus(corpus, workers=workers))


def write_tables(a: Analysis, folder: str | Path) -> dict[str, Path]:
    """Write each table of ``a`` to ``folder/<name>.csv`` (UTF-8, LF, stable order)."""
    from .atomic import write_text

    folder = Path(folder)
    out: dict[str, Path] = {}
    for name in ("docs", "claims", "entities", "conflicts", "pairs", "derived", "types", "events"):
        table = getattr(a, name)
        out[name] = write_text(folder / f"{name}.csv", table.to_csv(index=False, lineterminator="\n"))
    return out
