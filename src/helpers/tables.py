"""Every table of the pipeline, declared once: columns, dtypes, sort order, one line of meaning.

The stages build pandas DataFrames; :func:`conform` gives a stage's output its declared
columns, types and row order, and :func:`validate` checks a table against its declaration
(a missing or extra column, a wrong dtype, rows out of order or a duplicated key raise
:class:`TableError` naming the table and the column). :func:`data_dictionary` is the
reference written beside the tables by ``helpers build`` and quoted in the README.

dtypes are pandas' names: ``str`` (text, missing allowed), ``int64``, ``Int64`` (integer,
missing allowed), ``float64`` and ``bool``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pandas as pd


class TableError(ValueError):
    """A table does not match its declaration (names the table, the column and what is wrong)."""


@dataclass(frozen=True)
class Column:
    """One declared column."""

    name: str
    dtype: str
    meaning: str


@dataclass(frozen=True)
class Table:
    """One declared table: what a row is, its columns, its sort order and its key."""

    name: str
    meaning: str
    columns: tuple[Column, ...]
    sort: tuple[str, ...]
    key: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        """Column names in declared order."""
        return [c.name for c in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        """``{column: dtype}`` in declared order."""
        return {c.name: c.dtype for c in self.columns}


def _cols(spec: str) -> tuple[Column, ...]:
    """Columns from lines ``name | dtype | meaning`` (blank lines ignored)."""
    out = []
    for line in spec.strip().splitlines():
        name, dtype, meaning = (part.strip() for part in line.split("|", 2))
        out.append(Column(name, dtype, meaning))
    return tuple(out)


_META = "\n".join(f"{f}_source | str | where `{f}` came from: manifest, text, file name or empty" for f in
                  ("label", "title", "author", "published", "outlet", "url", "kind", "languages"))

DOCUMENTS = Table("documents", "one row per document file of the corpus", _cols(f"""
doc_id | str | stable id: the file's path inside the corpus folder, without suffix
label | str | short name used in tables and figures (manifest `label`, else the doc_id)
path | str | file path relative to the corpus folder
format | str | text, markdown or html
encoding | str | the encoding the file was decoded with
sha256 | str | SHA-256 of the raw file bytes
outlet | str | who published it
title | str | headline
author | str | byline
published | str | publication date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD)
published_precision | str | year, month or day
url | str | address of the page, when known
kind | str | kind of source (manifest, else inferred)
languages | str | languages of the clean text, `;`-joined ISO 639-1 codes
credit | str | a credit line the text gives (e.g. an outlet it names as its source)
notes | str | the manifest's notes
raw_chars | int64 | characters in the raw text
clean_chars | int64 | characters in the clean text
boilerplate_share | float64 | share of non-space characters removed as boilerplate
{_META}
text_metadata | str | JSON of every metadata field read from the text
text_evidence | str | where in the text each metadata field was read
raw_text | str | the decoded file text (HTML as written)
clean_text | str | the article text kept after cleaning
offset_map | str | compact map from each clean character to its raw position
removals | str | JSON list of removed raw spans [start, end, reason]
load_notes | str | what changed on loading (decoding chosen, bytes replaced, likely mojibake, emptied by cleaning), one per line
manifest_extra | str | JSON of manifest columns the package does not know, kept as given
"""), sort=("doc_id",), key=("doc_id",))

REMOVED = Table("removed", "one row per removed stretch of raw text (the cleaning audit)", _cols("""
doc_id | str | document
label | str | document label
raw_start | int64 | first removed character (offset in raw_text)
raw_end | int64 | one past the last removed character
line | int64 | raw line of raw_start (1-based)
column | int64 | raw column of raw_start (1-based)
end_line | int64 | raw line of the last removed character
chars | int64 | characters removed
reason | str | the named rule that removed it
text | str | the removed text
"""), sort=("doc_id", "raw_start"), key=("doc_id", "raw_start"))

CLAIMS = Table("claims", "one row per number a source states, bound to what it counts", _cols("""
claim_id | str | stable id: doc_id and clean-text offset
doc_id | str | document
label | str | document label
start | int64 | start of the number's phrase in clean_text
end | int64 | end of the number's phrase in clean_text
line | int64 | raw line of start
text | str | the number's phrase as written (with its hedge)
quote | str | the sentence it comes from
subject | str | what the number is about, from the noun or unit it counts (open: each corpus brings its own)
value_low | float64 | lower end of the range the phrase allows
value_high | float64 | upper end of that range
value | float64 | representative value
unit | str | unit or counted noun
currency | str | ISO currency for money
qualifier | str | exact, approx, at_least, more_than, up_to, range or vague
is_forecast | bool | states a future value (will, expected, by 2030); a reported plan is not a forecast
scope | str | reported, planned (a plan, target or pledge, reported as such), part (of a total named before) or joint (a whole several owners hold together: the two countries combined)
dimension | str | count, money, energy, power, area, compute, model_size, percent, duration or other
counted | str | the noun or unit the number counts, as written
measure_of | str | what the number is of: for a rise, fall, share or multiple the quantity (revenue, share price, a named index); for money the goods it is the value of; for a duration what it spans; for an index level its index; else empty
per | str | the period a rate is given per (hour, day, week, month, year: "£50 million a week", 每天), empty for a total
is_ai_generated | bool | lies in a passage the source marks as AI-written
"""), sort=("doc_id", "start", "claim_id"), key=("claim_id",))

ENTITIES = Table("entities", "one row per mention of a gazetteer name", _cols("""
doc_id | str | document
label | str | document label
start | int64 | start in clean_text
end | int64 | end in clean_text
line | int64 | raw line of start
text | str | the mention as written
canonical | str | the gazetteer's name for it
type | str | place, organisation, product, ...
kind | str | finer type from the gazetteer
region | str | the place's region, from the gazetteer
macro_region | str | the region's larger area
"""), sort=("doc_id", "start", "canonical"), key=("doc_id", "start", "canonical"))

EVENTS = Table("events", "one row per dated statement (or a document's publication)", _cols("""
event_id | str | stable id
doc_id | str | document
label | str | document label
source_kind | str | kind of the source document
event_type | str | statement or publication
start | Int64 | start of the date expression in clean_text (missing for publication rows)
end | Int64 | end of the date expression
line | Int64 | raw line of start
quote | str | the sentence that carries the date
date_text | str | the date expression as written
date_start | str | first day the date allows (ISO)
date_end | str | last day the date allows (ISO)
precision | str | day, month, quarter, half, year, ...
anchor | str | what a relative date was resolved against
relation | str | before, after, by, since, ... when the sentence says so
is_forecast | bool | about the future when the source was written
resolved | bool | the date could be placed on the calendar
note | str | why a date is unresolved or approximate
summary | str | a short label for the event
is_ai_generated | bool | lies in a passage the source marks as AI-written
"""), sort=("date_start", "doc_id", "event_id"), key=("event_id",))

PAIRS = Table("pairs", "one row per pair of documents compared (text reuse and shared claims)", _cols("""
doc_a | str | first document
doc_b | str | second document
label_a | str | its label
label_b | str | its label
word_cosine | float64 | TF-IDF cosine of words
char_cosine | float64 | TF-IDF cosine of character 4-grams
containment_a_in_b | float64 | share of a's 5-word shingles found in b
containment_b_in_a | float64 | share of b's 5-word shingles found in a
shared_passages | int64 | passages of 8+ words both contain
longest_passage | str | the longest of them
shared_phrases | str | rare phrases only these two share
shared_claims | str | numbers both state
attribution | str | who credits whom, as written
derived_from | str | the document the evidence says came first
confidence | float64 | confidence in that direction (0-1)
evidence | str | the evidence, in words
"""), sort=("doc_a", "doc_b"), key=("doc_a", "doc_b"))

CONFLICTS = Table("conflicts", "one row per pair of comparable statements that disagree", _cols("""
kind | str | numeric, place or name
subject | str | what they disagree about
doc_a | str | first document
label_a | str | its label
value_a | str | what it says
quote_a | str | its words
doc_b | str | second document (missing for a name flagged alone)
label_b | str | its label
value_b | str | what it says
quote_b | str | its words
severity | str | high, medium, low or wording (a vague word against a number is at most wording)
ratio | float64 | ratio of representative values (numeric conflicts)
evidence | str | the evidence, in words
claim_a | str | claim_id of a
claim_b | str | claim_id of b
why | str | why these statements conflict and why this severity, in one sentence
"""), sort=("kind", "subject", "doc_a", "doc_b", "claim_a", "claim_b"))

DERIVED = Table("derived", "one row per document: the document it most likely retells", _cols("""
doc_id | str | document
label | str | its label
derived_from | str | the document it retells, or empty
source_label | str | that document's label
confidence | float64 | confidence (0-1)
evidence | str | the evidence, in words
"""), sort=("doc_id",), key=("doc_id",))

TYPES = Table("types", "one row per document: what kind of source it is", _cols("""
doc_id | str | document
label | str | its label
kind | str | kind given by the manifest
kind_inferred | str | kind read from markers in the text
kind_evidence | str | the markers
ai_generated | bool | the source marks (part of) itself as AI-generated
ai_evidence | str | the marker
"""), sort=("doc_id",), key=("doc_id",))

PROVENANCE = Table("provenance", "one row per document: whom it retells, and which sources count once", _cols("""
doc_id | str | document
label | str | its label
derives_from | str | the corpus document it retells, `outside:<name>` for an original outside the corpus, or empty
derives_label | str | that source's label or name
relation | str | credited, uncredited, common_outside or none
confidence | float64 | confidence in the link (0-1)
evidence | str | the credit phrase, shared passages, names and numbers, in words
independent_group | str | documents in one group count once as corroboration
kind | str | original, retelling, aggregator, blog, transcript, social, press_release or other
ai_generated | bool | the source marks (part of) itself as AI-written
also_credits | str | other sources it credits, `;`-joined
"""), sort=("doc_id",), key=("doc_id",))

FAMILIES = Table("families", "one row per claim family: the same figure across sources", _cols("""
family_id | str | stable id
subject | str | what the figure is about
dimension | str | count, money, energy, power, area, compute, model size, percent, duration or other
unit | str | unit or counted noun
value_low | float64 | lowest value among its claims
value_high | float64 | highest value among its claims
claim_ids | str | member claims, `;`-joined
doc_ids | str | documents that state it, `;`-joined
first_doc | str | the earliest document that states it (publication date, then corpus order)
first_claim | str | that document's claim
n_sources | int64 | documents that state it
n_independent | int64 | independent groups that state it (corroboration)
"""), sort=("family_id",), key=("family_id",))

DRIFT = Table("drift", "one row per change a retelling made to what its original says", _cols("""
doc_id | str | the retelling
source | str | its original (a document or `outside:<name>`)
kind | str | dropped, added, changed, hardened or softened
subject | str | what changed
before | str | what the original says
after | str | what the retelling says
quote_before | str | the original's words
quote_after | str | the retelling's words
"""), sort=("doc_id",))

#: every table, in the order the pipeline builds them
TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, REMOVED, CLAIMS, ENTITIES, EVENTS, PAIRS, CONFLICTS,
                                                 DERIVED, TYPES, PROVENANCE, FAMILIES, DRIFT)}


def declaration(name: str) -> Table:
    """The declaration of table ``name``."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"no table {name!r}; declared: {list(TABLES)}") from None


