"""The project's charts. Each returns ``(figure, data)``: the data is what the figure shows,
so :func:`helpers.figures.export` can save it next to the image."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import ONE_COLUMN, PALETTE, use_style


def boilerplate_share(docs: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Horizontal stacked bars: share of each source's text that is article vs boilerplate."""
    use_style()
    data = docs[["doc_id", "label", "boilerplate_share"]].copy()
    data["article_share"] = (1 - data["boilerplate_share"]).round(4)
    data = data.sort_values(["boilerplate_share", "doc_id"], ascending=[True, True], kind="stable")
    fig, ax = plt.subplots(figsize=(ONE_COLUMN[0] * 1.6, 0.45 * len(data) + 1.0))
    y = range(len(data))
    ax.barh(y, data["article_share"], color=PALETTE[0], label="article")
    ax.barh(y, data["boilerplate_share"], left=data["article_share"], color=PALETTE[1], label="boilerplate")
    for i, share in enumerate(data["boilerplate_share"]):
        ax.text(1.01, i, f"{share:.0%}", va="center", fontsize=7)
    ax.set_yticks(list(y), data["label"])
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    ax.set_title("How much of each source is boilerplate?", pad=18)
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=2, fontsize=7, borderaxespad=0.2)
    return fig, data.reset_index(drop=True)


#: one colour per source kind, used by every figure that colours by kind
KIND_COLOURS = {"original": PALETTE[0], "summary": PALETTE[1], "aggregator": PALETTE[3], "blog": PALETTE[4],
                "other": PALETTE[5], None: "#999999"}


def _kind_colour(kind: object) -> str:
    return KIND_COLOURS.get(kind if isinstance(kind, str) else None, KIND_COLOURS[None])


def timeline(events: pd.DataFrame, width: int = 48) -> tuple[plt.Figure, pd.DataFrame]:
    """Dated statements on a date axis, each drawn over the span its precision covers.

    A day is a dot; a month, quarter, year or period is a bar over its whole range (a year is
    never a dot on 1 January). Forecasts are hatched, colours are source kinds, publication
    dates are diamonds on the top row. Unresolved statements are listed under the axis.
    """
    import matplotlib.dates as mdates
    import numpy as np

    use_style()
    placed = events[events["resolved"] & events["date_start"].notna()].copy()
    pubs = placed[placed["event_type"] == "publication"]
    stmts = placed[placed["event_type"] == "statement"].reset_index(drop=True)
    unresolved = events[~events["resolved"] | events["date_start"].isna()]
    n = len(stmts) + 1
    fig, ax = plt.subplots(figsize=(7.2, 0.32 * n + 1.6))
    start = mdates.date2num(pd.to_datetime(stmts["date_start"]))
    end = mdates.date2num(pd.to_datetime(stmts["date_end"])) + 1
    ys = np.arange(len(stmts), 0, -1)
    for y, s, e, row in zip(ys, start, end, stmts.itertuples()):
        colour = _kind_colour(row.source_kind)
        if row.precision == "day":
            ax.plot([s + 0.5], [y], marker="o", ms=5, color=colour, mfc="white" if row.is_forecast else colour)
        else:
            ax.barh(y, e - s, left=s, height=0.55, color="white" if row.is_forecast else colour,
                    edgecolor=colour, hatch="////" if row.is_forecast else None, linewidth=0.8)
    for p in pubs.itertuples():
        x = mdates.date2num(pd.Timestamp(p.date_start)) + 0.5
        ax.plot([x], [n], marker="D", ms=6, color=_kind_colour(p.source_kind), linestyle="none")
    labels = [f"{r.label}: {r.summary[:width]}{'…' if len(r.summary) > width else ''}" for r in stmts.itertuples()]
    ax.set_yticks([n, *ys], ["sources published", *labels], fontsize=7)
    ax.set_ylim(0.3, n + 0.7)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_title("When did each source say what happened, or will?", pad=18)
    from matplotlib.patches import Patch
    kinds = [k for k in KIND_COLOURS if k and k in set(placed["source_kind"])]
    handles = [Patch(color=_kind_colour(k), label=k) for k in kinds]
    handles.append(Patch(facecolor="white", edgecolor="#555555", hatch="////", label="forecast"))
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=len(handles), fontsize=7)
    if len(unresolved):
        note = "Not placed (no date to anchor on): " + "; ".join(
            f"{r.label}: “{r.date_text}”" for r in unresolved.itertuples())
        ax.text(0.0, -0.12, note, transform=ax.transAxes, fontsize=7, va="top", color="#555555")
    data = events[["event_id", "doc_id", "label", "source_kind", "event_type", "date_text", "date_start", "date_end",
                   "precision", "anchor", "relation", "is_forecast", "resolved", "line", "summary"]]
    return fig, data.reset_index(drop=True)


