"""What a Chinese classifier counts when no noun follows it ("华为计划生产30万片。").

Each classifier has a default subject in ``data/measure_words.csv`` (片 chips). ``data/classifier_nouns.csv`` names
the other things it counts when the sentence before the number names them: 片 counts wafers after 晶圆 or "8吋"; 枚
counts a cryptocurrency's coins after ETH or 比特币 ("被盗 ETH 数量为 49.9 万枚": 499,000 ETH, money in its own unit,
not chips). A noun of the default subject standing nearer the number keeps the default ("晶圆厂今年生产芯片30万片").
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import NamedTuple

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import _CJK, _unit, measure_words, nouns


class _Other(NamedTuple):
    subject: str
    pattern: re.Pattern[str]
    unit: str  # a unit token of ``units.csv`` (a currency: money in it), or "" for a count of ``subject``


@lru_cache(maxsize=1)
def _classifier_nouns() -> dict[str, tuple[_Other, ...]]:
    """Classifier -> the other things it counts (``data/classifier_nouns.csv``)."""
    with open(DATA_DIR / "classifier_nouns.csv", encoding="utf-8", newline="") as fh:
        out: dict[str, list[_Other]] = {}
        for r in csv.DictReader(fh):
            out.setdefault(r["classifier"], []).append(_Other(r["subject"], re.compile(r["pattern"]), r["unit"]))
    return {k: tuple(v) for k, v in out.items()}


def _word_start(s: str, i: int) -> bool:
    """A Latin word starts at ``s[i]`` (not inside a word); any Chinese character starts one."""
    return bool(_CJK.match(s[i])) or i == 0 or not re.match(r"[A-Za-zÀ-ÿ0-9]", s[i - 1])


def classifier_counts(text: str, pos: int, classifier: str) -> tuple:
    """The binding hit of a classifier at ``text[pos]`` with no noun after it: ``(subject, "count", classifier)``,
    or ``("unit", unit, classifier)`` when it counts coins of a currency the sentence before names."""
    default = measure_words()[classifier]
    head = re.split(r"[。！？!?；;\n]|\.(?:\s|$)", text[max(0, pos - 120):pos])[-1]
    best: tuple[int, int, _Other] | None = None
    for k, other in enumerate(_classifier_nouns().get(classifier, ())):
        for m in other.pattern.finditer(head):
            best = max(best or (m.end(), -k, other), (m.end(), -k, other), key=lambda b: b[:2])
    if best is not None and not any(subject == default and role == "count" and rx.match(head, i) and _word_start(head, i)
                                    for subject, role, rx in nouns() for i in range(best[0], len(head))):
        if best[2].unit:  # (a noun of the default subject nearer the number keeps the default)
            return ("unit", _unit(best[2].unit), classifier)
        return (best[2].subject, "count", classifier)
    return (default, "count", classifier)
