"""Figures of a company's results: when two are one quantity, and when two growth rates can be one.

* :func:`period_tie` -- the same named subject (``data/period_subjects.csv``: revenue, net profit,
  margin, rise, fall) for the same reporting period named in both sentences (Q3, H1), the same basis
  of change (``data/change_basis.csv``: year-on-year, quarter-on-quarter), the same business segments
  (``data/segments.csv``) and reporting currency, and a shared owner even when every page names it.
* :func:`relabelled` -- one source gives its figure to another quantity than the other source did.
* :func:`part_of_total` -- one figure is a part the other's sentence adds into its total.
* :func:`same_move` -- two share prices after the same day's rise or fall.
* :func:`news_move_tie` -- two pages' rises (or falls) of one share on the day of the story's news.
* :func:`headline_tie` -- a page's headline figure and its body's, for one named subject.
* :func:`round_tie` -- two amounts of one lettered funding round (Series G, G 轮) of one company.
* :func:`same_event_of` -- two claims reporting one event (and the quantity a relabelled figure was given to).
* :func:`same_change` -- two growth rates are never one when measured against different bases, of
  different things (net income vs earnings per share) or in different reporting currencies.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

import pandas as pd

from helpers.compare.comparable import change_basis, count_measures, first_period, magnitude_slip, segments, sig_digits
from helpers.compare.owners import _anchors, _context, _places, around
from helpers.compare.prices import close_in_time, listing_venues, other_moments, price_moments
from helpers.core.lexicon import alternation, column_values
from helpers.core.paths import DATA_DIR
from helpers.core.subjects import generic_subjects
from helpers.extract.weekdays import weekdays_named


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


@lru_cache(maxsize=1)
def period_subjects() -> frozenset[str]:
    """Subjects whose figures a named reporting period ties together (``data/period_subjects.csv``)."""
    return column_values("period_subjects.csv", "subject")


@lru_cache(maxsize=1)
def period_only() -> frozenset[str]:
    """Subjects that exist only for a named period (a utilization rate): a figure whose period neither its
    sentence nor its page names is no figure to contradict (``period_only`` in ``data/period_subjects.csv``)."""
    with open(DATA_DIR / "period_subjects.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["subject"] for r in csv.DictReader(fh) if r["period_only"] == "yes")


def period_tie(a: dict, b: dict) -> bool:
    """Two figures of one named quantity for one reporting period of one company: the same subject
    (revenue, net profit, a rise), the same quarter or half named in both sentences, the same basis
    of change (year-on-year, quarter-on-quarter), the same business segments (or none), and a
    shared owner even if every page names it (the company the story is about)."""
    if "quote" not in a or a.get("subject") != b.get("subject") or a.get("subject") not in period_subjects():
        return False
    said_a, said_b = first_period(_s(a["quote"])), first_period(_s(b["quote"]))
    if not said_a or said_a != said_b:
        return False  # both sentences name it (a page's main period as a fallback tied wrongly as often as rightly)
    ca, cb = a.get("sentence_currencies") or frozenset(), b.get("sentence_currencies") or frozenset()
    if ca and cb and not ca & cb:
        return False  # a growth rate in yuan and one in dollars (two reporting currencies) are two figures
    ba, bb = change_basis(around(a)), change_basis(around(b))
    if (ba != bb) if a.get("dimension") == "percent" else (ba and bb and ba != bb):
        return False
    if a.get("dimension") == "percent" and not ba:
        return False
    if segments(_s(a["quote"])) != segments(_s(b["quote"])):
        return False
    if a.get("dimension") == "percent" and (_what_changed(a) != _what_changed(b) or count_measures(
            _s(a["quote"])) - {"change"} != count_measures(_s(b["quote"])) - {"change"}):  # (a rate is a change)
        return False  # net income up 65% and earnings per share up 67%, all cars and battery-electric ones
        # up 7.73% and 27.86%: two growth rates
    return bool(names_or_page(a) & names_or_page(b))


def _what_changed(claim: dict) -> str:
    """The quantity a growth rate is about (:func:`helpers.extract.rates.changed_of`): the claims table's
    ``measure_of`` when it has one, else read from the claim's quote."""
    from helpers.extract.rates import changed_of

    if claim.get("measure_of"):
        return claim["measure_of"]
    quote, text = _s(claim.get("quote")), _s(claim.get("text"))
    i = quote.find(text)
    return changed_of(quote, i, i + len(text)) if i >= 0 else ""


