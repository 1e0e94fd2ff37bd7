"""Boilerplate removal that works from features of the text, with an audit and an offset map.

The method, in the spirit of jusText's paragraph classification but on *segments inside a
line* (scraped pages glue menus, share buttons and the article into one line):

1. **Segment.** Each line is cut at sentence ends and at places where two HTML elements
   were glued together without a space (``SubscribeSearch``, ``chips.Facebook``,
   ``UTCBookmark``, ``Help©2025``, emoji markers).
2. **Rules** that hold on any site mark a segment as boilerplate with a reason: phrases from
   the editable ``data/boilerplate_phrases.csv`` (widgets, legal, counters, related-content
   headings...), breadcrumbs, hashtag runs, phone numbers, copyright lines, bylines,
   datelines, symbol-only decorations, repetition inside a document and across documents.
3. **Features** mark the rest *good* (prose: enough words, function words, sentence
   punctuation; or enough CJK text) or *neutral* (short: headings, labels, fragments), and
   *link runs* (three or more short segments glued together, or four short title-case lines
   in a row) as navigation.
4. **Context.** The article is the stretch from the first to the last good segment: neutral
   segments inside it stay (headings, list labels), neutral segments outside it go. Headings
   just before it (skipping soft boilerplate such as bylines) stay, and the headline is found
   from the page title, a breadcrumb or the first heading and kept once, right before the body.

Everything removed is recorded with its reason. ``OVERRIDES.csv`` in a corpus folder can put
a passage back (``keep``) or force one out (``remove``).
"""
from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from . import dates
from .paths import DATA_DIR

# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class PhraseRule:
    """One row of ``boilerplate_phrases.csv``."""

    pattern: re.Pattern[str]
    reason: str
    strength: str  # hard | soft | terminator


