"""What a percentage or a multiple is of: the quantity that rises or falls ("revenue rose 22%": revenue), or whose share
or part it gives ("15.2% of revenue"), named by the money or count noun of its clause (lexicon
``data/subjects.csv``), or "share price" when the clause quotes a share price. Used by the claims table's
``measure_of`` column and by the conflicts table, which never compares two growth rates of different things."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import money_subject
from helpers.extract.scope import is_share_price
from helpers.extract.sentences import clause

#: the subjects whose "of what" a reader needs: a change, a share, a multiple (a stake is of a company, a
#: margin of itself; a duration's noun is too often another clause's: "trained on 512 chips for 80 hours")
RATE_SUBJECTS = frozenset({"rise", "fall", "share", "percent", "multiple"})
#: a multiple is of an amount of money only ("20 times that cost"); its count nouns are what is compared
#: ("faster than closed models 5 times")
_MONEY_ONLY = frozenset({"multiple"})
#: money subjects that name no thing a rate is of: none, or a verb of losing ("蒸发", "lost": the fall itself)
_NO_THING = frozenset({"money", "loss"})


@lru_cache(maxsize=1)
def _index_rx() -> tuple[re.Pattern[str], tuple[str, ...]]:
    with open(DATA_DIR / "market_indices.csv", encoding="utf-8", newline="") as fh:
        rows = [(r["index"], r["pattern"]) for r in csv.DictReader(fh)]
    return re.compile("|".join(f"(?P<i{k}>{p})" for k, (_, p) in enumerate(rows)), re.I), tuple(n for n, _ in rows)


@lru_cache(maxsize=16384)
def indices(text: str) -> list[tuple[int, int, str]]:
    """Stock market indices named in ``text`` (``data/market_indices.csv``): (start, end, name)."""
    rx, names = _index_rx()
    return [(m.start(), m.end(), names[int(m.lastgroup[1:])]) for m in rx.finditer(text)]


#: the word for a stock index in three languages, for an index the list does not name
_INDEX_WORD = re.compile(r"index|indices|indice|指数|指數", re.I)


def changed_of(sentence: str, start: int, end: int, subject: str = "") -> str:
    """What the percentage at ``sentence[start:end]`` is of: "index" when its clause names a stock index;
    "share price" when its sentence quotes a share price before it; else the money noun of its own clause, else its count noun ("shipments were up 4.3%";
    shares are their price), else the nearest money noun of the clauses before it ("revenue of $57.0
    billion, marking a 22% increase"; a noun after it belongs to the amount it heads); "" when none.
    A ``subject`` "multiple" takes money nouns only."""
    own = clause(sentence, start, end)
    at = sentence.find(own)
    if indices(own) or _INDEX_WORD.search(own):
        return "index"  # "納斯達克綜合指數跌3.07%": an index moved, not a share
    if is_share_price(sentence[:start], "money"):
        return "share price"  # "its share price closed at 1,372 yuan, a 3.25% increase"
    i, j = start - at, end - at
    money = money_subject(own, i, j)[0]
    if money not in _NO_THING:
        return money
    count, word = money_subject(own, i, j, "count") if subject not in _MONEY_ONLY else ("count", "")
    if count != "count" and len(word) >= 2:  # not a single Chinese character (人 of 人民币)
        return "share price" if count == "shares" else count
    before = money_subject(sentence[:at], at, at)[0] if at > 0 else "money"
    return "" if before in _NO_THING else before
