"""Builds are all-or-nothing: staged beside the output, moved into place at the end, locked,
never inside the corpus; the command line's options, exit codes and progress lines."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from helpers import cli

from helpers.core import notebooks
from helpers.core.paths import STAGING_ENV
from helpers.core.staging import MARKER, OutputLock

SRC = str(Path(cli.__file__).resolve().parents[1])
STORY = ("Operators in Xinjiang plan to install more than 100,000 chips in 36 data centres, "
         "according to planning documents seen by reporters.")


def _fake_run(text: str):
    """A stand-in for run_notebook: writes one figure into the build's staging folder."""
    def run(path, parameters=None, out=None, timeout=600, env=None):
        fig = Path(env[STAGING_ENV]) / "figures"
        fig.mkdir(parents=True, exist_ok=True)
        (fig / f"{Path(path).stem}.txt").write_text(text, encoding="utf-8")
        return path
    return run


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def corpus(make_corpus):
    return make_corpus({"story.txt": STORY, "other.txt": "A second page: officials in Hami said 40 data centres."})


def test_out_inside_the_corpus_or_unusable_is_refused_with_exit_4(corpus, tmp_path, capsys):
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(corpus / "out")]) == 4
    assert "inside the corpus folder" in capsys.readouterr().err
    a_file = tmp_path / "a_file"
    a_file.write_text("not a folder")
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(a_file)]) == 4
    assert "is a file, not a folder" in capsys.readouterr().err
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.docx").write_text("someone's work")
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(busy)]) == 4
    assert "not empty and was not written by a build" in capsys.readouterr().err
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "no" / "such" / "out")]) == 4
    assert "does not exist; create it first" in capsys.readouterr().err
    assert list(corpus.iterdir()) and not (corpus / "out").exists()


def test_a_second_build_into_the_same_out_is_refused_while_one_runs(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    with OutputLock(out):
        assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 4
    assert "another build is writing to" in capsys.readouterr().err


def test_a_failing_notebook_leaves_the_previous_output_intact(corpus, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("first build"))
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out), "--title", "Desert chips"]) == 0
    before = _tree(out)
    assert MARKER in before and "tables/documents.csv" in before and "notebooks/01_load_and_clean.ipynb" in before
    assert before["figures/01_load_and_clean.txt"] == b"first build"
    err = capsys.readouterr().err
    assert "tables: " in err and "notebook 01_load_and_clean.ipynb: ran in" in err and "s] done" in err

    def boom(path, parameters=None, out=None, timeout=600, env=None):
        if "03_" in Path(path).name:
            raise RuntimeError("ZeroDivisionError: division by zero")
        return _fake_run("second build")(path, parameters, out, timeout, env)

    monkeypatch.setattr(notebooks, "run_notebook", boom)
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 1
    assert "notebook 03_timeline.ipynb failed: ZeroDivisionError" in capsys.readouterr().err
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".staging-" in p.name) == []


def test_bad_corpus_stops_before_any_notebook_with_exit_3(make_corpus, tmp_path, monkeypatch, capsys):
    bad = make_corpus({"good.txt": STORY, "empty.txt": b""})
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("never"))
    assert cli.main(["build", "--corpus", str(bad), "--out", str(tmp_path / "out")]) == 3
    assert "empty.txt: empty file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert cli.main(["build", "--corpus", str(bad), "--out", str(tmp_path / "out"), "--on-error", "skip"]) == 0
    assert "error: empty.txt: empty file" in capsys.readouterr().err
    assert (tmp_path / "out" / "tables" / "documents.csv").exists()


KILLED_BUILD = """
import sys, time
from pathlib import Path
from helpers import cli
from helpers.core import notebooks

def slow(path, parameters=None, out=None, timeout=600, env=None):
    Path(sys.argv[3]).write_text("started")
    time.sleep(120)

notebooks.run_notebook = slow
sys.exit(cli.main(["build", "--corpus", sys.argv[1], "--out", sys.argv[2]]))
"""


def test_a_killed_build_leaves_the_previous_output_intact(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("good build"))
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 0
    before = _tree(out)
    started = tmp_path / "started"
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(KILLED_BUILD), str(corpus), str(out), str(started)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert started.exists(), "the build never reached its notebooks"
        assert [p.name for p in tmp_path.iterdir() if ".out.staging-" in p.name]  # it was writing beside out
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert _tree(out) == before
    # the next build cleans up what the killed one left, and replaces the output as a whole
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("next build"))
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert _tree(out)["figures/00_explore.txt"] == b"next build"
    assert [p.name for p in tmp_path.iterdir() if ".staging-" in p.name or ".old-" in p.name] == []


def test_check_names_the_corpus_either_way_and_shows_blank_dates(corpus, capsys):
    assert cli.main(["check", "--corpus", str(corpus)]) == 0
    by_option = capsys.readouterr().out
    assert cli.main(["check", str(corpus)]) == 0
    assert capsys.readouterr().out == by_option
    assert "NaN" not in by_option and "None" not in by_option and "story" in by_option


