"""A deterministic synthetic corpus built from the seeds, for scale benchmarks.

Each document takes a headline and 3-8 paragraphs drawn from the seeds' clean texts, with the
numbers and years varied, wrapped in boilerplate drawn from what the cleaner removed from the
seeds (menus, share rows, footers), in a random order of sources. A share of documents (default
10 %) are near-duplicates of an earlier one (a few words changed), as syndicated copies are.
Same ``n`` and ``seed`` give the same bytes.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

import helpers
from helpers.core.paths import SEEDS_DIR


def _parts() -> tuple[list[str], list[str], list[str]]:
    docs = helpers.load_corpus(SEEDS_DIR)
    paras = [p.strip() for t in docs["clean_text"] for p in re.split(r"\n+", t) if len(p.strip()) > 60]
    heads = [t for t in docs["title"].dropna()]
    rem = helpers.removed(docs)
    chrome = [t.strip() for t in rem["text"] if 3 <= len(t.strip()) <= 400]
    return paras, heads, chrome


def _vary(text: str, rng: np.random.Generator) -> str:
    def num(m: re.Match[str]) -> str:
        v = int(m.group(0).replace(",", ""))
        if 1990 <= v <= 2035:
            return str(int(rng.integers(2019, 2031)))
        return f"{max(1, int(v * rng.uniform(0.5, 1.5))):,}"
    return re.sub(r"\d{1,3}(?:,\d{3})+|\d+", num, text)


def make_corpus(n: int, out: Path, seed: int = 0, dup_share: float = 0.1) -> Path:
    """Write ``n`` documents (``doc00000.txt`` ...) into ``out``; return ``out``."""
    rng = np.random.default_rng(seed)
    paras, heads, chrome = _parts()
    out.mkdir(parents=True, exist_ok=True)
    texts: list[str] = []
    for i in range(n):
        if texts and rng.random() < dup_share:
            base = texts[int(rng.integers(0, len(texts)))]
            words = base.split(" ")
            for _ in range(5):
                j = int(rng.integers(0, len(words)))
                words[j] = words[j].upper() if rng.random() < 0.5 else words[j] + "s"
            text = " ".join(words) + f"\nCopy {i}."
        else:
            head = _vary(heads[int(rng.integers(0, len(heads)))], rng)
            body = [_vary(paras[int(k)], rng) for k in rng.choice(len(paras), int(rng.integers(3, 9)), replace=False)]
            top = [chrome[int(k)] for k in rng.choice(len(chrome), int(rng.integers(1, 6)), replace=False)]
            bottom = [chrome[int(k)] for k in rng.choice(len(chrome), int(rng.integers(1, 4)), replace=False)]
            text = "\n".join(top + [head, ""] + body + [""] + bottom) + f"\nStory {i}."
        texts.append(text)
        (out / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
    return out
