"""The brief's reference sections as document-tree blocks: conflicts, who retells whom, the
timeline and forecasts, what each source says, the sources, what to check next, the method.
All source text goes in as plain text nodes (:mod:`helpers.present.brief_ast`)."""
from __future__ import annotations

import json

from pathlib import Path

import pandas as pd

from helpers.present import brief_ast as A
from helpers.present.brief_cite import Citations
from helpers.present.brief_findings import amount
from helpers.present.brief_sources import safe_url, subject_key, subject_name, with_subject
from helpers.present.plots_brief import event_label
from helpers.extract.timeline import format_date

#: how a claim that is not a forecast but a plan, or a part of a total, is marked in the brief
_SCOPE_NOTE = {"planned": ", a plan", "part": ", part of a total", "joint": ", several together"}


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


#: how many rows a section lists before it points to the table that holds them all (a long report or a page
#: written as one line can hold thousands of figures; a brief an editor reads cannot)
MAX_CONFLICT_ROWS, MAX_NUMBERS_PER_SOURCE, MAX_TIMELINE_ROWS = 40, 30, 80


def _more(n: int, table: str) -> list[A.Node]:
    return [A.para(f"… and {n} more, in tables/{table}.csv.")] if n > 0 else []


def conflicts(a, cite: Citations) -> list[A.Node]:
    """A table of the numeric conflicts, the most serious first (the first :data:`MAX_CONFLICT_ROWS`)."""
    num = a.conflicts[a.conflicts["kind"] == "numeric"]
    if num.empty:
        return [A.para("The sources' numbers do not contradict each other.")]
    order = {"high": 0, "medium": 1, "low": 2, "wording": 3}
    loose = num[num["severity"] == "wording"]
    num = num[num["severity"] != "wording"]
    note = [A.para(f"Looser wording, not a contradiction ({len(loose)}): a vague word such as "
                   f"“{_first_vague(loose, a.claims)}” beside a number; the numbers chart shows each range.")] if len(loose) else []
    if num.empty:
        return [A.para("The sources' numbers do not contradict each other.")] + note + [A.para(CONFLICT_RULE)]
    num = num.assign(_o=num["severity"].map(lambda s: order.get(s, 4))).sort_values(
        ["_o", "ratio", "label_a", "label_b"], ascending=[True, False, True, True], kind="stable")
    claims = a.claims.set_index("claim_id")
    rows = []
    for r in num.head(MAX_CONFLICT_ROWS).itertuples():
        ca, cb = claims.loc[r.claim_a], claims.loc[r.claim_b]
        ra, rb = {**ca.to_dict(), "claim_id": r.claim_a}, {**cb.to_dict(), "claim_id": r.claim_b}
        why = _s(getattr(r, "why", None)) or f"{float(r.ratio):.1f} times apart; their ranges do not overlap"
        rows.append([A.text(subject_name(r.subject)), A.text(r.label_a), A.inlines(amount(ra), cite.claim(ra)),
                     A.text(r.label_b), A.inlines(amount(rb), cite.claim(rb)), A.text(r.severity), A.text(why)])
    return [A.table(["Subject", "Source", "Says", "Source", "Says", "Severity", "Why"], rows,
                    [0.12, 0.11, 0.14, 0.11, 0.14, 0.1, 0.28])] + _more(len(num) - MAX_CONFLICT_ROWS, "conflicts") \
        + note + [A.para(CONFLICT_RULE)]


#: how conflicts are judged, said under the table
CONFLICT_RULE = ("Only comparable statements are compared: the same subject, unit and scope (built or planned, "
          "the actor named). Two different precise values conflict even when close, the severity growing with "
          "the gap; a hedge that admits both values, or rounding, is not a conflict.")


def _first_vague(loose: pd.DataFrame, claims: pd.DataFrame) -> str:
    texts = claims.set_index("claim_id")["text"]
    for c in list(loose["claim_a"]) + list(loose["claim_b"]):
        t = texts.get(c)
        if isinstance(t, str) and not any(ch.isdigit() for ch in t):
            return t
    return "a vague word"


