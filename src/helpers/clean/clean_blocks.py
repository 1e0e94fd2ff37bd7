"""Runs of short lines in a page: navigation and link lists, tables kept, captions, related blocks.

Split from :mod:`helpers.clean.clean_steps` (one concern: blocks of short pieces); the steps are
called from :mod:`helpers.clean.cleaner` in the same order as before.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from helpers.clean.clean_segment import _SENT_END, Piece

if TYPE_CHECKING:
    from helpers.clean.clean_steps import Page

_DIGIT = re.compile(r"\d")


def link_runs(page: Page) -> None:
    """Plain text only: glued runs of three or more short pieces, and blocks of four or more
    short title-case lines, are navigation (in HTML the links themselves are seen)."""
    if page.html:
        return
    pieces, i, n = page.pieces, 0, len(page.pieces)
    while i < n:
        j = i + 1
        while j < n and pieces[j].joint == "glue" and pieces[j].line == pieces[i].line:
            j += 1
        run = pieces[i:j]
        if len(run) >= 3 and sum(p.label != "good" for p in run) >= 3:
            for p in run:
                if p.label != "good" and not p.reason:
                    p.label, p.reason = "bad", "link run"
        i = j
    block: list[Piece] = []
    for p in [*pieces, None]:
        if p is not None and p.joint == "line" and p.label == "neutral" and not p.reason \
                and p.size <= 4 and not _SENT_END.search(p.text):
            block.append(p)
            continue
        if len(block) >= 4 and not _data_rows(block):
            for q in block:
                q.label, q.reason = "bad", "link list"
        block = []


def _data_rows(block: list[Piece]) -> bool:
    """Short lines that are a table or a list of figures, not links: most of them are pipe-table
    cells ("| Total Parameters |") or hold a number ("1.04 Trillion |")."""
    cells = sum(p.text.strip().startswith("|") or p.text.strip().endswith("|") for p in block)
    figures = sum(bool(_DIGIT.search(p.text)) for p in block)
    return 2 * cells >= len(block) or 2 * figures >= len(block)


#: a credit that names a picture (not a bare agency, which also closes wire paragraphs: "... (Reuters)")
_PICTURE_CREDIT = re.compile(r"圖|图|攝|摄|照|photo|image|getty|\S\s*[/／]\s*\S", re.I)
#: a line this short that ends with a picture credit is a caption
CAPTION_CHARS = 140


def captions_before_credits(page: Page) -> None:
    """A short line that ends with a picture credit is a caption: the text before the credit goes
    with it ("▲大陸AI晶片研發大廠寒武紀。（圖／CFP）", "… first customer. (AFP file photo)")."""
    pieces = page.pieces
    for i, p in enumerate(pieces):
        if p.reason != "credit" or not _PICTURE_CREDIT.search(p.text):
            continue
        if i + 1 < len(pieces) and pieces[i + 1].line == p.line:
            continue  # not the end of its line
        j = i
        while j > 0 and pieces[j - 1].line == p.line:
            j -= 1
        if j < i and p.end - pieces[j].start <= CAPTION_CHARS:
            for q in pieces[j:i]:
                if q.label != "bad":
                    q.label, q.reason, q.soft = "bad", "caption", True


def related_blocks(page: Page) -> None:
    """After a related-content heading found by the text rules, short teasers go too, up to the
    next long paragraph."""
    pieces = page.pieces
    for i, p in enumerate(pieces):
        if p.terminator and not p.reason.startswith("html:"):
            for q in pieces[i + 1:]:
                if q.label == "good" and q.size >= 25:
                    break
                if q.label != "bad":
                    q.label, q.reason = "bad", "related block"
