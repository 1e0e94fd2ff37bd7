"""What a figure is compared with: the base a comparison names ("compared with $19.31 billion a year earlier",
"較去年同期的193.1億美元", "up from 80", "contre 5,8 milliards", "more than double its 5.8 billion-euro valuation"), an
earlier or other level, not the figure its sentence reports (``data/comparison_bases.csv``). Used by
:func:`helpers.compare.comparable.change_start` (conflicts) and :func:`helpers.compare.prices.change_start` (the brief)."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import alternation

#: the value compared with: "較去年同期的193.1億美元", "compared with $19.31 billion a year earlier", "contre 19,31
#: milliards un an plus tôt", "up from $35.08 billion in the same period a year earlier"
_BASE_BEFORE = re.compile(r"(?i)(?:較|较|相較於?|相较于?|相比|compared (?:with|to)|versus|\bvs\.?|contre|par rapport à|"
                          r"\b(?:up|down|rising|falling|increase|decrease) from|\bfrom)\s*(?:去年同期|上季|前一季|上年同期)?的?\s*"
                          r"(?:the equivalent of\s*)?[$€£¥]?\s*$")
_BASE_AFTER = re.compile(r"(?i)[^,;.。，；]{0,45}?(?:a year (?:earlier|ago|before)|year[- ]ago|last year|the previous (?:quarter|year)|"
                         r"the prior (?:quarter|year)|the same (?:period|quarter)|un an plus tôt|l['’]an dernier|il y a un an|"
                         r"an dernier|trimestre précédent|去年同期|上年同期|上季)")


@lru_cache(maxsize=1)
def _comparison_base() -> re.Pattern[str]:
    """What names the base of a comparison right before it (``data/comparison_bases.csv``)."""
    return alternation("comparison_bases.csv")


def compared_with(quote: str, text: str) -> bool:
    """Whether the number ``text`` in ``quote`` is what a figure is compared with: "較去年同期的193.1億美元", "与去年同期
    亏损3.03亿元相比", "compared with $19.31 billion a year earlier", "up from 80", "contre 5,8 milliards"
    (``data/comparison_bases.csv``)."""
    i = quote.find(text) if text else -1
    if i < 0:
        return False
    before = quote[max(0, i - 40):i]
    if re.search(r"(?:較|较|相較於?|相较于?)(?:去年同期|上季|前一季|上年同期)的?\s*$", before):
        return True
    if re.search(r"(?:与|與|和|跟)(?:去年同期|上年同期|上季|前一季)\S{0,4}$", before) and \
            re.match(r"\S{0,3}(?:相比|相較|相较|比較|比较)", quote[i + len(text):]):
        return True  # "与去年同期亏损3.03亿元相比"
    return bool(_BASE_BEFORE.search(before) and _BASE_AFTER.match(quote, i + len(text))
                or _comparison_base().search(quote[max(0, i - 60):i]))