def claim_matrix(claims: pd.DataFrame, docs: pd.DataFrame, width: int = 22) -> tuple[plt.Figure, pd.DataFrame]:
    """Source x subject grid: each cell the source's value(s) with hedge; empty where it is silent."""
    from .claims import describe

    use_style()
    sub = claims.dropna(subset=["subject"]).copy()
    subjects = list(dict.fromkeys(sub["subject"]))
    labels = list(docs["label"])
    sub["described"] = sub.apply(describe, axis=1)
    data = sub[["claim_id", "doc_id", "label", "subject", "text", "described", "qualifier", "value_low",
                "value_high", "is_forecast", "line"]].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(min(1.6 * len(subjects) + 1.2, 7.2), 0.5 * len(labels) + 1.0))
    ax.set_xlim(-0.5, len(subjects) - 0.5)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    for i, label in enumerate(labels):
        for j, subject in enumerate(subjects):
            cell = data[(data["label"] == label) & (data["subject"] == subject)]
            if cell.empty:
                continue
            text = "\n".join(dict.fromkeys(f"{r.described}" + ("*" if r.is_forecast else "") for r in cell.itertuples()))
            ax.add_patch(plt.Rectangle((j - 0.48, i - 0.45), 0.96, 0.9, color=PALETTE[0], alpha=0.12, lw=0))
            ax.text(j, i, text, ha="center", va="center", fontsize=6)
    ax.set_xticks(range(len(subjects)), [s.replace("_", " ") for s in subjects], fontsize=7)
    ax.set_yticks(range(len(labels)), labels, fontsize=7)
    ax.xaxis.tick_top()
    ax.grid(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_title("What each source says, claim by claim (* forecast)", pad=24)
    return fig, data


def number_ranges(claims: pd.DataFrame, docs: pd.DataFrame, subjects: tuple[str, ...]) -> tuple[plt.Figure, pd.DataFrame]:
    """One panel per subject: each source's claims as a point with its hedge's range (log scale
    when values span more than a factor of 20). Open-ended ranges get an arrow."""
    import math

    from .claims import describe

    use_style()
    kinds = dict(zip(docs["doc_id"], docs["kind"]))
    data = claims[claims["subject"].isin(subjects)].copy()
    data["described"] = data.apply(describe, axis=1)
    data = data[["claim_id", "doc_id", "label", "subject", "text", "described", "value", "value_low", "value_high",
                 "qualifier", "line"]].reset_index(drop=True)
    fig, axes = plt.subplots(1, len(subjects), figsize=(7.2, 0.45 * len(docs) + 1.4), squeeze=False)
    labels = list(docs["label"])
    for ax, subject in zip(axes[0], subjects):
        d = data[data["subject"] == subject]
        finite_hi = [h for h in d["value_high"] if not math.isinf(h)]
        top = max(finite_hi + list(d["value_low"]) + [1]) * 1.6
        d = d.drop_duplicates(["label", "text", "described"])
        for k, r in enumerate(d.itertuples()):
            same = d[d["label"] == r.label]
            y = labels.index(r.label) + (0.22 * (list(same["claim_id"]).index(r.claim_id) - (len(same) - 1) / 2))
            colour = _kind_colour(kinds.get(r.doc_id))
            hi = top if math.isinf(r.value_high) else r.value_high
            ax.plot([r.value_low, hi], [y, y], color=colour, lw=2.2, alpha=0.55, solid_capstyle="butt")
            if math.isinf(r.value_high):
                ax.annotate("", xy=(top, y), xytext=(top / 1.25, y), arrowprops={"arrowstyle": "->", "color": colour})
            point = r.value if r.qualifier != "vague" else math.sqrt(r.value_low * r.value_high)
            ax.plot([point], [y], "o", color=colour, ms=4)
            ax.annotate(r.text, (point, y), xytext=(0, 5), textcoords="offset points", fontsize=6, ha="center")
        lows = [v for v in d["value_low"] if v > 0]
        if lows and top / min(lows) > 20:
            ax.set_xscale("log")
        ax.set_yticks(range(len(labels)), labels, fontsize=7)
        ax.set_ylim(len(labels) - 0.5, -0.7)
        ax.set_title(subject.replace("_", " "), fontsize=9)
    fig.suptitle("The numbers that disagree: each source's value and the range its hedge allows", x=0.01, y=1.06,
                 ha="left", fontsize=10, fontweight="bold")
    return fig, data


#: the similarity heat map shows at most this many documents (a cell per pair stays readable)
SIMILARITY_MAX_DOCS = 20


def _most_similar(pairs: pd.DataFrame, labels: list[str], k: int) -> set[str]:
    """All labels if there are at most ``k``; else the ``k`` whose closest pair is most similar."""
    if len(labels) <= k:
        return set(labels)
    best = pd.concat([pairs[["label_a", "char_cosine"]].set_axis(["label", "c"], axis=1),
                      pairs[["label_b", "char_cosine"]].set_axis(["label", "c"], axis=1)]).groupby("label")["c"].max()
    ranked = sorted(labels, key=lambda x: (-best.get(x, 0.0), x))
    return set(ranked[:k])


def similarity(pairs: pd.DataFrame, docs: pd.DataFrame, derived: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Heat map of character n-gram cosine between sources; derivations marked in the cells."""
    import numpy as np

    use_style()
    labels = list(docs["label"])
    shown = _most_similar(pairs, labels, SIMILARITY_MAX_DOCS)
    truncated = len(shown) < len(labels)
    labels = [x for x in labels if x in shown]
    where = {x: i for i, x in enumerate(labels)}
    n = len(labels)
    m = np.eye(n)
    for a, b, c in zip(pairs["label_a"], pairs["label_b"], pairs["char_cosine"]):
        if a in where and b in where:
            m[where[a], where[b]] = m[where[b], where[a]] = c
    fig, ax = plt.subplots(figsize=(4.6, 4.0))
    im = ax.imshow(m, cmap="Blues", vmin=0, vmax=1)
    ax.grid(False)
    for i in range(n):
        for j in range(n):
            if i != j:
                ax.text(j, i, f"{m[i, j]:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if m[i, j] > 0.6 else "black")
    arrows = derived.dropna(subset=["derived_from"])
    arrows = arrows[arrows["label"].isin(where) & arrows["source_label"].isin(where)]
    for r in arrows.itertuples():
        i, j = where[r.label], where[r.source_label]
        ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor=PALETTE[3], lw=2))
    ax.set_xticks(range(n), labels, rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(n), labels, fontsize=7)
    fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="character n-gram cosine")
    ax.set_title("Who copied whom? (boxed: row derives from column)" + (
        f"\nthe {n} most similar of {len(docs)} documents" if truncated else ""), fontsize=9)
    conf = {(a, b): float(c) for a, b, c in zip(arrows["label"], arrows["source_label"], arrows["confidence"])}
    rows = []
    for i in range(n):
        for j in range(n):
            if i != j:
                c = conf.get((labels[i], labels[j]))
                rows.append((labels[i], labels[j], round(float(m[i, j]), 3), c is not None, c))
    return fig, pd.DataFrame(rows, columns=["source", "other", "char_cosine", "derives_from_other", "confidence"])
