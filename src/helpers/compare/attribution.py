"""Who a document credits: attribution phrases in English, Chinese and French.

Phrases live in ``data/attribution_phrases.csv`` (a regex per row with ``{NAME}`` for a
capitalised Latin-script name and ``{ZH}`` for a Chinese one, and a strength); outlet names
and their aliases across languages in ``data/outlets.csv``. A *weak* phrase ("according to",
"selon", "citing") credits only a name that is a known outlet, an outlet of the corpus, or
looks like one ("... News", "... Times"); a *strong* one ("first reported by", "Read more at",
"据…报道") credits any name. A document never credits itself (its own outlet or author). A parenthesised credit
("(Reuters)", "（路透社/中央社）", "(Zonebourse avec Reuters)") counts when every name in it is a
known outlet (so "(Joel Saget / AFP)", a photo credit, does not).
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from functools import lru_cache

import pandas as pd

from helpers.core.literals import fold, may_match
from helpers.core.paths import DATA_DIR

_WORD = r"[A-ZÀ-ÖØ-Þ](?:[\w&’'-]|\.(?=\w))*"
#: a capitalised name of up to four words on one line (a name never runs across a line break:
#: "via X" then a new line "TSMC ..." is a share widget, not "X TSMC")
_NAME = rf"(?P<name>(?:[Tt]he[ \t\u00a0]+)?{_WORD}(?:[ \t\u00a0]+(?:{_WORD}|of|de|du|des)){{0,3}}(?<![\s.]))"
#: a short organisation name (one or two capitalised words, not "… of X": "Some of Deepseek's" is no credit)
_ORG = r"(?<![Oo]f\s)(?<![\w&-])(?P<name>[A-Z][\w&-]*(?:[ \n][A-Z][\w&-]*)?)"
_ZH = r"(?P<name>[\u4e00-\u9fffA-Za-z0-9《》·]{2,12}?)"
_OUTLETISH = re.compile(r"(?i)\b(?:news|times|post|journal|daily|herald|tribune|press|agency|wire|review|"
                        r"magazine|gazette|telegraph|guardian|economist|insider|monitor|observer|médias?|"
                        r"journal|quotidien)\b|日报|晚报|时报|新闻|日報|晚報|時報|新聞|社$|网$|網$|报$|報$|财经|財經")
#: capitalised words that open a credit phrase but are not outlets ("according to Chinese officials")
def _not_outlets() -> frozenset[str]:
    """Words that stand where a credit formula expects an outlet but name none (``data/not_outlets.csv``)."""
    with open(DATA_DIR / "not_outlets.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["word"] for r in csv.DictReader(fh))


_NOT_OUTLETS = _not_outlets()
_CJK_NOT_OUTLETS = tuple(w for w in _NOT_OUTLETS if len(w) >= 2 and re.match(r"[\u4e00-\u9fff]", w))


#: "封面新闻 via bincial.com", "Le Monde (édition abonnés)": each piece of an outlet field is the document's own name
_OWN_SPLIT = re.compile(r"\s+via\s+|\s*[(（)）/|]\s*")
_PAREN = re.compile(r"[（(]\s*([^（）()\n]{2,40}?)\s*[）)]")
_PAREN_SPLIT = re.compile(r"\s*(?:/|／|、|,|，|\bavec\b|\bwith\b|\band\b|\bet\b)\s*")


#: whether credits read on the raw page (lines the cleaner removed) must use a strong phrase; raw HTML
#: (markup, menus, related-story teasers) always does
RAW_STRONG_ONLY = False


def _raw_strong_only(doc: object) -> bool:
    return RAW_STRONG_ONLY or str(getattr(doc, "format", "") or "").lower() in ("html", "htm", "xhtml")


@lru_cache(maxsize=1)
def phrases() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(regex, language, strength) for each attribution phrase."""
    with open(DATA_DIR / "attribution_phrases.csv", encoding="utf-8", newline="") as fh:
        return tuple((re.compile(r["pattern"].replace("{NAME}", _NAME).replace("{ORG}", _ORG).replace("{ZH}", _ZH), re.M),
                      r["language"], r["strength"]) for r in csv.DictReader(fh))


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _literal(alt: str) -> str:
    """The literal lower-case start of one regex alternative (up to its first special character)."""
    m = re.match(r"[^\\\[(?*+{.|]*", alt)
    word = m.group(0) if m else ""
    if len(word) < len(alt) and alt[len(word)] in "?*{":  # "publiée?" : the last letter is optional
        word = word[:-1]
    return word.strip().lower()


