"""What is specific to one story: its title, subtitle and the subjects the brief leads with.

A corpus folder may hold an optional ``STORY.toml`` (read, never written)::

    title = "China's AI data centres in Xinjiang: what the sources say"
    subtitle = "..."
    subjects = ["data centres", "chips"]   # subjects the brief and figures lead with, in order

Build parameters override the file (``make brief TITLE=...``, ``helpers build --title``).
Without either, the title is honest and generic (how many sources, on what) and the subjects
are the ones most sources give a number for: the library knows no story of its own.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from helpers.core.errors import CorpusError, Problem

STORY_NAME = "STORY.toml"
KNOWN_KEYS = ("title", "subtitle", "subjects")


@dataclass(frozen=True)
class Story:
    """Story-level settings of a corpus (all optional)."""

    title: str | None = None
    subtitle: str | None = None
    subjects: tuple[str, ...] = field(default_factory=tuple)
    source: str = "default"

    def with_title(self, title: str | None) -> "Story":
        """This story with ``title`` (a build parameter) when one is given."""
        if not title:
            return self
        return Story(title=title, subtitle=self.subtitle, subjects=self.subjects, source="parameter")


def load_story(corpus: str | Path | None) -> Story:
    """The corpus's ``STORY.toml`` as a :class:`Story`; an empty story when there is none."""
    from helpers.core.paths import corpus_dir

    path = corpus_dir(corpus) / STORY_NAME
    if not path.is_file():
        return Story()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # (a byte-order mark is allowed)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError([Problem(STORY_NAME, f"not valid UTF-8 TOML ({exc}); fix or remove the file")]) from None
    except OSError as exc:
        raise CorpusError([Problem(STORY_NAME, f"cannot be read ({exc.strerror}); fix its permissions or remove it")]) from None
    unknown = sorted(set(data) - set(KNOWN_KEYS))
    if unknown:
        raise CorpusError([Problem(STORY_NAME, f"unknown key(s) {unknown}; known: {list(KNOWN_KEYS)}")])
    subjects = data.get("subjects", [])
    if not isinstance(subjects, list) or not all(isinstance(s, str) for s in subjects):
        raise CorpusError([Problem(STORY_NAME, "'subjects' must be a list of strings")])
    for key in ("title", "subtitle"):
        if key in data and not isinstance(data[key], str):
            raise CorpusError([Problem(STORY_NAME, f"'{key}' must be a string")])
    return Story(title=data.get("title"), subtitle=data.get("subtitle"), subjects=tuple(subjects),
                 source=STORY_NAME)
