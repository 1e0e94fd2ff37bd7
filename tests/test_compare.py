"""Entities, conflicts, text reuse and derivation, source typing and drift, on the seeds and on
documents written here."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import helpers
from helpers import compare
from helpers.entities import find_entities, region_path


@pytest.fixture(scope="module")
def claims(docs):
    return helpers.extract_claims(docs)


@pytest.fixture(scope="module")
def pairs(docs, claims):
    return helpers.compare_sources(docs, claims)


# --------------------------------------------------------------------------- entities

@pytest.mark.parametrize("text, canonical", [
    ("伊吾县的数据中心", "Yiwu County"), ("in Yiwu, a county", "Yiwu County"), ("哈密市", "Hami"),
    ("新疆", "Xinjiang"), ("輝達晶片", "Nvidia"), ("英伟达芯片", "Nvidia"), ("NVIDIA chips", "Nvidia"),
    ("Nvidia H200", "H200"), ("Huawei’s Ascend", "Huawei Ascend"), ("东数西算工程", "East Data, West Computing"),
    ("义乌小商品", "Yiwu (Zhejiang)"),
])
def test_gazetteer_across_languages_and_spellings(text, canonical):
    assert canonical in [e.canonical for *_, e in find_entities(text)]


def test_entities_carry_region_and_spans(docs):
    ents = helpers.extract_entities(docs)
    yiwu = ents[ents["canonical"] == "Yiwu County"].iloc[0]
    assert (yiwu["label"], yiwu["text"], yiwu["region"], yiwu["macro_region"]) == \
        ("ytools", "Yiwu", "Hami > Xinjiang > China", "west")
    text = docs.loc[docs["doc_id"] == yiwu["doc_id"], "clean_text"].item()
    assert text[yiwu["start"]:yiwu["end"]] == "Yiwu"
    assert region_path("Yiwu County") == ["Hami", "Xinjiang", "China"]
    assert "us" not in set(ents["text"])  # aliases are case-sensitive: the pronoun is not the US


# --------------------------------------------------------------------------- conflicts

def test_numeric_conflicts_on_the_seeds(claims):
    conf = helpers.find_conflicts(claims)
    pairs = {(r.subject, r.label_a, r.label_b): r for r in conf.itertuples()}
    chips = pairs[("chips", "bloomberg", "lumida")]
    assert (chips.value_a, chips.value_b, chips.severity) == ("1,000–9,999", "115,000", "high")
    assert pairs[("chips", "bloomberg", "summary")].severity == "high"  # thousands vs tens of thousands
    dc = pairs[("data_centers", "lumida", "ytools")]
    assert (dc.value_a, dc.value_b, dc.severity) == ("40", "36", "low")
    assert ("data_centers", "bloomberg", "summary") not in pairs  # ≈36 and ≈40 overlap
    assert ("chips", "lumida", "ytools") not in pairs  # 115,000 and > 100,000 overlap


def test_place_conflict_and_garbled_name(docs, claims):
    conf = helpers.find_conflicts(claims, docs)
    place = conf[conf["kind"] == "place"].iloc[0]
    assert (place["label_a"], place["subject"], place["value_a"], place["severity"]) == \
        ("ytools", "Yiwu County", "Yiwu in eastern China", "high")
    assert "Hami > Xinjiang" in place["evidence"] and "义乌" in place["evidence"]
    name = conf[conf["kind"] == "name"].iloc[0]
    assert (name["label_a"], name["value_a"], name["value_b"]) == ("summary", "EW", "Yiwu County")
    assert "named by ytools" in name["evidence"]


def test_no_place_conflict_when_the_region_is_right(make_corpus):
    docs = helpers.load_corpus(make_corpus({"a.txt": "The data centres are in Hami in western China, officials said."}))
    assert compare.place_conflicts(docs).empty


# --------------------------------------------------------------------------- reuse and derivation

def test_pairs_and_derivation_on_the_seeds(pairs, docs):
    assert len(pairs) == 10  # five documents: every pair is a candidate
    p = pairs.set_index(["label_a", "label_b"]).loc[("bloomberg", "summary")]
    assert p["attribution"] == "summary attributes to Bloomberg"
    assert p["derived_from"] == "001_f12193e57caf53a3 <- 000_da8f27766515445f" and p["confidence"] >= 0.6
    der = helpers.derivation(pairs, docs).set_index("label")
    assert der.loc["summary", "source_label"] == "bloomberg"
    assert der.loc["aggregator", "source_label"] == "虎嗅"
    assert pd.isna(der.loc["bloomberg", "derived_from"])


def test_copied_text_is_found_with_direction(make_corpus):
    original = ("Operators in the remote county of Yiwu are building a cluster of data centres that will use "
                "more than 100,000 Nvidia chips, according to documents reviewed by the Daily Example. "
                "The county lies in the Hami region of Xinjiang, where land and power are cheap. "
                "Local officials said the first phase would open next spring.")
    copy = ("The Daily Example reported that operators in the remote county of Yiwu are building a cluster of "
            "data centres that will use more than 100,000 Nvidia chips. Analysts doubt the chips can be found.")
    other = "A new bakery opened on the high street on Tuesday, selling bread and cakes to local residents."
    folder = make_corpus({"orig.txt": original, "copy.txt": copy, "other.txt": other,
                          "MANIFEST.csv": "file,outlet,published,kind\norig.txt,Daily Example,2025-03-01,original\n"
                                          "copy.txt,,2025-03-05,blog\nother.txt,,2025-03-02,original\n"})
    docs = helpers.load_corpus(folder)
    pairs = helpers.compare_sources(docs)
    p = pairs.set_index(["doc_a", "doc_b"]).loc[("copy", "orig")]
    assert p["containment_a_in_b"] > 0.5 and p["shared_passages"] >= 1
    assert "more than 100,000 Nvidia chips" in p["longest_passage"]
    assert p["derived_from"] == "copy <- orig"
    assert "copy attributes its facts to Daily Example" in p["evidence"]
    assert "orig published first" in p["evidence"]
    unrelated = pairs[(pairs["doc_a"] == "other") | (pairs["doc_b"] == "other")]
    assert unrelated["derived_from"].isna().all()


def test_compare_is_sparse_and_sub_quadratic(make_corpus):
    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(3000)]
    files = {f"d{i:03d}.txt": " ".join(rng.choice(words, 80)) + "." for i in range(300)}
    files["copy.txt"] = "A copy: " + files["d007.txt"]
    docs = helpers.load_corpus(make_corpus(files))
    assert len(docs) > compare.ALL_PAIRS_UP_TO  # the blocking path, not all 45,150 pairs
    pairs = helpers.compare_sources(docs, k=3)
    assert len(pairs) <= len(docs) * 3 * 2
    planted = pairs[(pairs["doc_a"] == "copy") & (pairs["doc_b"] == "d007")]
    assert len(planted) == 1 and planted["containment_a_in_b"].item() > 0.5


# --------------------------------------------------------------------------- typing and drift

def test_source_typing_with_evidence(docs):
    types = helpers.classify_sources(docs).set_index("label")
    assert dict(types["kind_inferred"]) == {"bloomberg": "original", "summary": "retelling", "lumida": "retelling",
                                            "aggregator": "aggregator", "ytools": "blog"}
    assert types.loc["aggregator", "ai_generated"] and "AI-generated" in types.loc["aggregator", "ai_evidence"]
    assert not types["ai_generated"].drop("aggregator").any()
    assert "Read original on" in types.loc["aggregator", "kind_evidence"]
    assert "Bloomberg’s investigation revealed" in types.loc["summary", "kind_evidence"]


def test_drift_of_the_summary_against_bloomberg(docs, claims, pairs):
    der = helpers.derivation(pairs, docs)
    d = helpers.drift(docs, der, claims, helpers.extract_entities(docs), helpers.build_timeline(docs))
    s = d[d["doc_id"] == "001_f12193e57caf53a3"]
    chips = s[s["subject"] == "chips"].set_index("kind")
    # "may one day have" thousands -> "powered by" tens of thousands: a new number, stated more firmly
    assert chips.loc["changed", "before"] == "1,000–9,999 (“thousands”)"
    assert chips.loc["changed", "after"] == "10,000–99,999 (“tens of thousands”)"
    assert "hardened" in chips.index
    dc = s[s["subject"] == "data_centers"].set_index("kind")
    assert dc.loc["hardened", "before"] == "≈ 36 (“approximately three dozen”)"
    assert "may one day have" in dc.loc["hardened", "quote_before"]
    assert dc.loc["hardened", "after"] == "≈ 40 (“around 40”)"


def test_retellings_of_an_outside_original_count_once_and_drift_against_each_other(docs, claims, pairs):
    from helpers.provenance import provenance
    prov = provenance(docs, pairs, helpers.extract_entities(docs), claims=claims).set_index("label")
    assert prov.loc["lumida", "relation"] == prov.loc["ytools", "relation"] == "common_outside"
    assert prov.loc["lumida", "independent_group"] == prov.loc["ytools", "independent_group"]
    assert prov.loc["summary", "independent_group"] == prov.loc["bloomberg", "independent_group"]
    assert prov["independent_group"].nunique() == 3  # five documents, three independent sources
    d = helpers.drift(docs, prov.reset_index(), claims)
    lum = d[(d["doc_id"] == "002_9000cd2cd731d300") & (d["kind"] == "hardened")]
    assert ("> 115,000 (“more than 115,000”)", "115,000 (“115,000”)") in set(zip(lum["before"], lum["after"]))


def test_shared_passages_count_and_longest():
    a = "one two three four five six seven. x y z alpha beta gamma delta epsilon zeta eta theta!"
    b = "ONE two three four five six seven x y z q alpha beta gamma delta epsilon zeta eta theta iota"
    words = compare._Words([a, b])
    # two runs: "one .. seven." (7 words) and "alpha .. theta!" (8 words, longer in characters)
    assert words.shared_runs(0, 1) == (2, "alpha beta gamma delta epsilon zeta eta theta!")
    assert words.shared_runs(1, 0) == (2, "alpha beta gamma delta epsilon zeta eta theta")
    assert compare._Words([a, "nothing in common here at all"]).shared_runs(0, 1) == (0, None)


def test_top_k_orders_by_owner_then_score_then_position():
    owner = np.array([0, 0, 0, 1, 1, 1, 1])
    score = np.array([0.2, 0.9, 0.2, -0.5, 0.1, 0.1, 0.3])
    assert compare._top_k(owner, score, 2).tolist() == [True, True, False, False, True, False, True]


def test_rare_phrases_are_pairs_of_documents():
    texts = ["desert compute cluster grows", "a desert compute cluster", "desert compute cluster nearby",
             "solar farm output rises", "the solar farm output"]
    rare = compare._rare_phrases(texts)
    assert rare == {(3, 4): ["farm output", "solar farm"]}  # "desert compute" is in three documents


def test_sketch_estimates_cosine():
    rng = np.random.default_rng(1)
    X = sp.random(200, 5000, density=0.05, random_state=2, format="csr")
    X = sp.csr_matrix(X.multiply(1 / np.sqrt(X.multiply(X).sum(axis=1))))
    I, J = rng.integers(0, 200, 500), rng.integers(0, 200, 500)
    exact = compare._pair_dots(X, I, J)
    approx = compare._dense_pair_dots(compare._sketch(X), I, J)
    assert np.abs(approx - exact).mean() < 0.06
    assert np.allclose(approx[I == J], 1.0, atol=1e-5)


def _claim(doc, subject, lo, hi, currency=None, n=[0]):
    n[0] += 1
    return {"claim_id": f"{doc}#{n[0]}", "doc_id": doc, "label": doc, "start": n[0], "end": n[0] + 1, "line": 1,
            "text": f"{lo}", "quote": f"q{n[0]}", "subject": subject, "value_low": lo, "value_high": hi,
            "value": lo, "unit": None, "currency": currency, "qualifier": "exact", "is_forecast": False}


def test_numeric_conflicts_take_the_closest_claims_over_every_currency_and_block_size():
    claims = pd.DataFrame([
        _claim("a", "investment", 100, 100, "USD"), _claim("a", "investment", 5, 5, "CNY"),
        _claim("b", "investment", 100, 120, "USD"), _claim("b", "investment", 50, 50, "CNY"),  # USD overlaps
        _claim("c", "investment", 400, 400, "USD"), _claim("c", "investment", 900, 900, "USD"),
        _claim("d", "chips", 10, 20), _claim("e", "chips", 30, 40), _claim("e", "chips", 1000, 1000),
    ])
    whole = compare.numeric_conflicts(claims)
    got = {(r.subject, r.doc_a, r.doc_b): (r.quote_a, r.quote_b, r.ratio) for r in whole.itertuples()}
    assert ("investment", "a", "b") not in got  # the USD claims overlap, whatever CNY says
    assert got[("investment", "a", "c")][:2] == ("q1", "q5")  # 100 vs 400, not 100 vs 900
    assert got[("investment", "b", "c")][:2] == ("q3", "q5")
    assert got[("chips", "d", "e")] == ("q7", "q8", round((1200 / 200) ** 0.5, 3))  # geometric middles
    assert len(got) == 3
    for block in (1, 3, 10_000):
        assert compare.numeric_conflicts(claims, block=block).equals(whole)
