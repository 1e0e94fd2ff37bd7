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
# # 01 · Load and clean the documents
#
# **Question:** what does each source actually say, once the page furniture is gone, and can we trace every character back to the file it came from?
#
# This notebook loads the corpus (by default the five seed documents in `seeds/`), reads the manifest for what the text does not say, removes boilerplate (menus, share buttons, legal footers, breadcrumbs, counters, repeated headlines) and shows what was removed and why.
#
# *Inputs:* the corpus folder (parameter `CORPUS`) and its optional `MANIFEST.csv` / `OVERRIDES.csv`. *Outputs:* none; notebook 04 exports the figures for the brief.

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

# %% [markdown]
# ## What is in the corpus?
#
# One row per file, sorted by `doc_id` (the file name without its extension). `boilerplate_share` is the share of non-space characters the cleaner removed.

# %%
t = build_tables(CORPUS, on_error=ON_ERROR)
docs = t.docs
assert docs["doc_id"].is_unique and docs["doc_id"].is_monotonic_increasing
helpers.overview(docs)

# %% [markdown]
# ## What did the manifest add, and what did the text say?
#
# The manifest wins where it has a value; `source` says where each value came from. Where both the manifest and the text give a value, `agree` compares them. Fields that neither gives stay empty: the loader does not guess.

# %%
meta = helpers.metadata_table(docs)
meta[meta["value"].notna()]

# %% [markdown]
# ## What was removed, and why?
#
# Characters removed per source and reason. The reasons come from features of the text (link runs, repetition, position around the article) and from the editable phrase list `src/helpers/data/boilerplate_phrases.csv`.

# %%
assert t.removed["doc_id"].isin(docs["doc_id"]).all() and (t.removed["chars"] > 0).all()
helpers.removal_summary(docs).T

# %% [markdown]
# Every removal, with the raw file's line and column, so a reader can check it. Here: the first source's removals inside the long glued line where the article sits.

# %%
helpers.busiest_line(docs)

# %% [markdown]
# ## How much of each source is boilerplate?

# %%
fig, data = plots.boilerplate_share(docs)
data

# %% [markdown]
# ## Can every character be traced back to the raw file?
#
# Every character of `clean_text` maps to a raw index, line and column; mapping back must land on the same character. Zero mismatches is an invariant of the cleaner.

# %%
offsets = helpers.check_offsets(docs)
assert (offsets[["char_mismatches", "roundtrip_mismatches"]] == 0).all().all()
offsets

# %% [markdown]
# For example, where does the first source's first sentence sit in its raw file?

# %%
helpers.first_sentence(docs)

# %% [markdown]
# ## The clean texts
#
# The first 400 characters of each source after cleaning.

# %%
for doc in docs.itertuples():
    print(f"--- {doc.label} ({doc.clean_chars} of {doc.raw_chars} characters kept)")
    print(doc.clean_text[:400], end="\n\n")
