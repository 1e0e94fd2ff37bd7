"""Provenance: who retells whom (credited or not), common originals outside the corpus, and
which documents count once for corroboration.

:func:`provenance` gives one row per document (columns :data:`PROVENANCE_COLUMNS`):

- **credited**: the document credits an outlet (``data/attribution_phrases.csv``, or the
  ``credit`` field). If a corpus document is that outlet's, and publication order allows, it
  derives from it; otherwise from ``outside:<Outlet>``.
- **uncredited**: two documents share distinctive material (:func:`share_scores`: verbatim
  passages, containment, numbers with two or more significant digits, rare names and phrases)
  and one can be the other's origin: published first when both are dated (never against
  publication order), or, when undated (or dated the same day), it credits no one and reads as
  original while the other reads as a retelling, or it is a wire agency's copy
  (``data/wire_agencies.csv``) and the other is not (then a paraphrase, strong shared numbers and
  names with a short shared passage, is enough). Near-copies whose order is unknown are linked when
  their kinds differ (an aggregator reposts, it is not reposted) and the evidence says the direction
  is unknown; copies of one kind are grouped as below. One undated document lowers the confidence.
  Chinese texts are compared on character shingles (they have no spaces between words).
- **common_outside**: documents that share distinctive material with no corpus source
  between them retell a common original outside the corpus; it is named ``outside:<Outlet>``
  when any of them credits an outlet not in the corpus, else ``outside:unknown``; for near-copies
  the evidence says the direction is unknown (one copies the other, or both a common original).
- **independent_group**: documents linked by any of these (and documents credited to the same
  outside original) form one group; a group counts once for corroboration.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from helpers.core.numbers import readable

from helpers.compare.attribution import canonical, doc_credits, norm, wire_agencies
from helpers.compare.number_order import figure_sequences, translated
from helpers.compare.pairlinks import dated_before
from helpers.compare.sources import classify_sources, normalise_kind

#: how an original outside the corpus that no retelling names is labelled
UNNAMED = "an unnamed original"
PROVENANCE_COLUMNS = ["doc_id", "label", "derives_from", "derives_label", "relation", "confidence", "evidence",
                      "independent_group", "kind", "ai_generated", "also_credits"]
#: share score from which two documents are taken to retell the same material
SHARE_MIN = 0.5
#: a credit names a corpus document only if the two share this much (same outlet, other story: outside)
CREDIT_SHARE_MIN = 0.2
#: kinds that cannot be the origin of an uncredited derivation (they retell by nature)
RETELLING_KINDS = ("retelling", "aggregator", "blog", "social")
#: near-copies: this share of the shorter's shingles, or a shared passage this long (words)
COPY_CONTAINMENT, COPY_PASSAGE = 0.5, 40
#: a paraphrase of a wire agency's copy: material this strong (numbers, rare names) and a shared passage this long (words)
PARAPHRASE_MIN, PARAPHRASE_PASSAGE = 0.9, 5
#: which kind reads most like an origin when publication order is unknown (lower first)
ORIGIN_RANK = {"original": 0, "press_release": 0, "transcript": 0, "retelling": 1, "blog": 2, "other": 2,
               "aggregator": 3, "social": 3}
#: Chinese text is compared on character shingles of this length (it has no spaces between words)
CJK_SHINGLE = 8


@dataclass
class Link:
    """A candidate source for one document."""

    source: str
    relation: str
    confidence: float
    evidence: str
    mates: tuple[str, ...] = field(default=())  # an unnamed common original: the other retellings


def _sig_digits(value: str) -> int:
    try:
        x = abs(float(value))
    except ValueError:
        return 0
    if not math.isfinite(x) or x == 0:
        return 0
    digits = f"{x:.6g}".replace(".", "").lstrip("0").split("e")[0]
    return len(digits.rstrip("0")) or 1


_NAME_RX = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b|\b[A-Z]{2,6}\b")
_NUMBER_RX = re.compile(r"\d")


def _names(text: str) -> set[str]:
    """Capitalised words that are not the first of a sentence (names, as a reader would spot them)."""
    out = set()
    for m in _NAME_RX.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        if m.start() > 0 and not re.search(r"(?:[.!?:;\n\"“(]\s?|^\s?)$", before):
            out.add(m.group(0))
    return out


#: a name or number is distinctive when at most this many documents use it (or a quarter of the corpus)
RARE_DOCS = 3


def rare_items(docs: pd.DataFrame, entities: pd.DataFrame | None, claims: pd.DataFrame | None
               ) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]:
    """Per doc_id: its distinctive names (gazetteer entities and capitalised words) and numbers
    (claim values, any subject), those used by at most ``max(RARE_DOCS, n / 4)`` documents;
    and how many documents use each of them."""
    limit = max(RARE_DOCS, len(docs) // 4)
    lower: set[str] = set()  # words also written in lower case are words, not names ("Data", "Push")
    for text in docs["clean_text"]:
        lower.update(re.findall(r"\b[a-z]{2,}\b", text))
    name_docs: dict[str, set[str]] = {}
    for d, text in zip(docs["doc_id"], docs["clean_text"]):
        for n in _names(text):
            if n.lower() not in lower:
                name_docs.setdefault(n, set()).add(d)
    if entities is not None and len(entities):
        for d, n in zip(entities["doc_id"], entities["canonical"]):
            name_docs.setdefault(str(n), set()).add(d)
    num_docs: dict[str, set[str]] = {}
    if claims is not None and len(claims):
        for d, v in zip(claims["doc_id"], claims["value"]):
            if isinstance(v, (int, float)) and math.isfinite(v):
                num_docs.setdefault(f"{v:g}", set()).add(d)
    out: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
    df: dict[str, int] = {}
    for table, found in zip(out, (name_docs, num_docs)):
        for key, ds in found.items():
            if 2 <= len(ds) <= limit:
                df[key] = len(ds)
                for d in ds:
                    table.setdefault(d, set()).add(key)
    return out[0], out[1], df


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]+")


def _cjk_shingles(text: str) -> frozenset[str]:
    """Character shingles of a mostly Chinese text (spaces and punctuation dropped); empty otherwise."""
    s = _NOT_CJK.sub("", text)
    if sum("\u4e00" <= c <= "\u9fff" for c in s) < max(50, len(s) // 2):
        return frozenset()
    return frozenset(s[i:i + CJK_SHINGLE] for i in range(len(s) - CJK_SHINGLE + 1))


def _containment(shingles: dict[str, frozenset[str]], a: str, b: str) -> float:
    """Share of the smaller Chinese shingle set found in the other (0.0 unless both are Chinese)."""
    x, y = shingles.get(a, frozenset()), shingles.get(b, frozenset())
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def share_scores(pairs: pd.DataFrame, docs: pd.DataFrame | None = None, entities: pd.DataFrame | None = None,
                 claims: pd.DataFrame | None = None) -> dict[frozenset[str], tuple]:
    """Per pair of doc_ids: (score 0-1 of the distinctive material they share, what it is,
    the larger containment, words in the longest shared passage, whether they share a
    precise number and a name that at most ``RARE_DOCS`` documents use, the score before requiring
    two kinds, whether they are in two languages with their figures in one order: :mod:`number_order`).

    A score counts only when at least two kinds of evidence agree (numbers and names, say):
    one shared figure or one shared phrase alone is common between independent reports."""
    names, numbers, df = rare_items(docs, entities, claims) if docs is not None else ({}, {}, {})
    cjk = {d: _cjk_shingles(t) for d, t in zip(docs["doc_id"], docs["clean_text"])} if docs is not None else {}
    lang = dict(zip(docs["doc_id"], docs["languages"].map(_first_language))) if docs is not None and "languages" in docs else {}
    seqs = figure_sequences(claims)
    empty: set[str] = set()
    out = {}
    for p in pairs.itertuples(index=False):
        key = frozenset((p.doc_a, p.doc_b))
        shared = [c.rsplit("=", 1)[-1] for c in p.shared_claims.split("; ")] if isinstance(p.shared_claims, str) else []
        nums = sorted(set(shared) | (numbers.get(p.doc_a, empty) & numbers.get(p.doc_b, empty)))
        phrases = p.shared_phrases.split("; ") if isinstance(p.shared_phrases, str) else []
        cont = max(float(p.containment_a_in_b), float(p.containment_b_in_a), _containment(cjk, p.doc_a, p.doc_b))
        longest = len(p.longest_passage.split()) if isinstance(p.longest_passage, str) else 0
        rare = sorted(names.get(p.doc_a, empty) & names.get(p.doc_b, empty))
        digits = [_sig_digits(n) for n in nums]
        two = lang.get(p.doc_a) and lang.get(p.doc_b) and lang.get(p.doc_a) != lang.get(p.doc_b)
        order = translated(seqs.get(p.doc_a, []), seqs.get(p.doc_b, [])) if two and rare else 0  # (figures alone,
        # in a fact sheet's usual order, are two reports of one event; a name few others use must be shared too)
        parts = {
            "numbers": min(0.6, sum(0.3 if g >= 3 else 0.2 if g == 2 else 0.05 for g in digits)),
            "passages": min(0.4, 0.1 * int(p.shared_passages)) + (0.1 if longest >= 10 else 0.0),
            "containment": min(0.4, 2 * cont) if cont >= 0.02 else 0.0,
            "phrases": min(0.15, 0.03 * len(phrases)),
            "names": min(0.3, 0.1 * len(rare)),
            "order": 0.3 if order else 0.0,
        }
        why = []
        if nums:
            why.append("same numbers: " + ", ".join(readable(n) for n in nums[:4]))
        if parts["passages"]:
            why.append(f"{int(p.shared_passages)} shared passage(s), e.g. “{p.longest_passage}”")
        if parts["containment"]:
            why.append(f"{cont:.0%} of the shorter's 5-word shingles shared")
        if rare:
            why.append("names few others use: " + ", ".join(rare[:4]))
        if phrases:
            why.append("rare phrases: " + ", ".join(phrases[:3]))
        if order:
            why.append(f"the same {order} figures in the same order, in two languages (a translation, or a common original)")
        kinds = sum(v > 0.05 for v in parts.values())
        raw = round(min(1.0, sum(parts.values())), 2)
        exclusive = any(df.get(n, 99) <= RARE_DOCS and _sig_digits(n) >= 3 for n in nums) \
            and any(df.get(n, 99) <= RARE_DOCS for n in rare)
        out[key] = (raw if kinds >= 2 else 0.0, "; ".join(why), cont, longest, exclusive, raw, bool(order))
    return out


def _first_language(x: object) -> str:
    """A page's first language code ("fr" of "fr;en"), "" when unknown."""
    return str(x).replace(",", ";").split(";")[0].strip().lower()[:2] if isinstance(x, str) and x else ""