def provenance(view: pd.DataFrame) -> list[A.Node]:
    """Who retells whom, with the evidence, and which sources count as independent."""
    items, alone = [], []
    labels = dict(zip(view["doc_id"], view["label"]))
    retold = set(view["derives_from"])
    for r in view.itertuples():
        kind = r.kind or "other"
        ai = "; it marks itself as AI-generated" if r.ai_generated else ""
        if not r.derives_from and not r.ai_generated:
            (items if r.doc_id in retold else alone).append(
                [A.para(A.strong(r.label), f" ({kind}) retells no other source found.")] if r.doc_id in retold else r.label)
            continue
        if r.derives_from == "outside:unknown":
            what = (" retells an original that is not in the corpus and that no source names (it shares "
                    "distinctive figures, names and wording with other sources, without credit)")
        elif r.derives_from.startswith("outside:"):
            src = r.derives_label or r.derives_from.split(":", 1)[1]
            what = f" credits {src}, which is not in the corpus"
        elif r.derives_from:
            src = labels.get(r.derives_from, r.derives_label)
            how = {"credited": "credits and retells", "uncredited": "retells, without credit,"}.get(r.relation, "retells")
            what = f" {how} {src}"
        else:
            what = " retells no other source found"
        first = r.evidence.split(";")[0].strip()
        ev = f" ({first})" if first and r.derives_from and not r.derives_from.startswith("outside:") else ""
        items.append([A.para(A.strong(r.label), f" ({kind}){what}{ev}{ai}.")])
    if alone:
        items.append([A.para(f"Independent, neither retelling nor retold ({len(alone)}): {', '.join(alone)}.")])
    groups = view.groupby("independent_group", sort=True)["label"].apply(lambda x: ", ".join(sorted(x)))
    shared = [g for g in groups if "," in g]
    note = (" Counted together as one source: " + "; ".join(shared) + ".") if shared else ""
    return [A.bullets(items), A.para(f"{len(groups)} independent sources among {len(view)}.{note}")]


def timeline(a, cite: Citations) -> list[A.Node]:
    """Dated statements as a table (publication dates cite their dateline), unplaced dates after."""
    rows, unresolved = [], []
    docs = a.docs.set_index("doc_id")
    fine = {"day": 0, "month": 1, "quarter": 2, "year": 3, "period": 4}
    ev = a.events.assign(_f=a.events["precision"].map(lambda p: fine.get(p, 5)))
    ev = ev.assign(_q=[event_label(r, 90) for r in ev.itertuples()]).sort_values(["doc_id", "_q", "_f"], kind="stable")
    ev = ev[(ev["event_type"] != "statement") | ~ev.duplicated(["doc_id", "_q", "event_type"])]
    for r in ev.sort_values(["is_forecast", "date_start", "event_id"], kind="stable",
                            na_position="last").itertuples():
        if r.event_type == "publication" and fine.get(r.precision, 5) > fine["month"]:
            continue  # "published in 2025" places nothing on a story's timeline
        if r.event_type == "publication":
            mark = ""
            for rs, re_, reason in json.loads(docs.loc[r.doc_id, "removals"]):
                if reason == "dateline":
                    mark = cite.raw(r.doc_id, rs, re_)
                    break
            rows.append([A.text(_s(r.date_text)), A.text(r.label), A.inlines("published", mark), A.text("")])
            continue
        if not r.resolved:
            unresolved += [", " if unresolved else "", f"“{r.date_text}” in {r.label}",
                           cite.quote(r.doc_id, int(r.start), int(r.end))]
            continue
        when = format_date(r.date_start, r.date_end, r.precision)
        rows.append([A.text(when), A.text(r.label), A.inlines(event_label(r, 90), cite.quote(r.doc_id, int(r.start),
                                                                                          int(r.end))),
                     A.text("forecast" if r.is_forecast else r.precision)])
    out = [A.table(["When", "Source", "What", "Note"], rows[:MAX_TIMELINE_ROWS], [0.15, 0.13, 0.57, 0.15])] \
        + _more(len(rows) - MAX_TIMELINE_ROWS, "events") if rows else []
    if unresolved:
        out.append(A.para("Not placed on the calendar (their source is undated): ", unresolved, "."))
    return out or [A.para("No source gives a date the brief could place.")]


def by_source(a, cite: Citations, main: list[str]) -> list[A.Node]:
    """What each source says: one row per source, its numbers grouped by subject."""
    rows = []
    c = with_subject(a.claims)
    c["key"] = c["subject"].map(subject_key)
    c["_o"] = c["key"].map(lambda k: main.index(k) if k in main else len(main))
    for d in a.docs.itertuples():
        mine = c[c["doc_id"] == d.doc_id].drop_duplicates(["key", "text"]).sort_values(["_o", "key", "start"],
                                                                                       kind="stable")
        cell: list = []
        for i, (_, r) in enumerate(mine.head(MAX_NUMBERS_PER_SOURCE).iterrows()):
            fc = ", forecast" if r["is_forecast"] else _SCOPE_NOTE.get(r.get("scope"), "")
            cell += ["; " if i else "", f"{subject_name(r['key'])}: {amount(r)} (“{r['text']}”{fc})",
                     cite.claim(r, f"{amount(r)} {subject_name(r['key'])}")]
        more = len(mine) - MAX_NUMBERS_PER_SOURCE  # (the rest are in the claims table)
        cell += [f"; and {more} more, in tables/claims.csv"] if more > 0 else []
        rows.append([A.text(d.label), A.inlines(*cell) if cell else A.text("no numbers")])
    return [A.table(["Source", "Numbers it gives"], rows, [0.18, 0.82])]


