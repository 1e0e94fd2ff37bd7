"""A force's positions and posts are not jobs: a military modifier or a nationality with the noun, or a verb of war
before the count, tells them apart from a company's positions (development 112's "21 hostile positions" had been read
as jobs). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


def _subjects(text: str) -> list[str]:
    return [r["subject"] for r in claim_rows(text)]


@pytest.mark.parametrize("text", [
    "The army said 21 hostile positions were destroyed.",
    "Pakistani troops destroyed 12 enemy positions along the border.",
    "Pakistani troops captured 19 Afghan positions.",
    "Taliban fighters captured 19 positions overnight.",
    "Les talibans ont détruit 19 postes pakistanais.",
    "Les combattants ont pris 25 positions ennemies.",
])
def test_a_forces_positions_are_not_jobs(text: str) -> None:
    assert _subjects(text) == ["military positions"]


@pytest.mark.parametrize("text, subject", [
    ("The company will cut 300 positions.", "job cuts"),
    ("L'usine supprime 200 postes.", "job cuts"),
    ("The council created 40 new positions.", "jobs"),
    ("The bank added 1,200 security positions.", "jobs"),
    ("The firm has 40 open positions in Paris.", "jobs"),
    ("Le plan vise 300 postes.", "jobs"),  # (viser: to target, no fighting)
    ("The bank seized 300 positions in the bond market.", "jobs"),
    ("Amazon will create 1,000 German positions.", "jobs"),
    ("The Army will add 5,000 military positions next year.", "jobs"),
    ("Le budget prévoit la création de 6 000 postes militaires.", "jobs"),
])
def test_a_companys_positions_stay_jobs(text: str, subject: str) -> None:
    assert _subjects(text) == [subject]
