"""How an amount attaches to the nouns around it: the noun it qualifies right after or before it, a noun
that heads a later amount of its own, goods an amount buys, and currency names that may be ordinary words
(used by :mod:`helpers.extract.binding`)."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import column_values

#: right after a noun, the amount it heads ("une levée de 1,7 milliard", "funding of $2 billion", "sa valorisation à 6
#: milliards"): a noun after an earlier amount that heads an amount of its own is that amount's, not the earlier one's
OWN_NUMBER = re.compile(r"\s*(?:de|d['’]|of|:|à|at)?\s*(?:US)?[$€£¥]?\s*\d")

#: an amount followed by the goods it buys ("$1 billion of advanced Nvidia chips", "10 milliards de dollars de
#: puces"): the value of those goods
GOODS_OF = re.compile(r"\s+(?:worth\s+)?(?:of|de|d['’])\s*(?:[\w-]+\s+){0,3}?(?:chips?|GPUs?|processors?|semiconductors?|"
                       r"puces?|processeurs?|semi-conducteurs?|equipment|équipements?|hardware|matériel|servers?|"
                       r"serveurs?|goods|marchandises)\b", re.I)

#: what may stand between an amount and the noun it qualifies right after it
ADJACENT = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）]\s*)?的?\s*(?:[A-Za-zÀ-ÿ-]+\s+)?")  # (a bracketed
# conversion and one word may stand between: "10 milliards d'euros ($11.7 billion) pre-money valuation")
#: or right before it, joined by a linking word at most ("估值達100億", "valuation of $2 billion")
ADJACENT_BEFORE = re.compile(r"\s*(?:達到?|达到?|至|為|为|是|of|at|à|de|d['’]|:)?\s*(?:US|USD|EUR)?\s*[$€£¥]?\s*", re.I)



@lru_cache(maxsize=1)
def beside_only() -> frozenset[str]:
    """Money subjects whose lexicon words name only the amount right beside them (``data/beside_only_subjects.csv``)."""
    return column_values("beside_only_subjects.csv", "subject")


def beside(text: str, start: int, end: int, word_start: int, word_end: int) -> bool:
    """The word at ``text[word_start:word_end]`` qualifies the amount at ``text[start:end]`` right after or before it
    (:data:`ADJACENT`, :data:`ADJACENT_BEFORE`)."""
    return word_start >= end and ADJACENT.fullmatch(text, end, word_start) is not None or \
        word_end <= start and ADJACENT_BEFORE.fullmatch(text, word_end, start) is not None


#: currency names that are also ordinary words or acronyms ("won", SAR radar): a currency only after an amount
#: of 1,000 or more ("47.2 trillion won", "5,000 won")
_AMBIGUOUS_CURRENCY = frozenset({"won", "wons", "krw", "sar", "rub", "inr", "aed", "chf", "jpy", "dong", "dongs", "taka",
                                 "try", "ils", "idr"})


def ambiguous_currency(token: str, value: float) -> bool:
    """Whether a currency word after an amount is rather a verb or an acronym ("8 won on appeal", "2 SAR
    instruments"): an ambiguous name after an amount under 1,000."""
    return token.lower() in _AMBIGUOUS_CURRENCY and value < 1000

#: revenue words that, after an amount with no currency, count the units sold ("1,79 million de ventes",
#: "2 million sales"): a count, not money
UNITS_SOLD = re.compile(r"(?i)(?:sales|ventes)")

#: a verb of change and "to" right before a percentage: the level reached ("rose to 3.2%", "est passé à 7,4 %",
#: "降至2%")
LEVEL_AFTER_MOVE = re.compile(r"(?i)(?:\b(?:rose|risen|rises|fell|fallen|falls|climbed|dropped|declined|increased|decreased|"
                               r"grew|jumped|surged|slipped|eased)\s+to|\b(?:passée?|tombée?|montée?|grimpée?|baissée?|"
                               r"remontée?|chutée?) à|[升降增减減跌涨漲]至|[升降增减減跌涨漲]到)\s*(?:about |around |nearly |environ |près de |约|約)?$")

#: 套 or 份 with no noun after it (a mark, 的, 以上): copies of what the sentence sells ("已卖出超过1540万套。")
BARE_COPIES = re.compile(r"\s*(?:多|余|餘)?\s*[套份](?=[^\u3400-\u9fff]|$|的|以上|左右|之多)")
#: a verb or noun of selling earlier in the clause of such a count ("已卖出超过1540万套", "至少要賣 300 萬份以上"), without
#: which 份 and 套 count questionnaires, flats or fund shares
SOLD_BEFORE = re.compile(r"(?:卖|賣|售|销|銷|发行|發行|出货|出貨)[^，。；！？,;!?\n]*$")


def sold_copies(text: str, end: int) -> bool:
    """套 or 份 right after a number that ends at ``end``, with no noun after it, in a clause that sells: copies sold."""
    return bool(BARE_COPIES.match(text, end) and SOLD_BEFORE.search(text, max(0, end - 20), end))


#: a word that makes the bare four digits after it a year ("the 2022 GPU shortage", "en 2048")
_YEAR_BEFORE = re.compile(r"(?i)\b(?:the|its|their|this|that|in|of|since|by|until|de|du|des|le|la|les|en|au|à|depuis)\s+$")


def year_before_noun(text: str, start: int, number: str, written: str) -> bool:
    """Four digits that look like a year before a singular noun: the year of it ("the 2022 chip ban"), unless the noun
    is an acronym whose plural takes no s after a word that does not make them a year ("a utilisé 2048 GPU": a count;
    not "the 2022 GPU shortage", "en 2048")."""
    if not re.fullmatch(r"(?:19|20)\d\d", number) or not re.fullmatch(r"(?i)[A-Za-z ]*[a-rt-z]", written):
        return False
    return not (written.isupper() and re.search(r"[^\W\d]{3,}\s+$", text[max(0, start - 20):start])
                and not _YEAR_BEFORE.search(text, max(0, start - 8), start))
