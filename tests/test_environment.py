"""The declared environments: compatible ranges in pyproject.toml, exact pins in
requirements-lock.txt and environment.yml, the same versions everywhere, Python 3.11-3.13."""
from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from helpers.core.paths import REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def conda_pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"\s*-\s*([A-Za-z0-9_.-]+)\s*(==?)\s*([^\s#,<>]+)\s*(#.*)?$", line)
        if m and m.group(1) != "python":
            pins[_norm(m.group(1))] = m.group(3)
    return pins


def requirements(*extras: str) -> dict[str, Requirement]:
    """pyproject's requirements: the library's, plus those of the named extras."""
    reqs = list(PYPROJECT["project"]["dependencies"])
    for extra in extras:
        reqs += PYPROJECT["project"]["optional-dependencies"][extra]
    return {_norm(r.name): r for r in map(Requirement, reqs)}


def lock_pins() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "requirements-lock.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version.strip()
    return pins


def test_pyproject_states_ranges_not_exact_pins():
    for name, req in requirements(*PYPROJECT["project"]["optional-dependencies"]).items():
        assert "==" not in str(req.specifier), f"{name}: exact pins belong in requirements-lock.txt"
        assert any(s.operator == ">=" for s in req.specifier), f"{name}: give a lower bound"


def test_every_lock_pin_lies_in_its_range():
    lock = lock_pins()
    for name, req in requirements(*PYPROJECT["project"]["optional-dependencies"]).items():
        assert name in lock, f"{name} is not in requirements-lock.txt"
        assert req.specifier.contains(lock[name]), f"{name}: lock {lock[name]} outside {req.specifier}"


def test_environment_yml_pins_the_lock_versions_of_the_library_and_dev_tools():
    conda, lock = conda_pins(), lock_pins()
    wanted = requirements("dev")
    assert set(conda) == set(wanted), f"only in environment.yml: {set(conda) - set(wanted)}; " \
                                      f"missing there: {set(wanted) - set(conda)}"
    for name, version in conda.items():
        assert lock[name] == version, f"{name}: environment.yml {version}, lock {lock[name]}"
    for core in ("pandas", "matplotlib", "scikit-learn", "ftfy"):
        assert core in requirements()
    for tool in ("pytest", "nbval", "jupytext", "jupyterlab", "ruff"):
        assert tool in requirements("dev") and tool not in requirements(), f"{tool} is a dev tool"


def test_python_311_to_313_allowed_everywhere():
    allowed = SpecifierSet(PYPROJECT["project"]["requires-python"])
    assert all(v in allowed for v in ("3.11.7", "3.12.1", "3.13.0")) and "3.14.0" not in allowed
    assert re.search(r"^\s*-\s*python>=3\.11,<3\.14\s*$", (REPO_ROOT / "environment.yml").read_text(), re.M)
    assert "(3, 11) <= sys.version_info[:2] <= (3, 13)" in (REPO_ROOT / "Makefile").read_text()


def test_installed_versions_are_the_locked_ones():
    from importlib.metadata import PackageNotFoundError, version
    lock = lock_pins()
    for name in requirements("dev"):
        try:
            assert version(name) == lock[name], name
        except PackageNotFoundError:
            raise AssertionError(f"{name} is not installed: run `make env`") from None


def test_the_pip_path_installs_the_dev_and_dask_extras():
    makefile = (REPO_ROOT / "Makefile").read_text()
    assert "-e '.[dev,dask]'" in makefile and "-c requirements-lock.txt" in makefile
    assert "-e .[dev,dask]" in (REPO_ROOT / "environment.yml").read_text()


def test_the_wheel_carries_every_data_file():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["helpers"]
    data = REPO_ROOT / "src" / "helpers" / "data"
    suffixes = {p.suffix for p in data.iterdir() if p.is_file()}
    assert suffixes <= {pat.rsplit("*", 1)[1] for pat in patterns}, suffixes
