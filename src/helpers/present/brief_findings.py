"""The brief's judgement: findings ranked by importance, each with a confidence grounded in
provenance, the bottom line that sums them up, and what to check next.

A finding is a subject the sources give numbers for (or a place or name they disagree on).
Its confidence counts independent sources (:mod:`helpers.present.brief_sources`), not documents:

==============================  ====================================================
disputed                        sources' numbers conflict (severity high or medium)
established                     two or more independent sources, no serious conflict
whose unclear                   as established, but a subject that needs a name whose sources name no one in common
single source                   one independent source (perhaps retold by others)
unverified (AI-written only)    every source giving it marks itself as AI-generated
==============================  ====================================================
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from helpers.core.numbers import magnitude
from helpers.core.subjects import coarse_subjects
from helpers.present import brief_ast as A
from helpers.present.brief_cite import Citations
from helpers.present.brief_sources import (heading, independent_count, is_generic, spread, subject_key, subject_name,
                                           with_subject)
from helpers.extract.claims import describe
from helpers.compare.comparable import doc_actors, needs_name, written_scale
from helpers.compare.named_events import other_events
from helpers.compare.owners import _anchors, around
from helpers.compare.prices import is_tally, running_totals
from helpers.present.brief_running import running_body
from helpers.compare.disputes import DISPUTE_WHY
from helpers.compare.count_countries import page_country
from helpers.compare.flow_months import flow_label
from helpers.extract.per_period import per_words
from helpers.extract.rates import RATE_SUBJECTS

#: how a claim that is not a forecast but a plan, or a part of a total, is marked in the brief
_SCOPE_NOTE = {"planned": ", a plan", "part": ", part of a total", "joint": ", several together"}

SERIOUS = ("high", "medium")
#: findings order after the main subjects: disputed, established, AI-written, single source
RANK = {"disputed": 1, "established": 2, "ai": 3, "whose": 3, "unconfirmed:": 4, "single": 4, "unverified": 5}
#: what the brief says of a figure of a subject that needs a name when its sources share none
NO_OWNER = "; its sources name no one in common with it"


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


#: the larger SI units a compared power or energy is shown in once it reaches them
_LARGER = {"MW": ((1e3, "GW"), (1e6, "TW")), "kWh": ((1e3, "MWh"), (1e6, "GWh"), (1e9, "TWh"))}


def _shown_in(row) -> tuple[float, str]:
    """The divisor and unit a value is shown in: the unit it was written in when that is no decimal multiple of the
    compared one (14,021 acres, not 56.741 million m²), km² for a large land area (150 km², not 150 million m²), GW and
    TWh for large powers and energies (15 GW, not 15,000 MW)."""
    unit, counted = _s(row.get("unit")), _s(row.get("counted"))
    k = written_scale(counted, unit)
    if k != 1.0:
        return k, counted
    if unit == "m²" and row.get("subject") in ("land area", "area burned") and abs(float(row["value"])) >= 1e6:
        return 1e6, "km²"  # (a floor area stays in m²)
    for k, larger in reversed(_LARGER.get(unit, ())):
        if abs(float(row["value"])) >= k:
            return k, larger  # 15 GW, not 15,000 MW; 945 TWh, not 945,000,000,000 kWh
    return 1.0, unit


def amount(row) -> str:
    """A claim's value in words with its unit or currency and the period of a rate: '≈ 36', 'CNY > 1 trillion',
    '≥ 15%', '14,021 acres', 'GBP 108 million a week'."""
    k, shown = _shown_in(row)
    if k != 1.0:
        row = {**dict(row), "unit": shown, **{c: row[c] / k for c in ("value", "value_low", "value_high")}}
    v, lo, hi = row["value"], row["value_low"], row["value_high"]
    spread = row["qualifier"] in ("vague", "range")
    d, w = magnitude(lo if spread else v)  # a range in its low end's magnitude: "200–1,000 million", not 200,000,000–…
    if w and (not spread or 0 < lo and hi / lo < 1000):
        base = describe({**dict(row), "value": v / d, "value_low": lo / d, "value_high": hi / d}) + f" {w}"
    else:
        base = describe(row)
    unit, cur, per = _s(row.get("unit")), _s(row.get("currency")), per_words(row.get("per"))
    if unit == "percent":
        return base + "%" + per
    if unit == "magnitude":
        return f"M{base}"  # (a quake's magnitude as seismologists write it: "M6.9", not "6.9 magnitude")
    if cur:
        return f"{cur} {base}{per}"
    return (f"{base} {unit}" if unit else base) + per  # (a rate says its period: "GBP 108 million a week")


@dataclass
class Finding:
    """One finding: a heading, its confidence, the inlines that state it, and a rank key."""

    title: str
    confidence: str
    body: list = field(default_factory=list)
    rank: tuple = ()
    subject: str = ""
    n_sources: int = 0
    n_independent: int = 0
    headline: str = ""
    scattered: bool = False
    n_other: int = 0  # independent sources (groups) none of whose pages gives the best-supported figure


def _confidence(ai_only: bool, disputed: bool, n_ind: int, n_src: int, n_ind_subject: int = 1) -> str:
    """The finding's label; ``n_ind``/``n_src`` count the best-supported figure's sources,
    ``n_ind_subject`` the independent sources giving any figure on the subject."""
    if ai_only:
        return "unverified (AI-written only)"
    if disputed:
        return "disputed"
    if n_ind >= 2:
        return f"established by {n_ind} independent sources"
    if n_ind_subject >= 2:
        return f"unconfirmed: {n_ind_subject} independent sources, no figure given by two of them"
    return "single source" + (f", retold by {n_src - 1} other{'s' if n_src > 2 else ''}" if n_src > 1 else "")


def value_families(a, g: pd.DataFrame) -> list[pd.DataFrame]:
    """The claims ``g`` of one subject grouped into families of the same figure: from the
    ``families`` table when the analysis has one, else claims whose ranges overlap or whose
    values are within 10 % of the family's first."""
    fam = getattr(a, "families", None)
    if isinstance(fam, pd.DataFrame) and len(fam) and "claim_ids" in fam:
        out = []
        for ids in fam["claim_ids"].map(lambda x: set(str(x).split(";"))):
            part = g[g["claim_id"].isin(ids)]
            if len(part):
                out.append(part)
        rest = g[~g["claim_id"].isin(pd.concat(out)["claim_id"] if out else [])]
        return out + [rest.iloc[[i]] for i in range(len(rest))]
    out: list[list[int]] = []
    rows = g.sort_values(["value_low", "value", "doc_id", "start"], kind="stable")
    for i, r in rows.iterrows():
        for fam_rows in out:
            f = rows.loc[fam_rows[0]]
            close = f["value"] and abs(r["value"] - f["value"]) <= 0.1 * abs(f["value"])
            # each inside the other's range: "about 40" and "40", not "up to 10,000" and "2,048"
            mutual = f["value_low"] <= r["value"] <= f["value_high"] and r["value_low"] <= f["value"] <= r["value_high"]
            same_kind = r["qualifier"] != "vague" and f["qualifier"] != "vague"
            if same_kind and (close or mutual):
                fam_rows.append(i)
                break
        else:
            out.append([i])
    return [rows.loc[ix] for ix in out]


