"""People or jobs a company lets go: a count of employees, staff or jobs right after a verb of cutting ("cut 200
full-time employees", "licencier environ 200 employés", "裁员约200名全职员工") or followed by one ("15,000 jobs will be
cut", "1 200 postes supprimés") is a count of job cuts, not a headcount: "about 1,400 people" at the company and the
200 it laid off are two quantities (``data/job_cuts.csv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import alternation

#: the subjects a count of people let go may have been read as
FROM = frozenset({"people", "employees", "jobs", "workers", "staff", "positions"})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb of cutting right before the number, a verb of cutting right after its noun) of every language."""
    return alternation("job_cuts.csv", column="before"), alternation("job_cuts.csv", column="after")


def job_cut(sentence: str, start: int, end: int, subject: str) -> str:
    """"job cuts" when the count at ``sentence[start:end]`` (its noun included), read as ``subject``, is of people or
    jobs let go, else ""."""
    if subject not in FROM:
        return ""
    before, after = _patterns()
    return "job cuts" if before.search(sentence[max(0, start - 40):start]) or after.match(sentence[end:end + 50]) else ""
