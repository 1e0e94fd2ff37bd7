"""Quoted passages for the brief: whole sentences, one note per passage, reused wherever cited.

:class:`Citations` turns a span of a document into the sentence holding it (never cut at
"U.S.", "Dr." or "No.": see ``data/abbreviations.csv``), numbers each distinct passage once and
returns a superscript link to it. :meth:`Citations.blocks` lists the passages at the end of the
brief, each with its source, exact words, file and raw line. :func:`check_citations` reads them
back from ``brief.md`` and checks each against the source (white space normalised);
:func:`verify_citations` raises :class:`CitationError` naming every quote it cannot trace.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pandas as pd

from helpers.present import brief_ast as A
from helpers.clean.corpus import offset_map, row_offset_map as offset_map_of
from helpers.extract.sentences import abbreviations

#: a quoted passage longer than this is cut to a window around the cited words (marked with …)
MAX_QUOTE = 320
#: how far before a span its sentence's start is looked for (well over ``MAX_QUOTE``)
SCAN_BACK = 2000
_END = re.compile(r"[.!?](?:[\"'”’)\]]*)(?=\s)|[。！？](?:[”’」』）]*)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


class CitationError(ValueError):
    """A quote in the brief that cannot be found in the source it cites."""


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """Does the terminator match ``m`` end a sentence (not an abbreviation, initial or decimal)?"""
    if text[m.start()] != ".":
        return True
    word = re.search(r"(\S+)$", text[max(0, m.start() - 64):m.start() + 1])  # a bounded look back
    token = word.group(1).lstrip("(\"'“‘[") if word else ""
    if token.lower() in abbreviations():
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+", token):  # initials: "J.", "U.S.A."
        return False
    nxt = text[m.end():m.end() + 3].lstrip()
    return not (nxt[:1].islower())  # "approx. 40", "etc. and": a lower-case word continues the sentence


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (within one line) of ``text`` holding ``[start, end)``.

    Sentence ends are looked for at most ``SCAN_BACK`` characters before ``start``: a longer
    sentence is cut by :func:`_window` anyway, and a page of one long line stays linear."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    s, e = max(line_start, start - SCAN_BACK), line_end
    for m in _END.finditer(text, s, line_end):
        if not _is_boundary(text, m):
            continue
        if m.end() <= start:
            s = m.end()
        elif m.end() >= end:
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s <= start and e >= end else (start, end)


def _window(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int, bool, bool]:
    """Cut a long sentence ``[s, e)`` to about ``MAX_QUOTE`` characters around ``[start, end)``,
    at word boundaries; also say whether text was left out before and after."""
    if e - s <= MAX_QUOTE:
        return s, e, False, False
    mid = (start + end) // 2
    lo, hi = max(s, mid - MAX_QUOTE // 2), min(e, mid + MAX_QUOTE // 2)
    lo, hi = min(lo, start), max(hi, end)
    while lo > s and lo < start and not text[lo - 1].isspace():
        lo += 1
    while hi < e and hi > end and not text[hi].isspace():
        hi -= 1
    return lo, hi, lo > s, hi < e


@dataclass
class Passage:
    """One quoted passage: its number, source and exact words."""

    number: int
    doc_id: str
    label: str
    path: str
    line: int
    quote: str
    furniture: bool
    cut_before: bool
    cut_after: bool
    gloss: str = ""


class Citations:
    """Numbered passages, one per distinct (document, span)."""

    def __init__(self, docs: pd.DataFrame) -> None:
        self.docs = docs.set_index("doc_id", drop=False)
        self.passages: list[Passage] = []
        self.keys: dict[tuple[str, int, int], int] = {}

    def _marker(self, n: int) -> A.Node:
        return A.sup(A.link(f"#q{n}", str(n)))

    def quote(self, doc_id: str, start: int, end: int, gloss: str = "") -> A.Node:
        """Marker for the sentence of the clean text holding ``[start, end)``."""
        text = self.docs.loc[doc_id, "clean_text"]
        if "\n" in text[start:end]:  # a multi-line span (a date on its own line): its longest line
            lines = text[start:end].split("\n")
            best = max(range(len(lines)), key=lambda i: len(lines[i]))
            start += sum(len(x) + 1 for x in lines[:best])
            end = start + len(lines[best])
        s, e = sentence_at(text, start, end)
        s, e, before, after = _window(text, s, e, start, end)
        key = (doc_id, s, e)
        if key not in self.keys:
            om = offset_map(self.docs, doc_id)
            line = om.position(om.to_raw(s)).line
            gloss = gloss if _CJK.search(text[s:e]) or _foreign(self.docs.loc[doc_id]) else ""
            self.keys[key] = self._add(doc_id, line, text[s:e], False, before, after, gloss)
        return self._marker(self.keys[key])

    def raw(self, doc_id: str, raw_start: int, raw_end: int) -> A.Node:
        """Marker for a raw-text span that is not in the clean text (page furniture, e.g. a dateline)."""
        key = (doc_id, -raw_start - 1, -raw_end - 1)
        if key not in self.keys:
            doc = self.docs.loc[doc_id]
            line = offset_map(self.docs, doc_id).position(raw_start).line
            text = " ".join(doc["raw_text"][raw_start:raw_end].split())
            self.keys[key] = self._add(doc_id, line, text, True, False, False, "")
        return self._marker(self.keys[key])

    def claim(self, row, gloss: str = "") -> A.Node:
        """Marker for a claim: the whole sentence its number sits in."""
        return self.quote(row["doc_id"], int(row["start"]), int(row["end"]), gloss)

    def _add(self, doc_id: str, line: int, text: str, furniture: bool, before: bool, after: bool,
             gloss: str) -> int:
        doc = self.docs.loc[doc_id]
        n = len(self.passages) + 1
        self.passages.append(Passage(n, doc_id, doc["label"], doc["path"], line, text, furniture, before, after,
                                     gloss))
        return n

    def blocks(self) -> list[A.Node]:
        """One block per passage, in number order, each with an id the markers link to."""
        out = []
        for p in self.passages:
            parts: list = [A.span("q-num", f"[{p.number}]"), " ", A.strong(A.span("q-label", p.label)), " — “"]
            parts += ["…" if p.cut_before else "", A.span("q-text", p.quote), "…" if p.cut_after else "", "”"]
            if p.gloss:
                parts += [" (", A.span("q-gloss", p.gloss), ")"]
            if p.furniture:
                parts += [" ", A.span("q-furniture", "(page furniture)")]
            parts += [" — ", A.span("q-path", p.path), ", line ", A.span("q-line", str(p.line)), "."]
            out.append(A.div(f"q{p.number}", "quote", [A.para(*parts)]))
        return out


def _foreign(doc: pd.Series) -> bool:
    langs = doc.get("languages")
    return isinstance(langs, str) and bool(langs) and not langs.startswith("en")


# --------------------------------------------------------------------------- checking


def _norm(s: str) -> str:
    """White space runs as one space; control characters count as white space (the brief shows
    them as spaces, see :data:`brief_ast.CONTROL`)."""
    return " ".join(A.CONTROL.sub(" ", s).split())


_GAP = r"[\s\x00-\x08\x0b-\x1f\x7f\u2028\u2029]+"


def _begins_on(lines: list[str], line: int, quote: str) -> bool:
    """Does ``quote`` (normalised) begin on raw line ``line``, running on over the next lines if it is longer (a
    dateline of two short lines quoted as one passage)?"""
    first = _norm(lines[line - 1])
    window = _norm(" ".join(lines[line - 1:line + 3]))
    at = window.find(quote[:40])
    return bool(first) and 0 <= at < len(first)


def _starts_on_line(doc: pd.Series, quote: str, line: int) -> bool:
    """Does an occurrence of ``quote`` in the clean text start on raw line ``line``?

    Found through the offset map, so markup between the words of an HTML page (``<em>``,
    ``&amp;``, a link) or a decoded character reference does not hide the quote's line."""
    words = _norm(quote).split(" ")
    if not words or not words[0]:
        return False
    om = offset_map_of(doc)
    for m in re.finditer(_GAP.join(map(re.escape, words)), doc["clean_text"]):
        if om.position(om.to_raw(m.start())).line == line:
            return True
    return False