@lru_cache(maxsize=4)
def load_phrase_rules(path: str | None = None) -> tuple[PhraseRule, ...]:
    """Read the editable phrase rules (regexes matched against a whole segment)."""
    with open(path or DATA_DIR / "boilerplate_phrases.csv", encoding="utf-8", newline="") as fh:
        return tuple(
            PhraseRule(re.compile(r"(?:" + row["pattern"] + r")[.:!]?", re.I), row["reason"], row["strength"])
            for row in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def load_title_affixes() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """Prefixes and suffixes that pages put around a headline in their <title>."""
    pre, suf = [], []
    with open(DATA_DIR / "title_affixes.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            (pre if row["where"] == "prefix" else suf).append(
                re.compile(("^" if row["where"] == "prefix" else "") + row["pattern"], re.I))
    return pre, suf


@lru_cache(maxsize=1)
def stopwords() -> dict[str, frozenset[str]]:
    """Function words by language: English from scikit-learn, others from data/stopwords.txt."""
    out = {"en": frozenset(ENGLISH_STOP_WORDS)}
    for line in (DATA_DIR / "stopwords.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, *words = line.split()
            out[code] = frozenset(words)
    return out


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*stopwords().values())


# --------------------------------------------------------------------------- segments

_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D"
_GLUE = re.compile(
    r"(?=[A-Z\u201c\"©®])(?:"  # every Latin glue point comes before one of these: checked first, for speed
    r"(?<=[a-z\u2019)]{2}[.!?])(?=[A-Z\u201c\"])"  # sentence end glued on: "chips.Facebook", not "U.S."
    r"|(?<=[a-z\u2019'])(?=[A-Z])"          # camel glue: "SubscribeSearch"
    r"|(?<=[A-Z])(?=[A-Z][a-z])"            # acronym glue: "UTCBookmark"
    r"|(?<=[0-9])(?=[A-Z][A-Za-z])"         # "2000EMEA"
    r"|(?<=[:+?])(?=[A-Z])"                 # "Race:US", "BTV+Market", "tip?Send"
    r"|(?<=\S)(?=[©®])"                     # "Help©2025"
    r")|(?<=[。！？；])(?=\S)"                # CJK sentence end
)
_GLUE_EMOJI = re.compile(rf"(?<=[{_EMOJI}])(?=[^\s{_EMOJI}])|(?<=[^\s{_EMOJI}])(?=[{_EMOJI}])")  # emoji markers
_ANY_EMOJI = re.compile(rf"[{_EMOJI}]")
#: white space after a sentence end (group "a") or after an emoji (group "b"); the pattern starts
#: with the punctuation itself rather than a look-behind, so the regex engine can skip ahead
_SPACED = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]?(?P<a>\s+)(?=[A-Z0-9\"\u201c\u2018(\u3400-\u9fff])"
    rf"|[{_EMOJI}](?P<b>\s+)"
)
_NON_ALNUM = re.compile(r"[\W_]+")
_YEAR_LIKE = re.compile(r"\d{4}")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_CJK_PUNCT = re.compile(r"[，。、；：！？「」『』（）]")
_END_PUNCT = re.compile(r"[.!?。！？…\"\u201d\u2019)]$")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_PHONE = re.compile(r"\+\d{1,3}[\s\d().-]{6,}\d")
_HASHTAGS = re.compile(r"(?:#[\w-]+\s*){2,}")
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\d{4})|版权所有)", re.I)
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_BYLINE = re.compile(rf"(?i:by|von|par|por|di)\s+({_NAME}(?:(?:\s*,\s*|\s+(?:and|&|und|et|y)\s+){_NAME}){{0,3}}|[a-z][\w.-]{{2,30}})")
_DATE_LABEL = re.compile(r"^(?:published|updated|posted|first published|last updated|date|发布时间|发布日期|更新时间|时间|日期)\s*[:：]?\s*", re.I)
_FIELD_LABEL = re.compile(r"[\w\u3400-\u9fff]{1,8}\s*[:：]")
_CREDIT = re.compile(r"(?:illustration|photo(?:graph)?|image|graphic|video|photographer|图片来源|图|摄影)\s*[:：]\s*\S", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_BREADCRUMB_SEP = re.compile(r"\s+(?:»|›|>>|>|→|/|\||\\)\s+|\s*(?:»|›|>>)\s*")
_HOME = re.compile(r"^(?:home|homepage|start|startseite|accueil|inicio|首页|主页|网站首页)$", re.I)
_SENT_END = re.compile(r"[.!?。！？][\"'\u201d\u2019\u00bb\u300d\u300f)]*$")

SOFT_REASONS = frozenset({"share", "counter", "attribution", "breadcrumb", "byline", "dateline",
                          "credit", "decoration", "hashtags", "page title", "contact", "comments"})


@dataclass
class Piece:
    """A segment of the base text: span, how it is joined to the one before, and its class."""

    start: int
    end: int
    text: str
    line: int
    joint: str  # "line" (first on its line), "space" (after white space), "glue" (no space)
    label: str = "neutral"  # good | neutral | bad
    reason: str = ""
    soft: bool = False
    heading: bool = False
    forced: str = ""  # keep | remove (overrides)
    size: int = 0  # words, counting two CJK characters as one
    terminator: bool = False  # a related-content heading: short teasers after it go too

    @property
    def removed(self) -> bool:
        return self.label == "bad"


def segment(text: str) -> list[Piece]:
    """Cut ``text`` into pieces at line breaks, sentence ends and glue points."""
    pieces: list[Piece] = []
    pos = 0
    for lineno, line in enumerate(text.split("\n")):
        cuts: list[tuple[int, int]] = [m.span("a") if m.start("a") >= 0 else m.span("b")
                                       for m in _SPACED.finditer(line)]
        cuts += [(m.start(), m.start()) for m in _GLUE.finditer(line)]
        if _ANY_EMOJI.search(line):
            cuts += [(m.start(), m.start()) for m in _GLUE_EMOJI.finditer(line)]
        cuts.sort()
        prev_end, prev_kind = 0, "line"
        for c0, c1 in cuts + [(len(line), len(line))]:
            chunk = line[prev_end:c0]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if body:
                s = pos + prev_end + lead
                joint = prev_kind if pieces and pieces[-1].line == lineno else "line"
                if joint != "line" and lead:
                    joint = "space"
                pieces.append(Piece(s, s + len(body), body, lineno, joint))
            prev_kind = "glue" if c0 == c1 else "space"
            prev_end = max(prev_end, c1)
        pos += len(line) + 1
    return pieces


# --------------------------------------------------------------------------- features


@dataclass(frozen=True)
class Features:
    """What the classifier looks at in one segment."""

    n_words: int
    n_cjk: int
    stop_ratio: float
    title_ratio: float
    end_punct: bool
    cjk_punct: bool
    has_text: bool


def features(text: str) -> Features:
    """Word counts, function-word and title-case ratios, punctuation, CJK share."""
    if text.isascii():  # most segments: no CJK to look for
        words, n_cjk = _WORD.findall(text), 0
    else:
        words = [w for w in _WORD.findall(text) if not _CJK.search(w)]
        n_cjk = len(_CJK.findall(text))
    sw = _all_stopwords()
    low = [w.lower() for w in words]
    n_stop = sum(w in sw for w in low)
    content = [w for w, lw in zip(words, low) if lw not in sw]
    titled = sum(w[:1].isupper() for w in content)
    return Features(
        n_words=len(words),
        n_cjk=n_cjk,
        stop_ratio=n_stop / len(words) if words else 0.0,
        title_ratio=titled / len(content) if content else 0.0,
        end_punct=bool(_END_PUNCT.search(text)),
        cjk_punct=bool(_CJK_PUNCT.search(text)),
        has_text=bool(_LETTER_OR_DIGIT.search(text)),
    )


def is_prose(f: Features) -> bool:
    """Enough running text to be article body, in any script."""
    if f.n_cjk >= 40 or (f.n_cjk >= 8 and f.cjk_punct):
        return True
    if f.n_words >= 15 and f.stop_ratio >= 0.15:
        return True
    return f.n_words >= 7 and f.end_punct and f.stop_ratio >= 0.1 and f.title_ratio < 0.6


def is_heading_like(text: str, f: Features) -> bool:
    """Short, no sentence punctuation: a headline, a section heading or a menu item."""
    return f.has_text and not _SENT_END.search(text) and (1 <= f.n_words <= 25 or 1 <= f.n_cjk <= 40)


def normalize_key(text: str) -> str:
    """Key for repetition: case-folded letters and digits only."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


# --------------------------------------------------------------------------- rules


@lru_cache(maxsize=8)
def _rules_regex(rules: tuple[PhraseRule, ...]) -> re.Pattern[str]:
    """All rules as one alternation (one named group per rule, in file order)."""
    return re.compile("|".join(f"(?P<r{i}>{r.pattern.pattern})" for i, r in enumerate(rules)) or r"(?!)", re.I)


def _rule_reason(p: Piece, rules: tuple[PhraseRule, ...], rx: re.Pattern[str]) -> tuple[str, str] | None:
    """Reason and strength if a rule marks this piece as boilerplate (``rx``: :func:`_rules_regex`)."""
    text = p.text.strip()
    if not _LETTER_OR_DIGIT.search(text):
        return "decoration", "soft"
    m = rx.fullmatch(text)
    if m:  # the first rule that matches the whole segment, as if tried one by one
        rule = rules[next(i for i in range(len(rules)) if m.group(f"r{i}") is not None)]
        return rule.reason, rule.strength
    if _HASHTAGS.fullmatch(text):
        return "hashtags", "soft"
    if len(text) < 160 and _COPYRIGHT.search(text):
        return "legal", "hard"
    if _PHONE.search(text) and len(_PHONE.sub("", text).split()) <= 4:
        return "contact", "hard"
    if _URL.fullmatch(text):
        return "link", "soft"
    if _CREDIT.match(text) and len(text.split()) <= 8:
        return "credit", "soft"
    if _BYLINE.fullmatch(text) and not re.search(r"\d", text):
        return "byline", "soft"
    if len(text) < 120 and len(_FIELD_LABEL.findall(text)) >= 2 and dates.find_dates(text):
        return "dateline", "soft"
    parts = [x for x in _BREADCRUMB_SEP.split(text) if x.strip()]
    if len(parts) >= 2 and (len(parts) >= 3 or _HOME.match(parts[0].strip())) \
            and all(len(x.split()) <= 4 for x in parts[:-1]):
        return "breadcrumb", "soft"
    return None


def _date_only(text: str) -> dates.DateMatch | None:
    """The date if the piece is nothing but a date (optionally labelled 'Published', '发布时间：'...)."""
    if not _YEAR_LIKE.search(text):
        return None
    text = _DATE_LABEL.sub("", text.strip())
    found = dates.find_dates(text)
    if len(found) == 1 and len(text) - len(found[0].text) <= 2:
        return found[0]
    return None


# --------------------------------------------------------------------------- results


@dataclass
class CleanResult:
    """What cleaning one document produced."""

    text: str
    base_index: np.ndarray  # for each clean char, its index in the base text (-1: inserted)
    pieces: list[Piece]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: str | None = None
    outlet: str | None = None
    credit: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)

    def removed_spans(self) -> list[tuple[int, int, str]]:
        """(base start, base end, reason) of removed stretches; neighbours with one reason merged."""
        out: list[tuple[int, int, str]] = []
        prev_removed = False
        for p in self.pieces:
            if not p.removed:
                prev_removed = False
                continue
            if prev_removed and out[-1][2] == p.reason:
                out[-1] = (out[-1][0], p.end, p.reason)
            else:
                out.append((p.start, p.end, p.reason))
            prev_removed = True
        return out


def _link_runs(pieces: list[Piece]) -> None:
    """Mark glued runs of short pieces, and blocks of short title-case lines, as navigation."""
    i, n = 0, len(pieces)
    while i < n:
        j = i + 1
        while j < n and pieces[j].joint == "glue" and pieces[j].line == pieces[i].line:
            j += 1
        run = pieces[i:j]
        short = [p for p in run if p.label != "good"]
        if len(run) >= 3 and len(short) >= 3:
            # a run: every non-prose piece in it is navigation
            for p in run:
                if p.label != "good" and not p.reason:
                    p.label, p.reason = "bad", "link run"
        i = j
    # blocks of >= 4 consecutive short heading-like lines (a menu as a list)
    block: list[Piece] = []
    for p in [*pieces, None]:
        if p is not None and p.joint == "line" and p.label == "neutral" and not p.reason \
                and (p.size <= 4) and not _SENT_END.search(p.text):
            block.append(p)
            continue
        if len(block) >= 4:
            for q in block:
                q.label, q.reason = "bad", "link list"
        block = []


#: what depends only on a segment's text, remembered within one corpus (navigation and footers
#: repeat across a site's pages); emptied by :func:`reset_memo` at the start of every corpus, so
#: no call is faster or slower because of an earlier one, and bounded in size
_MEMO: dict[tuple[str, int], tuple[Features, tuple[str, str] | None]] = {}
_MEMO_MAX = 100_000


def reset_memo() -> None:
    """Forget remembered segment features and rule hits (called when a corpus starts)."""
    _MEMO.clear()


def _judge(p: Piece, rules: tuple[PhraseRule, ...], rx: re.Pattern[str]) -> tuple[Features, tuple[str, str] | None]:
    """:func:`features` and :func:`_rule_reason` of a piece, remembered by its text."""
    key = (p.text, id(rx))
    hit = _MEMO.get(key)
    if hit is None:
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        hit = _MEMO[key] = (features(p.text), _rule_reason(p, rules, rx))
    return hit


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u300c\u300d\u300e\u300f]")


def _site_furniture(text: str, key: str, doc_frequency: Mapping[str, int] | None, n_docs: int,
                    site_frequency: Mapping[str, int] | None) -> bool:
    """Whether a segment repeated across documents is furniture rather than shared evidence.

    When the document's site is known (``site_frequency``: counts among the documents of the
    same outlet or URL host), a segment in two or more of them is furniture and repetition on
    other sites does not count. When it is unknown, only a label-shaped segment in three or
    more documents is: a sentence or a quotation that several sources carry stays."""
    if site_frequency is not None:  # the site is known: only its own documents count
        return site_frequency.get(key, 0) >= 2
    if doc_frequency is None or n_docs < 3 or doc_frequency.get(key, 0) < 3:
        return False
    return not (_SENT_END.search(text) or _QUOTE_MARK.search(text))


def _repeated_runs(keys: list[str]) -> list[bool]:
    """For each piece, whether it repeats together with a neighbour (a menu or footer printed
    twice); a line that repeats alone (a list item, a table label, a refrain) is not furniture."""
    pairs = Counter(zip(keys, keys[1:]))
    out = []
    for i, k in enumerate(keys):
        before = i > 0 and len(keys[i - 1]) >= 3 and pairs[(keys[i - 1], k)] >= 2
        after = i + 1 < len(keys) and len(keys[i + 1]) >= 3 and pairs[(k, keys[i + 1])] >= 2
        out.append(before or after)
    return out


def _article_tail(pieces: list[Piece], last_good: int) -> int:
    """In HTML, the undecided pieces right after the last prose, up to the first removed piece,
    still belong to the article (the end of a list or a table the markup did not mark)."""
    i = last_good
    while i + 1 < len(pieces) and pieces[i + 1].label == "neutral":
        i += 1
    return i


def mark_structure(pieces: list[Piece], structure: list[tuple[int, int, str]] | None) -> None:
    """Mark pieces inside page furniture the HTML markup shows (``htmldom`` spans) as removed."""
    if not structure:
        return
    starts = [s for s, _, _ in structure]
    for p in pieces:
        k = bisect.bisect_right(starts, p.start) - 1
        if k >= 0 and p.end <= structure[k][1]:
            p.label, p.reason, p.soft = "bad", f"html: {structure[k][2]}", True


def classify(pieces: list[Piece], doc_frequency: Mapping[str, int] | None = None, n_docs: int = 1,
             rules: tuple[PhraseRule, ...] | None = None,
             structure: list[tuple[int, int, str]] | None = None,
             site_frequency: Mapping[str, int] | None = None) -> dict[str, str]:
    """Label every piece good / neutral / bad (with a reason); return metadata evidence."""
    rules = rules if rules is not None else load_phrase_rules()
    rx = _rules_regex(rules)
    judged = [_judge(p, rules, rx) for p in pieces]
    feats = [f for f, _ in judged]
    for p, f in zip(pieces, feats):
        p.size = f.n_words + f.n_cjk // 2
    meta: dict[str, str] = {}

    # 1. rules
    for p, (f, hit) in zip(pieces, judged):
        if hit:
            p.label, p.reason = "bad", hit[0]
            p.soft = hit[1] == "soft"
            p.terminator = hit[1] == "terminator"
        elif is_prose(f):
            p.label = "good"
    mark_structure(pieces, structure)

    # page title: a first line shaped "Prefix: Headline - Site"
    title_keys: set[str] = set()
    first = pieces[0] if pieces else None
    if first is not None and first.label != "bad":
        line_pieces = [p for p in pieces if p.line == first.line]
        line_text_start, line_text_end = line_pieces[0].start, line_pieces[-1].end
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
        if site and line_text_end - line_text_start < 300:
            meta["outlet"] = site
            meta["outlet_evidence"] = f"page title suffix: {base_line!r}"
            title_keys.add(normalize_key(head))
            meta["title_candidate"] = head.strip()
            for p in line_pieces:
                p.label, p.reason, p.soft = "bad", "page title", True

    # 2. repetition inside the document and across documents
    keys = [normalize_key(p.text) for p in pieces]
    counts = Counter(k for k in keys if len(k) >= 3)
    in_run = _repeated_runs(keys)
    seen: set[str] = set()
    for i, (p, f, k) in enumerate(zip(pieces, feats, keys)):
        if len(k) < 3:
            continue
        if counts[k] >= 2 and p.label != "bad":
            long_prose = p.label == "good" and f.end_punct and f.n_words >= 12
            if (long_prose and k in seen) or (not long_prose and in_run[i] and structure is None):
                p.label, p.reason = "bad", "repeated in document"
        elif p.label == "neutral" and _site_furniture(p.text, k, doc_frequency, n_docs, site_frequency):
            p.label, p.reason = "bad", "repeated across documents"
        seen.add(k)

    # breadcrumb's last item is a title candidate
    for p in pieces:
        if p.reason == "breadcrumb":
            last = [x for x in _BREADCRUMB_SEP.split(p.text) if x.strip()][-1]
            if len(last.split()) >= 3:
                title_keys.add(normalize_key(last))
                meta.setdefault("title_candidate", last.strip())

    # 3. link runs (in plain text only: in HTML the links themselves are seen)
    if structure is None:
        _link_runs(pieces)

    # related-content terminator: short teasers after it go too
    for i, p in enumerate(pieces):
        if p.terminator and not p.reason.startswith("html:"):
            for q in pieces[i + 1:]:
                if q.label == "good" and q.size >= 25:
                    break
                if q.label != "bad":
                    q.label, q.reason = "bad", "related block"

    # 4. datelines next to bylines (or before the body)
    good_idx = [i for i, p in enumerate(pieces) if p.label == "good"]
    first_good = good_idx[0] if good_idx else len(pieces)
    last_good = good_idx[-1] if good_idx else -1
    bylines = [i for i, p in enumerate(pieces) if p.reason == "byline"]
    for p in pieces:
        if p.reason == "dateline":  # a metadata line such as "发布时间：... 来源：..."
            found = dates.find_dates(p.text)
            meta.setdefault("published", found[0].date_start)
            meta.setdefault("published_precision", found[0].precision)
            meta.setdefault("published_evidence", f"metadata line: {p.text!r}")
            m = re.search(r"(?:来源|source)\s*[:：]\s*(\S+)", p.text, re.I)
            if m:
                meta.setdefault("credit", m.group(1))
                meta.setdefault("credit_evidence", f"metadata line: {p.text!r}")
    for i, p in enumerate(pieces):
        d = _date_only(p.text)
        if d is None:
            continue
        near_byline = any(abs(i - b) <= 2 for b in bylines)
        if near_byline or (i < first_good and d.precision == "day"):
            p.label, p.reason, p.soft = "bad", "dateline", True
            meta.setdefault("published", d.date_start)
            meta.setdefault("published_precision", d.precision)
            meta.setdefault("published_evidence", f"dateline: {p.text!r}")
    for b in bylines:
        m = _BYLINE.fullmatch(pieces[b].text)
        if m and "author" not in meta:
            meta["author"] = m.group(1)
            meta["author_evidence"] = f"byline: {pieces[b].text!r}"

    # the last piece of a link run glued straight onto the body is the headline
    if 0 < first_good < len(pieces):
        prev, body = pieces[first_good - 1], pieces[first_good]
        f = feats[first_good - 1]
        if body.joint == "glue" and prev.reason == "link run" and f.n_words >= 4 and is_heading_like(prev.text, f):
            title_keys.add(normalize_key(prev.text))
            meta.setdefault("title_candidate", prev.text)
    # otherwise the first heading-like piece that stands alone on its line
    if "title_candidate" not in meta:
        for p, f in zip(pieces[:first_good], feats):  # a headline comes before the body
            if p.label == "neutral" and p.joint == "line" and is_heading_like(p.text, f) \
                    and (f.n_words >= 4 or f.n_cjk >= 6) and not p.text.rstrip().endswith(":"):
                title_keys.add(normalize_key(p.text))
                meta["title_candidate"] = p.text
                break

    # 5. headline: keep the title occurrence nearest before the body, drop the others
    occ = [i for i, (p, k) in enumerate(zip(pieces, keys)) if k and k in title_keys and p.reason != "page title"]
    before = [i for i in occ if i < first_good]
    keep = before[-1] if before else None
    if keep is not None:
        p = pieces[keep]
        p.label, p.reason, p.heading, p.soft = "good", "", True, False
        meta["title"] = p.text
        meta["title_evidence"] = "headline before the body"
    elif "title_candidate" in meta:
        meta["title"] = meta["title_candidate"]
        meta["title_evidence"] = "page title or breadcrumb"
    for i in occ:
        if i != keep:
            pieces[i].label, pieces[i].reason, pieces[i].soft = "bad", "repeated headline", True
    meta.pop("title_candidate", None)

    # 6. context: the article runs from the first to the last good piece; a text with no
    # prose at all (a one-line note, a list) keeps its undecided pieces rather than nothing
    if not good_idx:
        first_good, last_good = 0, len(pieces) - 1
    # a short sentence in the same line as prose belongs to that paragraph
    changed = True
    while changed:
        changed = False
        for a, b in zip(pieces, pieces[1:]):
            if a.line == b.line and {a.label, b.label} == {"good", "neutral"}:
                (a if a.label == "neutral" else b).label = "good"
                changed = True
    good_idx = [i for i, p in enumerate(pieces) if p.label == "good" and not p.heading]
    if good_idx:
        first_good, last_good = good_idx[0], good_idx[-1]
    tail_end = _article_tail(pieces, last_good) if structure is not None else last_good
    for i, p in enumerate(pieces):
        if p.label == "neutral":
            if first_good <= i <= tail_end:
                p.label = "good"
            elif i > tail_end:
                p.label, p.reason = "bad", "after article"
    # headings right before the body, skipping soft boilerplate; stop at the headline
    # or at hard boilerplate
    i = first_good - 1
    while i >= 0 and i != keep:
        p = pieces[i]
        if p.label == "bad" and not p.soft:
            break
        if p.label == "neutral":
            p.label, p.heading = "good", True
        i -= 1
    for p in pieces[: max(i, 0)]:
        if p.label == "neutral":
            p.label, p.reason = "bad", "before article"
    if i >= 0 and i != keep and pieces[i].label == "neutral":
        pieces[i].label, pieces[i].reason = "bad", "before article"

    # outlet and credit from attribution lines and copyright
    for p in pieces:
        t = p.text
        m = re.fullmatch(r"powered by (.+?)\.?", t, re.I)
        if m and "outlet" not in meta:
            meta["outlet"], meta["outlet_evidence"] = m.group(1).strip(), f"{t!r}"
        m = re.fullmatch(r"(?:read (?:the )?original(?: article)? (?:on|at)|original source\s*[:：]|来源\s*[:：])\s*(.+)", t, re.I)
        if m and "credit" not in meta:
            meta["credit"], meta["credit_evidence"] = m.group(1).strip(), f"{t!r}"
    lines: dict[int, list[str]] = {}
    for p in pieces:
        lines.setdefault(p.line, []).append(p.text)
    for texts in lines.values():
        t = " ".join(texts)
        m = re.search(r"©\s*(?:\d{4}\s*)?([A-Z][\w&.\- ]{1,40}?)(?:\s+(?:L\.P\.|LLC|Inc\.?|Ltd\.?|Limited|GmbH))?"
                      r"[.,]?\s+(?i:all rights)", t)
        if m and "outlet" not in meta:
            meta["outlet"], meta["outlet_evidence"] = m.group(1).strip(), f"copyright line: {m.group(0)!r}"
    return meta


def _apply_overrides(pieces: list[Piece], text: str, overrides: list[tuple[str, str, str]]) -> list[str]:
    """Force pieces back in (keep) or out (remove). Returns override passages not found."""
    missing = []
    for action, passage, note in overrides:
        start = text.find(passage)
        if start < 0:
            missing.append(passage)
            continue
        end = start + len(passage)
        for p in pieces:
            if p.start < end and p.end > start:
                if action == "keep":
                    p.label, p.reason, p.forced = "good", "", "keep"
                else:
                    p.label, p.reason, p.forced = "bad", f"override: {note or 'removed by user'}", "remove"
    return missing


def assemble(text: str, pieces: list[Piece]) -> tuple[str, np.ndarray]:
    """Join kept pieces into clean text; return it with each character's base index."""
    out: list[str] = []
    idx: list[np.ndarray] = []
    prev: Piece | None = None
    cut_between = False
    for p in pieces:
        if p.removed:
            if prev is not None:
                cut_between = True
            continue
        if prev is not None:
            if cut_between:
                sep = "\n\n"
            else:
                gap = text[prev.end:p.start]
                if gap:
                    out.append(gap)
                    idx.append(np.arange(prev.end, p.start))
                    sep = ""
                elif re.search(r"[.!?:]$", prev.text):
                    sep = " "
                elif prev.heading:
                    sep = "\n"
                else:
                    sep = ""
            if sep:
                out.append(sep)
                idx.append(np.full(len(sep), -1))
        out.append(p.text)
        idx.append(np.arange(p.start, p.end))
        prev, cut_between = p, False
    if not out:
        return "", np.zeros(0, dtype=np.int64)
    return "".join(out), np.concatenate(idx).astype(np.int64)