@lru_cache(maxsize=1)
def _keywords() -> tuple[tuple[str, ...] | None, ...]:
    """Per phrase, lower-case literals one of which the text must contain for the phrase to match
    (the alternatives of its first case-insensitive group, when that group is required: outside
    any other group and not optional), or None when they cannot be read off."""
    out = []
    for rx, _, _ in phrases():
        pat = rx.pattern
        m = re.search(r"\(\?i:([^()]*)\)", pat)
        words: list[str] = []
        if m and pat[m.end():m.end() + 1] not in ("?", "*", "{"):
            prefix = re.sub(r"\\.|\[[^\]]*\]", "", pat[:m.start()])
            if prefix.count("(") == prefix.count(")"):
                words = [_literal(alt) for alt in m.group(1).split("|")]
        out.append(tuple(words) if words and all(len(w) >= 2 for w in words) else None)
    return tuple(out)


@lru_cache(maxsize=1)
def outlet_aliases() -> dict[str, str]:
    """Normalised alias -> canonical outlet name."""
    with open(DATA_DIR / "outlets.csv", encoding="utf-8", newline="") as fh:
        return {norm(r["alias"]): r["canonical"] for r in csv.DictReader(fh)}


def norm(name: str) -> str:
    """A name reduced for matching: NFKC, lower case, no leading "the", no domain suffix or punctuation."""
    s = unicodedata.normalize("NFKC", name).strip().lower()
    s = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", s)
    s = re.sub(r"^(?:www\.)", "", s)
    s = re.sub(r"\.(?:com|net|org|cn|fr|co\.uk|io)$", "", s)
    s = re.sub(r"[《》\"“”'’.,:;()\s-]+", " ", s).strip()
    return s


@lru_cache(maxsize=1)
def _by_length() -> tuple[str, ...]:
    return tuple(sorted(outlet_aliases(), key=lambda a: (-len(a), a)))


@lru_cache(maxsize=1)
def _descriptors() -> tuple[str, ...]:
    """Normalised descriptors written before an outlet's name (``data/outlet_descriptors.csv``), longest first."""
    with open(DATA_DIR / "outlet_descriptors.csv", encoding="utf-8", newline="") as fh:
        return tuple(sorted({norm(r["prefix"]) for r in csv.DictReader(fh)}, key=lambda p: (-len(p), p)))


def _strip_descriptor(key: str) -> str | None:
    """A normalised name without its descriptor ("英國 金融時報" -> "金融時報", "agence reuters" -> "reuters")
    when what is left is a known alias; None otherwise."""
    for prefix in _descriptors():
        if key.startswith(prefix) and len(key) > len(prefix):
            rest = key[len(prefix):].strip()
            rest = norm(rest) if rest else rest
            if rest in outlet_aliases():
                return rest
    return None


#: a site's address written as its name: the outlet is the second-level label
_DOMAIN = re.compile(r"(?:www\.|m\.|news\.|en\.)?([a-z0-9][a-z0-9-]{1,30})\.(?:com|net|org|cn|fr|tw|hk|co\.uk|com\.cn|com\.tw|com\.hk)")


@lru_cache(maxsize=65536)
def canonical(name: str) -> str:
    """The canonical outlet name for ``name`` (known alias, also after a descriptor such as a country
    written before it, "英國金融時報"; or the name itself, cleaned)."""
    aliases = outlet_aliases()
    key = norm(name)
    if key in aliases:
        return aliases[key]
    bare = _strip_descriptor(key)
    if bare is not None:
        return aliases[bare]
    site = _DOMAIN.fullmatch(key)
    if site and norm(site.group(1)) in aliases:  # "cgtn.com", "www.reuters.com"
        return aliases[norm(site.group(1))]
    for alias in _by_length():  # "Bloomberg Businessweek", "彭博社记者" -> Bloomberg
        if (len(alias) >= 3 and key.startswith(alias + " ")) or (not key.isascii() and len(alias) >= 2
                                                                and key.startswith(alias)):
            return aliases[alias]
    return re.sub(r"^(?:[Tt]he)\s+", "", name.strip())


