"""Bytes -> text: encodings, newlines, and HTML -> text with positions kept.

Every function here either returns text or raises ``ValueError`` with a message that
says what is wrong in words a user can act on; :mod:`helpers.corpus` adds the file name.
"""
from __future__ import annotations

import codecs
import re

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


# HTML -> text lives in helpers.htmldom (structure, implied end tags, references kept as written);
# re-exported here for the callers that import it from this module.
from .htmldom import html_to_text, line_starts  # noqa: E402,F401
