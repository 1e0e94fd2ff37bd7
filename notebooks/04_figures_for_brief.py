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
# # 04 · Figures and the brief
#
# **Question:** what does a reader of the brief need to see, and can every number in it be traced to a quote?
#
# This notebook exports the brief's figure set (PNG at 300 dpi, SVG, PDF and the CSV of the data behind each, with hashes in `figures/MANIFEST.csv`) and writes the draft brief: `brief/brief.md`, rendered to `brief/brief.html`, `brief/brief.docx` and `brief/brief.pdf`. Every number from a source carries a footnote with the source, its exact words and the raw file's line.
#
# *Inputs:* the corpus folder (parameter `CORPUS`). *Outputs:* `figures/` and `brief/` (or `OUT/figures`, `OUT/brief`).

# %% tags=["parameters"]
# Parameters (papermill convention): None means the built-in seeds / the repository's folders.
CORPUS = None
OUT = None

# %%
import pandas as pd
from IPython.display import Markdown
import helpers
from helpers import brief, figures
from helpers.paths import output_dirs

pd.set_option("display.max_colwidth", 80)
FIGURES_DIR, BRIEF_DIR = output_dirs(OUT)
docs = helpers.load_corpus(CORPUS)
analysis = helpers.analyse(docs)

# %% [markdown]
# ## Which figures does the brief need, and what question does each answer?

# %%
exported = brief.export_figures(analysis, FIGURES_DIR, show=True)
exported[["name", "question", "caption"]]

# %% [markdown]
# ## Is every exported file the one the manifest describes?

# %%
check = figures.verify_manifest(FIGURES_DIR)
assert check["matches"].all()
check.pivot(index="name", columns="format", values="matches")

# %% [markdown]
# ## The brief, and can every number in it be traced?
#
# Each footnote's quote must appear in the cited source's clean text (or, for page furniture such as a dateline, in its raw text) and on the raw line it names.

# %%
written = brief.write_brief(analysis, FIGURES_DIR, BRIEF_DIR)
text = written["md"].read_text(encoding="utf-8")
citations = brief.check_citations(text, docs)
assert citations["quote_in_text"].all() and citations["quote_on_line"].all()
print(f"{len(citations)} footnotes, all traceable; written: {', '.join(sorted(p.name for p in written.values()))}")
citations.head(8)

# %% [markdown]
# ## Key findings, as the brief states them

# %%
Markdown(text[text.index("## Key findings"):text.index("## What each source says")])
