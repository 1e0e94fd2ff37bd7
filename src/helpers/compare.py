"""Comparing sources: conflicts between claims and places, text reuse and who-copied-whom,
source typing, and what each derivative changed relative to its source.

- :func:`find_conflicts` - numbers whose ranges do not overlap, places put in the wrong region,
  garbled names that are likely variants of a gazetteer name.
- :func:`compare_sources` - the pairs table: word and character n-gram similarity (sparse
  TF-IDF, nearest neighbours, never a dense n x n matrix), containment of word 5-gram shingles,
  shared passages, shared rare phrases, shared claims, attribution phrases and dates, with a
  ``derived_from`` guess, its confidence and its evidence.
- :func:`classify_sources` - ``kind`` and ``ai_generated`` with evidence, from markers in
  ``data/source_markers.csv`` read on the *raw* text (boilerplate is evidence here).
- :func:`drift` - for each derivative, what it dropped, added or changed relative to its source.
"""
from __future__ import annotations

import csv
import math
import re
from functools import lru_cache

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer

from .claims import describe
from .entities import find_entities, gazetteer, region_path
from .paths import DATA_DIR

CONFLICT_COLUMNS = ["kind", "subject", "doc_a", "label_a", "value_a", "quote_a", "doc_b", "label_b", "value_b",
                    "quote_b", "severity", "ratio", "evidence", "claim_a", "claim_b"]
#: subjects compared across sources (others are listed but rarely comparable)
COMPARABLE = ("data_centers", "chips", "investment", "projects", "companies", "compute", "power", "percent")


# --------------------------------------------------------------------------- numeric conflicts


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def _doc_claims(claims: pd.DataFrame, subject: str) -> dict[str, pd.DataFrame]:
    sub = claims[(claims["subject"] == subject)]
    return {d: g for d, g in sub.groupby("doc_id", sort=True)}


