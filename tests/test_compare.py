"""Entities, conflicts, text reuse and derivation, source typing and drift, on the seeds and on
documents written here."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

import helpers
from helpers.compare import reuse as compare
from helpers.compare import conflicts as compare_conflicts
from helpers.extract.entities import find_entities, region_path

INF = math.inf


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
    assert (chips.value_a, chips.value_b, chips.severity) == ("2,000–9,999", "115,000", "wording")
    assert "vague word" in chips.why
    assert not (conf["subject"].eq("chips") & conf["severity"].eq("high")).any()  # a vague word is never high
    dc = pairs[("data centres", "lumida", "ytools")]
    assert (dc.value_a, dc.value_b, dc.severity) == ("40", "36", "medium")  # two precise counts, 11 % apart
    assert ("data centres", "bloomberg", "summary") not in pairs  # ≈36 and ≈40: the hedges overlap
    assert ("chips", "lumida", "ytools") not in pairs  # 115,000 and > 100,000 are compatible


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
    assert "Daily Example published first" in p["evidence"]  # labelled by its outlet
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
    assert chips.loc["changed", "before"] == "2,000–9,999 (“thousands”)"
    assert chips.loc["changed", "after"] == "20,000–99,999 (“tens of thousands”)"
    assert "hardened" in chips.index
    dc = s[s["subject"] == "data centres"].set_index("kind")
    assert dc.loc["hardened", "before"] == "≈ 36 (“approximately three dozen”)"
    assert "may one day have" in dc.loc["hardened", "quote_before"]
    assert dc.loc["hardened", "after"] == "≈ 40 (“around 40”)"


def test_retellings_of_an_outside_original_count_once_and_drift_against_each_other(docs, claims, pairs):
    from helpers.compare.provenance import provenance
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


def _claim(doc, subject, lo, hi, currency=None, n=[0], qualifier="exact", quote=None, dimension="count"):
    n[0] += 1
    return {"claim_id": f"{doc}#{n[0]}", "doc_id": doc, "label": doc, "start": n[0], "end": n[0] + 1, "line": 1,
            "text": f"{lo}", "quote": quote or f"q{n[0]}", "subject": subject, "value_low": lo, "value_high": hi,
            "value": lo, "unit": currency, "currency": currency, "qualifier": qualifier, "is_forecast": False,
            "dimension": dimension if currency is None else "money", "counted": ""}


def test_numeric_conflicts_compare_only_comparable_claims():
    claims = pd.DataFrame([
        _claim("a", "investment", 100, 100, "USD"), _claim("b", "investment", 5, 5, "CNY"),  # other currency
        _claim("c", "data centres", 40, 40), _claim("d", "data centres", 36, 36),  # precise: medium
        _claim("e", "data centres", 41, 41), _claim("e", "data centres", 40, 40),  # inside one doc
        _claim("f", "data centres", 4, 4, quote="plans to build 4 more"),  # planned: another scope
        _claim("g", "servers", 40_000, 40_000), _claim("h", "chips", 10_000, 10_000),  # other subject
    ])
    got = {(r.doc_a, r.doc_b): (r.severity, r.why) for r in compare.numeric_conflicts(claims).itertuples()}
    assert ("a", "b") not in got and ("g", "h") not in got
    assert not any("f" in k for k in got)
    assert got[("c", "d")][0] == "medium" and "11%" in got[("c", "d")][1]
    assert got[("c", "e")][0] == "low"  # 40 vs 41: still a conflict, 2.5 % apart
    assert ("e", "e") not in got  # 40 and 41 in e: compared once as statements, reported as c vs e
    assert len({v for v in got}) == len(got)


def test_conflict_severity_from_real_incompatibility():
    from helpers.compare.conflicts import judge

    def c(lo, hi, v, q, text="x", doc="a", subject="data centres", quote="In Hami, Nvidia said so."):
        return {"lo": lo, "hi": hi, "v": v, "qualifier": q, "text": text, "doc_id": doc, "subject": subject,
                "dimension": "count", "quote": quote}
    assert judge(c(1000, 9999, 1000, "vague", "thousands"), c(115000, 115000, 115000, "exact", doc="b"))[0] == "wording"
    assert judge(c(1000, 9999, 1000, "vague"), c(5000, 5000, 5000, "exact", doc="b")) is None
    assert judge(c(100, 100, 100, "exact"), c(103, 103, 103, "exact", doc="b"))[0] == "low"
    assert judge(c(100, 100, 100, "exact"), c(130, 130, 130, "exact", doc="b"))[0] == "medium"
    assert judge(c(100, 100, 100, "exact"), c(300, 300, 300, "exact", doc="b"))[0] == "high"
    assert judge(c(100, 100, 100, "exact"), c(300, 300, 300, "exact")) is None  # one page, two sets
    assert judge(c(100, 100, 100, "exact"), c(300, 300, 300, "exact", doc="b", quote="Elsewhere.")) is None
    assert judge(c(90, 110, 100, "approx"), c(105, 105, 105, "exact", doc="b")) is None  # the hedge admits both
    assert judge(c(100, INF, 100, "more_than"), c(115, 115, 115, "exact", doc="b")) is None
    assert judge(c(100, INF, 100, "more_than"), c(40, 40, 40, "exact", doc="b"))[0] == "high"
    assert judge(c(30, 40, 35, "range"), c(38, 38, 38, "exact", doc="b")) is None


def test_rounding_is_not_a_conflict_but_close_precise_values_are():
    from helpers.compare.conflicts import judge, rounds_to, sig_digits

    assert sig_digits(6e11) == 1 and sig_digits(593e9) == 3 and sig_digits(588.862e9) == 6
    assert rounds_to(6e6, 5.576e6) and rounds_to(300_000, 294_000) and not rounds_to(589e9, 593e9)

    def money(v, doc, subject="value"):
        return {"lo": v, "hi": v, "v": v, "qualifier": "exact", "text": "x", "doc_id": doc, "subject": subject,
                "dimension": "money", "quote": "q"}
    assert judge(money(6e11, "a"), money(588.86e9, "b")) is None  # 6000亿 rounds 5888.62亿
    assert judge(money(589e9, "a"), money(593e9, "b")) is None  # nothing says whose: two amounts
    named = {"quote": "Nvidia lost this much in market value on Monday."}
    assert judge({**money(589e9, "a"), **named}, {**money(593e9, "b"), **named})[0] == "low"  # 0.7 % apart
    assert judge(money(5e6, "a"), money(9e6, "b")) is None  # generic subject, far apart, nothing shared


def test_contradiction_inside_one_document_counts():
    claims = pd.DataFrame([_claim("a", "data centres", 40, 40), _claim("a", "data centres", 36, 36)])
    conf = compare.numeric_conflicts(claims)
    assert list(zip(conf["doc_a"], conf["doc_b"], conf["severity"])) == [("a", "a", "medium")]
    assert "inside one document" in conf.iloc[0]["evidence"]


def test_conflicts_stay_bounded_on_many_documents():
    rows = [_claim(f"d{i:05d}", "data centres", 30 + i % 200, 30 + i % 200) for i in range(10_000)]
    conf = compare.numeric_conflicts(pd.DataFrame(rows))
    assert 0 < len(conf) <= 200 * compare_conflicts.NEIGHBOURS  # beyond the cap: value-order neighbours only


def test_far_apart_counts_need_a_distinctive_shared_name():
    from helpers.compare.conflicts import judge

    def c(v, doc, quote, text):
        return {"lo": v, "hi": v, "v": v, "qualifier": "exact", "text": text, "doc_id": doc, "subject": "chips",
                "dimension": "count", "quote": quote}
    a = c(256, "a", "The model was trained by Acme on 256 H800 GPUs.", "256")
    b = c(50_000, "b", "Analysts say the model was trained by Acme on 50,000 H800 GPUs.", "50,000")
    assert judge(a, b)[0] == "high"  # "Acme" is shared; H800 and GPU name a kind of thing, not which things
    assert judge(a, b, common=frozenset({"acme"})) is None  # the company every page is about says nothing
    other = c(50_000, "b", "Analysts at Bemo say Acme owns 50,000 H800 GPUs.", "50,000")
    assert judge(a, other) is None  # another actor named too: a fleet, not the training run
    assert judge(c(256, "a", "They used 256 H800 GPUs.", "256"), b) is None
