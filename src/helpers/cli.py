"""Command line: python -m helpers build|check (also installed as desert-compute).

  build   write every table, execute the numbered notebooks, export the figures and the brief.
          Without --out the outputs are the repository's own (tables/, notebooks/, figures/,
          brief/); with --out they go to that folder and the repository is untouched. A build
          is all-or-nothing: it writes into a hidden staging folder beside the output and
          moves it into place only when every step succeeded.
  check   load a corpus and list its documents, then every problem with its file.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from helpers import __version__

from helpers.core import paths
from helpers.core.errors import BuildError, CorpusError, StepFailed

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_DATA, EXIT_OUTPUT = 0, 1, 2, 3, 4
EPILOG = """exit codes:
  0  success
  1  a notebook or a build step failed (the previous output is left as it was)
  2  usage error (an unknown option or a missing value)
  3  bad input data: the corpus, its MANIFEST.csv or OVERRIDES.csv (every problem is listed)
  4  the output folder cannot be used (not writable, a file, not a build's, inside the corpus,
     or another build is writing to it)
"""


class _Progress:
    """One line per stage on stderr, with the time since the build started."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()

    def __call__(self, message: str) -> None:
        print(f"[{time.perf_counter() - self.t0:7.1f}s] {message}", file=sys.stderr, flush=True)


def _build(args: argparse.Namespace) -> int:
    from helpers.build import run_build

    corpus = paths.corpus_dir(args.corpus)
    if not corpus.is_dir():
        raise CorpusError(f"corpus folder {corpus} does not exist" if not corpus.exists()
                          else f"{corpus} is a file, not a folder of documents")
    out = Path(args.out).expanduser().resolve() if args.out else None
    run_build(corpus, out, jobs=args.jobs, workers=args.workers, on_error=args.on_error,
              title=args.title, progress=_Progress())
    return EXIT_OK


def _blank(value: object) -> object:
    """None, NaN and NA print as blank."""
    import pandas as pd

    return "" if pd.api.types.is_scalar(value) and pd.isna(value) else value


def _check(args: argparse.Namespace) -> int:
    from helpers.clean.corpus import load_corpus

    corpus = args.corpus_opt or args.corpus
    docs, problems = load_corpus(corpus, on_error="skip", workers=args.workers)
    cols = ["doc_id", "label", "format", "encoding", "published", "kind", "languages", "boilerplate_share"]
    table = docs[cols].map(_blank) if len(docs) else None
    print(table.to_string(index=False) if table is not None else "no documents loaded")
    errors = problems[problems["severity"] == "error"]
    for title, part in (("problem(s)", errors), ("warning(s)", problems[problems["severity"] == "warning"])):
        if len(part):
            print(f"\n{len(part)} {title}:")
            for p in part.itertuples(index=False):
                print(f"  - {p.file}: {p.problem}")
    if len(errors) and (args.on_error == "raise" or not len(docs)):
        return EXIT_DATA
    return EXIT_OK


def _workers(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="processes for cleaning the documents (default 1)")
    p.add_argument("--on-error", choices=("raise", "skip"), default="raise",
                   help="raise (default): any bad input file stops with exit code 3 and the full list; "
                        "skip: go on with the good files, listing the bad ones")


def parser() -> argparse.ArgumentParser:
    """The argument parser (every argument has its help; exit codes in the epilog)."""
    fmt = argparse.RawDescriptionHelpFormatter
    top = argparse.ArgumentParser(prog="python -m helpers", description=__doc__, epilog=EPILOG, formatter_class=fmt)
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="{build,check}")
    b = sub.add_parser("build", help="write the tables, execute the notebooks, export figures and the brief",
                       description="Write the tables, execute the notebooks, export the figures and the brief, "
                                   "all-or-nothing.", epilog=EPILOG, formatter_class=fmt)
    b.add_argument("--corpus", default=None, metavar="DIR",
                   help="folder of .txt/.md/.html files (default: the seeds/ of a source checkout)")
    b.add_argument("--out", default=None, metavar="DIR",
                   help="write tables, notebooks, figures and brief to this folder (new, empty, or a previous "
                        "build's) instead of the repository")
    b.add_argument("--title", default=None, help="the brief's title (passed to the notebooks as TITLE; "
                                                 "default: STORY.toml's, else the built-in one)")
    b.add_argument("--jobs", type=_workers, default=2, metavar="N", help="notebooks run at once (default 2)")
    _common(b)
    b.set_defaults(func=_build)
    c = sub.add_parser("check", help="load a corpus and list its documents and problems",
                       description="Load a corpus and list its documents, then every problem with its file.",
                       epilog=EPILOG, formatter_class=fmt)
    c.add_argument("--corpus", dest="corpus_opt", default=None, metavar="DIR",
                   help="folder of .txt/.md/.html files (default: the seeds/ of a source checkout)")
    c.add_argument("corpus", nargs="?", default=None, metavar="DIR", help="the same as --corpus DIR")
    _common(c)
    c.set_defaults(func=_check)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m helpers`` and the ``desert-compute`` script; returns the exit code."""
    top = parser()
    args = top.parse_args(argv)
    if not paths.IN_CHECKOUT and (getattr(args, "corpus_opt", None) or args.corpus) is None:
        top.error("outside a source checkout there is no default corpus: give --corpus DIR")
    try:
        return args.func(args)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DATA
    except StepFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except KeyboardInterrupt:
        print("interrupted: the previous output is left as it was", file=sys.stderr)
        return 130
