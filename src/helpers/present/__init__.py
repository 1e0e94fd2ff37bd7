"""Stage 5, present: figures in one style, the brief, exploring helpers."""
