"""The README does not drift: every repository path it names exists, and its commands are real."""
from __future__ import annotations

import re

from helpers.core.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
TOP = ("notebooks/", "src/", "seeds/", "figures/", "tests/", "benchmarks/", "brief/", ".ci/")


def mentioned_paths() -> set[str]:
    found = set()
    for token in re.findall(r"`([^`\s]+)`", README):
        token = token.rstrip(".,:;)")
        if token.startswith(TOP) or token in {"environment.yml", "pyproject.toml", "Makefile", "README.md",
                                               "requirements-lock.txt"}:
            found.add(token.split("#")[0])
    return found


def test_readme_names_paths_that_exist():
    paths = mentioned_paths()
    assert len(paths) >= 10, paths
    missing = [p for p in sorted(paths) if "*" not in p and "<" not in p and not (REPO_ROOT / p).exists()]
    assert not missing, f"README mentions paths that do not exist: {missing}"


def test_readme_commands_are_make_targets():
    makefile = (REPO_ROOT / "Makefile").read_text()
    for target in re.findall(r"`make (\w+)", README):
        assert re.search(rf"^{target}:", makefile, re.M), f"README mentions `make {target}`, the Makefile has none"


def test_ci_runs_the_readme_test_command():
    assert "make test" in README
    assert "make test" in (REPO_ROOT / ".ci" / "run").read_text()
