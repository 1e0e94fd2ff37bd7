"""Tables are the interface: declared once, every stage's output validates, builds are byte-stable."""
from __future__ import annotations


import pandas as pd
import pytest

from helpers import pipeline
from helpers import tables as T
from helpers.core.paths import REPO_ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("DESERT_COMPUTE_CACHE", str(cache))
    try:
        yield pipeline.build_tables()
    finally:
        mp.undo()


def test_every_stage_output_validates_against_its_declaration(built):
    for name, attr in pipeline.WRITTEN.items():
        table = getattr(built, attr)
        T.validate(table, name)
        assert list(table.columns) == T.declaration(name).names
    assert len(built.claims) > 0 and len(built.events) > 0 and len(built.removed) > 0


def test_a_missing_column_fails(built):
    with pytest.raises(T.TableError, match=r"claims.*missing column.*'unit'"):
        T.validate(built.claims.drop(columns="unit"), "claims")


def test_an_undeclared_column_fails(built):
    with pytest.raises(T.TableError, match="undeclared column"):
        T.validate(built.claims.assign(extra=1), "claims")


def test_a_wrong_dtype_fails(built):
    bad = built.claims.assign(value=built.claims["value"].astype(str))
    with pytest.raises(T.TableError, match=r"column 'value': dtype .*declared float64"):
        T.validate(bad, "claims")


def test_rows_out_of_order_fail(built):
    shuffled = built.claims.iloc[::-1].reset_index(drop=True)
    with pytest.raises(T.TableError, match="not in declared order"):
        T.validate(shuffled, "claims")


def test_conform_orders_columns_and_rows_and_casts():
    raw = pd.DataFrame({"doc_id": ["b", "a"], "label": ["B", "A"], "derived_from": [None, None],
                        "source_label": [None, None], "confidence": [0, 1], "evidence": ["", ""]})
    out = T.conform(raw[["label", "doc_id", "confidence", "derived_from", "source_label", "evidence"]], "derived")
    assert list(out["doc_id"]) == ["a", "b"]
    assert str(out["confidence"].dtype) == "float64"
    T.validate(out, "derived")


def test_empty_tables_have_declared_types():
    for name in T.TABLES:
        e = T.empty(name)
        T.validate(e, name)
        assert len(e) == 0


def test_every_column_has_a_meaning_and_known_dtype():
    d = T.data_dictionary()
    assert d["meaning"].str.len().min() > 3
    assert set(d["dtype"]) <= {"str", "int64", "Int64", "float64", "bool"}
    assert not d.duplicated(["table", "column"]).any()


def test_write_tables_is_byte_identical_across_two_builds(built, tmp_path, monkeypatch):
    first = pipeline.write_tables(built, tmp_path / "one")
    monkeypatch.setenv("DESERT_COMPUTE_CACHE", str(tmp_path / "fresh-cache"))
    again = pipeline.build_tables()  # recomputed, not cached
    second = pipeline.write_tables(again, tmp_path / "two")
    assert set(first) == set(pipeline.WRITTEN) | {"DICTIONARY"}
    for name, path in first.items():
        assert path.read_bytes() == second[name].read_bytes(), name
    claims = pd.read_csv(first["claims"])
    assert list(claims.columns) == T.declaration("claims").names


def test_cache_is_keyed_on_corpus_bytes(tmp_path):
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Operators said 36 data centres were planned.\n", encoding="utf-8")
    k1 = pipeline.corpus_key(root)
    assert pipeline.corpus_key(root) == k1
    (root / "a.txt").write_text("Operators said 39 data centres were planned.\n", encoding="utf-8")
    assert pipeline.corpus_key(root) != k1


def test_cache_hit_returns_the_same_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("DESERT_COMPUTE_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Headline here\n\nOperators said 36 data centres were planned in 2025.\n",
                                encoding="utf-8")
    a = pipeline.build_tables(root)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1
    b = pipeline.build_tables(root)
    pd.testing.assert_frame_equal(a.claims, b.claims)


def test_an_unreadable_cache_file_is_rebuilt_not_fatal(tmp_path, monkeypatch):
    monkeypatch.setenv("DESERT_COMPUTE_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Operators said 36 data centres were planned.\n", encoding="utf-8")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / f"{pipeline.corpus_key(root)}.pickle").write_bytes(b"not a pickle")
    assert len(pipeline.build_tables(root).docs) == 1


def test_readme_table_reference_is_the_declaration():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert T.markdown_reference() in readme, "README's table reference drifted: paste tables.markdown_reference()"


@pytest.mark.parametrize("corpus", ["devcorpus/pages", "devcorpus2/pages", "devcorpus3/pages", "devcorpus4/pages", "devcorpus5/pages", "holdout/pages"])
def test_every_labelled_corpus_of_real_pages_builds_every_table(corpus, tmp_path, monkeypatch):
    """Real pages the package was not written for (other stories, three languages) go through
    every stage: each table validates, and every claim and event points into its document."""
    monkeypatch.setenv("DESERT_COMPUTE_CACHE", str(tmp_path / "cache"))
    a = pipeline.build_tables(REPO_ROOT / "tests" / corpus)
    for name, attr in pipeline.WRITTEN.items():
        T.validate(getattr(a, attr), name)
    lengths = a.docs.set_index("doc_id")["clean_text"].str.len()
    assert (a.claims["end"] <= a.claims["doc_id"].map(lengths)).all()
    assert len(a.claims) > 40 and a.provenance["doc_id"].tolist() == a.docs["doc_id"].tolist()
