"""Conflicts: numbers that cannot both be true, places put in the wrong region, garbled names.

Numeric conflicts are searched only between comparable claims: same subject, dimension,
unit and currency (values normalised by the unit's scale: MWh and kWh compare), same scope
(built vs planned, ``data/scope_markers.csv``; fact vs forecast), and, when both quotes name
one, the same place and year. Severity says how incompatible the statements are:

- a vague amount ("thousands") against anything is at most ``wording``;
- two different precise values ("40" and "36") conflict even when close: ``low`` when a hedge
  admits both ("around 40" vs "36"), else by their relative gap (>= 50 % ``high``, >= 10 %
  ``medium``, else ``low``);
- bounds and ranges ("more than 100,000", "30-40") conflict only when they cannot overlap,
  with severity by the gap between the nearest bounds.

Contradictions inside one document count too. Memory stays bounded: claims are grouped into
distinct statements (value range + qualifier) per comparable group, and each pair of distinct
statements is compared once (not each pair of documents); a group with more than
``MAX_STATEMENTS`` distinct statements compares each statement only with its ``NEIGHBOURS``
next ones in value order. Every row says ``why``.
"""
from __future__ import annotations

import math
import re
from itertools import combinations

import pandas as pd

from helpers.compare.comparable import (  # noqa: F401  sig_digits, rounds_to re-exported
    AMOUNT_BASES, age_at_event, change_basis, change_start, cofigures, rise_of, cut_and_rounded, rounded_against_hedge, count_measures, hedge_allows, hedged_range, one_sided_measures, first_period, magnitude_slip, page_periods, mantissa, rounds_to, segments, sig_digits,
    doc_actors, duration_days, events, indices, is_share_price, located_names, model_near, models, named_days, needs_name, relative_time,
    other_statistics, range_slip, report_periods, written_values)
from helpers.core.numbers import magnitude
from helpers.core.subjects import generic_subjects
from helpers.compare.ages import age_tie, written_whole
from helpers.compare.flow_months import flow_change_tie
from helpers.compare.models import model_of, retold_on_page, same_model, same_pair
from helpers.compare.statements import TRY, candidates, group_statements, sentences_by_value
from helpers.compare.prices import (fell_back, page_hours, page_tolls, running_totals, sentence_tolls,
                                    toll_tie)
from helpers.compare.changes import (headline_tie, period_tie, relabelled, same_event_of,
                                     plan_meets_report, slip_tie, timed_event_of, timed_page_names)
from helpers.compare.conversions import RATE_DRIFT, conversion_pairs, converted, unit_restatements
from helpers.compare.currency_slips import SLIP_WHY, currency_slips
from helpers.compare.disputes import disputed_rows
from helpers.compare.named_events import event_horizons
from helpers.compare.owners import (  # noqa: F401  common_anchors, COMMON_SHARE re-exported
    COMMON_SHARE, LEAD_CHARS, _anchors, _context, _events_named, _places, _same_scope, _unowned, _whose, around, claim_periods,
    common_anchors, fixture_tie, local_places, owners_apart, same_reach)
from helpers.compare.deal_terms import deal_horizon
from helpers.compare.may_compare import MONEYISH as _MONEYISH, may_compare as _may_compare, vote_tie  # noqa: F401
from helpers.compare.rates import per_kwh
from helpers.compare.lone_figures import page_values
from helpers.compare.rate_periods import rate_key, rate_tie
from helpers.compare.projects import fixture_families, project_kinds, project_tie
from helpers.compare.place_conflicts import name_variants, place_conflicts, skeleton  # noqa: F401  re-exported
from helpers.extract.claims import describe
from helpers.extract.scope import claim_scope

CONFLICT_COLUMNS = ["kind", "subject", "doc_a", "label_a", "value_a", "quote_a", "doc_b", "label_b", "value_b",
                    "quote_b", "severity", "ratio", "evidence", "claim_a", "claim_b", "why"]
#: beyond this many distinct statements in one comparable group, compare each with its
#: ``NEIGHBOURS`` next statements in value order only (conflicts worth reporting are between close values)
MAX_STATEMENTS = 60
NEIGHBOURS = 8
POINT = ("exact", "approx", "approx_below")
#: subjects too coarse to say two claims are about the same thing
GENERIC = generic_subjects()


