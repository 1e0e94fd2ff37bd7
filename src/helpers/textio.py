"""Bytes -> text: encodings, newlines, and HTML -> text with positions kept.

Every function here either returns text or raises ``ValueError`` with a message that
says what is wrong in words a user can act on; :mod:`helpers.corpus` adds the file name.
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from html import unescape

import numpy as np
from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
NUL = b"\x00"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF. Line numbers stay those an editor shows."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes to text; return ``(text, encoding)``.

    Order: byte-order mark; NUL bytes mean binary; strict UTF-8; and only when the bytes
    hold no valid UTF-8 multi-byte sequence at all, a legacy encoding detected by
    charset-normalizer. Raises ``ValueError`` for empty, binary, truncated or
    undecodable input.
    """
    if not data.strip():
        raise ValueError("empty file (no text at all)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable bytes at byte {exc.start} for its {enc} byte-order mark") from None
            return _check_text(text), enc
    if b"\x00" in data:
        raise ValueError(f"binary file (NUL byte at byte {data.find(NUL)}); only text files are read")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and exc.reason == "unexpected end of data":
            raise ValueError(
                f"truncated UTF-8 sequence at the end (bytes {exc.start}-{len(data) - 1}): "
                "the file looks cut off; re-save or re-download it"
            ) from None
        utf8_error = exc
    if _has_utf8_multibyte(data[: utf8_error.start]):
        raise ValueError(
            f"undecodable bytes at byte {utf8_error.start} (0x{data[utf8_error.start]:02x}): "
            "the file is UTF-8 elsewhere but not here; re-save it as UTF-8"
        )
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError("undecodable bytes: neither UTF-8 nor any encoding charset-normalizer knows")
    return _check_text(str(best)), best.encoding


def _has_utf8_multibyte(data: bytes) -> bool:
    return any(b >= 0x80 for b in data) and _decodes(data)


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data"
    return True


def _check_text(text: str) -> str:
    if not text.strip():
        raise ValueError("empty file (only white space)")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ValueError(f"binary file ({controls} control characters); only text files are read")
    return text


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th "
    "title tr ul".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe object".split())


class _TextExtractor(HTMLParser):
    """HTML -> text with block boundaries as newlines, recording each char's source index."""

    def __init__(self, line_starts: np.ndarray) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = line_starts
        self.chars: list[str] = []
        self.where: list[int] = []
        self.skip = 0
        self.pre = 0
        self.in_title = False

    def _pos(self) -> int:
        line, col = self.getpos()
        return int(self.line_starts[line - 1]) + col

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            while self.chars and self.chars[-1] == " ":
                self.chars.pop()
                self.where.pop()
            self.chars.append("\n")
            self.where.append(self._pos())

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
            self._newline()
        elif tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._newline()
        if tag == "pre":
            self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            self._newline()
        elif tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._newline()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def _emit(self, text: str, start: int, exact: bool) -> None:
        if self.skip and not self.in_title:
            return
        for i, ch in enumerate(text):
            pos = start + (i if exact else 0)
            if ch.isspace() and not self.pre:
                if not self.chars or self.chars[-1] in " \n":
                    continue
                ch = " "
            self.chars.append(ch)
            self.where.append(pos)

    def handle_data(self, data: str) -> None:
        self._emit(data, self._pos(), exact=True)

    def handle_entityref(self, name: str) -> None:
        self._emit(unescape(f"&{name};"), self._pos(), exact=False)

    def handle_charref(self, name: str) -> None:
        self._emit(unescape(f"&#{name};"), self._pos(), exact=False)


def line_starts(text: str) -> np.ndarray:
    """Index of the first character of every line (0-based), as an int64 array."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return np.asarray(starts, dtype=np.int64)


def html_to_text(html: str) -> tuple[str, np.ndarray]:
    """Turn HTML into text with block elements on their own lines.

    Uses the standard library's HTML parser (a real tokenizer, not regexes). Returns the
    text and, for each of its characters, the index of the source character it came from.
    """
    parser = _TextExtractor(line_starts(html))
    parser.feed(html)
    parser.close()
    chars, where = parser.chars, parser.where
    while chars and chars[-1] in " \n":
        chars.pop()
        where.pop()
    return "".join(chars), np.asarray(where, dtype=np.int64)
