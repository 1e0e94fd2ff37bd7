"""The brief on the seeds: a bottom line first, ranked findings with confidence, one note per
quoted passage, numbered figures referred to from the text, byte-identical renderings."""
from __future__ import annotations

import re
import zipfile

import matplotlib
matplotlib.use("Agg")

import pytest  # noqa: E402

import helpers  # noqa: E402
import helpers.core.paths  # noqa: E402
import pandas as pd  # noqa: E402
from helpers.present import brief
from helpers.present import figures  # noqa: E402
from helpers.story import Story  # noqa: E402


@pytest.fixture(scope="module")
def built(docs, tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    a = helpers.analyse(docs)
    brief.export_figures(a, out / "figures")
    written = brief.write_brief(a, out / "figures", out / "brief")
    return a, out, written, written["md"].read_text(encoding="utf-8")


def _section(md: str, heading: str) -> str:
    start = md.index(heading)
    nxt = md.find("\n## ", start + 1)
    return md[start:nxt if nxt > 0 else len(md)]


def test_every_passage_is_traceable_and_cited_once(built, docs):
    a, _, _, md = built
    cites = brief.verify_citations(md, docs)
    assert cites["quote_in_text"].all() and cites["quote_on_line"].all()
    # one note per distinct passage: no two notes quote the same words of the same file
    assert not cites.duplicated(["path", "quote"]).any()
    used = set(re.findall(r"\]\(#(q\d+)\)", md))
    assert used == set(cites["note"])
    # a passage cited from several places keeps one number (the summary's data-centre and chip sentence)
    n = re.findall(r"\^\[(\d+)\]\(#q\d+\)\^", md)
    assert len(n) > len(set(n))


def test_quotes_are_whole_sentences(built):
    _, _, _, md = built
    cites = brief.parse_passages(md).set_index("label")
    lumida = cites.loc["lumida", "quote"]
    lumida = lumida if isinstance(lumida, str) else lumida.iloc[0]
    assert lumida.endswith("despite U.S. export bans.")  # not cut at "U.S."
    bloomberg = cites.loc["bloomberg"]
    assert any(q.startswith("There are approximately three dozen data centers") and q.endswith("not supposed to have.")
               for q in bloomberg["quote"])
    assert (bloomberg.loc[bloomberg["quote"].str.contains("three dozen"), "line"] == 24).all()


def test_bottom_line_first_and_findings_ranked_with_confidence(built):
    _, _, _, md = built
    body = md.split("\n\n**Bottom line.**", 1)[1]
    assert md.split("**Bottom line.**")[0].count("\n## ") == 0  # nothing before the bottom line but the title
    # lumida and ytools retell one outside original; summary retells bloomberg: 3 independent sources
    assert body.startswith(" 5 sources, 3 of them independent")
    assert "Disputed: data centres (most support: 36, from 2 independent sources)" in body[:600]
    assert "Unconfirmed (independent sources give different figures, none shared): chips" in body[:600]
    assert "AI-written: aggregator" in body[:600]
    findings = _section(md, "## Key findings")
    heads = re.findall(r"^- \*\*(.+?) — (.+?)\.\*\*", findings, re.M)
    assert set(heads[:2]) == {("Data centres", "disputed"),
                              ("Chips", "unconfirmed: 2 independent sources, no figure given by two of them")}
    # the best-supported figure first, with every source giving it, then the others
    assert "36, given by 2 independent sources (**bloomberg** “approximately three dozen”" in findings
    assert ("AI-written sources", "unverified") in heads
    assert "Other figures: **summary** ≈ 40 (“around 40”)" in findings
    # no chip figure is shared by two independent sources: each is listed with its words
    assert "**bloomberg** 2,000–9,999 (“thousands”, a plan)" in findings


def test_structure_sources_and_next_steps(built):
    _, _, _, md = built
    order = ["## Key findings", "## Where the sources disagree", "## Who retells whom", "## Timeline",
             "## What each source says", "## Sources", "## What to check next", "## Method and caveats",
             "## Quoted passages"]
    assert [md.index(h) for h in order] == sorted(md.index(h) for h in order)
    sources = _section(md, "## Sources")
    assert "The Secret Rise of China’s AI Desert Empire" in sources and "Bloomberg" in sources
    assert ".txt" not in sources and "da8f2776" not in sources  # no file names or hashes
    nxt = _section(md, "## What to check next")
    assert "Find the original by Huxiu: aggregator credits it" in nxt
    assert "Find the original that lumida, ytools retell: they share distinctive" in nxt
    assert "data centers" not in md.split("## Quoted passages")[0].replace("Data Centers", "")  # prose says centres


def test_figures_numbered_and_referred_to(built):
    a, out, written, md = built
    specs = brief.figure_set(a)
    assert [s.name for s in specs] == ["number_ranges", "provenance", "timeline"]
    for n, spec in enumerate(specs, start=1):
        assert f"See Figure [{n}](#fig-{spec.name})" in md
        assert f"![**Figure {n}.** {spec.caption}](../figures/{spec.name}.png)" in md
    html = written["html"].read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == len(specs)
    assert all(f"<strong>Figure {n}.</strong>" in html for n in range(1, 4))
    with zipfile.ZipFile(written["docx"]) as z:
        body = z.read("word/document.xml").decode("utf-8")
        assert len([f for f in z.namelist() if f.startswith("word/media/")]) == len(specs)
    assert "Figure 2." in body and "See Figure" in body
    assert 'w:name="q1"' in body and 'w:anchor="q1"' in body  # passage numbers link to their passage
    assert figures.verify_manifest(out / "figures")["matches"].all()


def test_renderings_are_real_and_byte_identical(built):
    a, out, written, _ = built
    again = brief.write_brief(a, out / "figures", out / "brief")
    for fmt in ("md", "html", "docx", "pdf"):
        assert again[fmt].read_bytes() == written[fmt].read_bytes(), fmt
    pdf = written["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 4
    with zipfile.ZipFile(written["docx"]) as z:
        assert "approximately three dozen" in z.read("word/document.xml").decode("utf-8")


def test_story_title_and_subjects_win(docs, tmp_path):
    a = helpers.analyse(docs)
    story = Story(title="Desert compute: the count", subjects=("data centres",))
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]), story=story)
    assert "\n# Desert compute: the count {#title}\n" in md
    findings = _section(md, "## Key findings")
    assert findings.index("**Data centres") < findings.index("**Chips")
    generic = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    title = re.search(r"^# (.+) \{#title\}$", generic, re.M).group(1)
    assert title.startswith("What 5 sources say about") and "Xinjiang" not in title


def test_a_large_corpus_is_briefed_on_the_sources_the_figures_show(monkeypatch):
    a = helpers.analyse(helpers.load_corpus(helpers.core.paths.SEEDS_DIR))
    monkeypatch.setattr(brief, "FIGURE_MAX_DOCS", 2)
    scoped, note = brief._scoped(a)
    assert len(scoped.docs) == 2 and set(scoped.claims["doc_id"]) <= set(scoped.docs["doc_id"])
    assert "This corpus has 5 documents. This brief covers 2 of them" in note
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    assert note in md
    assert brief.check_citations(md, a.docs)[["quote_in_text", "quote_on_line"]].all().all()