def same_basis(a: dict, b: dict) -> bool:
    """Both clauses name the same basis of change (year-on-year, quarter-on-quarter)."""
    ba, bb = change_basis(around(a)) - {"adjusted"}, change_basis(around(b)) - {"adjusted"}
    return bool(ba) and ba == bb


def same_change(a: dict, b: dict) -> bool:
    """Whether two growth rates can be one: not measured against different bases (year-on-year vs
    quarter-on-quarter), not of different things (net income vs earnings per share), not in
    different reporting currencies (growth in yuan vs in dollars), not of shares on different exchanges (one naming
    its Shenzhen listing, one naming none or another)."""
    ba, bb = change_basis(around(a)) - {"adjusted"}, change_basis(around(b)) - {"adjusted"}
    if ba and bb and ba != bb:
        return False
    wa, wb = _what_changed(a), _what_changed(b)
    if wa not in ("money", "") and wb not in ("money", "") and wa != wb:
        return False
    if listing_venues(around(a)) != listing_venues(around(b)):
        return False  # its Shenzhen-listed shares' rise and its Hong Kong debut's: two listings, two moves
    ca, cb = a.get("sentence_currencies") or frozenset(), b.get("sentence_currencies") or frozenset()
    return not (ca and cb and not ca & cb)


def names_or_page(claim: dict) -> frozenset[str]:
    """Every name of a claim's sentence that is not a place, and its page's main organisation."""
    quote = _s(claim.get("quote"))
    actor = _s(claim.get("doc_actor")).lower()
    return (_anchors(quote) - _places(quote)) | (frozenset({actor}) if actor else frozenset())


#: qualifiers of a single value (not a bound or a range)
_POINT = ("exact", "approx", "approx_below")
#: subjects that name no noun (an amount of money, a count of nothing named): two digits alone are a coincidence
_UNNAMED_SUBJECTS = frozenset({"money", "count", "other", "other numbers", "percent"})
#: the size of a thing a page speaks of, not a figure its headline sums up: a headline's 9 kg bag of rice and the 10 kg
#: bag its body prices are two bags
_SIZES = frozenset({"weight", "volume"})


def slip_tie(a: dict, b: dict) -> bool:
    """Two exact amounts of one subject with the same two or more significant digits a power of ten apart
    (380 亿美元 and $380 billion), in sentences or on pages about the same organisation: one figure, one
    of them slipped (three digits suffice without the shared name)."""
    return "quote" in a and a.get("doc_id") != b.get("doc_id") and a.get("subject") == b.get("subject") \
        and a.get("subject") not in _UNNAMED_SUBJECTS \
        and a.get("dimension") in ("money", "count") and a["qualifier"] in _POINT and b["qualifier"] in _POINT \
        and bool(magnitude_slip(a["v"], b["v"], 2)) and bool(names_or_page(a) & names_or_page(b))


def relabelled(a: dict, b: dict) -> str:
    """What the other source calls the figure one source gives for this subject ("" when nothing): two
    sources of one statement where one gives its figure to another quantity ("hardware costs of $944
    million" against "$1.6 billion of servers and $944 million of operating costs"): the same precise
    value (three or more significant digits), in the other's sentence bound to another named subject."""
    if "quote" not in a or a.get("doc_id") == b.get("doc_id") or a.get("subject") != b.get("subject") \
            or a.get("subject") in _UNNAMED_SUBJECTS or a["qualifier"] not in _POINT or b["qualifier"] not in _POINT:
        return ""
    for x, y in ((a, b), (b, a)):
        if sig_digits(x["v"]) < 3:
            continue
        own = (x.get("dimension"), _s(x.get("unit")), round(x["v"], 6))
        if any((dim, unit, v) == own for _, dim, unit, v in y.get("figures") or ()) and any(
                (dim, unit, v) == (y.get("dimension"), _s(y.get("unit")), round(y["v"], 6))
                for _, dim, unit, v in x.get("figures") or ()):
            return ""  # both sentences give both numbers: two quantities listed, not a relabel
        if x["v"] > y["v"] and _TOTAL.search(_s(y.get("quote"))):
            continue  # "an additional $100 billion, bringing its total commitment to $165 billion": a part and its total
        for subj, dim, unit, v in sorted(y.get("figures") or ()):
            if (dim, unit, v) == own and subj not in _UNNAMED_SUBJECTS and subj != x.get("subject"):
                return subj
    return ""


