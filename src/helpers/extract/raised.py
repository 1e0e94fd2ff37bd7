"""What money raised or collected is, when only the words of its sentence (else its paragraph) say: donations with donors or a
fundraising ("the foundation collected 358 million euros from 340,000 donors"), an investment with investors or a
funding round ("raised $2 billion in new funding"), else "funds raised" (``data/raised_cues.csv``)."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _raised_cues() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    with open(DATA_DIR / "raised_cues.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], re.compile(rf"(?<![A-Za-zÀ-ÿ])(?:{r['pattern']})(?![A-Za-zÀ-ÿ])", re.I),
                      r["outranks"] == "yes") for r in csv.DictReader(fh))


#: the lexicon's subjects of money raised, with what they are when no cue says: "funds raised" (raised, collected,
#: 筹得) stays so; a verb of raising ("lever", 募资) is an investment ("Stargate prévoyait de lever 100 milliards")
RAISED_DEFAULT = {"funds raised": "funds raised", "raising": "investment"}
#: where a sentence ends (not a decimal point: "$1.5 billion")
_SENTENCE_END = re.compile(r"[!?。！？\n]|\.(?!\d)")


def _nearest_cue(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The subject of the cue nearest to ``text[start:end]`` within ``text[lo:hi]``; a cue that outranks (a listing's
    words) wins over any nearer one ("The deal raised $4.6bn ... the largest fundraising since Kuaishou's IPO")."""
    near = [(not outranks, start - m.end() if m.end() <= start else m.start() - end, subject)
            for subject, rx, outranks in _raised_cues() for m in rx.finditer(text, lo, hi)
            if not start <= m.start() < end]
    return min(near)[2] if near else ""


def raised_for(text: str, start: int, end: int, default: str = "funds raised", reach: int = 400) -> str:
    """What money raised or collected at ``text[start:end]`` is, from the nearest word of giving or of funding in
    its sentence, else in its paragraph (at most ``reach`` characters either side; ``data/raised_cues.csv``):
    "donations" with donors or a fundraising, "investment" with investors or a funding round; "funds raised" when
    neither is there (or ``default``)."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    cut = _SENTENCE_END.search(text, end, hi)
    found = _nearest_cue(text, start, end, stops[-1] if stops else lo, cut.start() if cut else hi)
    if found:
        return found
    para_lo, para_hi = text.rfind("\n", lo, start), text.find("\n", end, hi)
    return _nearest_cue(text, start, end, para_lo + 1 if para_lo >= 0 else lo, para_hi if para_hi >= 0 else hi) \
        or default
