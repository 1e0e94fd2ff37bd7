"""Who the sources are and which of them are independent: the brief's view of provenance.

:func:`source_view` gives one row per document with its title, outlet, date, address, kind,
whether it is AI-written, what it derives from and its independence group. It reads the
``provenance`` table when the analysis has one and otherwise falls back on the ``derived`` and
``types`` tables (a retelling counts with the document it retells; the rest count alone).
:func:`main_subjects` are the story's subjects, else the ones most independent sources give a
number for. Nothing here knows any story.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.core.subjects import generic_subjects
from helpers.compare.prices import running_totals

_URL = re.compile(r"https?://[^\s<>\"'\\`]+\Z")


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def subject_key(s: object) -> str:
    """A subject, normalised for matching: lower case, spaces for underscores, British spelling."""
    k = " ".join(_s(s).replace("_", " ").lower().split())
    return re.sub(r"\bcenters?\b", lambda m: m.group(0).replace("center", "centre"), k)


#: subjects that only name a kind of quantity, not what is counted or paid for ("money", "percent", "rise"):
#: ``data/generic_subjects.csv``, shared with the conflict detector. A brief never leads with them, never
#: titles with them, and lists them after the named subjects (see brief_findings)
GENERIC = generic_subjects()


def is_generic(key: str) -> bool:
    """Whether a subject key names only a kind of quantity (see :data:`GENERIC`)."""
    return subject_key(key) in GENERIC


@lru_cache(maxsize=1)
def _written_names() -> dict[str, str]:
    """The lexicon's subjects written with capitals ("GDP"), by key: how the brief writes them."""
    from helpers.extract.binding import nouns

    return {subject_key(s): s for s, _, _ in nouns() if s != s.lower()}


def subject_name(s: object) -> str:
    """A subject as the brief writes it ("data_centers" -> "data centres", "gdp" -> "GDP")."""
    k = subject_key(s)
    return _written_names().get(k, k) or "other numbers"


def heading(s: str) -> str:
    """``s`` with its first letter capitalised and the rest as written ("GDP", not "Gdp")."""
    return s[:1].upper() + s[1:]


def safe_url(u: object) -> str:
    """``u`` when it is a plain http(s) address (the only kind the brief links to), else ""."""
    u = _s(u).strip()
    return u if _URL.match(u) else ""


def _fallback_provenance(a) -> pd.DataFrame:
    """Provenance from the ``derived`` and ``types`` tables (before a provenance table exists)."""
    derived = a.derived.set_index("doc_id") if len(a.derived) else pd.DataFrame()
    types = a.types.set_index("doc_id") if len(a.types) else pd.DataFrame()
    parent: dict[str, str] = {}
    rows = []
    for d in a.docs.itertuples():
        src, rel, label, ev = "", "none", "", ""
        if d.doc_id in derived.index:
            r = derived.loc[d.doc_id]
            ev = _s(r["evidence"])
            if _s(r["derived_from"]):
                src, rel, label = r["derived_from"], "", _s(r["source_label"])  # credit unknown here
                parent[d.doc_id] = src
            elif _s(r["source_label"]):
                src, rel, label = f"outside:{r['source_label']}", "credited", r["source_label"]
        ai = bool(types.loc[d.doc_id, "ai_generated"]) if d.doc_id in types.index else False
        kind = _s(types.loc[d.doc_id, "kind_inferred"]) if d.doc_id in types.index else ""
        rows.append({"doc_id": d.doc_id, "derives_from": src, "derives_label": label, "relation": rel,
                     "evidence": ev, "kind": _s(d.kind) or kind or "other", "ai_generated": ai})
    out = pd.DataFrame(rows)

    def root(doc: str, seen: tuple[str, ...] = ()) -> str:
        nxt = parent.get(doc)
        return root(nxt, seen + (doc,)) if nxt and nxt not in seen else doc

    out["independent_group"] = [root(d) for d in out["doc_id"]]
    return out


