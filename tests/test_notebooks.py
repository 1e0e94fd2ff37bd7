"""Notebook parameters: only what a notebook declares is injected."""
from __future__ import annotations

import nbformat
import pytest

from helpers.core.notebooks import declared_parameters, inject_parameters


def _nb(params_source: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# t"),
                nbformat.v4.new_code_cell(params_source, metadata={"tags": ["parameters"]}),
                nbformat.v4.new_code_cell("print(CORPUS)")]
    return nb


def test_declared_parameters_reads_plain_and_annotated_assignments():
    nb = _nb('CORPUS: str | None = None  # a folder\nOUT = None\nx.y = 1\n')
    assert declared_parameters(nb) == ["CORPUS", "OUT"]


def test_only_declared_parameters_are_injected_and_reinjection_replaces():
    nb = _nb("CORPUS: str | None = None\n")
    inject_parameters(nb, {"CORPUS": "/data/c", "OUT": "/out", "TITLE": "T"})
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and injected[0].source.endswith('CORPUS = "/data/c"')
    assert "OUT" not in injected[0].source and nb.cells.index(injected[0]) == 2
    inject_parameters(nb, {"CORPUS": "/other"})
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and '"/other"' in injected[0].source


def test_a_notebook_without_parameters_cell_refuses_parameters():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1")]
    inject_parameters(nb, {})
    with pytest.raises(ValueError, match="no cell tagged 'parameters'"):
        inject_parameters(nb, {"CORPUS": "x"})