def part_of_total(a: dict, b: dict) -> bool:
    """Whether one claim is a part that the other's sentence adds into a larger total ("171 militants expulsés"
    against "an additional 171 activists ..., the total number deported now stands at 341"): the smaller figure,
    with its dimension and unit, stands in the total's sentence, which names a total. A part and its total are two
    quantities, never a contradiction."""
    if "v" not in a or "v" not in b:
        return False
    for x, y in ((a, b), (b, a)):
        own = (x.get("dimension"), _s(x.get("unit")), round(x["v"], 6))
        if x["v"] < y["v"] and _TOTAL.search(_s(y.get("quote"))) and any(
                (dim, unit, v) == own for _, dim, unit, v in y.get("figures") or ()):
            return True
    return False


#: a sentence that gives a total beside a part of it
_TOTAL = re.compile(r"(?i)\b(?:total|overall|in all|altogether|bringing|brings|portant|porte(?!-)|au total|en tout|cumul\w*)\b"
                    r"|合计|合計|总计|總計|累计|累計|共计|共計|总额|總額|总共|總共")


def _moves(claim: dict) -> frozenset[tuple[str, float]]:
    """The rises and falls (1 % or more, two significant digits or more, as written: 9.93 % is not \"more than
    10 %\"; a 3 % move recurs on many days) given in a claim's sentence."""
    return frozenset((subj, v) for subj, dim, _, v in claim.get("figures") or ()
                     if subj in ("rise", "fall") and dim == "percent" and v >= 1 and sig_digits(v) >= 2)


def same_move(a: dict, b: dict) -> bool:
    """Two share prices of one company after the same day's move: both sentences give the same rise or
    fall ("fell 17% to $118.58" and "plunged nearly 17%, closing at $118.42"), and share an owner."""
    return bool(_moves(a) & _moves(b)) and bool(names_or_page(a) & names_or_page(b))


def same_event_of(a: dict, b: dict) -> tuple[bool, str]:
    """Whether two claims of one subject report one event (another distinctive number of both sentences,
    one basis for growth rates; one figure slipped a power of ten; one figure given to another quantity),
    and the other quantity that figure was given to ("" when none)."""
    other = relabelled(a, b)
    same = a.get("subject") == b.get("subject") and bool(a.get("event", frozenset()) & b.get("event", frozenset())) \
        and (a.get("dimension") != "percent" or same_basis(a, b))
    return same or slip_tie(a, b) or headline_tie(a, b) or round_tie(a, b) or moment_tie(a, b) or news_move_tie(a, b) or digit_tie(a, b) \
        or timed_tie(a, b) or partner_tie(a, b) or bool(other), other


def partner_tie(a: dict, b: dict) -> bool:
    """Two sentences of other pages that give the claim's subject beside the same figure of one other named
    subject ("$27bn of debt plus $1.5bn of equity", "270亿美元的债务和约25亿美元的股权"): one deal told twice, even
    when that figure is round. The shared figure is money of 100 million or more with two significant digits at least
    (27 billion, not 1 billion; never a count: two ferries with 65 passengers each), on pages published within two
    months of each other when both are dated."""
    subject = a.get("subject")
    if "quote" not in a or a.get("doc_id") == b.get("doc_id") or subject in _UNNAMED_SUBJECTS \
            or subject in generic_subjects() or a.get("dimension") not in ("money", "count"):
        return False  # (a rise, a fall: which figure it is of, a list of results does not say)

    def partners(x: dict) -> set[tuple]:
        figures = x.get("figures") or frozenset()
        if any(f[0] == subject for f in figures):
            return set()  # the subject twice in one sentence (846 million raised, 700 million spent)
        return {f for f in figures if f[0] not in _UNNAMED_SUBJECTS and f[0] != subject
                and f[1] == "money" and f[3] >= 1e8 and sig_digits(f[3]) >= 2}
    return bool(partners(a) & partners(b)) and close_in_time(a, b, 62)  # (not two ferries' 65 passengers, months apart)


