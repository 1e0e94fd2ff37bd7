"""Workers change the speed, never the tables."""
from __future__ import annotations

import helpers
import helpers.core.paths


def test_workers_give_identical_tables(make_corpus):
    files = {p.name: p.read_bytes() for p in helpers.core.paths.SEEDS_DIR.glob("*.txt")}
    for i in range(12):  # enough documents for the process pool to be used
        files[f"extra{i:02d}.txt"] = (f"Report {i}: operators in Xinjiang plan around {30 + i} data centres and "
                                      f"more than {i + 1}00,000 chips by 2028, officials said in {2020 + i % 5}.")
    folder = make_corpus(files)
    one = helpers.load_corpus(folder)
    two = helpers.load_corpus(folder, workers=2)
    assert one.equals(two)
    assert helpers.extract_claims(one).equals(helpers.extract_claims(one, workers=2))
    assert helpers.build_timeline(one).equals(helpers.build_timeline(one, workers=2))
    assert helpers.extract_entities(one).equals(helpers.extract_entities(one, workers=2))


def test_compare_with_workers_gives_the_same_pairs(make_corpus, monkeypatch):
    from helpers.compare import reuse as compare

    files = {p.name: p.read_bytes() for p in helpers.core.paths.SEEDS_DIR.glob("*.txt")}
    for i in range(12):
        files[f"extra{i:02d}.txt"] = (f"Report {i}: operators in Xinjiang plan around {30 + i} data centres and "
                                      f"more than {i + 1}00,000 chips by 2028, officials said in {2020 + i % 5}. "
                                      "The desert sites draw cheap power from the regional grid, the report said.")
    docs = helpers.load_corpus(make_corpus(files))
    claims = helpers.extract_claims(docs)
    monkeypatch.setattr(compare, "ALL_PAIRS_UP_TO", 5)  # the blocking path
    monkeypatch.setattr(compare, "PARALLEL_FROM", 2)  # and the process pool
    one = helpers.compare_sources(docs, claims, k=3)
    two = helpers.compare_sources(docs, claims, k=3, workers=2)
    assert len(one) and (one["shared_passages"] > 0).any()
    assert one.equals(two)
