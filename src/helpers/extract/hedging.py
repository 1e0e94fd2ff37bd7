"""Hedges written before a number ("about", "up to", "近", "最多约", ``data/hedges.csv``) and where they start."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR


#: the Chinese verbs a hedge may stand before, bounding the number after them ("至少造成51人死亡", "约有500人")
_ZH_VERB = r"(?:已经|已經|已)?(?:造成|导致|導致|致使|酿成|釀成|致|有|共有|共)"  # (釀成: development 120)


@lru_cache(maxsize=1)
def hedges() -> tuple[re.Pattern[str], dict[str, str]]:
    """The hedge phrases before a number (regex anchored at the end) and their qualifiers."""
    with open(DATA_DIR / "hedges.csv", encoding="utf-8", newline="") as fh:
        table = {r["phrase"].lower(): r["qualifier"] for r in csv.DictReader(fh)}
    alts = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?:(?<![A-Za-zÀ-ÿ])(?!(?<=[附最邻鄰临臨])近)(?!(?<=[纽紐条條公合预預节節契制盟])[约約])"  # a word of its own:
                      rf"(?P<hedge>{alts})(?:(?<=[\u4e00-\u9fff]){_ZH_VERB})?\s*)$", re.I), table  # not the 近 of
    # 附近, 最近, 邻近, nor the 约 of 纽约, 条约; a Chinese hedge before its verb still bounds the number (至少造成51人死亡)


#: verbs whose particle is "over" ("handed over 45 bodies", "turned over 12 documents"): no hedge after them
_OVER_PARTICLE = re.compile(r"(?i)\b(?:hand|turn)(?:s|ed|ing)?\s+$")
#: a span of time after the number: "handed over two weeks ago" keeps "over" as a hedge of the time since
_SPAN_AFTER = re.compile(r"(?i)\s*(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|centuries|ans?|mois|semaines?|"
                         r"jours?|heures?)\b")


def _particle(text: str, hedge: re.Match[str], start: int) -> bool:
    """Whether the hedge word ``hedge`` is "over" as the particle of the verb before it ("handed over", "turned over"),
    not before a span of time ("handed over two weeks ago": more than two weeks)."""
    return hedge.group("hedge").lower() == "over" and bool(_OVER_PARTICLE.search(text, max(0, hedge.start() - 12),
                                                                                   hedge.start())) \
        and not _SPAN_AFTER.match(text, _number_end(text, start))


def _number_end(text: str, start: int) -> int:
    """Where the number that starts at ``start`` ends (digits, separators and number words)."""
    m = re.match(r"[\w.,\u00a0 -]*?(?=\s+[A-Za-zÀ-ÿ]{3,}|$)", text[start:start + 40])
    return start + (m.end() if m else 0)


def _hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """The hedge right before ``text[start:]`` and where it starts; a bound before an "about" is the hedge
    ("集資最多約310億港元", "up to about 300": at most)."""
    rx, table = hedges()
    h = rx.search(text, max(0, start - 24), start)
    if h and _particle(text, h, start):
        return None, start  # ("Hamas handed over seven hostages": seven, exactly)
    if h and table.get(h.group("hedge").lower()) == "approx":
        bound = rx.search(text, max(0, h.start() - 24), h.start())
        if bound and table.get(bound.group("hedge").lower()) in ("at_most", "less_than", "at_least", "more_than") \
                and not _particle(text, bound, start):  # ("handed over about 300 documents": about)
            return bound.group("hedge"), bound.start()
    return (h.group("hedge"), h.start()) if h else (None, start)
