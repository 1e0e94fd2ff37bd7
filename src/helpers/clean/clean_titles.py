"""Cleaning, document rules for titles and bylines split over lines (after :mod:`clean_steps`).

- :func:`title_copy`: the headline is often printed twice before the body, once as the page's
  title line (with a breadcrumb, a section label, a truncated date glued on) and once as the
  heading; the cleaner copy, contained in the other, is the title.
- :func:`wire_dateline`: a first paragraph opened the wire way ("TAIPEI, Feb. 26, 2025
  /PRNewswire/ -- ...", "PARIS, 3 juillet 2025 (AFP) - ...") dates the page; the text stays.
- :func:`twin_title_lines`: the same line printed twice at the top (title and heading) is the headline.
- :func:`label_and_name`: a byline label standing alone ("Written by", "Publié par", "作者")
  with the name on the next line (or, in scraped pages that reversed them, the line before).
"""
from __future__ import annotations

import re

from helpers.clean.clean_segment import Features, normalize_key
from helpers.read import dates
from helpers.clean.clean_steps import Page

#: a person's name standing alone: two to four capitalised words, or two to four Chinese characters
_NAME_LINE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\.?)(?:\s+[A-Z][\w.'\u2019-]*){1,3}|[\u3400-\u9fff·]{2,4}")


def _heading_size(f: Features) -> bool:
    return 4 <= f.n_words <= 30 or 6 <= f.n_cjk <= 60


def title_copy(page: Page, window: int = 8) -> None:
    """When the title candidate contains a later standalone line before the body that is at least
    half as long, that line is the headline (the candidate was the page title around it)."""
    cand = page.meta.get("title_candidate")
    if not cand:
        return
    ckey = normalize_key(cand)
    first_good, _ = page.good_bounds()
    pieces = page.pieces
    for i in range(min(len(pieces), first_good + 1, window)):
        p, k, f = pieces[i], page.keys[i], page.feats[i]
        if p.label == "bad" or p.joint != "line" or k == ckey or not _heading_size(f):
            continue
        line_end = i + 1 < len(pieces) and pieces[i + 1].line != p.line or i + 1 == len(pieces)
        if line_end and len(k) >= 0.5 * len(ckey) and k in ckey:
            for j, q in enumerate(pieces[:i]):
                if page.keys[j] and page.keys[j] in ckey and q.label != "bad":
                    q.label, q.reason, q.soft = "bad", "page title", True
            page.title_keys.add(k)
            page.meta["title_candidate"] = p.text
            return


_FRONT_FIELD = re.compile(r"(?P<key>title|date|published|author|authors?|source|publisher|outlet|site_name)\s*[:=]\s*"
                          r"(?P<value>.+)", re.I)


#: a line of front matter: a field ("title: …", "date = …"), a list item or a continuation
_FIELD_LINE = re.compile(r"[a-z_][\w-]*\s*[:=](?!.*[.!?]\s+[A-Z])|\s*-\s|\s+\S|\s*[\[\]{}]")  # (lower-case keys;
# a value holding two sentences, "Source: county records. The vote was…", is text)


def _field_value(raw: str) -> str:
    """A field's value as a reader would write it: quotes off, a list's items joined ('["Jane Doe", "John Roe"]':
    "Jane Doe; John Roe"), a Markdown link's text ("[Reuters](https://…)": Reuters)."""
    value = raw.strip()
    if value.startswith("[") and value.endswith("]"):
        value = "; ".join(x.strip().strip("\"'") for x in value[1:-1].split(",") if x.strip().strip("\"'"))
    link = re.fullmatch(r"\[([^\]]+)\]\([^)]*\)", value)
    return (link.group(1) if link else value).strip().strip("\"'")


def front_matter(page: Page, max_lines: int = 40) -> None:
    """A Markdown file's front matter (a first line "---", YAML fields, a closing "---"; or "+++" around TOML fields,
    as Hugo writes them): its title, date, author and outlet (source, publisher) are read as metadata and the block
    leaves the body."""
    pieces = page.pieces
    if not pieces or pieces[0].text not in ("---", "+++") or pieces[0].line != 0:
        return
    fence = pieces[0].text
    end = next((i for i, p in enumerate(pieces[1:], 1) if p.text == fence and p.joint == "line"), None)
    if end is None or pieces[end].line > max_lines or not all(
            _FIELD_LINE.match(p.text) for p in pieces[1:end] if p.joint == "line" and p.text.strip()):
        return  # (a block whose lines are not all fields, "+++ Source: county records. The vote was…", is text)
    fields = {"title": "title", "date": "published", "published": "published", "author": "author",
              "authors": "author", "source": "outlet", "publisher": "outlet", "outlet": "outlet", "site_name": "outlet"}
    for p in pieces[:end + 1]:
        m = _FRONT_FIELD.fullmatch(p.text)
        if m:
            value = _field_value(m.group("value"))
            key = fields[m.group("key").lower()]
            if key == "outlet" and re.match(r"(?i)https?://|www\.", value):
                continue  # (a source given as an address: no outlet's name)
            if key == "published":
                found = dates.find_dates(value)
                if not found:
                    continue
                value = found[0].date_start
            page.read(key, value, f"front matter: {p.text!r}", p)
            if key == "title":
                page.title_keys.add(normalize_key(value))
                page.meta["title_candidate"] = value
        p.label, p.reason, p.soft = "bad", "front matter", False


def _title_size(text: str) -> bool:
    """Long enough to be a headline, short enough not to be a paragraph: 4-40 words or 6-80 CJK characters."""
    cjk = sum("\u3400" <= ch <= "\u9fff" for ch in text)
    return 6 <= cjk <= 80 if cjk >= 6 else 4 <= len(text.split()) <= 40


def twin_title_lines(page: Page, window: int = 6) -> None:
    """A line printed twice among the first lines, before any prose between them (a scraped page's
    title and its heading), is the headline: the first copy goes as the page title, the second
    stays once as the title, even when the repetition rule had taken both copies for a menu."""
    if "title_candidate" in page.meta or page.html:
        return
    pieces = page.pieces
    lines: dict[int, list[int]] = {}
    for i, p in enumerate(pieces):
        if p.line < pieces[0].line + window * 3 and len(lines) <= window:
            lines.setdefault(p.line, []).append(i)
    order = sorted(lines)
    texts = {ln: normalize_key(" ".join(pieces[i].text for i in lines[ln])) for ln in order}
    for a, la in enumerate(order):
        for lb in order[a + 1:a + 3]:
            text = " ".join(pieces[i].text for i in lines[lb])
            plain = all(pieces[i].label != "bad" or pieces[i].reason == "repeated in document" for i in lines[lb])
            if texts[la] and texts[la] == texts[lb] and plain and _title_size(text) \
                    and not any(pieces[i].label == "good" for ln in order[a + 1:order.index(lb)] for i in lines[ln]):
                for i in lines[la]:
                    pieces[i].label, pieces[i].reason, pieces[i].soft = "bad", "page title", True
                for i in lines[lb]:
                    if pieces[i].reason == "repeated in document":
                        pieces[i].label, pieces[i].reason = "neutral", ""
                page.title_keys.add(normalize_key(text))
                page.meta["title_candidate"] = text
                return


def label_and_name(page: Page) -> None:
    """A byline label alone on its line, and a name alone on the next (or previous) line: the
    name is the author; both leave the body."""
    pieces = page.pieces
    for i, p in enumerate(pieces):
        if p.reason != "byline" or p.joint != "line":
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(pieces):
                continue
            q = pieces[j]
            alone = q.joint == "line" and (j + 1 == len(pieces) or pieces[j + 1].line != q.line)
            if alone and q.label != "good" and _NAME_LINE.fullmatch(q.text.strip()):
                q.label, q.reason, q.soft = "bad", "byline", True
                page.read("author", q.text.strip(), f"byline label and name: {p.text!r} {q.text!r}", q)
                return


#: "CITY, <date> /Wire/ —" or "CITY, <date> (AFP) -": a place, a date, an optional source, a dash
_WIRE_OPENING = re.compile(r"[A-ZÀ-Ý][\w.'À-ÿ -]{1,40},\s+(?P<rest>.{6,40}?)\s*(?:/[^/]{1,40}/|\([^()]{1,30}\))?\s*[—–-]{1,2}\s")


def wire_dateline(page: Page) -> None:
    """When no date was read, the date of a wire opening in the first three prose pieces."""
    if "published" in page.meta:
        return
    lines = []  # the first three lines holding prose, their pieces joined back
    for p in page.pieces:
        if p.label == "good" and (not lines or lines[-1][0].line != p.line):
            if len(lines) == 3:
                break
            lines.append((p, " ".join(q.text for q in page.pieces if q.line == p.line and q.label != "bad")))
    for p, text in lines:
        m = _WIRE_OPENING.match(text)
        found = dates.find_dates(m.group("rest")) if m else []
        if found and found[0].start <= 12 and found[0].precision == "day":
            page.read("published", found[0].date_start, f"wire dateline: {text[:m.end()]!r}", p)
            page.read("published_precision", found[0].precision, "")
            return

