"""Files -> the documents table: decoding, manifest, checksums, cleaning, clear errors.

``load_corpus(folder)`` reads every ``.txt``, ``.md`` and ``.html`` file below a folder,
with an optional ``MANIFEST.csv`` for what the text does not say and an optional
``OVERRIDES.csv`` to put back (or force out) passages the cleaner judged wrongly. It never
writes to the folder. See ``MANIFEST_COLUMNS`` and ``OVERRIDE_COLUMNS`` for the formats.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import time
import warnings
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable, Literal, Mapping, overload
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from helpers.clean import cleaner as _clean
from helpers.read.dates import find_dates, parse_date
from helpers.read.discovery import TEXT_SUFFIXES, list_files
from helpers.core.errors import CorpusError, CorpusWarning, Problem
from helpers.read.language import detect_languages
from helpers.read.manifest import KINDS, MANIFEST_COLUMNS, OVERRIDE_COLUMNS, read_manifest, read_overrides
from helpers.read.offsets import OffsetMap
from helpers.core.parallel import map_docs
from helpers.core.paths import MANIFEST_NAME, corpus_dir
from helpers.read.htmldom import html_text
from helpers.read.textio import decode_report, normalize_newlines

#: timings of the two halves of load_corpus, at DEBUG level (benchmarks/scale.py reads them)
log = logging.getLogger(__name__)

OVERRIDES_NAME = "OVERRIDES.csv"
ON_ERROR = ("raise", "skip")
PROBLEM_COLUMNS = ["file", "problem", "severity"]
__all__ = ["load_corpus", "read_document", "clean_document", "documents_table", "offset_map", "row_offset_map",
           "read_manifest", "read_overrides", "KINDS", "MANIFEST_COLUMNS", "OVERRIDE_COLUMNS", "TEXT_SUFFIXES"]
#: fields that may come from the manifest or from the text; the table says which in ``<field>_source``
META_FIELDS = ("label", "title", "author", "published", "outlet", "url", "kind", "languages")

DOCUMENT_COLUMNS = [
    "doc_id", "label", "path", "format", "encoding", "sha256", "outlet", "title", "author",
    "published", "published_precision", "url", "kind", "languages", "credit", "notes",
    "raw_chars", "clean_chars", "boilerplate_share",
    *[f"{f}_source" for f in META_FIELDS], "text_metadata", "text_evidence", "raw_text", "clean_text", "offset_map", "removals",
    "load_notes", "manifest_extra",
]


@dataclass
class LoadedDocument:
    """One file read and decoded (HTML reduced to text with source positions), not yet cleaned."""

    doc_id: str
    rel: str
    fmt: str
    sha256: str
    encoding: str
    raw_text: str
    base_text: str
    base_to_raw: np.ndarray | None
    #: what a reader should know about how the text was obtained (decoding, replaced bytes, mojibake)
    notes: list[str] = field(default_factory=list)
    #: HTML only: base spans the markup marks as page furniture (start, end, reason), and raw
    #: spans an unclosed element swallowed to the end of the file (start, end, what happened)
    structure: list[tuple[int, int, str]] = field(default_factory=list)
    markup_losses: list[tuple[int, int, str]] = field(default_factory=list)
    #: HTML only: metadata the markup states (<meta> tags, <time datetime>): field -> (value, what, raw start, end)
    html_meta: dict[str, tuple[str, str, int, int]] = field(default_factory=dict)


# --------------------------------------------------------------------------- files


def _load_file(path: Path, root: Path) -> LoadedDocument:
    data = path.read_bytes()
    text, encoding, notes = decode_report(data)
    raw = normalize_newlines(text)
    fmt = TEXT_SUFFIXES[path.suffix.lower()]
    structure: list[tuple[int, int, str]] = []
    losses: list[tuple[int, int, str]] = []
    html_meta: dict[str, tuple[str, str, int, int]] = {}
    if fmt == "html":
        parsed = html_text(raw)
        base, where, structure, losses = parsed.text, parsed.where, parsed.structure, parsed.markup_losses
        html_meta = parsed.meta
        if not base.strip():
            raise ValueError("empty file (the HTML holds no text)")
    else:
        base, where = raw, None
    return LoadedDocument(path.stem, path.relative_to(root).as_posix(), fmt, hashlib.sha256(data).hexdigest(),
                          encoding, raw, base, where, notes, structure, losses, html_meta)


# --------------------------------------------------------------------------- per-document steps
# The pure per-file functions ``load_corpus`` is made of, for running on another engine (see the
# README's "Large corpora" section, tested with Dask in tests/test_dask.py).


def read_document(path: str | Path, root: str | Path) -> LoadedDocument:
    """Read and decode one corpus file (``root`` is the corpus folder; ``doc_id`` is the file's
    stem). Raises ``ValueError`` saying what is wrong (empty, binary, undecodable...)."""
    return _load_file(Path(path), Path(root))


def clean_document(doc: LoadedDocument, doc_frequency: Mapping[str, int], n_docs: int,
                   overrides: Iterable[tuple[str, str, str]] = (), manifest_row: Mapping[str, str] | None = None
                   ) -> dict[str, object]:
    """Clean one read document into its documents-table row.

    ``doc_frequency`` and ``n_docs`` are the corpus-wide repetition counts
    (``clean.document_frequency`` over every document's ``clean.segment_keys``); ``overrides``
    are its rows of ``OVERRIDES.csv``; ``manifest_row`` its row of the manifest."""
    return _clean_row((doc, list(overrides), dict(manifest_row or {})), doc_frequency, n_docs)


def documents_table(rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """The documents table from :func:`clean_document` rows in any order (sorted by ``doc_id``)."""
    docs = pd.DataFrame(list(rows), columns=DOCUMENT_COLUMNS).sort_values("doc_id", kind="stable") \
        .reset_index(drop=True)
    return _outlet_labels(docs)


def short_outlet(name: str, width: int = 40) -> str:
    """An outlet's name short enough for a label, never cut inside a word or a bracket: without its parenthesis
    ("kbpp.org (machine translation of an AFP dispatch)": kbpp.org), else cut at a space with an ellipsis."""
    if len(name) <= width:
        return name
    base = re.sub(r"\s*[(（\[].*$", "", name).strip()
    if base and len(base) <= width:
        return base
    cut = name[:width].rsplit(" ", 1)[0] if " " in name[:width] else name[:width]
    return cut.rstrip(" ,;:-–—(（[") + "…"


def _outlet_labels(docs: pd.DataFrame) -> pd.DataFrame:
    """A document the manifest gives no label gets its outlet's name as label (a reader knows
    "Reuters", not "017_reuters-h20-licences"), numbered when an outlet has several documents;
    without an outlet it keeps its file name. ``label_source`` says which."""
    by_name = docs["label_source"].eq("file name") & docs["outlet"].notna() & docs["outlet"].astype(str).str.strip().ne("")
    if not by_name.any():
        return docs
    docs = docs.copy()
    outlets = docs.loc[by_name, "outlet"].astype(str).str.strip().map(short_outlet)
    taken = set(docs.loc[~by_name, "label"])
    counts = outlets.value_counts()
    seen: dict[str, int] = {}
    for i, name in outlets.items():
        seen[name] = seen.get(name, 0) + 1
        label = f"{name} ({seen[name]})" if counts[name] > 1 else name
        while label in taken:
            label += "*"
        taken.add(label)
        docs.at[i, "label"], docs.at[i, "label_source"] = label, f"outlet ({docs.at[i, 'outlet_source']})"
    return docs


# --------------------------------------------------------------------------- table


def _nonspace(text: str) -> int:
    """Characters that are not white space (``str.split`` and ``str.isspace`` agree on what is)."""
    return sum(map(len, text.split()))


@overload
def load_corpus(corpus: str | Path | None = ..., *, manifest: str | Path | bool | None = ...,
                workers: int = ..., progress: bool | None = ..., follow_symlinks: bool = ...,
                on_error: Literal["raise"] = ...) -> pd.DataFrame: ...
@overload
def load_corpus(corpus: str | Path | None = ..., *, manifest: str | Path | bool | None = ...,
                workers: int = ..., progress: bool | None = ..., follow_symlinks: bool = ...,
                on_error: Literal["skip"]) -> tuple[pd.DataFrame, pd.DataFrame]: ...


def load_corpus(corpus: str | Path | None = None, *, manifest: str | Path | bool | None = None,
                on_error: Literal["raise", "skip"] = "raise", workers: int = 1, progress: bool | None = None,
                follow_symlinks: bool = False):
    """Load a folder of documents into the documents table (one row per file, sorted by doc_id).

    Parameters
    ----------
    corpus:
        A folder of ``.txt``, ``.md`` and ``.html`` files (searched recursively). ``None`` or
        ``"seeds"`` is the project's built-in corpus.
    manifest:
        ``None``: use ``MANIFEST.csv`` in the folder if there is one. A path: that file.
        ``False``: ignore any manifest (metadata from the text only).
    on_error:
        ``"raise"`` (default): one :class:`CorpusError` listing every bad file; files loaded
        but flagged (legacy encoding, replaced bytes, mojibake, emptied by cleaning) and items
        not read on purpose (hidden files, links out of the folder) give one
        :class:`CorpusWarning`. ``"skip"``: load the good files and return
        ``(documents, problems)``, where ``problems`` is a table of ``file``, ``problem``
        and ``severity`` (``error``: left out; ``warning``: loaded but flagged, or not read).
    workers, progress:
        Clean on that many processes; show a progress bar (default: for 100+ documents on a terminal).
    follow_symlinks:
        Read symbolic links to files outside the corpus folder (default: a warning line instead).

    Manifest values win over values read from the text; ``<field>_source`` says which
    (``manifest``, ``text`` or empty when neither has it). A manifest ``sha256`` that does not
    match the file is an error: a changed input is never a silent difference. Each document's
    ``load_notes`` says where its text is not exactly what a UTF-8 reader would see.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    root = corpus_dir(corpus)
    if not root.exists():
        raise CorpusError(f"corpus folder {root} does not exist")
    if not root.is_dir():
        raise CorpusError(f"{root} is a file, not a folder of documents")
    t0 = time.perf_counter()
    loaded, man_rows, overrides, problems = _read_inputs(root, manifest, follow_symlinks)
    errors = [p for p in problems if p.severity == "error"]
    if not loaded and not errors:
        problems.append(Problem(str(root), "no .txt, .md or .html files in this folder"))
        errors = problems[-1:]
    if errors and on_error == "raise":
        raise CorpusError(errors, str(root))

    log.debug("load: %d files read and decoded in %.3f s", len(loaded), time.perf_counter() - t0)
    t0 = time.perf_counter()
    _clean.reset_memo()
    keys = map_docs(_clean.segment_keys, [d.base_text for d in loaded], workers, False)
    df = _clean.document_frequency(keys)
    by_site = _clean.site_frequencies(keys, [site_of(man_rows.get(d.rel, {})) for d in loaded])
    work = partial(_clean_row, doc_frequency=df, n_docs=len(loaded), by_site=by_site)
    rows = map_docs(work, [(d, overrides.get(d.rel, []), man_rows.get(d.rel, {})) for d in loaded],
                    workers, progress, "clean")
    docs = documents_table(rows)
    log.debug("clean: %d documents cleaned in %.3f s", len(docs), time.perf_counter() - t0)
    problems += [Problem(path, note, "warning") for path, notes in zip(docs["path"], docs["load_notes"])
                 for note in notes.split("\n") if note]
    if on_error == "skip":
        return docs, pd.DataFrame([(p.file, p.problem, p.severity) for p in problems], columns=PROBLEM_COLUMNS)
    flagged = [p for p in problems if p.severity == "warning"]
    if flagged:
        warnings.warn(CorpusWarning(f"{len(flagged)} item(s) in {root} loaded with a flag or not read:\n"
                                    + "\n".join(f"  - {p}" for p in flagged)), stacklevel=2)
    return docs


