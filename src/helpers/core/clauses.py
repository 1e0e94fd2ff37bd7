"""Where a figure stands in its sentence, and the clause around it: shared by the readers (votes) and the comparers
(places, starts, named events), which must find a claim's figure in its quote the same way."""
from __future__ import annotations

import re

#: what ends a clause: a clause mark (a comma that is not a digit's, a semicolon, 、, a full stop)
CLAUSE_CUT = re.compile(r"[;；、。，]|,(?!\d)|\.(?!\d)")


def figure_span(quote: object, text: object, nth: int = 0) -> tuple[int, int] | None:
    """(start, end) of the ``nth`` (from 0; else the first) place the figure ``text`` stands in ``quote`` as a whole
    number, not inside another (12 is not in 120), else None."""
    if not isinstance(quote, str) or not isinstance(text, str) or not text:
        return None
    hits = list(re.finditer(rf"(?<![\d.,]){re.escape(text)}(?![\d])", quote))
    m = hits[nth] if nth < len(hits) else hits[0] if hits else None
    return (m.start(), m.end()) if m else None


def clause_bounds(quote: str, start: int, end: int) -> tuple[int, int]:
    """(lo, hi) of the clause of ``quote`` holding ``quote[start:end]``: from the last clause mark before it (a
    comma, a semicolon, 、) to the first after it."""
    lo = max([m.end() for m in CLAUSE_CUT.finditer(quote, 0, start)], default=0)
    cut = CLAUSE_CUT.search(quote, end)
    return lo, cut.start() if cut else len(quote)
