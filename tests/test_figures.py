"""Figures: one style, byte-identical export, hashes in the manifest, CJK glyphs present."""
from __future__ import annotations

import csv
import hashlib
import warnings

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import helpers  # noqa: E402
import helpers.core.paths  # noqa: E402
from helpers.present import figures
from helpers.present import plots  # noqa: E402
from helpers.core.paths import FIGURES_DIR  # noqa: E402


def _build(docs, out):
    fig, data = plots.boilerplate_share(docs)
    rec = figures.export(fig, "share", out=out, docs=docs, data=data, sources=list(docs["doc_id"]),
                         caption="c", alt="a")
    plt.close(fig)
    return rec


def test_two_builds_are_byte_identical(docs, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _build(docs, a)
    _build(docs, b)
    for ext in ("png", "svg", "pdf", "csv"):
        assert (a / f"share.{ext}").read_bytes() == (b / f"share.{ext}").read_bytes(), ext
    assert (a / "MANIFEST.csv").read_bytes() == (b / "MANIFEST.csv").read_bytes()


def test_manifest_hashes_match_files(docs, tmp_path):
    _build(docs, tmp_path)
    for folder in (tmp_path, FIGURES_DIR):
        with open(folder / "MANIFEST.csv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert rows
        for r in rows:
            for ext in ("png", "svg", "pdf", "csv"):
                blob = (folder / f"{r['name']}.{ext}").read_bytes()
                assert hashlib.sha256(blob).hexdigest() == r[f"{ext}_sha256"], (folder, r["name"], ext)


def test_figure_data_is_the_table_values(docs, tmp_path):
    _build(docs, tmp_path)
    data = pd.read_csv(tmp_path / "share.csv")
    assert dict(zip(data["label"], data["boilerplate_share"]))["bloomberg"] == docs.loc[
        docs["label"] == "bloomberg", "boilerplate_share"].item()


def test_source_line_names_outlets_and_dates(docs):
    line = figures.source_line(list(docs["doc_id"][:2]), docs)
    assert line == "Sources: Bloomberg 2025-07-31; summary undated"


def test_chinese_labels_have_glyphs(tmp_path):
    figures.use_style()
    fig, ax = plt.subplots()
    ax.set_title("伊吾 18央企簽92項目 東數西算")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        figures.render(fig, "png")
        figures.render(fig, "svg")
    plt.close(fig)


def test_without_the_cjk_font_matplotlib_does_warn():
    """Control for the test above: the warning it relies on really fires for missing glyphs."""
    import pytest
    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        fig, ax = plt.subplots()
        ax.set_title("伊吾")
        with pytest.warns(UserWarning, match="missing from font"):
            figures.render(fig, "png")
        plt.close(fig)


def test_large_corpora_get_capped_per_source_figures(monkeypatch):
    from helpers.present import brief
    from helpers.present import plots
    a = helpers.analyse(helpers.load_corpus(helpers.core.paths.SEEDS_DIR))
    monkeypatch.setattr(brief, "FIGURE_MAX_DOCS", 2)
    monkeypatch.setattr(plots, "SIMILARITY_MAX_DOCS", 3)
    specs = {s.name: s for s in brief.figure_set(a)}
    # the two sources with most claims on the main subjects, and the caption says so
    _, data = specs["number_ranges"].draw()
    assert data["label"].nunique() <= 2
    assert "Showing the 2 sources with the most claims on chips and data centres, of 5." in specs["number_ranges"].caption
    fig, sim = plots.similarity(a.pairs, a.docs, a.derived)  # kept for the notebooks
    assert sim["source"].nunique() == 3 and len(sim) == 6
    assert "the 3 most similar of 5 documents" in fig.axes[0].get_title(loc="left")


def test_claims_heatmap_counts_numbers_per_source_and_subject(docs):
    import helpers
    from helpers.present import plots

    claims = helpers.extract_claims(docs)
    fig, grid = plots.claims_heatmap(claims, docs)
    labels = docs.set_index("doc_id")["label"]
    by_label = grid.set_index("source")
    for subject in by_label.columns:  # every cell is that source's number of claims on that subject
        for source, count in by_label[subject].items():
            assert count == ((claims["subject"] == subject) & (claims["doc_id"].map(labels) == source)).sum()
    assert list(grid["source"]) == sorted(labels) and "chips" in by_label.columns
    assert fig.axes[0].get_title(loc="left").startswith("How many numbers")


def test_dollar_signs_in_document_text_are_not_maths(make_corpus, tmp_path):
    """A source named "Money $$ Weekly_x^2" (document text is untrusted) is drawn literally:
    matplotlib's maths parser must never see it (it crashed the build)."""
    import helpers
    from helpers import pipeline
    from helpers.present import brief

    root = make_corpus({
        "a.txt": "Cost report\n\nThe lab said it spent $5 million on 2,048 chips in 3 data centres.\n",
        "b.txt": "Other view\n\nA rival said it spent $500 million on 50,000 chips in 3 data centres.\n",
        "MANIFEST.csv": "file,outlet\na.txt,The $5 Times\nb.txt,Money $$ Weekly_x^2\n"})
    a = pipeline.analyse(helpers.load_corpus(root))
    assert set(a.docs["label"]) == {"The $5 Times", "Money $$ Weekly_x^2"}
    exported = brief.export_figures(a, tmp_path / "figures")
    assert len(exported) >= 2
    svg = (tmp_path / "figures" / "number_ranges.csv").read_text(encoding="utf-8")
    assert "Money $$ Weekly_x^2" in svg


def test_documents_without_a_manifest_label_are_named_by_their_outlet(make_corpus):
    import helpers

    root = make_corpus({"001_x.txt": "A\n\nOne said 3 data centres.\n", "002_y.txt": "B\n\nTwo said 4 data centres.\n",
                        "003_z.txt": "C\n\nThree said 5 data centres.\n", "004_w.txt": "D\n\nFour said 6 data centres.\n",
                        "MANIFEST.csv": "file,label,outlet\n001_x.txt,,Reuters\n002_y.txt,,Reuters\n"
                                        "003_z.txt,mine,Le Monde\n004_w.txt,,\n"})
    d = helpers.load_corpus(root).set_index("doc_id")
    assert d.loc["001_x", "label"] == "Reuters (1)" and d.loc["002_y", "label"] == "Reuters (2)"
    assert d.loc["003_z", "label"] == "mine" and d.loc["004_w", "label"] == "004_w"
    assert d.loc["001_x", "label_source"] == "outlet (manifest)" and d.loc["004_w", "label_source"] == "file name"


def test_the_timeline_axis_leaves_a_far_old_year_to_its_note() -> None:
    import pandas as pd

    from helpers.present.plots_brief import _fit_axis

    days = [f"2025-11-{d:02d}" for d in range(20, 30)]
    m = pd.DataFrame({"date_start": days + ["2024-09-01", "1948-01-01"], "date_end": days + ["2024-09-30", "1948-12-31"],
                      "short": [f"e{i}" for i in range(12)], "labels": "x", "doc_ids": "a", "precision": "day",
                      "group": "Reported"})
    kept, notes = _fit_axis(m, m.iloc[:0])
    assert len(kept) == 10 and notes and "1948" in notes[0] and "2024" in notes[0]
    spread = pd.DataFrame({"date_start": [f"{y}-04-15" for y in range(2019, 2026)],
                           "date_end": [f"{y}-04-15" for y in range(2019, 2026)], "short": "e", "labels": "x",
                           "doc_ids": "a", "precision": "day", "group": "Reported"})
    assert len(_fit_axis(spread, spread.iloc[:0])[0]) == 7  # a story of years keeps every year