def what_for(top: pd.DataFrame) -> str:
    """What sets a family of figures apart from the subject's others, when those of its claims that say it agree:
    the month and place of a trade flow (" (Sep)", " (May, United States)"), what a rate is of (" (revenue)") when
    each claim names it; else "" (also when two claims of it say two things)."""
    flows = {flow_label(str(r["subject"]), _s(r.get("quote"))) for _, r in top.iterrows()} - {""}
    if len(flows) == 1:
        return f" ({flows.pop()})"
    of = {_s(r.get("measure_of")) for _, r in top.iterrows()}  # (each claim must name it: a share price's 12 % and
    return f" ({of.pop()})" if len(of) == 1 and "" not in of and not flows and str(top["subject"].iloc[0]) in RATE_SUBJECTS \
        else ""  # exports' 12 % are two figures)


def representative(top: pd.DataFrame) -> pd.Series:
    """The claim that states a family of figures: one written in the unit compared ("145 metres", as most sources
    write it, not one source's "475 feet"), exact before hedged, first in value and document order otherwise."""
    counted = top["counted"] if "counted" in top else top["unit"]
    return top.assign(_w=[written_scale(_s(c), _s(u)) != 1.0 for c, u in zip(counted, top["unit"])],
                      _x=top["qualifier"] != "exact").sort_values(["_w", "_x"], kind="stable").iloc[0]