def test_check_exit_codes_separate_bad_data_from_usage(make_corpus, capsys):
    folder = make_corpus({"good.txt": STORY, "bad.txt": b"", ".hidden.txt": "A hidden note."})
    assert cli.main(["check", str(folder)]) == 3
    out = capsys.readouterr().out
    assert "1 problem(s):\n  - bad.txt: empty file" in out and "1 warning(s):\n  - .hidden.txt: hidden file" in out
    assert cli.main(["check", str(folder), "--on-error", "skip"]) == 0
    with pytest.raises(SystemExit) as exc:
        cli.main(["check", "--workers", "0"])
    assert exc.value.code == 2


def test_version_and_help_for_every_argument(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == "python -m helpers 0.1.0"
    for sub in cli.parser()._subparsers._group_actions[0].choices.values():
        for action in sub._actions:
            assert action.help, f"{sub.prog} {action.dest} has no help"
        assert "exit codes:" in sub.epilog and "3  bad input data" in sub.epilog


@pytest.fixture
def fake_repo(tmp_path, monkeypatch):
    """A stand-in repository: the real notebooks, a committed brief/README.md, an old figure."""
    import shutil

    from helpers.core import paths
    repo = tmp_path / "repo"
    (repo / "notebooks").mkdir(parents=True)
    for nb in notebooks.notebook_paths():
        shutil.copyfile(nb, repo / "notebooks" / nb.name)
    (repo / "brief").mkdir()
    (repo / "brief" / "README.md").write_text("Written by the build.\n")
    (repo / "figures").mkdir()
    (repo / "figures" / "00_explore.txt").write_text("old figure")
    (repo / "figures" / "dropped_figure.png").write_bytes(b"a figure no build makes any more")
    monkeypatch.setattr(paths, "REPO_ROOT", repo)
    monkeypatch.setattr(paths, "NOTEBOOKS_DIR", repo / "notebooks")
    return repo


def test_an_in_place_build_swaps_tables_figures_brief_and_notebooks(corpus, fake_repo, monkeypatch):
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("in place"))
    before = _tree(fake_repo)

    def boom(path, parameters=None, out=None, timeout=600, env=None):
        raise RuntimeError("KeyError: 'published'")

    monkeypatch.setattr(notebooks, "run_notebook", boom)
    assert cli.main(["build", "--corpus", str(corpus)]) == 1
    assert {k: v for k, v in _tree(fake_repo).items() if k != ".build.lock"} == before  # nothing changed
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("in place"))
    assert cli.main(["build", "--corpus", str(corpus)]) == 0
    after = _tree(fake_repo)
    assert after["figures/00_explore.txt"] == b"in place" and "tables/claims.csv" in after
    assert after["brief/README.md"] == b"Written by the build.\n"  # a folder's README is kept
    assert "figures/dropped_figure.png" not in after  # what this build did not make does not linger
    assert {p.name for p in fake_repo.iterdir()} == {"notebooks", "brief", "figures", "tables", ".build.lock"}


def test_an_unwritable_output_gives_a_message_not_a_traceback(corpus, tmp_path, monkeypatch, capsys):
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("x"))
    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "out")]) == 4
    err = capsys.readouterr().err
    assert "cannot write in" in err and "Permission denied" in err and "Traceback" not in err


def test_a_failed_move_into_place_puts_the_previous_output_back(corpus, tmp_path, monkeypatch, capsys):
    from helpers.core import staging
    out = tmp_path / "out"
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("first"))
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 0
    before = _tree(out)
    real_rename = os.rename

    def rename(src, dst):
        if ".staging-" in str(src):
            raise OSError(16, "Device or resource busy")
        return real_rename(src, dst)

    monkeypatch.setattr(staging.os, "rename", rename)
    monkeypatch.setattr(notebooks, "run_notebook", _fake_run("second"))
    assert cli.main(["build", "--corpus", str(corpus), "--out", str(out)]) == 4
    assert "cannot move the build into" in capsys.readouterr().err
    assert _tree(out) == before


def test_outside_a_checkout_the_corpus_must_be_named(monkeypatch, capsys):
    from helpers.core import paths
    monkeypatch.setattr(paths, "IN_CHECKOUT", False)
    for argv in (["check"], ["build", "--out", "somewhere"]):
        with pytest.raises(SystemExit) as exc:
            cli.main(argv)
        assert exc.value.code == 2
        assert "no default corpus: give --corpus DIR" in capsys.readouterr().err


def test_a_missing_corpus_folder_is_one_plain_sentence(tmp_path, capsys):
    assert cli.main(["check", "--corpus", str(tmp_path / "nope")]) == 3
    err = capsys.readouterr().err
    assert err.startswith("error: corpus folder ") and "does not exist" in err and "bad input(s)" not in err
