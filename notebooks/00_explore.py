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
# # 00 · Exploring the corpus
#
# **Question:** before the story, a researcher's own questions: which figure do most sources repeat, who says it, and where exactly does a number come from?
#
# A concordance across all sources (plain text or regex, case-insensitive, Chinese included) with raw lines and columns; any claim or event shown in its context; tables trimmed for reading. Everything here reads the tables the pipeline builds once per corpus (`helpers.pipeline.build_tables`).
#
# *Inputs:* the corpus folder (parameter `CORPUS`). *Outputs:* none.

# %% tags=["parameters"]
# Parameters (papermill convention)
CORPUS: str | None = None  # folder of .txt/.md/.html files; None means the built-in seeds/
ON_ERROR: str = "raise"  # "raise": stop on a bad file; "skip": load the others (the build lists what was left out)

# %%
import helpers
from helpers.pipeline import build_tables

t = build_tables(CORPUS, on_error=ON_ERROR)
docs, claims, events, families = t.docs, t.claims, t.events, t.families
assert len(docs) > 0 and claims["doc_id"].isin(docs["doc_id"]).all()

# %% [markdown]
# ## Which figure do most sources repeat?
#
# Claim families group the same figure across sources; `n_independent` counts sources that do not retell one another.

# %%
top = families.sort_values(["n_sources", "n_independent", "family_id"], ascending=[False, False, True]).head(5)
top[["subject", "dimension", "unit", "value_low", "value_high", "n_sources", "n_independent", "doc_ids"]]

# %% [markdown]
# ## Who says it, in their own words?
#
# The most repeated figure's first wording, looked up in every source with the raw file's line and column.

# %%
first = claims[claims["claim_id"] == top["first_claim"].iloc[0]].iloc[0] if len(top) else None
helpers.kwic(docs, first["text"], width=40) if first is not None else "no claims in this corpus"

# %% [markdown]
# ## How does each source name what it counts?
#
# A regular expression catches spellings and the Chinese term; change it for your own corpus.

# %%
helpers.tidy(helpers.kwic(docs, r"data cent(?:er|re)s?|数据中心|centres? de données", width=35, regex=True), width=40)

# %% [markdown]
# ## Where exactly does a number come from?
#
# The first claim of the most repeated family, in its sentence, with the neighbouring sentences and the raw file's line.

# %%
helpers.in_context(first, docs) if first is not None else "no claims in this corpus"

# %% [markdown]
# ## And a dated statement?

# %%
dated = events[(events["event_type"] == "statement") & events["resolved"]]
helpers.in_context(dated["event_id"].iloc[0], docs, events=events) if len(dated) else "no dated statement in this corpus"

# %% [markdown]
# ## The claims table, readable
#
# Long quotes cut with an ellipsis, numbers with thousands separators, open-ended ranges as ∞.

# %%
helpers.tidy(claims[["label", "text", "subject", "value_low", "value_high", "qualifier", "line", "quote"]], width=50)
