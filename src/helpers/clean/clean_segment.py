"""Cleaning, step 1: cut a text into segments and measure them.

Each line is cut at sentence ends and at places where two HTML elements were glued together
without a space (``SubscribeSearch``, ``chips.Facebook``, ``UTCBookmark``, ``Help©2025``, emoji
markers), but never inside a word that is written that way (``GPUs``, ``H100s``, ``iPhone``,
``McDonald``, names listed in ``data/camel_words.csv``) nor between a CJK sentence end and the
closing quotation mark that belongs to it (``。」``). :func:`features` measures each segment.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


from helpers.core.paths import DATA_DIR
from helpers.read.language import stopwords

@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*stopwords().values())



# --------------------------------------------------------------------------- segments

_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D"
_GLUE = re.compile(
    r"(?=[A-Z\u201c\"©®])(?:"  # every Latin glue point comes before one of these: checked first, for speed
    r"(?<=[a-z\u2019)]{2}[.!?])(?=[A-Z\u201c\"])"  # sentence end glued on: "chips.Facebook", not "U.S."
    r"|(?<=[a-z\u2019'])(?=[A-Z])"          # camel glue: "SubscribeSearch"
    r"|(?<=[A-Z])(?=[A-Z](?!s\b)[a-z])"     # acronym glue: "UTCBookmark", not the plural "GPUs"
    r"|(?<=[0-9])(?=[A-Z][A-Za-z])(?![kKMGTPE]?(?:Wh|W|B|FLOPS|Hz|Ah|VA|V|J|Pa)(?![A-Za-z]))"  # "2000EMEA", not the SI
    # unit of "6GW", "50Hz", "280Ah",
    # "2TB", "8GW降至" (a CJK character after the unit is no letter of a word)
    r"|(?<=[A-Za-z0-9][:+?])(?=[A-Z])"      # "Race:US", "BTV+Market", "tip?Send" (not after CJK)
    r"|(?<=\S)(?=[©®])"                     # "Help©2025"
    r")|(?<=[。！？；])(?=[^\s」』”’）)》】\]\"'])"  # CJK sentence end, not before its closing mark
    r"|(?<=[。！？；][」』”’）)》】])(?=\S)"  # but after it
)
_GLUE_EMOJI = re.compile(rf"(?<=[{_EMOJI}])(?=[^\s{_EMOJI}])|(?<=[^\s{_EMOJI}])(?=[{_EMOJI}])")  # emoji markers
_ANY_EMOJI = re.compile(rf"[{_EMOJI}]")
#: white space after a sentence end (group "a") or after an emoji (group "b"); the pattern starts
#: with the punctuation itself rather than a look-behind, so the regex engine can skip ahead
_SPACED = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]?(?P<a>\s+)(?=[A-Z0-9\"\u201c\u2018(\u3400-\u9fff])"
    rf"|[{_EMOJI}](?P<b>\s+)"
)
#: :data:`_SPACED` for a whole text: white space other than a line break, so that every match
#: lies within one line, as when each line is searched alone (_GLUE needs no change: it matches
#: no line break and its look-arounds fail on one as at the end of a line)
_SPACED_TEXT = re.compile(_SPACED.pattern.replace(r"\s+", r"[^\S\n]+"))
_NON_ALNUM = re.compile(r"[\W_]+")
_YEAR_LIKE = re.compile(r"\d{4}")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_CJK_PUNCT = re.compile(r"[，。、；：！？「」『』（）]")
_END_PUNCT = re.compile(r"[.!?。！？…\"\u201d\u2019)]$")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SENT_END = re.compile(r"[.!?。！？][\"'\u201d\u2019\u00bb\u300d\u300f)]*$")



@dataclass(slots=True)
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


#: a metadata label and an ISO date at the start of a line, before the text ("date 2025-07-25 Over...")
_LEAD_DATE = re.compile(r"\s*(?i:date|published|updated|posted|日期|时间|時間|发布时间|發佈時間|发布日期)\s*[:：]?\s*"
                        r"\d{4}-\d{2}(?:-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)?(?P<a>\s+)(?=\S)")
#: a bracketed desk or byline glued before a Chinese article's first sentence ("〔編譯X／綜合報導〕美國…")
_LEAD_DESK = re.compile(r"\s*[〔【][^〔〕【】\n]{1,16}[／/][^〔〕【】\n]{1,8}[〕】]")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")
#: a share or print widget glued onto the end of a Chinese line ("...歷史記錄分享到:")
_TRAIL_WIDGET = re.compile(r"(?<=[\u3400-\u9fff\w%）)」』”])(?P<a>)(?:(?:分享到|分享至)\s*[:：]?|(?:分享|收藏|打印|列印)\s*[:：])\s*$")
_TICKER = re.compile(r"(?<![A-Za-z])[A-Z]{2,8}:[A-Z]{1,5}(?![A-Za-z])")
_ELISION = re.compile(r"(?<![^\W\d_])(?:[A-Za-z]|qu|jusqu|lorsqu|puisqu|Qu|Jusqu)['\u2019]$")
_CAMEL_HINT = re.compile(r"[a-z][A-Z]")
_WORD_AROUND = re.compile(r"[A-Za-z0-9'\u2019]+")


@lru_cache(maxsize=1)
def camel_words() -> frozenset[str]:
    """Names written in camel case (``DeepSeek``, ``YouTube``), from ``data/camel_words.csv``."""
    text = (DATA_DIR / "camel_words.csv").read_text(encoding="utf-8")
    return frozenset(line.split(",")[0].strip().casefold() for line in text.splitlines()[1:] if line.strip())


_CAMEL_TOKEN = re.compile(r"(?<![0-9A-Za-z_\u00c0-\u024f'\u2019])(?:[A-Za-z]|qu|jusqu|lorsqu|puisqu)?['\u2019]?"
                          r"(?P<w>[A-Z][a-z]+(?:[A-Z][a-z]*)+)(?:['\u2019]s?)?(?![0-9A-Za-z_\u00c0-\u024f])")  # (a CJK
# character beside a name is no part of it: "由於CrowdStrike更新")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_PROSE_BEFORE = re.compile(r"(?:^|[^A-Za-z\u00c0-\u00ff])[a-z\u00e0-\u00ff]{2,},?[ \t]+$")
_SENTENCE_BEFORE = re.compile(r"[.!?][ \t]+$")
_PROSE_AFTER = re.compile(r"[ \t]+[a-z\u00e0-\u00ff]{2,}[ \t]+[a-z\u00e0-\u00ff]{2,}\b")
_ELIDED_OR_POSSESSIVE = re.compile(r"^(?:[A-Za-z]|qu|jusqu|lorsqu|puisqu)['\u2019]|['\u2019]s?$", re.I)


def prose_camel_names(text: str) -> frozenset[str]:
    """Camel-case words a document writes twice or more, once at least inside a sentence (after a
    lower-case word), or once opening a line or a sentence before two lower-case words ("SemiAnalysis estimates that"): names
    such as "SemiAnalysis" or "NetEase" that no list holds, not the glue of a menu ("SubscribeSearch")."""
    seen: dict[str, int] = {}
    in_prose: set[str] = set()
    followed: set[str] = set()  # written before two lower-case words: "SemiAnalysis estimates that"
    for m in _CAMEL_TOKEN.finditer(text):
        w = m.group("w").casefold()
        seen[w] = seen.get(w, 0) + 1
        if _PROSE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            in_prose.add(w)
        cjk = (m.start() > 0 and bool(_CJK_CHAR.match(text, m.start() - 1))) + bool(_CJK_CHAR.match(text, m.end()))
        if cjk:  # a name inside Chinese prose ("由於CrowdStrike更新出錯"), once between two Chinese characters
            in_prose.add(w)
            if cjk == 2:
                followed.add(w)
        starts = m.start() == 0 or text[m.start() - 1] == "\n" or _SENTENCE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        if starts and sum(c.isupper() for c in m.group("w")) <= 3 and _PROSE_AFTER.match(text, m.end()):
            in_prose.add(w)
            followed.add(w)
    return frozenset(w for w in in_prose if seen[w] >= 2 or w in followed)


#: a number glued to an SI unit with a lower-case prefix ("500kV", "10mAh", "3kWh", "2GHz"): one written word
_NUMBER_UNIT = re.compile(r"\d[\d.,]*(?:k|m|M|G|T|µ)?(?:V|W|Wh|A|Ah|Hz|VA|J|N|Pa)s?")


def _inside_word(line: str, i: int, names: frozenset[str] = frozenset()) -> bool:
    """Whether a glue point at ``line[i]`` falls inside one written word rather than between two
    glued elements: a listed camel-case name, a one- or two-letter prefix (``iPhone``,
    ``McDonald``, ``eBay``) or a plural ending (``GPUs``)."""
    if line[i - 1:i] == ":" and any(m.start() < i < m.end() for m in _TICKER.finditer(line, max(0, i - 9), i + 6)):
        return True  # an exchange and ticker: "NASDAQ:NVDA"
    if line[i - 1:i] in ("'", "\u2019") and _ELISION.search(line, 0, i):
        return True  # French elision and Irish names: "d’Intelligence", "l'IA", "O’Brien"
    if line[i - 1:i] in ("'", "\u2019") and line[i] == "S" and not line[i + 1:i + 2].isalpha():
        return True  # a possessive in capitals: "TSMC’S $165 Billion U.S. Bet"
    if not line[i - 1:i].isalpha() or not line[i].isalpha():
        return False
    a = i
    while a > 0 and (line[a - 1].isascii() and line[a - 1].isalnum() or line[a - 1] in "'\u2019"):
        a -= 1
    b = i
    while b < len(line) and (line[b].isascii() and line[b].isalnum() or line[b] in "'\u2019"):
        b += 1
    word, left, right = line[a:b], line[a:i], line[i:b]
    if _NUMBER_UNIT.fullmatch(word):
        return True  # a number with its unit: "500kV", "10mAh", "3kWh"
    core = _ELIDED_OR_POSSESSIVE.sub("", word).casefold()  # "qu'OpenAI", "SoftBank's"
    if core in camel_words() or core.rstrip("s") in camel_words() or core in names:
        return True
    if len(left) <= 2 and left[:1].isupper() != left[-1:].isupper() or len(left) == 1:
        return True  # iPhone, eBay, McDonald (not "UKBusiness" or "ABBank")
    return right in ("s", "es") or (len(right) == 2 and right[0].isupper() and right[1] == "s")


def segment(text: str) -> list[Piece]:
    """Cut ``text`` into pieces at line breaks, sentence ends and glue points."""
    pieces: list[Piece] = []
    pos = 0
    names = prose_camel_names(text) if _CAMEL_HINT.search(text) else frozenset()
    # both patterns found over the whole text at once: neither matches across a line break (see _SPACED_TEXT)
    spaced = [m.span("a") if m.start("a") >= 0 else m.span("b") for m in _SPACED_TEXT.finditer(text)]
    glued = [m.start() for m in _GLUE.finditer(text)]
    si = gi = 0
    emoji = bool(_ANY_EMOJI.search(text))  # no line of a text without any has one
    iso_month = bool(_ISO_MONTH.search(text))  # what a leading date needs
    for lineno, line in enumerate(text.split("\n")):
        end = pos + len(line)
        cuts: list[tuple[int, int]] = []
        while si < len(spaced) and spaced[si][0] < end:
            cuts.append((spaced[si][0] - pos, spaced[si][1] - pos))
            si += 1
        while gi < len(glued) and glued[gi] < end:
            if not _inside_word(line, glued[gi] - pos, names):
                cuts.append((glued[gi] - pos, glued[gi] - pos))
            gi += 1
        lead = _LEAD_DATE.match(line) if iso_month else None
        if lead:
            cuts.append(lead.span("a"))
        desk = _LEAD_DESK.match(line) if "〔" in line or "【" in line else None
        if desk:
            cuts.append((desk.end(), desk.end()))
        if emoji and _ANY_EMOJI.search(line):
            cuts += [(m.start(), m.start()) for m in _GLUE_EMOJI.finditer(line)]
        trail = _TRAIL_WIDGET.search(line) if line.endswith((":", "：", "至", "到")) else None
        if trail:
            cuts.append((trail.start(), trail.start()))
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


@dataclass(frozen=True, slots=True)
class Features:
    """What the classifier looks at in one segment."""

    n_words: int
    n_cjk: int
    stop_ratio: float
    title_ratio: float
    end_punct: bool
    cjk_punct: bool
    has_text: bool


#: a French elided article, pronoun or preposition glued to the next word (l', d', qu', n', s', c', j', m', t')
_ELIDED = re.compile(r"^(?:[LlDdNnSsCcJjMmTt]|[Qq]u)['\u2019](?=[^\W\d_])")


def features(text: str) -> Features:
    """Word counts, function-word and title-case ratios, punctuation, CJK share."""
    ascii_only = text.isascii()
    if ascii_only:  # most segments: no CJK to look for
        words, n_cjk = _WORD.findall(text), 0
    else:
        words = [w for w in _WORD.findall(text) if not _CJK.search(w)]
        n_cjk = len(_CJK.findall(text))
    sw = _all_stopwords()
    words = [_ELIDED.sub("", w) for w in words]  # "L'usine" is "usine": no capitalised word
    content = [w for w in words if w.lower() not in sw]
    n_stop = len(words) - len(content)
    titled = sum(1 for w in content if w[:1].isupper())
    return Features(
        n_words=len(words),
        n_cjk=n_cjk,
        stop_ratio=n_stop / len(words) if words else 0.0,
        title_ratio=titled / len(content) if content else 0.0,
        end_punct=bool(_END_PUNCT.search(text, max(0, len(text) - 2))),  # its last character (before a final newline)
        cjk_punct=not ascii_only and bool(_CJK_PUNCT.search(text)),
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


@lru_cache(maxsize=65536)
def normalize_key(text: str) -> str:
    """Key for repetition: case-folded letters and digits only."""
    return _NON_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