def _touches(conflicts: pd.DataFrame, claims: pd.DataFrame, top: pd.DataFrame) -> bool:
    """Whether a conflict sets a figure of the best-supported family ``top`` (by its claims' values) against another."""
    values = dict(zip(claims["claim_id"], claims["value"])) if "claim_id" in claims else {}
    lo, hi = float(top["value"].min()), float(top["value"].max())
    return any(lo <= float(values.get(c, float("nan"))) <= hi for c in [*conflicts["claim_a"], *conflicts["claim_b"]])


def _subject_finding(a, view: pd.DataFrame, key: str, g: pd.DataFrame, cite: Citations, main: list[str],
                     actors: dict[str, str] | None = None, countries: dict[str, str] | None = None,
                     one: dict[str, str] | None = None) -> Finding:
    """The finding for one subject's claims ``g``: its best-supported figure, then the others (a running
    count, such as a death toll: its figures by day, :mod:`helpers.present.brief_running`)."""
    g = g.drop_duplicates(["doc_id", "text"]).sort_values(["value_low", "doc_id", "start"], kind="stable")
    ids = sorted(set(g["doc_id"]))
    tally = key not in running_totals() and 2 * sum(is_tally(r) for r in g.to_dict("records")) > len(g)
    if key in running_totals() or tally:  # (a tally confirmed day by day: "about 50" on 24 April, 54 the next day)
        g = g[[not o for o in other_events(g, a.docs)]]  # (not another named event's: Kalmaegi's toll on a page
        # about Fung-wong)
        conf, body, latest = running_body(g, view, cite, amount, _gloss, countries)
        conf = "a tally, confirmed day by day" if tally else conf
        disputes = _page_disputes(a.conflicts, key, one) if latest.endswith(")") else ""
        latest = latest[:-1] + disputes + ")" if disputes else latest  # ("≥ 22 (2025-10-15; disputed within a page: …)")
        return Finding(heading(subject_name(key)), conf, body, (0 if key in main else 2, main.index(key) if key
                       in main else 0, -independent_count(view, set(ids)), -len(ids), key), key, len(ids), 0, latest)
    fams = sorted(value_families(a, g), key=lambda f: (-independent_count(view, set(f["doc_id"])),
                                                        -f["doc_id"].nunique(), float(f["value_low"].min())))
    top, n_top = fams[0], independent_count(view, set(fams[0]["doc_id"]))
    ai = set(view.loc[view["ai_generated"], "doc_id"])
    num = a.conflicts[(a.conflicts["kind"] == "numeric") & (a.conflicts["subject"].map(subject_key).map(
        lambda k: (one or {}).get(k, k)) == key)]
    serious = num[num["severity"].isin(SERIOUS)]
    slips = serious[(serious["doc_a"] == serious["doc_b"]) & serious["doc_a"].isin(set(top["doc_id"]))]
    serious = serious.drop(slips.index)  # (a page that gives the top figure and mistypes it once contradicts itself:
    # "10GW（10億瓦）" does not dispute the 10 GW six sources give)
    aside = len(serious) > 0 and not _touches(serious, a.claims, top)  # (the Three Gorges' 88.2 against over 100 TWh
    # on pages about Medog, whose 300 TWh nine sources agree on: the top figure is not disputed)
    conf = _confidence(set(ids) <= ai, len(serious) > 0 and not aside, n_top, top["doc_id"].nunique(),
                       independent_count(view, set(ids)))
    body: list = []
    if n_top >= 2:
        rep = representative(top)
        ahead = what_for(top) + (" (a forecast)" if top["is_forecast"].astype(bool).all() else "")  # ("about $5.5
        body += [f"{amount(rep)}{ahead}, given by {n_top} independent sources ("]  # billion" expected: not the charge)
        for i, (_, r) in enumerate(top.iterrows()):
            body += [", " if i else "", A.strong(r["label"]), f" “{r['text']}”", cite.claim(r, _gloss(r))]
        whose = _whose_figure(top, actors or {})
        body.append(")" + whose)
        if conf.startswith("established") and (top["qualifier"] == "vague").all():  # "millions of homes", 数百万户:
            conf = f"unconfirmed: {n_top} independent sources give only a vague amount, no figure"  # no figure to sign
        if whose == NO_OWNER and conf.startswith("established"):  # the same $20 billion from two estimators who are
            conf = f"whose unclear: {n_top} independent sources give the figure, naming no one in common"  # not named
        others = pd.concat(fams[1:]) if len(fams) > 1 else g.iloc[0:0]
        lead = ". Other figures of this kind, maybe of other things: " if subject_key(key) in coarse_subjects() \
            else ". Other figures: "  # (a coarse subject, an age or a length, is of whom or what only words say:
        # the 2-year-old victim's age is no rival of the actor's 51)
    else:
        others, lead = g, ""
    if lead:  # (the other side of "364 votes to 194", given in the top figure's own sentences, is no dissent)
        beside = _beside(others, top)
        body += _listed(others[beside], ". Given beside it, in the same sentences: ", cite)
        body += _listed(others[~beside], lead if not beside.any() else "; other figures: ", cite)
    else:
        body += _listed(others, lead, cite)
    body.append(".")
    if len(serious):
        worst = serious.sort_values(["ratio", "label_a"], ascending=[False, True], kind="stable").iloc[0]
        why = _s(worst.get("why")) or (f"{worst['label_a']} and {worst['label_b']} are about "
                                       f"{float(worst['ratio']):.0f} times apart" if float(worst["ratio"]) >= 2 else
                                       f"{worst['label_a']} and {worst['label_b']} do not overlap")
        body.append(f" {len(serious)} pair{'s' if len(serious) > 1 else ''} of sources disagree"
                    f"{' on the other figures' if aside else ''}; the furthest: {why[:1].lower() + why[1:].rstrip('.')}.")
    if len(slips):
        why = _s(slips.sort_values(["ratio", "label_a"], ascending=[False, True], kind="stable").iloc[0].get("why"))
        n = slips["doc_a"].nunique()
        body.append(f" {'One' if n == 1 else n} of these sources contradict{'s itself' if n == 1 else ' themselves'}: "
                    f"{why[:1].lower() + why[1:]}")
    is_main = key in main
    told = subject_key(key) in coarse_subjects() and independent_count(view, set(ids)) >= 3  # (a cost many sources
    tier = 0 if is_main else RANK.get(conf.split(" ")[0], 5) + (10 if is_generic(key) and not told else 0)  # give)
    rank = (tier, main.index(key) if is_main else 0, -n_top, -len(ids), key)
    headline = amount(rep) + ahead if n_top >= 2 else ""
    scattered = not is_main and (conf.startswith("unconfirmed") and not len(serious) and spread(g) > 10
                                 or conf.startswith("single") and g["dimension"].eq("count").all()
                                 and float(g["value"].max()) < 10)
    n_other = independent_count(view, set(g["doc_id"])) - n_top if n_top >= 2 else 0  # (independent sources none of
    # whose pages gives the top figure: a retelling of a top source that changed the figure is no other source)
    return Finding(heading(subject_name(key)), conf, body, rank, key, len(ids), n_top, headline, scattered, n_other)