def _read_inputs(root: Path, manifest: str | Path | bool | None, follow_symlinks: bool
                 ) -> tuple[list[LoadedDocument], dict[str, dict[str, str]], dict[str, list[tuple[str, str, str]]],
                            list[Problem]]:
    """List, read and decode the files; read the manifest and overrides; check them together."""
    files, problems = list_files(root, follow_symlinks)
    man_rows: dict[str, dict[str, str]] = {}
    man_path = None if manifest is False else (Path(manifest) if manifest not in (None, True) else root / MANIFEST_NAME)
    if man_path is not None:
        if man_path.exists():
            man_rows, man_problems = read_manifest(man_path)
            problems += man_problems
        elif manifest not in (None, True):
            problems.append(Problem(str(manifest), "manifest file does not exist"))
    overrides: dict[str, list[tuple[str, str, str]]] = {}
    if (root / OVERRIDES_NAME).exists():
        overrides, o_problems = read_overrides(root / OVERRIDES_NAME)
        problems += o_problems

    loaded: list[LoadedDocument] = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        try:
            loaded.append(_load_file(path, root))
        except ValueError as exc:
            problems.append(Problem(rel, str(exc)))
        except OSError as exc:
            problems.append(Problem(rel, f"cannot read: {exc.strerror}"))

    loaded = _drop_duplicates(loaded, problems)
    loaded = _check_manifest(loaded, man_rows, problems)
    _check_overrides(loaded, overrides, problems)
    return loaded, man_rows, overrides, problems