def clean_text(text: str, doc_frequency: Counter | None = None, n_docs: int = 1,
               overrides: list[tuple[str, str, str]] | None = None,
               pieces: list[Piece] | None = None,
               structure: list[tuple[int, int, str]] | None = None,
               site_frequency: Mapping[str, int] | None = None) -> CleanResult:
    """Clean one document's base text. See the module docstring for the method.

    ``structure``: for HTML, base spans the markup marks as page furniture (``htmldom``).
    ``site_frequency``: in how many documents *of this document's site* each segment key
    occurs (:func:`site_frequencies`); text shared with other sites is never furniture for that."""
    pieces = segment(text) if pieces is None else pieces
    meta = classify(pieces, doc_frequency, n_docs, structure=structure, site_frequency=site_frequency)
    missing = _apply_overrides(pieces, text, overrides or [])
    if missing:
        raise ValueError("override passage(s) not found in the text: " + "; ".join(repr(m[:60]) for m in missing))
    clean, index = assemble(text, pieces)
    res = CleanResult(clean, index, pieces)
    for key in ("title", "author", "published", "published_precision", "outlet", "credit"):
        setattr(res, key, meta.get(key))
    res.evidence = {k[: -len("_evidence")]: v for k, v in meta.items() if k.endswith("_evidence")}
    return res


