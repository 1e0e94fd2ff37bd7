"""When two share prices can be one: a price moves all day, so two prices are compared only when both
sentences name one day (an ISO date, or the same day of the month: "8月27日" and "今（27）日" and
"August 27") or report the same rise or fall (:func:`helpers.compare.changes.same_move`), and neither
names another moment of that day than the other (the day's high against its close, a pre-market
price; ``data/price_moments.csv``)."""
from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache
from typing import Callable

from helpers.core.lexicon import alternation, column_values
from helpers.core.paths import DATA_DIR
from helpers.compare.comparable import hedged_range
from helpers.compare.comparison_bases import compared_with
from helpers.compare.sides import countries_apart
from helpers.read.dates import MONTHS

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
#: a day of the month with its month ("8月27日", "August 27", "27 août") or alone in a Chinese dateline
#: ("今（27）日", "周三 (27 日)"): what day of a story's week a price was quoted on
_DAY_PATTERNS = (
    re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"),
    re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:er)?\s+(?P<mon>{_MON})\b", re.I),
    re.compile(r"(?:今|[周週][一二三四五六日]|星期[一二三四五六日天])\s*[（(]\s*(?P<d>\d{1,2})\s*日?\s*[)）]"),
    re.compile(r"[（(]\s*(?P<d>\d{1,2})\s*(?:日\s*[)）]|[)）]\s*日)"),  # (not a list marker "(1)")
)


def days_of_month(quote: str) -> frozenset[tuple[int, int]]:
    """The days a quote names without a year, as (month, day); month 0 when only the day is written."""
    out = set()
    for rx in _DAY_PATTERNS:
        for m in rx.finditer(quote):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else MONTHS.get((g.get("mon") or "").lower(), 0)
            day = int(g["d"])
            if 1 <= day <= 31 and 0 <= month <= 12:
                out.add((month, day))
    return frozenset(out)


def same_day(a: str, b: str) -> bool:
    """Both quotes name one day of a month (months agreeing when both are written)."""
    return any(da == db and (ma == mb or not ma or not mb) for ma, da in days_of_month(a) for mb, db in days_of_month(b))


@lru_cache(maxsize=1)
def _moments() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "price_moments.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["moment"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


def price_moments(clause: str) -> frozenset[str]:
    """The moments of a trading day a clause names (high, close, open, low, premarket)."""
    return frozenset(name for name, rx in _moments() if rx.search(clause))


def other_moments(clause_a: str, clause_b: str) -> bool:
    """The two clauses name different moments of the day (one the high, the other the close)."""
    ma, mb = price_moments(clause_a), price_moments(clause_b)
    return bool(ma and mb and not ma & mb)


def close_in_time(a: dict, b: dict, days: int = 7) -> bool:
    """The two claims' pages were published within ``days`` of each other, or one of them is undated: a
    day of the month or a day's move ties two prices only in the same week (27 August of another year,
    or another day's 3 % rise, is another price)."""
    import datetime as dt

    pa, pb = a.get("published"), b.get("published")
    if not (isinstance(pa, str) and isinstance(pb, str)) or len(pa) < 10 or len(pb) < 10:
        return True
    try:
        return abs((dt.date.fromisoformat(pa[:10]) - dt.date.fromisoformat(pb[:10])).days) <= days
    except ValueError:
        return True


@lru_cache(maxsize=1)
def running_totals() -> frozenset[str]:
    """Subjects counted anew with each bulletin (``data/running_totals.csv``): death tolls, injured, missing."""
    return column_values("running_totals.csv", "subject")


