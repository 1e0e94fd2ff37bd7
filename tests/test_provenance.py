"""Provenance on documents written here: credited and uncredited retellings, a missing original
outside the corpus, a reversed-date trap, independence, claim families, French and Chinese credits."""
from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers.compare.attribution import credits
from helpers.compare.families import families
from helpers.compare.provenance import provenance

# an outside original (never in the corpus) said: 117,500 accelerators for 48 halls in Qarlik,
# near the Tarvon reservoir, run by Halvorsen Compute; three pages retell it in their own words
RETELL_A = ("Halvorsen Compute is assembling 117,500 accelerators across 48 halls in the Qarlik basin, a plan "
            "that leans on cheap power from the Tarvon reservoir. The operator declined to comment on delivery "
            "dates. Analysts in Lisbon called the scale unusual for a company of its size.")
RETELL_B = ("Key takeaways: Qarlik is getting 117,500 accelerators. The build by Halvorsen Compute spans 48 halls "
            "and draws on the Tarvon reservoir for electricity. What's next? Watch the grid connection.")
RETELL_C = ("According to Reuters, Halvorsen Compute wants 117,500 accelerators in Qarlik, housed in 48 halls fed "
            "by the Tarvon reservoir.")
UNRELATED = ("The harbour authority reopened the northern pier on Monday after repairs that cost 2.3 million euros, "
             "our reporters found. Fishing crews welcomed the decision.")


def _docs(make_corpus, files: dict[str, str], manifest: str) -> pd.DataFrame:
    return helpers.load_corpus(make_corpus({**files, "MANIFEST.csv": manifest}))


def _prov(docs: pd.DataFrame) -> pd.DataFrame:
    claims = helpers.extract_claims(docs)
    pairs = helpers.compare_sources(docs, claims)
    return provenance(docs, pairs, helpers.extract_entities(docs), claims=claims).set_index("doc_id")


def test_uncredited_retellings_of_a_missing_original_share_one_group(make_corpus):
    docs = _docs(make_corpus, {"a.txt": RETELL_A, "b.txt": RETELL_B, "pier.txt": UNRELATED},
                 "file,outlet,published,kind\na.txt,Basin Notes,,\nb.txt,Grid Digest,,\npier.txt,Port Daily,2025-02-01,\n")
    p = _prov(docs)
    assert p.loc["a", "relation"] == p.loc["b", "relation"] == "common_outside"
    assert p.loc["a", "derives_from"] == "outside:unknown"
    assert p.loc["a", "independent_group"] == p.loc["b", "independent_group"]
    assert "117,500" in p.loc["a", "evidence"]  # numbers written for a reader
    assert p.loc["pier", "relation"] == "none" and p.loc["pier", "independent_group"] == "pier"
    assert p.loc["pier", "kind"] == "original" and p.loc["b", "kind"] == "retelling"


def test_a_credit_names_the_missing_original_for_every_retelling(make_corpus):
    docs = _docs(make_corpus, {"a.txt": RETELL_A, "b.txt": RETELL_B, "c.txt": RETELL_C},
                 "file,outlet,published,kind\na.txt,Basin Notes,,\nb.txt,Grid Digest,,\nc.txt,Wire Echo,,\n")
    p = _prov(docs)
    assert p.loc["c", ["derives_from", "relation"]].tolist() == ["outside:Reuters", "credited"]
    assert p.loc["a", ["derives_from", "relation"]].tolist() == ["outside:Reuters", "common_outside"]
    assert set(p["independent_group"]) == {"outside:Reuters"}
    fam = families(helpers.extract_claims(docs), docs, p.reset_index())
    big = fam[fam["value_low"] == 117_500].iloc[0]
    assert (big["n_sources"], big["n_independent"]) == (3, 1)


ORIGINAL = ("Our reporters visited the Qarlik basin in March. We found that Halvorsen Compute may one day have "
            "about 117,500 accelerators running there, spread over more than 40 halls, according to permits we "
            "reviewed. Local officials declined to comment.")
CREDITED = ("Halvorsen Compute is running 117,500 accelerators in 40 halls in the Qarlik basin, according to the "
            "Harbour Times. The company did not respond to questions.")


def test_a_credited_retelling_and_its_hardened_hedges(make_corpus):
    docs = _docs(make_corpus, {"orig.txt": ORIGINAL, "copy.txt": CREDITED},
                 "file,outlet,published,kind\norig.txt,Harbour Times,2025-03-01,\ncopy.txt,Daily Relay,2025-03-04,\n")
    p = _prov(docs)
    assert p.loc["copy", ["derives_from", "relation"]].tolist() == ["orig", "credited"]
    assert p.loc["copy", "confidence"] == 0.9 and "Harbour Times" in p.loc["copy", "evidence"]
    assert p.loc["orig", "relation"] == "none"
    assert p.loc["orig", "independent_group"] == p.loc["copy", "independent_group"] == "orig"
    claims = helpers.extract_claims(docs)
    d = helpers.drift(docs, p.reset_index(), claims)
    hard = d[d["kind"] == "hardened"]
    befores = " | ".join(hard["before"])
    assert "“about 117,500”" in befores and "may one day have" in " ".join(hard["quote_before"])
    assert "“more than 40”" in befores  # "more than" dropped
    assert set(hard["after"]) >= {"117,500 (“117,500”)", "40 (“40”)"}
    assert set(d["source"]) == {"orig"} and set(d["doc_id"]) == {"copy"}


