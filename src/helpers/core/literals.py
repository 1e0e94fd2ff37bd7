"""Required literals of a regex: a cheap test that lets a caller skip a pattern that cannot match.

:func:`required` reads a compiled pattern's parse tree and returns literal strings one of which
every match must contain (or None when it cannot tell). :func:`may_match` tests them with ``in``,
which is much cheaper than a regex scan. The test only ever says "may match" more often than the
regex matches, never less, so gating a scan on it changes no result:

- a sequence requires what any one of its items requires (the most selective is kept);
- an alternation requires one of what its branches require (nothing when a branch requires nothing);
- a repeat requires what its body requires only when it runs at least once;
- lookarounds, classes, back-references and conditionals require nothing.

Case-insensitive literals use ASCII letters, digits and punctuation only and are compared with
:func:`fold` of the text: lower case after "İ" and "ı" become "i" and "ſ" becomes "s" (the
characters that match an ASCII letter case-insensitively without lower-casing to it; checked over
every code point, see the tests).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]

#: one required literal: (text, compared case-insensitively)
Lit = tuple[str, bool]
_SAFE_CI = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -_,.;:!?'\"()/&@#%+=<>[]{}|~^$*\\\t\n")


_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s"}


def fold(text: str) -> str:
    """``text`` as case-insensitive literals are compared with (see the module docstring)."""
    low = text.lower()  # "İ" lower-cases to "i" and a combining dot; "ı" and "ſ" stay as they are
    if "\u0307" in low or "\u0131" in low or "\u017f" in low:
        return text.translate(_FOLD).lower()
    return low


def _score(req: frozenset[Lit] | None) -> int:
    return -1 if not req else min(len(s) for s, _ in req)


def _runs(codes: list[int], ci: bool) -> frozenset[Lit] | None:
    """The best literal piece of a run of literal characters (split at characters unsafe under ``ci``)."""
    pieces, cur = [], ""
    for code in codes:
        ch = chr(code)
        if ci and ch.lower() not in _SAFE_CI:
            pieces.append(cur)
            cur = ""
        else:
            cur += ch.lower() if ci else ch
    pieces.append(cur)
    best = max(pieces, key=len)
    return frozenset({(best, ci)}) if best else None


def _seq(items: list, flags: int) -> frozenset[Lit] | None:
    """What a sequence of parse items requires: the most selective requirement of one of its items."""
    best: frozenset[Lit] | None = None
    run: list[int] = []
    ci = bool(flags & re.IGNORECASE)

    def consider(req: frozenset[Lit] | None) -> None:
        nonlocal best
        if _score(req) > _score(best):
            best = req

    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(av)
            continue
        if run:
            consider(_runs(run, ci))
            run = []
        if op is not None:
            consider(_item(op, av, flags))
    return best


def _item(op, av, flags: int) -> frozenset[Lit] | None:
    if op is _c.SUBPATTERN:
        _, add, delete, p = av
        return _seq(p, (flags | add) & ~delete)
    if op is _c.BRANCH:
        out: set[Lit] = set()
        for branch in av[1]:
            req = _seq(branch, flags)
            if not req:
                return None
            out |= req
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, _, body = av
        return _seq(body, flags) if lo >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av, flags)
    return None


@lru_cache(maxsize=4096)
def required(rx: re.Pattern[str]) -> frozenset[Lit] | None:
    """Literals one of which every match of ``rx`` contains, or None when none can be read off.

    None too when the pattern can match the empty string or a literal is a single character
    (too common to be worth a test)."""
    try:
        tree = _sre_parse.parse(rx.pattern, rx.flags & ~re.UNICODE)
    except Exception:  # noqa: BLE001 - an unexpected tree only disables the shortcut
        return None
    req = _seq(list(tree), rx.flags)
    return req if req and _score(req) >= 2 else None


def may_match(rx: re.Pattern[str], text: str, folded: str | None = None) -> bool:
    """False only when ``rx`` certainly has no match in ``text`` (``folded``: :func:`fold` of it if known)."""
    req = required(rx)
    if req is None:
        return True
    for lit, ci in req:
        if ci:
            if folded is None:
                folded = fold(text)
            if lit in folded:
                return True
        elif lit in text:
            return True
    return False
