"""What the markup of a page says about its parts: the rules of ``data/html_structure.csv``.

Rows of kind ``tag`` (nav, aside, footer...), ``role`` (ARIA landmarks), ``token`` (parts of a
class or id such as ``related-posts``; ``whole`` = yes matches a whole class only), ``keep``
(class or id parts of quoted or embedded content, never furniture) and ``meta`` (``<meta>``
names and properties that state a page's published date, author, outlet or title).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape

from helpers.core.paths import DATA_DIR

_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[-_\s]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True, eq=False)
class StructureRules:
    """The rows of ``data/html_structure.csv``: tags, ARIA roles and class/id tokens."""

    tags: dict[str, str]
    roles: dict[str, str]
    tokens: dict[str, str]  # matched against the parts of a class or id ("related-posts")
    whole: dict[str, str]  # matched against a whole class or id only ("ad", "hidden")
    keep: frozenset[str] = frozenset()  # class/id parts of quoted or embedded content
    meta: dict[str, str] = field(default_factory=dict)  # <meta> name or property -> metadata field
    #: what each (tag, class, id, role, inside an article) and each class or id name gave,
    #: remembered (pages repeat them; plain dicts of strings, which the garbage collector skips)
    combos: dict[tuple[str, str, str, str, bool], str | None] = field(default_factory=dict, repr=False)
    names: dict[str, tuple[bool, str | None]] = field(default_factory=dict, repr=False)


#: entries each memo of :class:`StructureRules` holds before it starts again
MEMO_MAX = 65536


@lru_cache(maxsize=1)
def structure_rules() -> StructureRules:
    """Read ``data/html_structure.csv`` (kind, value, whole, reason, provenance)."""
    tags, roles, tokens, whole, keep, meta = {}, {}, {}, {}, set(), {}
    with open(DATA_DIR / "html_structure.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["kind"] == "meta":
                meta[row["value"].lower()] = row["reason"]
                continue
            if row["kind"] == "keep":
                keep.add(row["value"].lower())
                continue
            if row["kind"] in ("tag", "role"):
                table = tags if row["kind"] == "tag" else roles
            else:
                table = whole if row["whole"] == "yes" else tokens
            table[row["value"].lower()] = row["reason"]
    return StructureRules(tags, roles, tokens, whole, frozenset(keep), meta)


_ATTR = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
#: attribute names the furniture rules read (hint_reason, itemprop); a tag whose attributes
#: hold none of them is judged by its name alone (a superset: a false match only costs a parse)
_HINT_ATTRS = re.compile(r"class|id|role|hidden|style|itemprop", re.I)


def attributes(raw: str) -> dict[str, str]:
    """A start tag's attributes as written between its name and ``>``: names lower-cased,
    references in values decoded; the last of a repeated name wins."""
    out = {}
    for name, dq, sq, bare in _ATTR.findall(raw):
        value = dq or sq or bare
        out[name.lower()] = unescape(value) if "&" in value else value
    return out


def element_hint(tag: str, raw: str, inside_article: bool, rules: StructureRules) -> tuple[str | None, bool]:
    """:func:`hint_reason` of a start tag from its attributes as written, and whether it is
    marked ``itemprop="articleBody"`` (attributes parsed only if they may say something)."""
    attrs = attributes(raw) if raw and _HINT_ATTRS.search(raw) else {}
    return hint_reason(tag, attrs, inside_article, rules), attrs.get("itemprop") == "articleBody"


def hint_reason(tag: str, attrs: dict[str, str], inside_article: bool, rules: StructureRules) -> str | None:
    """Why an element is page furniture (tag, role, class/id token, hidden), or ``None``."""
    style = attrs.get("style")
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" or (style and _HIDDEN_STYLE.search(style)):
        return "hidden element"
    key = (tag, attrs.get("class") or "", attrs.get("id") or "", (attrs.get("role") or "").lower(), inside_article)
    memo = rules.combos
    if key in memo:
        return memo[key]
    if len(memo) >= MEMO_MAX:
        memo.clear()
    reason = memo[key] = _hint(*key, rules)
    return reason


def _hint(tag: str, cls: str, ident: str, role: str, inside_article: bool, rules: StructureRules) -> str | None:
    """:func:`hint_reason` from the tag, class, id and role.

    A class or id part of quoted or embedded content keeps the element whatever its other
    names say; otherwise the first name with a furniture reason decides."""
    if tag in rules.tags and not (tag == "header" and inside_article):
        return rules.tags[tag]
    if role in rules.roles and not (role == "banner" and inside_article):
        return rules.roles[role]
    reason = None
    names = rules.names
    for name in cls.split() + ident.split():
        hit = names.get(name)
        if hit is None:
            if len(names) >= MEMO_MAX:
                names.clear()
            hit = names[name] = _name_hint(name, rules)
        if hit[0]:
            return None
        if reason is None:
            reason = hit[1]
    return reason


def _name_hint(name: str, rules: StructureRules) -> tuple[bool, str | None]:
    """One class or id: whether it marks content to keep, and its furniture reason (a whole
    name first, then its parts in order) or ``None``."""
    low = name.lower()
    if low != name:  # capitals: camel-case parts too
        parts = _SPLIT.split(name)
    elif "-" in name or "_" in name:  # no capitals, so no camel-case split (names hold no white space)
        parts = _SEPARATORS.split(name)
    else:
        parts = [name]
    keep = low in rules.keep or any(part.lower() in rules.keep for part in parts)
    if low in rules.whole:
        return keep, rules.whole[low]
    for part in parts:
        reason = rules.tokens.get(part.lower())
        if reason:
            return keep, reason
    return keep, None
