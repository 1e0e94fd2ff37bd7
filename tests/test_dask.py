"""The README's Dask path: the same pure per-document functions, mapped over a Dask bag on the
local process scheduler, give exactly the tables that load_corpus and the stages give."""
from __future__ import annotations

import operator
from collections import Counter

import pandas as pd
import pytest

import helpers
import helpers.core.paths
from helpers.clean import cleaner as clean
from helpers.clean import corpus
from helpers.extract.timeline import order_events

dask = pytest.importorskip("dask", reason="the Dask path needs the `dask` extra: pip install -e '.[dask]'")
import dask.bag as db  # noqa: E402


@pytest.fixture(scope="module")
def scheduler():
    with dask.config.set(scheduler="processes", num_workers=2):
        yield


def test_documents_table_from_a_dask_bag(scheduler):
    root = helpers.core.paths.SEEDS_DIR
    files = sorted(p for p in root.iterdir() if p.suffix.lower() in corpus.TEXT_SUFFIXES)
    manifest, problems = corpus.read_manifest(root / "MANIFEST.csv")
    assert not problems and len(files) == 5
    read = db.from_sequence(files, npartitions=3).map(corpus.read_document, root=root).persist()
    keys = read.map(operator.attrgetter("base_text")).map(clean.segment_keys)
    doc_frequency = Counter(dict(keys.flatten().frequencies().compute()))
    n_docs = read.count().compute()
    rows = read.map(lambda d: corpus.clean_document(d, doc_frequency, n_docs, manifest_row=manifest.get(d.rel)))
    table = corpus.documents_table(rows.compute())
    expected = helpers.load_corpus(root)
    pd.testing.assert_frame_equal(table, expected)
    assert doc_frequency == clean.document_frequency([clean.segment(t) for t in expected["raw_text"]])


def test_per_document_stages_on_partitions(scheduler):
    docs = helpers.load_corpus(helpers.core.paths.SEEDS_DIR)
    parts = db.from_sequence([docs.iloc[i:i + 2] for i in range(0, len(docs), 2)], npartitions=3)
    for stage in (helpers.extract_claims, helpers.build_timeline, helpers.extract_entities):
        whole = stage(docs)
        assert len(whole) > 5, stage.__name__
        combined = pd.concat(parts.map(stage).compute(), ignore_index=True)
        if stage is helpers.build_timeline:  # ordered by date across documents
            combined = order_events(combined)
        pd.testing.assert_frame_equal(combined, whole, obj=stage.__name__)
