"""Execute the numbered notebooks in order, papermill-style parameters, byte-stable output.

Stable means: cell metadata cleared (tags kept), no timing metadata, notebook metadata
reduced to the kernel name and language, execution counts 1..n. Two runs on the same
inputs give the same bytes, so ``make brief`` twice leaves ``git status`` clean.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Mapping

import nbformat
from nbclient import NotebookClient

from helpers.core.atomic import write_text
from helpers.core.paths import NOTEBOOKS_DIR

INJECTED_TAG = "injected-parameters"
#: the kernel every Jupyter has: plain JupyterLab and papermill open the notebooks without set-up
KERNEL_NAME = "python3"
KERNEL_DISPLAY_NAME = "Python 3 (ipykernel)"
#: kernel arguments: its log at ERROR, so builds do not print its transport warning per notebook
QUIET_KERNEL = ["--IPKernelApp.log_level=ERROR"]
TWIN_FORMAT = "py:percent"


def twin_path(notebook: Path) -> Path:
    """The plain-text twin of a notebook (jupytext percent format), for reviewable diffs."""
    return notebook.with_suffix(".py")


def twin_text(nb: nbformat.NotebookNode) -> str:
    """The notebook as jupytext percent-format text (code and markdown, no outputs)."""
    import jupytext

    return jupytext.writes(nb, fmt=TWIN_FORMAT)


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``), in order."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def declared_parameters(nb: nbformat.NotebookNode) -> list[str]:
    """Names assigned at the top level of the notebook's ``parameters``-tagged cell."""
    import ast

    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        return []
    names = []
    for node in ast.parse(cell.source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def inject_parameters(nb: nbformat.NotebookNode, parameters: dict[str, object]) -> None:
    """Replace any injected cell, then add one after the ``parameters``-tagged cell.

    Only the parameters the notebook declares are injected (a notebook that writes nothing
    declares no ``OUT``); the others are ignored, as papermill would warn about them."""
    nb.cells = [c for c in nb.cells if INJECTED_TAG not in c.get("metadata", {}).get("tags", [])]
    at = next((i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if at is None:
        if parameters:
            raise ValueError("notebook has no cell tagged 'parameters' to override")
        return
    declared = set(declared_parameters(nb))
    parameters = {k: v for k, v in parameters.items() if k in declared}
    if not parameters:
        return
    source = "# Parameters injected by `python -m helpers build`\n" + "\n".join(
        f"{k} = {json.dumps(v)}" for k, v in parameters.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": [INJECTED_TAG]})
    cell["id"] = "injected-parameters"
    nb.cells.insert(at + 1, cell)


def _scrub(nb: nbformat.NotebookNode) -> None:
    nb.metadata = nbformat.NotebookNode({
        "kernelspec": {"display_name": KERNEL_DISPLAY_NAME, "language": "python", "name": KERNEL_NAME},
        "language_info": {"name": "python"},
    })
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags")
        cell["metadata"] = nbformat.NotebookNode({"tags": tags} if tags else {})
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                if "metadata" in out:
                    out["metadata"] = nbformat.NotebookNode({})


def run_notebook(path: Path, parameters: dict[str, object] | None = None, out: Path | None = None,
                 timeout: int = 600, env: Mapping[str, str] | None = None) -> Path:
    """Execute one notebook (in its own folder) and write it, with outputs, to ``out`` or in place.

    ``env`` adds environment variables for the kernel (the build's staging folder)."""
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, parameters or {})
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = NotebookClient(nb, timeout=timeout, kernel_name=KERNEL_NAME, record_timing=False,
                            extra_arguments=QUIET_KERNEL, resources={"metadata": {"path": str(path.parent)}})
    client.execute(env={**os.environ, **(env or {})})
    _scrub(nb)
    target = out or path
    write_text(target, nbformat.writes(nb) + "\n")
    try:  # the .py twin is for reviewing diffs in the repository; jupytext is a dev tool
        write_text(twin_path(target), twin_text(nb))
    except ImportError:
        pass
    return target
