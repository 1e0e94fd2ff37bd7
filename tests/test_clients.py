"""The package in the clients a researcher uses: plain JupyterLab (standard python3 kernel, a
save leaves the files unchanged), the wheel (every data file), defaults outside a checkout,
and worker processes that never fork a threaded process."""
from __future__ import annotations

import json
import subprocess
import sys
import tomllib

import nbformat
import pytest

from helpers.core import parallel
from helpers.core.notebooks import KERNEL_DISPLAY_NAME, KERNEL_NAME, notebook_paths, twin_path, twin_text
from helpers.core.paths import REPO_ROOT

NOTEBOOKS = notebook_paths()
#: the committed notebooks were executed before the kernel became python3; the maintainer
#: re-executes them after merging, and from then on the check below must pass
NOT_YET_REEXECUTED = any(json.loads(nb.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"] != KERNEL_NAME
                         for nb in NOTEBOOKS)


def test_the_build_writes_the_standard_kernel():
    from helpers.core.notebooks import _scrub
    nb = nbformat.v4.new_notebook()
    _scrub(nb)
    assert nb.metadata["kernelspec"] == {"display_name": "Python 3 (ipykernel)", "language": "python",
                                         "name": "python3"}
    assert (KERNEL_NAME, KERNEL_DISPLAY_NAME) == ("python3", "Python 3 (ipykernel)")


@pytest.mark.xfail(NOT_YET_REEXECUTED, reason="passes once the notebooks are re-executed with the python3 kernel",
                   strict=False)
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_notebooks_name_the_standard_python3_kernel(notebook):
    meta = json.loads(notebook.read_text(encoding="utf-8"))["metadata"]
    assert meta["kernelspec"]["name"] == "python3"
    assert "name: python3" in twin_path(notebook).read_text(encoding="utf-8")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_a_jupyterlab_save_changes_no_byte(notebook):
    """JupyterLab saves with nbformat (indent 1, trailing newline) and jupytext rewrites the twin:
    with the kernel it already names, a save must reproduce both files exactly (git status clean)."""
    nb = nbformat.read(notebook, as_version=4)
    assert nbformat.writes(nb) + "\n" == notebook.read_text(encoding="utf-8")
    assert twin_text(nb) == twin_path(notebook).read_text(encoding="utf-8")


def test_workers_never_fork():
    assert parallel.START_METHOD in ("forkserver", "spawn")
    with parallel.process_pool(1) as pool:
        assert pool._mp_context.get_start_method() == parallel.START_METHOD


def test_library_defaults_outside_a_checkout(tmp_path):
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import helpers.core.paths as p; "
            "print(p.IN_CHECKOUT, p.FIGURES_DIR, p.NOTEBOOKS_DIR.parent.name)\n"
            "try:\n    p.corpus_dir(None)\nexcept Exception as e:\n    print(type(e).__name__, e)")
    import shutil
    pkg = tmp_path / "site"
    shutil.copytree(REPO_ROOT / "src" / "helpers", pkg / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    out = subprocess.run([sys.executable, "-c", code, str(pkg)], capture_output=True, text=True, timeout=60,
                         cwd=tmp_path).stdout
    assert out.splitlines()[0] == "False figures desert-compute"
    assert out.splitlines()[1].startswith("CorpusError") and "pass the folder of your documents" in out


def test_pyproject_packages_every_data_file_and_the_notebooks():
    cfg = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = cfg["package-data"]["helpers"]
    for needed in ("data/*.md", "data/*.css", "data/*.toml", "data/*.csv"):
        assert needed in patterns
    assert cfg["data-files"]["share/desert-compute/notebooks"] == ["notebooks/*.ipynb"]


def _without_kernelspec(text: str) -> dict:
    data = json.loads(text)
    data["metadata"].pop("kernelspec", None)
    return data


def test_executing_a_notebook_with_the_python3_kernel_reproduces_it(tmp_path):
    """The round trip a JupyterLab user makes (run all, save): the executed copy equals the
    committed notebook, so `git status` stays clean. Until the committed notebooks are
    re-executed, they still name the old kernel, so that one field is compared separately."""
    from helpers.core.notebooks import run_notebook
    nb = next(p for p in NOTEBOOKS if p.name.startswith("00_"))
    copy = tmp_path / nb.name
    copy.write_bytes(nb.read_bytes())
    run_notebook(copy)
    ran, committed = copy.read_text(encoding="utf-8"), nb.read_text(encoding="utf-8")
    assert json.loads(ran)["metadata"]["kernelspec"]["name"] == "python3"
    assert _without_kernelspec(ran) == _without_kernelspec(committed)
    if not NOT_YET_REEXECUTED:
        assert ran == committed
        assert twin_path(copy).read_text(encoding="utf-8") == twin_path(nb).read_text(encoding="utf-8")
