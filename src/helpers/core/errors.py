"""One exception type per failure family; messages name the file and what to do."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: ``error``: the file (or manifest value) was not used; ``warning``: loaded, but flagged
Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One bad input: the file (relative to the corpus folder) and what is wrong with it.

    ``severity`` is ``"error"`` when the file (or the manifest value) was left out and
    ``"warning"`` when it was loaded but its text or metadata deserves a look (a legacy
    encoding, replaced bytes, mojibake, a document cleaning emptied, an item not read)."""

    file: str
    problem: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.file}: {self.problem}"


class CorpusError(ValueError):
    """The corpus folder or its manifest cannot be loaded as it is.

    ``problems`` lists every bad file found in one pass, so a user fixes them all at once.
    """

    def __init__(self, problems: list[Problem] | Problem | str, folder: str = "") -> None:
        if isinstance(problems, str):  # one problem with the corpus as a whole: the sentence alone
            self.problems: list[Problem] = [Problem(folder or "<corpus>", problems)]
            ValueError.__init__(self, problems)
            return
        if isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        where = f" in {folder}" if folder else ""
        lines = "\n".join(f"  - {p}" for p in self.problems)
        hint = "\nFix or remove these files, or load with on_error='skip' to load the rest."
        super().__init__(f"{len(self.problems)} bad input(s){where}:\n{lines}{hint}")


class CorpusWarning(UserWarning):
    """Files loaded but flagged, or items in the corpus folder deliberately not read."""


class BuildError(RuntimeError):
    """A build cannot start or finish: the output folder, its lock, or a notebook failed."""


class StepFailed(BuildError):
    """A build step (the tables or a notebook) failed; the previous output is left as it was."""


class OffsetError(IndexError):
    """A span or raw position lies outside the document it refers to."""
