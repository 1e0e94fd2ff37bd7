"""Command line: ``python -m helpers build|check``.

- ``build [--corpus DIR] [--out DIR]``: execute the numbered notebooks in order. Without
  ``--out`` they run in place (the committed notebooks, figures/ and brief/); with ``--out``
  the executed notebooks, figures and brief go to that folder and the repository is untouched.
- ``check [DIR]``: load a corpus and print its documents, or every problem with its files.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import paths
from .errors import CorpusError


def _build(args: argparse.Namespace) -> int:
    from .notebooks import notebook_paths, run_notebook

    corpus = paths.corpus_dir(args.corpus)
    params: dict[str, object] = {}
    if corpus != paths.SEEDS_DIR:
        params["CORPUS"] = str(corpus)
    out_nb_dir = None
    if args.out:
        out = Path(args.out).resolve()
        params["OUT"] = str(out)
        out_nb_dir = out / "notebooks"
        out_nb_dir.mkdir(parents=True, exist_ok=True)
    # fail early, with the corpus's own message, before starting any kernel
    from .corpus import load_corpus
    load_corpus(corpus)
    def one(nb: Path) -> str:
        t0 = time.perf_counter()
        target = None
        if out_nb_dir is not None:
            target = out_nb_dir / nb.name
            shutil.copyfile(nb, target)
        run_notebook(target or nb, params)
        return f"ran {nb.name} in {time.perf_counter() - t0:.1f}s"

    # the notebooks read the corpus and write disjoint files, so they can run side by side
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for line in pool.map(one, notebook_paths()):
            print(line, flush=True)
    return 0


def _check(args: argparse.Namespace) -> int:
    from .corpus import load_corpus

    docs, problems = load_corpus(args.corpus, on_error="skip")
    cols = ["doc_id", "label", "format", "encoding", "published", "kind", "languages", "boilerplate_share"]
    print(docs[cols].to_string(index=False) if len(docs) else "no documents loaded")
    if len(problems):
        print(f"\n{len(problems)} problem(s):")
        for p in problems.itertuples(index=False):
            print(f"  - {p.file}: {p.problem}")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``desert-compute`` script."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="execute the notebooks; write figures and the brief")
    b.add_argument("--corpus", default=None, help="folder of .txt/.md/.html files (default: seeds/)")
    b.add_argument("--out", default=None, help="write notebooks, figures and brief here instead of the repo")
    b.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    b.set_defaults(func=_build)
    c = sub.add_parser("check", help="load a corpus and report its documents or problems")
    c.add_argument("corpus", nargs="?", default=None)
    c.set_defaults(func=_check)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