def sources(view: pd.DataFrame) -> list[A.Node]:
    """The sources: title, outlet and author, date, address when known, kind."""
    rows = []
    for r in view.itertuples():
        url = safe_url(r.url)
        addr = [A.link(url, url)] if url else A.text("—")
        outlet = "; ".join(x for x in (r.outlet or (f"credits {r.credit}" if r.credit else ""),
                                       f"by {r.author}" if r.author else "") if x) or "—"
        kind = (r.kind or "other") + (", AI-written" if r.ai_generated else "")
        rows.append([A.text(r.label), A.text(r.title or "untitled"), A.text(outlet), A.text(r.published or "undated"),
                     addr, A.text(kind)])
    return [A.table(["Source", "Title", "Outlet", "Published", "Address", "Kind"], rows,
                    [0.12, 0.3, 0.14, 0.11, 0.21, 0.12])]


def check_next(a, view: pd.DataFrame, found) -> list[A.Node]:
    """Leads for the next reporting step, from provenance and the findings."""
    items = []
    outside = view[view["derives_from"].str.startswith("outside:")]
    for src_id, g in outside.groupby("derives_from", sort=True):
        labels = ", ".join(g["label"])
        credited = g[g["relation"] == "credited"] if "relation" in g else g
        if src_id == "outside:unknown" or credited.empty:
            items.append(f"Find the original that {labels} retell{'s' if len(g) == 1 else ''}: they share distinctive "
                         "figures, names and wording, but none names its source and the corpus does not hold it.")
        else:
            src = g["derives_label"].iloc[0] or src_id.split(":", 1)[1]
            items.append(f"Find the original by {src}: {', '.join(credited['label'])} "
                         f"credit{'s' if len(credited) == 1 else ''} it, but the corpus does not hold it.")
    for f in found:
        if f.confidence == "disputed" and f.subject:
            items.append(f"Settle the {subject_name(f.subject)} figure: the sources disagree (see the table "
                         "of disagreements).")
        elif f.confidence.startswith("single") and f.subject:
            items.append(f"Confirm the {subject_name(f.subject)} figure with a second, independent source.")
        elif f.confidence.startswith("unverified"):
            items.append(f"Trace what the AI-written sources say to a human-written original ({f.title.lower()}).")
        elif f.confidence == "disputed":
            items.append(f"Check {f.title[0].lower() + f.title[1:]} against a gazetteer or the original.")
    undated = view[view["published"] == ""]
    if len(undated):
        items.append(f"Date the undated sources ({', '.join(undated['label'])}): their relative dates stay unplaced.")
    return [A.bullets([[A.plain(t)] for t in items])] if items else [A.para("Nothing outstanding.")]


METHOD = ("Numbers are read from the cleaned texts with their hedges (“approximately”, “more than”, “tens of "
          "thousands”), bound to what they count, and turned into ranges; only comparable statements (same "
          "subject, unit and scope) are compared, and a vague word beside a number is not a conflict. A retelling "
          "is found from attribution phrases, shared wording, shared numbers and publication order, and counts "
          "with what it retells: confidence labels count independent sources, not documents. Relative dates are "
          "anchored on a source's publication date and left unplaced when it is unknown. Each quoted passage is a "
          "whole sentence, exact, with the raw file and line it sits on; quotes stay in their original language, "
          "with the figure glossed in English.")


def method(a, view: pd.DataFrame) -> list[A.Node]:
    """The method, then caveats computed from this corpus."""
    caveats = ["Numbers are found automatically: a figure written in an unusual way may be missed, and the "
               "subject of a number is read from the words near it."]
    n_undated = int((view["published"] == "").sum())
    if n_undated:
        caveats.append(f"{n_undated} of {len(view)} sources are undated, so who came first is partly a guess.")
    if view["ai_generated"].any():
        caveats.append("Some sources mark their text as AI-generated; their figures count, but not as confirmation.")
    caveats.append("Sources the corpus does not hold are named where a retelling credits them, and not analysed.")
    problems = getattr(a, "problems", None)  # files a build told to skip bad input left out: said, never silent
    if isinstance(problems, pd.DataFrame) and len(left := problems[problems["severity"] == "error"]):
        caveats.append(f"{len(left)} file(s) of the folder could not be loaded and are left out: "
                       + "; ".join(f"{Path(str(f)).name} ({p})" for f, p in zip(left["file"], left["problem"])) + ".")
    return [A.para(METHOD), A.bullets([[A.plain(c)] for c in caveats])]
