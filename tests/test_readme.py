"""The README does not drift: every repository path it names exists, and its commands are real."""
from __future__ import annotations

import re

from helpers.core.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
TOP = ("notebooks/", "src/", "seeds/", "figures/", "tests/", "benchmarks/", "brief/", ".ci/")


def mentioned_paths() -> set[str]:
    found = set()
    for token in re.findall(r"`([^`\s]+)`", README):
        token = token.rstrip(".,:;)")
        if token.startswith(TOP) or token in {"environment.yml", "pyproject.toml", "Makefile", "README.md",
                                               "requirements-lock.txt"}:
            found.add(token.split("#")[0])
    return found


def test_readme_names_paths_that_exist():
    paths = mentioned_paths()
    assert len(paths) >= 10, paths
    missing = [p for p in sorted(paths) if "*" not in p and "<" not in p and not (REPO_ROOT / p).exists()]
    assert not missing, f"README mentions paths that do not exist: {missing}"


def test_readme_commands_are_make_targets():
    makefile = (REPO_ROOT / "Makefile").read_text()
    for target in re.findall(r"`make (\w+)", README):
        assert re.search(rf"^{target}:", makefile, re.M), f"README mentions `make {target}`, the Makefile has none"


def test_ci_runs_the_readme_test_command():
    assert "make test" in README
    assert "make test" in (REPO_ROOT / ".ci" / "run").read_text()


def test_readme_findings_are_the_committed_briefs():
    """The README's account of what the package finds on the seeds is typed prose: it must say what
    the committed brief (built by `make brief`) says, so a rebuild that changes the brief fails here."""
    brief = (REPO_ROOT / "brief" / "brief.md").read_text(encoding="utf-8")
    bottom = brief[brief.index("**Bottom line.**"):brief.index("## Key findings")]
    pairs = [("5 sources, 3 of them independent", "five sources but only three independent ones"),
             ("Disputed: data centres", "the count of data centres is disputed"),
             ("none shared): chips", "no chip figure is shared by two independent sources"),
             ("AI-written: aggregator", "marks its own analysis as AI-written")]
    flat = " ".join(README.split())
    for in_brief, in_readme in pairs:
        assert in_brief in bottom, in_brief
        assert in_readme in flat, in_readme


def _results_row(results: str, measure: str) -> dict[str, str]:
    """One row of the claims table in benchmarks/RESULTS.md, by corpus column name."""
    lines = [ln for ln in results.splitlines() if ln.startswith("| measure | development (tuned on)")]
    assert lines, "benchmarks/RESULTS.md has no claims table"
    head = [c.strip() for c in lines[0].strip("|").split("|")]
    row = next(ln for ln in results.splitlines() if ln.startswith(f"| {measure} |"))
    return dict(zip(head, [c.strip() for c in row.strip("|").split("|")]))


def test_the_status_table_quotes_the_benchmark_results_not_older_numbers():
    """The README's status numbers for claims and conflicts are the ones `make bench` last wrote."""
    readme = README
    results = (REPO_ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    p, r = _results_row(results, "precision"), _results_row(results, "recall")
    conflict = _results_row(results, "conflict recall")
    dev, held = "development (tuned on)", "held-out (never tuned on)"
    status = readme[readme.index("## Status and limits"):]
    assert f"development {p[dev]}/{r[dev]}" in status
    assert f"held-out {p[held]}/{r[held]}" in status
    assert f"conflict recall development {float(conflict[dev]):.2f}" in status
    assert f"held-out {float(conflict[held]):.2f}" in status
    claims_line = next(ln for ln in status.splitlines() if ln.startswith("| numbers bound to what they count"))
    conflict_line = next(ln for ln in status.splitlines() if ln.startswith("| conflicts only between"))
    checked = 0
    for col in p:  # every other corpus the status lines quote: "development 9 (unseen ...) 0.995/0.903"
        m = re.match(r"development (\d+)\b", col)
        if not m:
            continue
        said = re.search(rf"development {m.group(1)} (?:\(unseen [^)]*\) )?([0-9.]+)/([0-9.]+)", claims_line)
        if said and p[col] != "nan":
            assert said.groups() == (p[col], r[col]), col
            checked += 1
        said = re.search(rf"development {m.group(1)} ([0-9.]+)\b", conflict_line)
        if said and conflict[col] != "nan":
            assert float(said.group(1)) == round(float(conflict[col]), 2), col
            checked += 1
    assert checked >= 8  # developments 4, 5, 9, 10 (claims) and 4-8, 10 (conflicts)


def test_the_status_table_quotes_subject_agreement_scale_and_extraction_from_the_benchmark():
    """The README's subject agreement, scale and article-extraction numbers are the ones `make bench` wrote."""
    results = (REPO_ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    status = README[README.index("## Status and limits"):]
    subject = _results_row(results, "subject agreement")
    assert f"development {subject['development (tuned on)']}, held-out {subject['held-out (never tuned on)']}" in status
    both = _results_row(results, "subject and value recall"), _results_row(results, "subject and value recall with synonyms")
    assert f"development {both[0]['development (tuned on)']}, {both[1]['development (tuned on)']} with synonyms" in status
    scale = re.search(r"Goals: 10,000 documents in ([0-9.]+) s .*?total peak memory ([0-9,]+) MB", results)
    assert scale and f"10,000 synthetic documents through every stage in {scale.group(1)} s and {scale.group(2)} MB" \
        in status
    row = r"^\s*{}\s+\S+\s+\d\.\d{{3}}\s+\d\.\d{{3}}\s+(\d\.\d{{3}})\s"  # the 88-page table: tool, version, P, R, F1
    ours = re.search(row.format(r"helpers\.clean\.cleaner"), results, re.M)
    peer = re.search(row.format("trafilatura"), results, re.M)
    assert ours and peer and f"article extraction F1 {ours.group(1)} (trafilatura {peer.group(1)})" in status
