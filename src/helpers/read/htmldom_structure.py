"""Judging a page's blocks once it is read: which stretches of text are page furniture.

:mod:`helpers.read.htmldom` reads the page into blocks (runs of text between block
boundaries) and elements (the open HTML elements with a furniture reason, their parents and
the letters they hold); :func:`structure` turns them into the base spans and reasons of
:attr:`HtmlText.structure <helpers.read.htmldom.HtmlText.structure>`.
"""
from __future__ import annotations

#: share of a block's letters inside links above which the block is navigation
LINK_DENSITY = 0.6
#: letters that make a block paragraph-like (for the share of the page's prose an element holds)
PROSE_LETTERS = 80
#: the article's element holds at least this share of the page's prose (see _inside_container)
CONTAINER_SHARE = 0.75
#: below this many prose letters a page is not split into inside and outside its article
MIN_PROSE = 400
#: an element holding more than this share of the page's text, or of its prose, is the page, not furniture
WRAPPER_SHARE = 0.5
HIDDEN = "hidden element"


class Elements:
    """The elements a page opened, by number: why each is furniture (or ``None``), its
    parent's number (-1: none), and the numbers of those known to hold the article."""

    __slots__ = ("reasons", "parents", "held")

    def __init__(self) -> None:
        self.reasons: list[str | None] = []
        self.parents: list[int] = []
        self.held: set[int] = set()


def structure(blocks: list[tuple], elements: Elements, n: int) -> list[tuple[int, int, str]]:
    """Base spans ``(start, end, reason)`` of furniture, from the blocks
    ``(base start, base end, hints, letters, link letters, owner element, in title)`` and the
    elements; ``n`` is the length of the text."""
    reasons, parents = elements.reasons, elements.parents
    chars, prose_of = [0] * len(reasons), [0] * len(reasons)
    total = sum(b[3] for b in blocks) or 1
    prose_total = 0
    prose_letters = []
    for b in blocks:
        letters, hints = b[3], b[2]
        hidden = False
        for k in hints:
            if reasons[k] == HIDDEN:
                hidden = True
                break
        prose = letters if letters >= PROSE_LETTERS and b[4] < 0.3 * letters and not hidden else 0
        prose_letters.append(prose)
        prose_total += prose
        for k in hints:
            chars[k] += letters
            prose_of[k] += prose
    inside, container = _inside_container(blocks, prose_letters, parents, prose_total)
    holds = _holders(elements, chars, prose_of, container, total, prose_total)
    out: list[tuple[int, int, str]] = []
    for b, within in zip(blocks, inside):
        start, end, hints, letters, link_letters = b[0], min(b[1], n), b[2], b[3], b[4]
        if end <= start or not letters or b[6]:
            continue
        reason = next((reasons[k] for k in hints if not holds[k]), None)
        if reason is None and not within:
            reason = "outside the article element"
        if reason is None and link_letters >= LINK_DENSITY * letters:
            reason = "link-dense block"
        if reason:
            if out and out[-1][2] == reason and out[-1][1] >= start - 1:
                out[-1] = (out[-1][0], end, reason)
            else:
                out.append((start, end, reason))
    return out


def _holders(elements: Elements, chars: list[int], prose: list[int], container: int, total: int,
             prose_total: int) -> list[bool]:
    """For each element, whether it holds the article (never furniture): those marked while
    reading, the article's element and its ancestors, and furniture-classed elements holding
    most of the page (inside the article's element); never a hidden one."""
    reasons, parents = elements.reasons, elements.parents
    holds = [False] * len(reasons)
    for k in elements.held:
        holds[k] = True
    if container >= 0:  # furniture classes on the article's element or its ancestors wrap the article
        k = container
        while k >= 0:
            holds[k] = True
            k = parents[k]
    chars_limit, prose_limit = WRAPPER_SHARE * total, WRAPPER_SHARE * max(prose_total, 1)
    for k, reason in enumerate(reasons):
        if reason and (chars[k] > chars_limit or prose[k] > prose_limit) \
                and (container < 0 or _descends(parents, k, container)):
            holds[k] = True
    for k, reason in enumerate(reasons):
        if reason == HIDDEN:  # never shown, never the article
            holds[k] = False
    return holds


def _descends(parents: list[int], k: int, ancestor: int) -> bool:
    """Whether element ``k`` is ``ancestor`` or inside it."""
    while k >= 0:
        if k == ancestor:
            return True
        k = parents[k]
    return False


def _inside_container(blocks: list[tuple], prose_letters: list[int], parents: list[int], prose_total: int
                      ) -> tuple[list[bool], int]:
    """For each block, whether it lies inside the article's element: the deepest element
    holding at least ``CONTAINER_SHARE`` of the page's prose (all blocks when there is
    too little prose to tell); and that element's number (-1: none)."""
    if prose_total < MIN_PROSE:
        return [True] * len(blocks), -1
    held = [0] * len(parents)
    for b, prose in zip(blocks, prose_letters):
        if prose:
            k = b[5]
            while k >= 0:
                held[k] += prose
                k = parents[k]
    limit = CONTAINER_SHARE * prose_total
    qualifying = [k for k, v in enumerate(held) if v >= limit]
    if not qualifying:
        return [True] * len(blocks), -1
    container = max(qualifying)
    return [_descends(parents, b[5], container) for b in blocks], container
