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

import math  # noqa: F401  kept for the comparison code below
from concurrent.futures import ProcessPoolExecutor
from itertools import accumulate, chain

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer, TfidfVectorizer

from helpers.compare.conflicts import (  # noqa: F401  re-exported
    CONFLICT_COLUMNS,
    find_conflicts,
    name_variants,
    numeric_conflicts,
    place_conflicts,
    severity,
    skeleton,
)
from helpers.extract.entities import find_entities, gazetteer, region_path  # noqa: F401  kept for the comparison code below
from helpers.core.parallel import process_pool
from helpers.compare.attribution import _attributions  # noqa: F401  re-exported
from helpers.compare.drift import drift  # noqa: F401  re-exported
from helpers.compare.pairlinks import _derivations, _evidence_scores, _why, derivation  # noqa: F401  re-exported
from helpers.compare.sources import classify_sources  # noqa: F401  re-exported

# --------------------------------------------------------------------------- text reuse

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
        from helpers.extract.claims import extract_claims
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
    attr_job = pool.submit(_attributions, docs[[c for c in ("outlet", "author", "clean_text") if c in docs.columns]]) \
        if pool and docs["outlet"].map(lambda o: isinstance(o, str) and bool(o)).any() else None
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
    attributes = attr_job.result() if attr_job else _attributions(docs)
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
