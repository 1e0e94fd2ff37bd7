"""Stage 4, compare: text reuse, conflicts, provenance, claim families, drift, source typing."""