def timed_tie(a: dict, b: dict) -> bool:
    """Two durations of one named event ("the heist lasted less than seven minutes", "le casse a duré sept minutes":
    theft; ``measure_of`` from :func:`~helpers.extract.timed.timed_event`): one quantity. What a money word spans
    ("invest $500B over 4 years") is not an event: two programmes may both be investments. A kind of event names
    no one event: the pages must be published within a month and, when known, share a name (``page_names``)."""
    event = timed_event_of(a.get("dimension"), a.get("measure_of"))
    if not event or event != timed_event_of(b.get("dimension"), b.get("measure_of")):
        return False
    pages_a, pages_b = a.get("page_names"), b.get("page_names")  # one strike, not the SNCF's and the NHS's
    return close_in_time(a, b, 31) and (pages_a is None or pages_b is None or bool(pages_a & pages_b))


def plan_meets_report(a: dict, b: dict) -> bool:
    """Whether a planned (or forecast) figure and a reported one are compared: both quotes name a common year and no
    place sets them apart ("plans to make 100,000 in 2025" vs "about 300,000 in 2025")."""
    (pa, ya), (pb, yb) = _context(_s(a.get("quote"))), _context(_s(b.get("quote")))
    return bool(ya & yb) and not (pa and pb and not pa & pb)


def timed_page_names(docs: pd.DataFrame | None, doc_ids: set[str]) -> dict[str, frozenset[str]]:
    """The names of the pages ``doc_ids`` (their names, not their places: two strikes in France are two strikes), for
    :func:`timed_tie`; a page in Chinese gives the Latin names it writes ("阿波羅畫廊（Galerie d'Apollon）"), so two pages
    on one theft in two languages meet on them, and a page naming none meets no other."""
    if docs is None or "clean_text" not in docs:
        return {}
    return {d: _anchors(_s(t)) - _places(_s(t)) for d, t in zip(docs["doc_id"], docs["clean_text"]) if d in doc_ids}


def timed_event_of(dimension: object, measure_of: object) -> str:
    """The event a duration times (its ``measure_of`` when that names no money subject), else ""."""
    if dimension != "duration" or not isinstance(measure_of, str) or measure_of in _money_subjects():
        return ""
    return measure_of


@lru_cache(maxsize=1)
def _money_subjects() -> frozenset[str]:
    """The lexicon's money subjects (``data/subjects.csv``): what a money word spans is no event."""
    from helpers.extract.binding import nouns

    return frozenset(s for s, role, _ in nouns() if role == "money")


def digit_tie(a: dict, b: dict) -> bool:
    """Two exact or hedged figures of one named subject written to five or more significant digits and less
    than 0.1 % apart (2,256,714 and "environ 2 256 704"): one figure, one copy with a slipped digit; no
    other quantity lands that close by chance, whatever names the sentences give."""
    if "quote" not in a or a.get("subject") != b.get("subject") or a.get("subject") in _UNNAMED_SUBJECTS \
            or a.get("dimension") not in ("money", "count") or a["v"] == b["v"] or min(a["v"], b["v"]) <= 0:
        return False
    return min(sig_digits(a["v"]), sig_digits(b["v"])) >= 5 and max(a["v"], b["v"]) / min(a["v"], b["v"]) < 1.001


#: moments of a trading day that are one price (the pre-market and after-hours sessions, "at one point" are not)
_POINT_MOMENTS = frozenset({"open", "close"})


def moment_tie(a: dict, b: dict) -> bool:
    """One share's move at one named moment of one trading day: two rises (or falls) of its share price
    whose sentences name the same open or close ("開盤應聲勁揚4%", "à l'ouverture, l'action grimpait de 3,19%"),
    one owner, pages published within a day, on the same basis (none or the same)."""
    if "quote" not in a or a.get("subject") not in ("rise", "fall") or a.get("subject") != b.get("subject"):
        return False
    if _what_changed(a) != "share price" or _what_changed(b) != "share price":
        return False  # both say the share moved (not an index, not a company's value)
    qa, qb = _s(a["quote"]), _s(b["quote"])
    return bool(price_moments(qa) & price_moments(qb) & _POINT_MOMENTS) and not other_moments(qa, qb) \
        and close_in_time(a, b, 1) \
        and change_basis(around(a)) == change_basis(around(b)) and bool(names_or_page(a) & names_or_page(b))


@lru_cache(maxsize=1)
def _cause_rx() -> re.Pattern[str]:
    return alternation("move_causes.csv")


def _within_days(a: dict, b: dict, days: int) -> bool:
    """Both pages are dated and published within ``days`` of each other (in the same month when a date gives only
    its month): an undated page's Monday may be any Monday."""
    pa, pb = _s(a.get("published")), _s(b.get("published"))
    if len(pa) < 7 or len(pb) < 7:
        return False
    return close_in_time(a, b, days) if len(pa) >= 10 and len(pb) >= 10 else pa[:7] == pb[:7]


