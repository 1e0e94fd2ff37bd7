"""The layout shows the pipeline: stage packages import only earlier stages; functions and
modules stay small enough to read (the README names any exception and why)."""
from __future__ import annotations

import ast
import re

from helpers.core.paths import PACKAGE_DIR, REPO_ROOT

#: stage packages in pipeline order; a module may import its own stage and earlier ones only
STAGES = ("core", "read", "clean", "extract", "compare", "present")
#: top-level modules and what they may import: the interface (tables, story, analysis) sits
#: beside core; pipeline, build and cli orchestrate every stage
TOP = {"tables": 0, "story": 0, "analysis": 0}
MAX_FUNCTION, MAX_MODULE = 80, 500
#: modules allowed past MAX_MODULE lines, with the reason the README gives
LONG_MODULES: dict[str, str] = {}


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("helpers."):
            out.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "helpers":
            out.update(a.name for a in node.names)
    return out


def _rank(name: str) -> int | None:
    if name in STAGES:
        return STAGES.index(name)
    return TOP.get(name)


def test_stage_packages_import_only_earlier_stages():
    wrong = []
    for i, stage in enumerate(STAGES):
        for path in sorted((PACKAGE_DIR / stage).glob("*.py")):
            for dep in _imports(path):
                r = _rank(dep)
                if r is None and dep not in STAGES:
                    r = 99  # pipeline, build, cli: orchestration above every stage
                if r > i and not (dep in TOP and i >= 1):
                    wrong.append(f"{path.relative_to(PACKAGE_DIR)} imports helpers.{dep}")
    assert not wrong, wrong


def test_the_interface_modules_import_no_stage():
    for name in TOP:
        deps = _imports(PACKAGE_DIR / f"{name}.py") - {"core"}
        assert not (deps & set(STAGES)), (name, deps)


def test_no_function_too_long_and_no_module_too_long():
    long_functions, long_modules = [], []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR).as_posix()
        src = path.read_text(encoding="utf-8")
        if len(src.splitlines()) > MAX_MODULE and rel not in LONG_MODULES:
            long_modules.append((rel, len(src.splitlines())))
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION:
                    long_functions.append((rel, node.name, n))
    assert not long_functions, long_functions
    assert not long_modules, long_modules


def test_the_readme_layout_names_every_stage_package():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for stage in STAGES:
        assert re.search(rf"^  {stage}/ ", readme, re.M), stage  # in the layout tree under src/helpers/


def test_every_data_table_parses_with_its_header_width():
    """A comma inside an unquoted regex ({1,12}) silently splits a row of a lexicon: every row of every
    data CSV must have exactly its header's fields, and a ``pattern`` column must compile."""
    import csv
    import re

    from helpers.core.paths import DATA_DIR

    bad = []
    for path in sorted(DATA_DIR.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(line for line in fh if not line.startswith("#")))
        width = len(rows[0])
        bad += [(path.name, i + 1, len(r)) for i, r in enumerate(rows) if r and len(r) != width]
        if "pattern" in rows[0]:
            k = rows[0].index("pattern")
            for r in rows[1:]:
                if r and len(r) == width:
                    re.compile(r[k])
    assert not bad, bad
