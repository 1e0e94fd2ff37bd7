"""Places, organisations, products and programmes from the editable gazetteer -> entities table.

``data/gazetteer.csv`` holds one row per thing: canonical name, type, kind (county, city...),
parent (the place or organisation it belongs to), macro_region (east/west/north/south of
China, for place checks), aliases across languages and spellings (``|``-separated, matched
case-sensitively, whole words for Latin script), a note (e.g. a name another place shares)
and provenance. Nothing about the story lives in code.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.core.schema import typed
from helpers.core.paths import DATA_DIR

ENTITY_COLUMNS = ["doc_id", "label", "start", "end", "line", "text", "canonical", "type", "kind", "region",
                  "macro_region"]
ENTITY_DTYPES = {**{c: "str" for c in ENTITY_COLUMNS}, "start": "int64", "end": "int64", "line": "int64"}


@dataclass(frozen=True)
class Entry:
    """One gazetteer row."""

    canonical: str
    type: str
    kind: str
    parent: str
    macro_region: str
    aliases: tuple[str, ...]
    note: str


@lru_cache(maxsize=4)
def gazetteer(path: str | None = None) -> tuple[Entry, ...]:
    """Read the gazetteer (``data/gazetteer.csv`` unless a path is given)."""
    with open(path or DATA_DIR / "gazetteer.csv", encoding="utf-8", newline="") as fh:
        return tuple(Entry(r["canonical"], r["type"], r["kind"], r["parent"], r["macro_region"],
                           tuple(a for a in r["aliases"].split("|") if a), r["note"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=4)
def _matcher(path: str | None = None) -> tuple[re.Pattern[str], dict[str, Entry]]:
    by_alias: dict[str, Entry] = {}
    for e in gazetteer(path):
        for a in e.aliases:
            by_alias.setdefault(a, e)
    parts = []
    for a in sorted(by_alias, key=len, reverse=True):
        first, rest = re.escape(a[0]), re.escape(a[1:]).replace(r"\ ", r"\s+")
        # Latin names are whole words. Every alternative starts with its literal first character
        # (the word-start check comes right after it, looking two characters back), which lets
        # the regex engine skip positions and alternatives that cannot match.
        parts.append(rf"{first}(?<![A-Za-z][\s\S]){rest}(?![A-Za-z])" if re.match(r"[A-Za-z]", a) else first + rest)
    return re.compile("|".join(parts)), by_alias


@lru_cache(maxsize=4096)
def _region_path(canonical: str, path: str | None = None) -> tuple[str, ...]:
    return tuple(_region_chain(canonical, path))


def region_path(canonical: str, path: str | None = None) -> list[str]:
    """The chain of parents of a gazetteer entry: ``Yiwu County -> [Hami, Xinjiang, China]``."""
    return list(_region_path(canonical, path))


def _region_chain(canonical: str, path: str | None = None) -> list[str]:
    """The chain of parents of a gazetteer entry: ``Yiwu County -> [Hami, Xinjiang, China]``."""
    by_name = {e.canonical: e for e in gazetteer(path)}
    out, seen = [], set()
    cur = by_name.get(canonical)
    while cur is not None and cur.parent and cur.parent not in seen:
        out.append(cur.parent)
        seen.add(cur.parent)
        cur = by_name.get(cur.parent)
    return out


def names_a_maker(text: str) -> bool:
    """Whether ``text`` is a company's or product's name in the gazetteer, then at most a model written in Latin
    letters and digits ("輝達H200 ", "昇腾"): what may stand between a Chinese classifier and the noun it counts
    ("20萬個輝達H200 GPU的算力叢集"), unlike a verb ("1000台带芯片的手机")."""
    found = [f for f in find_entities(text) if f[0] == 0 and f[3].type in ("organisation", "product")]
    return bool(found) and re.fullmatch(r"[\sA-Za-z0-9.-]*", text[max(f[1] for f in found):]) is not None


def find_entities(text: str, path: str | None = None) -> list[tuple[int, int, str, Entry]]:
    """``(start, end, text, entry)`` for every gazetteer alias in ``text``, longest first."""
    rx, by_alias = _matcher(path)
    out = []
    for m in rx.finditer(text):
        key = re.sub(r"\s+", " ", m.group(0))
        entry = by_alias.get(key) or by_alias.get(m.group(0))
        if entry is None:  # an alias with internal white space matched across a line break
            entry = next(e for a, e in by_alias.items() if re.sub(r"\s+", " ", a) == key)
        out.append((m.start(), m.end(), m.group(0), entry))
    return out


def _doc_entities(doc: tuple[str, str, str, str, str], gazetteer_path: str | None = None) -> list[dict[str, object]]:
    from helpers.read.offsets import OffsetMap

    doc_id, label, text, raw, omap_text = doc
    if not text:
        return []
    omap = OffsetMap.from_string(omap_text, len(text), raw)
    rows = []
    for s, e, mention, entry in find_entities(text, gazetteer_path):
        rows.append({
            "doc_id": doc_id, "label": label, "start": s, "end": e,
            "line": omap.position(omap.to_raw(s)).line, "text": mention,
            "canonical": entry.canonical, "type": entry.type, "kind": entry.kind,
            "region": " > ".join(region_path(entry.canonical, gazetteer_path)) or None,
            "macro_region": entry.macro_region or None,
        })
    return rows


def extract_entities(docs: pd.DataFrame, gazetteer_path: str | None = None, workers: int = 1,
                     progress: bool | None = None) -> pd.DataFrame:
    """The entities table: one row per mention, with canonical name, type and region."""
    from functools import partial

    from helpers.extract.claims import doc_tuples
    from helpers.core.parallel import map_docs

    fn = _doc_entities if gazetteer_path is None else partial(_doc_entities, gazetteer_path=gazetteer_path)
    rows = [r for rs in map_docs(fn, doc_tuples(docs), workers, progress, "entities") for r in rs]
    return typed(pd.DataFrame(rows, columns=ENTITY_COLUMNS), ENTITY_DTYPES)
