"""HTML judged with its structure, robust to broken markup, with exact offsets: pages written here."""
from __future__ import annotations

import json
import signal
from contextlib import contextmanager

import pytest

import helpers
from helpers.clean.corpus import offset_map
from helpers.read.htmldom import html_text, html_to_text

NEWS_PAGE = """<!DOCTYPE html>
<html><head><title>Solar farms feed the new server halls | Example Daily</title>
<script>var menu = "<p>not text</p>";</script></head>
<body>
<header class="site-header"><a href="/">Example Daily</a> <a href="/world">World</a> <a href="/tech">Tech</a></header>
<nav><ul><li><a href="/a">Markets</a></li><li><a href="/b">Science</a></li><li><a href="/c">Opinion</a></li></ul></nav>
<article>
<header><h1>Solar farms feed the new server halls</h1></header>
<p>Three operators in the high desert have connected their server halls to solar farms this spring,
according to filings seen by our reporters at AT&T and R&amp;D labs.</p>
<p>The largest site draws 120 megawatts at midday, and the operators say the share of solar power will
rise again next year when the second phase of panels is finished.</p>
<table><tr><th>Site</th><th>Power</th></tr><tr><td>North hall</td><td>120 MW</td></tr>
<tr><td>South hall</td><td>45 MW</td></tr></table>
<ul><li>Panels: 400,000</li><li>Batteries: 2 GWh</li></ul>
<figure><img src="x.jpg"><figcaption>Photo: Jane Roe for Example Daily</figcaption></figure>
<div class="social-media-embed"><blockquote>&ldquo;We run on sunlight now,&rdquo; the site manager wrote on Monday.</blockquote></div>
<p>Engineers expect the cooling systems to need less water than the older halls, which are closer to the city.</p>
<div class="share-tools"><button>Share</button> <a href="https://x.example/share?u=1&t=2">Post</a></div>
</article>
<aside class="related-stories"><h2>Related</h2><p>Wind turbines are getting taller every year, and nobody quite knows where it ends for the industry.</p></aside>
<footer>Contact us | Privacy policy</footer>
</body></html>
"""


