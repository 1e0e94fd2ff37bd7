"""Every hand-labelled corpus of real pages is self-consistent (tests/labelled.py)."""
from __future__ import annotations

import pytest
from labelled import validate

from helpers.core.paths import REPO_ROOT


@pytest.mark.parametrize("name", ["devcorpus", "devcorpus2", "devcorpus3", "devcorpus4", "devcorpus5", "devcorpus6", "devcorpus7", "devcorpus8", "devcorpus9", "devcorpus10",
                                  "devcorpus11", "devcorpus12",
                                  "devcorpus13", "holdout"])
def test_labels_are_consistent(name):
    assert validate(REPO_ROOT / "tests" / name) == []
