"""Who retells whom, drawn for the brief: sources as boxes in shaded bands, one band per
independent source, arrows from each retelling to what it retells, outside originals dashed.
Sources in no retelling chain are listed under the diagram rather than drawn."""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd

from helpers.present.figures import PALETTE, use_style
from helpers.present.plots_brief import AI_COLOUR, WIDTH, kind_colour, wrap


def _provenance_layout(view: pd.DataFrame) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """Nodes (id, text, band, depth, outside, kind, ai) and edges (from, to, relation): one band per
    independence group, the original on top and what retells it below; an outside original
    sits on top of the band of the first source crediting it."""
    labels = dict(zip(view["doc_id"], view["label"]))
    parent = {r.doc_id: r.derives_from for r in view.itertuples() if r.derives_from}
    bands = {g: i for i, g in enumerate(dict.fromkeys(view["independent_group"]))}

    def depth(d: str, seen: tuple = ()) -> int:
        p = parent.get(d)
        return 0 if not p or p in seen else 1 + depth(p, seen + (d,))

    nodes, edges, outside = [], [], {}
    for r in view.itertuples():
        if r.derives_from.startswith("outside:") and r.derives_from not in outside:
            name = r.derives_label or r.derives_from.split(":", 1)[1]
            outside[r.derives_from] = {"id": r.derives_from, "text": name, "band": bands[r.independent_group],
                                       "depth": 0, "outside": True, "kind": "not in corpus", "ai": False}
        nodes.append({"id": r.doc_id, "text": r.label, "band": bands[r.independent_group], "depth": depth(r.doc_id),
                      "outside": False, "kind": r.kind or "other", "ai": bool(r.ai_generated)})
        if r.derives_from and (r.derives_from in labels or r.derives_from.startswith("outside:")):
            edges.append((r.doc_id, r.derives_from, r.relation))
    return list(outside.values()) + nodes, edges


def provenance(view: pd.DataFrame, per_row: int = 4) -> tuple[plt.Figure, pd.DataFrame]:
    """Who retells whom: sources as boxes in shaded bands, one band per independent source,
    arrows from a retelling to what it retells (dashed: uncredited), outside originals dashed."""
    from matplotlib.patches import Rectangle

    use_style()
    nodes, edges = _provenance_layout(view)
    # a source nothing retells and that retells nothing gets no band of its own: it is listed
    linked = {x for e in edges for x in e[:2]}
    alone = [n for n in nodes if n["id"] not in linked]
    if len(alone) > 2 or len(alone) < len(nodes):
        nodes = [n for n in nodes if n["id"] in linked]
        bands = {b: i for i, b in enumerate(dict.fromkeys(n["band"] for n in nodes))}
        for n in nodes:
            n["band"] = bands[n["band"]]
    else:
        alone = []
    n_bands = max([n["band"] for n in nodes] + [0]) + 1
    cols = min(n_bands, per_row)
    same: dict[tuple[int, int], list[dict]] = {}
    for n in sorted(nodes, key=lambda n: (n["band"], n["depth"], n["outside"] is False, n["text"])):
        same.setdefault((n["band"], n["depth"]), []).append(n)
    # a level's sources sit two abreast; each row of bands is as tall as its deepest chain needs
    n_rows = math.ceil(n_bands / cols)
    depth = 1 + max(n["depth"] for n in nodes) if nodes else 1
    h = [[max([math.ceil(len(g) / 2) for (b, d), g in same.items() if b // cols == r and d == lv] + [0])
          for lv in range(depth)] for r in range(n_rows)]
    levels = [max(sum(row), 1) for row in h]
    top = [sum(levels[:r]) for r in range(n_rows)]
    fig, ax = plt.subplots(figsize=(WIDTH, 0.62 * sum(levels) + 1.1))
    fig.subplots_adjust(left=0.01, right=0.99, top=1 - 0.75 / (0.62 * sum(levels) + 1.1), bottom=0.02)
    ax.set_xlim(0, cols)
    ax.set_ylim(sum(levels), -0.05)
    ax.set_axis_off()
    pos, wrap_at = {}, {}
    for (b, d), group in same.items():
        r, across = b // cols, min(len(group), 2)
        for k, n in enumerate(group):
            x = b % cols + (0.5 if across == 1 else (0.27, 0.73)[k % 2])
            pos[n["id"]] = (x, top[r] + sum(h[r][:d]) + k // 2 + 0.5)
            wrap_at[n["id"]] = max(9, int(64 / cols / across))
    for b in range(n_bands):
        r = b // cols
        ax.add_patch(Rectangle((b % cols + 0.03, top[r] + 0.04), 0.94, levels[r] - 0.08,
                               color=PALETTE[5] if b % 2 == 0 else PALETTE[2], alpha=0.08, lw=0))
    for n in nodes:
        x, y = pos[n["id"]]
        colour = "#777777" if n["outside"] else (AI_COLOUR if n["ai"] else kind_colour(n["kind"]))
        kind = ", ".join(x for x in (n["kind"] if n["kind"] != n["text"] else "", "AI-written" if n["ai"] else "") if x)
        text = wrap(n["text"], wrap_at[n["id"]], 2) + (f"\n{wrap(kind, wrap_at[n['id']], 2)}" if kind else "")
        ax.text(x, y, text, ha="center", va="center", fontsize=7, zorder=3,
                bbox={"boxstyle": "round,pad=0.3", "fc": "white", "ec": colour, "lw": 1.2,
                      "ls": "--" if n["outside"] else "-"})
    for src, dst, rel in edges:
        (x0, y0), (x1, y1) = pos[src], pos[dst]
        ax.annotate("", xy=(x1, y1 + 0.28), xytext=(x0, y0 - 0.28), zorder=2,
                    arrowprops={"arrowstyle": "-|>", "color": "#444444", "lw": 1,
                                "ls": "--" if rel == "uncredited" else "-",
                                "connectionstyle": "arc3,rad=0.0" if abs(x0 - x1) < 0.01 else "arc3,rad=0.2"})
    if alone:
        names = ", ".join(n["text"] + (" (AI-written)" if n["ai"] else "") for n in alone)
        ax.annotate(wrap(f"Independent, neither retelling nor retold ({len(alone)}): {names}.", 125, 6), (0, 0),
                    xycoords="axes fraction", xytext=(6, -4), textcoords="offset points", fontsize=7, va="top")
    k = view["independent_group"].nunique()
    ax.set_title(f"Who retells whom: {len(view)} sources, {k} independent", loc="left", pad=26)
    ax.text(0, 1.01, "Each shaded band is one independent source. An arrow points to what a source retells\n"
            "(dashed arrow: without credit); a dashed box is a source outside the corpus.", transform=ax.transAxes,
            fontsize=7, color="#444444", va="bottom")
    data = view[["doc_id", "label", "kind", "ai_generated", "derives_from", "derives_label", "relation",
                 "independent_group"]].copy()
    return fig, data.reset_index(drop=True)
