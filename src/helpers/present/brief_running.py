"""Findings for running counts (death tolls, injured, missing: ``data/running_totals.csv``): each bulletin
counts anew, so the figures are told in the order of their day, from the first to the latest, not as one
"established" figure with the rest as dissent."""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from helpers.compare.comparable import named_days, statistic_kinds
from helpers.compare.count_countries import count_country, country_label
from helpers.compare.count_starts import count_start, start_label, starts_differ
from helpers.compare.local_places import local_place
from helpers.compare.owners import around
from helpers.compare.prices import another_titles, change_start, earlier_event, hours_of
from helpers.compare.whole_tallies import story_day, whole_apart
from helpers.core.lexicon import alternation
from helpers.present import brief_ast as A
from helpers.present.brief_cite import Citations

#: how far before a figure a word of denial is read ("Je démens de façon formelle que nous ayons 60.000")
DENIAL_REACH = 80
#: how many of a running count's figures a finding lists (the earliest and the latest ones)
SHOWN = 6
#: a page's figure this many times smaller than its largest of the same day is a part of it, not another bulletin
PART_RATIO = 5
#: how many countries' latest figures the bottom line gives for a toll counted in several countries
COUNTRIES_SHOWN = 3
#: how many times the latest bulletin's figure an earlier day's must be for the bottom line to say so (a count of
#: homes destroyed from "over 25,000" to 432: another scope, or a slip)
FELL_RATIO = 10


def _day(r, published: dict[str, str]) -> str:
    """The day a figure is for: the first day its sentence names, else its page's publication date."""
    days = sorted(named_days(str(r["quote"] or "")))
    return days[0] if days else str(published.get(r["doc_id"], "") or "")[:10]


#: places whose counts are never a bulletin of the story's own count (``helpers.compare.local_places``)
_APART = ("the world", "abroad")


@lru_cache(maxsize=1)
def _earlier_bulletin_rx() -> re.Pattern[str]:
    """A figure its sentence gives as an earlier bulletin's (``data/earlier_bulletin_markers.csv``: "un précédent bilan
    faisait état de 8 morts", 此前): never the latest figure of its day."""
    return alternation("earlier_bulletin_markers.csv")


@lru_cache(maxsize=1)
def _denial_rx() -> re.Pattern[str]:
    return alternation("denial_markers.csv")


def denied(quote: object, text: object) -> bool:
    """Whether the sentence ``quote`` denies the figure ``text`` or calls it a rumour before it
    (``data/denial_markers.csv``)."""
    if not isinstance(quote, str) or not isinstance(text, str) or text not in quote:
        return False
    i = quote.find(text)
    return bool(_denial_rx().search(quote, max(0, i - DENIAL_REACH), i))


