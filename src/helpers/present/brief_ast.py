"""A small builder for pandoc's document tree (its JSON AST), so that document text never becomes markup.

Every piece of text from a source goes into the tree as ``Str`` nodes: pandoc's writers then
escape it for Markdown, HTML, DOCX and typst themselves. There is no raw HTML, raw TeX, raw
attribute or citation node in a brief, by construction. Runs of spaces are kept visible as
no-break spaces (HTML and typst would otherwise collapse them).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

Node = dict[str, Any]
#: the pandoc API version of the JSON we write (pandoc 3.x)
API_VERSION = [1, 23, 1, 1]
_WORD = re.compile(r"( +|\n+|\t+)")
_AT = re.compile(r"(?=@)")
#: control characters (except tab and newline) have no place in a rendered brief
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_CONTROL = CONTROL


def text(s: object) -> list[Node]:
    """Inline nodes for plain text: words as ``Str``, single spaces as ``Space``, a run of
    spaces as one space then no-break spaces (so it shows), newlines and tabs as a space."""
    s = _CONTROL.sub(" ", str(s))
    out: list[Node] = []
    for part in _WORD.split(s):
        if not part:
            continue
        if part.startswith(" ") and len(part) > 1:
            out.append({"t": "Space"})
            out.append({"t": "Str", "c": "\u00a0" * (len(part) - 1)})
        elif part.isspace():
            out.append({"t": "Space"})
        else:  # an "@" always starts its own node: pandoc's Markdown writer then escapes it
            out.extend({"t": "Str", "c": w} for w in _AT.split(part) if w)
    return out


def _inl(x: str | Node | list[Node]) -> list[Node]:
    """Inlines from text (plain), one node or a list of nodes."""
    if isinstance(x, str):
        return text(x)
    if isinstance(x, dict):
        return [x]
    out: list[Node] = []
    for item in x:
        out.extend(_inl(item))
    return out


def inlines(*parts: str | Node | list[Node]) -> list[Node]:
    """Concatenate text and nodes into one inline list."""
    out: list[Node] = []
    for p in parts:
        out.extend(_inl(p))
    return out


def strong(*parts: str | Node | list[Node]) -> Node:
    return {"t": "Strong", "c": inlines(*parts)}


def emph(*parts: str | Node | list[Node]) -> Node:
    return {"t": "Emph", "c": inlines(*parts)}


def code(s: str) -> Node:
    return {"t": "Code", "c": [["", [], []], _CONTROL.sub(" ", str(s))]}


def span(cls: str, *parts: str | Node | list[Node], ident: str = "") -> Node:
    """A span with one class (used to find the parts of a quote again when checking)."""
    return {"t": "Span", "c": [[ident, [cls], []], inlines(*parts)]}


def link(target: str, *parts: str | Node | list[Node]) -> Node:
    """A link; ``target`` is built by the package (an internal ``#id`` or a source's address)."""
    return {"t": "Link", "c": [["", [], []], inlines(*parts), [target, ""]]}


def sup(*parts: str | Node | list[Node]) -> Node:
    return {"t": "Superscript", "c": inlines(*parts)}


def para(*parts: str | Node | list[Node]) -> Node:
    return {"t": "Para", "c": inlines(*parts)}


def plain(*parts: str | Node | list[Node]) -> Node:
    return {"t": "Plain", "c": inlines(*parts)}


def header(level: int, ident: str, *parts: str | Node | list[Node]) -> Node:
    return {"t": "Header", "c": [level, [ident, [], []], inlines(*parts)]}


def bullets(items: Iterable[list[Node]]) -> Node:
    """A bullet list; each item is a list of blocks."""
    return {"t": "BulletList", "c": [list(i) for i in items]}


def div(ident: str, cls: str, blocks: list[Node]) -> Node:
    return {"t": "Div", "c": [[ident, [cls], []], blocks]}


def figure(ident: str, src: str, caption: list[Node], alt: str) -> Node:
    """A figure: image ``src`` (a path or data URI built by the package), caption, alt text."""
    img = {"t": "Image", "c": [["", [], [["alt", _CONTROL.sub(" ", alt)], ["width", "100%"]]], text(alt), [src, ""]]}
    return {"t": "Figure", "c": [[ident, [], []], [None, [plain(caption)]], [plain(img)]]}


def table(head: list[str], rows: list[list[list[Node]]], widths: list[float] | None = None) -> Node:
    """A simple table: header cells (plain text) and rows of cells (inline lists)."""
    n = len(head)
    widths = widths or [1.0 / n] * n
    spec = [[{"t": "AlignLeft"}, {"t": "ColWidth", "c": w}] for w in widths]

    def cell(content: list[Node]) -> list[Any]:
        return [["", [], []], {"t": "AlignDefault"}, 1, 1, [plain(content)] if content else []]

    def row(cells: list[list[Node]]) -> list[Any]:
        return [["", [], []], [cell(c) for c in cells]]

    return {"t": "Table", "c": [["", [], []], [None, []], spec,
                                [["", [], []], [row([text(h) for h in head])]],
                                [[["", [], []], 0, [], [row(r) for r in rows]]],
                                [["", [], []], []]]}


def document(title: str, subtitle: str | None, blocks: list[Node], lang: str = "en") -> Node:
    """The whole document, with its title and subtitle as metadata (plain text)."""
    meta: dict[str, Any] = {"title": {"t": "MetaInlines", "c": text(title)},
                            "lang": {"t": "MetaString", "c": lang}}
    if subtitle:
        meta["subtitle"] = {"t": "MetaInlines", "c": text(subtitle)}
    return {"pandoc-api-version": API_VERSION, "meta": meta, "blocks": blocks}


def stringify(nodes: Any) -> str:
    """The plain text of inline or block nodes (as pandoc's ``stringify``)."""
    if isinstance(nodes, list):
        return "".join(stringify(n) for n in nodes)
    if not isinstance(nodes, dict):
        return ""
    t, c = nodes.get("t"), nodes.get("c")
    if t == "Str":
        return c
    if t in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if t in ("Code", "Math", "RawInline"):
        return c[-1]
    if t == "Header":
        return stringify(c[2])
    if t == "Quoted":
        return "“" + stringify(c[1]) + "”"
    if t in ("Span", "Div", "Link", "Image", "Cite"):
        return stringify(c[1])  # the content (a Cite: its rendered text)
    if t in ("Para", "Plain", "Strong", "Emph", "Superscript", "Subscript", "Underline", "SmallCaps",
             "Strikeout"):
        return stringify(c)
    return stringify(c) if isinstance(c, list) else ""


def walk(node: Any):
    """Every dict node in a tree, depth first."""
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)