def _order_factor(a: object, b: object) -> float | None:
    """1.0 if ``a`` is dated on or before ``b``, 0.85 if either is undated, None if against order."""
    first = dated_before(a, b)
    if first is None:
        return 0.85
    return 1.0 if first else None


def _credited(d: str, creds: dict, outlets: dict[str, list[str]], meta: dict, share: dict) -> Link | None:
    """The corpus document (or outside outlet) ``d`` credits, if publication order allows."""
    inside, outside = [], []
    for name, phrase, _ in creds[d]:
        srcs = [s for s in outlets.get(norm(name), []) if s != d and meta[s]["okey"] != meta[d]["okey"]
                and share.get(frozenset((s, d)), (0,) * 6)[5] >= CREDIT_SHARE_MIN]
        if not srcs:
            outside.append((name, phrase))
        for s in srcs:
            f = _order_factor(meta[s]["published"], meta[d]["published"])
            if f is not None:
                inside.append((-share.get(frozenset((s, d)), (0.0,))[0], meta[s]["pos"], s, f, phrase))
    if inside:
        _, _, s, f, phrase = min(inside)
        extra = share.get(frozenset((s, d)), (0, ""))[1]
        return Link(s, "credited", round(0.9 * f, 2), f"credits {meta[s]['label']} (“{phrase}”)"
                    + (f"; {extra}" if extra else ""))
    if outside:
        counts: dict[str, int] = {}
        for name, _ in outside:
            counts[name] = counts.get(name, 0) + 1
        name = min(counts, key=lambda n: (-counts[n], n))
        phrase = next(p for n, p in outside if n == name)
        return Link(f"outside:{name}", "credited", 0.8, f"credits {name}, not in the corpus (“{phrase}”)")
    return None


