"""Bytes -> text: encodings, newlines, and HTML -> text with positions kept.

Every function here either returns text or raises ``ValueError`` with a message that
says what is wrong in words a user can act on; :mod:`helpers.clean.corpus` adds the file name.
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
REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # the same, as bytes


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF. Line numbers stay those an editor shows."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes to text; return ``(text, encoding)``.

    The same decision as :func:`decode_report`, without its notes. Raises ``ValueError``
    for empty, binary, truncated or undecodable input.
    """
    text, encoding, _notes = decode_report(data)
    return text, encoding


def decode_report(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a file's bytes to text; return ``(text, encoding, notes)``.

    Order: byte-order mark; NUL bytes mean binary; strict UTF-8; UTF-8 with a few invalid
    bytes (replaced by U+FFFD, noted); and only when the bytes hold no valid UTF-8
    multi-byte sequence at all, a legacy code page detected by charset-normalizer and
    checked for plausibility (Western text prefers cp1252). ``notes`` says, in words a
    user can act on, where the text is not exactly what a UTF-8 reader would see: a legacy
    code page, replaced bytes, likely mojibake (kept as written, so offsets stay exact).
    Raises ``ValueError`` for empty, binary, truncated, mixed or undecodable input.
    """
    if not data or data.isspace():  # (ASCII white space only, as bytes.strip() sees it)
        raise ValueError("empty file (no text at all)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable bytes at byte {exc.start} for its {enc} byte-order mark") from None
            return _check_text(text), enc, _mojibake_notes(text)
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise ValueError(f"binary file (NUL byte at byte {data.find(NUL)}); only text files are read")
    try:
        text = data.decode("utf-8")
        # in UTF-8 a byte below 0x80 is always that character, and U+00C0-U+00FF (the start
        # of every mojibake pair) always begins with byte 0xC3: both are counted on the bytes
        text = _check_text(text, len(data) - len(data.translate(None, _CONTROL_BYTES)))
        return text, "utf-8", _mojibake_notes(text) if b"\xc3" in data else []
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and exc.reason == "unexpected end of data":
            raise ValueError(
                f"truncated UTF-8 sequence at the end (bytes {exc.start}-{len(data) - 1}): "
                "the file looks cut off; re-save or re-download it"
            ) from None
        first_bad = exc.start
    repaired = _utf8_with_replacement(data, first_bad)
    if repaired is not None:
        return repaired
    text, enc, notes = _legacy(data)
    return _check_text(text), enc, notes + _mojibake_notes(text)


#: share of a file's NUL bytes that must sit at one parity (odd: UTF-16LE, even: UTF-16BE)
UTF16_PARITY = 0.8


def _utf16_without_bom(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-16 saved without a byte-order mark (Windows tools do): its ASCII characters put a NUL
    byte at every other position, odd for little-endian, even for big-endian. ``None`` unless
    the NULs keep one parity, the bytes decode strictly and the text passes the binary check."""
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    if max(odd, even) < UTF16_PARITY * (odd + even):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = _check_text(data.decode(codec))
    except (UnicodeDecodeError, ValueError):
        return None
    if "\x00" in text:
        return None
    return text, codec, [f"no byte-order mark, read as {codec.upper()} (its NUL bytes sit at every other "
                         "position); re-save as UTF-8 to be sure"]


def _utf8_with_replacement(data: bytes, first_bad: int) -> tuple[str, str, list[str]] | None:
    """UTF-8 with a few invalid bytes: decoded with U+FFFD for each, and a note.

    ``None`` when invalid bytes are more than a damaged UTF-8 file would hold (at most two,
    or one for every ten valid multi-byte characters): then the file is read as a code page."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode())
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != REPLACEMENT)
    if bad > max(2, good // 10):
        return None  # too many for damaged UTF-8: another encoding (charset-normalizer decides)
    note = (f"{bad} invalid UTF-8 byte sequence(s), the first at byte {first_bad} (0x{data[first_bad]:02x}), "
            "read as U+FFFD; the rest of the file is UTF-8")
    return _check_text(text), "utf-8", [note] + _mojibake_notes(text)


#: code pages expected for English, Chinese and French text that is not UTF-8
USUAL_LEGACY = frozenset({"cp1252", "ascii", "gb18030", "gbk", "gb2312", "big5", "big5hkscs"})
#: non-ASCII characters that Western European text in cp1252 plausibly holds
_WESTERN_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸ")
_WESTERN_MARKS = frozenset("€£¥¢©®°«»“”‘’‚„–—…•·§±™‰¶¿¡ºª\u00a0×")
_INSIDE_WORD_OK = frozenset("’·")
#: below this coherence (language fit; unreliable for CJK) a single-byte guess is flagged
MIN_CONFIDENCE_COHERENCE = 0.2
MAX_CHAOS = 0.1


def _western_plausible(text: str) -> bool:
    """Does a cp1252 reading look like Western European text (accents a minority, no
    symbol wedged inside a word as Central European or Cyrillic bytes would give)?"""
    high = [ch for ch in text if ord(ch) > 0x7F]
    if any(ch not in _WESTERN_LETTERS and ch not in _WESTERN_MARKS for ch in high):
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    high_letters = sum(1 for ch in high if ch in _WESTERN_LETTERS)
    if letters and high_letters / letters > 0.3:
        return False
    for i, ch in enumerate(text[1:-1], start=1):
        if ch in _WESTERN_MARKS and ch not in _INSIDE_WORD_OK and text[i - 1].isalpha() and text[i + 1].isalpha():
            return False
    return True


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
#: labels the HTML standard reads as windows-1252 (browsers never apply true Latin-1)
_HTML_AS_CP1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                             "windows-1252", "cp1252", "x-cp1252"})


_HTML_AS_GBK = frozenset({"gb2312", "gb_2312-80", "x-gbk", "gbk", "chinese", "csgb2312"})


def _declared(data: bytes) -> tuple[str, str, str] | None:
    """An HTML page's own ``<meta charset>`` (first 4 KB), when its bytes decode with it:
    ``(text, codec name, label as written)``. As in browsers, Latin-1 and ASCII labels mean
    cp1252 and GB2312 means GBK."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    name = "cp1252" if label in _HTML_AS_CP1252 else "gbk" if label in _HTML_AS_GBK else label
    try:
        codec = codecs.lookup(name).name
        return data.decode(codec), codec, label
    except (LookupError, UnicodeDecodeError):
        return None


def _legacy(data: bytes) -> tuple[str, str, list[str]]:
    """A legacy code page: an HTML page's declared charset when it decodes; else
    charset-normalizer's guess, overruled by cp1252 for Western text."""
    declared = _declared(data)
    if declared is not None and declared[1] not in ("utf-8", "utf_8"):
        text, codec, label = declared
        said = "" if label == codec else f" (the page declares {label})"
        return text, codec, [f"not UTF-8: read as {codec}{said}, as its meta charset says; re-save as UTF-8 to be sure"]
    matches = from_bytes(data)
    best = matches.best()
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if best is None or best.encoding is None:
        if western is not None and _western_plausible(western):
            return western, "cp1252", ["not UTF-8: read as cp1252 (Western European); re-save as UTF-8 to be sure"]
        raise ValueError("undecodable bytes: neither UTF-8 nor any encoding charset-normalizer knows")
    guess, enc = str(best), best.encoding
    if western is not None and (western == guess or _western_plausible(western)):
        note = "not UTF-8: read as cp1252 (Western European)"
        if western != guess:
            note += f"; charset-normalizer guessed {enc}, which would change {_differ(western, guess)} character(s)"
        return western, "cp1252", [note + "; re-save as UTF-8 to be sure"]
    notes = [f"not UTF-8: read as {enc} (detected)"]
    if enc not in USUAL_LEGACY:
        notes[0] += "; an unusual code page for English, Chinese or French text: check accented letters and currency signs"
    if best.chaos > MAX_CHAOS or (enc not in USUAL_LEGACY and best.coherence < MIN_CONFIDENCE_COHERENCE):
        notes.append(f"low confidence in the {enc} reading (mess {best.chaos:.2f}, coherence {best.coherence:.2f}); "
                     "re-save the file as UTF-8")
    return guess, enc, notes


def _differ(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))


