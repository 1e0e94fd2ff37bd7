"""Cleaning, step 3: rules that judge a segment by its place in the document and the corpus.

Each rule is a function of a :class:`Page` (its pieces with features and repetition keys, the metadata read so far),
run in order by :func:`helpers.clean.cleaner.classify`:

* :func:`page_title` -- a first line shaped "Prefix: Headline - Site" (``data/title_affixes.csv``);
* :func:`repetition` -- a menu printed twice in one text; a segment repeated across one site's documents (never a
  sentence or quotation that several sources share);
* :func:`breadcrumb_title`, :func:`link_runs`, :func:`related_blocks`;
* :func:`metadata_lines` -- datelines and bylines read into metadata, then removed;
* :func:`headline` -- the title kept once, right before the body;
* :func:`context` -- the article is the stretch from the first to the last prose.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from helpers.read import dates
from helpers.clean.clean_rules import (_BREADCRUMB_SEP, _BYLINE, _DATE_LABEL, BYLINE_OPENING, _date_only, byline_with_age,
                                      load_title_affixes, over_byline, FIGURE_ITEM)
from helpers.clean.clean_segment import _SENT_END, Features, Piece, is_heading_like, normalize_key
from helpers.clean.clean_blocks import captions_before_credits, link_runs, related_blocks  # noqa: F401  re-exported

_QUOTE_MARK = re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u300c\u300d\u300e\u300f]")


@dataclass
class Page:
    """One document while it is being judged."""

    pieces: list[Piece]
    feats: list[Features]
    keys: list[str]
    html: bool = False  # the markup was judged (``structure`` given): text proxies for links are off
    meta: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # metadata field -> base span
    title_keys: set[str] = field(default_factory=set)
    keep: int | None = None  # the headline piece kept

    def good_bounds(self, headings: bool = True) -> tuple[int, int]:
        """Index of the first and last prose piece (``len, -1`` when there is none)."""
        idx = [i for i, p in enumerate(self.pieces) if p.label == "good" and (headings or not p.heading)]
        return (idx[0], idx[-1]) if idx else (len(self.pieces), -1)

    def read(self, key: str, value: str, evidence: str, piece: Piece | None = None) -> None:
        """Record a metadata value once, with its evidence and the base span it was read from."""
        if key in self.meta:
            return
        self.meta[key] = value
        if evidence:
            self.meta[f"{key}_evidence"] = evidence
        if piece is not None:
            self.spans[key] = (piece.start, piece.end)


def mark_structure(pieces: list[Piece], structure: list[tuple[int, int, str]] | None) -> None:
    """Mark pieces inside page furniture the HTML markup shows (``htmldom`` spans) as removed."""
    if not structure:
        return
    starts = [s for s, _, _ in structure]
    for p in pieces:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= structure[k][1]:
            p.label, p.reason, p.soft = "bad", f"html: {structure[k][2]}", True


#: a headline before " - Site" is at most this long (a longer first line is a paragraph)
MAX_TITLE_CHARS = 200


def page_title(page: Page) -> None:
    """A first line shaped "Prefix: Headline - Site": the site is the outlet, the rest a title."""
    pieces = page.pieces
    if not pieces or pieces[0].label == "bad":
        return
    line_pieces = [p for p in pieces if p.line == pieces[0].line]
    pre, suf = load_title_affixes()
    base_line = " ".join(p.text for p in line_pieces)
    head, site = base_line, None
    for rx in suf:
        m = rx.search(head)
        if m:
            site = re.sub(r"^\s*[-|–—]\s*", "", m.group(0)).strip()
            head = head[: m.start()]
    for rx in pre:
        head = rx.sub("", head, count=1)
    if site and line_pieces[-1].end - line_pieces[0].start < 300 and len(head) <= MAX_TITLE_CHARS:
        page.read("outlet", site, f"page title suffix: {base_line!r}")
        page.title_keys.add(normalize_key(head))
        page.meta["title_candidate"] = head.strip()
        for p in line_pieces:
            p.label, p.reason, p.soft = "bad", "page title", True


def site_furniture(text: str, key: str, doc_frequency: Mapping[str, int] | None, n_docs: int,
                   site_frequency: Mapping[str, int] | None) -> bool:
    """Whether a segment repeated across documents is furniture rather than shared evidence.

    When the document's site is known (``site_frequency``: counts among the documents of the
    same outlet or URL host), a segment in two or more of them is furniture and repetition on
    other sites does not count. When it is unknown, only a label-shaped segment in three or
    more documents is: a sentence or a quotation that several sources carry stays."""
    if site_frequency is not None:
        return site_frequency.get(key, 0) >= 2
    if doc_frequency is None or n_docs < 3 or doc_frequency.get(key, 0) < 3:
        return False
    return not (_SENT_END.search(text) or _QUOTE_MARK.search(text))


def repeated_runs(keys: list[str]) -> list[bool]:
    """For each piece, whether it repeats together with a neighbour (a menu or footer printed
    twice); a line that repeats alone (a list item, a table label, a refrain) is not furniture."""
    pairs = Counter(zip(keys, keys[1:]))
    out = []
    for i, k in enumerate(keys):
        before = i > 0 and len(keys[i - 1]) >= 3 and pairs[(keys[i - 1], k)] >= 2
        after = i + 1 < len(keys) and len(keys[i + 1]) >= 3 and pairs[(k, keys[i + 1])] >= 2
        out.append(before or after)
    return out


def repetition(page: Page, doc_frequency: Mapping[str, int] | None, n_docs: int,
               site_frequency: Mapping[str, int] | None) -> None:
    """Inside the document: a duplicated paragraph's later copies, and (in plain text) pieces
    repeated together with a neighbour. Across documents: :func:`site_furniture`."""
    counts = Counter(k for k in page.keys if len(k) >= 3)
    in_run = repeated_runs(page.keys)
    seen: set[str] = set()
    for i, (p, f, k) in enumerate(zip(page.pieces, page.feats, page.keys)):
        if len(k) < 3:
            continue
        if counts[k] >= 2 and p.label != "bad":
            long_prose = p.label == "good" and f.end_punct and f.n_words >= 12
            sentence = f.end_punct and (f.n_words >= 3 or f.n_cjk >= 8)  # a sentence printed several times keeps one copy
            menu = not long_prose and in_run[i] and not page.html
            if (long_prose and k in seen) or (menu and (k in seen or not sentence)):
                p.label, p.reason = "bad", "repeated in document"
        elif p.label == "neutral" and site_furniture(p.text, k, doc_frequency, n_docs, site_frequency):
            p.label, p.reason = "bad", "repeated across documents"
        seen.add(k)


def breadcrumb_title(page: Page) -> None:
    """A breadcrumb's last item, when it has three or more words, is a title candidate."""
    for p in page.pieces:
        if p.reason == "breadcrumb":
            last = [x for x in _BREADCRUMB_SEP.split(p.text) if x.strip()][-1]
            if len(last.split()) >= 3:
                page.title_keys.add(normalize_key(last))
                page.meta.setdefault("title_candidate", last.strip())


