"""Which files of a corpus folder are read, and a line for everything that is not.

Nothing below the folder is dropped without a word: hidden files and folders, symbolic
links (to folders, to files outside the folder, or to nothing), unreadable folders, file
names that are not valid UTF-8 and unsupported file types each give a :class:`Problem`.
Errors (``severity="error"``) are items that look like documents but cannot be read;
warnings are items left out on purpose, which the user may want to know about.
"""
from __future__ import annotations

import os
from pathlib import Path

from helpers.core.errors import Problem

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
#: files in the corpus folder that describe the corpus rather than being documents
CONTROL_FILES = ("MANIFEST.csv", "OVERRIDES.csv", "STORY.toml")


def printable(rel: str) -> str:
    """A relative path that can be printed and written as UTF-8 (undecodable bytes shown as U+FFFD)."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def list_files(root: Path, follow_symlinks: bool = False) -> tuple[list[Path], list[Problem]]:
    """The document files below ``root`` in a stable order, and a problem line for every
    other item (see the module docstring). ``follow_symlinks`` reads symbolic links to
    files outside ``root`` too (links to folders are never followed)."""
    files: list[Path] = []
    problems: list[Problem] = []
    real_root = root.resolve()

    def unreadable(exc: OSError) -> None:
        rel = Path(exc.filename).relative_to(root).as_posix() if exc.filename else "."
        problems.append(Problem(printable(rel), f"cannot open this folder ({exc.strerror}); "
                                "its documents are not read: fix its permissions"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(dirpath)
        for name in sorted(dirnames):
            path = here / name
            rel = printable(path.relative_to(root).as_posix())
            if path.is_symlink():
                problems.append(Problem(rel, f"symbolic link to a folder ({os.readlink(path)}); not followed: "
                                        "copy the documents into the corpus folder", "warning"))
                dirnames.remove(name)
            elif name.startswith("."):
                problems.append(Problem(rel + "/", "hidden folder; not read", "warning"))
                dirnames.remove(name)
        dirnames.sort()
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
            problem = _file_problem(path, rel, real_root, follow_symlinks)
            if problem is None:
                files.append(path)
            elif problem.problem:
                problems.append(problem)
    return sorted(files), problems


def _file_problem(path: Path, rel: str, real_root: Path, follow_symlinks: bool) -> Problem | None:
    """``None`` for a document to read; an empty-text problem for a control file; else the line."""
    shown = printable(rel)
    if path.name in CONTROL_FILES:
        if "/" not in rel:
            return Problem(shown, "")
        return Problem(shown, f"a {path.name} below the top of the corpus folder is not read "
                       "(only the top one applies)", "warning")
    if shown != rel:
        return Problem(shown, "file name is not valid UTF-8; rename the file")
    if path.name.startswith("."):
        return Problem(shown, "hidden file; not read", "warning")
    if path.is_symlink():
        target = os.readlink(path)
        if not path.exists():
            return Problem(shown, f"broken symbolic link (to {target}): nothing to read")
        inside = path.resolve().is_relative_to(real_root)
        if not inside and not follow_symlinks:
            return Problem(shown, f"symbolic link to {path.resolve()}, outside the corpus folder; not read "
                           "(load_corpus(..., follow_symlinks=True) reads it)", "warning")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        if not path.is_file():
            return Problem(shown, "not a regular file (a device, socket or pipe); not read", "warning")
        return Problem(shown, f"unsupported file type {path.suffix or '(none)'!r}; "
                       "only .txt, .md and .html are read (move it out of the corpus folder)")
    if not path.is_file():
        return Problem(shown, "not a regular file; not read")
    return None
