"""Offset maps: from a character of ``clean_text`` back to the raw file, and back again.

A map is a list of runs ``(clean_start, raw_start, length)``: ``clean[cs + k]`` is
``raw[rs + k]`` for ``0 <= k < length``. Characters the cleaner inserted (a paragraph
break where boilerplate was cut out) belong to no run; they map to the raw position of
the next kept character. Maps are stored in the documents table as a compact string
(``"cs+rs:len,..."``) so the table stays plain data.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from helpers.core.errors import OffsetError
from helpers.read.textio import line_starts


@dataclass(frozen=True)
class RawPosition:
    """A position in the raw file: 0-based character index, 1-based line and column."""

    index: int
    line: int
    column: int


class OffsetMap:
    """Maps positions of a derived text (clean) to its raw text and back."""

    def __init__(self, clean_start: np.ndarray, raw_start: np.ndarray, length: np.ndarray,
                 clean_len: int, raw_text: str) -> None:
        self.clean_start = np.asarray(clean_start, dtype=np.int64)
        self.raw_start = np.asarray(raw_start, dtype=np.int64)
        self.length = np.asarray(length, dtype=np.int64)
        self.clean_len = int(clean_len)
        self.raw_text = raw_text
        order = np.argsort(self.raw_start, kind="stable")
        self._by_raw = order

    @cached_property
    def _lines(self) -> np.ndarray:
        """Where each raw line starts (found when a line or column is first asked for)."""
        return line_starts(self.raw_text)

    # construction -----------------------------------------------------------------
    @classmethod
    def from_index_array(cls, raw_index: np.ndarray, raw_text: str) -> "OffsetMap":
        """Build from one raw index per clean character (-1 for inserted characters)."""
        raw_index = np.asarray(raw_index, dtype=np.int64)
        n = len(raw_index)
        if n == 0:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, empty, 0, raw_text)
        valid = raw_index >= 0
        idx = np.arange(n)
        # a run breaks where validity changes or the raw index does not advance by one
        brk = np.ones(n, dtype=bool)
        brk[1:] = ~(valid[1:] & valid[:-1] & (raw_index[1:] == raw_index[:-1] + 1))
        starts = idx[brk & valid]
        run_id = np.cumsum(brk) - 1
        lengths = np.bincount(run_id[valid], minlength=run_id[-1] + 1)[run_id[starts]]
        return cls(starts, raw_index[starts], lengths, n, raw_text)

    def to_string(self) -> str:
        """Compact text form, for storage in a table column."""
        return ",".join(f"{c}+{r}:{n}" for c, r, n in zip(self.clean_start, self.raw_start, self.length))

    @classmethod
    def from_string(cls, text: str, clean_len: int, raw_text: str) -> "OffsetMap":
        """Inverse of :meth:`to_string`."""
        runs = [tuple(map(int, part.replace("+", ":").split(":"))) for part in text.split(",") if part]
        arr = np.asarray(runs, dtype=np.int64).reshape(-1, 3)
        return cls(arr[:, 0], arr[:, 1], arr[:, 2], clean_len, raw_text)

    # lookups ----------------------------------------------------------------------
    def to_raw(self, clean_index: int) -> int:
        """Raw index of a clean character (inserted characters: the next kept one's)."""
        if not 0 <= clean_index <= self.clean_len:
            raise OffsetError(f"clean index {clean_index} outside 0..{self.clean_len}")
        i = int(np.searchsorted(self.clean_start, clean_index, side="right")) - 1
        if i >= 0 and clean_index < self.clean_start[i] + self.length[i]:
            return int(self.raw_start[i] + clean_index - self.clean_start[i])
        if i + 1 < len(self.clean_start):
            return int(self.raw_start[i + 1])
        return int(self.raw_start[-1] + self.length[-1]) if len(self.length) else 0

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` covering the clean span ``[start, end)``."""
        if end <= start:
            raise OffsetError(f"empty or reversed span {start}..{end}")
        return self.to_raw(start), self.to_raw(end - 1) + 1

    def to_clean(self, raw_index: int) -> int | None:
        """Clean index of a raw character, or ``None`` if that character was removed."""
        if not 0 <= raw_index < len(self.raw_text):
            raise OffsetError(f"raw index {raw_index} outside 0..{len(self.raw_text) - 1}")
        rs = self.raw_start[self._by_raw]
        j = int(np.searchsorted(rs, raw_index, side="right")) - 1
        if j < 0:
            return None
        i = self._by_raw[j]
        if raw_index < self.raw_start[i] + self.length[i]:
            return int(self.clean_start[i] + raw_index - self.raw_start[i])
        return None

    def position(self, raw_index: int) -> RawPosition:
        """Line and column (1-based) of a raw index."""
        if not 0 <= raw_index <= len(self.raw_text):
            raise OffsetError(f"raw index {raw_index} outside 0..{len(self.raw_text)}")
        line = int(np.searchsorted(self._lines, raw_index, side="right"))
        return RawPosition(raw_index, line, raw_index - int(self._lines[line - 1]) + 1)

    def raw_index(self, line: int, column: int) -> int:
        """Inverse of :meth:`position`: 1-based line and column to a raw index."""
        if not 1 <= line <= len(self._lines):
            raise OffsetError(f"line {line} outside 1..{len(self._lines)}")
        return int(self._lines[line - 1]) + column - 1

    def kept_mask(self) -> np.ndarray:
        """Boolean array over the raw text: True where the character is in clean_text."""
        mask = np.zeros(len(self.raw_text), dtype=bool)
        for r, n in zip(self.raw_start, self.length):
            mask[r:r + n] = True
        return mask
