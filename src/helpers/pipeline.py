"""Build every table of one corpus once, in the design's order; cache them; write them to disk.

::

    files -read/clean-> documents, removed -extract-> claims, entities, events
          -compare-> pairs, conflicts, derived, types, provenance, families, drift

Each stage takes the tables before it and never reruns another. :func:`build_tables` returns
an :class:`~helpers.analysis.Analysis` whose tables are conformed to and validated against
their declarations in :mod:`helpers.tables`. Results are cached on disk, keyed on the corpus
(every file's bytes and name), the package version and a fingerprint of the package's own
code and data files, so a change to any of them invalidates the cache. Notebooks opened
alone rebuild what they need; the build step fills the cache first, so the five notebooks
of one ``make brief`` share one computation. :func:`write_tables` writes the tables as
byte-stable CSV with a data dictionary.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import time
from pathlib import Path

import pandas as pd

from helpers import tables as T
from helpers.analysis import Analysis

log = logging.getLogger(__name__)

#: tables written by :func:`write_tables`, file name -> Analysis attribute
WRITTEN = {"documents": "docs", "removed": "removed", "claims": "claims", "entities": "entities",
           "events": "events", "pairs": "pairs", "conflicts": "conflicts", "derived": "derived", "types": "types", "provenance": "provenance",
           "families": "families", "drift": "drift"}
#: bump when the cached object's shape changes
CACHE_FORMAT = 1


def _fingerprint_files(root: Path, patterns: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for p in sorted(q for pat in patterns for q in root.rglob(pat) if q.is_file() and "__pycache__" not in q.parts):
        h.update(p.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


_CODE_FINGERPRINT: str | None = None


def code_fingerprint() -> str:
    """SHA-256 over the package's source and data files (changes whenever the code does)."""
    global _CODE_FINGERPRINT
    if _CODE_FINGERPRINT is None:
        _CODE_FINGERPRINT = _fingerprint_files(Path(__file__).resolve().parent, ("*.py", "*.csv", "*.txt", "*.toml",
                                                                                  "*.md", "*.css", "*.mplstyle"))
    return _CODE_FINGERPRINT


def corpus_key(corpus: str | Path | None = None, **options: object) -> str:
    """Cache key of a corpus: every file's path and bytes, options, versions and the code fingerprint."""
    from helpers import __version__
    from helpers.core.paths import corpus_dir

    root = corpus_dir(corpus)
    h = hashlib.sha256()
    for part in (str(CACHE_FORMAT), __version__, pd.__version__, code_fingerprint(), repr(sorted(options.items())),
                 _fingerprint_files(root, ("*",)) if root.is_dir() else str(root)):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()[:24]


def cache_dir() -> Path:
    """Where cached tables live: ``$DESERT_COMPUTE_CACHE``, else ``.cache/tables`` of a checkout, else the user cache."""
    if os.environ.get("DESERT_COMPUTE_CACHE"):
        return Path(os.environ["DESERT_COMPUTE_CACHE"]).expanduser()
    from helpers.core.paths import REPO_ROOT

    if (REPO_ROOT / "pyproject.toml").is_file():
        return REPO_ROOT / ".cache" / "tables"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "desert-compute" / "tables"


#: from this many documents (and ``workers`` > 1), source types, credits and AI passages are read on
#: ``workers`` processes
PARALLEL_FROM = 1000
_TYPE_COLUMNS = ("doc_id", "label", "kind", "raw_text")
_CREDIT_COLUMNS = ("doc_id", "outlet", "author", "clean_text", "raw_text", "credit", "format")
_AI_COLUMNS = ("doc_id", "clean_text", "raw_text")


