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
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from itertools import accumulate, chain

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer

from .claims import describe
from .entities import find_entities, gazetteer, region_path
from .paths import DATA_DIR
from .parallel import process_pool

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


def _rep_ratio(ra: dict, rb: dict) -> float:
    a, b = _rep(ra["value_low"], ra["value_high"]), _rep(rb["value_low"], rb["value_high"])
    return math.inf if min(a, b) <= 0 else max(a, b) / min(a, b)


def severity(ratio: float) -> str:
    """low below 1.25x apart, medium below 2x, high beyond."""
    return "low" if ratio < 1.25 else "medium" if ratio < 2 else "high"


def numeric_conflicts(claims: pd.DataFrame, block: int = 2_000_000) -> pd.DataFrame:
    """Pairs of documents whose claims on a subject never overlap (each doc's closest claims).

    A conflict is two ranges that do not overlap; its ``ratio`` compares representative values
    (the geometric middle of a range, the bound of an open one), so "thousands" vs "tens of
    thousands" is about 10x apart although the two ranges touch. Claims are only compared with
    the same currency and unit. Vectorised: claim pairs are scored in blocks of about ``block``
    (memory stays bounded), but the number of conflicting document pairs itself can grow with
    the square of the corpus.
    """
    rows = []
    claims = claims.reset_index(drop=True)
    records = claims.to_dict("records")
    for subject in COMPARABLE:
        sub = claims[claims["subject"] == subject]
        if len(sub) < 2:
            continue
        sub = sub.assign(_row=sub.index.to_numpy())
        for a, b in _closest_disjoint(sub, block):
            ra, rb = records[a], records[b]
            g = _rep_ratio(ra, rb)
            rows.append({
                "kind": "numeric", "subject": subject, "doc_a": ra["doc_id"], "label_a": ra["label"],
                "value_a": describe(ra), "quote_a": ra["quote"], "doc_b": rb["doc_id"], "label_b": rb["label"],
                "value_b": describe(rb), "quote_b": rb["quote"], "severity": severity(g),
                "ratio": round(g, 3), "evidence": f"“{ra['text']}” vs “{rb['text']}”: ranges do not overlap",
                "claim_a": ra["claim_id"], "claim_b": rb["claim_id"],
            })
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def _closest_disjoint(sub: pd.DataFrame, block: int) -> list[tuple[int, int]]:
    """For each pair of documents with comparable claims in ``sub`` (one subject; ``_row`` is a
    claim's position in the whole table): the positions of their closest pair of claims, if even
    that pair does not overlap. Ties go to the first claims in table order. Sorted by document."""
    best: list[tuple[str, str, float, int, int]] = []
    keys = (sub["currency"].map(_s) + "\x1f" + sub["unit"].map(_s)).to_numpy()
    for _, grp in sub.assign(_key=keys).groupby("_key", sort=True):
        codes, names = pd.factorize(grp["doc_id"], sort=True)
        order = np.lexsort((grp["_row"].to_numpy(), codes))
        doc, row = codes[order], grp["_row"].to_numpy()[order]
        lo, hi = grp["value_low"].to_numpy(float)[order], grp["value_high"].to_numpy(float)[order]
        m = len(doc)
        starts = np.r_[0, np.flatnonzero(np.diff(doc)) + 1, m]
        step, s = max(1, block // m), 0
        while s < m:  # x claims: whole documents, about ``block`` claim pairs at a time
            e = int(starts[np.searchsorted(starts, s + step)]) if s + step < m else m
            xi, yi = np.nonzero(doc[s:e, None] < doc[None, :])
            xi, s = xi + s, e
            if not len(xi):
                continue
            a_lo, a_hi, b_lo, b_hi = lo[xi], hi[xi], lo[yi], hi[yi]
            below = a_hi < b_lo
            g_lo, g_hi = np.where(below, a_hi, b_hi), np.where(below, b_lo, a_lo)
            with np.errstate(divide="ignore", invalid="ignore"):
                gap = np.where((a_lo <= b_hi) & (b_lo <= a_hi), 1.0, np.where(g_lo <= 0, np.inf, g_hi / g_lo))
            order_k = np.lexsort((row[yi], row[xi], gap, doc[yi], doc[xi]))
            dx, dy = doc[xi][order_k], doc[yi][order_k]
            first = order_k[np.r_[True, (dx[1:] != dx[:-1]) | (dy[1:] != dy[:-1])]]
            best += zip(names[doc[xi[first]]].tolist(), names[doc[yi[first]]].tolist(), gap[first].tolist(),
                        row[xi[first]].tolist(), row[yi[first]].tolist())
    best.sort()  # per document pair, the smallest gap over all currencies and units comes first
    out, last = [], None
    for a, b, gap, ra, rb in best:
        if (a, b) != last and gap != 1.0:
            out.append((ra, rb))
        last = (a, b)
    return out


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


# --------------------------------------------------------------------------- moved out
# Source typing lives in sources.py, credits in attribution.py, pair-level derivation guesses in
# pairlinks.py, per-document provenance and claim families in provenance.py and families.py, drift
# in drift.py; the names below are re-exported so ``compare.classify_sources`` etc. keep working.
from .attribution import _attributions  # noqa: E402,F401
from .drift import drift  # noqa: E402,F401
from .pairlinks import _derivations, _evidence_scores, _why, derivation  # noqa: E402,F401
from .sources import classify_sources  # noqa: E402,F401



PAIR_COLUMNS = ["doc_a", "doc_b", "label_a", "label_b", "word_cosine", "char_cosine", "containment_a_in_b",
                "containment_b_in_a", "shared_passages", "longest_passage", "shared_phrases", "shared_claims",
                "attribution", "derived_from", "confidence", "evidence"]


def _pair_dots(X: sp.csr_matrix, I: np.ndarray, J: np.ndarray, batch: int = 2000) -> np.ndarray:
    """Exact x_i . x_j for every pair (I[k], J[k]), in batches so memory stays bounded."""
    if len(I) == 0:
        return np.zeros(0)
    return np.concatenate([np.asarray(X[I[s:s + batch]].multiply(X[J[s:s + batch]]).sum(axis=1)).ravel()
                           for s in range(0, len(I), batch)])


#: width of the count sketch that ranks blocked candidates (estimates cosine to about +-0.06)
SKETCH_DIM = 256


def _sketch(X: sp.csr_matrix, dim: int = SKETCH_DIM) -> np.ndarray:
    """Rows of ``X`` as L2-normalised count sketches: a dense ``n x dim`` float32 array whose
    row dot products estimate the rows' cosines (one +-1 bucket per feature, fixed seed)."""
    X = X.tocsr()
    rng = np.random.default_rng(20250701)
    bucket = rng.integers(0, dim, X.shape[1])
    sign = rng.choice(np.array([-1.0, 1.0]), X.shape[1])
    rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
    P = sp.csr_matrix((X.data * sign[X.indices], (rows, bucket[X.indices])), shape=(X.shape[0], dim)).toarray()
    norms = np.linalg.norm(P, axis=1)
    norms[norms == 0] = 1.0
    return (P / norms[:, None]).astype(np.float32)


def _dense_pair_dots(P: np.ndarray, I: np.ndarray, J: np.ndarray, batch: int = 50_000) -> np.ndarray:
    """p_i . p_j for every pair of rows of a dense array, in batches."""
    return np.concatenate([np.einsum("ij,ij->i", P[I[s:s + batch]], P[J[s:s + batch]])
                           for s in range(0, len(I), batch)] or [np.zeros(0, dtype=P.dtype)])


#: corpora up to this size compare every pair; larger ones use blocking on distinctive terms
ALL_PAIRS_UP_TO = 200
#: blocked candidates per document ranked exactly, as a multiple of k (the rest by sketch)
RERANK = 3


def _candidate_pairs(X: sp.csr_matrix, k: int, terms: int = 12, max_df: int = 60,
                     all_pairs_up_to: int | None = None) -> set[tuple[int, int]]:
    """Candidate pairs, never an n x n matrix for large corpora.

    Up to ``ALL_PAIRS_UP_TO`` documents: every pair. Beyond: blocking on each document's
    ``terms`` highest-weighted features (ignoring features that more than ``max_df`` documents
    have among theirs), which yields at most n * terms * max_df pairs; each document then keeps
    its ``k`` most similar candidates: ``RERANK * k`` ranked by a count sketch of the rows
    (:func:`_sketch`), then ``k`` of those by exact cosine. On the 10,000-document benchmark
    corpus this keeps 99% of the pairs that ranking every blocked pair exactly would keep.
    """
    n = X.shape[0]
    if n < 2:
        return set()
    # passed explicitly to worker processes, which do not share this process's module state
    if n <= (ALL_PAIRS_UP_TO if all_pairs_up_to is None else all_pairs_up_to):
        return {(i, j) for i in range(n) for j in range(i + 1, n)}
    X = X.tocsr()
    row_of = np.repeat(np.arange(n), np.diff(X.indptr))
    top = _top_k(row_of, X.data, terms)
    M = sp.csr_matrix((np.ones(int(top.sum()), dtype=np.float32), (row_of[top], X.indices[top])), shape=X.shape)
    keep = np.flatnonzero(np.asarray(M.sum(axis=0)).ravel() <= max_df)
    M = M[:, keep]
    C = sp.triu(M @ M.T, k=1).tocoo()
    I, J = C.row.astype(np.int64), C.col.astype(np.int64)
    if len(I) == 0:
        return set()
    # rank by sketch, keep RERANK x k per document, rank those by exact cosine, keep k
    approx = _dense_pair_dots(_sketch(X), I, J)
    pre = np.flatnonzero(_top_k(I, approx, RERANK * k) | _top_k(J, approx, RERANK * k))
    I, J = I[pre], J[pre]
    cos = _pair_dots(X, I, J)
    keep_pair = _top_k(I, cos, k) | _top_k(J, cos, k)
    return set(zip(I[keep_pair].tolist(), J[keep_pair].tolist()))


def _top_k(owner: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Mask of the ``k`` highest-scoring entries per owner (vectorised; ties by position).

    One stable sort on ``owner + 0.5 * (1 - scaled score)``, which orders by owner, then score
    descending, then position (scores closer than ~1e-10 of their range count as ties)."""
    if len(owner) == 0:
        return np.zeros(0, dtype=bool)
    lo, hi = float(score.min()), float(score.max())
    frac = (score - lo) / (hi - lo) if hi > lo else np.zeros(len(score))
    order = np.argsort(owner + 0.5 * (1.0 - frac), kind="stable")
    sorted_owner = owner[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_owner)) + 1]
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    mask = np.zeros(len(owner), dtype=bool)
    mask[order[rank < k]] = True
    return mask


_PUNCT = str.maketrans("", "", "".join(chr(c) for c in range(0x2000, 0x2070)) + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
#: words in a shared passage
PASSAGE_WORDS = 6


def _gram_hashes(ids: np.ndarray, n: int) -> np.ndarray:
    """Hash of every window of ``n`` consecutive word numbers (a polynomial mod 2**64)."""
    m = max(len(ids) - n + 1, 0)
    h = np.zeros(m, dtype=np.uint64)
    for step in range(n if m else 0):
        h = h * np.uint64(1_000_003) + ids[step:step + m]
    return h


class _Words:
    """Every document's words (split on white space), numbered after normalisation (lower case,
    punctuation dropped), with word n-grams as 64-bit hashes. The words themselves are not kept
    (the texts are): numbering runs over batches of documents to keep memory low.

    Two different n-grams share a hash with probability ~2**-64 per pair, which would at worst
    count one shingle too many or join two passages."""

    BATCH = 2000

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        vocab: dict[str, int] = {}
        lens: list[int] = []
        parts = [np.zeros(0, dtype=np.uint64)]
        for s in range(0, len(texts), self.BATCH):
            words = [t.split() for t in texts[s:s + self.BATCH]]
            lens += [len(w) for w in words]
            codes, uniques = pd.factorize(np.array(list(chain.from_iterable(words)), dtype=object))
            ids = np.array([vocab.setdefault(w.lower().translate(_PUNCT), len(vocab)) for w in uniques], dtype=np.uint64)
            parts.append(ids[codes] if len(codes) else np.zeros(0, dtype=np.uint64))
        self.ids = np.concatenate(parts)
        self.ends = np.cumsum(np.array(lens, dtype=np.int64))
        self.starts = self.ends - np.array(lens, dtype=np.int64)
        self._grams: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._first: tuple[int, list[int], set[int], list[str], list[int]] = (-1, [], set(), [], [])

    def grams(self, n: int) -> tuple[np.ndarray, np.ndarray]:
        """(document, hash) of every word n-gram that lies inside one document, in text order."""
        if n not in self._grams:
            h = _gram_hashes(self.ids, n)
            doc = np.repeat(np.arange(len(self.ends)), self.ends - self.starts)[:len(h)]
            ok = np.arange(len(h)) + n <= self.ends[doc]
            self._grams[n] = (doc[ok], h[ok])
        return self._grams[n]

    def shingles(self, n: int = 5) -> sp.csr_matrix:
        """Binary document x n-gram matrix (exact: one column per distinct n-gram)."""
        doc, h = self.grams(n)
        cols, uniq = pd.factorize(h)
        X = sp.csr_matrix((np.ones(len(h)), (doc, cols)), shape=(len(self.ends), max(len(uniq), 1)))
        X.sum_duplicates()
        X.data[:] = 1.0
        return X

    def _doc_grams(self, i: int) -> list[int]:
        """Document ``i``'s passage n-gram hashes, in text order."""
        doc, h = self.grams(PASSAGE_WORDS)
        lo, hi = np.searchsorted(doc, [i, i + 1])
        return h[lo:hi].tolist()

    def shared_runs(self, i: int, j: int) -> tuple[int, str | None]:
        """How many passages of at least ``PASSAGE_WORDS`` words documents ``i`` and ``j`` share,
        and the longest (in characters, as written in ``i``; the first of equals)."""
        # only the first document's grams and words are kept between calls (pairs come sorted by
        # it): sets for every document would cost far more memory than rebuilding the second one's
        if self._first[0] != i:
            grams, words = self._doc_grams(i), self.texts[i].split()
            self._first = (i, grams, set(grams), words, list(accumulate(map(len, words), initial=0)))
        _, grams_i, set_i, words, chars = self._first
        common = set_i.intersection(self._doc_grams(j))
        if not common:
            return 0, None
        hits = [p for p, g in enumerate(grams_i) if g in common]
        n = PASSAGE_WORDS
        count, best, best_len, start, prev = 0, (0, 0), -1, hits[0], hits[0]
        for p in hits[1:] + [-1]:
            if p == prev + 1:
                prev = p
                continue
            a, b = start, prev + n  # words a..b-1: their characters plus single spaces
            length = chars[b] - chars[a] + (b - a - 1)
            count += 1
            if length > best_len:
                best, best_len = (a, b), length
            start = prev = p
        return count, " ".join(words[best[0]:best[1]])


def _rare_phrases(texts: list[str]) -> dict[tuple[int, int], list[str]]:
    """Word bigrams (no stop words, no digits) that exactly two documents use, by that pair."""
    vec = TfidfVectorizer(ngram_range=(2, 2), stop_words="english", use_idf=False, norm=None, binary=True,
                          token_pattern=r"(?u)\b[^\W\d_]{3,}\b")
    try:
        B = vec.fit_transform(texts).tocsc()
    except ValueError:  # no bigram at all
        return {}
    cols = np.flatnonzero(np.diff(B.indptr) == 2)
    if not len(cols):
        return {}
    B = B[:, cols]
    B.sort_indices()
    out: dict[tuple[int, int], list[str]] = {}
    for (i, j), phrase in zip(B.indices.reshape(-1, 2).tolist(), vec.get_feature_names_out()[cols].tolist()):
        out.setdefault((i, j), []).append(phrase)
    return {pair: sorted(v) for pair, v in out.items()}


def _char_counts(texts: list[str]) -> sp.csr_matrix:
    """Hashed character 4-gram counts within words (stateless, so chunks can run apart)."""
    return HashingVectorizer(analyzer="char_wb", ngram_range=(4, 4), n_features=2 ** 20, alternate_sign=False,
                             norm=None).transform(texts).tocsr()


def _passages(task: tuple[list[str], list[tuple[int, int]]]) -> list[tuple[int, str | None]]:
    """Shared passages (how many, the longest) for pairs of positions into ``texts`` (a worker's share of the pairs)."""
    texts, pairs = task
    words = _Words(texts)
    return [words.shared_runs(i, j) for i, j in pairs]


def _passage_tasks(texts: list[str], pairs: list[tuple[int, int]], parts: int) -> list[tuple[list[str], list[tuple[int, int]]]]:
    """Split pairs into ``parts`` tasks, each carrying only the texts its pairs need."""
    tasks = []
    for s in range(parts):
        chunk = pairs[s * len(pairs) // parts:(s + 1) * len(pairs) // parts]
        need = sorted({d for pair in chunk for d in pair})
        local = {d: p for p, d in enumerate(need)}
        tasks.append(([texts[d] for d in need], [(local[i], local[j]) for i, j in chunk]))
    return tasks


#: with ``workers`` > 1, corpora from this size share the work between processes
PARALLEL_FROM = 1000


def compare_sources(docs: pd.DataFrame, claims: pd.DataFrame | None = None, k: int = 10,
                    workers: int = 1) -> pd.DataFrame:
    """The pairs table: similarity, reuse and a derivation guess for candidate pairs.

    Candidates are every pair up to ``ALL_PAIRS_UP_TO`` documents; beyond, each document's
    ``k`` nearest neighbours on word and on character TF-IDF among documents sharing a
    distinctive term (sparse; memory grows with n x k, not n x n). For each candidate pair
    (exact scores): cosine similarities, word 5-gram containment both ways, shared passages
    (>= 6 words), rare phrases the two share with no other document, shared claims (same
    subject and value), attribution phrases naming the other's outlet, and publication order.
    ``derived_from`` is the likely source when the evidence scores at least 0.4;
    ``confidence`` is that score (0-1).

    ``workers`` > 1 hashes character n-grams and finds shared passages on that many processes
    (from ``PARALLEL_FROM`` documents); the table is the same for any ``workers``.
    """
    if claims is None:
        from .claims import extract_claims
        claims = extract_claims(docs)
    texts = docs["clean_text"].tolist()
    n = len(texts)
    if n < 2:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    pool = process_pool(workers) if workers > 1 and n >= PARALLEL_FROM else None
    try:
        return _compare(docs, claims, texts, k, pool, workers)
    finally:
        if pool is not None:
            pool.shutdown()


def _compare(docs: pd.DataFrame, claims: pd.DataFrame, texts: list[str], k: int,
             pool: ProcessPoolExecutor | None, workers: int) -> pd.DataFrame:
    """The body of :func:`compare_sources`, with an optional process pool."""
    n = len(texts)
    # character 4-grams, hashed: no vocabulary to hold in memory, robust to inflection and CJK
    bounds = [n * s // workers for s in range(workers + 1)]
    char_jobs = [pool.submit(_char_counts, texts[a:b]) for a, b in zip(bounds, bounds[1:])] if pool else []
    rare_job = pool.submit(_rare_phrases, texts) if pool else None
    Xw = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1).fit_transform(texts).tocsr()
    counts = sp.vstack([job.result() for job in char_jobs]).tocsr() if pool else _char_counts(texts)
    Xc = TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()
    char_cand = pool.submit(_candidate_pairs, Xc, k, all_pairs_up_to=ALL_PAIRS_UP_TO) if pool else None  # while this process does words
    word_cand = _candidate_pairs(Xw, k)
    words = _Words(texts)
    shingle = words.shingles(5)
    cand = sorted(word_cand | (char_cand.result() if pool else _candidate_pairs(Xc, k)))
    if not cand:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    I = np.array([i for i, _ in cand], dtype=np.int64)
    J = np.array([j for _, j in cand], dtype=np.int64)
    inter = _pair_dots(shingle, I, J)
    reused = inter >= 2
    todo = [pair for pair, r in zip(cand, reused.tolist()) if r]
    jobs = [pool.submit(_passages, task) for task in _passage_tasks(texts, todo, workers)] if pool else []
    # meanwhile, everything else about the pairs
    word_cos, char_cos = _pair_dots(Xw, I, J), _pair_dots(Xc, I, J)
    sizes = np.asarray(shingle.sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        cont_ab = np.where(sizes[I] > 0, inter / sizes[I], 0.0)
        cont_ba = np.where(sizes[J] > 0, inter / sizes[J], 0.0)
    rare = rare_job.result() if rare_job else _rare_phrases(texts)
    phrases = [rare.get(pair, []) for pair in cand]
    pos = {d: p for p, d in enumerate(docs["doc_id"])}
    claim_sets: dict[int, set[tuple[str, float]]] = {}
    for d, s, v in zip(claims["doc_id"], claims["subject"], claims["value"]):
        if isinstance(s, str) and d in pos:
            claim_sets.setdefault(pos[d], set()).add((s, v))
    empty: set = set()
    shared_claims = [sorted(f"{s}={v:g}" for s, v in claim_sets.get(i, empty) & claim_sets.get(j, empty))
                     if i in claim_sets and j in claim_sets else [] for i, j in cand]
    meta = {c: docs[c].to_numpy(dtype=object) for c in ("doc_id", "label", "outlet", "published", "kind")}
    attributes = _attributions(docs)
    # attributed[d][k]: in pair k, the other document attributes its facts to this one's outlet
    attributed = [np.zeros(len(cand), dtype=bool), np.zeros(len(cand), dtype=bool)]
    for q, (src, dst) in enumerate(((I, J), (J, I))):
        for p in np.flatnonzero(np.isin(dst, list(attributes))):
            outlet = meta["outlet"][src[p]]
            attributed[q][p] = isinstance(outlet, str) and outlet in attributes[int(dst[p])]
    guess = _derivations(I, J, meta, cont_ab, cont_ba, attributed, shared_claims, phrases)
    found = chain.from_iterable(job.result() for job in jobs) if pool else (words.shared_runs(i, j) for i, j in todo)
    passages = [next(found) if r else (0, None) for r in reused.tolist()]
    return pd.DataFrame({
        "doc_a": meta["doc_id"][I], "doc_b": meta["doc_id"][J], "label_a": meta["label"][I],
        "label_b": meta["label"][J], "word_cosine": [round(float(x), 3) for x in word_cos],
        "char_cosine": [round(float(x), 3) for x in char_cos],
        "containment_a_in_b": [round(float(x), 3) for x in cont_ab],
        "containment_b_in_a": [round(float(x), 3) for x in cont_ba],
        "shared_passages": [p[0] for p in passages],
        "longest_passage": [p[1] for p in passages],
        "shared_phrases": ["; ".join(p[:8]) or None for p in phrases],
        "shared_claims": ["; ".join(c) or None for c in shared_claims],
        "attribution": [("; ".join(f"{meta['label'][d]} attributes to {meta['outlet'][s]}"
                                   for s, d, hit in ((i, j, a0), (j, i, a1)) if hit) or None)
                        for i, j, a0, a1 in zip(I.tolist(), J.tolist(), *(a.tolist() for a in attributed))],
        **guess,
    }, columns=PAIR_COLUMNS)
