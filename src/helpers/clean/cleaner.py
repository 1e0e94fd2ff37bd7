"""Boilerplate removal that works from features of the text (and, for HTML, of its markup),
with an audit and an offset map.

The method, in the spirit of jusText's paragraph classification but on *segments inside a
line* (scraped pages glue menus, share buttons and the article into one line):

1. **Segment** (:mod:`helpers.clean.clean_segment`): each line is cut at sentence ends and glue points.
2. **Rules** (:mod:`helpers.clean.clean_rules`) that hold on any site mark a segment as boilerplate
   with a reason: phrases and interface strings from the editable
   ``data/boilerplate_phrases.csv`` (English, Chinese, French), breadcrumbs, hashtag runs,
   phone numbers, copyright lines, bylines, datelines, photo credits, decorations.
   For HTML, the page's structure (:mod:`helpers.read.htmldom`: nav/aside/footer elements,
   class and id hints, link density, the article's element) marks furniture too.
3. **Features** mark the rest *good* (prose) or *neutral* (short: headings, labels, fragments).
4. **Document rules** (:mod:`helpers.clean.clean_steps`): repetition (a menu printed twice; furniture
   repeated by one site, never a quotation several sources share), link runs (plain text),
   related blocks, metadata lines read then removed, the headline kept once, and the context:
   the article is the stretch from the first to the last good segment.

Everything removed is recorded with its reason. ``OVERRIDES.csv`` in a corpus folder can put
a passage back (``keep``) or force one out (``remove``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from helpers.clean import clean_steps as steps
from helpers.clean import clean_tails as tails
from helpers.clean import clean_titles as titles
from helpers.clean.clean_rules import (_MEMO, PhraseRule, _judge, _rules_regex, load_phrase_rules,  # noqa: F401
                          load_title_affixes)
from helpers.clean.clean_rules import reset_memo as _rules_reset_memo
from helpers.clean.clean_segment import (Features, Piece, features, is_heading_like, is_prose,  # noqa: F401
                            normalize_key, segment, stopwords)

Structure = list[tuple[int, int, str]]
#: the features of a piece the markup already removed (never looked at)
_UNJUDGED = Features(0, 0, 0.0, 0.0, False, False, False)


@dataclass
class CleanResult:
    """What cleaning one document produced."""

    text: str
    base_index: np.ndarray  # for each clean char, its index in the base text (-1: inserted)
    pieces: list[Piece]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    outlet: str | None = None
    credit: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # metadata field -> base span read

    def removed_spans(self) -> list[tuple[int, int, str]]:
        """(base start, base end, reason) of removed stretches; neighbours with one reason merged."""
        out: list[tuple[int, int, str]] = []
        prev_removed = False
        for p in self.pieces:
            if not p.removed:
                prev_removed = False
                continue
            if prev_removed and out[-1][2] == p.reason:
                out[-1] = (out[-1][0], p.end, p.reason)
            else:
                out.append((p.start, p.end, p.reason))
            prev_removed = True
        return out


def classify(pieces: list[Piece], doc_frequency: Mapping[str, int] | None = None, n_docs: int = 1,
             rules: tuple[PhraseRule, ...] | None = None, structure: Structure | None = None,
             site_frequency: Mapping[str, int] | None = None) -> dict[str, str]:
    """Label every piece good / neutral / bad (with a reason); return the metadata read.

    ``structure``: for HTML, the base spans :mod:`helpers.read.htmldom` marks as furniture (given,
    even empty, means the text came from HTML). The named rules run in order; see
    :mod:`helpers.clean.clean_steps`. Metadata spans are returned under ``"<field>_span"`` keys as
    ``"start:end"`` in the base text."""
    rules = rules if rules is not None else load_phrase_rules()
    rx = _rules_regex(rules)
    steps.mark_structure(pieces, structure)  # furniture by markup: not judged by the text rules
    judged = [(_UNJUDGED, None) if p.removed else _judge(p, rules, rx) for p in pieces]
    for p, (f, hit) in zip(pieces, judged):
        if p.removed:
            continue
        p.size = f.n_words + f.n_cjk // 2
        if hit:
            p.label, p.reason = "bad", hit[0]
            p.soft, p.terminator = hit[1] == "soft", hit[1] == "terminator"
        elif is_prose(f):
            p.label = "good"
    page = steps.Page(pieces, [f for f, _ in judged], [normalize_key(p.text) for p in pieces],
                      html=structure is not None)
    titles.front_matter(page)
    steps.page_title(page)
    steps.repetition(page, doc_frequency, n_docs, site_frequency)
    titles.twin_title_lines(page)
    steps.breadcrumb_title(page)
    steps.link_runs(page)
    steps.captions_before_credits(page)
    steps.related_blocks(page)
    steps.metadata_lines(page)
    titles.label_and_name(page)
    steps.authors(page)
    steps.title_candidates(page)
    titles.title_copy(page)
    steps.headline(page)
    steps.context(page)
    tails.kicker_runs(page)
    tails.truncated_runs(page)
    tails.author_bio(page)
    tails.about_boilerplate(page)
    steps.outlet_and_credit(page)
    titles.wire_dateline(page)
    meta = dict(page.meta)
    meta.update({f"{k}_span": f"{s}:{e}" for k, (s, e) in page.spans.items()})
    return meta


def _apply_overrides(pieces: list[Piece], text: str, overrides: list[tuple[str, str, str]]) -> list[str]:
    """Force pieces back in (keep) or out (remove). Returns override passages not found."""
    missing = []
    for action, passage, note in overrides:
        start = text.find(passage)
        if start < 0:
            missing.append(passage)
            continue
        end = start + len(passage)
        for p in pieces:
            if p.start < end and p.end > start:
                if action == "keep":
                    p.label, p.reason, p.forced = "good", "", "keep"
                else:
                    p.label, p.reason, p.forced = "bad", f"override: {note or 'removed by user'}", "remove"
    return missing


def assemble(text: str, pieces: list[Piece]) -> tuple[str, np.ndarray]:
    """Join kept pieces into clean text; return it with each character's base index."""
    out: list[str] = []
    idx: list[np.ndarray] = []
    prev: Piece | None = None
    cut_between = False
    for p in pieces:
        if p.removed:
            if prev is not None:
                cut_between = True
            continue
        if prev is not None:
            if cut_between:
                sep = "\n\n"
            else:
                gap = text[prev.end:p.start]
                if gap:
                    out.append(gap)
                    idx.append(np.arange(prev.end, p.start))
                    sep = ""
                elif re.search(r"[.!?:]$", prev.text):
                    sep = " "
                elif prev.heading:
                    sep = "\n"
                else:
                    sep = ""
            if sep:
                out.append(sep)
                idx.append(np.full(len(sep), -1))
        out.append(p.text)
        idx.append(np.arange(p.start, p.end))
        prev, cut_between = p, False
    if not out:
        return "", np.zeros(0, dtype=np.int64)
    return "".join(out), np.concatenate(idx).astype(np.int64)