def _per_document_sources(docs: pd.DataFrame, workers: int) -> tuple[pd.DataFrame | None, dict | None,
                                                                      pd.DataFrame | None]:
    """:func:`classify_sources`, :func:`doc_credits` and :func:`ai_passages` of ``docs`` (each per
    document) on ``workers`` processes for large corpora: each reads a contiguous share of the rows
    (only the columns it needs); results are joined in corpus order, the same as one process gives.
    Small corpora (or one worker): ``(None, None, None)``; the stages compute them themselves."""
    from functools import partial

    from helpers.compare.attribution import doc_credits
    from helpers.compare.sources import ai_passages, classify_sources
    from helpers.core.parallel import process_pool

    if workers < 2 or len(docs) < PARALLEL_FROM:
        return None, None, None
    known = tuple(sorted({o for o in docs["outlet"] if isinstance(o, str) and o}))
    bounds = [len(docs) * s // workers for s in range(workers + 1)]
    shares = [slice(a, b) for a, b in zip(bounds, bounds[1:])]

    def cut(s: slice, columns: tuple[str, ...]) -> pd.DataFrame:
        return docs.iloc[s][[c for c in columns if c in docs.columns]].reset_index(drop=True)

    with process_pool(workers) as pool:
        types = [pool.submit(classify_sources, cut(s, _TYPE_COLUMNS)) for s in shares]
        creds = [pool.submit(partial(doc_credits, known=known), cut(s, _CREDIT_COLUMNS)) for s in shares]
        spans = [pool.submit(ai_passages, cut(s, _AI_COLUMNS)) for s in shares]
        joined: dict = {}
        for job in creds:
            joined.update(job.result())
        return (pd.concat([job.result() for job in types], ignore_index=True), joined,
                pd.concat([job.result() for job in spans], ignore_index=True))


def run_stages(docs: pd.DataFrame, workers: int = 1) -> Analysis:
    """Every table after the documents table, each stage once, each validated against its declaration."""
    from helpers.clean.audit import removed
    from helpers.extract.claims import extract_claims
    from helpers.compare.reuse import compare_sources, derivation, find_conflicts
    from helpers.compare.drift import drift
    from helpers.extract.entities import extract_entities
    from helpers.compare.families import families
    from helpers.compare.provenance import provenance
    from helpers.compare.sources import classify_sources, flag_ai_passages
    from helpers.extract.timeline import build_timeline

    def stage(name: str, fn, *args, **kw) -> pd.DataFrame:
        t0 = time.perf_counter()
        out = T.validate(T.conform(fn(*args, **kw), name), name)
        log.info("%s: %d rows in %.2fs", name, len(out), time.perf_counter() - t0)
        return out

    def timed(name: str, fn, *args, **kw):
        t0 = time.perf_counter()
        out = fn(*args, **kw)
        first = out[0] if isinstance(out, tuple) else out
        log.info("%s: %d rows in %.2fs", name, 0 if first is None else len(first), time.perf_counter() - t0)
        return out

    docs = stage("documents", lambda: docs)
    gone = stage("removed", removed, docs)
    claims = timed("extract claims", extract_claims, docs, workers=workers)
    events = timed("extract events", build_timeline, docs, workers=workers)
    types, creds, spans = timed("types, credits, AI passages", _per_document_sources, docs, workers)
    claims, events = timed("ai flags", flag_ai_passages, docs, claims, events, spans)
    claims = stage("claims", lambda: claims)
    events = stage("events", lambda: events)
    entities = stage("entities", extract_entities, docs, workers=workers)
    pairs = stage("pairs", compare_sources, docs, claims, workers=workers)
    conflicts = stage("conflicts", find_conflicts, claims, docs)
    derived = stage("derived", derivation, pairs, docs)
    types = stage("types", classify_sources, docs) if types is None else stage("types", lambda: types)
    prov = stage("provenance", provenance, docs, pairs, entities, types, claims, creds=creds)
    fams = stage("families", families, claims, docs, prov)
    changes = stage("drift", drift, docs, prov, claims, entities)
    return Analysis(docs=docs, claims=claims, entities=entities, conflicts=conflicts, pairs=pairs, derived=derived,
                    types=types, events=events, removed=gone, provenance=prov, families=fams, drift=changes)


def analyse(docs: pd.DataFrame, workers: int = 1) -> Analysis:
    """Every table derived from a documents table, each stage once (:func:`run_stages`)."""
    return run_stages(docs, workers=workers)


def build_tables(corpus: str | Path | None = None, *, workers: int = 1, cache: bool = True,
                 on_error: str = "raise") -> Analysis:
    """Load ``corpus`` and build every table once; reuse the cached tables of the same corpus and code.

    ``on_error="skip"`` loads the good files and keeps the problems table in ``Analysis.problems``
    (with ``"raise"`` a bad file stops with one :class:`~helpers.core.errors.CorpusError` naming it).
    """
    from helpers.clean.corpus import load_corpus

    path = cache_dir() / f"{corpus_key(corpus, on_error=on_error)}.pickle" if cache else None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                hit = pickle.load(fh)
            if isinstance(hit, Analysis):
                return hit
        except Exception as exc:  # a truncated or foreign cache file: rebuild, never fail on it
            log.warning("ignoring unreadable cache %s (%s)", path, exc)
    loaded = load_corpus(corpus, workers=workers, on_error=on_error)
    docs, problems = loaded if isinstance(loaded, tuple) else (loaded, None)
    a = run_stages(docs, workers=workers)
    a.problems = problems
    if path is not None:
        _store(path, a)
    return a


def _store(path: Path, a: Analysis) -> None:
    from helpers.core.atomic import write_bytes

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, pickle.dumps(a, protocol=5))
    except OSError as exc:  # a read-only cache is a slower run, not a failure
        log.warning("could not write the table cache %s (%s)", path, exc)


def _csv(table: pd.DataFrame) -> str:
    return table.to_csv(index=False, lineterminator="\n", float_format="%.10g")


def write_tables(a: Analysis, folder: str | Path) -> dict[str, Path]:
    """Write every table of ``a`` to ``folder/<table>.csv`` plus ``folder/DICTIONARY.csv`` (byte-stable)."""
    from helpers.core.atomic import write_text

    folder = Path(folder)
    out: dict[str, Path] = {}
    for name, attr in WRITTEN.items():
        out[name] = write_text(folder / f"{name}.csv", _csv(T.validate(getattr(a, attr), name)))
    out["DICTIONARY"] = write_text(folder / "DICTIONARY.csv", _csv(T.data_dictionary(WRITTEN)))
    return out
