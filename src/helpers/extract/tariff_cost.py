"""What tariffs cost a company: an amount of money whose clause names tariffs and a cost or impact ("Tariffs could add
$900 million to Apple's costs", "a $1.1 billion tariff impact", "800 millions de dollars de coûts liés aux droits de
douane", "11亿美元的关税影响") is a tariff cost, not a bare cost, charge or loss (``data/tariff_costs.csv``). The value
of goods a tariff falls on ("tariffs on $300 billion of imports") names no cost or impact and stays what it was."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import alternation
from helpers.extract.sentences import clause

#: the subjects a tariff's cost may have been read as: a cost, an impact read as a loss or a charge, a bare amount
FROM = frozenset({"money", "cost", "charge", "loss", "payment"})


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(tariff words, cost or impact words) of every language in the data file."""
    return alternation("tariff_costs.csv", column="tariff"), alternation("tariff_costs.csv", column="impact")


#: what ends the phrase of an amount: another clause ("spent $2 billion on a plant and tariffs added costs")
_PHRASE_END = re.compile(r"[,;:，；。]|\s(?:and|but|while|et|mais|alors que)\s|和|及|但")
#: tariffs named right after an amount ("a $1.1 billion tariff impact", "11亿美元的关税影响"): the amount is theirs,
#: whatever money word the sentence has besides
_RIGHT_AFTER = re.compile(r"\s*(?:的|in\s+|en\s+|de\s+)?(?:tariff|关税|關稅|droits de douane)", re.I)
#: or a tariff cost named right before it ("a significant tariff impact of $1.1 billion")
_RIGHT_BEFORE = re.compile(r"(?:tariff|tariff-related|droits de douane)\s+(?:costs?|impact|hit|bill|charges?)\s+(?:of|de|d['’])"
                           r"\s*(?:about|around|nearly|some|environ|près de)?\s*(?:US)?[$€£]?\s*$", re.I)


def tariff_cost(sentence: str, start: int, end: int, subject: str) -> str:
    """"tariff cost" when the amount at ``sentence[start:end]``, read as ``subject``, is what tariffs cost: tariffs
    named in its phrase (up to 50 characters before it or 40 after, no clause or "and" between) and a cost or impact
    in its clause; else ""."""
    tariffs, impact = _words()
    if _RIGHT_AFTER.match(sentence, end) and impact.search(sentence, end, end + 40) or _RIGHT_BEFORE.search(
            sentence[max(0, start - 60):start]):
        return "tariff cost"
    if subject not in FROM:
        return ""
    before = _PHRASE_END.split(sentence[max(0, start - 50):start])[-1]
    after = _PHRASE_END.split(sentence[end:end + 40])[0]
    own = clause(sentence, start, end, keep_numbers=True)
    return "tariff cost" if (tariffs.search(before) or tariffs.search(after)) and impact.search(own) else ""
