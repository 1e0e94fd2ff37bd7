"""The command line: a user's own corpus through the same notebooks, into another folder."""
from __future__ import annotations

import json

from helpers import cli
from helpers.core.paths import NOTEBOOKS_DIR


def test_check_reports_problems(make_corpus, capsys):
    folder = make_corpus({"good.txt": "An article about data centres in Xinjiang.", "bad.txt": b""})
    assert cli.main(["check", str(folder)]) == 3
    out = capsys.readouterr().out
    assert "bad.txt: empty file" in out and "good" in out


def test_build_runs_notebooks_on_a_user_corpus_into_out(make_corpus, tmp_path, capfd):
    corpus = make_corpus({
        "story.html": "<html><head><title>Desert chips - Example News</title></head><body>"
                      "<p>Operators in Xinjiang plan to install more than 100,000 chips in 36 data centres, "
                      "according to planning documents.</p></body></html>",
        "copy.txt": "Home | World | Tech\nA summary: operators in Xinjiang plan to install many chips in "
                    "around 40 data centres, a report said.\nAll rights reserved.",
        # document text is untrusted: it must reach no notebook output as markup, and no figure as maths
        "evil.txt": "Costs at $5 a chip\n\nThe firm <img src=x onerror=alert(1)> runs 12 data centres and "
                    "<script>alert(2)</script> said $x^2$ of its 3,000 chips arrived.\n",
    })
    out = tmp_path / "out"
    before = (NOTEBOOKS_DIR / "01_load_and_clean.ipynb").read_bytes()
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert (NOTEBOOKS_DIR / "01_load_and_clean.ipynb").read_bytes() == before  # repo untouched
    nb = json.loads((out / "notebooks" / "01_load_and_clean.ipynb").read_text())
    injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert str(corpus) in "".join(injected[0]["source"])
    for name in ("00_explore", "01_load_and_clean", "02_source_comparison", "03_timeline", "04_figures_for_brief"):
        cells = json.loads((out / "notebooks" / f"{name}.ipynb").read_text())["cells"]
        rich = "".join("".join(o.get("data", {}).get(k, "")) for c in cells for o in c.get("outputs", [])
                       for k in ("text/html", "text/markdown"))
        assert "<img src=x" not in rich and "<script>alert" not in rich, name
    outputs = json.dumps(nb)
    assert "Desert chips" in outputs and "copy" in outputs
    assert (out / "figures" / "provenance.svg").exists()
    md = (out / "brief" / "brief.md").read_text(encoding="utf-8")
    assert "“more than 100,000”" in md and "story.html" in md
    assert (out / "brief" / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert "story" in (out / "tables" / "documents.csv").read_text(encoding="utf-8")
    err = capfd.readouterr().err
    assert "without encryption" not in err and "notebook 04_figures_for_brief.ipynb: ran in" in err
    assert [p.name for p in tmp_path.iterdir() if ".staging-" in p.name] == []


def test_build_on_pages_that_give_no_number_writes_a_brief(make_corpus, tmp_path):
    """Ordinary text with no number in it (a quiet day's news) is a corpus too: every notebook runs and the brief
    says there is nothing to compare, instead of a library's error from an empty heat map; a file skipped on
    loading is named in the brief's caveats."""
    corpus = make_corpus({
        "a.txt": "A quiet day in town\nBy Kim Lee\n\nNothing happened in the town today. The mayor said the "
                 "weather was pleasant and people enjoyed the park.\n",
        "b.txt": "Another quiet day here\nBy Sam Roe\n\nThe council met and discussed nothing of note. Residents "
                 "were calm.\n",
        "empty.txt": b"",  # and a file the user told the build to skip: said in the brief, never silently lost
    })
    out = tmp_path / "out"
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out), "--on-error", "skip"]) == 0
    md = (out / "brief" / "brief.md").read_text(encoding="utf-8")
    assert "No source gives a number" in md and "left out: empty.txt (empty file" in md
    assert (out / "figures" / "number_ranges.svg").exists()