def _beside(others: pd.DataFrame, top: pd.DataFrame) -> pd.Series:
    """Which of ``others`` are given in the top figure's own sentences, a value that two pages or more set beside it
    there (the other side of "364 votes to 194"); a figure one page sets against it ("auditors put the real cost at
    $3.4 billion") stays another figure."""
    own = set(zip(top["doc_id"], top["quote"]))
    there = pd.Series([(d, q) in own for d, q in zip(others["doc_id"], others["quote"])], index=others.index, dtype=bool)
    pages = others.loc[there].groupby("value")["doc_id"].nunique()
    return pd.Series([t and pages.get(v, 0) >= 2 for t, v in zip(there, others["value"])], index=others.index, dtype=bool)


def _listed(rows: pd.DataFrame, lead: str, cite: Citations) -> list:
    """Figures after ``lead``, each with its source, quote and citation: six at most, the first three and the last
    three, with how many more."""
    body: list = []
    shown = rows if len(rows) <= 6 else pd.concat([rows.head(3), rows.tail(3)])
    for i, (_, r) in enumerate(shown.iterrows()):
        fc = ", a forecast" if r["is_forecast"] else _SCOPE_NOTE.get(r.get("scope"), "")
        body += [lead if i == 0 else "; ", A.strong(r["label"]), f" {amount(r)} (“{r['text']}”{fc})",
                 cite.claim(r, _gloss(r))]
    return body + [f" (and {len(rows) - 6} more)" if len(rows) > 6 else ""]


