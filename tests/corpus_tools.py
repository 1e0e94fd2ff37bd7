"""Small corpora written inside a test, the numeric conflicts found on them, and the claim rows of one sentence
(shared by the claim and conflict tests)."""
from __future__ import annotations

import pandas as pd

import helpers


def load_pages(tmp_path, pages: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Write ``pages`` (name -> text) as .txt files under ``tmp_path``; their documents and claims."""
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    return docs, helpers.extract_claims(docs)


def conflicts_of(tmp_path, pages: dict[str, str]) -> pd.DataFrame:
    """The conflicts table of ``pages`` (name -> text) written under ``tmp_path``, with their documents."""
    docs, claims = load_pages(tmp_path, pages)
    return helpers.find_conflicts(claims, docs)


def numeric(conflicts: pd.DataFrame) -> pd.DataFrame:
    """The numeric conflicts that are more than loose wording."""
    return conflicts[(conflicts["kind"] == "numeric") & (conflicts["severity"] != "wording")]


def pairs(conflicts: pd.DataFrame) -> set[frozenset[str]]:
    """The pairs of documents the conflicts set against each other."""
    return {frozenset((a, b)) for a, b in zip(conflicts["doc_a"], conflicts["doc_b"])}


def value_pairs(conflicts: pd.DataFrame) -> set[frozenset[str]]:
    """The pairs of values, as shown, the conflicts set against each other."""
    return {frozenset((a, b)) for a, b in zip(conflicts["value_a"], conflicts["value_b"])}


def claim_rows(text: str, lang: str | None = None) -> list[dict]:
    """The claim rows (as the claims table holds them) of the numbers of one text, read alone."""
    from helpers.extract.claims import _row, read_claims

    return [_row("d", "d", text, text[s:e], s, q, b, 1) for q, b, s, e in read_claims(text, lang)]


def one_row(text: str, number: str, lang: str) -> dict:
    """The one claim row of ``text`` whose number holds ``number`` (fails, listing the rows, unless exactly one does)."""
    rows = [r for r in claim_rows(text, lang) if number in r["text"]]
    assert len(rows) == 1, [(r["text"], r["subject"]) for r in claim_rows(text, lang)]
    return rows[0]


def running_of(tmp_path, pages: dict[str, str], published: list[str], subject: str) -> tuple[list, str]:
    """(body, latest) of the brief's running count of ``subject`` over ``pages`` published on ``published``, each
    figure written as its value (``helpers.present.brief_running.running_body``)."""
    from helpers.present.brief_cite import Citations
    from helpers.present.brief_running import running_body

    docs, claims = load_pages(tmp_path, pages)
    g = claims[claims["subject"] == subject].assign(label=lambda x: x["doc_id"])
    view = docs.assign(published=published, label=docs["doc_id"])
    _, body, latest = running_body(g, view, Citations(view), lambda r: f"{r['value']:g}", lambda r: "")
    return body, latest
