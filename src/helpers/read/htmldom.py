"""HTML -> text with every character's source position, and the page's structure as evidence.

:func:`html_text` tokenizes the page with one regular expression (tags, text, references,
comments; script and style content skipped to its end tag) and returns :class:`HtmlText`:
the text with block elements on their own lines, for each of its characters the index of
the raw character it came from, and what the markup says about each stretch of that text:

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

from helpers.read.htmldom_rules import (StructureRules, attributes, element_hint, hint_reason,  # noqa: F401
                                        structure_rules)
from helpers.read.htmldom_structure import Elements, structure

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
#: tags that leave an implied ``<head>`` open (any other start tag begins the body)
_NOT_BODY = _HEAD_CONTENT | {"head"}
#: tags whose start or end does more than break the line and open or close an element
#: (outside skipped elements)
_SPECIAL_START = _SKIP_TAGS | {"meta", "time", "title", "td", "th", "pre", "a"}
_SPECIAL_END = _SKIP_TAGS | {"title", "pre", "a"}
#: furniture elements tracked per block (the outermost decide; bounds the cost of deep nesting)
MAX_HINTS = 32


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


#: one token of HTML: a run of text (group 1), a comment, a declaration or processing
#: instruction, a tag (groups: "/", name, attributes), a character reference (groups: "#",
#: name), or a lone "<" or "&"; ``lastindex`` tells them apart (1 text, 4 tag, 6 reference).
#: Attributes are runs of plain characters and quoted values (written as an unrolled loop:
#: the same matches as ``(?:[^<>"']|"[^"]*"|'[^']*')*``, faster)
_TOKEN = re.compile(r"([^<&]+)|<!--.*?(?:-->|\Z)|<[!?][^>]*>?|<(/?)([a-zA-Z][^\s/>]*)"
                    r"([^<>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^<>\"']*)*)>|&(#?)(\w+);?|[<&]", re.S)
#: the end of a raw-text element's content: its end tag
_RAW_TEXT_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in ("script", "style")}
#: white space longer than one character: where collapsed text stops mapping one to one
_WS_RUN = re.compile(r"\s{2,}")


class _TextExtractor:
    """HTML -> text with block boundaries as newlines, recording each char's source index and
    the furniture elements (see the module docstring) each block sits in.

    The text is kept as runs (``parts``), each mapping one to one onto the raw characters from
    its ``starts`` entry on; :meth:`finish` joins them and builds the index array once."""

    def __init__(self, html: str) -> None:
        self._at = 0  # raw index of the token being read
        self.html = html
        self.rules = structure_rules()
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.n = 0  # characters of text so far
        self.last = ""  # the last character of text so far
        self.open_tags: list[str] = []  # the open elements' tags
        self.open_nums: list[int] = []  # and numbers
        self.elements = Elements()
        self.skip: list[tuple[str, int]] = []  # open skip elements: (tag, raw start)
        self.pre = 0
        self.links = 0
        self.in_title = False
        self.seen_title = False
        self.hints: tuple[int, ...] = ()
        #: [base start, base end, hints, letters, link letters, owner element, in title]
        self.blocks: list[tuple] = []  # closed blocks with text, as tuples
        self.meta: dict[str, tuple[str, str, int, int]] = {}
        self.articles = 0  # open <article> and <main> elements
        self.open_count: dict[str, int] = {}  # open elements by tag name
        self._block = [0, 0, (), 0, 0, -1, False]
        self._hint_memo: dict[tuple[str, str, bool], tuple[str | None, bool]] = {}

    # ------------------------------------------------------------------ tokens

    def feed(self, html: str) -> None:
        """Tokenize with one regular expression, calling the handlers with exact positions."""
        pos, n = 0, len(html)
        while pos < n:
            pos = self._feed_from(html, pos)

    def _feed_from(self, html: str, pos: int) -> int:
        """Read tokens from ``pos`` on; stop after a raw-text element (``<script>``, ``<style>``)
        and return where to go on (``len(html)``: the end)."""
        text, start_tag, end_tag = self._text, self.handle_starttag, self.handle_endtag
        for m in _TOKEN.finditer(html, pos):
            kind = m.lastindex
            if kind == 1:
                self._at = start = m.start()
                chunk = m.group(1)
                if chunk.isspace() and not self.skip and not self.pre:  # between tags: one space at most
                    if self.last not in " \n":
                        self._add(" ", start)
                    continue
                text(chunk, start)
            elif kind == 4:
                self._at = m.start()
                slash, tag, raw = m.group(2, 3, 4)
                tag = tag.lower()
                if slash:
                    end_tag(tag)
                    continue
                if raw and raw.rstrip().endswith("/"):
                    self.handle_startendtag(tag, raw)
                    continue
                start_tag(tag, raw)
                if tag in _RAW_TEXT_END:  # raw text up to its end tag, or to the end of the data
                    close = _RAW_TEXT_END[tag].search(html, m.end())
                    if close is None:
                        return len(html)
                    self._at = close.start()
                    self.handle_endtag(tag)
                    return close.end()
            elif kind == 6:
                self._at = m.start()
                self._reference("&#" if m.group(5) else "&", m.group(6))
            elif m.end() - m.start() == 1:  # a lone "<" or "&" (comments and declarations are dropped)
                self._at = start = m.start()
                self._text(m.group(), start)
        return len(html)

    # ------------------------------------------------------------------ text and blocks

    def _add(self, text: str, start: int) -> None:
        self.parts.append(text)
        self.starts.append(start)
        self.n += len(text)
        self.last = text[-1]

    def _trim(self, chars: str) -> None:
        """Drop trailing ``chars`` from the text."""
        parts, starts = self.parts, self.starts
        while parts:
            p = parts[-1]
            q = p.rstrip(chars)
            if len(q) == len(p):
                break
            self.n -= len(p) - len(q)
            if q:
                parts[-1] = q
                break
            parts.pop()
            starts.pop()
        self.last = parts[-1][-1] if parts else ""

    def _newline(self) -> None:
        """End the line (once) and the block."""
        if self.n and self.last != "\n":
            if self.last == " ":
                self._trim(" ")
            self.parts.append("\n")
            self.starts.append(self._at)
            self.n += 1
            self.last = "\n"
        b, n = self._block, self.n
        if n > b[0]:
            self.blocks.append((b[0], n, b[2], b[3], b[4], b[5], b[6]))
            b[0], b[3], b[4] = n, 0, 0
        b[2], b[5], b[6] = self.hints, -1, False  # the next block (or an empty one begun again)

    def _dropped(self, text: str) -> bool:
        """Whether text is inside a skipped element (text in a head without ``</head>`` ends it)."""
        if self.skip and not self.in_title:
            if self.skip[0][0] == "head" and len(self.skip) == 1 and text.strip():
                self._close_head()  # text in the head: the body has begun
                return False
            return True
        return False

    def _own(self) -> list:
        """The open block, its owner element and title flag set."""
        block = self._block
        if block[5] < 0:
            block[5] = self.open_nums[-1] if self.open_nums else -1
        block[6] = block[6] or self.in_title
        return block

    def _text(self, text: str, start: int) -> None:
        """Text as written from raw index ``start``: white space collapsed to one space, or kept
        inside ``<pre>``."""
        if self.skip and self._dropped(text):
            return
        if self.pre:
            block = self._own()
            letters = len("".join(text.split()))
            block[3] += letters
            if self.links:
                block[4] += letters
            self._add(text, start)
            return
        words = text.split()
        if not words:  # white space between tags: one space at most
            if self.last not in " \n":
                self._add(" ", start)
            return
        block = self._own()
        core = " ".join(words)
        letters = len(core) - len(words) + 1
        block[3] += letters
        if self.links:
            block[4] += letters
        if core == text:
            self.parts.append(text)
            self.starts.append(start)
            self.n += len(text)
            self.last = text[-1]
        else:
            self._runs(text, start, core)

    def _runs(self, text: str, start: int, core: str) -> None:
        """Add ``text`` collapsed to ``core`` (its words joined by single spaces), a leading
        space only after a word, in runs that map one to one onto the raw characters."""
        rest = text.lstrip()
        lead = len(text) - len(rest)
        if lead and self.last not in " \n":
            self._add(" ", start)
        written = rest.rstrip()  # the words and the white space between them, as written
        at = start + lead
        parts, starts = self.parts, self.starts
        npos = cpos = removed = 0
        for m in _WS_RUN.finditer(written):
            s = m.start()
            nend = s - removed + 1  # the run's single space closes this part
            parts.append(core[npos:nend])
            starts.append(at + cpos)
            removed += m.end() - s - 1
            npos, cpos = nend, m.end()
        tail = core[npos:] + " " if len(written) < len(rest) else core[npos:]
        parts.append(tail)
        starts.append(at + cpos)
        self.n += len(core) + (len(written) < len(rest))
        self.last = tail[-1]

    def _decoded(self, text: str, start: int) -> None:
        """Text that stands for the raw characters at ``start`` (a decoded reference, a cell's
        space): each character maps to ``start``."""
        if self.skip and self._dropped(text):
            return
        block = self._own()
        for ch in text:
            if ch.isspace():
                if not self.pre:
                    if self.last in " \n":
                        continue
                    ch = " "
            else:
                block[3] += 1
                if self.links:
                    block[4] += 1
            self._add(ch, start)

    def _reference(self, prefix: str, name: str) -> None:
        """A character reference, decoded only if it is one; otherwise kept as written."""
        start = self._at
        written = prefix + name
        if self.html.startswith(";", start + len(written)):
            written += ";"
        decoded = unescape(written)
        if decoded == written or not self.html.startswith(written, start):
            self._text(self.html[start:start + len(written)], start)
            return
        # a legacy name without ";" ("&lt3", "&copy2024"): its known prefix is the reference and
        # the rest is text, each character of which keeps its own raw position
        k = 0
        while k < len(decoded) - 1 and k < len(written) - 1 and decoded[-1 - k] == written[-1 - k]:
            k += 1
        for i, ch in enumerate(decoded[:len(decoded) - k]):  # (a few names give two characters: one raw
            self._decoded(ch, start + i)                     # position each, so every one maps back)
        if k:
            self._text(written[len(written) - k:], start + len(written) - k)

    # ------------------------------------------------------------------ elements

    def _push(self, tag: str, raw: str) -> None:
        inside = self.articles > 0
        key = (tag, raw, inside)
        hit = self._hint_memo.get(key)
        if hit is None:  # pages repeat their tags: each is read once
            hit = self._hint_memo[key] = element_hint(tag, raw, inside, self.rules)
        reason, article_body = hit
        if tag == "main" or article_body:  # not <article>: teaser cards use it
            self.elements.held.update(self.hints)
        reasons = self.elements.reasons
        n = len(reasons)
        reasons.append(reason)
        self.elements.parents.append(self.open_nums[-1] if self.open_nums else -1)
        self.open_tags.append(tag)
        self.open_nums.append(n)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if tag in _ARTICLE_TAGS:
            self.articles += 1
        if reason and len(self.hints) < MAX_HINTS:  # deeper furniture is judged by its outer ones
            self._newline()
            self.hints = self.hints + (n,)
            self._block[2] = self.hints

    def _pop(self, tag: str) -> None:
        count = self.open_count.get(tag)
        if not count:
            return  # a stray end tag: nothing to close (and no walk down a deep stack)
        tags, nums = self.open_tags, self.open_nums
        if tags[-1] == tag:  # the usual case: the innermost element closes
            tags.pop()
            first = nums.pop()
            self.open_count[tag] = count - 1
            if tag in _ARTICLE_TAGS:
                self.articles -= 1
        else:
            i = len(tags) - 2
            while tags[i] != tag:
                i -= 1
            first = nums[i]
            for t in tags[i:]:
                self.open_count[t] -= 1
                if t in _ARTICLE_TAGS:
                    self.articles -= 1
            del tags[i:], nums[i:]
        if self.hints and self.hints[-1] >= first:  # hints are open elements, in order
            self._newline()
            self.hints = tuple(k for k in self.hints if k < first)
            self._block[2] = self.hints

    def _close_head(self) -> None:
        """An implied ``</head>``: the first body element or text ends the head."""
        if self.skip and self.skip[0][0] == "head" and len(self.skip) == 1:
            self.skip.clear()
            self.in_title = False

    def _read_meta(self, tag: str, a: dict[str, str]) -> None:
        """Published date, author, outlet and title stated by ``<meta>`` tags or ``<time datetime>``."""
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            fld, value = self.rules.meta.get(key), (a.get("content") or "").strip()
        else:
            key, fld, value = "time datetime", "published", (a.get("datetime") or "").strip()
        if fld and value and fld not in self.meta and not (fld == "author" and "/" in value) and len(value) < 200:
            end = self.html.find(">", self._at) + 1 or len(self.html)
            self.meta[fld] = (value, key, self._at, end)

    def handle_starttag(self, tag: str, raw: str) -> None:
        """A start tag with its attributes as written (parsed only where they are read)."""
        skip = self.skip
        if not skip and tag not in _SPECIAL_START:  # most tags: a line break or not, an element
            if tag in _BLOCK_TAGS:
                self._newline()
            if tag not in _VOID:
                self._push(tag, raw)
            return
        if tag == "meta" or tag == "time":
            attrs = attributes(raw)
            if tag == "meta" or attrs:
                self._read_meta(tag, attrs)
        if skip:
            if skip[-1][0] in ("svg", "math") and tag in _BREAKOUT:
                while skip and skip[-1][0] in ("svg", "math"):
                    skip.pop()
            if tag not in _NOT_BODY:
                self._close_head()
        if tag == "title" and not self.seen_title and all(t == "head" for t, _ in skip):
            self.in_title = self.seen_title = True
            self._newline()
        elif tag in _SKIP_TAGS:
            skip.append((tag, self._at))
        elif tag in _BLOCK_TAGS:
            self._newline()
        elif (tag == "td" or tag == "th") and not skip:
            self._decoded(" ", self._at)  # cells of a row stay on one line
        if tag == "pre":
            self.pre += 1
        elif tag == "a":
            self.links += 1
        if not skip and tag not in _VOID:
            self._push(tag, raw)

    def handle_startendtag(self, tag: str, raw: str) -> None:
        if tag in _SKIP_TAGS or tag not in _VOID:  # <svg/>, <div/>: opened and closed at once
            if tag in _BLOCK_TAGS:
                self._newline()
            return
        self.handle_starttag(tag, raw)

    def handle_endtag(self, tag: str) -> None:
        if not self.skip and tag not in _SPECIAL_END:  # most tags: a line break or not, an element
            if tag in _BLOCK_TAGS:
                self._newline()
            self._pop(tag)
            return
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
        elif tag == "a":
            self.links = max(0, self.links - 1)
        if not self.skip:
            self._pop(tag)

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
        self._trim(" \n")
        text = "".join(self.parts)
        return HtmlText(text, self._where(), structure(self.blocks, self.elements, len(text)), losses, self.meta)

    def _where(self) -> np.ndarray:
        """The raw index of every character of the text, from the runs."""
        if not self.parts:
            return np.zeros(0, dtype=np.int64)
        lens = np.fromiter(map(len, self.parts), dtype=np.int64, count=len(self.parts))
        starts = np.asarray(self.starts, dtype=np.int64)
        return np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(self.n, dtype=np.int64)

    def _had_body_text(self, start: int) -> bool:
        return bool(re.search(r"<(?:p|div|article|h[1-6]|body)\b", self.html[start:], re.I))


def line_starts(text: str) -> np.ndarray:
    """Index of the first character of every line (0-based), as an int64 array."""
    lengths = np.fromiter(map(len, text.split("\n")), dtype=np.int64)
    starts = np.zeros(len(lengths), dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    return starts


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