def _can_originate(s: str, meta: dict, creds: dict) -> bool:
    return not creds[s] and meta[s]["kind"] not in RETELLING_KINDS


def _textual(cont: float, longest: int) -> bool:
    """Shared wording, not only shared facts: 10% of 5-word shingles, or a passage of 10+ words."""
    return cont >= 0.1 or longest >= 10


def _copy(cont: float, longest: int) -> bool:
    """Near-copies (syndicated or reposted text): most shingles shared, or a long verbatim passage."""
    return cont >= COPY_CONTAINMENT or longest >= COPY_PASSAGE


def _undated_origin(s: str, d: str, meta: dict, creds: dict, cont: float, longest: int) -> tuple[bool, str]:
    """With publication order unknown (undated, or the same day): whether ``s`` is taken as ``d``'s origin, and why.

    Near-copies are linked when their kinds differ (original before retelling before aggregator: an
    aggregator reposts, it is not reposted), and the evidence says the order is unknown; copies of one
    kind are left to :func:`_common_outside` (both may copy a common original). Other pairs need ``s``
    to read as original and ``d`` not, or ``s`` to be a wire agency's copy and ``d`` not."""
    ks, kd = meta[s]["kind"], meta[d]["kind"]
    if _copy(cont, longest):
        ok = ORIGIN_RANK.get(ks, 2) < ORIGIN_RANK.get(kd, 2)
        return ok, (f"near-copies, publication order unknown: direction unknown ({meta[s]['label']} reads as {ks}, "
                    f"{meta[d]['label']} as {kd}); they count once")
    if meta[s]["wire"] and not meta[d]["wire"]:
        return True, f"{meta[s]['label']} is a wire agency's copy, {meta[d]['label']} is not; publication order unknown"
    ok = _can_originate(s, meta, creds) and ks == "original" and kd != "original"
    return ok, f"{meta[s]['label']} reads as {ks}, {meta[d]['label']} as {kd}; publication order unknown"


