"""Conflicts a gazetteer shows: places put in the wrong region, and garbled place names.

Split from :mod:`helpers.compare.conflicts` (numbers); both feed the one conflicts table.
"""
from __future__ import annotations

import re

import pandas as pd

from helpers.extract.entities import find_entities, gazetteer, region_path


def _columns() -> list[str]:
    from helpers.compare.conflicts import CONFLICT_COLUMNS

    return CONFLICT_COLUMNS


# --------------------------------------------------------------------------- place conflicts

_DIRECTION = re.compile(r"\bin\s+(?:the\s+)?(eastern|western|northern|southern|north-?western|north-?eastern|"
                        r"south-?western|south-?eastern|central)\s+(?:part of\s+)?(China|[A-Z]\w+)|"
                        r"(东部|西部|北部|南部|中部|东南|西北|西南|东北)")
_DIR_KEY = {"eastern": "east", "western": "west", "northern": "north", "southern": "south", "central": "central",
            "东部": "east", "西部": "west", "北部": "north", "南部": "south", "中部": "central", "东南": "east",
            "西北": "west", "西南": "west", "东北": "north"}


def place_conflicts(docs: pd.DataFrame) -> pd.DataFrame:
    """A place followed by "in eastern/western/... China" that contradicts the gazetteer's region."""
    rows = []
    for doc in docs.itertuples(index=False):
        text = doc.clean_text
        for s, e, name, entry in find_entities(text):
            if entry.type != "place" or not entry.macro_region:
                continue
            m = _DIRECTION.match(text[e:e + 40].lstrip(" ,"))
            if not m:
                continue
            word = (m.group(1) or m.group(3)).lower().replace("-", "")
            said = _DIR_KEY.get(word, _DIR_KEY.get(word.replace("north", "").replace("south", ""), word))
            if word.startswith("north") and "west" in word or word.startswith("south") and "west" in word:
                said = "west"
            if said == entry.macro_region:
                continue
            quote_start = text.rfind(".", 0, s) + 1
            quote_end = text.find(".", e)
            quote = text[quote_start: quote_end + 1 if quote_end >= 0 else len(text)].strip()
            where = " > ".join(region_path(entry.canonical))
            note = f" ({entry.note})" if entry.note else ""
            rows.append({
                "kind": "place", "subject": entry.canonical, "doc_a": doc.doc_id, "label_a": doc.label,
                "value_a": f"{name} {m.group(0)}", "quote_a": quote, "doc_b": None, "label_b": "gazetteer",
                "value_b": f"{entry.canonical}: {where} ({entry.macro_region})", "quote_b": None,
                "severity": "high", "ratio": None,
                "evidence": f"“{name}” is placed “{m.group(0)}”, but {entry.canonical} is in {where}{note}",
                "claim_a": f"{doc.doc_id}#{s}", "claim_b": None,
                "why": "The place named is in another region than the text says.",
            })
    return pd.DataFrame(rows, columns=_columns())


# --------------------------------------------------------------------------- garbled names

_APPOSITIVE = re.compile(r"\b(?P<name>[A-Z][A-Za-z]{0,15}),\s+an?\s+(?:remote\s+|small\s+|little\s+)?"
                         r"(?P<kind>county|city|town|prefecture|village|district)\s+in\s+(?P<region>[A-Z][A-Za-z]+)")


def skeleton(name: str) -> str:
    """Consonant skeleton of a romanised name: 'Yiwu' -> 'W', 'EW' -> 'W' (y and vowels dropped)."""
    s = re.sub(r"[^a-z]", "", name.lower())
    s = re.sub(r"[aeiouy]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def name_variants(docs: pd.DataFrame) -> pd.DataFrame:
    """Unknown names introduced as "<X>, a county in <Region>" that look like a gazetteer name.

    Candidates are gazetteer places of that kind inside that region; a candidate is a likely
    variant when its consonant skeleton matches or it is the only such place, and the evidence
    says how many other sources name it.
    """
    entries = gazetteer()
    aliases = {a for e in entries for a in e.aliases}
    mentioned = {}
    for doc in docs.itertuples(index=False):
        for _, _, _, entry in find_entities(doc.clean_text):
            mentioned.setdefault(entry.canonical, set()).add(doc.label)
    rows = []
    for doc in docs.itertuples(index=False):
        for m in _APPOSITIVE.finditer(doc.clean_text):
            name, kind, region = m.group("name"), m.group("kind"), m.group("region")
            if name in aliases:
                continue
            region_entry = next((e for e in entries if region in e.aliases), None)
            if region_entry is None:
                continue
            cands = [e for e in entries if e.kind == kind and region_entry.canonical in region_path(e.canonical)]
            scored = []
            for c in cands:
                latin = [a for a in c.aliases if re.match(r"[A-Za-z]", a)]
                match = any(skeleton(a) == skeleton(name) for a in latin)
                scored.append((match, len(mentioned.get(c.canonical, ())), c))
            scored.sort(key=lambda t: (not t[0], -t[1], t[2].canonical))
            if not scored or not (scored[0][0] or len(scored) == 1):
                continue
            match, n_other, c = scored[0]
            others = sorted(mentioned.get(c.canonical, set()) - {doc.label})
            evidence = (f"“{name}” is introduced as a {kind} in {region}; the gazetteer's "
                        f"{'only ' if len(cands) == 1 else ''}{kind} there matching it is {c.canonical} "
                        f"({'/'.join(c.aliases[:3])})" + (f", consonant skeleton {skeleton(name)!r}" if match else "")
                        + (f"; named by {', '.join(others)}" if others else ""))
            rows.append({
                "kind": "name", "subject": c.canonical, "doc_a": doc.doc_id, "label_a": doc.label, "value_a": name,
                "quote_a": m.group(0), "doc_b": None, "label_b": "gazetteer", "value_b": c.canonical, "quote_b": None,
                "severity": "medium" if match else "low", "ratio": None, "evidence": evidence,
                "claim_a": f"{doc.doc_id}#{m.start()}", "claim_b": None,
                "why": "An unknown name introduced like a place looks like a variant of a known one.",
            })
    return pd.DataFrame(rows, columns=_columns())
