"""Plumbing: project paths, atomic writes, worker pools, errors, staged builds, notebook execution."""
