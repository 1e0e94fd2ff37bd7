"""All the tables of one corpus, computed once: what the notebooks, figures and brief share."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass
class Analysis:
    """The documents table and every table derived from it (declared in :mod:`helpers.tables`)."""

    docs: pd.DataFrame
    claims: pd.DataFrame
    entities: pd.DataFrame
    conflicts: pd.DataFrame
    pairs: pd.DataFrame
    derived: pd.DataFrame
    types: pd.DataFrame
    events: pd.DataFrame
    #: the cleaning audit: one row per removed stretch of raw text
    removed: pd.DataFrame | None = None
    #: one row per document: its source, relation, independent group, kind (see provenance.py)
    provenance: pd.DataFrame | None = None
    #: one row per claim family: the same fact across sources (see families.py)
    families: pd.DataFrame | None = None
    #: one row per change a retelling made to its original (see drift.py)
    drift: pd.DataFrame | None = None
    #: files that could not be loaded or were loaded with a flag (``on_error="skip"``)
    problems: pd.DataFrame | None = None