_DIGIT = re.compile(r"\d")
#: a cell of a plain-text pipe table: text against a leading or trailing "|"
_TABLE_CELL = re.compile(r"^\|\s*\S|\S\s*\|$")
_WHEN_BY = re.compile(r"(?P<when>.+?)\s*[|·•,–—-]?\s*(?P<by>(?i:by|par)\s+\S.*)")
_BY_WORD = re.compile(r"(?i:by|par)\s+\S")  # what _WHEN_BY needs somewhere
_YEAR_COMMA = re.compile(r",(?=\d{4}\b)")
_BYLINE_TAIL = re.compile(r"(?:\s*(?:[|·•,–—-]|\bon\b|\ble\b))?\s*$")
_COPYRIGHT_OWNER = re.compile(r"©\s*(?:\d{4}\s*)?([A-Z][\w&.\- ]{1,40}?)(?:\s+(?:L\.P\.|LLC|Inc\.?|Ltd\.?|Limited|GmbH))?"
                              r"[.,]?\s+(?i:all rights)")
_POWERED_BY = re.compile(r"powered by (.+?)\.?", re.I)
_ORIGINAL_ON = re.compile(r"(?:read (?:the )?original(?: article)? (?:on|at)|original source\s*[:：]|来源\s*[:：])\s*(.+)",
                          re.I)


