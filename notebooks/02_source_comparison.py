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
# # 02 · Comparing the sources
#
# **Question:** the sources disagree. Who says what, claim by claim; where do numbers and places conflict; who copied whom; and what did each retelling change?
#
# Every number below is extracted from the clean texts with its hedge ("approximately three dozen", "tens of thousands", "more than 115,000") and its quote; nothing is typed in.
#
# *Inputs:* the corpus folder (parameter `CORPUS`); the editable lexicon, hedges, gazetteer and source markers in `src/helpers/data/`. *Outputs:* none; notebook 04 exports these figures for the brief.

# %% tags=["parameters"]
# Parameters (papermill convention): None means the built-in seeds / the repository's folders.
CORPUS = None
OUT = None

# %%
import pandas as pd
import helpers
from helpers import plots

pd.set_option("display.max_colwidth", 80)
docs = helpers.load_corpus(CORPUS)

# %% [markdown]
# ## What kind of source is each document, and is any of it AI-generated?
#
# Inferred from markers in the raw text (boilerplate counts as evidence here), beside the kind the manifest gives.

# %%
types = helpers.classify_sources(docs)
assert len(types) == len(docs)
types[["label", "kind", "kind_inferred", "ai_generated", "kind_evidence", "ai_evidence"]]

# %% [markdown]
# ## Who says what, claim by claim?
#
# Each cell is what a source says about a subject: the value range read from its hedge, and the words it used. `[forecast]` marks claims about the future.

# %%
claims = helpers.extract_claims(docs)
assert claims["claim_id"].is_unique
matrix = helpers.claim_matrix(claims, docs)
matrix

# %%
fig, data = plots.claim_matrix(claims, docs)
data.head(12)

# %% [markdown]
# ## Where do the numbers and places disagree?
#
# Two claims conflict when their ranges do not overlap; `ratio` compares representative values, so "thousands" vs "tens of thousands" is about ten times apart. Place conflicts put a gazetteer place in the wrong region; name rows flag a likely garbled name.

# %%
conflicts = helpers.find_conflicts(claims, docs)
conflicts[["kind", "subject", "label_a", "value_a", "label_b", "value_b", "severity", "ratio", "evidence"]]

# %%
fig, data = plots.number_ranges(claims, docs, ("data_centers", "chips"))
data

# %% [markdown]
# ## Who copied whom?
#
# Similarity on words and character n-grams (sparse TF-IDF), containment of 5-word shingles, rare phrases only two sources share, shared numbers, attribution phrases and publication order, scored into a `derived_from` guess with its evidence.

# %%
pairs = helpers.compare_sources(docs, claims)
pairs[["label_a", "label_b", "word_cosine", "char_cosine", "containment_a_in_b", "containment_b_in_a",
       "shared_phrases", "shared_claims", "attribution", "confidence"]]

# %%
derived = helpers.derivation(pairs, docs)
derived[["label", "source_label", "confidence", "evidence"]]

# %%
fig, data = plots.similarity(pairs, docs, derived)
data

# %% [markdown]
# ## What did each retelling change?
#
# For each source that derives from another in the corpus: the claims it changed, dropped or added, the places and the dates.

# %%
entities = helpers.extract_entities(docs)
events = helpers.build_timeline(docs)
helpers.drift(docs, derived, claims, entities, events)
