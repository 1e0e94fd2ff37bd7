"""The brief's charts: the numbers that disagree and the timeline (who retells whom is in
:mod:`helpers.present.plots_provenance`).

Each returns ``(figure, data)`` on a fixed 7.2-inch canvas (labels are wrapped, never allowed
to widen it); the data is what the figure shows, for its CSV.
"""
from __future__ import annotations

import csv
import math
import re
from functools import lru_cache

import matplotlib.pyplot as plt
import pandas as pd

from helpers.present.figures import PALETTE, TWO_COLUMN, use_style
from helpers.core.paths import DATA_DIR
from helpers.present.brief_sources import heading, subject_name
from helpers.compare.count_countries import count_country, country_label
from helpers.compare.flow_months import flow_label
from helpers.compare.local_places import local_place
from helpers.compare.prices import another_titles, change_start, earlier_event, running_totals
from helpers.compare.named_events import other_events
from helpers.compare.whole_tallies import story_day, whole_apart
from helpers.compare.rate_periods import rate_key
from helpers.extract.per_period import per_words

KIND_COLOURS = {"original": PALETTE[0], "summary": PALETTE[1], "retelling": PALETTE[1], "aggregator": PALETTE[3],
                "blog": PALETTE[4], "press_release": PALETTE[2], "transcript": PALETTE[5], "social": PALETTE[6],
                "other": "#8C8C8C", None: "#BBBBBB"}
AI_COLOUR = "#333333"
WIDTH = TWO_COLUMN[0]


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def kind_colour(kind: object) -> str:
    return KIND_COLOURS.get(kind if isinstance(kind, str) and kind in KIND_COLOURS else None, KIND_COLOURS[None])


def _cells(ch: str) -> int:
    """Columns a character takes: 2 for East Asian wide characters."""
    import unicodedata

    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def wrap(text: str, width: int, lines: int = 2) -> str:
    """``text`` wrapped at ``width`` columns (a Chinese character counts two), at most ``lines``
    lines; the last ends with … if text was left out. Breaks at spaces, or anywhere in CJK text; a Latin word a
    little too long stays whole ("aggregator" in a box of 9), a much longer one is cut with … ("ctmanga.c om" never)."""
    words = re.findall(r"\S+\s*", " ".join(str(text).split())) or [""]
    out, line, used = [], "", 0
    for word in words:
        size = sum(map(_cells, word.strip()))
        if size > width and not _CJK_CHAR.search(word):
            word = word if size <= width * 1.5 else word.strip()[:max(1, int(width * 1.5) - 1)] + "… "
        for ch in (word if sum(map(_cells, word.strip())) > width and _CJK_CHAR.search(word) else [word]):
            w = sum(map(_cells, ch))
            if used + w > width and line.strip():
                out.append(line.rstrip())
                line, used = "", 0
            line, used = line + ch, used + w
    out.append(line.rstrip())
    if len(out) > lines:
        out = out[:lines]
        last = out[-1]
        while last and sum(map(_cells, last)) > width - 1:
            last = last[:-1]
        out[-1] = last.rstrip().rstrip("…") + "…"
    return "\n".join(out)


def _key(s: object) -> str:
    from helpers.present.brief_sources import subject_key

    return subject_key(s)


# --------------------------------------------------------------------------- numbers


def _axis_title(d: pd.DataFrame, subject: str) -> str:
    """The x axis's title: the subject, its currency or unit, and the period of a panel of rates ("a week")."""
    per = per_words(rate_key(d["per"].iloc[0])) if "per" in d and len(d) else ""
    return _unit_title(d, subject) + per


def _unit_title(d: pd.DataFrame, subject: str) -> str:
    cur = d["currency"].map(_s)
    unit = d["unit"].map(_s)
    if cur.any():
        return f"{subject}, {cur[cur != ''].iloc[0]}"
    if unit.any():
        u = unit[unit != ""].iloc[0]
        if u.lower() == subject.lower():
            return subject  # "magnitude", not "magnitude, magnitude"
        return f"{subject} (%)" if u == "percent" else f"{subject}, {u}"
    return f"number of {subject}"


