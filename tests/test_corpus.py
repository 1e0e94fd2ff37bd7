"""The loader: the seeds' real values, any folder of .txt/.md/.html, and every bad input."""
from __future__ import annotations

import codecs
import hashlib
import os

import pandas as pd
import pytest

import helpers
from helpers import CorpusError
from helpers.core.paths import SEEDS_DIR, REPO_ROOT
from conftest import row

SHARED = REPO_ROOT.parent / "shared" / "seeds"


# --------------------------------------------------------------------------- the seeds

def test_seeds_are_byte_identical_to_shared_copy():
    if not SHARED.exists():
        pytest.skip("../shared/seeds not beside the repository")
    for src in sorted(SHARED.iterdir()):
        assert (SEEDS_DIR / src.name).read_bytes() == src.read_bytes(), src.name


def test_seed_table_shape_order_and_checksums(docs):
    assert list(docs["doc_id"]) == sorted(docs["doc_id"])
    assert len(docs) == 5
    for d in docs.itertuples():
        assert d.sha256 == hashlib.sha256((SEEDS_DIR / d.path).read_bytes()).hexdigest()
    assert row(docs, "bloomberg")["sha256"].startswith("c159893b158f")


def test_seed_metadata_from_manifest(docs):
    b = row(docs, "bloomberg")
    assert (b["outlet"], b["author"], b["published"], b["published_precision"], b["kind"]) == \
        ("Bloomberg", "David Rovella", "2025-07-31", "day", "original")
    assert b["published_source"] == "manifest"
    assert list(docs.sort_values("doc_id")["kind"]) == ["original", "summary", "summary", "aggregator", "blog"]
    assert row(docs, "aggregator")["languages"] == "en;zh"
    assert row(docs, "lumida")["outlet"] == "lumidawealth.com"


def test_required_columns_present(docs):
    for col in ["doc_id", "label", "path", "sha256", "outlet", "title", "author", "published", "kind",
                "languages", "raw_text", "clean_text", "boilerplate_share", "title_source"]:
        assert col in docs.columns, col


def test_without_manifest_metadata_comes_from_the_text(make_corpus):
    folder = make_corpus({p.name: p.read_bytes() for p in SEEDS_DIR.glob("*.txt")})
    docs = helpers.load_corpus(folder)
    b = docs.iloc[0]
    assert (b["title"], b["author"], b["published"], b["outlet"]) == \
        ("The Secret Rise of China’s AI Desert Empire", "David Rovella", "2025-07-31", "Bloomberg")
    assert {b["title_source"], b["author_source"], b["published_source"], b["outlet_source"]} == {"text"}
    # no manifest label: the outlet the text names labels it (a reader knows "Bloomberg", not a file name)
    assert b["label"] == "Bloomberg" and b["label_source"] == "outlet (text)"
    assert docs.iloc[3]["credit"] == "虎嗅"
    assert docs.iloc[4]["author"] == "ytools"
    assert docs.iloc[1]["title_source"] == ""  # neither the manifest nor the text gives one: no guess


def test_manifest_false_ignores_the_manifest(docs):
    plain = helpers.load_corpus(SEEDS_DIR, manifest=False)
    assert set(plain["kind_source"]) == {""}
    assert list(plain["clean_text"]) == list(docs["clean_text"])


def test_changed_seed_is_an_error(make_corpus):
    folder = make_corpus({p.name: p.read_bytes() for p in SEEDS_DIR.iterdir()})
    target = folder / "001_f12193e57caf53a3.txt"
    target.write_bytes(target.read_bytes().replace(b"around 40", b"around 41"))
    with pytest.raises(CorpusError, match=r"001_f12193e57caf53a3\.txt: changed: sha256"):
        helpers.load_corpus(folder)


def test_loading_never_writes_inputs(make_corpus):
    folder = make_corpus({p.name: p.read_bytes() for p in SEEDS_DIR.iterdir()})
    before = {p.name: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in folder.iterdir()}
    helpers.load_corpus(folder)
    after = {p.name: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in folder.iterdir()}
    assert before == after


# --------------------------------------------------------------------------- any folder

def test_encodings_newlines_and_formats(make_corpus):
    text = "Café prices rose in Zürich. " * 3
    folder = make_corpus({
        "a_utf8.txt": text,
        "b_bom.txt": codecs.BOM_UTF8 + ("BOM: " + text).encode(),
        "c_crlf.txt": "Line one of the article.\r\nLine two of the article.\r\n",
        "d_cp1252.txt": ("Le café de la gare a été fermé. Les élèves sont partis à l’école avec leurs "
                         "parents, et la municipalité a annoncé des travaux.").encode("cp1252"),
        "e_gbk.txt": "新疆伊吾县正在建设数据中心，计划使用大量芯片。当地政府表示，项目将于明年完工。".encode("gbk"),
        "f_utf16.txt": "Hello from a UTF-16 file with a byte-order mark.".encode("utf-16"),
        "g_page.md": "# A heading\n\nSome *markdown* text about data centres in Xinjiang.",
    })
    docs = helpers.load_corpus(folder).set_index("doc_id")
    assert docs.loc["a_utf8", "raw_text"] == text
    assert docs.loc["b_bom", "raw_text"] == "BOM: " + text and docs.loc["b_bom", "encoding"] == "utf-8-sig"
    assert docs.loc["c_crlf", "raw_text"] == "Line one of the article.\nLine two of the article.\n"
    assert "élèves" in docs.loc["d_cp1252", "raw_text"] and docs.loc["d_cp1252", "languages"] == "fr"
    assert "伊吾县" in docs.loc["e_gbk", "raw_text"] and docs.loc["e_gbk", "languages"] == "zh"
    assert docs.loc["f_utf16", "raw_text"].startswith("Hello from a UTF-16")
    assert docs.loc["g_page", "format"] == "markdown"


