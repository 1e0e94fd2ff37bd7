"""Stage 1, read: files -> decoded text, HTML structure with source positions, manifest, offset maps."""