#: a vague amount that names its order of magnitude ("tens of billions", "des centaines de milliers",
#: 数百亿): two of them that cannot overlap disagree (a bare "thousands" only says "many")
_ORDER_WORD = re.compile(r"(?i)\b(?:tens|hundreds|dizaines|centaines)\b|[数數几幾上][十百千]")
#: two precise values of a generic subject closer than this (3 %) may be one figure reported twice; further
#: apart, without a shared name, they are two quantities (results text is full of close figures)
CLOSE = 1.03
#: sales of a company or of one of its products: a product named in one clause only makes them a part and the whole
_SALES = frozenset({"revenue", "lost revenue"})


def _own_model(claim: dict) -> bool:
    """Whether the clause of a claim's number names a product model (not its sentence, not an index)."""
    return bool(model_of(_s(claim.get("quote")), _s(claim.get("text")), False))




def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def severity(ratio: float) -> str:
    """Severity of two incompatible values ``ratio`` apart (>= 1): high from 1.5x, medium from 1.1x."""
    return "high" if ratio >= 1.5 else "medium" if ratio >= 1.1 else "low"


def _scope(quote: str, text: str) -> str:
    """The scope of a claim whose phrase is ``text`` in ``quote`` (see :func:`claim_scope`)."""
    i = quote.find(text)
    return claim_scope(quote, i, i + len(text))


def _rep(lo: float, hi: float) -> float:
    if math.isinf(hi):
        return lo
    return math.sqrt(lo * hi) if lo > 0 else hi


def _open_bounds_meet(a: dict, b: dict) -> bool:
    """"More than X" against "up to X" or "less than X": the two ranges touch only at X, which
    the strict bound leaves out ("over 1 GW" vs "up to 1 GW" cannot both be true)."""
    below = ("at_most", "less_than")
    for x, y in ((a, b), (b, a)):
        if x["qualifier"] == "more_than" and (y["qualifier"] in below) and x["lo"] == y["hi"]:
            return True
        if x["qualifier"] == "less_than" and y["qualifier"] in ("at_least", "more_than") and x["hi"] == y["lo"]:
            return True
    return False


def _vague_verdict(a: dict, b: dict, same_thing: bool, ratio: float) -> tuple[str, float, str] | None:
    """A vague amount against another amount that does not overlap it: at most ``wording``; two vague
    orders of magnitude of one owner across documents ("tens of billions" vs "hundreds of billions") ``low``."""
    qa, qb = a["qualifier"], b["qualifier"]
    orders = qa == qb == "vague" and _ORDER_WORD.search(_s(a["text"])) and _ORDER_WORD.search(_s(b["text"]))
    same_owner = "quote" in a and bool(_anchors(around(a)) & _anchors(around(b)))
    if not (same_thing or orders and same_owner):
        return None
    if orders and a.get("doc_id") != b.get("doc_id"):
        return "low", ratio, (f"“{a['text']}” and “{b['text']}” name different orders of magnitude; "
                              "a translation or a reading slip is likely")
    word = a["text"] if qa == "vague" else b["text"]
    return "wording", ratio, f"“{word}” is a vague word, not a count; it does not contradict a number"


def _named_apart(a: dict, b: dict, whole_a: frozenset[str], whole_b: frozenset[str]) -> bool:
    """Two pages' amounts whose owners only names say, one naming an owner the other does not share; not a toll whose
    sentence names only who gave it ("said Hualien's spokesperson Lee Kuan-ting": a source, no other owner), nor a
    toll given to a name, in sentences naming the same places, larger than the one given to none (a part is never more
    than its whole: 129 missing in Guangfu against 124)."""
    named, other = (a, b) if whole_a else (b, a)
    return a.get("doc_id") != b.get("doc_id") and bool(whole_a or whole_b) and not whole_a & whole_b \
        and not (a.get("subject") in running_totals() and not (whole_a and whole_b) and local_places(a) == local_places(
            b) and (_only_sources(_s(named.get("quote")), whole_a or whole_b) or named["lo"] > other["hi"]))


#: a name given as who said a figure ("according to spokesperson Lee Kuan-ting", "the fire agency said"), not whose
_SOURCE_BEFORE = re.compile(r"(?i)(?:according to|said|says|told|selon|a déclaré|据|據|称|稱|表示|指出)[^.;。；]{0,70}$")
_SOURCE_AFTER = re.compile(r"(?i)^[^.;。；,，]{0,25}?\b(?:said|says|told|reported|estimates?|estimated|a déclaré|a indiqué|estime|a estimé|évalue)\b|^[^。；，]{0,6}?(?:表示|指出|称|稱)")