def _truncated(phrase: str, raw: str) -> bool:
    """Whether a credit read on the clean text starts inside a word of the raw page everywhere it occurs
    ("Bank’s own press release" where the page says "SoftBank’s"): the cleaner cut the name."""
    head = phrase.split("\n", 1)[0]
    if not (head[:1].isascii() and head[:1].isalnum()) or head not in raw:  # Chinese has no word boundaries
        return False
    return re.search(r"(?<!\w)" + re.escape(head), raw) is None


@lru_cache(maxsize=1)
def wire_agencies() -> frozenset[str]:
    """Normalised canonical names of wire agencies (``data/wire_agencies.csv``): their copy is syndicated."""
    with open(DATA_DIR / "wire_agencies.csv", encoding="utf-8", newline="") as fh:
        return frozenset(norm(r["canonical"]) for r in csv.DictReader(fh))


def _unwrap(name: str, text: str) -> str:
    """A name cut by a line break: "Deep\\nSeek" is "DeepSeek" when the text also writes it whole, else "Deep Seek"."""
    if "\n" not in name:
        return name
    joined = re.sub(r"\s*\n\s*", "", name)
    return joined if joined in text else re.sub(r"\s+", " ", name)


def _acceptable(name: str, strength: str, known: set[str]) -> bool:
    key = norm(name)
    if not key or key in _NOT_OUTLETS or len(key) < 2 or any(key.endswith(w) for w in _CJK_NOT_OUTLETS) \
            or re.search(r"\d{4}", name):
        return False  # (阿富汗当局, the Afghan authorities: no outlet either; "sp20241122", a page's code or date)
    if strength == "strong":
        return key in outlet_aliases() or not _place_only(name)  # ("shipping hardware via Thailand": a route)
    canon = norm(canonical(name))
    return key in outlet_aliases() or _strip_descriptor(key) is not None or canon in _canonical_keys() or canon in known or bool(_OUTLETISH.search(name))


def _place_only(name: str) -> bool:
    """A name that is wholly a place of the gazetteer ("Thailand"): no outlet, whatever phrase precedes it."""
    from helpers.extract.entities import find_entities

    return any(s == 0 and e == len(name) and ent.type == "place" for s, e, _, ent in find_entities(name))


@lru_cache(maxsize=1)
def _canonical_keys() -> frozenset[str]:
    return frozenset(norm(c) for c in outlet_aliases().values())


#: a credit line right after a picture word ("Image source:", "Photo via", "图片来源") credits a picture
_PICTURE_BEFORE = re.compile(r"(?i:image|photo|picture|illustration|crédit photo|photographie|图片|圖片|配图|配圖)\s*$")


def credits(text: str, own: tuple[str, ...] = (), known: tuple[str, ...] = (),
            strong_only: bool = False) -> list[tuple[str, str, int]]:
    """Outlets ``text`` credits, in text order: (canonical name, the phrase as written, position).

    ``own`` are the document's own outlet and author (never credited); ``known`` are outlet
    names of the corpus (a weak phrase may credit them); ``strong_only`` keeps strong phrases."""
    own_keys = {norm(canonical(part)) for o in own if isinstance(o, str) and o
                for part in [o, *_OWN_SPLIT.split(o)] if part.strip()}
    known_keys = {norm(canonical(k)) for k in known if isinstance(k, str) and k}
    out: dict[tuple[str, int], tuple[str, str, int]] = {}
    taken: list[tuple[int, int]] = []
    lower, folded, cjk = text.lower(), fold(text), bool(_CJK.search(text))
    ranked = sorted(zip(phrases(), _keywords()), key=lambda p: p[0][2] != "strong")  # strong phrases first
    for (rx, lang, strength), keys in ranked:
        if (strong_only and strength != "strong") or (lang == "zh" and not cjk) \
                or (keys is not None and not any(k in lower for k in keys)) or not may_match(rx, text, folded):
            continue
        for m in rx.finditer(text):
            if any(m.start("name") < b and a < m.end("name") for a, b in taken) \
                    or _PICTURE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "Image source: Getty Images" credits a picture, not the story
            name = _unwrap(m.group("name").strip(), text)
            if not _acceptable(name, strength, known_keys):
                continue
            canon = canonical(name)
            if norm(canon) in own_keys:
                continue
            taken.append((m.start("name"), m.end("name")))
            out.setdefault((canon, m.start()), (canon, m.group(0).strip(), m.start()))
    for m in _PAREN.finditer(text) if not strong_only else ():  # "(Reuters)", "（路透社/中央社）", "(Zonebourse avec Reuters)": known names only
        parts = [norm(x) for x in _PAREN_SPLIT.split(m.group(1)) if x.strip()]
        if not parts or any(k not in outlet_aliases() for k in parts):
            continue  # "(Joel Saget / AFP)" is a photo credit, "(AMD)" a ticker
        for key in parts:
            canon = outlet_aliases()[key]
            if norm(canon) not in own_keys:
                out.setdefault((canon, m.start()), (canon, m.group(0), m.start()))
    return sorted(out.values(), key=lambda c: (c[2], c[0]))


