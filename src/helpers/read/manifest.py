"""The corpus folder's control files: ``MANIFEST.csv`` (metadata per file) and
``OVERRIDES.csv`` (passages the cleaner must keep or remove).

Both are read tolerantly but never silently: an unknown column is kept (with a warning and
a did-you-mean), an unlisted ``kind`` is mapped to the documented vocabulary, a quoted value
keeps its newlines, and every problem names the file and the row.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
from functools import lru_cache
from pathlib import Path

from helpers.read.dates import parse_date
from helpers.core.errors import Problem
from helpers.core.paths import DATA_DIR
from helpers.read.textio import decode_bytes, normalize_newlines

#: the documented kinds of document (README, "Manifest"); ``summary`` kept for older manifests
KINDS = ("original", "retelling", "summary", "aggregator", "blog", "transcript", "social", "press_release", "other")
MANIFEST_COLUMNS = ("file", "sha256", "label", "outlet", "url", "title", "author", "published",
                    "kind", "languages", "notes")
OVERRIDE_COLUMNS = ("file", "action", "text", "note")
OVERRIDE_REQUIRED = ("file", "action", "text")


@lru_cache(maxsize=1)
def kind_synonyms() -> dict[str, str]:
    """``{spelling: kind}`` from ``data/kinds.csv``."""
    with open(DATA_DIR / "kinds.csv", encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["spelling"]: r["kind"] for r in rows}


def normalise_kind(value: str) -> tuple[str, str]:
    """A manifest ``kind`` -> ``(documented kind, note)``; the note is empty when the value is
    a documented kind (any case, spaces or hyphens for underscores)."""
    key = re.sub(r"[\s\-]+", "_", value.strip().lower())
    if key in KINDS:
        return key, ""
    if key in kind_synonyms():
        kind = kind_synonyms()[key]
        return kind, f"kind {value!r} read as {kind!r}"
    return "other", f"kind {value!r} is not a known kind; read as 'other' (known: {', '.join(KINDS)})"


def did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    """`` (did you mean 'x'?)`` for a near miss among ``choices``, else ``""``."""
    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _read_csv(path: Path) -> tuple[list[str], list[dict[str | None, object]]]:
    """Header and rows of a CSV control file; ``ValueError`` saying what is wrong otherwise.

    Quoted values keep their newlines (the text is parsed as a whole, not line by line)."""
    try:
        text, _ = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise ValueError(f"cannot read: {exc.strerror}") from None
    try:
        reader = csv.DictReader(io.StringIO(normalize_newlines(text), newline=""))
        cols = [c.strip() for c in (reader.fieldnames or [])]
        reader.fieldnames = cols
        return cols, list(reader)
    except csv.Error as exc:
        raise ValueError(f"not a readable CSV file ({exc})") from None


def _cell(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def read_manifest(path: Path) -> tuple[dict[str, dict[str, str]], list[Problem]]:
    """Read a manifest CSV into ``{file: row}``; problems name the manifest and the row.

    Unknown columns stay in the row (the documents table keeps them in ``manifest_extra``);
    a ``published`` value that is not a date is an error and left out of the row, so the
    document still loads (with the date from its text) when errors are skipped."""
    name = path.name
    try:
        cols, records = _read_csv(path)
    except ValueError as exc:
        return {}, [Problem(name, str(exc))]
    problems = [Problem(name, f"unknown column {c!r} kept as extra metadata{did_you_mean(c, MANIFEST_COLUMNS)}; "
                        f"known columns: {', '.join(MANIFEST_COLUMNS)}", "warning")
                for c in cols if c and c not in MANIFEST_COLUMNS]
    if "file" not in cols:
        problems.append(Problem(name, "no 'file' column: each row must name the file it describes"))
        return {}, problems
    rows: dict[str, dict[str, str]] = {}
    for lineno, record in enumerate(records, start=2):
        if record.get(None):
            problems.append(Problem(name, f"row {lineno} has more values than the header has columns; "
                                    "quote values that contain commas", "warning"))
        row = {k: _cell(v) for k, v in record.items() if k}
        file = row.get("file", "")
        if not file:
            problems.append(Problem(name, f"row {lineno} has an empty 'file'"))
            continue
        if file in rows:
            problems.append(Problem(name, f"row {lineno} describes {file} a second time"))
            continue
        if row.get("kind"):
            row["kind"], note = normalise_kind(row["kind"])
            if note:
                problems.append(Problem(name, f"row {lineno} ({file}): {note}", "warning"))
        if row.get("published"):
            try:
                parse_date(row["published"])
            except ValueError as exc:
                problems.append(Problem(name, f"row {lineno} ({file}): {exc}; the date is left out"))
                row["published"] = ""
        rows[file] = row
    return rows, problems


def read_overrides(path: Path) -> tuple[dict[str, list[tuple[str, str, str]]], list[Problem]]:
    """Read ``OVERRIDES.csv``: ``file, action (keep|remove), text (exact passage), note``.

    A passage may span several lines (quote it). Rows with a missing field are errors
    naming the row; the other rows still apply when errors are skipped."""
    name = path.name
    try:
        cols, records = _read_csv(path)
    except ValueError as exc:
        return {}, [Problem(name, str(exc))]
    missing = [c for c in OVERRIDE_REQUIRED if c not in cols]
    if missing:
        return {}, [Problem(name, f"columns {cols}: {missing} missing; expected {list(OVERRIDE_COLUMNS)}")]
    problems = [Problem(name, f"unknown column {c!r} ignored{did_you_mean(c, OVERRIDE_COLUMNS)}", "warning")
                for c in cols if c and c not in OVERRIDE_COLUMNS]
    out: dict[str, list[tuple[str, str, str]]] = {}
    for lineno, record in enumerate(records, start=2):
        row = {k: v if isinstance(v, str) else "" for k, v in record.items() if k}
        empty = [c for c in OVERRIDE_REQUIRED if not row.get(c, "").strip()]
        if empty:
            problems.append(Problem(name, f"row {lineno}: missing {', '.join(repr(c) for c in empty)}"))
            continue
        action = row["action"].strip().lower()
        if action not in ("keep", "remove"):
            problems.append(Problem(name, f"row {lineno}: action must be keep or remove, not {row['action']!r}"))
            continue
        out.setdefault(row["file"].strip(), []).append((action, row["text"], row.get("note", "")))
    return out, problems
