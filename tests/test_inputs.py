"""Hardening: every input loads losslessly (flagged where the text changed) or gives one clear
error naming the file, in raise and skip mode alike; nothing in the folder is dropped without a line."""
from __future__ import annotations

import os
import warnings

import pytest

import helpers
from helpers import CorpusError
from helpers.core.errors import CorpusWarning
from helpers.read.textio import decode_report


GOOD = "Operators in Xinjiang plan to build 36 data centres, a provincial report said on Monday."


def _skip(folder, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # skip mode reports in the table, never by warnings
        return helpers.load_corpus(folder, on_error="skip", **kw)


def _problem(problems, file):
    hit = problems.loc[problems["file"] == file]
    assert len(hit) >= 1, f"no line for {file}: {problems.to_dict('records')}"
    return hit.iloc[0]


# --------------------------------------------------------------------------- on_error


def test_on_error_must_be_raise_or_skip(make_corpus):
    with pytest.raises(ValueError, match="on_error must be 'raise' or 'skip', not 'ignore'"):
        helpers.load_corpus(make_corpus({"a.txt": GOOD}), on_error="ignore")


# --------------------------------------------------------------------------- discovery


def test_hidden_items_links_and_nested_control_files_each_get_a_line(make_corpus, tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("A private note that lives outside the corpus folder.", encoding="utf-8")
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    (other_dir / "x.txt").write_text("Text in a folder outside.", encoding="utf-8")
    folder = make_corpus({"a.txt": GOOD, ".draft.txt": "A hidden draft.", ".cache/b.txt": "Hidden folder text.",
                          "sub/MANIFEST.csv": "file\n"})
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "outside.txt").symlink_to(outside)
    (folder / "linked").symlink_to(other_dir, target_is_directory=True)
    docs, problems = _skip(folder)
    assert list(docs["doc_id"]) == ["a"]
    assert "hidden file" in _problem(problems, ".draft.txt")["problem"]
    assert "hidden folder" in _problem(problems, ".cache/")["problem"]
    assert "broken symbolic link" in _problem(problems, "dangling.txt")["problem"]
    assert _problem(problems, "dangling.txt")["severity"] == "error"
    line = _problem(problems, "outside.txt")
    assert "outside the corpus folder; not read" in line["problem"] and line["severity"] == "warning"
    assert "symbolic link to a folder" in _problem(problems, "linked")["problem"]
    assert "only the top one applies" in _problem(problems, "sub/MANIFEST.csv")["problem"]
    # raise mode: the broken link is an error naming the file; the rest are warnings, not silence
    with pytest.raises(CorpusError, match="dangling.txt: broken symbolic link"):
        helpers.load_corpus(folder)
    (folder / "dangling.txt").unlink()
    with pytest.warns(CorpusWarning, match="outside.txt"):
        docs = helpers.load_corpus(folder)
    assert list(docs["doc_id"]) == ["a"]
    docs = _skip(folder, follow_symlinks=True)[0]
    assert list(docs["doc_id"]) == ["a", "outside"]


def test_unreadable_subfolder_is_an_error_line(make_corpus, monkeypatch):
    folder = make_corpus({"a.txt": GOOD, "locked/b.txt": "Text nobody can list."})
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, problems = _skip(folder)
    assert list(docs["doc_id"]) == ["a"]
    line = _problem(problems, "locked")
    assert "cannot open this folder (Permission denied)" in line["problem"] and line["severity"] == "error"


def test_file_name_with_an_undecodable_byte_is_named_readably(make_corpus):
    folder = make_corpus({"a.txt": GOOD})
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(b"Le texte est lisible, le nom ne l'est pas.")
    docs, problems = _skip(folder)
    assert list(docs["doc_id"]) == ["a"]
    line = _problem(problems, "caf\ufffd.txt")
    assert "not valid UTF-8" in line["problem"]
    problems.to_csv(index=False).encode("utf-8")  # printable and writable


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("text, codec", [
    ("Le prix a atteint 12 € pour un café à Genève ; l’été dernier, Jürgen Müller payait £10.", "cp1252"),
    ("La façade de l'hôtel à Zürich coûte cher, déclare Françoise.", "latin-1"),
    ("Die Straße in München: 5 € für Größe und Qualität, sagt Jürgen.", "cp1252"),
])
def test_western_single_byte_text_reads_as_cp1252_and_is_flagged(text, codec):
    decoded, encoding, notes = decode_report(text.encode(codec))
    assert decoded == text and encoding == "cp1252"
    assert notes and notes[0].startswith("not UTF-8: read as cp1252")


def test_chinese_legacy_encoding_keeps_its_code_page():
    text = "新疆哈密市的数据中心计划安装十万块芯片，当地官员周一表示。"
    decoded, encoding, notes = decode_report(text.encode("gb18030"))
    assert decoded == text and encoding in ("gb18030", "gbk", "gb2312")
    assert "unusual" not in " ".join(notes)


def test_an_unusual_code_page_is_flagged():
    text = "Операторы в Синьцзяне планируют построить 36 центров обработки данных, сообщил доклад."
    decoded, encoding, notes = decode_report(text.encode("cp1251"))
    assert decoded == text and "unusual code page" in notes[0]


def test_utf8_with_one_invalid_byte_is_read_with_a_replacement_and_flagged(make_corpus):
    data = "Le coût a été de 3 milliards — ".encode() + b"\xff" + " selon le rapport publié à Pékin.".encode()
    folder = make_corpus({"a.txt": data, "b.txt": GOOD})
    docs, problems = _skip(folder)
    row = docs.set_index("doc_id").loc["a"]
    assert row["encoding"] == "utf-8" and "\ufffd selon le rapport publié à Pékin" in row["raw_text"]
    assert "1 invalid UTF-8 byte sequence(s), the first at byte 36 (0xff)" in row["load_notes"]
    assert "invalid UTF-8" in _problem(problems, "a.txt")["problem"]


def test_mojibake_is_flagged_and_kept_as_written(make_corpus):
    text = "Le cafÃ© de la gare a Ã©tÃ© fermÃ© aprÃ¨s la dÃ©cision du maire."
    folder = make_corpus({"a.txt": text, "b.txt": GOOD})
    docs, problems = _skip(folder)
    row = docs.set_index("doc_id").loc["a"]
    assert row["raw_text"] == text  # kept: every offset still points into the file
    assert "looks like mojibake" in row["load_notes"] and "'é" in row["load_notes"]
    assert "mojibake" in _problem(problems, "a.txt")["problem"]
    _, _, notes = decode_report("Le café de la gare a été fermé. 新疆 — “quoted”.".encode())
    assert notes == []


# --------------------------------------------------------------------------- emptied documents


def test_a_document_cleaning_empties_is_flagged(make_corpus):
    folder = make_corpus({"echo.txt": "Subscribe to our newsletter today.\n" * 3, "b.txt": GOOD})
    docs, problems = _skip(folder)
    row = docs.set_index("doc_id").loc["echo"]
    if row["clean_text"].strip():
        pytest.skip("the cleaner kept this document")
    assert "cleaning kept nothing" in row["load_notes"]
    assert _problem(problems, "echo.txt")["severity"] == "warning"


# --------------------------------------------------------------------------- manifest


def test_bad_manifest_date_is_a_named_error_and_skip_still_loads(make_corpus):
    folder = make_corpus({"a.txt": GOOD, "MANIFEST.csv": "file,published,outlet\na.txt,last Tuesday,Wire\n"})
    with pytest.raises(CorpusError, match=r"MANIFEST.csv: row 2 \(a.txt\): date 'last Tuesday'"):
        helpers.load_corpus(folder)
    docs, problems = _skip(folder)
    assert docs.iloc[0]["outlet"] == "Wire" and docs.iloc[0]["published_source"] != "manifest"
    assert "last Tuesday" in _problem(problems, "MANIFEST.csv")["problem"]


def test_unknown_manifest_column_is_kept_with_a_did_you_mean(make_corpus):
    folder = make_corpus({"a.txt": GOOD, "MANIFEST.csv": "file,language,desk\na.txt,fr,Asia\n"})
    docs, problems = _skip(folder)
    text = " ".join(problems["problem"])
    assert "unknown column 'language' kept as extra metadata (did you mean 'languages'?)" in text
    assert set(problems["severity"]) == {"warning"}
    assert docs.iloc[0]["manifest_extra"] == '{"desk": "Asia", "language": "fr"}'
    with pytest.warns(CorpusWarning, match="did you mean 'languages'"):
        helpers.load_corpus(folder)


@pytest.mark.parametrize("written, kind, flagged", [
    ("Press release", "press_release", False), ("press-release", "press_release", False),
    ("ORIGINAL", "original", False), ("tweet", "social", True), ("communiqué", "other", True),
])
def test_open_kind_vocabulary_maps_to_the_documented_kinds(make_corpus, written, kind, flagged):
    folder = make_corpus({"a.txt": GOOD, "MANIFEST.csv": f"file,kind\na.txt,{written}\n"})
    docs, problems = _skip(folder)
    assert docs.iloc[0]["kind"] == kind
    assert (len(problems) > 0) == flagged


def test_manifest_value_keeps_its_newline(make_corpus):
    folder = make_corpus({"a.txt": GOOD, "MANIFEST.csv": 'file,notes\na.txt,"First line.\nSecond line."\n'})
    assert helpers.load_corpus(folder).iloc[0]["notes"] == "First line.\nSecond line."


# --------------------------------------------------------------------------- overrides


def test_multi_line_override_passage_is_matched(make_corpus):
    doc = ("Read more: our coverage of chips\nand data centres in the region.\n"
           "Operators in Xinjiang plan to build 36 data centres.\n")
    csv_text = 'file,action,text,note\na.txt,remove,"Read more: our coverage of chips\nand data centres in the region.",promo\n'
    folder = make_corpus({"a.txt": doc, "OVERRIDES.csv": csv_text})
    docs = helpers.load_corpus(folder)
    assert "Read more" not in docs.iloc[0]["clean_text"] and "36 data centres" in docs.iloc[0]["clean_text"]
    rewrapped = csv_text.replace("chips\nand", "chips and")  # re-wrapped when copied: still found
    folder = make_corpus({"a.txt": doc, "OVERRIDES.csv": rewrapped})
    assert "Read more" not in helpers.load_corpus(folder).iloc[0]["clean_text"]


@pytest.mark.parametrize("content, message", [
    ("file,action,text,note\na.txt,remove\n", "row 2: missing 'text'"),
    ("file,action,text,note\n,keep,Some passage,\n", "row 2: missing 'file'"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary file"),
    ("file,text\na.txt,x\n", "['action'] missing"),
])
def test_bad_overrides_are_named_errors_in_both_modes(make_corpus, content, message):
    folder = make_corpus({"a.txt": GOOD, "OVERRIDES.csv": content})
    with pytest.raises(CorpusError) as err:
        helpers.load_corpus(folder)
    assert any(p.file == "OVERRIDES.csv" and message in p.problem for p in err.value.problems), err.value
    docs, problems = _skip(folder)
    assert list(docs["doc_id"]) == ["a"] and message in _problem(problems, "OVERRIDES.csv")["problem"]


@pytest.mark.parametrize("text, codec, label, expected", [
    ("<p>Le café coûte 3 € à Zürich, dit l’élu.</p>", "cp1252", "iso-8859-1", "cp1252"),
    ("<p>新疆哈密的数据中心将安装芯片。</p>", "gbk", "gb2312", "gbk"),
    ("<p>Данные центры в Синьцзяне строятся быстро.</p>", "cp1251", "windows-1251", "cp1251"),
])
def test_an_html_page_is_read_with_the_charset_it_declares(make_corpus, text, codec, label, expected):
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}"></head><body>{text}</body></html>'
    decoded, encoding, notes = decode_report(page.encode(codec))
    assert decoded == page and encoding == expected
    assert "as its meta charset says" in notes[0]
    docs = helpers.load_corpus(make_corpus({"page.html": page.encode(codec), "b.txt": GOOD}), on_error="skip")[0]
    assert text[3:12] in docs.set_index("doc_id").loc["page", "clean_text"]


def test_a_chinese_page_with_a_transcribed_name_or_a_japanese_title_is_chinese():
    """亚历山大・王 uses the katakana middle dot; a page read as Japanese had all its numbers left unclaimed."""
    from helpers.read.language import detect_languages

    zh = "Meta以143亿美元投资Scale AI，创始人亚历山大・王（Alexandr Wang）今年28岁。这笔交易震动了硅谷。"
    assert detect_languages(zh * 2)[0] == "zh"
    assert detect_languages("据报道，任天堂发布了《ゼルダの伝説》新作，销量突破1000万份，创下系列纪录。"
                            "这是公司历史上最成功的游戏之一，分析师预计销量还将继续增长。")[0] == "zh"
    assert detect_languages("政府は来年度予算で半導体産業に3兆円を投じる方針を固めた。")[0] == "ja"
