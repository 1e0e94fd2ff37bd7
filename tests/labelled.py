"""Checks that a labelled corpus of real pages (pages/, pages/MANIFEST.csv, labels.json) is
consistent: every manifest file exists and vice versa, every labelled string occurs in its page,
every number_text in its quote, conflicts and families refer to labelled claims.

Usage: python tests/labelled.py tests/devcorpus   (or devcorpus2, devcorpus3, holdout)
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

MANIFEST_HEADER = ["file", "url", "title", "outlet", "published", "languages", "kind", "notes"]
KINDS = {"original", "summary", "aggregator", "blog", "other"}
PAGE_KEYS = {"story", "language", "title", "published", "author", "keep", "boilerplate",
             "claims", "non_claims", "derives_from", "ai_passages"}
CLAIM_KEYS = {"quote", "number_text", "value", "value_low", "value_high", "dimension", "unit",
              "subject", "qualifier", "is_forecast"}
DIMENSIONS = {"money", "count", "energy", "power", "area", "compute", "model_size", "percent",
              "duration", "other"}
QUALIFIERS = {"exact", "approx", "at_least", "more_than", "up_to", "range", "vague"}
NON_CLAIM_KEYS = {"quote", "number_text", "why"}
WHYS = {"date", "year", "time", "ordinal", "identifier", "phone", "list_marker", "footnote",
        "counter", "version", "page_number", "idiom", "other"}  # (idiom: "cinq sur cinq", "une fois par siècle")
DERIVE_KEYS = {"source", "credited", "evidence"}


def _is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def validate(root: str | Path | None = None) -> list[str]:
    """Return a list of problems (empty when the corpus is consistent)."""
    root = Path(root) if root is not None else Path(__file__).resolve().parent / "devcorpus"
    pages_dir = root / "pages"
    problems: list[str] = []

    # manifest
    manifest_path = pages_dir / "MANIFEST.csv"
    if not manifest_path.exists():
        return [f"missing {manifest_path}"]
    with open(manifest_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        rows = list(reader)
    if not rows or rows[0] != MANIFEST_HEADER:
        problems.append(f"MANIFEST.csv header is {rows[0] if rows else None}, expected {MANIFEST_HEADER}")
        return problems
    manifest: dict[str, dict[str, str]] = {}
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(MANIFEST_HEADER):
            problems.append(f"MANIFEST.csv line {i}: {len(row)} fields")
            continue
        rec = dict(zip(MANIFEST_HEADER, row))
        if rec["file"] in manifest:
            problems.append(f"MANIFEST.csv: duplicate file {rec['file']}")
        manifest[rec["file"]] = rec
        if rec["kind"] not in KINDS:
            problems.append(f"MANIFEST.csv {rec['file']}: kind {rec['kind']!r}")
        if not rec["url"].startswith(("http://", "https://")):
            problems.append(f"MANIFEST.csv {rec['file']}: url {rec['url']!r}")
        if rec["published"] and not (len(rec["published"]) in (4, 7, 10) and rec["published"][:4].isdigit()):
            problems.append(f"MANIFEST.csv {rec['file']}: published {rec['published']!r}")
    on_disk = {p.name for p in pages_dir.iterdir() if p.is_file() and p.name != "MANIFEST.csv"}
    for f in sorted(set(manifest) - on_disk):
        problems.append(f"{f}: in MANIFEST.csv but not in pages/")
    for f in sorted(on_disk - set(manifest)):
        problems.append(f"{f}: in pages/ but not in MANIFEST.csv")

    # labels
    labels_path = root / "labels.json"
    if not labels_path.exists():
        return problems + [f"missing {labels_path}"]
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    for key in ("pages", "conflicts", "families", "not_conflicts"):
        if key not in labels:
            problems.append(f"labels.json: missing top-level key {key!r}")
    pages = labels.get("pages", {})
    for f in sorted(set(manifest) - set(pages)):
        problems.append(f"{f}: no labels")
    for f in sorted(set(pages) - set(manifest)):
        problems.append(f"{f}: labelled but not in MANIFEST.csv")

    claims_by_file: dict[str, dict[str, list[dict]]] = {}
    for fname, lab in sorted(pages.items()):
        path = pages_dir / fname
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        missing = PAGE_KEYS - set(lab)
        if missing:
            problems.append(f"{fname}: missing keys {sorted(missing)}")
            continue
        if fname in manifest and lab["language"] not in manifest[fname]["languages"].split(";"):
            problems.append(f"{fname}: language {lab['language']!r} not in manifest languages")
        for key in ("title", "author"):
            if lab[key] is not None and not isinstance(lab[key], str):
                problems.append(f"{fname}: {key} must be a string or null")
        if lab["title"] is not None and lab["title"] not in text:
            problems.append(f"{fname}: title not found in text")
        if fname in manifest:
            rec = manifest[fname]
            if rec["title"] and lab["title"] is not None and rec["title"] != lab["title"]:
                problems.append(f"{fname}: manifest title differs from labelled title")
            if rec["published"] and lab["published"] is not None and rec["published"] != lab["published"]:
                problems.append(f"{fname}: manifest published differs from labelled published")
        pub = lab["published"]
        if pub is not None and not (isinstance(pub, str) and len(pub) in (4, 7, 10) and pub[:4].isdigit()):
            problems.append(f"{fname}: published {pub!r}")
        for key in ("keep", "boilerplate", "ai_passages"):
            for s in lab[key]:
                if not isinstance(s, str) or not s or s not in text:
                    problems.append(f"{fname}: {key} string not in text: {str(s)[:60]!r}")
        claims_by_file[fname] = {}
        for c in lab["claims"]:
            miss = CLAIM_KEYS - set(c)
            if miss:
                problems.append(f"{fname}: claim missing {sorted(miss)}: {c.get('quote', '')[:50]!r}")
                continue
            if c["quote"] not in text:
                problems.append(f"{fname}: claim quote not in text: {c['quote'][:60]!r}")
            if c["number_text"] not in c["quote"]:
                problems.append(f"{fname}: number_text {c['number_text']!r} not in quote {c['quote'][:60]!r}")
            if c["dimension"] not in DIMENSIONS:
                problems.append(f"{fname}: dimension {c['dimension']!r}")
            if c["qualifier"] not in QUALIFIERS:
                problems.append(f"{fname}: qualifier {c['qualifier']!r}")
            if not _is_num(c["value"]):
                problems.append(f"{fname}: value {c['value']!r} for {c['number_text']!r}")
            for k in ("value_low", "value_high"):
                if c[k] is not None and not _is_num(c[k]):
                    problems.append(f"{fname}: {k} {c[k]!r} for {c['number_text']!r}")
            if _is_num(c["value_low"]) and _is_num(c["value_high"]) and c["value_low"] > c["value_high"]:
                problems.append(f"{fname}: value_low > value_high for {c['number_text']!r}")
            if not isinstance(c["is_forecast"], bool):
                problems.append(f"{fname}: is_forecast not bool for {c['number_text']!r}")
            if not c["subject"] or c["subject"] != c["subject"].lower():
                problems.append(f"{fname}: subject must be lowercase and non-empty: {c['subject']!r}")
            claims_by_file[fname].setdefault(c["number_text"], []).append(c)
        for n in lab["non_claims"]:
            miss = NON_CLAIM_KEYS - set(n)
            if miss:
                problems.append(f"{fname}: non_claim missing {sorted(miss)}")
                continue
            if n["quote"] not in text:
                problems.append(f"{fname}: non_claim quote not in text: {n['quote'][:60]!r}")
            if n["number_text"] not in n["quote"]:
                problems.append(f"{fname}: non_claim number_text {n['number_text']!r} not in quote")
            if n["why"] not in WHYS:
                problems.append(f"{fname}: non_claim why {n['why']!r}")
        for d in lab["derives_from"]:
            miss = DERIVE_KEYS - set(d)
            if miss:
                problems.append(f"{fname}: derives_from missing {sorted(miss)}")
                continue
            src = d["source"]
            if not (src.startswith("outside:") and len(src) > 8) and src not in manifest:
                problems.append(f"{fname}: derives_from source {src!r} unknown")
            if src == fname:
                problems.append(f"{fname}: derives from itself")
            if not isinstance(d["credited"], bool):
                problems.append(f"{fname}: derives_from credited not bool")

    def check_ref(ref, where):
        if not isinstance(ref, dict) or set(ref) != {"file", "number_text"}:
            problems.append(f"{where}: bad reference {ref!r}")
            return None
        found = claims_by_file.get(ref["file"], {}).get(ref["number_text"])
        if not found:
            problems.append(f"{where}: {ref['file']} has no claim with number_text {ref['number_text']!r}")
            return None
        if len({(c["value"], c["subject"]) for c in found}) > 1:
            problems.append(f"{where}: {ref['file']} {ref['number_text']!r} is ambiguous (claims differ in value or subject)")
        return found

    for key in ("conflicts", "not_conflicts"):
        for i, c in enumerate(labels.get(key, [])):
            where = f"{key}[{i}]"
            for k in ("subject", "a", "b", "why"):
                if k not in c:
                    problems.append(f"{where}: missing {k}")
            if "a" in c and "b" in c:
                check_ref(c["a"], where)
                check_ref(c["b"], where)
                if c["a"] == c["b"]:
                    problems.append(f"{where}: a and b are the same claim")
    for i, fam in enumerate(labels.get("families", [])):
        where = f"families[{i}]"
        for k in ("subject", "dimension", "value", "members"):
            if k not in fam:
                problems.append(f"{where}: missing {k}")
        if fam.get("dimension") not in DIMENSIONS:
            problems.append(f"{where}: dimension {fam.get('dimension')!r}")
        members = fam.get("members", [])
        if len(members) < 2:
            problems.append(f"{where}: fewer than 2 members")
        for m in members:
            check_ref(m, where)
    return problems


def main(argv: list[str]) -> int:
    root = argv[1] if len(argv) > 1 else None
    problems = validate(root)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