@contextmanager
def time_limit(seconds: int):
    """Fail rather than hang (broken markup must never loop)."""
    def _raise(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")
    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def load_one(make_corpus, html: str, name: str = "page.html"):
    with time_limit(10):
        docs = helpers.load_corpus(make_corpus({name: html}))
    return docs, docs.iloc[0]


def assert_offsets_exact(docs, d) -> None:
    """Every kept character maps to the raw character it came from (references map to their '&')."""
    omap = offset_map(docs, d["doc_id"])
    raw, clean = d["raw_text"], d["clean_text"]
    for i, ch in enumerate(clean):
        if ch.isspace():
            continue
        r = omap.to_raw(i)
        assert raw[r] == ch or raw[r] == "&", (i, ch, raw[r - 5:r + 5])


def test_structure_removes_furniture_and_keeps_the_article(make_corpus):
    docs, d = load_one(make_corpus, NEWS_PAGE)
    text = d["clean_text"]
    for kept in ("high desert", "120 megawatts", "North hall 120 MW", "Panels: 400,000",
                 "We run on sunlight now", "cooling systems"):
        assert kept in text, kept
    for gone in ("Markets", "Opinion", "Photo: Jane Roe", "Wind turbines", "Privacy policy", "not text"):
        assert gone not in text, gone
    assert text.count("Solar farms feed the new server halls") == 1  # headline kept once
    assert d["title"] == "Solar farms feed the new server halls"
    assert_offsets_exact(docs, d)


def test_every_structural_removal_has_a_reason_and_a_raw_span(make_corpus):
    docs, d = load_one(make_corpus, NEWS_PAGE)
    removals = json.loads(d["removals"])
    raw = d["raw_text"]
    spans = [(reason, raw[s:e]) for s, e, reason in removals]
    assert ("html: navigation element", 'Markets</a></li><li><a href="/b">Science</a></li><li><a href="/c">Opinion') in spans
    assert ("html: caption", "Photo: Jane Roe for Example Daily") in spans
    assert any("Wind turbines" in span and reason == "html: aside element" for reason, span in spans)
    for s, e, reason in removals:
        assert reason and 0 <= s < e <= len(raw)


def test_ampersands_and_unknown_references_stay_as_written():
    html = "<p>AT&T and R&D paid 5 &euro; at https://a.example/?q=1&lang=fr &madeup; &amp; &#8364; &copy 2025</p>"
    text, where = html_to_text(html)
    assert text == "AT&T and R&D paid 5 € at https://a.example/?q=1&lang=fr &madeup; & € © 2025"
    assert len(where) == len(text)
    for ch, pos in zip(text, where):
        assert html[pos] == ch or html[pos] == "&"
    # written characters map one to one: "&lang" keeps five source positions
    k = text.index("&lang")
    assert [html[p] for p in where[k:k + 5]] == list("&lang")


def test_bare_ampersand_page_keeps_offsets(make_corpus):
    html = "<html><body><p>Researchers at AT&T and the R&D unit of a Q&A site said the A&B test ran for 12 weeks and cost $4 million.</p></body></html>"
    docs, d = load_one(make_corpus, html)
    assert "AT&T and the R&D unit of a Q&A site" in d["clean_text"]
    assert_offsets_exact(docs, d)


def test_html5_page_without_closing_head_keeps_its_body(make_corpus):
    html = ("<!doctype html><html><head><meta charset=utf-8><title>Rain in the valley</title>"
            "<link rel=stylesheet href=a.css>\n<p>The valley received twice its usual rainfall this autumn, "
            "the weather office said on Tuesday, and farmers expect a larger harvest.</p>\n</html>")
    docs, d = load_one(make_corpus, html)
    assert "twice its usual rainfall" in d["clean_text"]


@pytest.mark.parametrize("tag", ["script", "style", "noscript", "iframe"])
def test_unclosed_skip_element_is_reported_not_silent(make_corpus, tag):
    html = (f"<html><body><p>Le conseil municipal a voté le budget de 2025 mardi soir, après trois heures de débat.</p>"
            f"<{tag}>x = 1;\n<p>Texte perdu après la balise.</p></body></html>")
    docs, d = load_one(make_corpus, html)
    assert "budget de 2025" in d["clean_text"]
    removals = json.loads(d["removals"])
    lost = [r for r in removals if r[2].startswith(f"markup: unclosed <{tag}>")]
    assert lost and lost[0][1] == len(d["raw_text"])
    assert "Texte perdu" in d["raw_text"][lost[0][0]:lost[0][1]]
    assert f"unclosed <{tag}>" in d["text_evidence"]


def test_unclosed_svg_ends_at_the_next_html_block():
    html = "<p>会议于周二举行。</p><svg viewBox='0 0 1 1'><path d='M0'/><title>icon</title><p>新的数据中心将于明年投入使用，总投资约为十亿元。</p>"
    res = html_text(html)
    assert "新的数据中心将于明年投入使用" in res.text and "icon" not in res.text
    assert res.markup_losses == []


def test_implied_end_tags_never_hang_on_hostile_markup():
    html = "<div>" * 3000 + "<p>deep text" + "<script>" + "<" * 5000
    with time_limit(10):
        res = html_text(html)
    assert "deep text" in res.text and res.markup_losses


def test_wrapper_with_a_furniture_class_still_holds_the_article():
    body = " ".join(["The committee met on Thursday and approved the new water plan for the district."] * 6)
    html = (f"<body><div class='content-with-sidebar'><p>{body}</p></div>"
            "<div class='sidebar'><a href='/x'>Most read</a></div></body>")
    res = html_text(html)
    reasons = {r for _, _, r in res.structure}
    assert "the new water plan" in res.text
    spans = [(s, e) for s, e, r in res.structure]
    start = res.text.index("The committee")
    assert not any(s <= start < e for s, e in spans)
    assert reasons  # the real sidebar is still marked


def test_teaser_cards_and_a_hidden_cookie_dialog_are_not_the_article():
    para = ("The district council approved the new bus routes on Tuesday evening, after residents asked for "
            "better links between the northern villages and the hospital.")
    cookie = ("Necessary cookies are essential for the website to work and cannot be switched off in our systems, "
              "they are usually set in response to actions made by you such as setting your privacy preferences.")
    html = ("<body><div class='cookie-modal' style='display:none'>" + f"<p>{cookie}</p>" * 6 + "</div>"
            f"<main><p>{para}</p><p>{para.replace('Tuesday', 'Monday')}</p></main>"
            "<aside class='related'>" + "".join(
                f"<article><h3><a href='/s{i}'>Story {i} headline here</a></h3><p>A teaser paragraph that summarises "
                f"another story number {i} in a sentence long enough to look like prose.</p></article>" for i in range(3))
            + "</aside></body>")
    res = html_text(html)
    kept = [res.text[s:e] for s, e in _gaps(res)]
    joined = " ".join(kept)
    assert "bus routes" in joined and "Necessary cookies" not in joined and "teaser paragraph" not in joined


def _gaps(res):
    """The base spans the structure leaves in."""
    pos, out = 0, []
    for s, e, _ in res.structure:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < len(res.text):
        out.append((pos, len(res.text)))
    return out


def test_markup_metadata_fills_what_the_text_does_not_say(make_corpus):
    html = ("<html><head><title>Harbour expansion approved</title>"
            "<meta property='article:published_time' content='2026-05-14T09:30:00+02:00'>"
            "<meta name='author' content='Lena Berg'><meta property='og:site_name' content='Coastal Post'>"
            "<meta property='article:author' content='https://example.org/lena'></head>"
            "<body><article><h1>Harbour expansion approved</h1><p>The city council approved the harbour expansion "
            "on Wednesday, adding two berths for container ships by 2028.</p></article></body></html>")
    docs, d = load_one(make_corpus, html)
    assert (d["published"], d["author"], d["outlet"]) == ("2026-05-14", "Lena Berg", "Coastal Post")
    assert d["published_source"] == "text"
    assert "published: html article:published_time" in d["text_evidence"]
    assert "[raw " in d["text_evidence"]


def test_unbalanced_quotes_stray_end_tags_and_deep_nesting_stay_linear():
    for html in ("<a " * 20000 + '"', '<a "' + "<b x " * 20000, "<div>" * 20000 + "</x>" * 20000 + "tail text",
                 "<nav>" * 20000 + "<p>" + "deep text " * 200):
        with time_limit(5):
            res = html_text(html)
        assert len(res.text) > 1000 or res.text == "tail text"  # stray markup stays as text, nothing swallowed