def clean_text(text: str, doc_frequency: Counter | None = None, n_docs: int = 1,
               overrides: list[tuple[str, str, str]] | None = None,
               pieces: list[Piece] | None = None,
               structure: list[tuple[int, int, str]] | None = None,
               site_frequency: Mapping[str, int] | None = None) -> CleanResult:
    """Clean one document's base text. See the module docstring for the method.

    ``structure``: for HTML, base spans the markup marks as page furniture (``htmldom``).
    ``site_frequency``: in how many documents *of this document's site* each segment key
    occurs (:func:`site_frequencies`); text shared with other sites is never furniture for that."""
    pieces = _pieces_of(text) if pieces is None else pieces
    meta = classify(pieces, doc_frequency, n_docs, structure=structure, site_frequency=site_frequency)
    missing = _apply_overrides(pieces, text, overrides or [])
    if missing:
        raise ValueError("override passage(s) not found in the text: " + "; ".join(repr(m[:60]) for m in missing))
    clean, index = assemble(text, pieces)
    res = CleanResult(clean, index, pieces)
    for key in ("title", "author", "published", "published_precision", "outlet", "credit"):
        setattr(res, key, meta.get(key))
    res.evidence = {k[: -len("_evidence")]: v for k, v in meta.items() if k.endswith("_evidence")}
    res.spans = {k[: -len("_span")]: tuple(map(int, v.split(":"))) for k, v in meta.items() if k.endswith("_span")}
    return res


def repetition_keys(pieces: list[Piece]) -> set[str]:
    """The keys of a document's short segments, counted across documents by :func:`document_frequency`."""
    return {normalize_key(p.text) for p in pieces if len(p.text) < 200}


#: pieces cut by :func:`segment_keys`, handed once to :func:`clean_text` of the same text in the
#: same process (bounded; emptied with the rule memo when a corpus starts)
_SEGMENTED: dict[str, list[Piece]] = {}
_SEGMENTED_MAX = 256


def segment_keys(text: str) -> set[str]:
    """:func:`repetition_keys` of a text (one document's share of the corpus-wide count)."""
    pieces = segment(text)
    if len(_SEGMENTED) < _SEGMENTED_MAX:
        _SEGMENTED[text] = pieces
    return repetition_keys(pieces)


def _pieces_of(text: str) -> list[Piece]:
    """The pieces of ``text``: those :func:`segment_keys` cut (used once), or a fresh cut."""
    return _SEGMENTED.pop(text, None) or segment(text)


def reset_memo() -> None:
    """Forget remembered segment judgements and cuts (called when a corpus starts)."""
    _rules_reset_memo()
    _SEGMENTED.clear()


def document_frequency(segmented: list[list[Piece]] | list[set[str]]) -> Counter:
    """In how many documents each short segment key occurs (for cross-document repetition).

    Takes each document's pieces, or its :func:`segment_keys` (computed elsewhere, in parallel)."""
    df: Counter = Counter()
    for item in segmented:
        df.update(item if isinstance(item, set) else repetition_keys(item))
    return df


def site_frequencies(keys: list[set[str]], sites: list[str]) -> dict[str, Counter]:
    """Per site (an outlet or URL host; "" for unknown, never counted), in how many of its
    documents each segment key occurs."""
    out: dict[str, Counter] = {}
    for item, site in zip(keys, sites):
        if site:
            out.setdefault(site, Counter()).update(item)
    return out


def clean_corpus(texts: list[str], overrides: list[list[tuple[str, str, str]]] | None = None) -> list[CleanResult]:
    """Clean several documents together, so repetition across them counts as evidence."""
    reset_memo()
    segmented = [segment(t) for t in texts]
    df = document_frequency(segmented)
    overrides = overrides or [[] for _ in texts]
    return [clean_text(t, df, len(texts), o, p) for t, o, p in zip(texts, overrides, segmented)]
