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
    #: one row per document: its source, relation, independent group, kind (see provenance.py)
    provenance: pd.DataFrame | None = None
    #: one row per claim family: the same fact across sources (see families.py)
    families: pd.DataFrame | None = None


def analyse(docs: pd.DataFrame) -> Analysis:
    """Claims, entities, conflicts, pairs, derivation, source types, events, provenance and claim
    families of ``docs``; claims and events carry ``is_ai_generated`` (inside a passage the
    source marks as AI-written)."""
    from .compare import compare_sources, derivation, find_conflicts
    from .claims import extract_claims
    from .entities import extract_entities
    from .families import families
    from .provenance import provenance
    from .sources import classify_sources, flag_ai_passages
    from .timeline import build_timeline

    claims, events = flag_ai_passages(docs, extract_claims(docs), build_timeline(docs))
    entities = extract_entities(docs)
    pairs = compare_sources(docs, claims)
    types = classify_sources(docs)
    prov = provenance(docs, pairs, entities, types, claims)
    return Analysis(
        docs=docs, claims=claims, entities=entities, conflicts=find_conflicts(claims, docs),
        pairs=pairs, derived=derivation(pairs, docs), types=types, events=events,
        provenance=prov, families=families(claims, docs, prov),
    )
