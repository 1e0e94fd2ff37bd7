"""Cleaning, document rules for what pages print after the article (after :mod:`clean_steps`).

- :func:`author_bio`: a closing paragraph that presents the writer ("Jane Roe is a freelance
  writer living in ...", "Claire Martin est journaliste ...") goes, with the rest of its line.
- :func:`about_boilerplate`: a press release's closing "About X" paragraph ("X is a leading
  provider of ...", with an indefinite article: "X is the largest company" is news) goes,
  with the lines after it, on texts of ten lines or more.
- :func:`kicker_runs`: a run of teasers, each an all-capitals kicker line or a date line next to
  one short paragraph (an aggregator's or a site's list of other stories), goes.
- :func:`truncated_runs`: three or more lines in a row that each end cut off ("...") go.
The cue words are data: ``data/tail_markers.csv``.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.clean.clean_rules import _CLOCK, _date_only
from helpers.clean.clean_steps import Page
from helpers.core.paths import DATA_DIR

_SUBJECT = r"(?:[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3})"


@lru_cache(maxsize=1)
def _markers() -> dict[str, re.Pattern[str]]:
    """``{"bio": ..., "about": ..., "about_heading": ...}`` compiled from ``data/tail_markers.csv``."""
    kinds: dict[str, list[str]] = {}
    with open(DATA_DIR / "tail_markers.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            kinds.setdefault(row["kind"], []).append(row["pattern"])
    alt = {k: "(?:" + "|".join(v) + ")" for k, v in kinds.items()}
    return {
        "bio": re.compile(rf"{_SUBJECT}\s+(?:is|was|est|a été)\s+(?:an?|the|une?|l[ae]|)\s*(?:[\w'-]+\s+){{0,6}}?{alt['bio']}\b"),
        "about": re.compile(rf"{_SUBJECT}\s+(?:is|est)\s+(?:an?|une?)\s+(?:[\w'-]+\s+){{0,5}}?{alt['about']}\b", re.I),
        "about_heading": re.compile(rf"{alt['about_heading']}\s*\S.{{0,60}}", re.I),
    }


def _tail_lines(page: Page, n: int) -> set[int]:
    """The last ``n`` lines that still hold kept text, in the second half of them."""
    lines = sorted({p.line for p in page.pieces if p.label != "bad"})
    return set(lines[max(len(lines) - n, len(lines) // 2):])


def _drop_from(page: Page, i: int, reason: str, same_line_only: bool) -> None:
    start_line = page.pieces[i].line
    for q in page.pieces[i:]:
        if same_line_only and q.line != start_line:
            break
        if q.label != "bad":
            q.label, q.reason, q.soft = "bad", reason, True


def author_bio(page: Page) -> None:
    """A paragraph presenting the writer, among the last three kept lines, goes with its line."""
    tail = _tail_lines(page, 3)
    rx = _markers()["bio"]
    for i, p in enumerate(page.pieces):
        if p.line in tail and p.label != "bad" and p.joint == "line" and rx.match(p.text):
            _drop_from(page, i, "author bio", same_line_only=True)


def about_boilerplate(page: Page) -> None:
    """A closing "About X" heading or an "X is a leading provider of ..." paragraph among the last
    four kept lines: it and the lines after it go."""
    if len({p.line for p in page.pieces if p.label != "bad"}) < 10:
        return  # a short text has no press-release tail
    tail = _tail_lines(page, 4)
    m = _markers()
    for i, p in enumerate(page.pieces):
        if p.line in tail and p.label != "bad" and p.joint == "line" \
                and (m["about_heading"].fullmatch(p.text.strip()) or m["about"].match(p.text)):
            _drop_from(page, i, "about the company", same_line_only=False)
            return


def _kicker(text: str) -> bool:
    """Two to twelve words, at least four letters, four in five of them capitals."""
    if not 2 <= len(text.split()) <= 12:  # checked first: most pieces are longer
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _stamp(text: str) -> bool:
    """A publication stamp: a day and a time of day alone on a line ("November 18, 2019 at 2:01 pm");
    a timeline's dates ("2022-02") carry no time and are not stamps."""
    d = _date_only(text)
    return d is not None and d.precision == "day" and bool(_CLOCK.search(text))


def kicker_runs(page: Page, min_pairs: int = 3) -> None:
    """Three or more all-capitals kicker lines or date lines, each followed by at most two short
    lines of teaser before the next one: the markers and their teasers go."""
    pieces = page.pieces
    kick = [i for i, p in enumerate(pieces) if p.joint == "line" and p.label != "bad"
            and (_kicker(p.text) or _stamp(p.text))]
    run: list[int] = []
    for a, b in zip(kick, kick[1:] + [len(pieces)]):
        kept = [p for p in pieces[a + 1:b] if p.label != "bad"]  # link titles already gone
        teaser_lines = {p.line for p in kept}
        words = sum(len(p.text.split()) for p in kept)
        if len(teaser_lines) <= 2 and words <= 80:
            run.append(a)
            continue
        _close_run(page, run, a, min_pairs)
        run = []
    _close_run(page, run, len(pieces), min_pairs)


def _close_run(page: Page, run: list[int], end: int, min_pairs: int) -> None:
    if len(run) < min_pairs:
        return
    kick_end = [*run[1:], end]
    for a, b in zip(run, kick_end):
        for q in page.pieces[a:b if b != end else min(end, a + 1 + 3)]:
            if q.label != "bad" or q.reason in ("", "repeated in document"):
                q.label, q.reason, q.soft = "bad", "teaser run", True


_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*[\]\)»”\"]?\s*$")


def truncated_runs(page: Page, min_lines: int = 3) -> None:
    """Three or more consecutive kept lines that each end cut off with an ellipsis ("... 41,...")
    are a list of story excerpts, not the article: they go."""
    by_line: dict[int, list[int]] = {}
    for i, p in enumerate(page.pieces):
        if p.label != "bad":
            by_line.setdefault(p.line, []).append(i)
    run: list[int] = []
    for line in [*sorted(by_line), None]:
        idx = by_line.get(line, []) if line is not None else []
        words = sum(len(page.pieces[i].text.split()) for i in idx)
        if idx and words >= 8 and _ELLIPSIS_END.search(page.pieces[idx[-1]].text):
            run.append(line)
            continue
        if len(run) >= min_lines:
            for ln in run:
                for i in by_line[ln]:
                    q = page.pieces[i]
                    q.label, q.reason, q.soft = "bad", "teaser run", True
        run = []

