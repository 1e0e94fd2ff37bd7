"""The second hand-labelled development corpus is self-consistent."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "devcorpus2"


def _load_validate():
    spec = importlib.util.spec_from_file_location("devcorpus2_validate", ROOT / "validate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.validate


def test_devcorpus2_labels_are_consistent():
    assert _load_validate()(ROOT) == []
