"""The third hand-labelled development corpus (fresh retelling chains) is self-consistent."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "devcorpus3"


def _load_validate():
    spec = importlib.util.spec_from_file_location("devcorpus3_validate", ROOT / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.validate


def test_devcorpus3_labels_are_consistent():
    assert _load_validate()(ROOT) == []
