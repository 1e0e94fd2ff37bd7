"""Counted nouns whose words contain other nouns, and a share word that is a move: sentences written for these
tests."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims


def _subjects(text: str) -> list[str]:
    return [b.subject for _, b, _, _ in read_claims(text)]


@pytest.mark.parametrize("sentence", [
    "“东数西算”工程的8个国家算力枢纽节点已全部开工。",
    "在已经开工的8个国家算力枢纽中，有两个在西部。",
    "全国一体化算力网络4大国家枢纽节点获批。",
    "China has approved 8 national computing hubs.",
])
def test_national_computing_hubs_are_neither_servers_nor_countries(sentence: str) -> None:
    assert _subjects(sentence) == ["computing hubs"]


def test_nodes_of_a_cluster_stay_servers() -> None:
    assert _subjects("该集群共有2000个节点。") == ["servers"]


@pytest.mark.parametrize("sentence, subject", [
    ("收盘时，该公司17%的股份下跌。", "fall"),  # shares that fell: a move, not a stake
    ("软银持有该公司17%的股份。", "stake"),
])
def test_shares_that_moved_are_no_stake(sentence: str, subject: str) -> None:
    assert _subjects(sentence) == [subject]