def _only_sources(quote: str, names: frozenset[str]) -> bool:
    """Every name is given in ``quote`` as a figure's source, none as its owner (not "In Guangfu, 17 died")."""
    low = quote.lower()
    for name in names:
        at = low.find(name.lower())
        if at < 0 or not (_SOURCE_BEFORE.search(low[:at]) or _SOURCE_AFTER.match(low[at + len(name):])):
            return False
    return True


#: where a magnitude slip was found: in one source, or in one page's two tellings of one statement
_SLIP_WHERE = {False: "one source", True: "one of the page's two tellings of one statement"}


def judge(a: dict, b: dict, common: frozenset[str] = frozenset()) -> tuple[str, float, str] | None:
    """(severity, ratio, why) when claims ``a`` and ``b`` (normalised ``lo``/``hi``/``v``, ``subject``, ``dimension``,
    ``doc_id``, ``quote``) cannot both be true as written, else None.

    Whether two claims are about the same thing is the hard part: a specific subject ("training cost") is trusted;
    generic ones ("money", "percent") are compared only when both values are precise (3+ significant digits) and within
    10 %, or when the clauses around the numbers name the same thing. Far-apart values are two sets inside one document
    and need a distinctive shared name across documents (not in ``common``: the names around claims in most)."""
    if not _may_compare(a, b):
        return None
    if k := range_slip(a, b):  # (before the owners: one estimate written twice needs no name; $18M-$22M, $18-22bn)
        return "high", 10.0 ** k, f"the same range written {10 ** k:,} times larger in one statement: a magnitude slip"
    qa, qb = a["qualifier"], b["qualifier"]
    (alo, ahi), (blo, bhi) = hedged_range(a), hedged_range(b)
    overlap = alo <= bhi and blo <= ahi and not _open_bounds_meet(a, b)
    ra, rb = _rep(a["lo"], a["hi"]), _rep(b["lo"], b["hi"])
    ratio = math.inf if min(ra, rb) <= 0 else max(ra, rb) / min(ra, rb)
    same_event, other = same_event_of(a, b)
    same_event = same_event or fixture_tie(a, b)
    specific = a.get("subject") == b.get("subject") and (a.get("subject") not in GENERIC or same_event)
    names_a, names_b = (_anchors(around(a)) - common, _anchors(around(b)) - common) if "quote" in a else (set(), set())
    shared = (bool(names_a & names_b) or same_event or same_model(a, b)) if "quote" in a else specific
    actors_a, actors_b = names_a - _places(around(a)), names_b - _places(around(b))  # who, not where
    whole_a, whole_b = _whose(a, b)
    tied = period_tie(a, b) or toll_tie(a, b) or same_pair(a, b) or project_tie(a, b, whole_a, whole_b) or age_tie(a, b) \
        or flow_change_tie(a, b, around(a), around(b)) or rate_tie(a, b, whole_a, whole_b) or vote_tie(a, b)  # (H20 against H100 in both: one comparison)
    if not tied and _unowned(a, b, whole_a, whole_b, same_event, _open_bounds_meet(a, b)):
        return None  # (before the vague words: "dozens of people" and "hundreds" of other people are two groups)
    if "vague" in (qa, qb):
        return None if overlap else _vague_verdict(a, b, specific and a.get("subject") not in needs_name() or shared, ratio)
    if qa in POINT and qb in POINT:
        if math.isclose(a["v"], b["v"], rel_tol=1e-9) or overlap:
            return None  # equal, or a hedge (about, nearly) admits both
        gap = max(a["v"], b["v"]) / min(a["v"], b["v"]) if min(a["v"], b["v"]) > 0 else math.inf
        hedged = [r for r in (a, b) if r["qualifier"] != "exact"]
        why = (f"two different values, {gap - 1:.0%} apart, beyond what the hedge of “{hedged[0]['text']}” allows "
               f"({hedge_allows(hedged[0])})" if hedged else f"two different precise values, {gap - 1:.0%} apart")
    elif overlap:
        return None
    else:
        lo, hi = (a["hi"], b["lo"]) if a["hi"] <= b["lo"] else (b["hi"], a["lo"])
        gap = math.inf if lo <= 0 else hi / lo
        why = (f"the ranges the statements allow cannot overlap ({gap:.2f}x between nearest bounds)" if gap > 1 else
               "one says more than the value the other gives as its upper limit")
    why += f"; one source gives its figure to “{other}” in the other's sentence: a figure given to the wrong quantity" * bool(other)
    why += "".join(f"; the count only grows, yet it was larger on {d1} than on {d2}" for d1, d2 in [fell_back(a, b, named_days) or ("", "")] if d1)
    shared_toll = sorted((x for x in (a.get("tolls") or frozenset()) & (b.get("tolls") or frozenset())
                          if x[0] != a.get("subject")), key=lambda x: (x[0], -x[1]))[:1] if toll_tie(a, b) else []
    why += "".join(f"; both pages give the same count of {s} ({v:,.0f}): one bulletin" for s, v in shared_toll)
    wa, wb = written_values(a, b)  # digits as written: 23,700 acres, not 95,910,000 m²
    precise = min(sig_digits(wa), sig_digits(wb)) >= 3
    retold = retold_on_page(a, b)  # (one page's lead and key facts: 40,000 A100 GPUs against 400, beside 50 H200 in both)
    slip = magnitude_slip(wa, wb, 1 if retold else 2 if slip_tie(a, b) else 3) \
        if qa in POINT and qb in POINT and a.get("dimension") in ("money", "count") and same_reach(a, b) else 0
    # (durations are compared in days: 5 years and 6 months share digits by accident)
    if slip and (a.get("doc_id") != b.get("doc_id") or retold):
        return "high", gap, (f"the same figure ({mantissa(a['v'])}) written {10 ** slip:,} times larger in {_SLIP_WHERE[retold]}"
                             ": a unit or magnitude slip (亿 vs billion, millions vs billions)")
    if gap >= 1.5 and a.get("subject") in _SALES and _own_model(a) != _own_model(b):
        return None  # one product's sales (H20 sales of $4.6 billion) against the company's ($44.1 billion): part, whole
    if not shared and not tied and _named_apart(a, b, whole_a, whole_b):
        return None
    if (a.get("dimension") != "count" or max(a["v"], b["v"]) >= 1000) and not written_whole(a, b) and rounds_to(wa, wb) and not rounded_against_hedge(a, b) and (qa in POINT and qb in POINT or not headline_tie(a, b) and overlap) or gap < RATE_DRIFT and (converted(a) or converted(b)):
        return None  # one amount converted at two days' rates; one source rounds the other's figure (not an age, nor 74 % as 70 %; a page's headline "crossing 12 billion" is not its 11.7; "plus de 400 000" is no rounding of 393,279)
    if gap >= 1.5 and not tied and (a.get("doc_id") == b.get("doc_id") and not (headline_tie(a, b) and a.get("dimension") == "count" and gap < 2) or not specific
                       or not (actors_a & actors_b and not whole_a ^ whole_b or same_event
                               or "quote" not in a and shared)):
        return None  # far apart: two different quantities unless the same event, or the same actors and no
        # other (OpenAI's deal with SoftBank vs OpenAI's with Oracle are two deals)
    if a.get("dimension") == "percent" and "percent" in (a.get("subject"), b.get("subject")) and not (
            precise and gap < 1.1):
        return None  # a percentage of nothing named (100% owned, 90% recycled) is compared only when precise and close
    if not specific and not tied and (a.get("doc_id") == b.get("doc_id") or not (shared or precise and gap < CLOSE and (
            a.get("subject") == b.get("subject") or {a.get("subject"), b.get("subject")} <= _MONEYISH)
            and (whole_a & whole_b or not (whole_a or whole_b) and a.get("subject") != "percent" and a.get("doc_actor") and
                 a.get("doc_actor") == b.get("doc_actor")))):
        return None  # a generic subject (fall, value, money) is one quantity only when a distinctive name or event
        # says so, or two precise close values whose clauses name the same actor (or, naming none, whose
        # documents are about the same organisation): close precise values are common in results text
    return severity(gap), gap, why