def _drop_duplicates(loaded: list[LoadedDocument], problems: list[Problem]) -> list[LoadedDocument]:
    by_id: dict[str, LoadedDocument] = {}
    by_hash: dict[str, LoadedDocument] = {}
    out = []
    for d in loaded:
        key = hashlib.sha256(d.base_text.strip().encode()).hexdigest()
        if d.doc_id in by_id:
            problems.append(Problem(d.rel, f"doc_id {d.doc_id!r} is already used by {by_id[d.doc_id].rel}; rename one of them"))
        elif key in by_hash:
            problems.append(Problem(d.rel, f"duplicate document: same text as {by_hash[key].rel}; remove one copy"))
        else:
            by_id[d.doc_id], by_hash[key] = d, d
            out.append(d)
    return out


def _check_manifest(loaded: list[LoadedDocument], rows: dict[str, dict[str, str]], problems: list[Problem]) -> list[LoadedDocument]:
    present = {d.rel for d in loaded} | {p.file for p in problems}
    for file in rows:
        if file not in present:
            problems.append(Problem(MANIFEST_NAME, f"row for {file}, but there is no such file in the corpus folder"))
    out = []
    for d in loaded:
        want = rows.get(d.rel, {}).get("sha256", "")
        if want and want.lower() != d.sha256:
            problems.append(Problem(d.rel, f"changed: sha256 is {d.sha256[:12]}..., the manifest says {want[:12]}...; "
                                    "restore the original, or update MANIFEST.csv if the change is intended"))
        else:
            out.append(d)
    return out