def _removed_lines(doc: object) -> str:
    """The whole raw lines that hold text the cleaner removed (what the clean text cannot credit),
    in order; the raw text itself when the removals are unknown."""
    raw, removals = doc.raw_text, getattr(doc, "removals", None)
    try:
        spans = json.loads(removals) if isinstance(removals, str) else None
    except ValueError:
        spans = None
    if not isinstance(spans, list):
        return raw
    lines: list[tuple[int, int]] = []
    for start, end, *_ in spans:
        a = raw.rfind("\n", 0, start) + 1
        b = raw.find("\n", end)
        b = len(raw) if b < 0 else b
        if lines and a <= lines[-1][1]:
            lines[-1] = (lines[-1][0], max(b, lines[-1][1]))
        else:
            lines.append((a, b))
    return "\n".join(raw[a:b] for a, b in lines)


def doc_credits(docs: pd.DataFrame, known: tuple[str, ...] | None = None) -> dict[str, list[tuple[str, str, int]]]:
    """Per doc_id, :func:`credits` of its clean text, credits of its raw text not found there (a line the
    cleaner removed), and the ``credit`` field (position -1 for what is not in the clean text).

    ``known``: the corpus's outlet names (default: those of ``docs``; given when ``docs`` is a share of it)."""
    if known is None:
        known = tuple(sorted({o for o in docs["outlet"] if isinstance(o, str) and o}))
    out = {}
    for doc in docs.itertuples(index=False):
        own = tuple(x for x in (doc.outlet, getattr(doc, "author", None)) if isinstance(x, str))
        found = [c for c in credits(doc.clean_text, own, known) if not _truncated(c[1], doc.raw_text)]
        names = {n for n, _, _ in found}
        # a credit line the cleaner removed ("Read more at", "(央視記者…)", a sentence it cut): read the raw page too
        found += [(n, p, -1) for n, p, _ in credits(_removed_lines(doc), own, known, strong_only=_raw_strong_only(doc))
                  if n not in names and not names.add(n)]
        credit = getattr(doc, "credit", None)
        if isinstance(credit, str) and credit.strip() and _acceptable(credit.strip(), "strong", set()) \
                and norm(canonical(credit)) not in {norm(canonical(o)) for o in own}:  # ("来源: sp20241122": a code)
            found = [(canonical(credit), f"credits {credit}", -1)] + found
        out[doc.doc_id] = found
    return out


def _attributions(docs: pd.DataFrame) -> dict[int, set[str]]:
    """For each document (by position), the corpus outlets (as written in the table) it credits.

    Only documents that mention a corpus outlet (or one of its aliases) are read for credits."""
    by_canon: dict[str, set[str]] = {}
    for o in docs["outlet"]:
        if isinstance(o, str) and o:
            by_canon.setdefault(norm(canonical(o)), set()).add(o)
    if not by_canon:
        return {}
    names = {o for group in by_canon.values() for o in group}
    names |= {a for a, c in _alias_names().items() if norm(c) in by_canon}
    mention = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), re.I)
    known = tuple(sorted({o for group in by_canon.values() for o in group}))
    out: dict[int, set[str]] = {}
    for pos, doc in enumerate(docs.itertuples(index=False)):
        if not mention.search(doc.clean_text):
            continue
        own = tuple(x for x in (doc.outlet, getattr(doc, "author", None)) if isinstance(x, str))
        hit = {o for name, _, _ in credits(doc.clean_text, own, known) for o in by_canon.get(norm(name), set())}
        if hit:
            out[pos] = hit
    return out


@lru_cache(maxsize=1)
def _alias_names() -> dict[str, str]:
    """Alias as written -> canonical outlet (``outlets.csv``)."""
    with open(DATA_DIR / "outlets.csv", encoding="utf-8", newline="") as fh:
        return {r["alias"]: r["canonical"] for r in csv.DictReader(fh)}
