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
