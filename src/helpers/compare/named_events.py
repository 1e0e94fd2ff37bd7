"""Another named event's figures: a page on one storm recalls the one before it ("Fung-wong follows closely on the
heels of Typhoon Kalmaegi, which killed at least 204 people", "quelques jours après Kalmaegi, qui avait fait 224
morts", "19 deaths in September when it overflowed during another typhoon"). Such a toll is no bulletin of the
story's own count: the brief and the numbers chart leave it out, and it is compared only with tolls of the same
named event.

The story's event is the one most pages name first (title, then text), with the names a parenthesis gives it
("Typhoon Fung-wong (Uwan)", "颱風「鳳凰」（Fung-wong，菲國稱Uwan）"); a page's own event is the story's when it names
it, else the first it names. Names are learnt from the whole corpus, after an event word ("Typhoon Kalmaegi",
「海鷗」颱風), so that a page naming a storm bare ("the Kalmaegi") is read too. The patterns are data
(``data/event_names.csv``)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from helpers.compare.count_starts import figure_at
from helpers.compare.local_places import clause_bounds
from helpers.core.lexicon import alternation

#: what a parenthesis right after a named event gives as its other names ("(Uwan)", "（Fung-wong，菲國稱Uwan）")
_ALIASES = re.compile(r"\s*[(（]([^()（）]{1,60})[)）]")
_LATIN_NAME = re.compile(r"(?<![\w])[A-ZÀ-Ý][a-zà-ÿ]+(?:[-‐‑][A-Za-zÀ-ÿ]+|\s[A-ZÀ-Ý][a-zà-ÿ]+)?(?![\w])")
#: a clause in Chinese goes on with the topic of the clause before it (海鷗颱風在4日襲擊菲國中部，迄今造成至少224人死亡)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: the key of an unnamed other event ("another typhoon")
ANOTHER = "another"
#: how near an unnamed figure is to another event's for it to be that figure (relative), and how many times at least
#: every figure naming its page's own event it must be
SAME, RECALLED_RATIO = 0.02, 2.0


@lru_cache(maxsize=None)
def _rx(kind: str) -> re.Pattern[str]:
    return alternation("event_names.csv", where=("kind", kind), flags=0 if kind == "named" else re.I)  # (a name is
    # capitalised)


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).lower()


@dataclass(frozen=True)
class StoryEvents:
    """The named events of a corpus: ``group`` maps each name's key to its group (one event's names in all
    languages), ``names`` finds any of them in a text, ``own`` gives each page's own event's group."""
    group: dict[str, str] = field(default_factory=dict)
    names: re.Pattern[str] | None = None
    own: dict[str, str] = field(default_factory=dict)


def _named(text: str) -> list[re.Match[str]]:
    return list(_rx("named").finditer(text))


def _name_of(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


def _learn(texts: list[str]) -> tuple[dict[str, str], set[str]]:
    """(group of each name's key, the names as written): names after an event word, joined with those of the
    parenthesis right after them."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    written: set[str] = set()
    for text in texts:
        for m in _named(text):
            name = _name_of(m)
            written.add(name)
            paren = _ALIASES.match(text, m.end())
            aliases = _LATIN_NAME.findall(paren.group(1)) if paren and not re.search(r"\d", paren.group(1)) else []
            for alias in (a for a in aliases if not _rx("not_alias").match(a)):
                written.add(alias)
                a, b = find(_key(name)), find(_key(alias))
                parent[max(a, b)] = min(a, b)
            find(_key(name))
    return {k: find(k) for k in list(parent)}, written


def story_events(docs: pd.DataFrame) -> StoryEvents:
    """The named events of the pages of ``docs`` (columns ``doc_id``, ``clean_text``, optionally ``title``)."""
    titles = docs["title"] if "title" in docs else pd.Series("", index=docs.index)
    pages = tuple((str(d), f"{t if isinstance(t, str) else ''}\n{x if isinstance(x, str) else ''}")
                  for d, t, x in zip(docs["doc_id"], titles, docs["clean_text"]))
    return _story_events(pages)


@lru_cache(maxsize=4)
def _story_events(pages: tuple[tuple[str, str], ...]) -> StoryEvents:
    group, written = _learn([t for _, t in pages])
    if not written:
        return StoryEvents()
    names = re.compile("|".join(rf"(?<![\w]){re.escape(w)}(?![\w])" if w.isascii() else re.escape(w)
                                for w in sorted(written, key=lambda w: (-len(w), w))))
    first = {}
    for doc, text in pages:
        named = [group.get(_key(m.group(0)), "") for m in names.finditer(text)]
        first[doc] = (named[0], set(named)) if named else ("", set())
    votes = Counter(f for f, _ in first.values() if f)
    story = min(votes, key=lambda g: (-votes[g], g)) if votes else ""
    own = {d: story if story in seen else f for d, (f, seen) in first.items() if f}
    return StoryEvents(group, names, own)


def figure_event(quote: object, text: object, events: StoryEvents, nth: int = 0, own: str = "") -> str:
    """The group of the named event the figure ``text`` of sentence ``quote`` belongs to, :data:`ANOTHER` for an
    unnamed other event ("during another typhoon"), "" for none: the event named nearest before it in its clause;
    else the first after it in its clause, with nothing between that sets them apart (no other figure, no "where",
    "après", "than"; an unnamed event only after "during", "in", "by": not "as the country braced for another
    typhoon"); else the last named in the clause before, when its clause goes on with it ("Kalmaegi, which killed at
    least 204", "Kalmaegi, qui avait fait 224 morts", or a Chinese clause in a sentence that does not name ``own``,
    the page's own event's group); ``nth`` tells apart two equal figures of one sentence."""
    if not isinstance(quote, str) or not isinstance(text, str) or (at := figure_at(quote, text, nth)) < 0:
        return ""
    marks = _marks(quote, events)
    lo, hi = clause_bounds(quote, at, at + len(text))
    if before := [g for s, g in marks if lo <= s < at]:
        return before[-1]
    if after := [(s, g) for s, g in marks if at + len(text) <= s < hi]:
        s, g = after[0]
        between = quote[at + len(text):s]
        apart = re.search(r"\d", between) or _rx("apart").search(between)
        return "" if apart or g == ANOTHER and not _rx("during").search(between) else g
    goes_on = _rx("opener").match(quote, lo) or _CJK.match(quote, lo + len(quote[lo:]) - len(quote[lo:].lstrip())) \
        and not (own and own in {g for _, g in marks})
    earlier = [g for s, g in marks if s < lo]
    return earlier[-1] if goes_on and earlier else ""


def _marks(quote: str, events: StoryEvents) -> list[tuple[int, str]]:
    """(position, group) of each named event of a sentence, and of each unnamed other one it does not fear or await."""
    named = [(m.start(), events.group.get(_key(m.group(0)), "")) for m in events.names.finditer(quote)] \
        if events.names else []
    another = [(m.start(), ANOTHER) for m in _rx("another").finditer(quote)
               if not _rx("not_another").search(quote, max(0, m.start() - 24), m.start())]
    return sorted(named + another)


def other_event(doc_id: object, quote: object, text: object, events: StoryEvents, nth: int = 0) -> str:
    """The group of the other event the figure belongs to, when it is not its page's own (see :func:`figure_event`);
    "" when it is its page's own event's or names none."""
    own = events.own.get(str(doc_id), "")
    got = figure_event(quote, text, events, nth, own)
    return got if got and got != own else ""


def other_events(claims: pd.DataFrame, docs: pd.DataFrame | None) -> list[str]:
    """:func:`other_event` for each row of ``claims`` (``doc_id``, ``quote``, ``text``) of the pages ``docs``."""
    if docs is None or not len(docs) or "clean_text" not in docs or "quote" not in claims:
        return [""] * len(claims)
    events = story_events(docs)
    if events.names is None and not _rx("another").search("\n".join(claims["quote"].dropna().astype(str))):
        return [""] * len(claims)
    rows = claims.reset_index(drop=True)
    order = rows.sort_values("start", kind="stable") if "start" in rows else rows
    nth = order.groupby(["doc_id", "quote", "text"], sort=False, dropna=False).cumcount().sort_index()
    own = [events.own.get(str(d), "") for d in rows["doc_id"]]
    named = [figure_event(q, t, events, int(n), o) for q, t, n, o in zip(rows["quote"], rows["text"], nth, own)]
    got = [g if g and g != o else "" for g, o in zip(named, own)]
    if not {"subject", "value"} <= set(rows) or events.names is None:
        return got
    on_page = {str(d): {events.group.get(_key(m.group(0)), "") for m in events.names.finditer(str(t))}
               for d, t in zip(docs["doc_id"], docs["clean_text"])}
    return _recalled(rows, named, own, got, [on_page.get(str(d), set()) for d in rows["doc_id"]])


def _recalled(rows: pd.DataFrame, named: list[str], own: list[str], got: list[str], pages: list[set[str]]) -> list[str]:
    """``got``, with an unnamed figure given to the other named event one of whose figures it equals (within
    :data:`SAME`, same subject), when its own page names that event (``pages``: the events each row's page names) and
    it is more than :data:`RECALLED_RATIO` times every figure of the subject that names its own page's event: the
    Kalmaegi toll "據最新報道，至少有224人死亡" after a sentence naming 海鷗, on a page about Fung-wong whose named
    tolls reach 27."""
    other: dict[str, list[tuple[float, str]]] = {}
    mine: dict[str, float] = {}
    for s, v, g, o in zip(rows["subject"], rows["value"], named, own):
        if g and g == o:
            mine[s] = max(mine.get(s, 0.0), float(v))
        elif g and g != ANOTHER:
            other.setdefault(s, []).append((float(v), g))
    return [g or next((e for w, e in sorted(other.get(s, [])) if abs(float(v) - w) <= SAME * w and n == ""
                       and s in mine and float(v) > RECALLED_RATIO * mine[s] and e != o and e in p), "")
            for g, s, v, n, o, p in zip(got, rows["subject"], rows["value"], named, own, pages)]


def event_horizons(c: pd.DataFrame, docs: pd.DataFrame | None, horizon: pd.Series, dates: dict) -> pd.Series:
    """``horizon`` of each claim of ``c``, "earlier" for an earlier event's toll its page recalls
    (:func:`helpers.compare.prices.earlier_event`: the I-35W collapse's 13) and "earlier:<event>" for another named
    event's figure (Kalmaegi's toll on a page about Fung-wong), so that it is compared only with that event's."""
    from helpers.compare.prices import earlier_event

    quotes = c["quote"] if "quote" in c else c["subject"]
    texts = c["text"].map(lambda t: t if isinstance(t, str) else "")
    earlier = pd.Series([earlier_event(*x) for x in zip(c["subject"], quotes, c["doc_id"].map(dates), texts)],
                        index=c.index, dtype=bool)
    other = pd.Series(other_events(c, docs), index=c.index)
    # an earlier event's toll keyed by the event its sentence names ("Gilbert en septembre 1988, avait fait 40 morts"
    # and "1988年颶風吉伯特…導致45人死亡": both Gilbert's)
    named = pd.Series([_named_in(q, d, docs) if e and not o else o
                       for e, o, q, d in zip(earlier, other, quotes, c["doc_id"])], index=c.index)
    return horizon.where(~earlier & (other == ""), "earlier").where(named == "", "earlier:" + named)


def _named_in(quote: object, doc_id: object, docs: pd.DataFrame | None) -> str:
    """The group of the first named event other than its page's own that a sentence names, "" for none."""
    events = story_events(docs) if docs is not None and "clean_text" in docs and len(docs) else StoryEvents()
    found = [events.group.get(_key(m.group(0)), "") for m in events.names.finditer(quote)] \
        if events.names and isinstance(quote, str) else []
    return next((g for g in found if g and g != events.own.get(str(doc_id), "")), "")
