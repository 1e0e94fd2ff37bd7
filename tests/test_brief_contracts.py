"""The brief reads the tables other stages are adding (provenance, families, conflicts.why,
claims.dimension) when they are there, and works without them."""
from __future__ import annotations

import matplotlib
matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import helpers  # noqa: E402
from helpers.present import brief
from helpers.present import brief_sources  # noqa: E402

EMPTY = pd.DataFrame(columns=["name", "caption", "alt"])


@pytest.fixture
def a(docs):
    return helpers.analyse(docs)


def _ids(a, *labels):
    return [a.docs.loc[a.docs["label"] == x, "doc_id"].item() for x in labels]


def test_provenance_table_wins_over_the_fallback(a):
    bloomberg, summary, lumida, aggregator, ytools = _ids(a, "bloomberg", "summary", "lumida", "aggregator", "ytools")
    a.provenance = pd.DataFrame({
        "doc_id": [bloomberg, summary, lumida, aggregator, ytools],
        "derives_from": ["", bloomberg, "outside:Wire Desk", "", "outside:Wire Desk"],
        "derives_label": ["", "bloomberg", "Wire Desk", "", "Wire Desk"],
        "relation": ["none", "credited", "credited", "none", "common_outside"],
        "confidence": [0.0, 0.9, 0.7, 0.0, 0.6], "evidence": ["", "credits Bloomberg", "credits Wire Desk", "",
                                                             "same wording as lumida"],
        "independent_group": ["g1", "g1", "g2", "g3", "g2"],
        "kind": ["original", "retelling", "retelling", "aggregator", "retelling"],
        "ai_generated": [False, False, False, True, False]})
    view = brief_sources.source_view(a)
    assert view["independent_group"].nunique() == 3
    md = brief.brief_markdown(a, EMPTY)
    assert "**Bottom line.** 5 sources, 3 of them independent" in md
    assert "Find the original by Wire Desk: lumida credits it" in md
    # lumida and ytools count once: the chip figure 115,000 is no longer confirmed by two independent sources
    assert "115,000, given by 2 independent sources" not in md


def test_families_table_groups_claims(a):
    c = a.claims.set_index("label")
    dc = a.claims[a.claims["subject"] == "data centres"]
    a.families = pd.DataFrame({"family_id": ["F1"], "subject": ["data centres"], "dimension": ["count"], "unit": [""],
                               "value_low": [36.0], "value_high": [40.0], "claim_ids": [";".join(dc["claim_id"])],
                               "doc_ids": [";".join(sorted(set(dc["doc_id"])))], "first_doc": [dc["doc_id"].iloc[0]],
                               "first_claim": [dc["claim_id"].iloc[0]], "n_sources": [4], "n_independent": [3]})
    md = brief.brief_markdown(a, EMPTY)
    # independence is counted from provenance (bloomberg+summary, lumida+ytools), the grouping from families
    assert "given by 2 independent sources (**bloomberg** “approximately three dozen”" in md
    assert len(c)  # the claims table itself is unchanged


def test_conflict_why_is_used(a):
    a.conflicts = a.conflicts.assign(why=[f"reason {i}" for i in range(len(a.conflicts))])
    md = brief.brief_markdown(a, EMPTY)
    table = md[md.index("## Where the sources disagree"):md.index("## Who retells whom")]
    assert any(f"reason {i}" in table for i in range(len(a.conflicts)))
    assert "the furthest: reason" in md


def test_numbers_chart_keeps_one_dimension_per_axis(a):
    claims = a.claims.copy()
    claims["dimension"] = ["count"] * len(claims)
    claims.loc[claims["text"] == "115,000", "dimension"] = "money"  # as if read as a sum of money
    from helpers.present import plots
    _, data = plots.number_ranges(claims, a.docs, ("chips",))
    assert "115,000" not in set(data["text"]) and "tens of thousands" in set(data["text"])