def _byline_with_date(text: str) -> tuple[str, dates.DateMatch] | None:
    """``("By Jane Roe", date)`` for a byline followed by its date ("By Jane Roe | 3 July 2025")."""
    if not _DIGIT.search(text):
        return None
    by_word = _BY_WORD.search(text)
    if not by_word and not BYLINE_OPENING.match(text):  # neither form below can hold
        return None
    m = _WHEN_BY.fullmatch(text) if by_word else None
    if m and _BYLINE.fullmatch(m.group("by")) and not _DIGIT.search(m.group("by")):
        when_only = _date_only(m.group("when"))  # "Le 14/04/2025 à 9:07 par Alicia Aloisi"
        if when_only is not None:
            return m.group("by"), when_only
    when = _YEAR_COMMA.sub(" ", text)  # "Feb 25,2025" (same length), for reading only
    found = dates.find_dates(when)
    if len(found) != 1 or len(when) - found[0].end > 12:
        return None
    byline = _BYLINE_TAIL.sub("", text[: found[0].start]).strip()
    if byline and _BYLINE.fullmatch(byline):
        return byline, found[0]
    return None


#: Chinese bylines: "封面新闻记者 朱宁", "作者：李明", and in the body "〔編譯魏國金／台北報導〕", "(編輯 史正丞)"
#: also "聯合報／ 記者林茂仁／即時報導" (outlet, reporter, desk), "經濟日報／ 編譯季晶晶／綜合外電" (編譯: compiled by),
#: "文|邓咏仪" (文 only before a separator), "作者:DR. IAN CUTRESS" (a Latin name)
_CJK_BYLINE = re.compile(r"(?:[\u3400-\u9fff]{2,8}\s*[／/]\s*)?[【〔\[（(]?(?:[\u3400-\u9fff]{0,8}?)"
                         r"(?:(?:记者|記者|作者|撰文|编辑|編輯|责任编辑|責任編輯|编译|編譯)\s*[:：|｜]?|文\s*[|｜／/:：])\s*"
                         r"(?P<name>[\u3400-\u9fff·]{2,4}?|[A-Z][A-Za-z.'’-]+(?:\s[A-Z][A-Za-z.'’-]+){0,3})"
                         r"(?:报道|報導|报导|摄影|攝影|摄|攝)?(?:\s*[／/]\s*[\u3400-\u9fff]{2,6})?[】〕\]）)]?")
_CJK_BODY_CREDIT = re.compile(r"[〔（(【](?:記者|记者|編譯|编译|編輯|编辑)\s*(?P<name>[\u3400-\u9fff]{2,4})"
                              r"(?:\s*[／/]\s*[\u3400-\u9fff]{0,8}(?:報導|报道))?[〕）)】]")
#: the end mark of a Chinese wire story before its editor credit: "(完)", "（全文完）", "(END)"
_END_MARK = re.compile(r"[(（](?:完|全文完|終|终|END|end)[)）]\s*")
#: a short name and an ISO date standing alone before the body ("小泽谈娱 2025-01-29 23:34:17")
_NAME_DATE = re.compile(r"(?P<name>[^\d|·•:：,，。]{2,30}?)\s+(?P<date>\d{4}-\d{2}-\d{2}(?:\s+\d{2}:\d{2}(?::\d{2})?)?)")


