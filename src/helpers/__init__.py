"""Desert Compute: load, clean, compare and cite a small corpus of disagreeing documents.

Public API (each returns a pandas DataFrame with one row per thing, in a stable order):

- :func:`load_corpus` - files -> documents table (clean text, metadata, offset maps)
- :func:`removed` - audit table of every boilerplate removal, with raw lines and reasons
- :func:`locate` - a clean-text span -> raw file line and column
- :func:`metadata_table` - per document and field: what the manifest said, what the text said
"""
from __future__ import annotations

from .audit import busiest_line, check_offsets, find_quote, first_sentence, locate, metadata_table, overview, removal_summary, removed
from .corpus import load_corpus, offset_map
from .errors import CorpusError, OffsetError

__all__ = ["load_corpus", "busiest_line", "removed", "removal_summary", "locate", "find_quote", "first_sentence", "check_offsets", "metadata_table",
           "overview", "offset_map", "CorpusError", "OffsetError"]
__version__ = "0.1.0"