def test_html_becomes_text_with_blocks_and_exact_raw_positions(make_corpus):
    html = ("<html><head><title>Desert chips - Example News</title><style>p{color:red}</style></head>\n"
            "<body><nav><a href='/'>Home</a><a href='/world'>World</a><a href='/tech'>Tech</a></nav>\n"
            "<h1>Desert chips</h1>\n<p>Data centre operators in Xinjiang plan to use more than 100,000 chips, "
            "according to documents seen by reporters &amp; analysts.</p>\n"
            "<p>The facilities are in Yiwu county, in the Hami region of Xinjiang.</p>\n"
            "<footer>&copy; 2025 Example News. All rights reserved.</footer></body></html>")
    docs = helpers.load_corpus(make_corpus({"page.html": html}))
    d = docs.iloc[0]
    assert "color:red" not in d["clean_text"]
    assert "reporters & analysts." in d["clean_text"]
    assert "All rights reserved" not in d["clean_text"]
    assert d["title"] == "Desert chips" and d["outlet"] == "Example News"
    # a clean span maps to the HTML source line that holds it
    hit = helpers.find_quote(docs, "Yiwu county").iloc[0]
    assert html.split("\n")[hit["line"] - 1].startswith("<p>The facilities are in Yiwu county")
    assert html[hit["raw_start"]:hit["raw_start"] + len("Yiwu county")] == "Yiwu county"


BAD = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  ",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "cut.txt": "Data centres in 新疆".encode()[:-1],
    "notes.pdf": b"%PDF-1.4",
}


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty file"),
    ("blank.txt", "empty file"),
    ("image.txt", "binary file"),
    ("cut.txt", "truncated UTF-8 sequence at the end"),
    ("notes.pdf", "unsupported file type '.pdf'"),
])
def test_each_bad_file_is_named_with_its_problem(make_corpus, name, message):
    folder = make_corpus({name: BAD[name], "good.txt": "A perfectly good article about chips."})
    with pytest.raises(CorpusError) as err:
        helpers.load_corpus(folder)
    assert [p.file for p in err.value.problems] == [name]
    assert message in err.value.problems[0].problem
    assert f"{name}: " in str(err.value)


def test_one_error_lists_every_bad_file_and_skip_loads_the_rest(make_corpus):
    folder = make_corpus({**BAD, "good.txt": "A perfectly good article about chips in Xinjiang."})
    with pytest.raises(CorpusError) as err:
        helpers.load_corpus(folder)
    assert sorted(p.file for p in err.value.problems) == sorted(BAD)
    docs, problems = helpers.load_corpus(folder, on_error="skip")
    assert list(docs["doc_id"]) == ["good"]
    assert sorted(problems["file"]) == sorted(BAD)
    assert list(problems.columns) == ["file", "problem", "severity"]
    assert set(problems["severity"]) == {"error"}


def test_duplicates_are_errors(make_corpus):
    folder = make_corpus({"a.txt": "Same words here.", "b.txt": "Same words here.",
                          "c.txt": "Other words.", "c.md": "Other words again."})
    with pytest.raises(CorpusError) as err:
        helpers.load_corpus(folder)
    msgs = {p.file: p.problem for p in err.value.problems}
    assert "duplicate document: same text as a.txt" in msgs["b.txt"]
    assert "doc_id 'c' is already used by c.md" in msgs["c.txt"]


@pytest.mark.parametrize("manifest, message", [
    ("file,label\na.txt,x\nmissing.txt,y\n", "row for missing.txt, but there is no such file"),
    ("label\nx\n", "no 'file' column"),
    ("file,published\na.txt,31/07/2025\n", "date '31/07/2025' is not YYYY"),
    ("file,label\na.txt,x\na.txt,y\n", "describes a.txt a second time"),
])
def test_manifest_problems(make_corpus, manifest, message):
    folder = make_corpus({"a.txt": "An article about data centres.", "MANIFEST.csv": manifest})
    with pytest.raises(CorpusError) as err:
        helpers.load_corpus(folder)
    assert any(message in p.problem for p in err.value.problems), err.value


def test_manifest_dates_keep_their_precision(make_corpus):
    folder = make_corpus({"a.txt": "One article.", "b.txt": "Another article.",
                          "MANIFEST.csv": "file,published\na.txt,2025-07\nb.txt,2024\n"})
    docs = helpers.load_corpus(folder)
    assert list(zip(docs["published"], docs["published_precision"])) == [("2025-07", "month"), ("2024", "year")]


def test_missing_folder_and_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        helpers.load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no .txt, .md or .html files"):
        helpers.load_corpus(tmp_path)


def test_subfolders_are_read_with_relative_paths(make_corpus):
    docs = helpers.load_corpus(make_corpus({"2025/july/a.txt": "A nested article about chips."}))
    assert docs.iloc[0]["path"] == "2025/july/a.txt"
    assert isinstance(docs, pd.DataFrame)