def authors(page: Page) -> None:
    """Authors written the Chinese way, or as a name beside a date before the body; the body
    credit ("〔編譯魏國金／台北報導〕") is read, not removed."""
    first_good, _ = page.good_bounds()
    pieces = page.pieces
    for i, p in enumerate(pieces):
        m = _CJK_BYLINE.fullmatch(p.text)
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if m and nxt is not None and nxt.line == p.line and p.text.endswith(".") and nxt.label != "good":
            both = _CJK_BYLINE.fullmatch(f"{p.text} {nxt.text}")  # "作者:DR. IAN CUTRESS" cut after "DR."
            if both:
                m = both
                nxt.label, nxt.reason, nxt.soft = "bad", "byline", True
        end = _END_MARK.match(p.text)
        if end and _CJK_BYLINE.fullmatch(p.text[end.end():]):  # "(完) 【編輯:梅婉潼】" closing the article
            m = _CJK_BYLINE.fullmatch(p.text[end.end():])
            p.label = "neutral"
        if m and p.label != "good":
            p.label, p.reason, p.soft = "bad", "byline", True
            page.read("author", m.group("name"), f"byline: {p.text!r}", p)
    for i, p in enumerate(page.pieces):  # after the labelled bylines: "作者:X" wins over "an account name, a date"
        m = _NAME_DATE.fullmatch(p.text)
        if m and i < first_good and p.label != "good" and p.reason in ("", "dateline") and len(m.group("name").split()) <= 4 \
                and _date_only(p.text) is None:
            p.label, p.reason, p.soft = "bad", "byline", True
            page.read("author", m.group("name").strip(), f"byline: {p.text!r}", p)
            found = dates.find_dates(m.group("date"))
            if found:
                page.read("published", found[0].date_start, f"byline date: {p.text!r}", p)
                page.read("published_precision", found[0].precision, "")
    for p in page.pieces[:first_good + 6]:
        m = _CJK_BODY_CREDIT.search(p.text[:40])
        if m:
            page.read("author", m.group("name"), f"credit in the body: {m.group(0)!r}", p)


#: a date alone on its line this few pieces after the first prose, with at most that one prose piece
#: before it (a headline or deck read as prose, then "2025-08-28"), is still the publication date
EARLY_DATE_PIECES = 3


def metadata_lines(page: Page) -> None:
    """Datelines and bylines: read into metadata (with their span), then removed from the body."""
    pieces = page.pieces
    first_good, _ = page.good_bounds()
    for p in pieces:
        if p.label != "good" and not p.reason.startswith("html: caption"):
            both = _byline_with_date(p.text)
            if both:
                p.label, p.reason, p.soft = "bad", "byline", True
                page.read("published", both[1].date_start, f"byline date: {p.text!r}", p)
                page.read("published_precision", both[1].precision, "")
                page.read("author", _BYLINE.fullmatch(both[0]).group(1), f"byline: {p.text!r}", p)
        if (name := byline_with_age(p.text)) is not None:  # "By Maria Lopez | Updated 3 hours ago"
            p.label, p.reason, p.soft = "bad", "byline", True
            page.read("author", name, f"byline: {p.text!r}", p)
    bylines = [i for i, p in enumerate(pieces) if p.reason in ("byline", "html: byline")]
    for p in pieces:
        if p.reason == "dateline":  # a metadata line such as "发布时间：... 来源：..."
            found = dates.find_dates(p.text)
            page.read("published", found[0].date_start, f"metadata line: {p.text!r}", p)
            page.read("published_precision", found[0].precision, "")
            m = re.search(r"(?:来源|source)\s*[:：]\s*(\S+)", p.text, re.I)
            if m:
                page.read("credit", m.group(1), f"metadata line: {p.text!r}", p)
    for i, p in enumerate(pieces):
        d = _date_only(p.text)
        labelled = d is not None and d.precision == "month" and _DATE_LABEL.match(p.text)  # "date 2025-07"
        early = i < first_good or (i <= first_good + EARLY_DATE_PIECES and "published" not in page.meta
                                   and sum(q.label == "good" for q in pieces[:i]) <= 1)
        if d is not None and (any(abs(i - b) <= 2 for b in bylines) or (early and (d.precision == "day" or labelled))):
            p.label, p.reason, p.soft = "bad", "dateline", True
            page.read("published", d.date_start, f"dateline: {p.text!r}", p)
            page.read("published_precision", d.precision, "")
    for b in bylines:
        m = _BYLINE.fullmatch(pieces[b].text)
        if m:
            page.read("author", m.group(1), f"byline: {pieces[b].text!r}", pieces[b])


