"""All the tables of one corpus, computed once: what the notebooks, figures and brief share."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass
class Analysis:
    """The documents table and every table derived from it."""

    docs: pd.DataFrame
    claims: pd.DataFrame
    entities: pd.DataFrame
    conflicts: pd.DataFrame
    pairs: pd.DataFrame
    derived: pd.DataFrame
    types: pd.DataFrame
    events: pd.DataFrame
    removed: pd.DataFrame | None = None


def analyse(docs: pd.DataFrame) -> Analysis:
    """Claims, entities, conflicts, pairs, derivation, source types and events of ``docs``."""
    from .claims import extract_claims
    from .compare import classify_sources, compare_sources, derivation, find_conflicts
    from .entities import extract_entities
    from .timeline import build_timeline

    claims = extract_claims(docs)
    pairs = compare_sources(docs, claims)
    return Analysis(
        docs=docs, claims=claims, entities=extract_entities(docs), conflicts=find_conflicts(claims, docs),
        pairs=pairs, derived=derivation(pairs, docs), types=classify_sources(docs), events=build_timeline(docs),
    )