def test_reversed_dates_never_make_a_derivation(make_corpus):
    # the "copy" credits the original's outlet but is dated five days before it: no link either way
    docs = _docs(make_corpus, {"orig.txt": ORIGINAL, "copy.txt": CREDITED},
                 "file,outlet,published,kind\norig.txt,Harbour Times,2025-03-06,\ncopy.txt,Daily Relay,2025-03-01,\n")
    p = _prov(docs)
    assert p.loc["copy", "derives_from"] != "orig" and p.loc["orig", "derives_from"] != "copy"
    pairs = helpers.compare_sources(docs)
    assert not (pairs["derived_from"] == "copy <- orig").any()
    der = helpers.derivation(pairs, docs).set_index("doc_id")
    assert pd.isna(der.loc["copy", "derived_from"])


def test_one_undated_document_is_allowed_with_lower_confidence(make_corpus):
    docs = _docs(make_corpus, {"orig.txt": ORIGINAL, "copy.txt": CREDITED},
                 "file,outlet,published,kind\norig.txt,Harbour Times,2025-03-01,\ncopy.txt,Daily Relay,,\n")
    p = _prov(docs)
    assert p.loc["copy", "derives_from"] == "orig" and 0.5 < p.loc["copy", "confidence"] < 0.9


def test_french_and_chinese_credits_link_to_the_corpus(make_corpus):
    fr_orig = ("Notre enquête montre que l'opérateur prévoit 117 500 accélérateurs dans le bassin de Qarlik, "
               "dans 48 halls alimentés par le réservoir de Tarvon.")
    fr_copy = "Selon Le Courrier du Bassin, 117 500 accélérateurs seront installés à Qarlik, dans 48 halls."
    zh_orig = "本报记者获悉，哈尔沃森计算公司计划在卡尔里克盆地部署117500块加速卡，分布在48个机房。"
    zh_copy = "据环球晨报报道，哈尔沃森计算公司将在卡尔里克部署117500块加速卡。"
    docs = _docs(make_corpus, {"fr1.txt": fr_orig, "fr2.txt": fr_copy, "zh1.txt": zh_orig, "zh2.txt": zh_copy},
                 "file,outlet,published,kind\nfr1.txt,Le Courrier du Bassin,2025-04-01,\nfr2.txt,Info Relais,2025-04-02,\n"
                 "zh1.txt,环球晨报,2025-04-01,\nzh2.txt,快讯网,2025-04-03,\n")
    p = _prov(docs)
    assert p.loc["fr2", ["derives_from", "relation"]].tolist() == ["fr1", "credited"]
    assert p.loc["zh2", ["derives_from", "relation"]].tolist() == ["zh1", "credited"]
    assert p.loc["fr1", "kind"] == p.loc["zh1", "kind"] == "original"


@pytest.mark.parametrize("text, name", [
    ("La Chine, rapporte Le Monde, prévoit de nouveaux centres.", "Le Monde"),
    ("D'après Les Echos, le projet coûte cher.", "Les Echos"),
    ("据彭博社报道，该公司计划扩建。", "Bloomberg"),
    ("路透社援引知情人士称，交易已完成。", "Reuters"),
    ("新华社消息，项目于本月开工。", "Xinhua"),
    ("The plan was first reported by The Information.", "The Information"),
    ("Read more at Tom's Hardware", "Tom's Hardware"),
    ("The figure appeared in a peer-reviewed article in the academic journal Nature.", "Nature"),
    ("Selon les données de Bloomberg, la perte est historique.", "Bloomberg"),
    ("Un rapport du cabinet de conseil en semi-conducteurs SemiAnalysis estime le coût.", "SemiAnalysis"),
    ("彭博資訊報導，軟銀推遲計畫。", "Bloomberg"),
    ("The deal, per CNN, was signed on Monday.", "CNN"),
])
def test_attribution_phrases_in_three_languages(text, name):
    assert [c[0] for c in credits(text)] == [name]


@pytest.mark.parametrize("text", [
    "According to Chinese officials, the plan is on track.",
    "Selon nous, la Chine avance vite.",
    "Our own investigation found 40 halls.",
])
def test_no_credit_without_an_outlet(text):
    assert credits(text) == []