def _check_overrides(loaded: list[LoadedDocument], overrides: dict[str, list[tuple[str, str, str]]],
                     problems: list[Problem]) -> None:
    """Every override names a loaded file and a passage in it; passages that differ from the
    text only in white space (a line re-wrapped when copied) are matched to the text's own."""
    texts = {d.rel: d.base_text for d in loaded}
    for file in sorted(overrides):
        if file not in texts:
            problems.append(Problem(OVERRIDES_NAME, f"override for {file}, but that file is not loaded"))
            overrides[file] = []
            continue
        kept = []
        for action, passage, note in overrides[file]:
            found = find_passage(texts[file], passage)
            if found is None:
                problems.append(Problem(OVERRIDES_NAME, f"override passage {passage[:60]!r} is not in {file}; "
                                        "copy it exactly from the file"))
            else:  # with on_error="skip", go on without the bad overrides
                kept.append((action, found, note))
        overrides[file] = kept


def find_passage(text: str, passage: str) -> str | None:
    """``passage`` as it occurs in ``text``: exactly, else with any run of white space
    (spaces, newlines) standing for any other; ``None`` when it is not there."""
    passage = normalize_newlines(passage)
    if passage in text:
        return passage
    words = passage.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)
    return m.group(0) if m else None


def site_of(manifest_row: Mapping[str, str]) -> str:
    """A document's site for cross-document repetition: its manifest outlet, else its URL's
    host, else "" (unknown)."""
    outlet = (manifest_row.get("outlet") or "").strip().casefold()
    if outlet:
        return outlet
    host = urlsplit((manifest_row.get("url") or "").strip()).hostname or ""
    return host.removeprefix("www.")


def _clean_row(item: tuple[LoadedDocument, list[tuple[str, str, str]], dict[str, str]], doc_frequency, n_docs: int,
               by_site: Mapping[str, Mapping[str, int]] | None = None) -> dict[str, object]:
    """Clean one loaded file and build its documents-table row (runs in worker processes too)."""
    d, doc_overrides, man = item
    site = site_of(man)
    return _row(d, _clean.clean_text(d.base_text, doc_frequency, n_docs, doc_overrides,
                                    structure=d.structure if d.fmt == "html" else None,
                                    site_frequency=(by_site or {}).get(site) if site else None), man)


