"""An amount written as the size of a thing built ("the $4-billion hydroelectric megastructure", "a $20 billion chip
plant", "le barrage de 5 milliards de dollars", "50亿美元的大坝") is what that thing costs: a money amount whose
sentence has no money word of its own takes the subject "cost" when a built thing's noun (``data/built_things.csv``)
stands right after it (at most two words between, none a function word) or right before it, joined by "de" or "of"."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR

#: words that end the phrase an amount qualifies: after one of them the noun is another's ("$4 billion for the dam",
#: "$2 billion in the project")
_FUNCTION = (r"(?:for|in|on|at|by|to|from|of|and|or|the|a|an|its|their|this|that|which|with|was|were|is|are|has|have|"
             r"will|would|pour|dans|sur|par|et|ou|le|la|les|du|des|de|au|aux|est|sont|a|ont)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a built noun after the amount, one before it) from the data file."""
    with open(DATA_DIR / "built_things.csv", encoding="utf-8", newline="") as fh:
        rows = {r["language"]: r["pattern"] for r in csv.DictReader(fh)}
    latin = f"(?:{rows['en']}|{rows['fr']})"
    after = re.compile(rf"[\s-]*(?:(?!{_FUNCTION}\b)[\w’'-]+\s+){{0,2}}?{latin}\b|的?(?:[\u3400-\u9fff]{{0,4}}?)(?:{rows['zh']})",
                       re.I)
    before = re.compile(rf"\b{latin}\s+(?:[a-zà-ÿ-]+\s+)?(?:de|d['’]|of|costing|coûtant)\s+"
                        rf"(?:(?:about|around|nearly|almost|some|près de|environ|quelque|plus de|more than|over)\s+)?"
                        rf"(?:US)?[$€£]?\s*$", re.I)
    return after, before


def built_cost(sentence: str, start: int, unit_end: int) -> str:
    """"cost" when the amount at ``sentence[start:unit_end]`` is written as the size of a thing built, else ""."""
    after, before = _patterns()
    return "cost" if after.match(sentence, unit_end) or before.search(sentence[max(0, start - 60):start]) else ""
