"""Desert Compute: load, clean, compare and cite a small corpus of disagreeing documents.

Public API (each returns a pandas DataFrame with one row per thing, in a stable order):

- :func:`load_corpus` - files -> documents table (clean text, metadata, offset maps)
- :func:`removed` - audit table of every boilerplate removal, with raw lines and reasons
- :func:`locate` - a clean-text span -> raw file line and column
- :func:`extract_claims`, :func:`extract_entities` - quantities with hedges; places, firms, chips
- :func:`find_conflicts`, :func:`compare_sources`, :func:`classify_sources`, :func:`derivation`, :func:`drift`
- :func:`build_timeline` - dated statements (events table); :func:`merge_events` groups them
- :func:`kwic`, :func:`in_context`, :func:`tidy` - a concordance, quotes in context, readable tables
- :func:`metadata_table` - per document and field: what the manifest said, what the text said
"""
from __future__ import annotations

from helpers.analysis import Analysis
from helpers.pipeline import analyse
from helpers.clean.audit import busiest_line, check_offsets, find_quote, first_sentence, locate, metadata_table, overview, removal_summary, removed
from helpers.clean.corpus import load_corpus, offset_map
from helpers.extract.claims import claim_matrix, extract_claims
from helpers.compare.reuse import classify_sources, compare_sources, derivation, drift, find_conflicts
from helpers.extract.entities import extract_entities
from helpers.core.errors import CorpusError, OffsetError
from helpers.present.explore import in_context, kwic, tidy
from helpers.extract.temporal import find_temporal
from helpers.extract.timeline import build_timeline, merge_events

__all__ = ["load_corpus", "busiest_line", "removed", "removal_summary", "locate", "find_quote", "first_sentence", "check_offsets", "metadata_table",
           "overview", "offset_map", "CorpusError", "OffsetError",
           "build_timeline", "merge_events", "find_temporal", "extract_claims", "claim_matrix", "extract_entities",
           "find_conflicts", "compare_sources", "classify_sources", "derivation", "drift", "analyse", "Analysis",
           "kwic", "in_context", "tidy"]
__version__ = "0.1.0"
