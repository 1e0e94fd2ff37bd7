"""Document text never becomes markup: a hostile corpus renders literally in md, html and docx,
with no tag, attribute, image, link or citation of its own, and no byte of a local file."""
from __future__ import annotations

import base64
import json
import re
import zipfile

import matplotlib
matplotlib.use("Agg")

import pytest  # noqa: E402
from html.parser import HTMLParser  # noqa: E402
import xml.etree.ElementTree as ET  # noqa: E402

import helpers  # noqa: E402
from helpers.present import brief
from helpers.present import brief_ast
from helpers.present import brief_render  # noqa: E402

#: a 1x1 PNG the hostile text points at; it must never be embedded
SECRET_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
SECRET_TEXT = "SECRET-LOCAL-FILE-7f3a9c"

#: hostile strings, each in a sentence with a number the brief cites
HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert('x')</script>",
    "@handle",
    "[@cite]",
    "#set page(width: 1cm)",
    "$x$",
    "\\input{secret}",
    "*not emphasis*",
    "_not_emphasis_",
    "`not code`",
    "{#id .class}",
    "a & b > c < d",
    "# not a heading",
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    secret_dir = root / "outside"
    secret_dir.mkdir()
    (secret_dir / "secret.png").write_bytes(SECRET_PNG)
    (secret_dir / "secret.txt").write_text(SECRET_TEXT, encoding="utf-8")
    corpus = root / "corpus"
    corpus.mkdir()
    lines = [f"Report {h} says the firm runs {i + 2} data centres near the coast." for i, h in enumerate(HOSTILE)]
    lines.append(f"A memo ![x]({secret_dir / 'secret.png'}) counts 300 chips in the hall.")
    lines.append(f"A note <img src=\"{secret_dir / 'secret.png'}\"> lists 420 chips in storage.")
    lines.append(f"An aside [link]({secret_dir / 'secret.txt'}) puts 510 chips on order.")
    lines.append("Spacing   kept:   the firm   runs 77 data centres.")
    (corpus / "evil.txt").write_text("<script>alert(1)</script> @handle [@cite] $x$ report\n"
                                     "Published 2025-03-02\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    # one 5,000+ character line of prose (a page whose paragraphs were glued into one line)
    long_line = ("The operators said that the sites would draw their power from the regional grid. " * 40
                 + "In the end 9,000 chips were counted in one very long line " + "of text that goes on. " * 12)
    (corpus / "long.txt").write_text("A long page\n\n" + long_line + "\n", encoding="utf-8")
    (corpus / "cjk.txt").write_text("新疆报告\n\n新疆共有三十个数据中心，部署了10万块芯片。\n"
                                    "The sign read «تقول الشركة إن لديها مركز بيانات» above 20 data centres.\n",
                                    encoding="utf-8")
    (corpus / "plain.md").write_text("# Plain\n\nOfficials counted 90 data centres and 2,000 chips in 2024.\n",
                                     encoding="utf-8")
    out = root / "out"
    a = helpers.analyse(helpers.load_corpus(corpus))
    brief.export_figures(a, out / "figures")
    written = brief.write_brief(a, out / "figures", out / "brief")
    return a, out, written, secret_dir


def _md_tree(md: str) -> dict:
    """brief.md read back by pandoc's full Markdown reader (raw HTML, TeX, maths and citations on; typographic quotes off)."""
    return json.loads(brief_render.pandoc(md.encode("utf-8"), "markdown-smart", "json"))


def _norm(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def test_markdown_reads_back_as_text_only(hostile):
    _, _, written, _ = hostile
    tree = _md_tree(written["md"].read_text(encoding="utf-8"))
    kinds = {n.get("t") for n in brief_ast.walk(tree)}
    assert not kinds & {"RawInline", "RawBlock", "Cite", "Math"}
    images = [n["c"][2][0] for n in brief_ast.walk(tree) if n.get("t") == "Image"]
    assert images and all(re.fullmatch(r"\.\./figures/[a-z_]+\.png", i) for i in images)
    links = [n["c"][2][0] for n in brief_ast.walk(tree) if n.get("t") == "Link"]
    assert all(re.fullmatch(r"#(q\d+|fig-[a-z_]+)", t) for t in links), links
    text = _norm(brief_ast.stringify(tree["blocks"]))
    for h in HOSTILE:
        assert _norm(h) in text, h
    assert "Spacing kept: the firm runs 77 data centres." in text


class _Parts(HTMLParser):
    """Every start tag with its attributes, and the text outside script and style (the standard
    library's parser, as a browser would tokenise the page)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("style",)

    def handle_endtag(self, tag):
        self._skip -= tag in ("style",) and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


def test_html_has_no_foreign_tags_attributes_or_images(hostile):
    _, _, written, _ = hostile
    doc = _Parts()
    doc.feed(written["html"].read_text(encoding="utf-8"))
    assert not [t for t, _ in doc.tags if t == "script"]
    assert not [a for _, attrs in doc.tags for a in attrs if a.lower().startswith("on")]
    srcs = [attrs.get("src", "") for t, attrs in doc.tags if t == "img"]
    assert len(srcs) == 3 and all(s.startswith("data:image/png;base64,") for s in srcs)
    assert all((attrs.get("href") or "").startswith("#") for t, attrs in doc.tags if t == "a")
    content = "".join(doc.chunks)
    text = _norm(content)
    for h in HOSTILE:
        assert _norm(h) in text, h
    assert "the firm \u00a0\u00a0runs 77" in content  # a run of three spaces stays three wide


def test_no_local_file_outside_the_output_is_embedded(hostile):
    _, _, written, _ = hostile
    marker = base64.b64encode(SECRET_PNG)[:40]
    for fmt in ("md", "html", "docx", "pdf"):
        blob = written[fmt].read_bytes()
        assert SECRET_TEXT.encode() not in blob and marker not in blob, fmt
    with zipfile.ZipFile(written["docx"]) as z:
        media = [z.read(n) for n in z.namelist() if n.startswith("word/media/")]
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    assert len(media) == 3 and SECRET_PNG not in media
    assert "External" not in rels


def test_docx_text_is_literal(hostile):
    _, _, written, _ = hostile
    with zipfile.ZipFile(written["docx"]) as z:
        xml = z.read("word/document.xml")
    root = ET.fromstring(xml)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    paras = [_norm("".join(t.text or "" for t in p.iterfind(".//w:t", ns))) for p in root.iterfind(".//w:p", ns)]
    text = " ".join(paras)
    for h in HOSTILE:
        assert _norm(h) in text, h


def test_long_lines_cjk_and_rtl_are_cited_and_pdf_builds(hostile):
    a, _, written, _ = hostile
    md = written["md"].read_text(encoding="utf-8")
    cites = brief.verify_citations(md, a.docs)
    assert cites["quote"].str.contains("新疆共有三十个数据中心").any()
    assert cites["quote"].str.contains("مركز بيانات").any()
    long = cites[cites["path"] == "long.txt"]["quote"]
    assert len(long) and all(len(q) <= 400 for q in long) and long.str.contains("9,000 chips").all()
    # the Chinese sentence keeps its words, with its figure glossed in English
    assert "100,000 chips" in md
    pdf = written["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF") and b"/Type /Page" in pdf or b"/Type/Page" in pdf


def test_untraceable_citation_is_a_clear_error(hostile):
    a, _, written, _ = hostile
    md = written["md"].read_text(encoding="utf-8")
    broken = md.replace("counts 300 chips in the hall", "counts 301 chips in the hall")
    with pytest.raises(brief.CitationError, match=r"counts 301 chips.*evil\.txt, line \d+: not in the source"):
        brief.verify_citations(broken, a.docs)


def test_typst_source_escapes_its_specials(hostile):
    a, out, _, _ = hostile
    manifest = brief.read_manifest(out / "figures")
    tree = brief.brief_tree(a, manifest, None, lambda n: f"../figures/{n}.png")
    typ = brief_render.pandoc(brief_render._dump(tree), "json", "typst", ["--standalone"]).decode("utf-8")
    for escaped in ("\\#set page(width: 1cm)", "\\$x\\$", "\\@handle", "\\\\input{secret}", "\\*not emphasis\\*"):
        assert escaped in typ, escaped
    assert "#set page(width: 1cm)" not in typ.replace("\\#set page(width: 1cm)", "")


def test_a_quoted_dateline_of_two_short_lines_is_traced_to_its_first_line() -> None:
    """A passage of page furniture quoted across two short raw lines (" date 2024-11-15 15 Nov, 2024" then "15 Nov,
    2024 @ 16:51") begins on the first: the build's citation check must not fail on it."""
    from helpers.present.brief_cite import _begins_on

    lines = [" date 2024-11-15 15 Nov, 2024", "15 Nov, 2024 @ 16:51", "A headline", ""]
    quote = "date 2024-11-15 15 Nov, 2024 15 Nov, 2024 @ 16:51"
    assert _begins_on(lines, 1, quote)
    assert not _begins_on(lines, 2, quote) and not _begins_on(lines, 3, quote)
