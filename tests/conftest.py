"""Shared fixtures: the seeds loaded once, and a factory for corpora written by the tests."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.core.paths import SEEDS_DIR


@pytest.fixture(scope="session")
def docs() -> pd.DataFrame:
    return helpers.load_corpus(SEEDS_DIR)


@pytest.fixture
def make_corpus(tmp_path: Path):
    """Write files into a fresh corpus folder: ``make_corpus({"a.txt": "text" or b"bytes"})``."""
    def _make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "corpus"
        root.mkdir(exist_ok=True)
        for name, content in files.items():
            p = root / name
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                p.write_text(content, encoding="utf-8")
            else:
                p.write_bytes(content)
        return root
    return _make


def row(docs: pd.DataFrame, label: str) -> pd.Series:
    hit = docs.loc[docs["label"] == label]
    assert len(hit) == 1, f"no single document labelled {label!r}"
    return hit.iloc[0]