def _uncredited(d: str, share: dict, meta: dict, creds: dict, near: dict[str, list[frozenset[str]]]) -> Link | None:
    """The corpus document ``d`` most likely retells without credit (see the module docstring);
    ``near`` lists, per document, its pairs in ``share``."""
    best: Link | None = None
    for key in near.get(d, []):
        score, why, cont, longest, _, raw, _ = share[key]
        (s,) = key - {d}
        paraphrase = meta[s]["wire"] and raw >= PARAPHRASE_MIN and longest >= PARAPHRASE_PASSAGE
        if score < SHARE_MIN or not (_textual(cont, longest) or paraphrase):
            continue  # (figures in one order across languages say a common original, not which way: below)
        first = dated_before(meta[s]["published"], meta[d]["published"])
        reverse = dated_before(meta[d]["published"], meta[s]["published"])
        if first is False:  # s published after d: never its source
            continue
        own = meta[d]["okey"]
        if own and any(norm(name) == own for name, _, _ in creds[s]):
            continue  # s credits d's outlet: it retells d, whatever the dates say
        if first and not reverse:  # both dated, s strictly first
            ok, factor = True, 1.0
            order = f"{meta[s]['label']} published first ({meta[s]['published']} < {meta[d]['published']})"
        else:  # undated (or same day): kinds, agencies or copying must say who is the origin
            ok, order = _undated_origin(s, d, meta, creds, cont, longest)
            factor = 0.85 if first is None or _copy(cont, longest) else 1.0
        if not ok:
            continue
        link = Link(s, "uncredited", round(min(0.85, 0.3 + score) * factor, 2), f"{why}; {order}")
        if best is None or (link.confidence, -meta[s]["pos"]) > (best.confidence, -meta[best.source]["pos"]):
            best = link
    return best