def test_a_document_never_credits_itself():
    assert credits("A Harbour Times investigation has revealed the plan.", own=("Harbour Times",)) == []
    assert credits("（封面新闻记者 张三）", own=("封面新闻 via example.com",)) == []


def test_photo_credits_and_tickers_are_not_sources():
    assert credits("(Joel Saget / AFP) Nvidia (NVDA) fell.") == []
    assert [c[0] for c in credits("(Reuters) Nvidia fell 17%.")] == ["Reuters"]
    assert sorted(c[0] for c in credits("（路透社/中央社）輝達股價下跌。")) == ["Central News Agency", "Reuters"]


def _c(doc: str, value: float, n: list[int] = [0], subject: str = "market value loss", qualifier: str = "exact") -> dict:
    n[0] += 1
    return {"claim_id": f"{doc}#{n[0]}", "doc_id": doc, "label": doc, "start": n[0], "end": n[0] + 1, "line": 1,
            "text": f"{value:g}", "quote": f"q{n[0]}", "subject": subject, "value_low": value, "value_high": value,
            "value": value, "unit": None, "currency": "USD", "qualifier": qualifier, "is_forecast": False}


def test_families_are_one_figure_at_one_precision_with_first_appearance_and_independence():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "published": ["2025-01-28", "2025-01-27", None, "2025-01-29"]})
    claims = pd.DataFrame([_c("a", 589e9), _c("b", 588.862e9), _c("c", 589e9, qualifier="more_than"), _c("d", 600e9),
                           _c("d", 593e9), _c("a", 5.576e6, subject="training cost"),
                           _c("b", 5.6e6, subject="training cost")])
    prov = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "independent_group": ["g1", "g2", "g1", "g3"]})
    fam = families(claims, docs, prov)
    by_value = {round(r.value_low / 1e9, 3): r for r in fam.itertuples() if r.subject == "market value loss"}
    big = by_value[588.862]  # 588.862 and 589 billion are one figure; 593 and "near 600" are others
    assert (big.value_high, big.doc_ids, big.n_sources, big.n_independent) == (589e9, "a;b;c", 3, 2)
    assert (big.first_doc, big.first_claim) == ("b", "b#2")  # published first, whatever the corpus order
    assert set(by_value) == {588.862, 593.0, 600.0}
    assert len(fam[fam["subject"] == "training cost"]) == 2  # $5.576M and $5.6M: two precisions
    assert fam["family_id"].tolist() == [f"F{i:04d}" for i in range(1, len(fam) + 1)]


def test_a_picture_credit_is_not_a_source():
    from helpers.compare.attribution import credits

    assert [c[0] for c in credits("Image source: Getty Images. The deal, according to Reuters, is big.")] == ["Reuters"]
    assert [c[0] for c in credits("图片来源：新华社。据路透社报道，交易规模很大。")] == ["Reuters"]
    assert [c[0] for c in credits("来源：新华社。交易规模很大。")] == ["Xinhua"]
    assert [c[0] for c in credits("Source: Reuters. The deal is big.")] == ["Reuters"]


def test_a_reference_line_naming_a_site_credits_its_outlet():
    from helpers.compare.attribution import canonical, credits

    assert canonical("www.reuters.com") == "Reuters" and canonical("cgtn.com") == "CGTN"
    assert [c[0] for c in credits("The partnership was announced on Thursday.\nReference(s): cgtn.com")] == ["CGTN"]
    assert credits("Image source: gettyimages.com") == []


def test_a_credited_name_never_runs_across_a_line_break():
    from helpers.compare.attribution import credits

    assert credits("Share via X\nTSMC to invest $100B in Arizona") == []  # not "X TSMC"
    assert [c[0] for c in credits("Source : NEXT INpact\nPublié le 4 mars")] == ["NEXT INpact"]


def test_a_credit_line_the_cleaner_removed_is_still_read(tmp_path):
    import helpers
    from helpers.compare.attribution import doc_credits

    body = ("The chipmaker said on Tuesday it would spend $20 billion on two new plants in Ohio, "
            "its largest investment in a decade.\nOfficials said the plants would employ 3,000 people "
            "when they open in 2027.\n")
    (tmp_path / "a.txt").write_text("Chip plant approved\n" + body + "Read more at Reuters\n", encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    assert "Read more at Reuters" not in docs["clean_text"].iloc[0]
    assert [(n, pos) for n, _, pos in doc_credits(docs)["a"]] == [("Reuters", -1)]


def test_the_manifests_kind_is_the_users_word(make_corpus):
    # the text's markers would call c a retelling ("According to Reuters"); the manifest says original, and wins
    docs = _docs(make_corpus, {"c.txt": RETELL_C, "pier.txt": UNRELATED},
                 "file,outlet,published,kind\nc.txt,Basin Wire,,original\npier.txt,Port Daily,2025-02-01,\n")
    assert _prov(docs).loc["c", "kind"] == "original"
