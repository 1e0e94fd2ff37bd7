"""Declared column types for the tables the library returns.

pandas infers a column's type from its values, so a table whose column happens to be all
missing (an empty table, or one partition of a corpus on Dask) would otherwise get ``object``
where the whole corpus gets ``str`` or ``float64``. :func:`typed` makes every table keep the
same types whatever rows it holds, so partitions concatenate into the whole-corpus table.
"""
from __future__ import annotations

from typing import Mapping

import pandas as pd


def typed(table: pd.DataFrame, dtypes: Mapping[str, str]) -> pd.DataFrame:
    """``table`` with each column in ``dtypes`` cast to its declared type (missing stays missing)."""
    return table.astype({c: t for c, t in dtypes.items() if c in table.columns})
