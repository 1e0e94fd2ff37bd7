"""The declared conda environment and the pip path install the same pins."""
from __future__ import annotations

import re
import tomllib

from helpers.paths import REPO_ROOT


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def conda_pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"\s*-\s*([A-Za-z0-9_.-]+)\s*(==?)\s*([^\s#]+)", line)
        if m and m.group(1) != "python":
            pins[_norm(m.group(1))] = m.group(3)
    return pins


def pyproject_pins() -> dict[str, str]:
    data = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    pins = {}
    for dep in data["project"]["dependencies"]:
        name, version = dep.split("==")
        pins[_norm(name)] = version
    return pins


def lock_pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "requirements-lock.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version.strip()
    return pins


def test_environment_yml_and_pyproject_pin_the_same_versions():
    conda, pip = conda_pins(), pyproject_pins()
    assert conda == pip, f"only in environment.yml: {set(conda.items()) - set(pip.items())}; " \
                         f"only in pyproject.toml: {set(pip.items()) - set(conda.items())}"
    for core in ("jupyterlab", "pandas", "matplotlib", "seaborn", "scikit-learn", "nbval"):
        assert core in pip


def test_lock_file_agrees_with_the_direct_pins():
    lock = lock_pins()
    for name, version in pyproject_pins().items():
        assert lock.get(name) == version, f"{name}: pyproject {version}, lock {lock.get(name)}"


def test_environment_pins_python_311():
    assert re.search(r"^\s*-\s*python=3\.11\s*$", (REPO_ROOT / "environment.yml").read_text(), re.M)


def test_installed_versions_are_the_pinned_ones():
    from importlib.metadata import version
    for name, pinned in pyproject_pins().items():
        assert version(name) == pinned, name


def test_optional_extras_are_pinned_and_locked():
    data = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    lock = lock_pins()
    for extra, deps in data["project"]["optional-dependencies"].items():
        for dep in deps:
            name, version = re.split(r"\[.*\]", dep.split("==")[0])[0], dep.split("==")[1]
            assert lock.get(_norm(name)) == version, f"[{extra}] {name}: pyproject {version}, lock {lock.get(_norm(name))}"


def test_the_pip_path_installs_the_dask_extra_that_the_tests_use():
    makefile = (REPO_ROOT / "Makefile").read_text()
    assert "-e '.[dask]'" in makefile
    assert "-e .[dask]" in (REPO_ROOT / "environment.yml").read_text()
