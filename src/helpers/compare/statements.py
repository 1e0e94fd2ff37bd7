"""Statements: the claims of one comparable quantity grouped by what they say (the same bounds and qualifier),
and the representative claims of two statements that :mod:`helpers.compare.conflicts` judges against each other."""
from __future__ import annotations

import pandas as pd

from helpers.compare.changes import funding_rounds

#: representative claims tried per statement when checking place and year scope
TRY = 4


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def group_statements(c: pd.DataFrame, apart: tuple[str, ...] = ()) -> list[list[list[dict]]]:
    """Per comparability key (sorted): its statements, claims grouped by (lo, hi, qualifier) and the columns
    ``apart`` in sorted order (rows with a missing one left out), each a list of claims in document order.

    One sort and one ``to_dict`` for the whole table (per-group pandas calls dominated at scale)."""
    if c.empty:
        return []
    c = c.sort_values(["key", "doc_id", "start"], kind="stable")
    gid = c.groupby(["key", "lo", "hi", "qualifier", *apart], sort=True).ngroup().to_numpy()
    by_gid: dict[int, list[dict]] = {}
    for g, rec in zip(gid, c.to_dict("records")):
        if g >= 0:
            by_gid.setdefault(int(g), []).append(rec)
    out: list[list[list[dict]]] = []
    last = None
    for g in sorted(by_gid):
        stmt = by_gid[g]
        if stmt[0]["key"] != last:
            out.append([])
            last = stmt[0]["key"]
        out[-1].append(stmt)
    return out


def sentences_by_value(stmts: list[list[dict]]) -> list[set[tuple[str, str]]]:
    """For each statement, the sentences that give its value with any hedge ("945" and "about
    945" are one value): a sentence giving two values makes them compatible."""
    by_value: dict[tuple[float, bool], set[tuple[str, str]]] = {}
    for st in stmts:  # (a vague "hundreds of billions" is not the value 100 billion that "超過1000億" bounds)
        for r in st:
            by_value.setdefault((r["v"], r["qualifier"] == "vague"), set()).add((r["doc_id"], r["quote"]))
    return [by_value[(st[0]["v"], st[0]["qualifier"] == "vague")] for st in stmts]


def candidates(si: list[dict], sj: list[dict]):
    """Representative pairs of two statements: the first ``TRY`` claims of each, then the first ``TRY``
    whose sentences name a lettered funding round (the round ties two sentences that say nothing else)."""
    fi, fj = firsts(si), firsts(sj)
    yield from ((x, y) for x in fi for y in fj)
    ri = [x for x in si[TRY:] if funding_rounds(_s(x.get("quote")))][:TRY]
    rj = [y for y in sj[TRY:] if funding_rounds(_s(y.get("quote")))][:TRY]
    yield from ((x, y) for x in fi + ri for y in rj)
    yield from ((x, y) for x in ri for y in fj)


def firsts(st: list[dict]) -> list[dict]:
    """A statement's representatives: its first ``TRY`` claims, then the first claim of each other subject (up to
    ``TRY`` more; percentages and money of every subject share a statement, "15%" of a revenue-share deal repeated in
    four pages must not hide one page's "15%" of a chip's power)."""
    seen = {r.get("subject") for r in st[:TRY]}
    more = []
    for r in st[TRY:]:
        if len(more) >= TRY:
            break
        if r.get("subject") not in seen:
            seen.add(r.get("subject"))
            more.append(r)
    return st[:TRY] + more
