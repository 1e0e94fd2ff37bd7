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