def _prepared(claims: pd.DataFrame, docs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Claims with normalised ``lo``/``hi``/``v``, ``scope``, the comparability key and each document's
    main organisation (from ``docs`` when given, see :func:`doc_actors`)."""
    c = claims.dropna(subset=["subject"]).reset_index(drop=True)
    if len(c) and "quote" in c:  # "two years ago" dates something: not a duration to compare
        rel = [d == "duration" and relative_time(_s(q), _s(t)) for d, q, t in zip(c["dimension"], c["quote"], c["text"])]
        c = c[~pd.Series(rel, index=c.index, dtype=bool)].reset_index(drop=True)
    if c.empty:
        return c.assign(lo=[], hi=[], v=[], scope=[], key=[])
    dim = c["dimension"] if "dimension" in c else pd.Series("count", index=c.index)
    # values are already in their unit's base (kWh, MW); durations are brought to days here only
    days = duration_days()
    scale = c["unit"].map(lambda u: days.get(_s(u), 1.0)).where(dim == "duration", 1.0)
    unit = c["unit"].map(_s).where(dim != "duration", "days")
    per = pd.Series([per_kwh(_s(q), _s(t)) if d == "money" else None for d, q, t in zip(
        dim, c.get("quote", c["unit"]), c["text"])], index=c.index, dtype=object)  # (£92.50 per MWh is 0.0925 per kWh)
    scale, unit = scale / per.where(per.notna(), 1.0).astype(float), unit.where(per.isna(), unit + "/kWh")
    scope = (c["scope"].map(_s).tolist() if "scope" in c
             else [_scope(_s(q), _s(t)) for q, t in zip(c["quote"], c["text"])])
    subject = c["subject"].map(_s).where(~dim.isin(["money", "percent"]), "")  # coarse subjects: judged pairwise
    # a plan and a forecast both say what the future holds ("plans to provide over 1 GW next year" vs
    # "could add up to 1 GW from 2026"): one horizon, apart from what exists or was spent
    scope_s = pd.Series(scope, index=c.index)
    dates = dict(zip(docs["doc_id"], docs["published"])) if docs is not None and "published" in docs else {}
    horizon = scope_s.where(~((scope_s == "planned") | c["is_forecast"].astype(bool)), "future")
    horizon = pd.Series([deal_horizon(s, h, bool(f)) for s, h, f in zip(c["subject"], horizon, c["is_forecast"])],
                        index=c.index)  # (a round's amount told as under way and as raised: one figure)
    horizon = event_horizons(c, docs, horizon, dates)  # (I-35W's toll; Kalmaegi's on a page about Fung-wong)
    timed = [timed_event_of(d, m) for d, m in zip(dim, c["measure_of"] if "measure_of" in c else [""] * len(c))]
    key = (subject + "\x1f" + dim.map(_s) + "\x1f" + unit + "\x1f" + c["currency"].map(_s)
           + "\x1f" + horizon + "\x1f" + pd.Series(timed, index=c.index)  # a duration of a named event is its own
           + "\x1f" + c.get("per", pd.Series("", index=c.index)).map(rate_key))  # (a week's loss is no total)
    event = events(c.assign(dimension=dim)) if "quote" in c else [frozenset()] * len(c)
    figures = cofigures(c.assign(dimension=dim)) if "quote" in c else [frozenset()] * len(c)
    actor = c["doc_id"].map(doc_actors(c, docs)).fillna("") if "quote" in c else pd.Series("", index=c.index)
    period = c["doc_id"].map(page_periods(docs)).fillna("") if docs is not None and len(docs) else ""
    titles = dict(zip(docs["doc_id"], docs["title"].map(_s))) if docs is not None and "title" in docs else {}
    headline = [bool(_s(q).strip()) and _s(q).strip() in titles.get(d, "") for d, q in zip(c["doc_id"], c.get("quote", c["doc_id"]))]
    money = c[dim == "money"]
    by_sentence: dict[tuple, set[str]] = {}
    for d, q, cur in zip(money["doc_id"], money.get("quote", money["doc_id"]), money["currency"]):
        if isinstance(cur, str):
            by_sentence.setdefault((d, q), set()).add(cur)
    currencies = [frozenset(by_sentence.get((d, q), ())) for d, q in zip(c["doc_id"], c.get("quote", c["doc_id"]))]
    tolls, hours = page_tolls(c["subject"].tolist(), c["value"].tolist(), c["qualifier"].tolist(), c["doc_id"].tolist()), page_hours(c["doc_id"], c.get("quote", c["doc_id"]))
    texts = dict(zip(docs["doc_id"], docs["clean_text"])) if docs is not None and "clean_text" in docs else {}
    names = timed_page_names(docs, {d for d, t in zip(c["doc_id"], timed) if t})
    lead = {d: titles.get(d, "") + "\n" + _s(texts[d])[:LEAD_CHARS] for d in set(c["doc_id"]) & set(texts)}
    lead_events = {d: _events_named(t) for d, t in lead.items()}  # the event and places a page's title and lead
    lead_places = {d: _places(t) for d, t in lead.items()}  # name, read once per page
    return c.assign(page_names=c["doc_id"].map(names.get).to_numpy(), page_projects=c["doc_id"].map({d: project_kinds(t) for d, t in lead.items()}.get).to_numpy(),
                    page_events=c["doc_id"].map(lead_events.get).to_numpy(),
                    page_places=c["doc_id"].map(lead_places.get).to_numpy(),
                    tolls=c["doc_id"].map(lambda d: tolls.get(d, frozenset())).to_numpy(), page_hours=c["doc_id"].map(hours).to_numpy(), lo=c["value_low"] * scale, hi=c["value_high"] * scale, v=c["value"] * scale, scope=scope,
                    key=key.to_numpy(), event=event, figures=figures, headline=headline,
                    published=c["doc_id"].map(dates).to_numpy() if dates else None, doc_actor=actor.to_numpy(), doc_period=period,
                    sentence_currencies=currencies, sentence_tolls=sentence_tolls(c), page_values=page_values(c["doc_id"], c["subject"].map(_s) + key.str.rsplit("\x1f", n=3).str[0], c["value"]))


def _shown(c: dict) -> str:
    """A claim's value as compared: normalised to its unit ("4,500 MW" for "4.5 GW"); large amounts of
    money in words ("USD 588.862 billion", "USD 100–1,000 billion", not fifteen digits)."""
    ref = c["value_low"] if c["value_low"] > 0 else c["value"]
    size, word = magnitude(ref) if c.get("dimension") == "money" or c.get("dimension") == "count" and ref >= 1e9 \
        else (1.0, "")  # (counts below a billion keep their digits: 1,022,750 wafers)
    text = describe({"value_low": c["value_low"] / size, "value_high": c["value_high"] / size,
                     "value": c["value"] / size, "qualifier": c["qualifier"]}) + (f" {word}" if word else "")
    unit = _s(c.get("unit"))
    if unit and unit == _s(c.get("currency")):
        return f"{unit} {text}"  # currency first, as the brief writes amounts
    return f"{text} {unit}" if unit and unit != "percent" and c.get("dimension") not in ("count", None) else text


def _statement_pairs(n: int, values: list[float], vague: list[bool] | None = None) -> list[tuple[int, int]]:
    """Which statements of a group to compare: all pairs, or beyond the cap value-order neighbours, the vague
    statements among themselves ("hundreds of billions" against 数百亿: orders of magnitude far apart in value order)
    and values with the same three or more significant digits (a magnitude slip)."""
    if n <= MAX_STATEMENTS:
        return list(combinations(range(n), 2))
    order = sorted(range(n), key=lambda i: (values[i], i))
    pairs = {tuple(sorted((order[i], order[j]))) for i in range(n) for j in range(i + 1, min(n, i + 1 + NEIGHBOURS))}
    pairs |= set(combinations([i for i in range(n) if vague and vague[i]][:MAX_STATEMENTS], 2))
    same_digits: dict[str, list[int]] = {}  # 15.17億 and 15.17 billion are far apart in value order
    for i, v in enumerate(values):
        if sig_digits(v) >= 2:
            same_digits.setdefault(mantissa(v), []).append(i)
    pairs |= {(i, j) for group in same_digits.values() for i, j in combinations(group, 2)}
    return sorted(pairs)


def numeric_conflicts(claims: pd.DataFrame, docs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Pairs of distinct statements on the same comparable quantity that cannot both be true.

    One row per pair of distinct statements (value range and qualifier), represented by the first claim (document
    order) of each that shares its place and year scope; the evidence says how many documents make each statement. A
    plan and a reported figure are compared too (:func:`_plan_vs_report`), at ``low`` severity, and two figures a page
    itself disputes (:func:`helpers.compare.disputes.disputed_rows`)."""
    c = _prepared(claims, docs)
    common = common_anchors(c) if len(c) else frozenset()
    rows = [row for stmts in group_statements(c) for row in _group_rows(stmts, common)]
    rows += _plan_vs_report(c, common) + _project_horizons(c, common) + disputed_rows(c, docs, common)
    rows += [_conversion_row(a, b, rng) for a, b, rng in conversion_pairs(c)]
    rows += [_restatement_row(a, b, k) for a, b, k in unit_restatements(c)]
    rows += [_row(a, b, "medium", 1.0, SLIP_WHY.format(a["text"], b["text"], a["currency"], b["currency"]), na, nb) for a, b, na, nb
             in currency_slips(c, lambda x, y: _same_scope(x, y) and _may_compare(x, y) and not owners_apart(*_whose(x, y)))]
    out = pd.DataFrame(rows, columns=CONFLICT_COLUMNS)
    # the same two statements met in two scopes (reported and planned) read the same: keep one row
    return out.drop_duplicates(["subject", "doc_a", "doc_b", "value_a", "value_b"]).reset_index(drop=True)


def _group_rows(stmts: list[list[dict]], common: frozenset[str], cross: str = "") -> list[dict]:
    """Conflict rows between the statements of one comparable group (``cross``: only between a plan and a reported
    figure, ``"plan"`` when they name the same year, at ``low`` severity; ``"project"`` when they are one project's
    figure, :func:`project_tie`)."""
    rows: list[dict] = []
    if len(stmts) < 2:
        return rows
    said = sentences_by_value(stmts)
    own = [{(r["doc_id"], r["quote"]) for r in st} for st in stmts]
    values = [s[0]["v"] for s in stmts]
    for i, j in _statement_pairs(len(stmts), values, [s[0]["qualifier"] == "vague" for s in stmts]):
        if ((said[i] & said[j]) if stmts[i][0]["v"] != stmts[j][0]["v"] else (own[i] & own[j])) \
                and not any(relabelled(x, y) for x in stmts[i][:TRY] for y in stmts[j][:TRY]):
            continue  # one sentence gives both values (two scenarios, before and after): compatible, unless
            # another source gives one of them to the other's quantity
        if cross and _SIDE[cross](stmts[i][0]) == _SIDE[cross](stmts[j][0]) or cut_and_rounded(
                values[i], values[j], values):
            continue  # (1.63 and 1.64 million beside 1,636,129: one figure cut short and rounded)
        found = _first_verdict(stmts[i], stmts[j], common, _CROSS_TESTS[cross])
        if found is None:
            continue
        a, b, (sev, ratio, why) = found
        if cross == "project":
            why += _PROJECT_WHY["earlier" in {stmts[i][0]["horizon"], stmts[j][0]["horizon"]}]
        elif cross:
            years = _context(a["quote"])[1] & _context(b["quote"])[1]
            sev, why = "low", (f"a plan and a reported figure for {min(years)}: {why}; plans "
                               "change, so this is a discrepancy to check rather than a contradiction")
        ni, nj = (len({r["doc_id"] for r in stmts[k]}) for k in (i, j))
        rows.append(_row(a, b, sev, ratio, why, *((ni, nj) if any(r is a for r in stmts[i]) else (nj, ni))))  # (a: the earlier page's)
    return rows


#: what a cross-scope pass compares across (:func:`_group_rows`): a plan and a report, two horizons
_SIDE = {"plan": lambda r: _plan_of(r), "project": lambda r: r["horizon"]}  # (_plan_of is defined below)
#: why a project's figures of two horizons are compared: a plan against a fact, or a sentence that also tells of an
#: earlier moment ("launched in 2011 with a $4 billion budget"), whose figure may be that moment's
_PROJECT_WHY = {False: "; one project's figure, told as planned or expected in one source and as a fact in the other",
                True: "; one project's figure, though one sentence also tells of an earlier moment (a launch, a first "
                      "estimate): check whether its figure is that moment's"}
#: which pairs a cross-scope pass compares (:func:`_group_rows`)
_CROSS_TESTS = {"": _same_scope, "plan": plan_meets_report,
                "project": lambda x, y: project_tie(x, y, *_whose(x, y))}


def _first_verdict(si: list[dict], sj: list[dict], common: frozenset[str], test) -> tuple | None:
    """The verdict of :func:`judge` on the first pair of representative claims (:func:`candidates`)
    in the same scope that may be compared at all (:func:`_may_compare`):
    ``(a, b, verdict)``, or None. Only that pair
    is judged: trying pairs until one conflicts would report whichever wording is loosest."""
    for x, y in candidates(si, sj):
        if test(x, y) and _may_compare(x, y):
            a, b = sorted((x, y), key=lambda r: (r["doc_id"], r["start"]))
            verdict = judge(a, b, common)
            if verdict is not None:
                return a, b, verdict
    return None


def _row(a: dict, b: dict, sev: str, ratio: float, why: str, na: int, nb: int) -> dict:
    """One conflicts-table row for claims ``a`` and ``b`` said by ``na`` and ``nb`` documents."""
    inside = " (inside one document)" if a["doc_id"] == b["doc_id"] else ""
    scope = a["scope"] + (", forecast" if a["is_forecast"] else "")
    if _plan_of(a) != _plan_of(b):
        scope = f"{scope} vs {b['scope']}" + (", forecast" if b["is_forecast"] else "")
    return {
        "kind": "numeric", "subject": a["subject"], "doc_a": a["doc_id"], "label_a": a["label"],
        "value_a": _shown(a), "quote_a": a["quote"], "doc_b": b["doc_id"], "label_b": b["label"],
        "value_b": _shown(b), "quote_b": b["quote"], "severity": sev,
        "ratio": round(ratio, 3) if math.isfinite(ratio) else ratio,
        "evidence": f"“{a['text']}” vs “{b['text']}”{inside}; {scope}; said by {na} and {nb} document(s)",
        "claim_a": a["claim_id"], "claim_b": b["claim_id"], "why": why[0].upper() + why[1:] + ".",
    }


def _conversion_row(a: dict, b: dict, rng: tuple[float, float]) -> dict:
    """A conflict row for an amount and a bracketed conversion no exchange rate explains."""
    why = (f"“{b['text']}” is given as the conversion of “{a['text']}”, but one {a['currency']} is worth "
           f"{rng[0]:.3g}-{rng[1]:.3g} {b['currency']} at any rate of recent years: one of the two is mistyped "
           "(a magnitude, or the currency)")
    ratio = b["value"] / a["value"]
    return _row(a, b, "high", max(ratio, 1 / ratio), why, 1, 1)


def _restatement_row(a: dict, b: dict, ratio: float) -> dict:
    """A conflict row for a figure and its restatement in brackets in another unit that gives another value."""
    why = (f"“{b['text']}” restates “{a['text']}” in another unit, but is {ratio:.3g} times "
           f"{'smaller' if b['value'] < a['value'] else 'larger'}: one of the two is mistyped (a magnitude lost in a "
           "conversion)")
    return _row(a, b, "high", ratio, why, 1, 1)


def _plan_of(r: dict) -> tuple[str, bool]:
    return r["scope"], bool(r["is_forecast"])


def _plan_vs_report(c: pd.DataFrame, common: frozenset[str]) -> list[dict]:
    """A planned (or forecast) figure against a reported one for the same year, the same
    specific subject and model: "plans to make 100,000 in 2025" vs "about 300,000 in 2025"."""
    if c.empty:
        return []
    keep = c["scope"].isin(["planned", "reported"]) & ~c["subject"].isin(GENERIC | needs_name())
    x = c[keep]
    if x.empty or x[["scope", "is_forecast"]].drop_duplicates().shape[0] < 2:
        return []
    xkey = x["key"].map(lambda k: "\x1f".join(k.split("\x1f")[:4]))
    return [row for stmts in group_statements(x.assign(key=xkey.to_numpy()))
            for row in _group_rows(stmts, common, cross="plan")]


def _project_horizons(c: pd.DataFrame, common: frozenset[str]) -> list[dict]:
    """A project's fixed figure (its capacity, its cost) told as planned or expected in one page and as a fact in
    another (:func:`project_tie`): "the scheme would deliver 70 GW" against "the 60 GW power station"."""
    x = c[c["subject"].isin(fixture_families()) & c["page_projects"].map(bool)] if len(c) else c
    if x.empty:
        return []
    parts = x["key"].str.split("\x1f")
    return [row for stmts in group_statements(x.assign(key=parts.str[:4].str.join("\x1f").to_numpy(),
                                                       horizon=parts.str[4].to_numpy()), apart=("horizon",))
            for row in _group_rows(stmts, common, cross="project")]


def find_conflicts(claims: pd.DataFrame, docs: pd.DataFrame | None = None) -> pd.DataFrame:
    """The conflicts table: numeric conflicts, and with ``docs`` also place conflicts and
    likely garbled names. Sorted by kind, subject and documents."""
    parts = [numeric_conflicts(claims, docs)]
    if docs is not None:
        parts += [place_conflicts(docs), name_variants(docs)]
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame(columns=CONFLICT_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    order = {"numeric": 0, "place": 1, "name": 2}
    out["_k"] = out["kind"].map(order)
    return out.sort_values(["_k", "subject", "doc_a", "doc_b"], kind="stable", na_position="last") \
        .drop(columns="_k").reset_index(drop=True)


def statement_of(claims: pd.DataFrame) -> dict[str, tuple]:
    """claim_id -> its statement (comparability key, normalised range, qualifier): two claims
    with the same statement are never in conflict; conflicts are between statements."""
    c = _prepared(claims)
    return {cid: (k, lo, hi, q) for cid, k, lo, hi, q in zip(c["claim_id"], c["key"], c["lo"], c["hi"], c["qualifier"])}