def _headline_opening(page: Page, first_good: int) -> bool:
    """The first prose piece is the headline when it stands alone on its line, without sentence
    punctuation, long enough to say something, and more prose follows on the next lines."""
    pieces, feats = page.pieces, page.feats
    if not 0 <= first_good < len(pieces) - 1:
        return False
    p, f = pieces[first_good], feats[first_good]  # then the next piece that stays (past a caption or credit removed)
    nxt = next((q for q in pieces[first_good + 1:] if q.label != "bad" or q.line == p.line), pieces[first_good + 1])
    if p.joint == "line" and nxt.line != p.line and nxt.label == "good" and is_heading_like(p.text, f) \
            and (6 <= f.n_words <= 25 or 12 <= f.n_cjk <= 32) and not re.search(r"[.。!！?？:：;；,，]$", p.text) \
            and p.text.count(",") <= 1 and "，" not in p.text:  # hard-wrapped Chinese prose has commas
        page.title_keys.add(normalize_key(p.text))
        page.meta["title_candidate"] = p.text
        return True
    return False


def _menu_like(text: str) -> bool:
    """Three or more short words side by side with no sentence in them ("大陸 大陸焦點 特派現場",
    "Home World Business Tech"): a menu, not a headline."""
    words = text.split()
    return len(words) >= 3 and all(len(w) <= 5 if re.search(r"[\u3400-\u9fff]", w) else
                                   (w[:1].isupper() and len(w) <= 12) for w in words)


def title_candidates(page: Page) -> None:
    """The headline when no page title gave one: the last piece of a link run glued onto the
    body, else the first heading-like piece before the body standing alone on its line, else
    the first line when it is shaped like a headline (short, no full stop)."""
    pieces, feats = page.pieces, page.feats
    first_good, _ = page.good_bounds()
    if 0 < first_good < len(pieces):
        prev, f = pieces[first_good - 1], feats[first_good - 1]
        if pieces[first_good].joint == "glue" and prev.reason == "link run" and f.n_words >= 4 \
                and is_heading_like(prev.text, f):
            page.title_keys.add(normalize_key(prev.text))
            page.meta.setdefault("title_candidate", prev.text)
    if "title_candidate" in page.meta:
        return
    if _headline_opening(page, first_good):
        return
    for p, f in zip(pieces[:first_good], feats):
        if p.label == "neutral" and p.joint == "line" and is_heading_like(p.text, f) and not _menu_like(p.text) \
                and (f.n_words >= 4 or f.n_cjk >= 6) and not p.text.rstrip().endswith(":"):
            page.title_keys.add(normalize_key(p.text))
            page.meta["title_candidate"] = p.text
            return
    kept = [i for i, p in enumerate(pieces) if p.label != "bad"]
    if len(kept) < 2:
        return
    first = [i for i in kept if pieces[i].line == pieces[kept[0]].line]
    p, f = pieces[first[0]], feats[first[0]]
    if len(first) == 1 and not p.reason and (3 <= f.n_words <= 30 or 6 <= f.n_cjk <= 60 or f.n_words == 2 and
                                              over_byline(pieces, first[0])) and not _menu_like(p.text) \
            and (not re.search(r"[.。:：]$", p.text) or _headline_sentence(p.text, pieces, kept, first[0])) \
            and "，" not in p.text:  # not hard-wrapped Chinese prose
        page.title_keys.add(normalize_key(p.text))
        page.meta["title_candidate"] = p.text
    elif 2 <= len(first) <= 3 and first[-1] + 1 < len(pieces) and len(kept) > len(first):
        _first_line_title(page, [pieces[i] for i in first])