def news_move_tie(a: dict, b: dict) -> bool:
    """One share's move on the day of the story's news, told by two pages: two rises (or falls) of one company's
    share price whose sentences both tie the move to the news ("Shares rose 3.6% following the announcement",
    "l'action a gagné 4,5% suite à l'annonce", 受此消息, ``data/move_causes.csv``) or name the same weekday ("nearly 4%
    on Monday", "près de 4% lundi"), on dated pages published within two days, at the same moment of the day (or none
    named) and on one basis."""
    if "quote" not in a or a.get("subject") not in ("rise", "fall") or a.get("subject") != b.get("subject") \
            or a.get("doc_id") == b.get("doc_id") or not _within_days(a, b, 2):
        return False
    if _what_changed(a) != "share price" or _what_changed(b) != "share price":
        return False
    qa, qb = _s(a["quote"]), _s(b["quote"])
    same_day = bool(weekdays_named(qa) & weekdays_named(qb)) or bool(_cause_rx().search(qa) and _cause_rx().search(qb))
    ma, mb = _day_moment(a), _day_moment(b)
    return same_day and not (ma and mb and not ma & mb) and change_basis(around(a)) == change_basis(around(b)) \
        and bool(_mover(a) & _mover(b))


def _day_moment(claim: dict) -> frozenset[str]:
    """The moment of the trading day a move is told at: the one its clause names ("截稿前上漲 3.82%": at press time),
    else the nearest one the clauses before it in its sentence name ("周一收盤時，輝達股價上漲3.9%": the close); never
    one named after it (",並帶動美股三大指數創歷史新高": the indices' high)."""
    quote, clause = _s(claim.get("quote")), around(claim)
    own = price_moments(clause)
    i = quote.find(clause.strip())
    for part in ([] if own or i <= 0 else reversed(re.split(r"[，,；;：:]", quote[:i]))):
        if price_moments(part):
            return price_moments(part)
    return own


def _mover(claim: dict) -> frozenset[str]:
    """Whose share moved: the names of the move's sentence (not places), else the page's organisation ("Shares rose
    3.6%" on a page about Nvidia). A sentence naming other companies moves theirs, whatever the page is about."""
    quote = _s(claim.get("quote"))
    named = _anchors(quote) - _places(quote)
    actor = _s(claim.get("doc_actor")).lower()
    return named or (frozenset({actor}) if actor else frozenset())


def headline_tie(a: dict, b: dict) -> bool:
    """A page's headline figure and a figure of its body for one named subject, the same business segments
    and the same basis of change: the headline sums up the story its body tells ("la valorisation franchit
    les 12 milliards" over "valorisant l'entreprise à 11,7 milliards"), one quantity."""
    return "quote" in a and a.get("doc_id") == b.get("doc_id") and a.get("subject") == b.get("subject") \
        and a.get("subject") not in _UNNAMED_SUBJECTS | _SIZES and bool(a.get("headline")) != bool(b.get("headline")) \
        and segments(_s(a["quote"])) == segments(_s(b["quote"])) and change_basis(around(a)) == change_basis(around(b))


@lru_cache(maxsize=1)
def _round_rx() -> tuple[re.Pattern[str], ...]:
    with open(DATA_DIR / "funding_rounds.csv", encoding="utf-8", newline="") as fh:
        return tuple(re.compile(r["pattern"], re.I if r["language"] != "zh" else 0) for r in csv.DictReader(fh))


@lru_cache(maxsize=16384)
def funding_rounds(quote: str) -> frozenset[str]:
    """The lettered funding rounds a sentence names ("Series G", "série C", "G 轮"), as upper-case letters."""
    return frozenset(m.group("r").upper() for rx in _round_rx() for m in rx.finditer(quote))


def round_tie(a: dict, b: dict) -> bool:
    """Two amounts of one subject in sentences naming the same lettered funding round of one company
    ("30 亿美元 G 轮融资" and "a $30 billion Series G"): one event, whatever else the pages say."""
    if "quote" not in a or a.get("subject") != b.get("subject") or a.get("subject") in _UNNAMED_SUBJECTS:
        return False
    same = funding_rounds(_s(a["quote"])) & funding_rounds(_s(b["quote"]))
    return bool(same) and bool(names_or_page(a) & names_or_page(b))
