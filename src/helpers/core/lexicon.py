"""Word lists kept as data: one regular expression from the patterns of a file in ``data/``.

Many rules read a small CSV whose rows each hold a pattern, with the language or position it applies to and its
provenance (``data/move_causes.csv``, ``data/plan_verbs.csv``...). :func:`alternation` joins the patterns of the rows
wanted into one expression, read once per run; :func:`named_patterns` keeps each row's pattern apart, with its name;
:func:`word_list` reads a plain list of words (``data/not_nouns.txt``).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=None)
def alternation(name: str, column: str = "pattern", flags: int = re.I,
                where: tuple[str, str] | None = None) -> re.Pattern[str]:
    """One expression matching any row's ``column`` of ``data/<name>``; only rows whose column ``where[0]`` holds
    ``where[1]`` when ``where`` is given; an expression that matches nothing when no row is wanted."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if where is None or r[where[0]] == where[1]]
    return re.compile("|".join(f"(?:{r[column]})" for r in rows) or r"(?!)", flags)


@lru_cache(maxsize=None)
def named_patterns(name: str, key: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(``key``, compiled ``pattern``) of each row of ``data/<name>``, in file order, case-insensitive."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return tuple((r[key], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of ``data/<name>``, a plain list: one or more words per line, lines starting with # left out."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w for ln in lines if not ln.startswith("#") for w in ln.split())


@lru_cache(maxsize=None)
def column_values(name: str, column: str) -> frozenset[str]:
    """The values of one ``column`` of ``data/<name>``, a CSV with a header (a list of subjects with provenance)."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return frozenset(r[column] for r in csv.DictReader(fh))


@lru_cache(maxsize=None)
def column_words(name: str, column: str) -> str:
    """One alternation of every form in a column of ``data/<name>`` whose values are alternations themselves
    ("Indian|India's"), longest first, so that a regex tries the longer form first and the order never varies."""
    return "|".join(sorted({w for v in column_values(name, column) for w in v.split("|") if w},
                           key=lambda w: (-len(w), w)))