def _headline_sentence(text: str, pieces: list[Piece], kept: list[int], i: int) -> bool:
    """A first line that is one short sentence ending in a full stop is still the headline when a paragraph at
    least twice as long follows on its own line ("Inondations en Espagne : le nombre de morts atteint désormais 205.",
    "缅甸地震已致超3000人死亡,3900余人受伤,另有数百人失踪。")."""
    body = text.rstrip()[:-1]
    if re.search(r"[.!?。！？](?!\d)", body) or len(text.split()) > 16 and not re.search(r"[\u3400-\u9fff]", text) \
            or len(text) > 60 and re.search(r"[\u3400-\u9fff]", text):
        return False
    nxt = [j for j in kept if j > i and pieces[j].line > pieces[i].line][:1]
    return bool(nxt) and len(pieces[nxt[0]].text) >= 2 * len(text)


#: a first line of two or three sentences is a headline only up to this length
MAX_HEADLINE_LINE = 200


def _first_line_title(page: Page, line: list[Piece]) -> None:
    """A first line of two or three pieces standing alone is the headline when it is short and
    shaped like one: Title Case ("... Close Billion-Dollar Deal for 1 Million TPUs, ... Dominance.
    Understand the War ..."), or not ending in a full stop ("AMD soared 35%! OpenAI signed ...")."""
    text = " ".join(p.text for p in line)
    if any(p.reason for p in line) or len(text) > MAX_HEADLINE_LINE or "，" in text or _menu_like(text):
        return
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ][\w'’-]*", text) if len(w) >= 4]
    title_case = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    if title_case or not re.search(r"[.。]$", text):
        page.meta["title_candidate"] = text
        page.meta["title_candidate_evidence"] = "first line shaped like a headline"


_TRAIL_TIME = re.compile(r"\s*[(（]\d{1,2}:\d{2}[)）]\s*$")


def headline(page: Page) -> None:
    """Keep the title occurrence nearest before the body (once), drop its other occurrences."""
    pieces = page.pieces
    first_good, _ = page.good_bounds()
    occ = [i for i, (p, k) in enumerate(zip(pieces, page.keys))
           if k and k in page.title_keys and p.reason != "page title"]
    before = [i for i in occ if i <= first_good]
    page.keep = before[-1] if before else None
    if page.keep is not None:
        p = pieces[page.keep]
        p.label, p.reason, p.heading, p.soft = "good", "", True, False
        title = p.text.strip("*_# ")
        for rx in load_title_affixes()[0]:  # a section label glued before the headline ("快讯: ")
            title = rx.sub("", title, count=1)
        title = _TRAIL_TIME.sub("", title)  # "... (09:50)": the time it was posted
        page.meta["title"], page.meta["title_evidence"] = title.strip() or p.text.strip(), "headline before the body"
        page.spans["title"] = (p.end - len(title.strip()) if title.strip() and p.text.rstrip().endswith(title.strip())
                               else p.start, p.end)
    elif "title_candidate" in page.meta:
        title = page.meta["title_candidate"].strip("*_# ")
        for rx in load_title_affixes()[0]:  # ("原标题:", a bullet, a wire dateline before the headline)
            title = rx.sub("", title, count=1)
        page.meta["title"] = title.strip() or page.meta["title_candidate"].strip("*_# ")
        page.meta["title_evidence"] = page.meta.pop("title_candidate_evidence", "page title or breadcrumb")
    for i in occ:
        if i != page.keep:
            pieces[i].label, pieces[i].reason, pieces[i].soft = "bad", "repeated headline", True
    page.meta.pop("title_candidate", None)


def _article_tail(pieces: list[Piece], last_good: int) -> int:
    """In HTML, the undecided pieces right after the last prose, up to the first removed piece,
    still belong to the article (the end of a list or a table the markup did not mark)."""
    i = last_good
    while i + 1 < len(pieces) and pieces[i + 1].label == "neutral":
        i += 1
    return i


def _text_tail(page: Page, last_good: int, short: bool = False) -> int:
    """In plain text, short full sentences right after the last prose ("Analysts expect more volatility this week."),
    cells of a pipe table ("| Total Parameters |") and Chinese sentences written with ASCII commas ("小米股份午後急挫,
    最低見46.5元"), up to the first piece that is none of these (decoration lines are stepped over), close the article;
    so does any full sentence after a ``short`` page's headline, however many names ("Orla hit Cuba on Monday.")."""
    i = last_good
    for j in range(last_good + 1, len(page.pieces)):
        p, f = page.pieces[j], page.feats[j]
        if p.label == "bad" and p.reason in ("decoration", "counter"):
            continue  # (a list's "5." before its last item)
        cell = p.text.strip()
        if p.label != "neutral" or not (  # (or a short sentence or list item with a figure: "Winds reached 70 mph.")
                (f.end_punct and (short or f.title_ratio < 0.6) and (f.stop_ratio >= 0.1 and f.n_words >= 4 or f.n_words >= 3
                                                         and _DIGIT.search(cell))) or FIGURE_ITEM.match(cell)
                or (f.cjk_punct and f.n_cjk >= 6) or (len(cell) > 1 and _TABLE_CELL.search(cell))
                or (f.n_cjk >= 12 and re.search(r"[,;，；、]", cell) and not re.search(r"[?？►【】]", cell))):
            break
        i = j
    return i


def context(page: Page) -> None:
    """The article runs from the first to the last prose piece: undecided pieces inside it stay,
    outside it go, except headings right before it (skipping soft boilerplate, up to the
    headline). A text with no prose, or none but headings, keeps its undecided pieces rather than nothing."""
    pieces = page.pieces
    first_good, last_good = page.good_bounds()
    if last_good < 0:
        first_good, last_good = 0, len(pieces) - 1
    changed, listed = True, [p for p in pieces if not (p.label == "bad" and p.reason == "counter")]  # (items "4. …" "5. …")
    while changed:  # a short sentence in the same line as prose belongs to that paragraph
        changed = False
        for a, b in zip(listed, listed[1:]):
            if a.line == b.line and {a.label, b.label} == {"good", "neutral"}:
                (a if a.label == "neutral" else b).label = "good"
                changed = True
    body_first, body_last = page.good_bounds(headings=False)
    if body_last >= 0:
        first_good, last_good = body_first, body_last
    tail_end = _article_tail(pieces, last_good) if page.html else _text_tail(page, last_good, short=body_last < 0)
    for i, p in enumerate(pieces):
        if p.label == "neutral":
            if first_good <= i <= tail_end:
                p.label = "good"
            elif i > tail_end:
                p.label, p.reason = "bad", "after article"
    i = first_good - 1
    while i >= 0 and i != page.keep:
        p = pieces[i]
        if p.label == "bad" and not p.soft:
            break
        if p.label == "neutral":
            p.label, p.heading = "good", True
        i -= 1
    for p in pieces[: max(i, 0)]:
        if p.label == "neutral":
            p.label, p.reason = "bad", "before article"
    if i >= 0 and i != page.keep and pieces[i].label == "neutral":
        pieces[i].label, pieces[i].reason = "bad", "before article"


def outlet_and_credit(page: Page) -> None:
    """Outlet and credit from attribution lines ("Powered by X", "Read the original on Y") and
    copyright lines ("© 2025 X. All rights reserved")."""
    for p in page.pieces:
        m = _POWERED_BY.fullmatch(p.text)
        if m:
            page.read("outlet", m.group(1).strip(), f"{p.text!r}", p)
        m = _ORIGINAL_ON.fullmatch(p.text)
        if m:
            page.read("credit", m.group(1).strip(), f"{p.text!r}", p)
    lines: dict[int, list[str]] = {}
    for p in page.pieces:
        lines.setdefault(p.line, []).append(p.text)
    for texts in lines.values():
        t = " ".join(texts)
        m = _COPYRIGHT_OWNER.search(t) if "©" in t else None
        if m:
            page.read("outlet", m.group(1).strip(), f"copyright line: {m.group(0)!r}")