def repetition_keys(pieces: list[Piece]) -> set[str]:
    """The keys of a document's short segments, counted across documents by :func:`document_frequency`."""
    return {normalize_key(p.text) for p in pieces if len(p.text) < 200}


def segment_keys(text: str) -> set[str]:
    """:func:`repetition_keys` of a text (one document's share of the corpus-wide count)."""
    return repetition_keys(segment(text))


def document_frequency(segmented: list[list[Piece]] | list[set[str]]) -> Counter:
    """In how many documents each short segment key occurs (for cross-document repetition).

    Takes each document's pieces, or its :func:`segment_keys` (computed elsewhere, in parallel)."""
    df: Counter = Counter()
    for item in segmented:
        df.update(item if isinstance(item, set) else repetition_keys(item))
    return df


def site_frequencies(keys: list[set[str]], sites: list[str]) -> dict[str, Counter]:
    """Per site (an outlet or URL host; "" for unknown, never counted), in how many of its
    documents each segment key occurs."""
    out: dict[str, Counter] = {}
    for item, site in zip(keys, sites):
        if site:
            out.setdefault(site, Counter()).update(item)
    return out


def clean_corpus(texts: list[str], overrides: list[list[tuple[str, str, str]]] | None = None) -> list[CleanResult]:
    """Clean several documents together, so repetition across them counts as evidence."""
    reset_memo()
    segmented = [segment(t) for t in texts]
    df = document_frequency(segmented)
    overrides = overrides or [[] for _ in texts]
    return [clean_text(t, df, len(texts), o, p) for t, o, p in zip(texts, overrides, segmented)]
