# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 · Timeline
#
# **Question:** when did things happen, according to each source, and what is only forecast?
#
# Every dated statement in the clean texts becomes an event with its date range, the precision the text gives (a month stays a month, a year a year), whether the date was written out (`explicit`) or had to be anchored on the publication date (`relative`), and whether it is a forecast. Each source's publication date is an event too, so the figure shows when each source said what.
#
# *Inputs:* the corpus folder (parameter `CORPUS`). *Outputs:* none; notebook 04 exports the timeline figure for the brief.

# %% tags=["parameters"]
# Parameters (papermill convention)
CORPUS: str | None = None  # folder of .txt/.md/.html files; None means the built-in seeds/
ON_ERROR: str = "raise"  # "raise": stop on a bad file; "skip": load the others (the build lists what was left out)

# %%
import pandas as pd
import helpers
from helpers.present import plots
from helpers.pipeline import build_tables

pd.set_option("display.max_colwidth", 70)
t = build_tables(CORPUS, on_error=ON_ERROR)
docs = t.docs
VIEW = ["label", "date_text", "date_start", "date_end", "precision", "anchor", "relation", "is_forecast", "is_ai_generated", "line", "summary"]

# %% [markdown]
# ## Which dated statements does each source make?
#
# Sorted by date; statements that cannot be placed come last. `line` is the raw file's line of the date expression.

# %%
events = t.events
statements = events[events["event_type"] == "statement"]
assert all(docs.set_index("doc_id").loc[e.doc_id, "clean_text"][e.start:e.end] == e.quote for e in statements.itertuples())
events[VIEW]

# %% [markdown]
# ## What is forecast rather than reported?
#
# A statement is a forecast when its date lies after the source's publication date, or when its clause speaks of the future (`will`, `plans to`, `by 2028`, `预计` ...; the markers are in `src/helpers/data/forecast_markers.csv`).

# %%
events.loc[events["is_forecast"], VIEW]

# %% [markdown]
# ## What could not be placed on the calendar?
#
# Relative dates need the source's publication date; where it is unknown they stay unresolved rather than guessed.

# %%
events.loc[~events["resolved"], ["label", "date_text", "note", "quote"]]

# %% [markdown]
# ## Do the sources agree on when things happened?
#
# Statements from different sources about the same event are grouped (similar wording, sparse TF-IDF neighbours); `dates_disagree` flags groups whose date ranges do not overlap.

# %%
merged = helpers.merge_events(events)
assert len(merged) == len(events)
shared = merged[merged["group_size"] > 1]
print(f"{merged['group_id'].nunique()} groups; {shared['group_id'].nunique()} reported by more than one source; "
      f"{merged.loc[merged['dates_disagree'], 'group_id'].nunique()} with disagreeing dates")
shared[["group_id", "label", "date_text", "date_start", "dates_disagree", "summary"]]

# %% [markdown]
# ## The timeline
#
# Bars cover the whole span a date stands for (a year is a bar over the year, not a dot on 1 January); hatched bars are forecasts; diamonds are publication dates.

# %%
fig, data = plots.timeline(events)
data[["label", "date_text", "precision", "is_forecast", "resolved"]]
