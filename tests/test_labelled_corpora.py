"""Every hand-labelled corpus of real pages is self-consistent (tests/labelled.py)."""
from __future__ import annotations

import pytest
from labelled import validate

from helpers.core.paths import REPO_ROOT


#: every labelled corpus under tests/ (a new one is checked as soon as it lands)
CORPORA = sorted(p.parent.name for p in (REPO_ROOT / "tests").glob("*/labels.json"))


def test_every_labelled_corpus_is_found():
    assert {"devcorpus", "devcorpus16", "devcorpus17", "holdout"} <= set(CORPORA)


@pytest.mark.parametrize("name", CORPORA)
def test_labels_are_consistent(name):
    assert validate(REPO_ROOT / "tests" / name) == []