class _Union:
    """Union-find over names (documents and ``outside:`` originals); the smallest key leads."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _common_outside(links: dict[str, Link | None], share: dict, meta: dict, creds: dict, order: list[str]) -> None:
    """Documents without a corpus source that share distinctive material retell a common outside original."""
    free = {d for d in order if links[d] is None or links[d].source.startswith("outside:")}
    u, strength = _Union(), {}
    for key, (score, why, cont, longest, exclusive, _, translation) in sorted(share.items(), key=lambda kv: sorted(kv[0])):
        a, b = sorted(key)
        if score < SHARE_MIN or a not in free or b not in free:
            continue
        retellings = "original" not in (meta[a]["kind"], meta[b]["kind"])
        if not (_textual(cont, longest) or translation or (retellings and exclusive)):
            continue  # facts alone: reports of one public event share its numbers and names
        if _can_originate(a, meta, creds) and _can_originate(b, meta, creds) and "original" in (
                meta[a]["kind"], meta[b]["kind"]) and not translation:
            continue  # two pieces of original reporting on the same facts are independent (not one translated)
        u.union(a, b)
        for x, y in ((a, b), (b, a)):
            if score > strength.get(x, (0.0, ""))[0]:
                copy = "near-copy of" if _copy(cont, longest) else "shares with"
                strength[x] = (score, f"{copy} {meta[y]['label']}: {why}")
    clusters: dict[str, list[str]] = {}
    for d in order:
        if d in strength:
            clusters.setdefault(u.find(d), []).append(d)
    for members in clusters.values():
        named = [links[m].source for m in members if links[m] is not None]
        name = min(set(named), key=lambda n: (-named.count(n), n)) if named else "outside:unknown"
        for m in members:
            if links[m] is None:
                score, why = strength[m]
                tail = ("; direction unknown: one copies the other or both copy a common original"
                        if why.startswith("near-copy") else "; no corpus source credited between them")
                links[m] = Link(name, "common_outside", round(min(0.8, score), 2), why + tail, tuple(members))


def provenance(docs: pd.DataFrame, pairs: pd.DataFrame, entities: pd.DataFrame | None = None,
               types: pd.DataFrame | None = None, claims: pd.DataFrame | None = None,
               creds: dict[str, list[tuple[str, str, int]]] | None = None) -> pd.DataFrame:
    """One row per document: its source, the relation, confidence, evidence, independent group,
    kind and whether it says it is AI-generated (see the module docstring). ``creds``: the
    :func:`~helpers.compare.attribution.doc_credits` of ``docs`` when already computed."""
    types = classify_sources(docs) if types is None else types
    kinds = dict(zip(types["doc_id"], types["kind_inferred"]))
    ai = dict(zip(types["doc_id"], types["ai_generated"]))
    order = list(docs["doc_id"])
    meta = {d: {"label": lab, "outlet": o, "published": p if isinstance(p, str) and p else None, "pos": i,
                "kind": normalise_kind(k) or kinds.get(d, "other"),  # the manifest's kind, a user's word, first
                "declared": bool(normalise_kind(k))}
            for i, (d, lab, o, p, k) in enumerate(zip(order, docs["label"], docs["outlet"], docs["published"], docs["kind"]))}
    for m in meta.values():
        m["okey"] = norm(canonical(m["outlet"])) if isinstance(m["outlet"], str) and m["outlet"] else None
        m["wire"] = m["okey"] in wire_agencies()
    outlets: dict[str, list[str]] = {}
    for d in order:
        if isinstance(meta[d]["outlet"], str) and meta[d]["outlet"]:
            outlets.setdefault(norm(canonical(meta[d]["outlet"])), []).append(d)
    creds = doc_credits(docs) if creds is None else creds
    share = share_scores(pairs, docs, entities, claims)
    near: dict[str, list[frozenset[str]]] = {}
    for key in share:
        for d in sorted(key):
            near.setdefault(d, []).append(key)
    mine = {d: _sharing_outlets(d, outlets, near, meta) for d in order}
    links: dict[str, Link | None] = {}
    for d in order:
        link = _credited(d, creds, mine[d], meta, share)
        if link is None:
            link = _uncredited(d, share, meta, creds, near)
        elif link.source.startswith("outside:"):  # credits an outside original: only a copy overrides that
            copy = _uncredited(d, share, meta, creds, near)
            link = copy or link
        links[d] = link
    _common_outside(links, share, meta, creds, order)
    also = {d: _also_credits(d, creds, mine[d], meta, links[d], share) for d in order}
    return _table(docs, links, meta, ai, order, also)


def _sharing_outlets(d: str, outlets: dict[str, list[str]], near: dict[str, list[frozenset[str]]],
                     meta: dict) -> dict[str, list[str]]:
    """``outlets`` (outlet key -> its documents in corpus order) cut to the documents that share a scored
    pair with ``d``: a credited source needs a share score of ``CREDIT_SHARE_MIN`` (> 0), so no other
    can be one, and scanning every document of a large outlet for each credit was quadratic."""
    if CREDIT_SHARE_MIN <= 0:
        return outlets
    out: dict[str, list[str]] = {}
    for s in sorted({x for key in near.get(d, []) for x in key if x != d}, key=lambda x: meta[x]["pos"]):
        if meta[s]["okey"] in outlets:
            out.setdefault(meta[s]["okey"], []).append(s)
    return out


def _also_credits(d: str, creds: dict, outlets: dict[str, list[str]], meta: dict, link: Link | None,
                  share: dict) -> str:
    """Every other source ``d`` credits (a corpus doc_id it may derive from, or outside:<Outlet>), ";"-joined."""
    out = []
    for name, _, _ in creds[d]:
        srcs = [s for s in outlets.get(norm(name), []) if s != d
                and _order_factor(meta[s]["published"], meta[d]["published"]) is not None
                and share.get(frozenset((s, d)), (0,) * 6)[5] >= CREDIT_SHARE_MIN]
        src = srcs[0] if srcs else f"outside:{name}"
        if src not in out and (link is None or src != link.source):
            out.append(src)
    return ";".join(out)


def _table(docs: pd.DataFrame, links: dict[str, Link | None], meta: dict, ai: dict, order: list[str],
           also: dict[str, str]) -> pd.DataFrame:
    """The provenance rows, with independent groups from the links."""
    u = _Union()
    for d in order:
        u.find(d)
        link = links[d]
        if link is not None:
            for other in (link.mates if link.source == "outside:unknown" else (link.source,)):
                u.union(d, other)
    first = {}
    for d in sorted(order, key=lambda x: (meta[x]["published"] is None, meta[x]["published"] or "", meta[x]["pos"])):
        root = u.find(d)
        first.setdefault(root, d)
    outside: dict[str, str] = {}  # root -> its first outside original (once, not per document)
    for x in sorted(u.parent):
        if x.startswith("outside:") and x != "outside:unknown":
            outside.setdefault(u.find(x), x)
    rows = []
    for d in order:
        root = u.find(d)
        group = outside.get(root) or first[root]
        link = links[d]
        kind = meta[d]["kind"]
        if link is not None and kind in ("other", "original") and not meta[d]["declared"]:
            kind = "retelling"  # (a kind the manifest declares stays; the link and its evidence say the rest)
        src = link.source if link else ""
        rows.append({"doc_id": d, "label": meta[d]["label"], "derives_from": src,
                     "derives_label": meta[src]["label"] if src in meta else UNNAMED if src == "outside:unknown"
                     else src.removeprefix("outside:"),
                     "relation": link.relation if link else "none", "confidence": link.confidence if link else 0.0,
                     "evidence": link.evidence if link else "no source found", "independent_group": group,
                     "kind": kind, "ai_generated": bool(ai.get(d, False)), "also_credits": also[d]})
    return pd.DataFrame(rows, columns=PROVENANCE_COLUMNS)



def provenance_links(prov: pd.DataFrame) -> pd.DataFrame:
    """The provenance table as one row per (document, source) link: its ``derives_from`` (``primary``)
    and every further source in ``also_credits`` (relation ``credited``). A page can derive from several
    sources (a wire story and the journal it cites); this is the view to count or draw them."""
    rows = []
    for r in prov.itertuples(index=False):
        if r.derives_from:
            rows.append((r.doc_id, r.derives_from, r.relation, float(r.confidence), True))
        for src in str(getattr(r, "also_credits", "") or "").split(";"):
            if src and src != r.derives_from:
                rows.append((r.doc_id, src, "credited", float(r.confidence), False))
    return pd.DataFrame(rows, columns=["doc_id", "source", "relation", "confidence", "primary"])