@lru_cache(maxsize=1)
def only_growing() -> frozenset[str]:
    """Running totals that never fall (``only_grows`` in ``data/running_totals.csv``): the land a fire has burned, a
    film's takings, people deported; a later bulletin never gives less than an earlier one."""
    with open(DATA_DIR / "running_totals.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["subject"] for r in csv.DictReader(fh) if r["only_grows"] == "yes")


def fell_back(a: dict, b: dict, days_of: Callable[[str], frozenset[str]]) -> tuple[str, str] | None:
    """(earlier day, later day) when two figures of a running total that never falls, each of one day (the one day its
    sentence names, else its page's publication date), give more on the earlier day than the later one can hold
    (more than 400,000 hectares burned by 19 August against 393,279 on the 26th): they cannot both be true."""
    if a.get("subject") not in only_growing() or b.get("subject") != a.get("subject") or not {"lo", "hi"} <= a.keys() & b.keys():
        return None
    days = []
    for c in (a, b):
        named = days_of(str(c.get("quote") or ""))
        published = c.get("published") if isinstance(c.get("published"), str) else ""
        days.append(min(named) if len(named) == 1 else published[:10] if not named and len(published) >= 10 else "")
    if not all(days) or days[0] == days[1]:
        return None
    (early, d1), (late, d2) = sorted(((a, days[0]), (b, days[1])), key=lambda x: x[1])
    return (d1, d2) if early["lo"] > late["hi"] else None


@lru_cache(maxsize=1)
def bulletin_markers() -> frozenset[str]:
    """Running totals whose precise figure marks one bulletin (``marks_bulletin`` in ``data/running_totals.csv``): a
    death toll changes with each one; the missing may stay unchanged for days."""
    with open(DATA_DIR / "running_totals.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["subject"] for r in csv.DictReader(fh) if r["marks_bulletin"] == "yes")


def page_tolls(subjects: list, values: list, qualifiers: list, doc_ids: list) -> dict[str, frozenset]:
    """Per page, the running totals it gives as precise figures (three or more significant digits, no hedge): the
    (subject, value) pairs that say which bulletin a page reports ("the death toll has risen to 1,644")."""
    from helpers.compare.comparable import sig_digits

    totals = running_totals()
    out: dict[str, set] = {}
    for s, v, q, d in zip(subjects, values, qualifiers, doc_ids):
        if s in totals and q == "exact" and v == v and sig_digits(v) >= 3:
            out.setdefault(d, set()).add((s, float(v)))
    return {d: frozenset(x) for d, x in out.items()}


#: the room a hedge leaves a toll, as factors of its value: what another bulletin's toll must fall outside of
_HEDGE_ROOM = {"approx": (0.9, 1.1), "approx_below": (0.9, 1.0), "vague": (0.9, 1.1), "more_than": (1.0, 1.2),
               "at_least": (1.0, 1.2), "less_than": (0.8, 1.0), "up_to": (0.8, 1.0), "at_most": (0.8, 1.0)}


def sentence_tolls(c) -> list[frozenset]:
    """Per claim of the claims table ``c``, the tolls that mark a bulletin (a death toll) its sentence gives, as
    (subject, lowest, highest) with the room its hedge leaves ("more than 1,100": 1,100 to 1,320; "about 800": 720
    to 880)."""
    markers, by, quotes = bulletin_markers(), {}, c.get("quote", c["doc_id"])
    for d, q, s, v, lo, hi, how in zip(c["doc_id"], quotes, c["subject"], c["value"], c["value_low"], c["value_high"],
                                       c["qualifier"]):
        if s in markers and v == v and lo == lo and hi == hi:
            k = _HEDGE_ROOM.get(how, (1, 1))
            by.setdefault((d, q), set()).add((s, min(float(lo), v * k[0]), max(float(hi), v * k[1])))
    return [frozenset(by.get((d, q), ())) for d, q in zip(c["doc_id"], quotes)]


def tolls_apart(a: dict, b: dict) -> bool:
    """Two running totals whose sentences each give another toll that marks a bulletin, none of whose ranges meet
    ("1,124 dead, with nearly 3,000 injured" against "1,411 dead and 3,124 injured"): two bulletins. A hedged toll
    meets the figure it admits ("more than 1,100" and 1,124: one bulletin)."""
    sa, sb = ({x for x in c.get("sentence_tolls") or () if x[0] != a.get("subject")} for c in (a, b))
    return any(not any(s2 == s and lo1 <= hi2 and lo2 <= hi1 for s2, lo2, hi2 in sb for s1, lo1, hi1 in sa if s1 == s)
               for s in {x[0] for x in sa} & {x[0] for x in sb})


def toll_tie(a: dict, b: dict) -> bool:
    """Two running totals of one subject from pages published within two days that give the same precise figure of a
    running total that marks a bulletin (both report the toll of 1,644 dead): one bulletin, so their injured or
    missing should agree."""
    subject = a.get("subject")
    if subject not in running_totals() or subject != b.get("subject") or a.get("doc_id") == b.get("doc_id"):
        return False
    shared = (a.get("tolls") or frozenset()) & (b.get("tolls") or frozenset())
    return any(s != subject and s in bulletin_markers() for s, _ in shared) and close_in_time(a, b, 2) and \
        not countries_apart(a, b)


@lru_cache(maxsize=1)
def _provisional_rx() -> re.Pattern[str]:
    return alternation("provisional_markers.csv")


def _provisional(quote: str) -> bool:
    """Whether a toll's sentence calls it provisional (``data/provisional_markers.csv``)."""
    return bool(_provisional_rx().search(quote))


#: an hour a toll is given at: "as of 8:40 pm", "by 7 a.m.", "à 18h30", "à 20 heures", "截至昨晚8時40分", "今早7點" (one
#: pattern for the comparison and the brief; "en 24 heures" and 时间 are no hour)
_HOUR = re.compile(r"(?i)\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*h\s*\d{2}\b|"
                   r"\bà\s+\d{1,2}\s*(?:h|heures)\b|(?<![\d.])\d{1,2}\s*[時时点點](?!间|間|候)(?:\d{1,2}分)?")


def hours_of(quote: str) -> frozenset[str]:
    """The hours of day a sentence stamps its figures with, digits only ("8:40 pm" and "8時40分": 840)."""
    return frozenset(re.sub(r"\D", "", m.group(0)).lstrip("0") for m in _HOUR.finditer(quote))


def page_hours(doc_ids, quotes) -> dict[str, frozenset[str]]:
    """Per page, every hour of day its sentences stamp figures with (:func:`hours_of`)."""
    out: dict[str, frozenset[str]] = {}
    for d, q in zip(doc_ids, quotes):
        out[d] = out.get(d, frozenset()) | hours_of(str(q or ""))
    return out


def _hours_apart(a: dict, b: dict) -> bool:
    """Two tolls stamped with different hours, or one with an hour its page never gives to the other's ("截至7號上午6點"
    against a headline's "152人死亡" whose page says "截至11月7日上午6时" below is one bulletin)."""
    ha, hb = hours_of(str(a.get("quote") or "")), hours_of(str(b.get("quote") or ""))
    if ha == hb:
        return False
    if ha and hb:
        return True
    stamped, other = (ha, b) if ha else (hb, a)
    return not stamped & (other.get("page_hours") or frozenset())


def _figures(quote: str, own: object) -> frozenset[str]:
    """The numbers of a sentence besides its claim's own (``own``), from 32 up (no day, no hour), digits only."""
    rest = quote.replace(own, " ", 1) if isinstance(own, str) and own else quote
    return frozenset(n for n in (re.sub(r"\D", "", m) for m in re.findall(r"\d[\d,. ]*\d|\d", rest)) if int(n) >= 32)


def same_bulletin(a: dict, b: dict, days_of: Callable[[str], frozenset[str]]) -> bool:
    """Two running totals of one moment: their sentences name the same day (``days_of``), their pages give the same
    precise figure of another running total (:func:`toll_tie`), or their pages (two, not one page telling the count's
    history, not two provisional tolls, not stamped with different hours or one with an hour) were published the same day (a toll of 28 March and one of 5 April are two counts, not a contradiction)."""
    if _provisional(str(a.get("quote") or "")) != _provisional(str(b.get("quote") or "")):
        return False  # "le bilan provisoire" and "le dernier bilan" of one day: two moments, the first superseded
    if tolls_apart(a, b):
        return False  # (each sentence gives its own death toll: two bulletins, even of one day)
    if days_of(str(a.get("quote") or "")) & days_of(str(b.get("quote") or "")) or toll_tie(a, b):
        return True
    if _provisional(str(a.get("quote") or "")):
        return False  # two provisional tolls of one publication day ("un bilan provisoire de 36 morts", then of 44):
        # bulletins hours apart, each superseded by the next
    qa, qb = str(a.get("quote") or ""), str(b.get("quote") or "")
    if _hours_apart(a, b) and not _figures(qa, a.get("text")) & _figures(qb, b.get("text")):
        return False  # "截至昨晚8時40分" against a toll "so far" of the same publication day: bulletins hours apart,
        # unless their sentences share another figure (both 62 injured: one bulletin)
    if a.get("doc_id") is not None and a.get("doc_id") == b.get("doc_id"):
        return False  # one page telling a toll's history ("27 dead" on Friday, "增至51人" since): successive bulletins
    pa, pb = a.get("published"), b.get("published")
    return isinstance(pa, str) and isinstance(pb, str) and len(pa) >= 10 and pa[:10] == pb[:10]


#: a year written in a sentence (1900-2099), not inside a longer number
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d])")
#: a toll given this many years or more before its page was published is another event's ("the 2007 collapse of the
#: I-35W bridge killed 13", in a page of 2024 on another bridge)
EARLIER_YEARS = 2


