# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (desert-compute)
#     language: python
#     name: desert-compute
# ---

# %% [markdown]
# # 00 · Exploring the corpus
#
# **Question:** before the story, a researcher's own questions: who else says 115,000? where exactly does this number come from?
#
# A concordance across all sources (plain text or regex, case-insensitive, Chinese included) with raw lines and columns; any claim or event shown in its context; tables trimmed for reading.
#
# *Inputs:* the corpus folder (parameter `CORPUS`). *Outputs:* none.

# %% tags=["parameters"]
# Parameters (papermill convention): None means the built-in seeds.
CORPUS = None
OUT = None

# %%
import helpers

docs = helpers.load_corpus(CORPUS)

# %% [markdown]
# ## Who else says 115,000?

# %%
helpers.kwic(docs, "115,000", width=40)

# %% [markdown]
# ## How does each source write "data centres"?
#
# A regular expression catches both spellings and the Chinese term.

# %%
helpers.tidy(helpers.kwic(docs, r"data cent(?:er|re)s?|数据中心", width=35, regex=True), width=40)

# %% [markdown]
# ## Where exactly does a number come from?
#
# The first claim about data centres (if any), in its sentence, with the neighbouring sentences and the raw file's line.

# %%
claims = helpers.extract_claims(docs)
about = claims[claims["subject"] == "data_centers"]
helpers.in_context(about.iloc[0], docs) if len(about) else 'no claim about data centres in this corpus'

# %% [markdown]
# ## And a dated statement?

# %%
events = helpers.build_timeline(docs)
dated = events[(events["event_type"] == "statement") & events["resolved"]]
helpers.in_context(dated["event_id"].iloc[0], docs, events=events) if len(dated) else 'no dated statement in this corpus'

# %% [markdown]
# ## The claims table, readable
#
# Long quotes cut with an ellipsis, numbers with thousands separators, open-ended ranges as ∞.

# %%
helpers.tidy(claims[["label", "text", "subject", "value_low", "value_high", "qualifier", "line", "quote"]], width=50)
