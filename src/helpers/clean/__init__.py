"""Stage 2, clean: boilerplate rules, the documents table, the removal audit."""
