"""One deal's terms, whatever the tense: a round's amount, a pledge, a stake or a grant told as agreed or to come in one
source and as done in another is one figure (``data/deal_terms.csv``), so the two are compared; a forecast is not (an
analyst's "could raise $5.3 billion" stays apart). A pledge raised to a new total ("takes Apple's total commitment to
$600 billion", ``data/revised_totals.csv``) is a later figure than the first pledge, not another telling of it."""
from __future__ import annotations

from functools import lru_cache

from helpers.core.lexicon import alternation, column_values


@lru_cache(maxsize=1)
def deal_subjects() -> frozenset[str]:
    """The subjects whose planned and reported figures are one deal's (``data/deal_terms.csv``)."""
    return column_values("deal_terms.csv", "subject")


def deal_horizon(subject: str, horizon: str, is_forecast: bool) -> str:
    """The horizon a claim is compared in: a deal's planned figure ("future", not a forecast) is compared with the
    figures told as done ("reported"); any other claim keeps its ``horizon``."""
    return "reported" if horizon == "future" and not is_forecast and subject in deal_subjects() else horizon


@lru_cache(maxsize=1)
def _revised_rx():
    return alternation("revised_totals.csv")


def revised_total(quote: str, text: str) -> bool:
    """Whether ``quote`` gives the figure ``text`` as a new total a pledge was raised to ("takes ... total commitment
    to $600 billion", "porte son engagement total à", 总额增至)."""
    at = quote.find(text) if text else -1
    return at > 0 and bool(_revised_rx().search(quote[max(0, at - 120):at]))


def revision_apart(a: dict, b: dict) -> bool:
    """Two figures of one deal subject, one given as a total raised to and the other not: two moments of the pledge."""
    if a.get("subject") not in deal_subjects() or b.get("subject") not in deal_subjects():
        return False
    ra, rb = (revised_total(str(x.get("quote") or ""), str(x.get("text") or "")) for x in (a, b))
    return ra != rb