def parse_passages(md: str) -> pd.DataFrame:
    """The brief's quoted passages, read back from its Markdown by pandoc (escapes undone)."""
    from helpers.present.brief_render import pandoc_json

    tree = json.loads(pandoc_json(md))
    rows = []
    for node in A.walk(tree):  # a passage: a div (or, in Markdown, a span) with class "quote" and an id
        if node.get("t") not in ("Div", "Span") or "quote" not in node["c"][0][1] or not node["c"][0][0]:
            continue
        parts = {}
        for inner in A.walk(node["c"][1]):
            if inner.get("t") == "Span" and inner["c"][0][1]:
                parts[inner["c"][0][1][0]] = A.stringify(inner["c"][1])
        rows.append((node["c"][0][0], parts.get("q-label", ""), parts.get("q-text", ""), "q-furniture" in parts,
                     parts.get("q-path", ""), int(parts.get("q-line", "0") or 0)))
    return pd.DataFrame(rows, columns=["note", "label", "quote", "furniture", "path", "line"])


def check_citations(md: str, docs: pd.DataFrame, corpus_paths: bool = True) -> pd.DataFrame:
    """For every passage: is its quote in the cited document's clean text (raw text for page
    furniture), and does the cited raw line hold its start? White space is normalised."""
    # paths as the brief shows them: a file name holding a newline or a tab reads back with a space
    by_path = dict(zip(docs["path"], docs.to_dict("records")))
    shown: dict[str, str] = {}
    for path in docs["path"]:
        shown.setdefault(_norm(path), path)
    normed: dict[tuple[str, str], str] = {}
    raw_lines: dict[str, list[str]] = {}
    rows = []
    for f in parse_passages(md).itertuples():
        path = f.path if f.path in by_path else shown.get(_norm(f.path))
        if path is None:
            rows.append((f.note, f.label, f.path, f.line, False, False, f.quote))
            continue
        doc = by_path[path]
        quote = _norm(f.quote)
        key = (path, "raw_text" if f.furniture else "clean_text")
        if key not in normed:  # each document's text normalised and split once, not once per quote
            normed[key] = _norm(doc[key[1]])
        if path not in raw_lines:
            raw_lines[path] = doc["raw_text"].split("\n")
        in_text = quote in normed[key]
        lines = raw_lines[path]
        on_line = 1 <= f.line <= len(lines) and _begins_on(lines, f.line, quote)
        if in_text and not on_line and not f.furniture:
            on_line = _starts_on_line(doc, quote, f.line)
        rows.append((f.note, doc["label"], f.path, f.line, in_text, on_line, f.quote))
    return pd.DataFrame(rows, columns=["note", "label", "path", "line", "quote_in_text", "quote_on_line", "quote"])


def verify_citations(md: str, docs: pd.DataFrame) -> pd.DataFrame:
    """:func:`check_citations`, raising :class:`CitationError` that names every untraceable quote, and every passage
    noted twice (one note per file, line and words: a page that repeats a sentence on another line has two passages)."""
    cites = check_citations(md, docs)
    bad = cites[~(cites["quote_in_text"] & cites["quote_on_line"])]
    if len(bad):
        lines = [f"  [{r.note}] “{r.quote[:120]}” — {r.path}, line {r.line}: "
                 + ("not in the source's text" if not r.quote_in_text else "not on the cited line")
                 for r in bad.itertuples()]
        raise CitationError(f"{len(bad)} quoted passage(s) cannot be traced to their source:\n" + "\n".join(lines))
    twice = cites[cites.duplicated(["path", "line", "quote"], keep=False)]
    if len(twice):
        raise CitationError("one passage has several notes:\n" + "\n".join(
            f"  [{r.note}] “{r.quote[:120]}” — {r.path}, line {r.line}" for r in twice.itertuples()))
    return cites
