"""Exploring: concordance hits with raw lines, Chinese matches, hostile text escaped, quotes in
context, readable tables, and notebooks paired with their plain-text twins."""
from __future__ import annotations

import json

import nbformat
import pytest

import helpers
from helpers.core.notebooks import notebook_paths, twin_path, twin_text
from conftest import row


def test_kwic_finds_every_source_mentioning_xinjiang_with_raw_lines(docs):
    hits = helpers.kwic(docs, "xinjiang")
    assert list(dict.fromkeys(hits["label"])) == ["bloomberg", "summary", "lumida", "aggregator"]  # ytools never says it
    for h in hits.itertuples():
        raw_line = row(docs, h.label)["raw_text"].split("\n")[h.line - 1]
        assert raw_line[h.column - 1:h.column - 1 + len("Xinjiang")] == "Xinjiang"
    assert set(hits.loc[hits["label"] == "bloomberg", "line"]) == {24}
    assert list(hits["label"]) == sorted(hits["label"], key=list(docs["label"]).index)  # sorted by source
    for label, g in hits.groupby("label"):
        assert list(g["start"]) == sorted(g["start"])


def test_kwic_context_and_regex(docs):
    hit = helpers.kwic(docs, "115,000", width=20).iloc[0]
    assert (hit["label"], hit["left"], hit["right"]) == ("lumida", "ts AI industry with ", " Nvidia chips, despi")
    assert len(hit["left"]) == len(hit["right"]) == 20
    assert {m.lower() for m in helpers.kwic(docs, r"data cent(?:er|re)s?", regex=True)["match"]} == {"data centers", "data center"}


def test_kwic_on_chinese_text(docs):
    hits = helpers.kwic(docs, "央企")
    assert list(zip(hits["label"], hits["line"], hits["column"])) == [("aggregator", 15, 3)]
    assert hits.iloc[0]["left"].endswith("What Changed⏎⏎18") and hits.iloc[0]["right"].startswith("簽92項目,聚焦算力")


def test_hostile_text_is_escaped(make_corpus):
    docs = helpers.load_corpus(make_corpus({
        "evil.txt": "Officials said <script>alert('x')</script> that 40 data centres were <b>built</b> last year."}))
    claim = helpers.extract_claims(docs).iloc[0]
    html = helpers.in_context(claim, docs)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<b>built</b>" not in html and "<mark>40</mark>" in html


def test_in_context_by_row_and_by_id(docs):
    claims = helpers.extract_claims(docs)
    c = claims[claims["text"] == "approximately three dozen"].iloc[0]
    ctx = helpers.in_context(c, docs)
    assert (ctx.quote, ctx.line, ctx.column) == ("approximately three dozen", 24, 858)
    assert ctx.sentence_head == "There are " and ctx.before.endswith("export-banned US chips.")
    assert "[[approximately three dozen]]" in str(ctx)
    events = helpers.build_timeline(docs)
    e = events[events["date_text"] == "by 2028"].iloc[0]
    assert helpers.in_context(e["event_id"], docs, events=events).quote.endswith("by 2028.")
    with pytest.raises(KeyError, match="no claim or event"):
        helpers.in_context("nope@1", docs, events=events)
    pub = events[events["event_type"] == "publication"].iloc[0]
    with pytest.raises(ValueError, match="no span"):
        helpers.in_context(pub, docs)


def test_tidy_is_readable_and_stable(docs):
    claims = helpers.extract_claims(docs)
    t = helpers.tidy(claims[["text", "value_low", "value_high", "quote"]], width=20)
    first = t[claims["text"] == "more than 115,000"].iloc[0]
    assert (first["value_low"], first["value_high"]) == ("115,000", "∞")
    assert all(len(q) <= 20 for q in t["quote"]) and t["quote"].str.endswith("…").any()
    assert t.equals(helpers.tidy(claims[["text", "value_low", "value_high", "quote"]], width=20))


@pytest.mark.parametrize("notebook", notebook_paths(), ids=lambda p: p.name)
def test_notebook_and_its_twin_are_in_sync(notebook):
    twin = twin_path(notebook)
    assert twin.exists(), f"{twin.name} missing: run `make sync`"
    assert twin.read_text(encoding="utf-8") == twin_text(nbformat.read(notebook, as_version=4)), \
        f"{notebook.name} and {twin.name} differ: run `make sync`"


def test_notebooks_have_parameters_and_stored_outputs():
    for nb in notebook_paths():
        data = json.loads(nb.read_text(encoding="utf-8"))
        tags = [c.get("metadata", {}).get("tags", []) for c in data["cells"]]
        assert ["parameters"] in tags, nb.name
        assert any(c.get("outputs") for c in data["cells"] if c["cell_type"] == "code"), nb.name


def test_stored_outputs_hold_no_warnings_or_machine_paths():
    from helpers.core.paths import REPO_ROOT
    for nb in notebook_paths():
        data = json.loads(nb.read_text(encoding="utf-8"))
        for cell in data["cells"]:
            for out in cell.get("outputs", []):
                assert not (out.get("output_type") == "stream" and out.get("name") == "stderr"), \
                    f"{nb.name} cell {cell.get('id')}: stderr in stored output"
        assert str(REPO_ROOT) not in nb.read_text(encoding="utf-8"), f"{nb.name} stores an absolute path"


def test_source_names_read_ids_outside_sources_and_lists():
    import pandas as pd

    from helpers.present.explore import source_names, with_source_names

    docs = pd.DataFrame({"doc_id": ["001_a", "002_b"], "label": ["Reuters", "Le Monde"]})
    assert source_names(docs, "001_a;002_b") == "Reuters, Le Monde"
    assert source_names(docs, "outside:Financial Times") == "Financial Times"
    assert source_names(docs, "outside:unknown") == "an unnamed original"
    assert source_names(docs, None) == "" and source_names(docs, "003_c") == "003_c"
    t = with_source_names(pd.DataFrame({"source": ["002_b", "outside:unknown"]}), docs, original="source")
    assert list(t["original"]) == ["Le Monde", "an unnamed original"]