def source_view(a) -> pd.DataFrame:
    """One row per document: label, title, outlet, author, published, url, kind, ai_generated,
    derives_from, derives_label, relation, evidence, independent_group."""
    prov = getattr(a, "provenance", None)
    cols = ["doc_id", "derives_from", "derives_label", "relation", "evidence", "kind", "ai_generated",
            "independent_group"]
    if isinstance(prov, pd.DataFrame) and len(prov) and set(cols) <= set(prov.columns):
        p = prov[cols].drop_duplicates("doc_id")
    else:
        p = _fallback_provenance(a)
    docs = a.docs[["doc_id", "label", "path", "title", "outlet", "published", "url", "credit"]].assign(
        author=a.docs["author"] if "author" in a.docs else "")  # (a byline read from the page, shown as a source's)
    view = docs.merge(p, on="doc_id", how="left")
    view["independent_group"] = view["independent_group"].where(view["independent_group"].astype(bool)
                                                                & view["independent_group"].notna(), view["doc_id"])
    view["ai_generated"] = view["ai_generated"].fillna(False).astype(bool)
    for c in ("derives_from", "derives_label", "relation", "evidence", "kind", "title", "outlet", "published",
              "url", "credit", "author"):
        view[c] = view[c].map(_s)
    return view.reset_index(drop=True)


def independent_count(view: pd.DataFrame, doc_ids) -> int:
    """How many independence groups the documents fall into."""
    groups = view.set_index("doc_id")["independent_group"]
    return len({groups.get(d, d) for d in doc_ids})


def with_subject(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that have a subject (a copy; empty, with every column, when none has)."""
    mask = claims["subject"].map(lambda s: bool(_s(s))).astype(bool) if len(claims) else pd.Series([], dtype=bool)
    return claims.loc[mask.to_numpy()].copy() if len(claims) else claims.iloc[0:0].copy()


def spread(g: pd.DataFrame) -> float:
    """How far apart a subject's firm figures are (largest over smallest; vague words left out: "thousands"
    against 115,000 is loose wording, not scatter)."""
    firm = g.loc[g["qualifier"] != "vague", "value"]
    lo, hi = (float(firm.min()), float(firm.max())) if len(firm) else (1.0, 1.0)
    return hi / lo if lo > 0 else float("inf")


def subject_stats(a, view: pd.DataFrame) -> pd.DataFrame:
    """Per subject: sources, independent sources, AI-only or not (claims with a subject)."""
    c = with_subject(a.claims)
    columns = ["subject", "key", "n_sources", "n_independent", "ai_only", "n_top", "spread"]
    if c.empty:
        return pd.DataFrame(columns=columns)
    c["key"] = c["subject"].map(subject_key)
    ai = set(view.loc[view["ai_generated"], "doc_id"])
    rows = []
    fam = getattr(a, "families", None)
    top: dict[str, int] = {}
    if isinstance(fam, pd.DataFrame) and len(fam) and "n_independent" in fam:
        for subj, n in zip(fam["subject"].map(subject_key), fam["n_independent"]):
            top[subj] = max(top.get(subj, 0), int(n))
    for key, g in c.groupby("key", sort=True):
        ids = sorted(set(g["doc_id"]))
        rows.append({"subject": g["subject"].iloc[0], "key": key, "n_sources": len(ids),
                     "n_independent": independent_count(view, ids), "ai_only": set(ids) <= ai,
                     "n_top": top.get(key, 1), "spread": spread(g)})
    return pd.DataFrame(rows, columns=columns)


def main_subjects(a, view: pd.DataFrame, story_subjects: tuple[str, ...] = (), k: int = 2) -> list[str]:
    """Subject keys the brief leads with: the story's, else the ``k`` most independently reported, except a
    noun every page counts differently ("companies: 3, >30, 500": no figure two sources give, more than ten
    times apart), which does not lead."""
    stats = subject_stats(a, view)
    known = set(stats["key"])
    wanted = [subject_key(s) for s in story_subjects if subject_key(s) in known]
    if wanted or stats.empty:
        return wanted  # (no number in any source: nothing to lead with)
    ranked = stats[~stats["key"].map(is_generic).astype(bool)].sort_values(
        ["n_independent", "n_sources", "key"], ascending=[False, False, True], kind="stable")
    running = {subject_key(x) for x in running_totals()}  # (a toll, a box office: told apart by day, not scattered)
    scattered = (ranked["n_top"] < 2) & ((ranked["spread"] > 10) | (ranked["n_independent"] < 2)) & \
        ~ranked["key"].isin(running)  # no figure two sources give, and far apart or from one source only
    return list((ranked[~scattered] if (~scattered).any() else ranked)["key"][:k])  # (none else: the most reported)


def generic_title(a, view: pd.DataFrame) -> str:
    """An honest title from the corpus: how many sources, on its most reported subject."""
    subjects = main_subjects(a, view, k=1)
    n = len(a.docs)
    says = "source says" if n == 1 else "sources say"
    return f"What {n} {says} about {subjects[0]}" if subjects else f"What {n} {says}"