def _iso_day(value: str) -> str | None:
    """The date of a markup timestamp ("2019-11-19T06:56:00-05:00" -> "2019-11-19"), or None."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    found = find_dates(value)
    return found[0].date_start if found and found[0].precision == "day" else None


def _raw_span(span: tuple[int, int] | None, to_raw, raw: str) -> str:
    """`` [raw a-b, line n]`` for the base span a metadata value was read from ("" if none)."""
    if not span or span[1] <= span[0]:
        return ""
    a, b = to_raw(span[0]), to_raw(span[1] - 1) + 1
    return f" [raw {a}-{b}, line {raw.count(chr(10), 0, a) + 1}]"


def _row(d: LoadedDocument, res: _clean.CleanResult, man: dict[str, str]) -> dict[str, object]:
    if d.base_to_raw is None:
        raw_index = res.base_index
    else:
        raw_index = np.where(res.base_index >= 0, d.base_to_raw[np.maximum(res.base_index, 0)], -1)
    omap = OffsetMap.from_index_array(raw_index, d.raw_text)
    to_raw = (lambda i: i) if d.base_to_raw is None else (lambda i: int(d.base_to_raw[i]))
    removals = [[to_raw(s), to_raw(e - 1) + 1, reason] for s, e, reason in res.removed_spans()]
    removals += [[s, e, f"markup: {what}"] for s, e, what in d.markup_losses]
    base_chars = _nonspace(d.base_text)
    clean_chars = _nonspace(res.text)
    text_meta = {
        "title": res.title, "author": res.author, "outlet": res.outlet, "url": None, "kind": None,
        "published": res.published, "languages": ";".join(detect_languages(res.text)) or None,
        "label": None,
    }
    markup_evidence = []
    for fld, (value, what, a, b) in sorted(d.html_meta.items()):
        if fld == "published":
            value = _iso_day(value)
        if value and not text_meta.get(fld):
            text_meta[fld] = value
            markup_evidence.append(f"{fld}: html {what} {value!r} [raw {a}-{b}, line {d.raw_text.count(chr(10), 0, a) + 1}]")
    row: dict[str, object] = {
        "doc_id": d.doc_id, "path": d.rel, "format": d.fmt, "encoding": d.encoding, "sha256": d.sha256,
        "credit": res.credit, "notes": man.get("notes") or None,
        "raw_chars": len(d.raw_text), "clean_chars": len(res.text),
        "boilerplate_share": round(1 - clean_chars / base_chars, 4) if base_chars else 0.0,
        "raw_text": d.raw_text, "clean_text": res.text, "offset_map": omap.to_string(),
        "removals": json.dumps(removals, ensure_ascii=False),
        "text_metadata": json.dumps({k: v for k, v in sorted(text_meta.items()) if v}, ensure_ascii=False),
        "text_evidence": "; ".join([f"{k}: {v}{_raw_span(res.spans.get(k), to_raw, d.raw_text)}"
                                    for k, v in sorted(res.evidence.items())]
                                   + markup_evidence
                                   + [f"problem: {what}" for _, _, what in d.markup_losses]) or None,
        "load_notes": "\n".join(d.notes + _emptied_note(base_chars, clean_chars)),
        "manifest_extra": json.dumps({k: v for k, v in sorted(man.items()) if k not in MANIFEST_COLUMNS and v},
                                     ensure_ascii=False) if set(man) - set(MANIFEST_COLUMNS) else "",
    }
    for f in META_FIELDS:
        if man.get(f):
            row[f], row[f"{f}_source"] = man[f], "manifest"
        elif text_meta.get(f):
            row[f], row[f"{f}_source"] = text_meta[f], "text"
        else:
            row[f], row[f"{f}_source"] = None, ""
    if row["label"] is None:
        row["label"], row["label_source"] = d.doc_id, "file name"
    if row["published"]:
        iso, precision = parse_date(str(row["published"]))
        row["published"], row["published_precision"] = iso, precision
        if row["published_source"] == "text" and res.published_precision:
            row["published_precision"] = res.published_precision
    else:
        row["published_precision"] = None
    return row


def _emptied_note(base_chars: int, clean_chars: int) -> list[str]:
    """A note when cleaning kept nothing of a document that had text."""
    if base_chars and not clean_chars:
        return ["cleaning kept nothing: every line looked like boilerplate or repeated text, so the document "
                "contributes nothing; add a keep row to OVERRIDES.csv if that is wrong"]
    return []


def offset_map(docs: pd.DataFrame, doc_id: str) -> OffsetMap:
    """The offset map of one document of a documents table (clean <-> raw, lines, columns)."""
    return row_offset_map(_doc_row(docs, doc_id))


def row_offset_map(row) -> OffsetMap:
    """The offset map of a documents-table row (a Series, a dict or an itertuples row)."""
    get = row.get if hasattr(row, "get") else lambda k: getattr(row, k)
    return OffsetMap.from_string(get("offset_map"), len(get("clean_text")), get("raw_text"))


def _doc_row(docs: pd.DataFrame, doc_id: str) -> pd.Series:
    hit = docs.loc[docs["doc_id"] == doc_id]
    if hit.empty:
        raise KeyError(f"no document {doc_id!r}; known: {list(docs['doc_id'])}")
    return hit.iloc[0]
