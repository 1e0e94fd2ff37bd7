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
# # 02 · Comparing the sources
#
# **Question:** the sources disagree. What does each say, number by number; who retells whom, and how many independent sources stand behind each figure; which numbers really conflict; what did each retelling change; and what is AI-written?
#
# Every number below is read from the clean texts, bound to what it counts (chips, data centres, yuan, kWh ...) with its hedge ("approximately three dozen", "tens of thousands", "more than 115,000") and its quote; nothing is typed in. The tables come from `helpers.pipeline.build_tables`, built once per corpus.
#
# *Inputs:* the corpus folder (parameter `CORPUS`); the editable lexicons, hedges, gazetteer, attribution phrases and source markers in `src/helpers/data/`. *Outputs:* none; notebook 04 exports the figures and the brief.

# %% tags=["parameters"]
# Parameters (papermill convention)
CORPUS: str | None = None  # folder of .txt/.md/.html files; None means the built-in seeds/
ON_ERROR: str = "raise"  # "raise": stop on a bad file; "skip": load the others (the build lists what was left out)

# %%
import pandas as pd
import helpers
from helpers.present import plots
from helpers.present.explore import with_source_names
from helpers.present.brief_sources import main_subjects, source_view
from helpers.pipeline import build_tables
from helpers.story import load_story

pd.set_option("display.max_colwidth", 80)
t = build_tables(CORPUS, on_error=ON_ERROR)
docs, claims, conflicts, prov, families = t.docs, t.claims, t.conflicts, t.provenance, t.families
assert claims["claim_id"].is_unique and claims["doc_id"].isin(docs["doc_id"]).all()

# %% [markdown]
# ## What does each source count, and in what unit?
#
# One row per subject and unit: how many claims and sources. A number whose counted noun or unit is unknown is not a claim at all.

# %%
by_subject = (claims.groupby(["dimension", "subject", "unit"], dropna=False)
              .agg(claims=("claim_id", "size"), sources=("doc_id", "nunique"))
              .reset_index().sort_values(["sources", "claims", "subject"], ascending=[False, False, True]))
by_subject.head(15)

# %%
fig, grid = plots.claims_heatmap(claims, docs)
assert grid.drop(columns="source").to_numpy().sum() <= len(claims)

# %% [markdown]
# ## Who says what, claim by claim?
#
# Each cell is what a source says about a subject: the value range read from its hedge, and the words it used. `[forecast]` marks claims about the future, `[plan]` a reported plan or target (a fact about a plan, not a forecast), `[part]` a part of a total named before it.

# %%
helpers.claim_matrix(claims, docs)

# %% [markdown]
# ## Which figures are facts, plans or forecasts?
#
# A reported count of planned facilities is a fact about a plan; "will", "expected to", "by 2030" make a forecast. Conflicts compare facts with facts and plans with plans; a plan and a reported figure for the same named year are compared only at `low` severity.

# %%
assert set(claims["scope"]) <= {"reported", "planned", "part", "joint"}
claims.groupby(["scope", "is_forecast"]).agg(claims=("claim_id", "size"), sources=("doc_id", "nunique")).reset_index()

# %% [markdown]
# ## Who retells whom?
#
# A source derives from another when it credits it ("according to", "据…报道", "selon") and shares material, or shares distinctive wording without credit, never against publication order. Sources that share a distinctive set of numbers and names with no credited source between them retell a common original outside the corpus. Sources in one `independent_group` count once.

# %%
assert prov["doc_id"].tolist() == docs["doc_id"].tolist()
helpers.tidy(with_source_names(prov, docs, group="independent_group")[
    ["label", "kind", "derives_label", "relation", "confidence", "group", "ai_generated", "evidence"]], width=70)

# %% [markdown]
# ## How many independent sources stand behind each figure?
#
# A claim family is the same figure across sources; its first appearance is the earliest source that states it.

# %%
assert (families["n_independent"] <= families["n_sources"]).all()
top = families.sort_values(["n_independent", "n_sources", "family_id"], ascending=[False, False, True]).head(12)
helpers.tidy(with_source_names(top, docs, first="first_doc", sources="doc_ids")[
    ["subject", "unit", "value_low", "value_high", "n_sources", "n_independent", "first", "sources"]], width=50)

# %% [markdown]
# ## Which numbers really conflict?
#
# Only comparable claims are compared: same subject, same dimension and unit, same scope, no different product models or actors named; two values given in one sentence (scenarios, before and after) never conflict. Two different precise counts conflict even when close; a vague word ("thousands") against a number is at most loose wording. `why` says why.

# %%
assert not ((conflicts["severity"] == "high") & conflicts["why"].str.contains("vague", na=False)).any()
conflicts[["kind", "subject", "label_a", "value_a", "label_b", "value_b", "severity", "why"]]

# %%
# the subjects the story leads with (its STORY.toml), else the two most independently reported
main = main_subjects(t, source_view(t), load_story(CORPUS).subjects)
fig, data = plots.number_ranges(claims, docs, tuple(main), ai=set(prov.loc[prov["ai_generated"], "doc_id"]))
data[["panel", "label", "text", "value_low", "value_high"]]

# %% [markdown]
# ## What did each retelling change?
#
# For each retelling against its original (in the corpus, or the outside original its group retells): figures dropped, added or changed, and hedges that hardened ("about 115,000" → "115,000") or softened.

# %%
with_source_names(t.drift, docs, retelling="doc_id", original="source")[
    ["retelling", "original", "kind", "subject", "before", "after"]]

# %% [markdown]
# ## What is AI-written?
#
# Passages a source marks as AI-generated carry the flag, and so do the claims and dated statements inside them; the brief keeps them apart from reporting.

# %%
claims.loc[claims["is_ai_generated"], ["label", "text", "subject", "quote"]]
