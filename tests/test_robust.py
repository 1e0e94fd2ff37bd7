"""Odd but plausible input never crashes, hangs or loses text: each test writes its own small
corpus (English, Chinese, French) and checks the stage that used to fail on that class."""
from __future__ import annotations

import time

import matplotlib
matplotlib.use("Agg")

import pytest  # noqa: E402

import helpers  # noqa: E402
from helpers.core.errors import CorpusError  # noqa: E402
from helpers.present import brief  # noqa: E402
from helpers.present.brief_cite import check_citations, sentence_at  # noqa: E402
from helpers.read.dates import parse_date  # noqa: E402


def _skip(folder):
    return helpers.load_corpus(folder, on_error="skip")


def _brief_md(folder, tmp_path) -> str:
    """brief.md of a corpus (no figures, no renderings): write_brief checks every quote."""
    a = helpers.analyse(helpers.load_corpus(folder))
    written = brief.write_brief(a, tmp_path / "figures", tmp_path / "brief", formats=False)
    md = written["md"].read_text(encoding="utf-8")
    cites = check_citations(md, a.docs)
    assert len(cites) and cites["quote_in_text"].all() and cites["quote_on_line"].all()
    return md


# --------------------------------------------------------------------------- quotes traced to their line


def test_html_quotes_with_inline_markup_and_references_are_traced(make_corpus, tmp_path):
    # inline tags and character references inside a quoted sentence: the raw line differs from the text
    folder = make_corpus({
        "en.html": "<html><body><p>The <em>firm</em> &amp; its <a href='/p'>partner</a> run 36 data centres "
                   "in the region, officials said on Monday.</p></body></html>",
        "fr.html": "<html><body><p>L'<b>opérateur</b> &eacute;voque 40 centres de données dans la région, "
                   "selon un communiqué.</p></body></html>",
        "zh.html": "<html><body><p>该<strong>公司</strong>在当地运营&nbsp;38个数据中心，官员周一表示。</p></body></html>",
    })
    md = _brief_md(folder, tmp_path)
    assert "The firm & its partner run 36 data centres" in md
    assert "évoque 40 centres de données" in md


def test_quotes_with_control_characters_are_traced(make_corpus, tmp_path):
    # a vertical tab and an escape byte inside sentences: the brief shows them as spaces
    folder = make_corpus({
        "a.txt": "The firm\x0bruns 36 data centres in the region, officials sa\x1bid on Monday.\n",
        "b.txt": "A second report counts 40 data centres in the region, its authors said.\n",
    })
    md = _brief_md(folder, tmp_path)
    assert "officials sa id on Monday" in md