def _as_written(names: set[str], quotes: list[str]) -> list[str]:
    """Lower-cased names as the quotes write them ("openai": "OpenAI"), a name written right after another merged
    with it ("françois", "pinault": "François Pinault")."""
    shown = {}
    for n in sorted(names):
        m = next((m for q in quotes for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", q, re.I)] if m), None)
        shown[n] = m.group(0) if m else n.title() if n.isascii() else n  # (a page's organisation: "nvidia", Nvidia)
    merged = True
    while merged:
        merged = False
        for a_, b_ in [(x, y) for x in shown for y in shown if x != y]:
            both = f"{shown[a_]} {shown[b_]}"
            if any(both in q for q in quotes):
                shown[a_] = both
                del shown[b_]
                merged = True
                break
    return sorted(shown.values())


def _whose_figure(top: pd.DataFrame, actors: dict[str, str] | None = None) -> str:
    """For a subject that says whose only through a name (donations, investment, deaths): the names the sentences
    of the best-supported figure share ("; every source names Pinault with it"), else those at least two of its
    sources name, else that they name no one in common: the same amount of two owners is not one figure. A page
    whose sentence names no one lends it the organisation the page is about (``actors``: "the chipmaker" on a page
    about Nvidia)."""
    if str(top["subject"].iloc[0]) not in needs_name():
        return ""
    per_doc = [set().union(*(_anchors(around(dict(r))) for _, r in g.iterrows())) or
               ({actors[d]} if (actors or {}).get(d) else set()) for d, g in top.groupby("doc_id")]
    quotes = [str(q) for q in top["quote"]]
    shared = set.intersection(*per_doc) if per_doc else set()
    if shared:
        return f"; every source names {', '.join(_as_written(shared, quotes))} with it"
    counts = Counter(n for names in per_doc for n in names)
    most = {n for n, k in counts.items() if k >= 2}
    if most:
        return f"; {', '.join(_as_written(most, quotes))} named with it by some of these sources, not all"
    return NO_OWNER


def _gloss(r) -> str:
    """A claim's figure and what it counts ("2,205 deaths"); the subject once when the figure's unit already names
    it ("M6", not "M6 magnitude"; "20%", not "20% percent")."""
    shown, name = amount(r), subject_name(r["subject"])
    return shown if shown.endswith(f" {name}") or name == "percent" and shown.endswith("%") or \
        name == "magnitude" and shown.startswith("M") else f"{shown} {name}"


def _text_findings(a, cite: Citations) -> list[Finding]:
    """Places and names the sources disagree on."""
    out = []
    for r in a.conflicts[a.conflicts["kind"].isin(["place", "name"])].itertuples():
        text = a.docs.loc[a.docs["doc_id"] == r.doc_a, "clean_text"]
        at = text.iloc[0].find(_s(r.quote_a)) if len(text) and _s(r.quote_a) else -1
        marker = cite.quote(r.doc_a, at, at + len(r.quote_a)) if at >= 0 else ""
        why = _s(getattr(r, "why", None))
        if not why:
            why = (f"it is placed “{r.value_a}”, but the gazetteer has {r.value_b}" if r.kind == "place"
                   else f"it is written “{r.value_a}” where the gazetteer has {r.value_b}")
        title = f"A misplaced place: {r.subject}" if r.kind == "place" else f"A garbled name: {r.subject}"
        out.append(Finding(title, "disputed", [A.strong(r.label_a), f": {why}", marker, "."],
                           (1, 0, 0, 0, title)))
    return out


def compared_as_one(conflicts: pd.DataFrame, claims: pd.DataFrame) -> dict[str, str]:
    """Subject keys the conflicts table compares as one figure of a project (its budget against its cost, one family
    of ``data/project_fixtures.csv``), each mapped to the key of that figure with the most claims (ties: the first in
    alphabetical order): one finding says what the sources give for it. Other rows across subjects (a generic
    "money" against a cost, a loss against a market value) merge no findings."""
    from helpers.compare.projects import fixture_families

    family = {subject_key(k): v for k, v in fixture_families().items()}
    subject = dict(zip(claims["claim_id"], claims["subject"].map(subject_key)))
    num = conflicts[conflicts["kind"] == "numeric"] if len(conflicts) else conflicts
    links = {tuple(sorted((subject[x], subject[y]))) for x, y in zip(num.get("claim_a", []), num.get("claim_b", []))
             if x in subject and y in subject and subject[x] != subject[y]
             and family.get(subject[x]) is not None and family.get(subject[x]) == family.get(subject[y])}  # (only one
    # project's figure: a generic "money" or a market value set against a loss makes no finding of one quantity)
    group = {k: {k} for pair in links for k in pair}
    for x, y in sorted(links):
        merged = group[x] | group[y]
        for k in merged:
            group[k] = merged
    size = claims["subject"].map(subject_key).value_counts()
    return {k: min(g, key=lambda s: (-int(size.get(s, 0)), s)) for k, g in group.items()}


def findings(a, view: pd.DataFrame, cite: Citations, main: list[str], limit: int = 8) -> list[Finding]:
    """Findings ranked by importance: main subjects first, then by independent sources; subjects the conflicts table
    compares as one quantity make one finding (:func:`compared_as_one`)."""
    c = with_subject(a.claims)
    one = compared_as_one(a.conflicts, a.claims)
    c["key"] = c["subject"].map(subject_key).map(lambda k: one.get(k, k))
    actors = doc_actors(a.claims, a.docs) if len(a.claims) else {}
    countries = {d: page_country(t) for d, t in zip(a.docs["doc_id"], a.docs["clean_text"])} \
        if "clean_text" in a.docs and c["key"].isin(running_totals()).any() else {}  # (each page's own country)
    out = [_subject_finding(a, view, key, g, cite, main, actors, countries, one) for key, g in c.groupby("key", sort=True)]
    out = [f for f in out if not f.scattered and f.body]  # (a running count whose figures are all another event's says
    # nothing of this story;) unrelated counts of one noun ("companies: 2, 3, >30, 500": no two
    # sources agree, none disagree, more than ten times apart) and one source's passing "two signals" are not findings
    out += _text_findings(a, cite)
    ai = view[view["ai_generated"]]
    if len(ai):
        only = sorted(f.subject for f in out if f.confidence.startswith("unverified") and f.subject)
        out = [f for f in out if not (f.confidence.startswith("unverified") and f.subject)]
        one = len(ai) == 1
        names = ", ".join(ai["label"])
        tail = f"; figures only {'it gives' if one else 'they give'} ({', '.join(only)}) are not confirmed" if only \
            else "; a figure only they give would not be confirmed"
        out.append(Finding("AI-written sources", "unverified", [
            f"{names} mark{'s' if one else ''} {'its' if one else 'their'} own text as AI-generated{tail}."],
            (RANK["ai"], 0, 0, 0, "ai")))
    out.sort(key=lambda f: f.rank)
    return out[:limit]


def blocks(found: list[Finding]) -> list[A.Node]:
    """The findings as a bullet list: heading and confidence in bold, then the statement."""
    if not found:
        return [A.para("No source gives a figure or a name the brief could compare.")]
    return [A.bullets([[A.para(A.strong(f"{f.title} — {f.confidence}. "), f.body)] for f in found])]


def _page_disputes(conflicts: pd.DataFrame, key: str, one: dict[str, str] | None) -> str:
    """What a running count's bottom line adds when a page itself disputes one of its figures
    (:mod:`helpers.compare.disputes`): "; disputed within a page: ≥ 22 against 12" (the first such pair); "" when
    none."""
    if conflicts is None or conflicts.empty:
        return ""
    rows = conflicts[(conflicts["kind"] == "numeric") & conflicts["why"].str.contains(DISPUTE_WHY, regex=False)
                     & (conflicts["subject"].map(subject_key).map(lambda k: (one or {}).get(k, k)) == key)]
    pairs = list(dict.fromkeys(f"{r.value_a} against {r.value_b}" for r in rows.itertuples()))
    return f"; disputed within a page: {pairs[0]}" if pairs else ""


def _disputed(f: Finding) -> str:
    name = f.title[0].lower() + f.title[1:]
    return f"{name} (most support: {f.headline}, from {f.n_independent} independent sources)" if f.headline else name


def _besides(f: Finding) -> str:
    """What an established figure's line adds when other independent sources give the subject other figures, none
    found to contradict it (two turbines running against the dam's 13): the reader checks what each counts."""
    if not f.n_other:
        return ""
    return f"; {'another source gives' if f.n_other == 1 else f'{f.n_other} other sources give'} a different one"


def bottom_line(a, view: pd.DataFrame, found: list[Finding], of: int | None = None) -> A.Node:
    """One paragraph: how many sources and independent ones, what is established, disputed, unverified."""
    n, k = len(a.docs), view["independent_group"].nunique()
    scope = f" (the ones this brief covers, of {of})" if of and of > n else ""
    parts = ["One source." if n == 1 else f"{n} sources{scope}, {k} of them independent once retellings are "
             "counted with what they retell."]

    found = [f for f in found if not is_generic(f.subject)]  # "money, USD 500 billion" says what, not of what
    est = [f for f in found if f.confidence.startswith("established")]
    dis = [f for f in found if f.confidence == "disputed"]
    single = [f for f in found if f.confidence.startswith("single")]
    loose = [f for f in found if f.confidence.startswith("unconfirmed")]
    unowned = [f for f in found if f.confidence.startswith("whose unclear")]
    running = [f for f in found if f.confidence.startswith("a running count") and f.headline]
    tallies = [f for f in found if f.confidence.startswith("a tally") and f.headline]
    measures = [f for f in found if f.confidence.startswith("a measure that changes") and f.headline]
    if running:  # a death toll leads: its latest bulletin
        parts.append(" Running counts, latest bulletin: " + "; ".join(f"{f.title.lower()}, {f.headline}"
                                                                    for f in running) + ".")
    if tallies:  # guests confirmed day by day: the latest day's tally
        parts.append(" Tallies, latest day: " + "; ".join(f"{f.title.lower()}, {f.headline}" for f in tallies) + ".")
    if measures:  # a storm's wind speed: the latest day's
        parts.append(" Measures, latest day: " + "; ".join(f"{f.title.lower()}, {f.headline}" for f in measures) + ".")
    for label, group in ((" Established: ", [f for f in est if not f.n_other]),
                         (" Most repeated, though other sources give other figures: ", [f for f in est if f.n_other])):
        if group:  # (a side's claim four sources repeat, "58 soldiers", against the other side's 23, is not established)
            parts.append(label + "; ".join(f"{f.title.lower()}, {f.headline} ({f.n_independent} independent "
                                           f"sources{_besides(f)})" for f in group) + ".")
    if unowned:
        parts.append(" One figure, but whose is unclear (its sources name no one in common): " + "; ".join(
            f"{f.title.lower()}, {f.headline} ({f.n_independent} independent sources)" for f in unowned) + ".")
    if dis:
        parts.append(" Disputed: " + "; ".join(_disputed(f) for f in dis) + ".")
    if loose:
        parts.append(" Unconfirmed (independent sources give different figures, none shared): "
                     + "; ".join(f.title.lower() for f in loose) + ".")
    if single:
        parts.append(" From one source only: " + "; ".join(f.title.lower() for f in single) + ".")
    ai = list(view.loc[view["ai_generated"], "label"])
    if ai:
        parts.append(f" AI-written: {', '.join(ai)}.")
    if not (est or dis or single or loose or unowned or running):
        parts.append(" No source gives a number the brief could compare.")
    return A.para(A.strong("Bottom line. "), "".join(parts))
