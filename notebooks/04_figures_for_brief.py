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
# # 04 · Figures and the brief
#
# **Question:** what does a reader of the brief need to see first, and can every number in it be traced to a quote and a raw line?
#
# This notebook exports the brief's figures (PNG at 300 dpi, SVG, PDF and the CSV of the data behind each, with hashes in `figures/MANIFEST.csv`) and writes the brief: `brief/brief.md`, rendered sandboxed to `brief/brief.html`, `brief/brief.docx` and `brief/brief.pdf`. The brief leads with a bottom line and findings ranked by importance, each with its confidence counted in independent sources; every quoted passage is one numbered note naming the source, its exact words and the raw file's line.
#
# *Inputs:* the corpus folder (`CORPUS`) and its optional `STORY.toml` (title, subtitle, subjects to lead with). *Outputs:* `figures/` and `brief/` (or `OUT/figures`, `OUT/brief`).

# %% tags=["parameters"]
# Parameters (papermill convention)
CORPUS: str | None = None  # folder of .txt/.md/.html files; None means the built-in seeds/
ON_ERROR: str = "raise"  # "raise": stop on a bad file; "skip": load the others (the build lists what was left out)
OUT: str | None = None  # where figures/ and brief/ go; None means the repository's folders
TITLE: str | None = None  # the brief's title; None means the corpus's STORY.toml, else an honest generic one

# %%
import pandas as pd
from IPython.display import Markdown
from helpers.present import brief
from helpers.present import figures
from helpers.core.paths import output_dirs
from helpers.pipeline import build_tables
from helpers.story import load_story

pd.set_option("display.max_colwidth", 80)
FIGURES_DIR, BRIEF_DIR = output_dirs(OUT)
story = load_story(CORPUS).with_title(TITLE)
analysis = build_tables(CORPUS, on_error=ON_ERROR)
docs = analysis.docs
print(f"title: {story.title or '(generic, from the corpus)'}; subjects first: {', '.join(story.subjects) or '(most reported)'}")

# %% [markdown]
# ## Which figures does the brief need, and what question does each answer?
#
# Three figures: the numbers the sources give (with the range each hedge allows), who retells whom (outside originals as nodes, independent sources visible) and the timeline (forecasts and AI-written statements apart).

# %%
exported = brief.export_figures(analysis, FIGURES_DIR, show=True, story=story)
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
# Each note's quote must appear in the cited source's clean text (or, for page furniture such as a dateline, in its raw text) and on the raw line it names; `verify_citations` raises an error naming any quote that does not, and any passage noted twice.

# %%
written = brief.write_brief(analysis, FIGURES_DIR, BRIEF_DIR, story=story)
text = written["md"].read_text(encoding="utf-8")
citations = brief.verify_citations(text, docs)
print(f"{len(citations)} quoted passages, all traceable; written: {', '.join(sorted(p.name for p in written.values()))}")
citations.head(8)

# %% [markdown]
# ## The bottom line and key findings, as the brief states them

# %%
Markdown(text[text.index("**Bottom line."):text.index("## Where the sources disagree")])
