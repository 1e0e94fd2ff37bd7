"""Render the brief's document tree with pandoc (sandboxed) and typst: md, html, docx, pdf.

The tree is pandoc JSON built by :mod:`helpers.present.brief_ast`, so no text in it is markup. pandoc
runs with ``--sandbox`` (it reads nothing but the file it is given) and the input format is
JSON, never Markdown: figures reach HTML and DOCX as data URIs the package builds from its own
PNG files, and typst compiles with its root at the output folder, so no file outside it can be
embedded. Outputs are byte-stable (fixed timestamps for DOCX and PDF).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import tempfile
import warnings
from pathlib import Path

from helpers.core.paths import DATA_DIR

#: a fixed time for DOCX and PDF metadata (1980-01-01, the earliest a ZIP entry can hold)
FIXED_EPOCH = 315532800
#: layout rules put before pandoc's typst output: long tables break across pages, cells read
#: ragged-right, figures are not numbered again (their captions carry "Figure N")
TYPST_PREAMBLE = """#show figure: set block(breakable: true)
#set figure(numbering: none)
#show table: set text(size: 8pt)
#show table.cell: set par(justify: false)
#set table(align: left)
"""
#: Markdown the brief is read back from: pandoc's own, without raw HTML, raw TeX, raw
#: attributes, citations or maths, so checking a brief never interprets its text as markup
SAFE_MARKDOWN = "markdown-smart-raw_html-raw_tex-raw_attribute-citations-tex_math_dollars-tex_math_single_backslash"


def _pandoc_path() -> str:
    import pypandoc

    return pypandoc.get_pandoc_path()


def pandoc(data: bytes, src: str, dst: str, extra: list[str] | None = None) -> bytes:
    """Run pandoc sandboxed on ``data`` (format ``src``) and return the ``dst`` output's bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / f"in.{src.split('-')[0]}", Path(tmp) / "out"
        inp.write_bytes(data)
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(FIXED_EPOCH)}
        cmd = [_pandoc_path(), "--sandbox", "-f", src, "-t", dst, str(inp), "-o", str(out), *(extra or [])]
        proc = subprocess.run(cmd, capture_output=True, env=env, cwd=tmp, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"pandoc {src} -> {dst} failed: {proc.stderr.decode('utf-8', 'replace')[:2000]}")
        return out.read_bytes()


def pandoc_json(md: str) -> str:
    """``md`` read by pandoc's safe Markdown reader, as JSON."""
    return pandoc(md.encode("utf-8"), SAFE_MARKDOWN, "json").decode("utf-8")


def _dump(tree: dict) -> bytes:
    return json.dumps(tree, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _md_tree(tree: dict) -> dict:
    """The tree as written to Markdown: title and subtitle as the first blocks (not YAML), and
    each quoted passage a paragraph opening with its anchor span (no fenced divs)."""
    meta = dict(tree["meta"])
    head = [{"t": "Header", "c": [1, ["title", [], []], meta.pop("title")["c"]]}] if "title" in meta else []
    if "subtitle" in meta:
        head.append({"t": "Para", "c": [{"t": "Emph", "c": meta.pop("subtitle")["c"]}]})
    blocks = []
    for b in tree["blocks"]:
        if b.get("t") == "Div" and "quote" in b["c"][0][1] and len(b["c"][1]) == 1:
            para = b["c"][1][0]
            blocks.append({"t": "Para", "c": [{"t": "Span", "c": [b["c"][0], para["c"]]}]})
        else:
            blocks.append(b)
    return {**tree, "meta": meta, "blocks": head + blocks}


#: what pandoc's Markdown writer leaves unescaped but its reader would interpret: "@" (a
#: citation), "&name;" (an entity), ":::" (a fenced div); an escaped character is skipped
_MD_GAPS = re.compile(r"\\.|@|&(?=#?\w+;)|:::", re.S)


def to_markdown(tree: dict) -> str:
    """The tree as pandoc Markdown: pandoc escapes it, and the few characters its writer leaves
    open (:data:`_MD_GAPS`) are escaped here, so reading it back gives the same text."""
    md = pandoc(_dump(_md_tree(tree)), "json", "markdown-smart", ["--wrap=none", "--standalone"]).decode("utf-8")
    head, sep, body = md.partition("\n---\n") if md.startswith("---\n") else ("", "", md)
    body = _MD_GAPS.sub(lambda m: m.group(0) if m.group(0).startswith("\\") else "\\" + m.group(0), body)
    return head + sep + body


def render(trees: dict[str, dict], folder: Path, root: Path) -> dict[str, bytes]:
    """HTML, DOCX and PDF bytes from the trees for each target (``html``, ``docx``, ``typst``)."""
    css = (DATA_DIR / "brief.css").read_text(encoding="utf-8")
    html = dict(trees["html"], meta={**trees["html"]["meta"], "header-includes": {  # the package's own CSS
        "t": "MetaBlocks", "c": [{"t": "RawBlock", "c": ["html", f"<style>{_one_line(css)}</style>"]}]}})
    out = {"html": pandoc(_dump(html), "json", "html5", ["--standalone", "--embed-resources"]),
           "docx": pandoc(_dump(trees["docx"]), "json", "docx")}
    typ = TYPST_PREAMBLE + pandoc(_dump(trees["typst"]), "json", "typst", ["--standalone"]).decode("utf-8")
    out["pdf"] = _typst_pdf(typ, folder, root)
    return out


def _one_line(css: str) -> str:
    return " ".join(css.split())


def _typst_pdf(typ: str, folder: Path, root: Path) -> bytes:
    import typst

    fonts = [str(p) for p in font_dirs()]
    stamp = dt.datetime.fromtimestamp(FIXED_EPOCH, dt.timezone.utc)
    with tempfile.NamedTemporaryFile("w", suffix=".typ", dir=folder, delete=False, encoding="utf-8") as fh:
        fh.write(typ)
        path = fh.name
    try:
        kw = dict(root=str(root), font_paths=fonts, ignore_system_fonts=True, timestamp=stamp)
        try:
            return typst.compile(path, **kw)
        except typst.TypstError as exc:  # typst-pdf 0.15 can fail building accessibility tags on long tables
            if "internal error" not in str(exc):
                raise
            warnings.warn(f"brief.pdf is written without accessibility tags: typst failed to tag it ({exc})",
                          stacklevel=2)
            return typst.compile(path, pdf_tags=False, **kw)
    finally:
        os.unlink(path)


def font_dirs() -> list[Path]:
    """Fonts typst may use: matplotlib's DejaVu and the Noto CJK font of ``mplfonts``."""
    import matplotlib
    import mplfonts

    return [Path(matplotlib.get_data_path()) / "fonts" / "ttf", Path(mplfonts.__file__).parent / "fonts"]