#: a year that dates a building, a founding or a start, not the amount beside it ("towers built in 1983", "1983年落成")
_BUILT_YEAR = re.compile(r"(?i)\b(?:built|completed|founded|renovated|opened|constructed|since|construite?s?|inauguré|"
                         r"depuis|fondée?)\s+(?:in\s+|en\s+)?(?:19|20)\d\d|(?:19|20)\d\d\s*年?\s*(?:落成|建成|竣工|成立|起)")


@lru_cache(maxsize=1)
def _since_worst() -> re.Pattern[str]:
    """A superlative measured against an earlier event ("la plus importante depuis l'attentat qui a causé la mort de 26
    civils", "the deadliest since the 2008 attacks that killed 166": ``data/superlative_since.csv``): the figure after
    it is that event's. An event must follow "since", not a span ("depuis des décennies")."""
    from helpers.core.lexicon import alternation

    worst, event = (alternation("superlative_since.csv", where=("kind", k)).pattern for k in ("superlative", "event"))
    return re.compile(rf"(?:{worst})[^.;]{{0,40}}?\b(?:since|depuis)\s+(?:the\s+|l['’]|les?\s+|la\s+)?(?:\d{{4}}\s+)?"
                      rf"(?:[A-Z][\w-]+\s+)?(?:{event})", re.I)