def _gap(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> float:
    """How far apart two ranges are: 1.0 if they overlap, else the ratio upper/lower bound."""
    if a_lo <= b_hi and b_lo <= a_hi:
        return 1.0
    lo, hi = (a_hi, b_lo) if a_hi < b_lo else (b_hi, a_lo)
    return math.inf if lo <= 0 else hi / lo


def _rep(lo: float, hi: float) -> float:
    """A representative value of a range: its geometric middle, or its bound if open-ended."""
    if math.isinf(hi):
        return lo
    return math.sqrt(lo * hi) if lo > 0 else hi


def _rep_ratio(ra, rb) -> float:
    a, b = _rep(ra.value_low, ra.value_high), _rep(rb.value_low, rb.value_high)
    return math.inf if min(a, b) <= 0 else max(a, b) / min(a, b)


def severity(ratio: float) -> str:
    """low below 1.25x apart, medium below 2x, high beyond."""
    return "low" if ratio < 1.25 else "medium" if ratio < 2 else "high"


def numeric_conflicts(claims: pd.DataFrame) -> pd.DataFrame:
    """Pairs of documents whose claims on a subject never overlap (each doc's closest claims).

    A conflict is two ranges that do not overlap; its ``ratio`` compares representative values
    (the geometric middle of a range, the bound of an open one), so "thousands" vs "tens of
    thousands" is about 10x apart although the two ranges touch."""
    rows = []
    for subject in COMPARABLE:
        per_doc = _doc_claims(claims, subject)
        ids = sorted(per_doc)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                best = None
                for ra in per_doc[a].itertuples():
                    for rb in per_doc[b].itertuples():
                        if _s(ra.currency) != _s(rb.currency) or _s(ra.unit) != _s(rb.unit):
                            continue
                        g = _gap(ra.value_low, ra.value_high, rb.value_low, rb.value_high)
                        if best is None or g < best[0]:
                            best = (g, ra, rb)
                if best is None or best[0] == 1.0:
                    continue
                _, ra, rb = best
                g = _rep_ratio(ra, rb)
                rows.append({
                    "kind": "numeric", "subject": subject, "doc_a": a, "label_a": ra.label,
                    "value_a": describe(ra._asdict()), "quote_a": ra.quote, "doc_b": b, "label_b": rb.label,
                    "value_b": describe(rb._asdict()), "quote_b": rb.quote, "severity": severity(g),
                    "ratio": round(g, 3), "evidence": f"“{ra.text}” vs “{rb.text}”: ranges do not overlap",
                    "claim_a": ra.claim_id, "claim_b": rb.claim_id,
                })
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


# --------------------------------------------------------------------------- place conflicts

_DIRECTION = re.compile(r"\bin\s+(?:the\s+)?(eastern|western|northern|southern|north-?western|north-?eastern|"
                        r"south-?western|south-?eastern|central)\s+(?:part of\s+)?(China|[A-Z]\w+)|"
                        r"(东部|西部|北部|南部|中部|东南|西北|西南|东北)")
_DIR_KEY = {"eastern": "east", "western": "west", "northern": "north", "southern": "south", "central": "central",
            "东部": "east", "西部": "west", "北部": "north", "南部": "south", "中部": "central", "东南": "east",
            "西北": "west", "西南": "west", "东北": "north"}


def place_conflicts(docs: pd.DataFrame) -> pd.DataFrame:
    """A place followed by "in eastern/western/... China" that contradicts the gazetteer's region."""
    rows = []
    for doc in docs.itertuples(index=False):
        text = doc.clean_text
        for s, e, name, entry in find_entities(text):
            if entry.type != "place" or not entry.macro_region:
                continue
            m = _DIRECTION.match(text[e:e + 40].lstrip(" ,"))
            if not m:
                continue
            word = (m.group(1) or m.group(3)).lower().replace("-", "")
            said = _DIR_KEY.get(word, _DIR_KEY.get(word.replace("north", "").replace("south", ""), word))
            if word.startswith("north") and "west" in word or word.startswith("south") and "west" in word:
                said = "west"
            if said == entry.macro_region:
                continue
            quote_start = text.rfind(".", 0, s) + 1
            quote_end = text.find(".", e)
            quote = text[quote_start: quote_end + 1 if quote_end >= 0 else len(text)].strip()
            where = " > ".join(region_path(entry.canonical))
            note = f" ({entry.note})" if entry.note else ""
            rows.append({
                "kind": "place", "subject": entry.canonical, "doc_a": doc.doc_id, "label_a": doc.label,
                "value_a": f"{name} {m.group(0)}", "quote_a": quote, "doc_b": None, "label_b": "gazetteer",
                "value_b": f"{entry.canonical}: {where} ({entry.macro_region})", "quote_b": None,
                "severity": "high", "ratio": None,
                "evidence": f"“{name}” is placed “{m.group(0)}”, but {entry.canonical} is in {where}{note}",
                "claim_a": f"{doc.doc_id}#{s}", "claim_b": None,
            })
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


# --------------------------------------------------------------------------- garbled names

_APPOSITIVE = re.compile(r"\b(?P<name>[A-Z][A-Za-z]{0,15}),\s+an?\s+(?:remote\s+|small\s+|little\s+)?"
                         r"(?P<kind>county|city|town|prefecture|village|district)\s+in\s+(?P<region>[A-Z][A-Za-z]+)")


def skeleton(name: str) -> str:
    """Consonant skeleton of a romanised name: 'Yiwu' -> 'W', 'EW' -> 'W' (y and vowels dropped)."""
    s = re.sub(r"[^a-z]", "", name.lower())
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def name_variants(docs: pd.DataFrame) -> pd.DataFrame:
    """Unknown names introduced as "<X>, a county in <Region>" that look like a gazetteer name.

    Candidates are gazetteer places of that kind inside that region; a candidate is a likely
    variant when its consonant skeleton matches or it is the only such place, and the evidence
    says how many other sources name it.
    """
    entries = gazetteer()
    aliases = {a for e in entries for a in e.aliases}
    mentioned = {}
    for doc in docs.itertuples(index=False):
        for _, _, _, entry in find_entities(doc.clean_text):
            mentioned.setdefault(entry.canonical, set()).add(doc.label)
    rows = []
    for doc in docs.itertuples(index=False):
        for m in _APPOSITIVE.finditer(doc.clean_text):
            name, kind, region = m.group("name"), m.group("kind"), m.group("region")
            if name in aliases:
                continue
            region_entry = next((e for e in entries if region in e.aliases), None)
            if region_entry is None:
                continue
            cands = [e for e in entries if e.kind == kind and region_entry.canonical in region_path(e.canonical)]
            scored = []
            for c in cands:
                latin = [a for a in c.aliases if re.match(r"[A-Za-z]", a)]
                match = any(skeleton(a) == skeleton(name) for a in latin)
                scored.append((match, len(mentioned.get(c.canonical, ())), c))
            scored.sort(key=lambda t: (not t[0], -t[1], t[2].canonical))
            if not scored or not (scored[0][0] or len(scored) == 1):
                continue
            match, n_other, c = scored[0]
            others = sorted(mentioned.get(c.canonical, set()) - {doc.label})
            evidence = (f"“{name}” is introduced as a {kind} in {region}; the gazetteer's "
                        f"{'only ' if len(cands) == 1 else ''}{kind} there matching it is {c.canonical} "
                        f"({'/'.join(c.aliases[:3])})" + (f", consonant skeleton {skeleton(name)!r}" if match else "")
                        + (f"; named by {', '.join(others)}" if others else ""))
            rows.append({
                "kind": "name", "subject": c.canonical, "doc_a": doc.doc_id, "label_a": doc.label, "value_a": name,
                "quote_a": m.group(0), "doc_b": None, "label_b": "gazetteer", "value_b": c.canonical, "quote_b": None,
                "severity": "medium" if match else "low", "ratio": None, "evidence": evidence,
                "claim_a": f"{doc.doc_id}#{m.start()}", "claim_b": None,
            })
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def find_conflicts(claims: pd.DataFrame, docs: pd.DataFrame | None = None) -> pd.DataFrame:
    """The conflicts table: numeric conflicts, and with ``docs`` also place conflicts and
    likely garbled names. Sorted by kind, subject and documents."""
    parts = [numeric_conflicts(claims)]
    if docs is not None:
        parts += [place_conflicts(docs), name_variants(docs)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    order = {"numeric": 0, "place": 1, "name": 2}
    out["_k"] = out["kind"].map(order)
    return out.sort_values(["_k", "subject", "doc_a", "doc_b"], kind="stable", na_position="last") \
        .drop(columns="_k").reset_index(drop=True)


# --------------------------------------------------------------------------- source typing


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    with open(DATA_DIR / "source_markers.csv", encoding="utf-8", newline="") as fh:
        return tuple((re.compile(r["pattern"], re.I), r["signal"], r["evidence"]) for r in csv.DictReader(fh))


def classify_sources(docs: pd.DataFrame) -> pd.DataFrame:
    """Per document: ``kind_inferred``, ``ai_generated`` and the evidence for each.

    Markers are matched in the raw text. The kind with most markers wins (ties: aggregator,
    summary, blog, original); a document with none is ``other``. ``kind`` (manifest or text)
    is shown beside it so a reader sees where they agree.
    """
    priority = ["aggregator", "summary", "blog", "original"]
    rows = []
    for doc in docs.itertuples(index=False):
        hits: dict[str, list[str]] = {}
        for rx, signal, _ in _markers():
            found = sorted({m.group(0) for m in rx.finditer(doc.raw_text)})
            if found:
                hits.setdefault(signal, []).extend(found)
        counts = {k: len(v) for k, v in hits.items() if k != "ai_generated"}
        kind = max(priority, key=lambda k: (counts.get(k, 0), -priority.index(k))) if counts else "other"
        evidence = "; ".join(f"{k}: " + ", ".join(f"“{x}”" for x in hits[k][:4]) for k in priority if k in hits)
        ai = hits.get("ai_generated", [])
        rows.append({"doc_id": doc.doc_id, "label": doc.label, "kind": doc.kind, "kind_inferred": kind,
                     "kind_evidence": evidence or "no markers", "ai_generated": bool(ai),
                     "ai_evidence": ", ".join(f"“{x}”" for x in ai) or None})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- text reuse

PAIR_COLUMNS = ["doc_a", "doc_b", "label_a", "label_b", "word_cosine", "char_cosine", "containment_a_in_b",
                "containment_b_in_a", "shared_passages", "longest_passage", "shared_phrases", "shared_claims",
                "attribution", "derived_from", "confidence", "evidence"]


def _pair_dots(X: sp.csr_matrix, I: np.ndarray, J: np.ndarray, batch: int = 2000) -> np.ndarray:
    """x_i . x_j for every pair (I[k], J[k]), in batches so memory stays bounded."""
    if len(I) == 0:
        return np.zeros(0)
    return np.concatenate([np.asarray(X[I[s:s + batch]].multiply(X[J[s:s + batch]]).sum(axis=1)).ravel()
                           for s in range(0, len(I), batch)])


#: corpora up to this size compare every pair; larger ones use blocking on distinctive terms
ALL_PAIRS_UP_TO = 200


def _candidate_pairs(X: sp.csr_matrix, k: int, terms: int = 12, max_df: int = 60) -> set[tuple[int, int]]:
    """Candidate pairs, never an n x n matrix for large corpora.

    Up to ``ALL_PAIRS_UP_TO`` documents: every pair. Beyond: blocking on each document's
    ``terms`` highest-weighted features (ignoring features that more than ``max_df`` documents
    have among theirs), which yields at most n * terms * max_df pairs; each document then keeps
    its ``k`` most similar candidates by exact cosine.
    """
    n = X.shape[0]
    if n < 2:
        return set()
    if n <= ALL_PAIRS_UP_TO:
        return {(i, j) for i in range(n) for j in range(i + 1, n)}
    X = X.tocsr()
    # each row's `terms` largest weights, vectorised: sort entries by (row, -weight), rank in row
    row_of = np.repeat(np.arange(n), np.diff(X.indptr))
    top = _top_k(row_of, X.data, terms)
    M = sp.csr_matrix((np.ones(int(top.sum()), dtype=np.float32), (row_of[top], X.indices[top])), shape=X.shape)
    keep = np.flatnonzero(np.asarray(M.sum(axis=0)).ravel() <= max_df)
    M = M[:, keep]
    C = sp.triu(M @ M.T, k=1).tocoo()
    I, J = C.row, C.col
    if len(I) == 0:
        return set()
    cos = _pair_dots(X, I, J)
    keep_pair = _top_k(I, cos, k) | _top_k(J, cos, k)
    return set(zip(I[keep_pair].tolist(), J[keep_pair].tolist()))


def _top_k(owner: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Mask of the ``k`` highest-scoring entries per owner (vectorised; ties by position)."""
    order = np.lexsort((np.arange(len(owner)), -score, owner))
    sorted_owner = owner[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_owner)) + 1]
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    mask = np.zeros(len(owner), dtype=bool)
    mask[order[rank < k]] = True
    return mask


_PUNCT = str.maketrans("", "", "".join(chr(c) for c in range(0x2000, 0x2070)) + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _words(text: str) -> tuple[list[str], list[str]]:
    """A text's words as written and normalised (lower case, punctuation dropped)."""
    raw = text.split()
    return raw, [w.lower().translate(_PUNCT) for w in raw]


def _grams(words: tuple[list[str], list[str]], n: int = 6) -> tuple[list[str], list[tuple[str, ...]], set[tuple[str, ...]]]:
    """A text's words as written, its normalised word n-grams in order, and their set."""
    raw, norm = words
    grams = [tuple(norm[i:i + n]) for i in range(len(norm) - n + 1)]
    return raw, grams, set(grams)


def _shared_runs(a: tuple[list[str], list[tuple[str, ...]], set[tuple[str, ...]]],
                 b: tuple[list[str], list[tuple[str, ...]], set[tuple[str, ...]]], n: int = 6) -> list[str]:
    """Passages of at least ``n`` words that two texts share (from their n-grams, linear time)."""
    wa, grams_a, set_a = a
    common = set_a & b[2]
    if not common:
        return []
    hits = [i for i, g in enumerate(grams_a) if g in common]
    out, start, prev = [], None, None
    for i in hits + [None]:
        if i is not None and prev is not None and i == prev + 1:
            prev = i
            continue
        if start is not None:
            out.append(" ".join(wa[start:prev + n]))
        start = prev = i
    return out


_ATTRIB = r"(?:['’]s\s+(?:investigation|report|reporting|analysis|reporters?|documentary)|\s+(?:reporters?|investigation|reported|revealed|found|says|said))"


def compare_sources(docs: pd.DataFrame, claims: pd.DataFrame | None = None, k: int = 10) -> pd.DataFrame:
    """The pairs table: similarity, reuse and a derivation guess for candidate pairs.

    Candidates are each document's ``k`` nearest neighbours on word and on character TF-IDF
    (sparse; memory grows with n x k, not n x n). For each candidate pair: cosine similarities,
    word 5-gram containment both ways, shared passages (>= 6 words), rare phrases the two share
    with no other document, shared claims (same subject and value), attribution phrases naming
    the other's outlet, and publication order. ``derived_from`` is the likely source when the
    evidence scores at least 0.4; ``confidence`` is that score (0-1).
    """
    if claims is None:
        from .claims import extract_claims
        claims = extract_claims(docs)
    texts = docs["clean_text"].tolist()
    n = len(texts)
    if n < 2:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    Xw = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit_transform(texts).tocsr()
    # character 4-grams, hashed: no vocabulary to hold in memory, robust to inflection and CJK
    Xc = TfidfTransformer(sublinear_tf=True).fit_transform(
        HashingVectorizer(analyzer="char_wb", ngram_range=(4, 4), n_features=2 ** 20, alternate_sign=False,
                          norm=None).transform(texts)).tocsr()
    shingle = HashingVectorizer(ngram_range=(5, 5), n_features=2 ** 20, binary=True, norm=None,
                                alternate_sign=False, token_pattern=r"(?u)\b\w+\b").transform(texts).tocsr()
    bigrams = TfidfVectorizer(ngram_range=(2, 2), stop_words="english", use_idf=False, norm=None, binary=True,
                              token_pattern=r"(?u)\b[^\W\d_]{3,}\b")
    try:
        B = bigrams.fit_transform(texts).tocsr()
        vocab = np.array(bigrams.get_feature_names_out())
        df = np.asarray((B > 0).sum(axis=0)).ravel()
    except ValueError:
        B, vocab, df = None, np.array([]), np.array([])
    cand = sorted(_candidate_pairs(Xw, k) | _candidate_pairs(Xc, k))
    if not cand:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    I = np.array([i for i, _ in cand])
    J = np.array([j for _, j in cand])

    def rowdot(X: sp.csr_matrix) -> np.ndarray:
        return _pair_dots(X, I, J)

    word_cos, char_cos, inter = rowdot(Xw), rowdot(Xc), rowdot(shingle)
    sizes = np.asarray(shingle.sum(axis=1)).ravel()
    rare = B[:, np.flatnonzero(df == 2)] if B is not None else None
    rare_vocab = vocab[np.flatnonzero(df == 2)] if B is not None else vocab
    n_rare = rowdot(rare) if rare is not None else np.zeros(len(cand))
    claim_sets = {d: {(s, v) for s, v in zip(g["subject"], g["value"]) if isinstance(s, str)}
                  for d, g in claims.groupby("doc_id")}
    records = docs[["doc_id", "label", "outlet", "published", "kind"]].to_dict("records")
    attributes = _attributions(docs)
    words = {i: _grams(_words(texts[i])) for i in sorted(set(I[inter >= 2]) | set(J[inter >= 2]))}
    rows = []
    for n_pair, (i, j) in enumerate(cand):
        a, b = records[i], records[j]
        cont_ab = inter[n_pair] / sizes[i] if sizes[i] else 0.0
        cont_ba = inter[n_pair] / sizes[j] if sizes[j] else 0.0
        passages = _shared_runs(words[i], words[j]) if inter[n_pair] >= 2 else []
        phrases = sorted(rare_vocab[rare[i].multiply(rare[j]).nonzero()[1]]) if n_rare[n_pair] else []
        shared_claims = sorted(f"{s}={v:g}" for s, v in
                               claim_sets.get(a["doc_id"], set()) & claim_sets.get(b["doc_id"], set()))
        attrib = [f"{dst['label']} attributes to {src['outlet']}" for src, dst, di in ((a, b, j), (b, a, i))
                  if isinstance(src["outlet"], str) and src["outlet"] in attributes.get(di, ())]
        guess = _derivation(a, b, cont_ab, cont_ba, shared_claims, phrases, attrib)
        rows.append({
            "doc_a": a["doc_id"], "doc_b": b["doc_id"], "label_a": a["label"], "label_b": b["label"],
            "word_cosine": round(float(word_cos[n_pair]), 3), "char_cosine": round(float(char_cos[n_pair]), 3),
            "containment_a_in_b": round(cont_ab, 3), "containment_b_in_a": round(cont_ba, 3),
            "shared_passages": len(passages), "longest_passage": max(passages, key=len) if passages else None,
            "shared_phrases": "; ".join(phrases[:8]) or None, "shared_claims": "; ".join(shared_claims) or None,
            "attribution": "; ".join(attrib) or None, **guess,
        })
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def _attributions(docs: pd.DataFrame) -> dict[int, set[str]]:
    """For each document (by position), the corpus outlets it attributes facts to."""
    out: dict[int, set[str]] = {}
    outlets = sorted({o for o in docs["outlet"] if isinstance(o, str) and o})
    for outlet in outlets:
        rx = re.compile(re.escape(outlet) + _ATTRIB)
        for pos, text in enumerate(docs["clean_text"]):
            if outlet in text and rx.search(text):
                out.setdefault(pos, set()).add(outlet)
    return out


def _derivation(a: dict, b: dict, cont_ab: float, cont_ba: float, shared_claims: list[str],
                phrases: list[str], attrib: list[str]) -> dict[str, object]:
    """Score both directions (x derived from y) and keep the stronger if it reaches 0.4."""
    best = {"derived_from": None, "confidence": 0.0, "evidence": None}
    for src, dst, cont in ((a, b, cont_ba), (b, a, cont_ab)):
        score, why = 0.0, []
        if isinstance(src["outlet"], str) and any(f"{dst['label']} attributes to {src['outlet']}" == x for x in attrib):
            score += 0.5
            why.append(f"{dst['label']} attributes its facts to {src['outlet']}")
        if cont >= 0.05:
            score += min(0.3, cont)
            why.append(f"{cont:.0%} of {dst['label']}'s 5-word shingles appear in {src['label']}")
        if shared_claims:
            score += min(0.2, 0.1 * len(shared_claims))
            why.append(f"same numbers: {', '.join(shared_claims)}")
        if phrases:
            score += min(0.2, 0.05 * len(phrases))
            why.append(f"rare phrases only these two use: {', '.join(phrases[:4])}")
        sp_, dp = src["published"], dst["published"]
        if isinstance(sp_, str) and isinstance(dp, str):
            if sp_ <= dp:
                score += 0.1
                why.append(f"{src['label']} published first ({sp_} <= {dp})")
            else:
                score -= 0.5
        elif isinstance(sp_, str):
            score += 0.05
            why.append(f"{src['label']} is dated ({sp_}), {dst['label']} is not")
        if src["kind"] == "original" and dst["kind"] in ("summary", "aggregator", "blog"):
            score += 0.1
            why.append(f"{src['label']} is original reporting, {dst['label']} a {dst['kind']}")
        if score > best["confidence"] and score >= 0.4:
            best = {"derived_from": f"{dst['doc_id']} <- {src['doc_id']}", "confidence": round(min(score, 1.0), 2),
                    "evidence": "; ".join(why)}
    return best


def derivation(pairs: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Per document: the source it most likely derives from (in the corpus, or credited outside it)."""
    rows = []
    for doc in docs.itertuples(index=False):
        hits = pairs[pairs["derived_from"].fillna("").str.startswith(f"{doc.doc_id} <- ")]
        if len(hits):
            top = hits.sort_values("confidence", ascending=False, kind="stable").iloc[0]
            src = top["derived_from"].split(" <- ")[1]
            src_label = docs.loc[docs["doc_id"] == src, "label"].item()
            rows.append((doc.doc_id, doc.label, src, src_label, top["confidence"], top["evidence"]))
        elif isinstance(doc.credit, str) and doc.credit:
            rows.append((doc.doc_id, doc.label, None, doc.credit, None, f"credits {doc.credit} (not in the corpus)"))
        else:
            rows.append((doc.doc_id, doc.label, None, None, None, "no source found in the corpus"))
    return pd.DataFrame(rows, columns=["doc_id", "label", "derived_from", "source_label", "confidence", "evidence"])


# --------------------------------------------------------------------------- drift


def drift(docs: pd.DataFrame, derived: pd.DataFrame, claims: pd.DataFrame, entities: pd.DataFrame,
          events: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each derivative with a source in the corpus: claims (per subject), places and dates
    it dropped, added or changed relative to that source."""
    rows = []
    for d in derived.dropna(subset=["derived_from"]).itertuples(index=False):
        src, dst = d.derived_from, d.doc_id
        for subject in COMPARABLE:
            a = claims[(claims["doc_id"] == src) & (claims["subject"] == subject)]
            b = claims[(claims["doc_id"] == dst) & (claims["subject"] == subject)]
            va = sorted({f"{describe(r)} (“{r['text']}”)" for _, r in a.iterrows()})
            vb = sorted({f"{describe(r)} (“{r['text']}”)" for _, r in b.iterrows()})
            if not va and not vb:
                continue
            if va and not vb:
                change = "dropped"
            elif vb and not va:
                change = "added"
            elif {describe(r) for _, r in a.iterrows()} == {describe(r) for _, r in b.iterrows()}:
                change = "same" if set(a["qualifier"]) == set(b["qualifier"]) else "hedge changed"
            else:
                change = "changed"
            rows.append((dst, d.label, src, d.source_label, "claim", subject, "; ".join(va) or None,
                         "; ".join(vb) or None, change))
        pa = set(entities.loc[(entities["doc_id"] == src) & (entities["type"] == "place"), "canonical"])
        pb = set(entities.loc[(entities["doc_id"] == dst) & (entities["type"] == "place"), "canonical"])
        for place in sorted(pa | pb):
            if place in pa and place in pb:
                continue
            rows.append((dst, d.label, src, d.source_label, "place", place, place if place in pa else None,
                         place if place in pb else None, "dropped" if place in pa else "added"))
        if events is not None:
            st = events[events["event_type"] == "statement"]
            ea = set(st.loc[st["doc_id"] == src, "date_text"])
            eb = set(st.loc[st["doc_id"] == dst, "date_text"])
            for date_text in sorted(ea ^ eb):
                rows.append((dst, d.label, src, d.source_label, "date", date_text, date_text if date_text in ea else None,
                             date_text if date_text in eb else None, "dropped" if date_text in ea else "added"))
    return pd.DataFrame(rows, columns=["doc_id", "label", "source", "source_label", "aspect", "subject",
                                       "in_source", "in_derivative", "change"])