def empty(name: str) -> pd.DataFrame:
    """A table with no rows but every declared column and type."""
    t = declaration(name)
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in t.columns})


def conform(table: pd.DataFrame, name: str, sort: bool = True) -> pd.DataFrame:
    """``table`` with the declared columns in order, declared dtypes and (optionally) the declared row order.

    Raises :class:`TableError` if a declared column is missing or an undeclared one is present.
    """
    t = declaration(name)
    _check_columns(table, t)
    out = table[t.names].astype(t.dtypes)
    if sort and t.sort and len(out):
        out = out.sort_values(list(t.sort), kind="mergesort", na_position="last").reset_index(drop=True)
    return out


def _check_columns(table: pd.DataFrame, t: Table) -> None:
    missing = [c for c in t.names if c not in table.columns]
    extra = [c for c in table.columns if c not in t.names]
    if missing or extra:
        parts = ([f"missing column(s) {missing}"] if missing else []) + (
            [f"undeclared column(s) {extra} (declare them in helpers.tables)"] if extra else [])
        raise TableError(f"table {t.name!r}: " + "; ".join(parts))


def _dtype_ok(series: pd.Series, dtype: str) -> bool:
    if dtype == "str":
        return pd.api.types.is_string_dtype(series.dtype) or (series.dtype == object and series.isna().all())
    return str(series.dtype) == dtype


