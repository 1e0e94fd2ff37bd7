"""What a percentage or a multiple is of: the quantity that rises or falls ("revenue rose 22%": revenue), or whose share
or part it gives ("15.2% of revenue"), named by the money or count noun of its clause (lexicon
``data/subjects.csv``), or "share price" when the clause quotes a share price. Used by the claims table's
``measure_of`` column and by the conflicts table, which never compares two growth rates of different things."""
from __future__ import annotations

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


def changed_of(sentence: str, start: int, end: int, subject: str = "") -> str:
    """What the percentage at ``sentence[start:end]`` is of: "share price" when its sentence quotes a share
    price before it; else the money noun of its own clause, else its count noun ("shipments were up 4.3%";
    shares are their price), else the nearest money noun of the clauses before it ("revenue of $57.0
    billion, marking a 22% increase"; a noun after it belongs to the amount it heads); "" when none.
    A ``subject`` "multiple" takes money nouns only."""
    if is_share_price(sentence[:start], "money"):
        return "share price"  # "its share price closed at 1,372 yuan, a 3.25% increase"
    own = clause(sentence, start, end)
    at = sentence.find(own)
    i, j = start - at, end - at
    money = money_subject(own, i, j)[0]
    if money not in _NO_THING:
        return money
    count, word = money_subject(own, i, j, "count") if subject not in _MONEY_ONLY else ("count", "")
    if count != "count" and len(word) >= 2:  # not a single Chinese character (人 of 人民币)
        return "share price" if count == "shares" else count
    before = money_subject(sentence[:at], at, at)[0] if at > 0 else "money"
    return "" if before in _NO_THING else before