def running_body(g: pd.DataFrame, view: pd.DataFrame, cite: Citations, amount, gloss,
                 countries: dict[str, str] | None = None) -> tuple[str, list, str]:
    """(label, body, latest) for a running count's claims ``g``: its figures by day, the earliest first and the
    latest last, undated ones after them; ``latest`` is the last day's figure for the bottom line ("274
    (2025-07-12)", "274 or 260 (2025-07-12, sources differ)", "128 or 94 (2025-11-28, bulletins of different
    hours)"; "" when no figure is dated); ``amount``/``gloss``
    write a figure and its citation gloss as the other findings do; ``countries`` gives each page's own country
    (:func:`helpers.compare.count_countries.page_country`) for figures whose sentence names none. A toll counted in
    several countries is told country by country ("40 in Mayotte (2025-01), 120 in Mozambique (2024-12-24)")."""
    published = dict(zip(view["doc_id"], view["published"]))
    day = story_day(g["quote"].tolist(), [published.get(d) for d in g["doc_id"]])
    g = g[[not earlier_event(s, q, published.get(d), t, day) for s, q, d, t in zip(g["subject"], g["quote"],
                                                                                    g["doc_id"], g["text"])]]
    g = g.assign(_country=[count_country(q, t, (countries or {}).get(d, ""))
                           for q, t, d in zip(g["quote"], g["text"], g["doc_id"])])
    g = g.drop_duplicates(["doc_id", "text", "_country"])  # (not an earlier event's toll the page recalls: the 2007
    # collapse's 13; the same figure twice on a page is one, unless given for two countries: "sept en Roumanie, sept
    # en Pologne")
    g = g[[not change_start(q, t) and not another_titles(q, t) for q, t in zip(g["quote"], g["text"])]]  # the old level
    # of a change is no bulletin, nor another film's gross given beside its title ("超過《長津湖》(57.75億人民幣)")
    if "scope" in g:  # nor a part of a count ("only 39 of the 128 dead have been identified")
        g = g[g["scope"].fillna("") != "part"]
    if "quote" in g:  # nor a figure its sentence denies ("Je démens ... que nous ayons 60.000 disparus")
        g = g[pd.Series([not denied(q, t) for q, t in zip(g["quote"], g["text"])], index=g.index, dtype=bool)]
    if "is_forecast" in g:  # a forecast is no bulletin ("预测最终票房或达160亿元", "the toll could reach 500")
        g = g[~g["is_forecast"].fillna(False).astype(bool)]
    if "dimension" in g:  # nor another statistic of a measure ("a moyenne pour l'ensemble de l'année est de 60 cm")
        g = g[[d != "other" or not statistic_kinds(around({"quote": q, "text": t}), s)
               for d, q, t, s in zip(g["dimension"], g["quote"], g["text"], g["subject"])]]
    if g.empty:
        return "a running count, recounted in each bulletin", [], ""  # (every figure another event's: no finding)
    g = g.assign(_place=[local_place(q, t) for q, t in zip(g["quote"], g["text"])])
    local = g[g["_place"] != ""]
    if (g["_place"] == "").sum() >= 2:  # a county's or a town's count is told apart, not as a bulletin of the story's
        g = g[g["_place"] == ""]
    else:  # (the world's and the count abroad always are: "80 deaths reported globally")
        local = local[local["_place"].isin(_APART)]
        g = g[~g["_place"].isin(_APART)]
    whole = g[whole_apart(list(g["quote"]), list(g["text"]), list(g["value"]), [published.get(d) for d in g["doc_id"]],
                          list(g["qualifier"] == "vague") if "qualifier" in g else [False] * len(g))]
    g = g.drop(whole.index)  # (a whole war's toll, many times the story's own: "The war has killed at least 40,000")
    g = g.assign(_day=[_day(r, published) for _, r in g.iterrows()])
    g = g.assign(_undated=g["_day"] == "").sort_values(["_undated", "_day", "value", "doc_id", "start"], kind="stable")
    label = "a running count, recounted in each bulletin" if "dimension" not in g or (g["dimension"] == "count").all() \
        else "a measure that changes with time, given by day"  # (a storm's wind speed, a river's level)
    named = g.loc[g["_country"] != "", "_country"].value_counts()
    if len(named) < 2:  # one country's toll, or none named: one sequence of bulletins
        body, latest = _sequence(g, cite, amount, gloss, "")
    else:  # a toll counted in several countries: each its own bulletins ("45 in Mozambique", "13 in Malawi")
        body, latests = [], []
        most = g.groupby("_country")["value"].max()  # (the country with most figures first, then the largest toll)
        order = sorted(named.index, key=lambda c: (-named[c], -most[c], c)) + ([""] if (g["_country"] == "").any() else [])
        for country in order:
            where = f" in {country_label(country)}" if country else " with no single country named"
            part, last = _sequence(g[g["_country"] == country], cite, amount, gloss, where)
            body += [A.strong(f"{country_label(country)}: " if country else "No single country named: ")] + part + [" "]
            latests += [(country, last)] if last else []  # (a total of several countries too: "24 with no single
        shown = [x for c, x in latests if c][:COUNTRIES_SHOWN] + [x for c, x in latests if not c]  # country named")
        latest = ", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else "".join(shown)
    body += _told_apart(" Counts for one place, told apart: ", local, cite, amount, gloss, lambda r: f" in {r['_place']}")
    body += _told_apart(" Tolls of a longer period (a whole war, or counted since long before), told apart: ", whole,
                        cite, amount, gloss)
    return label, body, latest