#: a UTF-8 lead byte then a continuation byte, as cp1252 / Latin-1 show them: the signature of
#: mojibake, searched first because ftfy's own check takes ~0.2 s per MB
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _mojibake_notes(text: str) -> list[str]:
    """A note when the text looks like mojibake (UTF-8 read as a code page and saved again).

    The text is kept as written, so every offset still points at the file; the note shows
    what ftfy would make of the first damaged place."""
    if not _MOJIBAKE_HINT.search(text):
        return []
    import ftfy  # only for a text with the signature (importing it takes ~40 ms)
    from ftfy.badness import is_bad

    if not is_bad(text):
        return []
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return []
    i = next((k for k, (x, y) in enumerate(zip(text, fixed)) if x != y), min(len(text), len(fixed)))
    return [f"looks like mojibake from character {i}: {text[i:i + 8]!r} reads as {fixed[i:i + 4]!r} once repaired "
            "(ftfy); kept as written so quotes and offsets match the file; re-save the original as UTF-8"]


def _check_text(text: str, controls: int | None = None) -> str:
    """``text``, unless it is empty or binary (``controls``: its control characters, if counted)."""
    if not text or text.isspace():
        raise ValueError("empty file (only white space)")
    if controls is None:
        controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise ValueError(f"binary file ({controls} control characters); only text files are read")
    return text


# HTML -> text lives in helpers.read.htmldom (structure, implied end tags, references kept as written);
# re-exported here for the callers that import it from this module.
from helpers.read.htmldom import html_to_text, line_starts  # noqa: E402,F401