def _comparable(d: pd.DataFrame) -> pd.DataFrame:
    """The claims of one subject that can share an axis: the most common unit, currency and period of a rate."""
    key = d["unit"].map(_s) + "|" + d["currency"].map(_s)
    if "per" in d:  # a week's loss and a total loss are two axes
        key = key + "|" + d["per"].map(rate_key)
    if "dimension" in d:  # after the claims table gains a dimension: count, money, energy, ...
        key = key + "|" + d["dimension"].map(_s)
    top = key.value_counts().sort_index().sort_values(ascending=False, kind="stable").index[0]
    return d[key == top]


#: a panel of the numbers chart draws at most this many numbers (the most shared ones)
NUMBERS_MAX_ROWS = 14


def _most_shared(d: pd.DataFrame, k: int, running: bool = False) -> pd.Series:
    """Which of the claims ``d`` to draw: all, or ``k`` of them: first up to ``k // 3`` of each figure (to two
    digits) in the order of how many sources share it, so the three most shared figures all show (BYD's 2.26
    million beside Tesla's 1.64 million), then every other figure once, then the rest of the most shared. For a
    ``running`` count (a death toll), its two largest figures first: the latest bulletins, however few share them."""
    if len(d) <= k:
        return pd.Series(True, index=d.index)
    rounded = d["value"].map(lambda v: float(f"{v:.2g}") if v == v else v)
    share = rounded.map(d.groupby(rounded)["doc_id"].nunique())
    texts = d["text"] if "text" in d else pd.Series("", index=d.index)
    local = [bool(local_place(q, t)) for q, t in zip(d.get("quote", texts), texts)]  # (a county's count last)
    order = d.assign(_s=-share, _l=local, _r=rounded, _x=d["qualifier"] != "exact").sort_values(
        ["_s", "_l", "_r", "_x", "value_low"], kind="stable")
    rank = order.groupby("_r", sort=False).cumcount()
    family = order["_r"].map({r: i for i, r in enumerate(dict.fromkeys(order["_r"]))})
    first = order.index[((rank < max(1, k // 3)) & (family < 3)).to_numpy()]
    once = [i for i, r in zip(order.index, rank) if r == 0 and i not in set(first)]  # every other figure once (a
    picked = list(first[:k]) + once + [i for i in order.index if i not in set(first) | set(once)]  # lone 36 against
    top = list(d[d["qualifier"] != "vague"].sort_values("value", ascending=False, kind="stable").drop_duplicates(
        "value").index[:2]) if running else []  # 51 and 72 is the disagreement), then more of the most shared
    return d.index.isin((top + [i for i in picked if i not in top])[:k])


def _story_part(g: pd.DataFrame, pub: dict) -> pd.DataFrame:
    """A running count's figures without a longer period's many times larger (a whole war's toll: the brief tells it
    apart, :func:`helpers.compare.whole_tallies.whole_apart`); any other subject's as they are."""
    if g.empty or g["subject"].iloc[0] not in running_totals() or "quote" not in g:
        return g
    whole = whole_apart(list(g["quote"]), list(g["text"]), list(g["value"]), [pub.get(d) for d in g["doc_id"]],
                        list(g["qualifier"] == "vague"))
    return g[[not w for w in whole]]


def number_ranges(claims: pd.DataFrame, docs: pd.DataFrame, subjects: tuple[str, ...],
                  ai: set[str] | frozenset[str] = frozenset(),
                  kinds: dict[str, str] | None = None) -> tuple[plt.Figure, pd.DataFrame]:
    """One panel per subject, one row per source and figure: the range its hedge allows (bar),
    the number it states (dot; none for a vague word like "thousands", whose range is all it
    says), forecasts as open circles, AI-written sources marked. Log scale past a factor of 20."""
    use_style()
    keys = [_key(s) for s in subjects][:3]
    kinds = kinds or dict(zip(docs["doc_id"], docs["kind"]))
    pub = dict(zip(docs["doc_id"], docs["published"])) if "published" in docs else {}
    quotes = claims.get("quote", claims["subject"])
    tolls = claims["subject"].isin(running_totals())
    day = story_day(list(quotes[tolls]), list(claims.loc[tolls, "doc_id"].map(pub)))  # (the tolls' own day)
    story = pd.Series([not earlier_event(s, q, p, t, day) and not change_start(q, t) and not another_titles(q, t)
                       for s, q, p, t in zip(claims["subject"], quotes, claims["doc_id"].map(pub), claims["text"])],
                      index=claims.index, dtype=bool) & pd.Series([not o for o in other_events(claims, docs)],
                                                                   index=claims.index, dtype=bool)
    c = claims[claims["subject"].map(_key).isin(keys) & story].copy()  # (not an earlier event's toll a page recalls,
    # the old level of a change, nor another title's figure set beside the story's: "超過《長津湖》(57.75億人民幣)")
    c["key"] = c["subject"].map(_key)
    if "scope" in c:  # a part of a count (a city's cases, "39 of the 128 dead") only where its panel has no whole
        part = c["scope"].fillna("") == "part"
        c = c[~part | ~c["key"].isin(set(c.loc[~part, "key"]))]
    panels = {k: _story_part(_comparable(g).drop_duplicates(["doc_id", "text"]), pub) for k, g in c.groupby("key")
              if len(g)}
    keys = [k for k in keys if k in panels]
    heights = [min(max(len(panels[k]), 1), NUMBERS_MAX_ROWS) * 0.3 + 0.7 for k in keys] or [1.0]
    fig, axes = plt.subplots(len(heights), 1, figsize=(WIDTH, sum(heights) + 0.5), squeeze=False,
                             gridspec_kw={"height_ratios": heights})
    fig.subplots_adjust(left=0.2, right=0.76, hspace=0.95 / (sum(heights) / len(heights)),
                        top=1 - 0.8 / (sum(heights) + 0.5))
    rows = []
    for ax, key in zip(axes[:, 0], keys):
        d = panels[key].sort_values(["value_low", "label", "start"], kind="stable").reset_index(drop=True)
        shown = _most_shared(d, NUMBERS_MAX_ROWS, running=key in running_totals())
        _ranges_panel(ax, d[shown].reset_index(drop=True), key, kinds, ai)
        if not shown.all():
            largest = " (with the largest, the latest bulletins)" if key in running_totals() else ""
            ax.set_title(f"{heading(subject_name(key))}: the {int(shown.sum())} most shared of {len(d)} numbers{largest}",
                         fontsize=9, loc="left")
        rows.append(d.assign(panel=key, shown=shown))
    if not keys:
        axes[0, 0].text(0.5, 0.5, "No comparable numbers", ha="center", va="center", transform=axes[0, 0].transAxes)
        axes[0, 0].set_axis_off()
    fig.suptitle("What the sources say: each number and the range its wording allows", x=0.01, ha="left",
                 fontsize=10, fontweight="bold")
    drawn = pd.concat(rows) if rows else pd.DataFrame(columns=["doc_id", "shown"])
    shown = set(drawn.loc[drawn["shown"].astype(bool), "doc_id"])
    _kind_legend(fig, [kinds.get(d) for d in shown - set(ai)], bool(set(ai) & shown))
    cols = ["panel", "claim_id", "doc_id", "label", "subject", "text", "value", "value_low", "value_high", "unit",
            "currency", "per", "qualifier", "is_forecast", "line", "shown"]
    data = pd.concat(rows).reindex(columns=cols) if rows else pd.DataFrame(columns=cols)
    data = data.assign(ai_generated=data["doc_id"].isin(ai))
    return fig, data.reset_index(drop=True)


def _ranges_panel(ax: plt.Axes, d: pd.DataFrame, key: str, kinds: dict, ai: set[str]) -> None:
    finite = [h for h in d["value_high"] if not math.isinf(h)] + list(d["value_low"])
    lows = [v for v in d["value_low"] if v > 0]
    top = max(finite + [1.0])
    log = bool(lows) and top / min(lows) > 20
    right = top * (4 if log else 1.25)
    tolls = set(d["subject"]) <= running_totals()  # (a place beside an amount may be its investor's, where it goes or
    # a superlative's: "加拿大…200億歐元", "the largest listing in the world")
    lands = [count_country(q, t) for q, t in zip(d.get("quote", d["text"]), d["text"])]  # (a toll of several
    lands = lands if len(set(lands) - {""}) >= 2 and tolls else [""] * len(d)  # countries says whose: "“13” in Malawi")
    for y, r in enumerate(d.itertuples()):
        colour = AI_COLOUR if r.doc_id in ai else kind_colour(kinds.get(r.doc_id))
        hi = right if math.isinf(r.value_high) else r.value_high
        lo = max(r.value_low, min(lows) / 2) if log else r.value_low
        ax.plot([lo, hi], [y, y], color=colour, lw=5, alpha=0.35, solid_capstyle="butt")
        if math.isinf(r.value_high):
            ax.annotate("", xy=(right, y), xytext=(right / (1.6 if log else 1.08), y),
                        arrowprops={"arrowstyle": "->", "color": colour})
        if r.qualifier != "vague":
            ax.plot([r.value], [y], "o", color=colour, ms=5, mfc="white" if r.is_forecast else colour)
        place = (local_place(getattr(r, "quote", ""), r.text) if tolls else "") or country_label(lands[y])  # a county's
        # toll says so: "“9” in Travis County"
        flow = flow_label(r.subject, str(getattr(r, "quote", "")))  # (exports: "Sep", "Jun, United States")
        note = f"“{wrap(r.text, 26, 1)}”" + (f" in {wrap(place, 18, 1)}" if place else "") + (f" ({flow})" if flow else "") \
            + (" forecast" if r.is_forecast else "")
        ax.annotate(note, (1.01, y), xycoords=("axes fraction", "data"), fontsize=7, va="center",
                    annotation_clip=False)
    labels = [wrap(r.label, 22, 1) + (" (AI)" if r.doc_id in ai else "") for r in d.itertuples()]
    ax.set_yticks(range(len(d)), labels, fontsize=7)
    ax.set_ylim(len(d) - 0.5, -0.6)
    if log:
        ax.set_xscale("log")
    ax.set_xlim(left=(min(lows) / 2.5) if log else 0, right=right * (1.3 if log else 1.05))
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.FuncFormatter(_short_number))
    ax.set_xlabel(_axis_title(d, key), fontsize=8)
    ax.set_title(heading(subject_name(key)), fontsize=9, loc="left")


def _kind_legend(fig: plt.Figure, kinds: list, ai: bool) -> None:
    """One legend line under the title: colours are source kinds; open circle a forecast."""
    from matplotlib.lines import Line2D

    shown = [k for k in KIND_COLOURS if k and k in set(kinds)]
    handles = [Line2D([], [], color=kind_colour(k), lw=5, alpha=0.5, label=k) for k in shown]
    if any(not isinstance(k, str) or k not in KIND_COLOURS for k in kinds):
        handles.append(Line2D([], [], color=KIND_COLOURS[None], lw=5, alpha=0.5, label="kind unknown"))
    if ai:
        handles.append(Line2D([], [], color=AI_COLOUR, lw=5, alpha=0.5, label="AI-written"))
    handles.append(Line2D([], [], marker="o", color="#555555", mfc="white", lw=0, label="forecast"))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.01, 0.965), ncols=len(handles), fontsize=7,
               handlelength=1.5)


def _short_number(x: float, _pos: object = None) -> str:
    """An axis tick in short form with the digits it needs: 12.5k stays 12.5k (never 12k), 20k, 1.5bn."""
    if abs(x) >= 999.5e12:
        return f"{x / 1e12:,.0f}tn"
    for d, w in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(x) >= d * 0.9995:  # (999,500 is 1m, not 1e+03k)
            return f"{x / d:.3g}{w}"
    return f"{x:g}"


# --------------------------------------------------------------------------- timeline


@lru_cache(maxsize=1)
def _connectives() -> re.Pattern[str]:
    with open(DATA_DIR / "clause_connectives.csv", encoding="utf-8", newline="") as fh:
        words = sorted((r["phrase"] for r in csv.DictReader(fh)), key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(re.escape(w) for w in words) + r")\b[\s,]*)+", re.I)


#: a clause that only says who reported what follows ("according to Reuters", "根據《路透社》報導", "selon l'AFP")
_CREDIT_ONLY = re.compile(r"(?:according to|as reported by|selon|d['’]après|根據|根据|據|据)\s*[^\d]{0,30}?"
                          r"(?:報導|报道|消息|報道|reports?)?\s*", re.I)


_QUOTED = re.compile(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"|“[^”]*”|«[^»]*»|「[^」]*」")


def event_label(row, width: int = 42) -> str:
    """:func:`short_label` of an event, from its whole sentence when that holds the date."""
    quote, date = _s(getattr(row, "quote", "")), _s(row.date_text)
    return short_label(quote if date and date in quote else row.summary, date, width)


def short_label(summary: str, date_text: str, width: int = 42) -> str:
    """A short event label: the clause of ``summary`` holding the date, without the date, its
    preposition or a leading connective; whole words, at most ``width`` characters."""
    s = " ".join(_s(summary).rstrip("…").split())
    d = " ".join(_s(date_text).split())
    if d and d in s:
        protected = _QUOTED.sub(lambda m: m.group(0).replace(",", "\0"), s.replace(d, "\1"))
        protected = re.sub(r"(?<=\d),(?=\d)", "\0", protected)  # no cut inside a quotation, a date or 10,000
        clauses = [c.replace("\0", ",").replace("\1", d).strip()
                   for c in re.split(r"[,;:，；：]|\s[—–-]\s", protected) if c.strip()]
        at = next((i for i, c in enumerate(clauses) if d in c), None)
        clause = (clauses[at] if at is not None else s).rstrip(" .。!?！？")
        # drop the date (and its preposition) only where it opens or closes the clause
        prep = r"(?:in|by|on|for|of|since|from|until|during|at|en|dans|d'ici|depuis|au|le|du|de)"
        kept = re.sub(rf"\s*\b{prep}?\s*{re.escape(d)}\s*$", "", clause, flags=re.I)
        kept = re.sub(rf"^\s*{prep}?\s*{re.escape(d)}\b\s*", "", kept, flags=re.I)
        if len(re.sub(r"[\W\d_]", "", kept)) < 4 and at is not None and at + 1 < len(clauses):
            nxt = at + 1 + (at + 2 < len(clauses) and bool(_CREDIT_ONLY.fullmatch(clauses[at + 1])))
            kept = clauses[nxt].rstrip(" .。!?！？")  # "On 27 January, shares fell": the event follows (after
            # a clause that only credits a source: "2020年5月：根據《路透社》報導，台積電宣布…")
        clause = kept or clause
    else:
        clause = s
    clause = _connectives().sub("", " ".join(clause.split())).strip(" ,.")
    clause = clause[:1].upper() + clause[1:]
    if len(clause) <= width:
        return clause
    cut = clause[:width].rsplit(" ", 1)[0] if " " in clause[:width] else clause[:width]
    return cut.rstrip(" ,;:") + "…"


_FINER = {"day": 0, "month": 1, "quarter": 2, "year": 3, "period": 4}


def _merged(stmts: pd.DataFrame) -> pd.DataFrame:
    """One row per event: a sentence dated twice keeps its finest date; the same event from
    several sources (same label and span) is one row naming them all."""
    s = stmts.assign(_fine=stmts["precision"].map(lambda p: _FINER.get(p, 5)))
    s["_sentence"] = s["quote"].map(_s) if "quote" in s else s["start"].astype(str)
    s = s.sort_values(["doc_id", "_sentence", "_fine", "event_id"], kind="stable").drop_duplicates(
        ["doc_id", "_sentence"])
    s["short"] = [event_label(r, 80) for r in s.itertuples()]
    s = s.sort_values(["doc_id", "short", "_fine", "event_id"], kind="stable").drop_duplicates(["doc_id", "short"])
    grouped = s.groupby(["short", "date_start", "date_end", "is_forecast"], sort=False, dropna=False)
    out = grouped.agg(event_id=("event_id", "first"), labels=("label", lambda x: ", ".join(sorted(set(x)))),
                      doc_ids=("doc_id", lambda x: ";".join(sorted(set(x)))), precision=("precision", "first"),
                      source_kind=("source_kind", "first")).reset_index()
    return out.sort_values(["date_start", "short"], kind="stable").reset_index(drop=True)


#: the timeline draws at most this many events (those most sources give, then the most precise)
TIMELINE_MAX_EVENTS = 28
#: an event further from the median date than this many times the median distance of all dates from it (and than a
#: year) is listed under the chart, not drawn: a 2021 census or a 1948 fire would squeeze a story of weeks
TIMELINE_FAR = 6


def _fit_axis(m: pd.DataFrame, pubs: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Keep the axis where the events are: events far from the median date (``TIMELINE_FAR``) are named in a
    note instead, and at most ``TIMELINE_MAX_EVENTS`` are drawn."""
    notes = []
    if len(m):
        mid = pd.to_datetime(m["date_start"]) + (pd.to_datetime(m["date_end"]) - pd.to_datetime(m["date_start"])) / 2
        dates = pd.concat([mid, pd.to_datetime(pubs["date_start"])]).sort_values()
        centre = dates.iloc[len(dates) // 2]
        spread = (dates - centre).abs().dt.days.median()  # (the median distance: a few old years do not widen it)
        limit = max(365, TIMELINE_FAR * spread)
        if (dates.max() - dates.min()).days > limit:
            far = (mid - centre).abs().dt.days > limit
            if far.any():
                off = "; ".join(f"{r.short} ({r.labels}, {str(r.date_start)[:4]})" for r in m[far].itertuples())
                notes.append(f"Off the axis: {off}.")
                m = m[~far]
    if len(m) > TIMELINE_MAX_EVENTS:
        n_docs = m["doc_ids"].str.count(";") + 1
        fine = m["precision"].map(lambda p: _FINER.get(p, 5))
        rare = (m["group"] == "Reported").astype(int)  # forecasts and AI-written statements are kept first
        keep = m.assign(_r=rare, _n=-n_docs, _p=fine).sort_values(["_r", "_n", "_p", "date_start", "short"],
                                                                  kind="stable")
        notes.append(f"{len(m) - TIMELINE_MAX_EVENTS} more events are in the figure's data (timeline.csv).")
        m = m.loc[sorted(keep.index[:TIMELINE_MAX_EVENTS])]
    return m, notes


def _timeline_legend(fig: plt.Figure, m: pd.DataFrame, ai: set[str]) -> None:
    """Colours (source kinds, AI-written) and the forecast hatch, top left over the labels."""
    from matplotlib.patches import Patch

    kinds = [k for k in KIND_COLOURS if k and k in set(m.loc[m["group"] != "AI-written", "source_kind"])]
    handles = [Patch(color=kind_colour(k), label=k) for k in kinds]
    if (m["group"] == "AI-written").any():
        handles.append(Patch(color=AI_COLOUR, label="AI-written"))
    if m["is_forecast"].any():
        handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="////", label="forecast"))
    if handles:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.01, 0.995), ncols=2, fontsize=7,
                   handlelength=1.2, columnspacing=1.0)


def timeline(events: pd.DataFrame, view: pd.DataFrame | None = None) -> tuple[plt.Figure, pd.DataFrame]:
    """Events on a date axis, each a bar over the span its date stands for (a dot for a day):
    reported events, then forecasts, then AI-written statements, each group apart; publication
    dates as diamonds on the top row. The axis covers only where the events are."""
    import matplotlib.dates as mdates

    use_style()
    ai = set(view.loc[view["ai_generated"], "doc_id"]) if view is not None else set()
    placed = events[events["resolved"] & events["date_start"].notna()]
    pubs = placed[placed["event_type"] == "publication"]
    m = _merged(placed[placed["event_type"] == "statement"])
    m["group"] = ["AI-written" if set(r.doc_ids.split(";")) <= ai else ("Forecast" if r.is_forecast else "Reported")
                  for r in m.itertuples()]
    m, notes = _fit_axis(m, pubs)
    order = {"Reported": 0, "Forecast": 1, "AI-written": 2}
    m = m.assign(_g=m["group"].map(order)).sort_values(["_g", "date_start", "short"], kind="stable")
    rows: list[tuple[str, object]] = [("head", "Published")] if len(pubs) else []
    for g, part in m.groupby("_g", sort=True):
        rows.append(("head", part["group"].iloc[0]))
        rows += [("event", r) for r in part.itertuples()]
    n = max(len(rows), 1)
    fig, ax = plt.subplots(figsize=(WIDTH, 0.26 * n + 1.3))
    fig.subplots_adjust(left=0.42, right=0.97)
    ticks, labels, spans = [], [], []
    for y, (what, r) in enumerate(rows):
        if what == "head":
            ticks.append(y)
            labels.append(r)
            continue
        s0, e0 = mdates.date2num(pd.Timestamp(r.date_start)), mdates.date2num(pd.Timestamp(r.date_end)) + 1
        spans += [s0, e0]
        colour = AI_COLOUR if r.group == "AI-written" else kind_colour(r.source_kind)
        if r.precision == "day":
            ax.plot([s0 + 0.5], [y], "o", ms=5, color=colour, mfc="white" if r.is_forecast else colour)
        else:
            ax.barh(y, e0 - s0, left=s0, height=0.55, color="white" if r.is_forecast else colour, edgecolor=colour,
                    hatch="////" if r.is_forecast else None, linewidth=0.8)
        ticks.append(y)
        tail = f" ({wrap(r.labels, 30, 1)})"
        labels.append(wrap(wrap(r.short, 88 - len(tail), 1) + tail, 50, 2))
    for p in pubs.itertuples():
        x = mdates.date2num(pd.Timestamp(p.date_start)) + 0.5
        spans.append(x)
        ax.plot([x], [0], marker="D", ms=5, color=kind_colour(p.source_kind), linestyle="none")
    ax.set_yticks(ticks, labels, fontsize=7)
    for t, (what, _) in zip(ax.get_yticklabels(), rows):
        if what == "head":
            t.set_fontweight("bold")
    ax.set_ylim(n - 0.5, -0.7)
    if spans:
        lo, hi = min(spans), max(spans)
        pad = max((hi - lo) * 0.04, 20)
        ax.set_xlim(lo - pad, hi + pad)
    loc = mdates.AutoDateLocator(minticks=3, maxticks={f: 8 for f in range(7)})
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))
    ax.set_title("When things happened, as the sources date them", pad=8)
    _timeline_legend(fig, m, ai)
    if notes:
        ax.annotate(wrap(" ".join(notes), 110, 4), (0, 0), xycoords="axes fraction", xytext=(-150, -22),
                    textcoords="offset points", fontsize=7, color="#555555", va="top", ha="left")
    data = events[["event_id", "doc_id", "label", "source_kind", "event_type", "date_text", "date_start", "date_end",
                   "precision", "anchor", "relation", "is_forecast", "resolved", "line", "summary"]].copy()
    data["short_label"] = [event_label(r) for r in events.itertuples()]
    return fig, data.reset_index(drop=True)