def _told_apart(lead: str, rows: pd.DataFrame, cite: Citations, amount, gloss, where=lambda r: "") -> list:
    """The inlines listing figures told apart from a running count's bulletins after ``lead`` (a place's count, a
    whole war's toll): up to half of :data:`SHOWN` of them, ``where`` naming each one's place; [] when none."""
    if rows.empty:
        return []
    body: list = [lead]
    for i, (_, r) in enumerate(rows.head(SHOWN // 2).iterrows()):
        body += ["; " if i else "", A.strong(r["label"]), f" {amount(r)}{where(r)} (“{r['text']}”)", cite.claim(r, gloss(r))]
    return body + [f"{' (and ' + str(len(rows) - SHOWN // 2) + ' more)' if len(rows) > SHOWN // 2 else ''}."]


def _fell_from(dated: pd.DataFrame, shown: pd.DataFrame, day: str, amount) -> str:
    """What the latest bulletin's words add when an earlier day's figure was at least ``FELL_RATIO`` times what the
    latest allows ("432 (2025-12; earlier bulletins gave more: > 25,000 on 2025-11)": another scope, or a slip, for
    the reader to check); "" otherwise."""
    if "value_low" not in dated or "value_high" not in shown:
        return ""
    before = dated[(dated["_day"] < day) & (dated["value_low"] >= FELL_RATIO * shown["value_high"].max())]
    if before.empty:
        return ""
    r = before.loc[before["value_low"].idxmax()]
    return f"; earlier bulletins gave more: {amount(r)} on {r['_day']}"


def _sequence(g: pd.DataFrame, cite: Citations, amount, gloss, where: str) -> tuple[list, str]:
    """(body, latest) for one sequence of bulletins ``g`` (sorted by day, undated last): from the first figure to the
    latest, then the figures; ``where`` names the country after the latest figure (" in Mozambique") or is ""."""
    dated = g[g["_day"] != ""]
    if "qualifier" in dated and (dated["qualifier"] != "vague").any():  # a vague word is no bulletin ("scores more
        dated = dated[dated["qualifier"] != "vague"]  # badly injured" is not the latest count of the injured)
    body: list = []
    latest = ""
    if len(dated):
        day = dated.iloc[-1]["_day"]
        last_day = dated[dated["_day"] == day]
        later = last_day[[not _earlier_bulletin_rx().search(str(q)) for q in last_day["quote"]]]
        last_day = later if len(later) else last_day  # ("Un précédent bilan faisait état de 8 morts": superseded)
        top = last_day.groupby("doc_id")["value"].transform("max")  # a page's figure of a fifth of its largest that
        last_day = last_day[last_day["value"] * PART_RATIO > top]  # day is a part ("One person was killed at a quarry")
        starts = [count_start(str(q), str(t)) for q, t in zip(last_day["quote"], last_day["text"])][::-1]
        apart = starts_differ(starts)  # ("706 since 26 June", "≥ 393 since 14 August": two tallies)
        shown = last_day.iloc[::-1]
        if not apart and {"value_low", "value_high"} <= set(shown) and \
                shown["value_low"].max() <= shown["value_high"].min():  # ("12" and "au moins 12": one figure, agreed)
            exact = shown[shown["value_low"] == shown["value_high"]]
            shown = (exact if len(exact) else shown).head(1)
        values = list(dict.fromkeys(amount(r) + (f" since {start_label(k)}" if apart else "")
                                    for k, (_, r) in zip(starts, shown.iterrows())))
        hours = any(hours_of(str(q)) for q in last_day["quote"])  # ("arrêté à 6 heures", "at 3 p.m.")
        differ = "" if len(values) < 2 else ", counted from different days" if apart else \
            ", bulletins of different hours" if hours else ", sources differ"
        latest = f"{' or '.join(values[:3])}{where} ({day}{differ}{_fell_from(dated, shown, day, amount)})"
    if len(dated) >= 2:
        first, last = dated.iloc[0], dated.iloc[-1]
        body.append(f"From {amount(first)} ({first['_day']}) to {amount(last)} ({last['_day']}). ")
    shown = g if len(g) <= SHOWN else pd.concat([g.head(SHOWN // 2), g.tail(SHOWN // 2)])
    for i, (_, r) in enumerate(shown.iterrows()):
        when = f", {r['_day']}" if r["_day"] else ", undated"
        body += ["; " if i else "", A.strong(r["label"]), f" {amount(r)} (“{r['text']}”{when})", cite.claim(r, gloss(r))]
    body.append(f"{' (and ' + str(len(g) - SHOWN) + ' more)' if len(g) > SHOWN else ''}.")
    return body, latest