def validate(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check ``table`` against its declaration; return it unchanged, or raise :class:`TableError`."""
    t = declaration(name)
    _check_columns(table, t)
    if list(table.columns) != t.names:
        raise TableError(f"table {name!r}: columns out of declared order: {list(table.columns)}")
    for c in t.columns:
        if not _dtype_ok(table[c.name], c.dtype):
            raise TableError(f"table {name!r}, column {c.name!r}: dtype {table[c.name].dtype}, declared {c.dtype}")
    if t.key and table.duplicated(list(t.key)).any():
        raise TableError(f"table {name!r}: duplicate key {list(t.key)}")
    if t.sort and len(table) > 1:
        ordered = table.sort_values(list(t.sort), kind="mergesort", na_position="last")
        if not ordered.index.equals(table.index):
            raise TableError(f"table {name!r}: rows not in declared order {list(t.sort)}")
    return table


def data_dictionary(names: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per declared column: table, column, dtype, meaning (written beside the tables)."""
    rows = [{"table": t.name, "column": c.name, "dtype": c.dtype, "meaning": c.meaning}
            for n in (names or TABLES) for t in [declaration(n)] for c in t.columns]
    return pd.DataFrame(rows, columns=["table", "column", "dtype", "meaning"])


def markdown_reference() -> str:
    """The README's table reference: per table its meaning, sort order and columns."""
    parts = []
    for t in TABLES.values():
        cols = ", ".join(f"`{c.name}`" for c in t.columns)
        parts.append(f"- **{t.name}** ({t.meaning}; sorted by {', '.join(t.sort)}): {cols}")
    return "\n".join(parts) + "\n"
