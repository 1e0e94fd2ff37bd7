"""A bare Chinese amount of 万 or 亿 right after a one-character verb of spending ("投3800亿建AI设施", "砸100亿", "再融50亿"):
money whose currency the page leaves unsaid, not a count of whatever noun comes later in the clause (设施, facilities).
The longer verbs (投资, 投入, 斥资) are read by the money nouns of ``data/subjects.csv``; these single characters are not,
being too common alone."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding, money_subject
from helpers.extract.quantities import Quantity


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    """The one-character verbs of spending and what their money is (``data/spend_verbs.csv``)."""
    with open(DATA_DIR / "spend_verbs.csv", encoding="utf-8", newline="") as fh:
        return {r["verb"]: r["subject"] for r in csv.DictReader(fh)}


#: the amount ends with its magnitude, no currency or unit after ("3800亿", "100億", "50万")
_BARE = re.compile(r".*(?:万|萬|亿|億)$")


def bare_amount(text: str, q: Quantity, b: Binding | None) -> Binding | None:
    """Money for a bare 万/亿 amount right after a verb of spending (see the module), whatever ``b`` bound it to; the
    money noun of its clause names it, else the verb (``data/spend_verbs.csv``: 投, investment). Other quantities keep
    ``b``."""
    verb = text[:q.start].rstrip()[-1:]  # (the amount follows the verb: not 投票 "vote", 花园 "garden")
    if b is not None and b.dimension == "money" or not _BARE.match(q.text) or verb not in _verbs():
        return b
    subject = money_subject(text, q.start, q.end)[0]
    return Binding(_verbs()[verb] if subject == "money" else subject, "money", verb, None, None, q.end)
