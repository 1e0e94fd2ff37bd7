"""Subjects that only name a kind of quantity ("money", "percent", "rise"), from one data file.

Both the conflict detector (such a subject needs a shared name or event before two numbers are
one quantity) and the brief (such a subject never titles or leads it) read this one list.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from helpers.core.lexicon import column_values
from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def generic_subjects() -> frozenset[str]:
    """The subjects of ``data/generic_subjects.csv``."""
    return column_values("generic_subjects.csv", "subject")


@lru_cache(maxsize=1)
def coarse_subjects() -> frozenset[str]:
    """The subjects of ``data/generic_subjects.csv`` of kind ``coarse``: a real quantity ("cost", "revenue") whose
    owner only a name says, unlike a dimension used as a subject ("money", "count")."""
    with open(DATA_DIR / "generic_subjects.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["subject"] for r in csv.DictReader(fh) if r["kind"] == "coarse")
