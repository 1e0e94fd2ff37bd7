"""The brief: every number cited to a quote found in its source and on the cited raw line,
figures embedded with captions, byte-identical renderings, and a PDF with pages."""
from __future__ import annotations

import re
import zipfile

import matplotlib
matplotlib.use("Agg")

import pytest  # noqa: E402

import helpers  # noqa: E402
import helpers.paths  # noqa: E402
import pandas as pd  # noqa: E402
from helpers import brief, figures  # noqa: E402


@pytest.fixture(scope="module")
def built(docs, tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    a = helpers.analyse(docs)
    brief.export_figures(a, out / "figures")
    written = brief.write_brief(a, out / "figures", out / "brief")
    return a, out, written, written["md"].read_text(encoding="utf-8")


def test_every_footnote_is_traceable(built, docs):
    a, _, _, md = built
    cites = brief.check_citations(md, docs)
    cited_claims = a.claims.dropna(subset=["subject"]).drop_duplicates(["doc_id", "quote"])
    assert len(cites) >= len(cited_claims)  # at least one footnote per distinct quoted sentence
    assert cites["quote_in_text"].all() and cites["quote_on_line"].all(), cites[~cites["quote_on_line"]]
    # every footnote marker used in the text has its footnote, and vice versa
    used = set(re.findall(r"\[\^(c\d+)\](?!:)", md))
    defined = set(brief.parse_footnotes(md)["note"])
    assert used == defined


def test_every_number_from_a_source_carries_a_footnote(built):
    a, _, _, md = built
    table = md[md.index("## What each source says"):md.index("## Where the sources disagree")]
    for claim in a.claims.dropna(subset=["subject"]).itertuples():
        assert re.search(re.escape(f"(“{claim.text}”)") + r"(?: \(forecast\))?\[\^c\d+\]", table), claim.text
    cites = brief.parse_footnotes(md).set_index("label")
    assert "There are approximately three dozen data centers" in cites.loc["bloomberg", "quote"].iloc[0]
    assert (cites.loc["bloomberg", "line"] == 24).all()


def test_brief_states_the_seed_findings(built):
    _, _, _, md = built
    findings = md[md.index("## Key findings"):md.index("## What each source says")]
    assert "bloomberg's 2,000–9,999 (“thousands”)" in findings and "lumida's 115,000 (“115,000”)" in findings
    assert "“Yiwu in eastern China”" in md and "EW, a remote county in Xinjiang" in md
    assert "**summary** derives from **bloomberg**" in md
    assert "AI-generated" in findings
    assert "| 2022-02 | month | aggregator | China officially launches" in md
    assert "Not placed on the calendar: “Earlier this year” in summary" in md


def test_figures_embedded_with_captions(built):
    a, out, written, md = built
    for spec in brief.figure_set(a):
        assert f"![{spec.caption}](../figures/{spec.name}.png)" in md
    html = written["html"].read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == len(brief.figure_set(a))  # self-contained
    assert figures.verify_manifest(out / "figures")["matches"].all()


def test_renderings_are_real_and_byte_identical(built, docs, tmp_path):
    a, out, written, _ = built
    again = brief.write_brief(a, out / "figures", out / "brief")
    for fmt in ("md", "html", "docx", "pdf"):
        assert again[fmt].read_bytes() == written[fmt].read_bytes(), fmt
    pdf = written["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 4
    with zipfile.ZipFile(written["docx"]) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "approximately three dozen" in body


def test_a_large_corpus_is_briefed_on_the_sources_the_figures_show(monkeypatch):
    from helpers import brief
    a = helpers.analyse(helpers.load_corpus(helpers.paths.SEEDS_DIR))
    monkeypatch.setattr(brief, "FIGURE_MAX_DOCS", 2)
    scoped, note = brief._scoped(a)
    assert len(scoped.docs) == 2 and set(scoped.claims["doc_id"]) <= set(scoped.docs["doc_id"])
    assert "This corpus has 5 documents. This brief covers 2 of them" in note
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt", "png", "svg", "pdf"]))
    assert note in md
    assert brief.check_citations(md, a.docs)[["quote_in_text", "quote_on_line"]].all().all()