def earlier_event(subject: object, quote: object, published: object, text: str = "", story: str | None = None) -> bool:
    """A running total (a death toll), or an amount whose subject needs a name (trade, revenue), whose sentence names
    only years at least ``EARLIER_YEARS`` before its page's publication year: the toll of an earlier event the page
    recalls, not a bulletin of its story; the trade of 2018, not of last year. For such an amount only years before its
    ``text`` in the sentence count, and not a building's ("one of the 32-storey towers, built in 1983"). With ``story``,
    the story's own day (:func:`helpers.compare.whole_tallies.story_day`), a toll dated months before it is one too."""
    from helpers.compare.comparable import needs_name
    from helpers.compare.whole_tallies import dated_earlier, years_ago_event

    if subject not in running_totals() and subject not in needs_name() or not isinstance(quote, str) \
            or not isinstance(published, str):
        return False
    worst = _since_worst().search(quote)
    if worst and text and quote.find(text, worst.end()) >= 0 and subject in running_totals():
        return True  # ("the deadliest since the attack that killed 26": that attack's toll)
    if subject in running_totals() and (years_ago_event(quote, text) or dated_earlier(quote, text, story)):
        return True  # ("1年半前……當時有超過14,000位平民死於轟炸": the toll of an event some years before; "En février
        # 2025, 18 personnes sont mortes", in a corpus on a crush of September 2025)
    if subject not in running_totals():  # an amount's own year stands before it, and is no building's year
        at = quote.find(text) if text else -1
        quote = _BUILT_YEAR.sub(" ", quote[:at] if at >= 0 else quote)
    years = {int(y) for y in _YEAR.findall(quote)}
    return bool(years) and published[:4].isdigit() and max(years) <= int(published[:4]) - EARLIER_YEARS


