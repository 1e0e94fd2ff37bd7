"""One figure style and a deterministic export: PNG (300 dpi), SVG, PDF and the CSV of the data.

``export(fig, name, caption=..., alt=..., sources=[...], data=df)`` writes
``<out>/<name>.{png,svg,pdf,csv}`` atomically, puts a source line under the figure, and
records name, caption, alt text, sources and each file's sha256 in ``<out>/MANIFEST.csv``.
Same inputs give the same bytes: fixed SVG hash salt, no dates in SVG/PDF metadata.
"""
from __future__ import annotations

import csv
import hashlib
import io
import logging
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager

from helpers.core.atomic import write_bytes, write_text
from helpers.core.paths import DATA_DIR, FIGURES_DIR

STYLE = DATA_DIR / "desert.mplstyle"
#: Okabe-Ito, colour-blind safe; the same order as the style's colour cycle
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
ONE_COLUMN = (3.5, 2.6)   # inches
TWO_COLUMN = (7.2, 3.6)
MANIFEST_COLUMNS = ["name", "caption", "alt", "sources", "png_sha256", "svg_sha256", "pdf_sha256", "csv_sha256"]
FORMATS = ("png", "svg", "pdf")


def _cjk_font() -> str | None:
    """Register the Noto Sans CJK font shipped by ``mplfonts`` (SIL OFL) and return its name."""
    try:
        import mplfonts
    except ImportError:  # pragma: no cover - it is a pinned dependency
        return None
    path = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    if not path.exists():  # pragma: no cover
        return None
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def use_style() -> None:
    """Apply the project style (and a CJK fallback font) to matplotlib's global settings."""
    # the CJK font has no bold face; matplotlib logs that on every bold title (harmless)
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    plt.style.use(str(STYLE))
    cjk = _cjk_font()
    mpl.rcParams["font.family"] = ["DejaVu Sans"] + ([cjk] if cjk else [])


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def render(fig: plt.Figure, fmt: str) -> bytes:
    """The figure's bytes in one format, with no dates or random ids in them."""
    buf = io.BytesIO()
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}[fmt]
    with mpl.rc_context({"svg.hashsalt": "desert-compute"}):
        fig.savefig(buf, format=fmt, metadata=metadata)
    return buf.getvalue()


def source_line(sources: list[str], docs: pd.DataFrame | None = None) -> str:
    """'Sources: Bloomberg 2025-07-31; lumida (undated)' from doc_ids and the documents table."""
    parts = []
    for doc_id in sources:
        if docs is not None and doc_id in set(docs["doc_id"]):
            row = docs.loc[docs["doc_id"] == doc_id].iloc[0]
            name = row["outlet"] if isinstance(row["outlet"], str) and row["outlet"] else row["label"]
            when = row["published"] if isinstance(row["published"], str) else "undated"
            parts.append(f"{name} {when}")
        else:
            parts.append(doc_id)
    return "Sources: " + "; ".join(parts)


#: characters of 7-point DejaVu Sans per inch of canvas (a safe under-estimate)
FOOTER_CHARS_PER_INCH = 17
#: a footer longer than this many lines ends with "and N more"
FOOTER_LINES = 4


def footer(text: str, chars: int, lines: int = FOOTER_LINES) -> str:
    """``text`` wrapped at ``chars`` characters per line, at most ``lines`` lines."""
    import textwrap

    parts = textwrap.wrap(" ".join(text.split()), chars, break_long_words=True) or [""]
    if len(parts) <= lines:
        return "\n".join(parts)
    kept = parts[:lines]
    kept[-1] = kept[-1][: chars - 16].rsplit(";", 1)[0]
    more = text.count(";") - "\n".join(kept).count(";")
    kept[-1] += f"; and {max(more, 1)} more"
    return "\n".join(kept)


def export(fig: plt.Figure, name: str, *, caption: str, alt: str, sources: list[str], data: pd.DataFrame,
           docs: pd.DataFrame | None = None, out: str | Path | None = None) -> dict[str, str]:
    """Write the figure in every format plus its data, atomically, and record it in MANIFEST.csv."""
    out = Path(out) if out else FIGURES_DIR
    # the source line goes under everything already drawn, wrapped to the canvas width so a long
    # list of sources never widens the image
    # an invisible rule across the whole canvas: the saved image is never narrower than the figure
    from matplotlib.patches import Rectangle

    fig.add_artist(Rectangle((0, 0.5), 1, 0.0, transform=fig.transFigure, alpha=0.0, lw=0))
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    width, height = fig.get_size_inches()
    x0 = max(box.x0, 0.0)
    chars = max(40, int((width - x0) * FOOTER_CHARS_PER_INCH))
    fig.text(x0 / width, (box.y0 - 0.08) / height, footer(source_line(sources, docs), chars), fontsize=7,
             color="#555555", ha="left", va="top", transform=fig.transFigure)
    record = {"name": name, "caption": caption, "alt": alt, "sources": ";".join(sources)}
    for fmt in FORMATS:
        blob = render(fig, fmt)
        write_bytes(out / f"{name}.{fmt}", blob)
        record[f"{fmt}_sha256"] = _sha(blob)
    csv_text = data.to_csv(index=False, lineterminator="\n")
    write_text(out / f"{name}.csv", csv_text)
    record["csv_sha256"] = _sha(csv_text.encode("utf-8"))
    _update_manifest(out / "MANIFEST.csv", record)
    return record


def _update_manifest(path: Path, record: dict[str, str]) -> None:
    rows: dict[str, dict[str, str]] = {}
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            rows = {r["name"]: r for r in csv.DictReader(fh)}
    rows[record["name"]] = record
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
    w.writeheader()
    for key in sorted(rows):
        w.writerow(rows[key])
    write_text(path, buf.getvalue())


def verify_manifest(out: str | Path | None = None) -> pd.DataFrame:
    """Recompute every file's sha256 and compare with ``MANIFEST.csv``: one row per figure file."""
    out = Path(out) if out else FIGURES_DIR
    with open(out / "MANIFEST.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    checks = []
    for r in rows:
        for fmt in (*FORMATS, "csv"):
            path = out / f"{r['name']}.{fmt}"
            actual = _sha(path.read_bytes()) if path.exists() else None
            checks.append((r["name"], fmt, r[f"{fmt}_sha256"][:12], actual == r[f"{fmt}_sha256"]))
    return pd.DataFrame(checks, columns=["name", "format", "sha256", "matches"])
