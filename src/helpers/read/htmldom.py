"""HTML -> text with every character's source position, and the page's structure as evidence.

:func:`html_text` runs the standard library's tokenizer (a real HTML tokenizer, not regexes)
and returns :class:`HtmlText`: the text with block elements on their own lines, for each of
its characters the index of the raw character it came from, and what the markup says about
each stretch of that text:

* **structure** -- base spans inside elements that hold page furniture, with a reason:
  ``nav``/``aside``/``footer``/``header``/``form``/``figcaption``/``button`` elements, ARIA
  landmark roles, ``class``/``id`` tokens such as ``related``, ``share``, ``comments``,
  ``newsletter``, ``cookie`` (all from ``data/html_structure.csv``), hidden elements, and
  blocks whose text is mostly link text. An element that holds the article (an ``<article>``
  or ``<main>`` inside it, or most of the page's text) is never furniture, whatever its class.
* **markup_losses** -- raw spans the markup swallowed without closing (an unclosed
  ``<script>``, ``<style>``, ``<svg>``...), which end at the end of the data and are reported.

Robustness: ``</head>`` may be omitted (HTML5): the first body element or text closes it; an
``<svg>``/``<math>`` is left when an HTML block element starts (the HTML5 "breakout" rule);
character references are decoded only when they are references (``AT&T``, ``R&D``, URL
queries and unknown names stay exactly as written, each character mapped to its own source).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

import numpy as np

from helpers.read.htmldom_rules import StructureRules, hint_reason, structure_rules  # noqa: F401

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "title tr ul caption button select".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg math head iframe object".split())
_HEAD_CONTENT = frozenset("title meta link style script noscript base template".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: HTML start tags that end foreign content (svg, math) in the HTML5 tree builder
_BREAKOUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li "
    "listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split()
)
_ARTICLE_TAGS = frozenset({"article", "main"})
_NON_SPACE = re.compile(r"\S+")
#: furniture elements tracked per block (the outermost decide; bounds the cost of deep nesting)
MAX_HINTS = 32
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


@dataclass
class _Element:
    tag: str
    reason: str | None
    start: int  # raw index of the start tag
    ancestors: tuple[int, ...]  # hinted ancestors' element numbers
    parent: int = -1
    chars: int = 0
    prose: int = 0  # letters in paragraph-like blocks (long, few links)
    holds_article: bool = False


@dataclass
class HtmlText:
    """What :func:`html_text` returns."""

    text: str
    where: np.ndarray  # for each character of text, the index of its raw character
    structure: list[tuple[int, int, str]] = field(default_factory=list)  # base (start, end, reason)
    markup_losses: list[tuple[int, int, str]] = field(default_factory=list)  # raw (start, end, what)
    #: metadata the markup states (<meta> tags, the first <time datetime>): field -> (value, what,
    #: raw start, raw end of the tag)
    meta: dict[str, tuple[str, str, int, int]] = field(default_factory=dict)


#: one token of HTML: a comment, a declaration or processing instruction, a tag (groups: "/",
#: name, attributes), a run of text, a character reference, or a lone "<" or "&"
_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|<[!?][^>]*>?|<(/?)([a-zA-Z][^\s/>]*)"
                    r"((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>|[^<&]+|&(#?)(\w+);?|[<&]", re.S)
_ATTR = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_RAW_TEXT = ("script", "style")


def _attr_value(value: str) -> str:
    return unescape(value) if "&" in value else value


class _TextExtractor:
    """HTML -> text with block boundaries as newlines, recording each char's source index and
    the furniture elements (see the module docstring) each block sits in."""

    def __init__(self, html: str) -> None:
        self._at = 0
        self.html = html
        self.line_starts = line_starts(html)
        self.rules = structure_rules()
        self.chars: list[str] = []
        self.where: list[int] = []
        self.open: list[tuple[str, int]] = []  # (tag, element number) of open elements
        self.elements: list[_Element] = []
        self.skip: list[tuple[str, int]] = []  # open skip elements: (tag, raw start)
        self.pre = 0
        self.links = 0
        self.in_title = False
        self.seen_title = False
        self.hints: tuple[int, ...] = ()
        #: [base start, base end, hints, letters, link letters, owner element, in title]
        self.blocks: list[list] = []
        self.meta: dict[str, tuple[str, str, int, int]] = {}
        self.articles = 0  # open <article> and <main> elements
        self.open_count: dict[str, int] = {}  # open elements by tag name
        self._block = [0, 0, (), 0, 0, -1, False]

    # ------------------------------------------------------------------ positions and blocks

    def _pos(self) -> int:
        return self._at

    def feed(self, html: str) -> None:
        """Tokenize with one regular expression, calling the handlers with exact positions."""
        pos, n, match = 0, len(html), _TOKEN.match
        while pos < n:
            m = match(html, pos)
            self._at = pos
            name = m.group(2)
            if name is not None:
                tag = name.lower()
                if m.group(1):
                    self.handle_endtag(tag)
                else:
                    raw = m.group(3)
                    attrs = [(a.group(1).lower(), _attr_value(a.group(2) or a.group(3) or a.group(4) or ""))
                             for a in _ATTR.finditer(raw)] if raw.strip() else []
                    if raw.rstrip().endswith("/"):
                        self.handle_startendtag(tag, attrs)
                    else:
                        self.handle_starttag(tag, attrs)
                        if tag in _RAW_TEXT:  # raw text up to its end tag, or to the end of the data
                            close = re.compile(rf"</{tag}\s*>", re.I).search(html, m.end())
                            if close is None:
                                return
                            self._at = close.start()
                            self.handle_endtag(tag)
                            pos = close.end()
                            continue
            elif m.group(5) is not None:
                (self.handle_charref if m.group(4) else self.handle_entityref)(m.group(5))
            elif not m.group(0).startswith(("<!", "<?")) or len(m.group(0)) == 1:
                self.handle_data(m.group(0))
            pos = m.end()

    def _close_block(self) -> None:
        b = self._block
        b[1] = len(self.chars)
        if b[1] > b[0]:
            self.blocks.append(b)
        self._block = [len(self.chars), 0, self.hints, 0, 0, -1, False]

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            while self.chars and self.chars[-1] == " ":
                self.chars.pop()
                self.where.pop()
            self.chars.append("\n")
            self.where.append(self._pos())
        self._close_block()

    # ------------------------------------------------------------------ elements

    def _inside_article(self) -> bool:
        return self.articles > 0

    def _push(self, tag: str, attrs: dict[str, str]) -> None:
        reason = hint_reason(tag, attrs, self._inside_article(), self.rules)
        if tag == "main" or attrs.get("itemprop") == "articleBody":  # not <article>: teaser cards use it
            for k in self.hints:
                self.elements[k].holds_article = True
        n = len(self.elements)
        self.elements.append(_Element(tag, reason, self._pos(), self.hints, self.open[-1][1] if self.open else -1))
        self.open.append((tag, n))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if tag in _ARTICLE_TAGS:
            self.articles += 1
        if reason and len(self.hints) < MAX_HINTS:  # deeper furniture is judged by its outer ones
            self._newline()
            self.hints = self.hints + (n,)
            self._block[2] = self.hints

    def _pop(self, tag: str) -> None:
        if not self.open_count.get(tag):
            return  # a stray end tag: nothing to close (and no walk down a deep stack)
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                closed = self.open[i:]
                del self.open[i:]
                for t, _ in closed:
                    self.open_count[t] -= 1
                self.articles -= sum(t in _ARTICLE_TAGS for t, _ in closed)
                if any(n in self.hints for _, n in closed):
                    self._newline()
                    self.hints = tuple(n for n in self.hints if n < closed[0][1])
                    self._block[2] = self.hints
                return

    def _close_head(self) -> None:
        """An implied ``</head>``: the first body element or text ends the head."""
        if self.skip and self.skip[0][0] == "head" and len(self.skip) == 1:
            self.skip.clear()
            self.in_title = False

    def _read_meta(self, tag: str, attrs: list) -> None:
        """Published date, author, outlet and title stated by ``<meta>`` tags or ``<time datetime>``."""
        a = dict(attrs)
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            fld, value = self.rules.meta.get(key), (a.get("content") or "").strip()
        else:
            key, fld, value = "time datetime", "published", (a.get("datetime") or "").strip()
        if fld and value and fld not in self.meta and not (fld == "author" and "/" in value) and len(value) < 200:
            end = self.html.find(">", self._at) + 1 or len(self.html)
            self.meta[fld] = (value, key, self._at, end)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "meta" or (tag == "time" and attrs):
            self._read_meta(tag, attrs)
        if self.skip and self.skip[-1][0] in ("svg", "math") and tag in _BREAKOUT:
            while self.skip and self.skip[-1][0] in ("svg", "math"):
                self.skip.pop()
        if tag == "body" or (tag not in _HEAD_CONTENT and tag != "head"):
            self._close_head()
        if tag == "title" and not self.seen_title and all(t == "head" for t, _ in self.skip):
            self.in_title = self.seen_title = True
            self._newline()
        elif tag in _SKIP_TAGS:
            self.skip.append((tag, self._pos()))
        elif tag in _BLOCK_TAGS:
            self._newline()
        elif tag in ("td", "th") and not self.skip:
            self._emit(" ", self._pos(), exact=False)  # cells of a row stay on one line
        if tag == "pre":
            self.pre += 1
        if tag == "a":
            self.links += 1
        if tag not in _VOID and not self.skip:
            self._push(tag, {k.lower(): (v or "") for k, v in attrs})

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS or tag not in _VOID:  # <svg/>, <div/>: opened and closed at once
            if tag in _BLOCK_TAGS:
                self._newline()
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title = False
            self._newline()
        elif tag in _SKIP_TAGS:
            for i in range(len(self.skip) - 1, -1, -1):
                if self.skip[i][0] == tag:
                    del self.skip[i:]
                    break
        elif tag in _BLOCK_TAGS:
            self._newline()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a":
            self.links = max(0, self.links - 1)
        if not self.skip:
            self._pop(tag)

    # ------------------------------------------------------------------ text

    def _emit(self, text: str, start: int, exact: bool) -> None:
        if self.skip and not self.in_title:
            if self.skip[0][0] == "head" and len(self.skip) == 1 and text.strip():
                self._close_head()  # text in the head: the body has begun
            else:
                return
        if exact and not self.pre and text.isspace():  # white space between tags: one space at most
            if self.chars and self.chars[-1] not in " \n":
                self.chars.append(" ")
                self.where.append(start)
            return
        block = self._block
        if block[5] < 0:
            block[5] = self.open[-1][1] if self.open else -1
        block[6] = block[6] or self.in_title
        if self.pre or not exact:
            self._emit_chars(text, start, exact)
            return
        chars, where = self.chars, self.where
        done = 0
        for m in _NON_SPACE.finditer(text):
            if m.start() > done and chars and chars[-1] not in " \n":
                chars.append(" ")
                where.append(start + done)
            chars.extend(m.group())
            where.extend(range(start + m.start(), start + m.end()))
            done = m.end()
            block[3] += m.end() - m.start()
            if self.links:
                block[4] += m.end() - m.start()
        if done < len(text) and chars and chars[-1] not in " \n":
            chars.append(" ")
            where.append(start + done)

    def _emit_chars(self, text: str, start: int, exact: bool) -> None:
        """Character by character: inside ``<pre>`` (white space kept) and for references."""
        block = self._block
        for i, ch in enumerate(text):
            pos = start + (i if exact else 0)
            if ch.isspace() and not self.pre:
                if not self.chars or self.chars[-1] in " \n":
                    continue
                ch = " "
            elif not ch.isspace():
                block[3] += 1
                if self.links:
                    block[4] += 1
            self.chars.append(ch)
            self.where.append(pos)

    def handle_data(self, data: str) -> None:
        self._emit(data, self._pos(), exact=True)

    def _reference(self, prefix: str, name: str) -> None:
        """A character reference, decoded only if it is one; otherwise kept as written."""
        start = self._pos()
        written = prefix + name
        if self.html.startswith(";", start + len(written)):
            written += ";"
        decoded = unescape(written)
        if decoded == written or not self.html.startswith(written, start):
            self._emit(self.html[start:start + len(written)], start, exact=True)
        else:
            self._emit(decoded, start, exact=False)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)

    # ------------------------------------------------------------------ the end

    def finish(self) -> HtmlText:
        """Close the data, trim the text, and judge each block from its elements and links."""
        losses = []
        for tag, start in self.skip:
            if tag != "head" or self._had_body_text(start):
                end_of_tag = self.html.find(">", start) + 1 or len(self.html)
                losses.append((end_of_tag, len(self.html), f"unclosed <{tag}> at raw index {start}: "
                               "everything after it was read as its content, to the end of the file"))
        self._newline()
        chars, where = self.chars, self.where
        while chars and chars[-1] in " \n":
            chars.pop()
            where.pop()
        text = "".join(chars)
        return HtmlText(text, np.asarray(where, dtype=np.int64), self._structure(len(text)), losses, self.meta)

    def _had_body_text(self, start: int) -> bool:
        return bool(re.search(r"<(?:p|div|article|h[1-6]|body)\b", self.html[start:], re.I))

    def _structure(self, n: int) -> list[tuple[int, int, str]]:
        total = sum(b[3] for b in self.blocks) or 1
        prose_total = 0
        for b in self.blocks:
            hidden = any(self.elements[k].reason == "hidden element" for k in b[2])
            prose = b[3] if b[3] >= PROSE_LETTERS and b[4] < 0.3 * b[3] and not hidden else 0
            b.append(prose)
            prose_total += prose
            for k in b[2]:
                self.elements[k].chars += b[3]
                self.elements[k].prose += prose
        inside, container = self._inside_container(prose_total)
        if container >= 0:  # furniture classes on the article's element or its ancestors wrap the article
            k = container
            while k >= 0:
                self.elements[k].holds_article = True
                k = self.elements[k].parent
        for k, e in enumerate(self.elements):
            if e.reason and (e.chars > WRAPPER_SHARE * total or e.prose > WRAPPER_SHARE * max(prose_total, 1)) \
                    and (container < 0 or self._descends(k, container)):
                e.holds_article = True
        for e in self.elements:
            if e.reason == "hidden element":  # never shown, never the article
                e.holds_article = False
        out: list[tuple[int, int, str]] = []
        for b, within in zip(self.blocks, inside):
            start, end, hints, letters, link_letters = b[0], min(b[1], n), b[2], b[3], b[4]
            if end <= start or not letters or b[6]:
                continue
            reason = next((self.elements[k].reason for k in hints if not self.elements[k].holds_article), None)
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

    def _descends(self, k: int, ancestor: int) -> bool:
        """Whether element ``k`` is ``ancestor`` or inside it."""
        while k >= 0:
            if k == ancestor:
                return True
            k = self.elements[k].parent
        return False

    def _inside_container(self, prose_total: int) -> tuple[list[bool], int]:
        """For each block, whether it lies inside the article's element: the deepest element
        holding at least ``CONTAINER_SHARE`` of the page's prose (all blocks when there is
        too little prose to tell); and that element's number (-1: none)."""
        if prose_total < MIN_PROSE:
            return [True] * len(self.blocks), -1
        held = [0] * len(self.elements)
        chains = []
        for b in self.blocks:
            chain, k = [], b[5]
            while k >= 0:
                chain.append(k)
                k = self.elements[k].parent
            chains.append(chain)
            if b[7]:
                for k in chain:
                    held[k] += b[7]
        qualifying = [k for k, v in enumerate(held) if v >= CONTAINER_SHARE * prose_total]
        if not qualifying:
            return [True] * len(self.blocks), -1
        container = max(qualifying)
        return [container in chain for chain in chains], container


def line_starts(text: str) -> np.ndarray:
    """Index of the first character of every line (0-based), as an int64 array."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return np.asarray(starts, dtype=np.int64)


def html_text(html: str) -> HtmlText:
    """Parse HTML into :class:`HtmlText` (text, source index per character, structure, losses)."""
    parser = _TextExtractor(html)
    parser.feed(html)
    return parser.finish()


def html_to_text(html: str) -> tuple[str, np.ndarray]:
    """Turn HTML into text with block elements on their own lines.

    Returns the text and, for each of its characters, the index of the source character it
    came from (see :func:`html_text` for the page's structure and what the markup swallowed).
    """
    res = html_text(html)
    return res.text, res.where