def past_event_tie(a: dict, b: dict) -> bool:
    """Two tolls of an earlier event their pages recall (:func:`earlier_event`: "Gilbert, in September 1988, killed 40",
    "1988年登陸的吉爾伯特（Hurricane Gilbert）……導致45人死亡") whose sentences name the same year and the same name (not a
    place), and no two different places: an event long over has one final toll, so the two are compared though no bulletin
    of one day ties them. Two storms of one year, or one storm's toll in two countries, stay apart."""
    from helpers.compare.owners import _anchors, _places, local_places

    if a.get("subject") not in running_totals() or not all(
            earlier_event(x.get("subject"), x.get("quote"), x.get("published")) for x in (a, b)):
        return False
    qa, qb = str(a.get("quote") or ""), str(b.get("quote") or "")
    names = (_anchors(qa) - _places(qa)) & (_anchors(qb) - _places(qb))
    pa, pb = local_places(a), local_places(b)
    return bool(set(_YEAR.findall(qa)) & set(_YEAR.findall(qb))) and bool(names) and not (pa and pb and pa != pb)


#: the first figure of a change ("from 145 percent to 30 percent", "从145%降至30%"): a level that no longer holds
_FROM = (r"(?:\bfrom|(?:pass[ée]+s?|grimp[ée]+s?|augment[ée]+s?|baiss[ée]+s?|chut[ée]+s?|recul[ée]+s?|relev[ée]+s?|"
         r"abaiss[ée]+s?|réduite?s?|ramen[ée]+s?|port[ée]+s?|mont[ée]+s?|pass(?:e|ent|ait))\s+(?:de|d['’]|du)|从|從|由)"
         r"\s*(?:about |around |some |nearly |almost |environ |près de |约|約)?")  # (French "de" only after a verb of change:
#: "était de 128 à 18 heures" is a toll at an hour)
_TO = r"\s*(?:[^\s\d.,;:]{1,12}\s*)?(?:to\b|à\b|au\b|至|到|降至|降到|升至|增至|减至|減至|下调至|下調至|上调至|上調至)"


def change_start(quote: str, text: str) -> bool:
    """Whether the figure ``text`` opens a change in ``quote`` ("from 145 percent to 30 percent", "passé de 40 à 60"),
    or is what a figure is compared with (:func:`helpers.compare.comparison_bases.compared_with`: "up from 80", "contre 5,8
    milliards", "more than double its 5.8 billion-euro valuation"): its old or other level, not the figure reported."""
    if not text:
        return False
    return re.search(_FROM + re.escape(text) + _TO, quote or "") is not None or compared_with(quote or "", text)


#: a figure in brackets or after a slash right behind a title ("《長津湖》(57.75億人民幣)", "「阿凡達」(Avatar)/29.23億美元",
#: "‘Avatar’ (2.460 millions d'euros)"): that title's figure, set beside the story's for comparison
_TITLE_BEFORE = re.compile(r"[》」』’”\"]\s*(?:[(（][^()（）]{0,60}[)）])?\s*(?:[(（/]|:)\s*$")


def another_titles(quote: str, text: str) -> bool:
    """Whether the figure ``text`` of ``quote`` is given for a title right before it (another film's, book's ...)."""
    at = (quote or "").find(text) if text else -1
    return at > 0 and _TITLE_BEFORE.search(quote[max(0, at - 80):at]) is not None


@lru_cache(maxsize=1)
def _tally_markers() -> dict[str, re.Pattern[str]]:
    """Where to look ('after' the claim's own number, 'before' it, a 'cutoff' day earlier in its sentence or
    'cutoff_after' it) -> what marks a tally (``data/tally_markers.csv``)."""
    return {w: alternation("tally_markers.csv", where=("where", w))
            for w in ("after", "before", "cutoff", "cutoff_after")}


#: what introduces the parts of a count just given ("164 delegations are confirmed, including 54 heads of state")
_PARTS = re.compile(r"\b(?:including|among them|of which|dont|parmi lesquel(?:le)?s)\b|其中|包括", re.I)


