"""Cleaning, step 2: rules that mark one segment as page furniture, whatever the page.

Phrases from the editable ``data/boilerplate_phrases.csv`` (widgets, legal lines, counters,
related-content headings, interface strings in English, Chinese and French...), and shapes:
decoration, hashtag runs, copyright lines, phone numbers, bare URLs, photo credits, bylines,
metadata lines and breadcrumbs. Each rule returns a reason and a strength (hard, soft, or
terminator: a related-content heading whose short teasers go too).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from helpers.read import dates
from helpers.clean.clean_segment import Features, Piece, features
from helpers.clean.clean_segment import _LETTER_OR_DIGIT, _YEAR_LIKE
from helpers.core.paths import DATA_DIR

_PHONE = re.compile(r"\+\d{1,3}[\s\d().-]{6,}\d")
_HASHTAGS = re.compile(r"(?:#[\w-]+\s*){2,}")
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\d{4})|版权所有)", re.I)
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
_BYLINE_WORD = r"(?i:by|von|par|por|di|written by|écrit par|auteur\s*:|author\s*:)"
_BYLINE = re.compile(rf"{_BYLINE_WORD}\s+({_NAME}(?:(?:\s*,\s*|\s+(?:and|&|und|et|y)\s+){_NAME}){{0,3}}|[a-z][\w.-]{{2,30}})")
#: how long ago a page was updated, after its byline ("By Maria Lopez | Updated 3 hours ago", "Par Marc Dupont |
#: Mis à jour il y a 3 heures"): no date a reader could check (ago from when?), so only the author is read
_AGE_TAIL = re.compile(r"\s*[|·•,–—-]\s*(?:(?:updated|published|posted|mis à jour|publiée?|modifiée?)\s*:?\s*)?"
                       r"(?:il y a\s+)?(?:\d+|an?|one|une?)\s*(?:min(?:ute)?s?|hours?|hrs?|h|days?|heures?|jours?)"
                       r"(?:\s+ago)?(?:\s*[|·•]\s*\d+\s*min(?:ute)?s?\s*(?:read|de lecture))?\s*$", re.I)  # (| 4 min read)


def byline_with_age(text: str) -> str | None:
    """The author of a byline followed by how long ago the page was updated, else None (inline markup a copied
    page kept, "By <b>Eve</b>", is read through)."""
    age = _AGE_TAIL.search(text)
    m = _BYLINE.fullmatch(re.sub(r"</?[a-z]{1,6}>", "", text[:age.start()]).strip()) if age else None
    return m.group(1) if m else None


#: a list item that gives a figure, closing a plain-text article ("- Lead times: 36 weeks"; not a link "- [Home](/)")
FIGURE_ITEM = re.compile(r"[-*•]\s+[^\[\]()\d]{3,40}:\s*[^\[\]]*\d")


def over_byline(pieces: list[Piece], i: int) -> bool:
    """Whether the line right after piece ``i`` is its page's byline: a two-word first line above it is the
    headline ("Port strike" over "By A B"), not a menu item."""
    nxt = next((q for q in pieces[i + 1:] if q.line != pieces[i].line), None)
    return nxt is not None and nxt.reason in ("byline", "html: byline")


#: a text whose first word could open a byline (what _BYLINE needs at its start)
BYLINE_OPENING = re.compile(rf"\s*{_BYLINE_WORD}\s")
_DATE_LABEL = re.compile(r"^(?:published|updated|posted|first published|last updated|date|发布时间|发布日期|更新时间|时间|日期)\s*[:：]?\s*", re.I)
_FIELD_LABEL = re.compile(r"[\w\u3400-\u9fff]{1,8}\s*[:：]")
_CREDIT = re.compile(r"(?:illustration|photo(?:graph)?|image|graphic|video|photographer|图片来源|图|摄影)\s*[:：]\s*\S", re.I)
@lru_cache(maxsize=1)
def _caption_credit() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(bare or closing credit, Chinese caption ending, credit opening) from ``data/photo_credits.csv``."""
    kinds: dict[str, list[str]] = {}
    with open(DATA_DIR / "photo_credits.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            kinds.setdefault(row["kind"], []).append(row["pattern"])
    agency = "(?:" + "|".join(kinds["agency"]) + ")"
    name = r"[^()（）\[\]|。.!?]{0,40}"
    closing = re.compile(  # "(Joel Saget / AFP)", "( AFP / Drew ANGERER )", "（路透）", "REUTERS", "| Getty Images"
        rf"(?:^|[(（\[|｜]|\s[/／]\s?)\s*(?:{name}[/／]\s*)?{agency}"
        rf"(?:(?-i:(?:\s+[A-Z][A-Za-z]*){{0,3}})\s*[/／]{name})?\s*[)）\]]?\s*$", re.I)  # "( GETTY IMAGES NORTH AMERICA / WIN MCNAMEE )"
    return closing, re.compile("(?:" + "|".join(kinds["cjk_end"]) + r")\s*[)）]?\s*$"), \
        re.compile("^(?:" + "|".join(kinds["start"]) + ")", re.I)


@lru_cache(maxsize=1)
def _agency_tail() -> re.Pattern[str]:
    """A short caption ending in ", <agency>" ("Michael Conroy, AP"): agencies from ``data/photo_credits.csv``
    (case as written, so "AP" is not "ap")."""
    with open(DATA_DIR / "photo_credits.csv", encoding="utf-8", newline="") as fh:
        agencies = [r["pattern"] for r in csv.DictReader(fh) if r["kind"] == "agency"]
    return re.compile(rf"[^,.!?]{{2,40}},\s*(?:{'|'.join(agencies)})")


_SOURCE_CAPTION = re.compile(r"[(（][^()（）]{0,60}(?:来源|來源|source)\s*[:：][^()（）]{1,40}[)）]", re.I)
_DIGIT = re.compile(r"\d")


def _is_caption_credit(text: str) -> bool:
    """A picture credit, alone or closing a short caption, in English, French or Chinese."""
    if len(text) > 220:
        return False
    closing, cjk_end, start = _caption_credit()
    if start.match(text) and len(text.split()) <= 14:
        return True
    if _SOURCE_CAPTION.fullmatch(text):
        return True  # "(納指日線圖,來源:TradingView)"
    if len(text.split()) <= 6 and _agency_tail().fullmatch(text):
        return True  # "Michael Conroy, AP"
    return bool(closing.search(text) or (len(text) <= 60 and cjk_end.search(text)))


_URL = re.compile(r"(?:https?://|www\.)\S+")
_BULLET = re.compile(r"^[-•*·–]\s+(?=\S)")
#: a Markdown image or link standing alone on its line ("![](https://…/0107_%E5%A4%A7.jpg)"): an embed, not prose
_MEDIA = re.compile(r"!?\[([^\]\n]{0,300})\]\((?:https?://|www\.|/)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_LETTER = re.compile(r"[^\W\d_]{2,}")
_BREADCRUMB_SEP = re.compile(r"\s+(?:»|›|>>|>|→|/|\||\\)\s+|\s*(?:»|›|>>)\s*")
_BREADCRUMB_MARK = re.compile(r"[»›>→/|\\]")  # a character every separator holds
_HOME = re.compile(r"^(?:home|homepage|start|startseite|accueil|inicio|首页|主页|网站首页)$", re.I)

SOFT_REASONS = frozenset({"share", "counter", "attribution", "breadcrumb", "byline", "dateline",
                          "credit", "decoration", "hashtags", "page title", "contact", "comments"})

@dataclass(frozen=True)
class PhraseRule:
    """One row of ``boilerplate_phrases.csv``: its regular expression (as written, with an
    optional closing ``.``, ``:`` or ``!``), reason and strength."""

    source: str
    reason: str
    strength: str  # hard | soft | terminator

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The rule alone, compiled when first asked for (the cleaner matches all rules at once,
        see :func:`_rules_regex`)."""
        return re.compile(self.source, re.I)


@lru_cache(maxsize=4)
def load_phrase_rules(path: str | None = None) -> tuple[PhraseRule, ...]:
    """Read the editable phrase rules (regexes matched against a whole segment)."""
    with open(path or DATA_DIR / "boilerplate_phrases.csv", encoding="utf-8", newline="") as fh:
        return tuple(
            PhraseRule(r"(?:" + row["pattern"] + r")[.:!]?", row["reason"], row["strength"])
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



@lru_cache(maxsize=8)
def _rules_regex(rules: tuple[PhraseRule, ...]) -> re.Pattern[str]:
    """All rules as one alternation (one named group per rule, in file order)."""
    return re.compile("|".join(f"(?P<r{i}>{r.source})" for i, r in enumerate(rules)) or r"(?!)", re.I)


def _rule_reason(p: Piece, rules: tuple[PhraseRule, ...], rx: re.Pattern[str]) -> tuple[str, str] | None:
    """Reason and strength if a rule marks this piece as boilerplate (``rx``: :func:`_rules_regex`); a list marker
    before a counter or a widget ("- 2 min read", "• 12 likes") is no part of what it says."""
    text = p.text.strip()
    bare = _BULLET.sub("", text)
    if bare != text and (hit := _rule_reason_of(bare, rules, rx)) and hit[0] in _BULLETED:
        return hit
    return _rule_reason_of(text, rules, rx)


#: what a list marker may stand before and still be page furniture (not "- Source: Ministry figures show 126 dead")
_BULLETED = frozenset({"counter", "share", "widget", "hashtags", "image", "decoration"})


def _rule_reason_of(text: str, rules: tuple[PhraseRule, ...], rx: re.Pattern[str]) -> tuple[str, str] | None:
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
    if (media := _MEDIA.fullmatch(text)) and (text.startswith("!") or not _LETTER.search(media.group(1) or "")):
        return ("image" if text.startswith("!") else "link"), "soft"  # (a link with words, a headline, stays)
    if _CREDIT.match(text) and len(text.split()) <= 8:
        return "credit", "soft"
    if _is_caption_credit(text):
        return "credit", "soft"
    if _BYLINE.fullmatch(text) and not _DIGIT.search(text):
        return "byline", "soft"
    if len(text) < 120 and len(_FIELD_LABEL.findall(text)) >= 2 and dates.find_dates(text):
        return "dateline", "soft"
    if not _BREADCRUMB_MARK.search(text) or byline_with_age(text):  # no separator: one part, no breadcrumb (nor
        return None  # "By Maria Lopez | Updated 3 hours ago | 4 min read", a byline)
    parts = [x for x in _BREADCRUMB_SEP.split(text) if x.strip()]
    if len(parts) >= 2 and (len(parts) >= 3 or _HOME.match(parts[0].strip())) \
            and all(len(x.split()) <= 4 for x in parts[:-1]):
        return "breadcrumb", "soft"
    return None


@lru_cache(maxsize=1)
def _date_words() -> re.Pattern[str]:
    """Labels and weekday names that may stand beside a date (``data/date_labels.csv``)."""
    with open(DATA_DIR / "date_labels.csv", encoding="utf-8", newline="") as fh:
        alts = [row["pattern"] for row in csv.DictReader(fh)]
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])", re.I)


#: a dateline's place before its date ("Shenzhen, Wednesday, 26 February 2025.", "北京，...")
_PLACE_PREFIX = re.compile(r"^\s*(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}|[\u3400-\u9fff]{2,6})\s*[,，]")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})\s*(?:[ap]\.?m\.?|UTC|GMT|CET|CEST|EST|EDT|ET|PT)?\b", re.I)


def _date_only(text: str) -> dates.DateMatch | None:
    """The first date if the piece is nothing but dates, with labels, weekdays and times
    ('Published', 'Publié le : mardi 4 mars 2025 à 07:30 - Modifié le ...', '发布时间：...')."""
    if not _YEAR_LIKE.search(text) or len(text) > 120:
        return None
    text = _DATE_LABEL.sub("", text.strip())
    found = dates.find_dates(text)
    if not found:
        return None
    if len(found) == 1 and len(text) - len(found[0].text) <= 2:
        return found[0]
    rest = list(text)
    for d in found:
        rest[d.start:d.end] = " " * (d.end - d.start)
    rest_text = _CLOCK.sub(" ", _date_words().sub(" ", _PLACE_PREFIX.sub("", "".join(rest))))
    return None if _LETTER_OR_DIGIT.search(rest_text) else found[0]


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

