"""The one way every peer benchmark states a peer against ours: ``<column>_vs_ours`` = peer / ours."""
from __future__ import annotations

import pandas as pd


def vs_ours(table: pd.DataFrame, columns: dict[str, int]) -> pd.DataFrame:
    """Add ``<column>_vs_ours`` for each column (rounded to the given digits; a time column
    ``ms_...`` becomes ``time_vs_ours``); row 0 is ours."""
    base = table.iloc[0]
    for col, digits in columns.items():
        name = "time" if col.startswith("ms_") else col
        table[f"{name}_vs_ours"] = (table[col] / base[col]).round(digits)
    return table