def test_sentence_of_one_very_long_line_is_found_fast():
    # a page whose 20,000 sentences sit on one line, each with a number: linear, not quadratic
    text = " ".join(f"Site {i} holds {i % 90 + 10} racks, the operator said." for i in range(20000))
    spans = [(m, m + 3) for m in range(0, len(text), len(text) // 400)]
    t0 = time.perf_counter()
    found = [sentence_at(text, s, e) for s, e in spans]
    assert time.perf_counter() - t0 < 2.0
    k = text.index("Site 12345 ")
    s, e = sentence_at(text, k + 5, k + 10)
    assert text[s:e] == "Site 12345 holds 25 racks, the operator said."
    assert len(found) == len(spans)


def test_sentence_longer_than_the_scan_is_cut_with_an_ellipsis():
    text = "Intro. " + "word " * 1000 + "the firm runs 36 data centres " + "more " * 10 + "end."
    k = text.index("36")
    s, e = sentence_at(text, k, k + 2)
    assert s > len("Intro. ") and text[s:e].endswith("end.") and s <= k


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1850", "2150-06"])
def test_manifest_date_outside_plausible_years_is_an_error(value):
    with pytest.raises(ValueError, match="outside the years 1900-2100"):
        parse_date(value)


def test_placeholder_manifest_dates_are_named_and_left_out(make_corpus, tmp_path):
    folder = make_corpus({
        "a.txt": "The firm runs 36 data centres in the region, officials said on Monday.\n",
        "b.txt": "新疆共有40个数据中心，官员周一表示。\n",
        "MANIFEST.csv": "file,label,published\na.txt,Alpha,0001-01-01\nb.txt,Beta,9999-12-31\n",
    })
    docs, problems = _skip(folder)
    assert list(docs["label"]) == ["Alpha", "Beta"] and docs["published"].isna().all()
    lines = problems["problem"].tolist()
    assert any("row 2 (a.txt): date '0001-01-01' is outside" in p for p in lines)
    assert any("row 3 (b.txt): date '9999-12-31' is outside" in p for p in lines)
    a = helpers.analyse(docs)
    assert len(brief.export_figures(a, tmp_path / "figures"))  # the timeline draws without a date error


def test_many_dated_lines_are_read_fast(make_corpus):
    from helpers.extract.timeline import build_timeline

    lines = "\n\n".join(f"On {d % 28 + 1} March 2024 the operator logged {d} requests at site {d * 7}."
                         for d in range(3000))
    docs = helpers.load_corpus(make_corpus({"log.txt": lines}))
    t0 = time.perf_counter()
    ev = build_timeline(docs, include_publication=False)
    assert time.perf_counter() - t0 < 10
    assert len(ev) >= 3000  # (a count such as "logged 2024 requests" reads as a year too)
    first = ev.loc[ev["quote"].str.contains("logged 0 requests")].iloc[0]
    assert first["date_start"] == "2024-03-01"


# --------------------------------------------------------------------------- nothing loaded


def test_figures_and_brief_of_an_empty_analysis_are_a_clear_error(make_corpus, tmp_path):
    folder = make_corpus({"notes.pdf": b"%PDF-1.4", "empty.txt": ""})
    docs, problems = _skip(folder)
    assert len(docs) == 0 and len(problems) == 2
    a = helpers.analyse(docs)
    with pytest.raises(CorpusError, match="no document was loaded"):
        brief.export_figures(a, tmp_path / "figures")
    with pytest.raises(CorpusError, match="no document was loaded"):
        brief.write_brief(a, tmp_path / "figures", tmp_path / "brief", formats=False)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_read_and_flagged(make_corpus, codec):
    folder = make_corpus({
        "en.txt": "The firm runs 36 data centres in the region.\nOfficials said so on Monday.\n".encode(codec),
        "zh.txt": "新疆共有40个数据中心。\n官员周一表示。\n".encode(codec),
        "fr.txt": "L'opérateur évoque 12 centres de données.\n".encode(codec),
    })
    docs, problems = _skip(folder)
    docs = docs.set_index("doc_id")
    assert docs.loc["en", "raw_text"].startswith("The firm runs 36 data centres")
    assert docs.loc["zh", "raw_text"] == "新疆共有40个数据中心。\n官员周一表示。\n"
    assert "évoque 12" in docs.loc["fr", "raw_text"] and docs.loc["fr", "encoding"] == codec
    notes = problems.loc[problems["severity"] == "warning", "problem"]
    assert (notes.str.contains(f"no byte-order mark, read as {codec.upper()}")).sum() == 3


def test_binary_with_nul_bytes_is_still_an_error(make_corpus):
    junk = bytes((i * 37 + 11) % 256 for i in range(4000))
    folder = make_corpus({"a.txt": "The firm runs 36 data centres in the region.", "junk.txt": junk,
                          "halves.txt": bytes(x if i % 2 else 0 for i, x in enumerate(junk))})
    docs, problems = _skip(folder)
    assert list(docs["doc_id"]) == ["a"]
    assert problems.set_index("file").loc["junk.txt", "problem"].startswith("binary file")
    assert problems.set_index("file").loc["halves.txt", "problem"].startswith("binary file")


# --------------------------------------------------------------------------- HTML references


def test_legacy_and_two_character_references_keep_every_offset(make_corpus):
    # "&lt3" and "&sect12" (no ";"): the known prefix is the reference, the rest plain text;
    # "&NotEqualTilde;" gives two characters; every clean character must map back to itself
    page = ("<html><body><p>La règle &sect12 compte 36 centres &lt3 et &NotEqualTilde; 40 baies, "
            "AT&T &amp; R&D ont dit.</p><p>新疆&nbsp;12个数据中心&#65;</p></body></html>")
    docs = helpers.load_corpus(make_corpus({"p.html": page}))
    d = docs.iloc[0]
    assert "§12 compte 36 centres <3 et ≂̸ 40 baies, AT&T & R&D ont dit." in d["clean_text"]
    checked = helpers.check_offsets(docs).iloc[0]
    assert checked["roundtrip_mismatches"] == 0 and checked["mapped_chars"] == checked["clean_chars"]
    k = d["clean_text"].index("12 compte")
    hit = helpers.locate(docs, "p", k, k + 2)
    assert page[hit["raw_start"]:hit["raw_end"]] == "12"


# --------------------------------------------------------------------------- STORY.toml


@pytest.mark.parametrize("story, message", [
    ('title = "never closed\n', "STORY.toml: not valid UTF-8 TOML"),
    ("title = 42\n", "STORY.toml: 'title' must be a string"),
    ("question = 'why'\n", "STORY.toml: unknown key(s) ['question']"),
])
def test_bad_story_file_stops_the_build_before_any_notebook(make_corpus, tmp_path, monkeypatch, capsys,
                                                              story, message):
    from helpers import cli
    from helpers.core import notebooks

    folder = make_corpus({"a.txt": "The firm runs 36 data centres in the region, officials said.",
                          "STORY.toml": story})
    monkeypatch.setattr(notebooks, "run_notebook", lambda *a, **k: pytest.fail("no notebook may run"))
    assert cli.main(["build", "--corpus", str(folder), "--out", str(tmp_path / "out")]) == 3
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_story_file_with_a_byte_order_mark_is_read(make_corpus):
    from helpers.story import load_story

    folder = make_corpus({"a.txt": "Le site compte 36 centres.",
                          "STORY.toml": "\ufefftitle = \"Centres de données : ce que disent les sources\"\n"})
    assert load_story(folder).title == "Centres de données : ce que disent les sources"


# --------------------------------------------------------------------------- runs of digits


def test_long_runs_of_digits_and_separators_are_read_fast():
    from helpers.compare.sources import marker_hits

    runs = ",".join(str(i % 10) for i in range(60000)) + " likes"
    t0 = time.perf_counter()
    marker_hits(runs)
    marker_hits(".".join("1" for _ in range(60000)) + " views")
    assert time.perf_counter() - t0 < 2.0
    hits = marker_hits("1,234 likes 56 retweets\n@operator posted this\n2.3K views")
    assert hits["social"] == ["1,234 likes", "2.3K views", "56 retweets", "@operator"]


def test_a_number_too_long_for_a_float_is_no_claim(make_corpus, tmp_path):
    from helpers.extract.quantities import find_quantities

    found = find_quantities("The firm holds " + "9" * 400 + " chips in 36 data centres.")
    assert [q.text for q in found] == ["36"]
    folder = make_corpus({"a.txt": "The firm holds " + "1" * 5000 + " chips in 36 data centres, it said.\n",
                          "b.txt": "新疆共有40个数据中心，官员表示。\n"})
    a = helpers.analyse(helpers.load_corpus(folder))
    assert a.claims["value"].map(lambda v: v == v and abs(v) < float("inf")).all()
    assert len(brief.export_figures(a, tmp_path / "figures"))


def test_a_file_name_with_a_newline_is_cited(make_corpus, tmp_path):
    folder = make_corpus({"two\nlines.txt": "The firm runs 36 data centres in the region, officials said.\n",
                          "b.txt": "Le site compte 40 centres de données, selon un rapport.\n"})
    md = _brief_md(folder, tmp_path)
    assert "36 data centres" in md


def test_a_page_repeating_its_lead_sentence_is_two_traced_passages(tmp_path):
    # corpus 84 (saved real pages): udn.com repeats its lead sentence on the next line, and the brief quotes both;
    # the build used to stop at "one note per file and words". One note per file, line and words holds
    from pathlib import Path

    docs = helpers.load_corpus(Path(__file__).parent / "devcorpus84" / "pages")
    md = brief.write_brief(helpers.analyse(docs), tmp_path / "figures", tmp_path / "brief", formats=False)["md"] \
        .read_text(encoding="utf-8")
    cites = brief.verify_citations(md, docs)  # (raises on a passage noted twice)
    same_words = cites[cites.duplicated(["path", "quote"], keep=False)]
    assert set(same_words["line"]) == {6, 7} and set(same_words["path"]) == {"010_udn-20yi-15yi-80pc.txt"}
    first = next(line for line in md.split("\n") if line.endswith("{#q1 .quote}"))
    again = first.replace("[\\[1\\]]", "[\\[999\\]]").replace("{#q1 .quote}", "{#q999 .quote}")
    with pytest.raises(brief.CitationError, match="one passage has several notes"):
        brief.verify_citations(md + "\n" + again + "\n", docs)  # one passage, line and words noted twice

