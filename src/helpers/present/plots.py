"""The project's charts. Each returns ``(figure, data)``: the data is what the figure shows,
so :func:`helpers.present.figures.export` can save it next to the image."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from helpers.present.figures import ONE_COLUMN, PALETTE, use_style


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


from helpers.present.plots_brief import KIND_COLOURS, kind_colour as _kind_colour, number_ranges, timeline  # noqa: E402,F401
from helpers.present.plots_provenance import provenance  # noqa: E402,F401


def claim_matrix(claims: pd.DataFrame, docs: pd.DataFrame, width: int = 22) -> tuple[plt.Figure, pd.DataFrame]:
    """Source x subject grid: each cell the source's value(s) with hedge; empty where it is silent."""
    from helpers.extract.claims import describe

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


def claims_heatmap(claims: pd.DataFrame, docs: pd.DataFrame, top: int = 12) -> tuple[plt.Figure, pd.DataFrame]:
    """Heat map (seaborn): how many numbers each source gives on each of the ``top`` subjects
    most sources report; an empty cell is a source silent on that subject."""
    import seaborn as sns

    use_style()
    sub = claims.dropna(subset=["subject"])
    order = (sub.groupby("subject")["doc_id"].nunique().rename("n").reset_index()
             .sort_values(["n", "subject"], ascending=[False, True], kind="stable")["subject"].head(top).tolist())
    labels = docs.set_index("doc_id")["label"]
    data = (sub[sub["subject"].isin(order)].assign(source=lambda t: t["doc_id"].map(labels))
            .pivot_table(index="source", columns="subject", values="claim_id", aggfunc="count", fill_value=0)
            .reindex(columns=order).reindex(sorted(labels)).fillna(0).astype(int))
    fig, ax = plt.subplots(figsize=(max(ONE_COLUMN[0], 0.6 * len(order) + 2.2), 0.4 * len(data) + 1.6))
    if not data.to_numpy().any():  # no number in any source: say so (a heat map of nothing has no colour scale)
        ax.text(0.5, 0.5, "No source gives a number bound to a subject.", ha="center", va="center")
        ax.set_axis_off()
    else:
        sns.heatmap(data, annot=True, fmt="d", cmap="Blues", cbar=False, linewidths=0.5, linecolor="white",
                    mask=data.eq(0), ax=ax)
    ax.set_xlabel("subject (what the number counts)")
    ax.set_ylabel("")
    ax.set_title("How many numbers each source gives, by subject", loc="left")
    return fig, data.reset_index()
