"""Stage 3, extract: numbers bound to what they count, entities, dated events."""