def is_tally(claim: dict) -> bool:
    """A count its sentence gives as confirmed or registered so far, right after its own number ("130 delegations
    have been confirmed", "已确认有164个代表团", "300 engineers so far"), as of a day ("21.86 million as of Sept.
    19", "截至12日…2529萬人", "au 4 octobre"), or one of its parts ("..., including 54
    heads of state"): the tally of one moment, which the next one supersedes. Counts only: a death toll is a
    running total of its own (:func:`same_bulletin`), an amount of money is no tally."""
    if claim.get("dimension") not in (None, "count") or claim.get("subject") in running_totals():
        return False
    return _tally_at(str(claim.get("quote") or ""), str(claim.get("text") or ""))


#: a count as of a day is published this many days after that day at most ("截至12日的統計" in a page of the 14th)
CUTOFF_LAG_DAYS = 2


def tally_fell(a: dict, b: dict) -> bool:
    """A count given as of a day larger, beyond both hedges, than a figure of the same count that is no tally and
    was published no earlier than that day (an exhibition's "2,529萬" visitors by the 12th, in a page of the 14th,
    against its "約2508萬" for the whole run, in a page of the 13th): a count so far only grows, so the two
    contradict each other. Not a count confirmed so far (guests confirmed may stay away)."""
    for t, o in ((a, b), (b, a)):
        if "lo" in t and not is_tally(o) and _cutoff_at(str(t.get("quote") or ""), str(t.get("text") or "")) \
                and hedged_range(t)[0] > hedged_range(o)[1] and _days_apart(t.get("published"), o.get("published")) \
                >= -CUTOFF_LAG_DAYS:
            return True
    return False


def _days_apart(first: object, then: object) -> float:
    """Days from ``first`` to ``then`` (ISO days), -inf when either is no full date."""
    try:
        return (date.fromisoformat(str(then)) - date.fromisoformat(str(first))).days
    except ValueError:
        return float("-inf")


@lru_cache(maxsize=16384)
def _cutoff_at(quote: str, text: str) -> bool:
    """Whether the number ``text`` of ``quote`` is given as of a day its sentence names before it ("截至12日…") or
    right after it ("21.86 million as of Sept. 19")."""
    i = quote.find(text) if text else -1
    rx = _tally_markers()
    return i >= 0 and bool(rx["cutoff"].search(quote[max(0, i - 90):i]) or rx["cutoff_after"].match(quote[i:]))


@lru_cache(maxsize=16384)
def _tally_at(quote: str, text: str) -> bool:
    i = quote.find(text) if text else -1
    if i < 0:
        return False
    rx = _tally_markers()
    if rx["after"].match(quote[i:]) or rx["before"].search(quote[max(0, i - 16):i]) or _cutoff_at(quote, text):
        return True
    parts = _PARTS.search(quote, 0, i)  # a part of a tally given before it in the sentence
    return bool(parts) and any(rx["after"].match(quote[m.start():]) or rx["before"].search(quote[max(0, m.start() - 16):m.start()])
                               for m in re.finditer(r"(?<![\d.,])\d", quote[:parts.start()]))


def same_day_named(a: str, b: str) -> bool:
    """Two sentences name one day of the month ("4月25日" and "周五（25日）" and "25 April": a day without its
    month matches the same day of any month)."""
    da, db = days_of_month(a), days_of_month(b)
    return any(x[1] == y[1] and (x[0] == y[0] or 0 in (x[0], y[0])) for x in da for y in db)


@lru_cache(maxsize=8192)
def listing_venues(text: str) -> frozenset[str]:
    """The exchanges a clause names a company's shares by (``data/listing_venues.csv``): "its Shenzhen-listed shares",
    "H股", "ADRs"; empty when it names none."""
    with open(DATA_DIR / "listing_venues.csv", encoding="utf-8", newline="") as fh:
        rows = [(r["venue"], r["pattern"]) for r in csv.DictReader(fh)]
    return frozenset(v for v, p in rows if re.search(p, text))
