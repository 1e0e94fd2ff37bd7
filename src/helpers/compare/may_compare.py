"""Whether two claims may be compared at all: not two numbers of one sentence, not two periods, two prices of two
moments, two subjects (revenue and net profit), two models. :func:`helpers.compare.conflicts.judge` asks this first."""
from __future__ import annotations

import re

from helpers.compare.changes import part_of_total, period_only, same_change, same_move
from helpers.compare.comparable import (AMOUNT_BASES, age_at_event, change_basis, change_start, count_measures, named_days,
                                        is_share_price, one_sided_measures, other_statistics, rise_of,
                                        sentence_measures)
from helpers.compare.count_countries import sentence_country
from helpers.compare.count_starts import starts_apart
from helpers.compare.crafts import crafts_apart
from helpers.compare.deal_terms import revision_apart
from helpers.compare.digit_slips import transposed
from helpers.compare.flow_months import flows_apart
from helpers.compare.countries import country_names
from helpers.compare.local_places import clause_bounds
from helpers.compare.models import claim_model
from helpers.compare.owners import around, claim_periods
from helpers.compare.prices import (close_in_time, fell_back, is_tally, other_moments, past_event_tie, running_totals,
                                    same_bulletin, same_day, same_day_named, tally_fell)
from helpers.compare.projects import one_project_figure
from helpers.compare.rate_periods import one_rate


#: lengths that may be a level or how much a level rose
_LEVELS = frozenset({"length", "height", "depth"})
#: subjects that are all "an amount of money" when nothing more precise is said
MONEYISH = frozenset({"money", "value", "market value", "loss", "deal value"})  # a loss of market value is told as
# either; a deal worth $10 billion, a $10 billion deal or agreement


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def _from_epicentre(c: dict) -> bool:
    """Whether a distance's sentence, its asides between dashes or brackets left out, measures it from an earthquake's
    epicentre (``data/distance_origins.csv``): not "the victims—asleep when the tremor struck—are taken to hospitals
    40 km away"."""
    from helpers.core.lexicon import alternation
    return bool(alternation("distance_origins.csv").search(re.sub(r"[—–][^—–]{1,200}[—–]|\([^()]{1,200}\)", " ",
                                                                   _s(c.get("quote")))))


def _expects(c: dict) -> str:
    """"plan" for a planned scope (a target, a pledge), "forecast" for another forward-looking claim, else ""."""
    return "plan" if c.get("scope") == "planned" else "forecast" if c.get("is_forecast") else ""


def _two_votes(a: dict, b: dict) -> bool:
    """Two counts of votes cast on two sides ("49 票反对" against "2票棄權"; a count of no side is only the winners'),
    or a margin or threshold ("by 13 votes") against a side, or of a procedural vote and another, or
    whose sentences each give another count of votes (their tally's other side, or another side's count), none in
    common: a motion's "51 票赞成、49 票反对" and a passage's "50比50" (two tellings of one vote share a side: "222比209票"
    and "222 voix contre 219")."""
    from helpers.extract.votes import procedural_vote, vote_side

    if a.get("subject") != "votes" or b.get("subject") != "votes":
        return False
    sa, sb = vote_side(_s(a.get("quote")), _s(a.get("text"))), vote_side(_s(b.get("quote")), _s(b.get("text")))
    others_a, others_b = _vote_sides(a), _vote_sides(b)
    return sa != sb and not {sa, sb} <= {"for", ""} or procedural_vote(a.get("quote"), a.get("text")) != \
        procedural_vote(b.get("quote"), b.get("text")) or bool(others_a) and bool(others_b) and not others_a & others_b
    # (a count given with no side is the winners' at most: "avec 315 voix", never the noes of "312 voix contre 241")


def _vote_sides(c: dict) -> set[float]:
    """The other counts of votes of a count's sentence: its tally's other side, or another side's count."""
    from helpers.extract.votes import tally_partner

    partner = tally_partner(_s(c.get("quote")), _s(c.get("text")))
    return {v for s, _, _, v in (c.get("figures") or ()) if s == "votes"} | ({partner} if partner else set())


def vote_tie(a: dict, b: dict) -> bool:
    """Two counts of votes of one side of one vote told twice: their tallies share the other side ("222-209", "222
    voix contre 219"), so that they are compared though their sentences name the chamber in two languages."""
    from helpers.extract.votes import vote_side

    side = vote_side(_s(a.get("quote")), _s(a.get("text")))
    return a.get("subject") == "votes" == b.get("subject") and bool(side) and \
        side == vote_side(_s(b.get("quote")), _s(b.get("text"))) and bool(_vote_sides(a) & _vote_sides(b))


def _echoed(a: dict, b: dict) -> bool:
    """Whether ``b``'s sentence gives ``a``'s value for ``a``'s subject as another of its figures: that sentence lists
    two or more of the subject (two aircraft's altitudes, a toll then and now), and ``a`` is the one it matches. (Not
    another subject's figure: "45 dead and 30 injured" against "30 dead" is a figure given to another quantity.)"""
    v = a.get("value")
    return isinstance(v, float) and v > 0 and any(
        (s == a.get("subject") or "length" in {s, a.get("subject")} and {s, a.get("subject")} <= _HEIGHTS)
        and d == a.get("dimension") and u == _s(a.get("unit"))
        and abs(w - v) <= 1e-6 * v for s, d, u, w in (b.get("figures") or ()))  # (in one unit: not the 1.3 billion
    # euros a sentence converts to 1.5 billion dollars against another's 1.3 billion dollars)


#: lengths a sentence may name loosely: the same feet are a craft's altitude in one clause, a bare length in the next
#: (a bare length only: a plane's altitude is no tower's height)
_HEIGHTS = frozenset({"length", "altitude", "height"})


def may_compare(a: dict, b: dict) -> bool:
    """False when two claims are two numbers of one sentence (a comparison, two scenarios, two
    products: never a contradiction) or a forecast and a plan of one page's body, their clauses name different product models, or they are
    share prices not both given for one named day (a price moves all day), or one is a share
    price and the other not."""
    if a.get("doc_id") is not None and a.get("doc_id") == b.get("doc_id") and (a.get("quote") == b.get("quote") or (
            {_expects(a), _expects(b)} == {"forecast", "plan"} and not (a.get("headline") or b.get("headline")))):
        return False  # (one page's forecast and target in its body, an analyst's 17.6 million and the maker's 25
        # million, are two quantities; its headline's plan against its body's is one plan told twice: "5 fabs", "three")
    if "quote" not in a:
        return True
    if crafts_apart(a, b):
        return False  # (the jet's 325 feet against the helicopter's 400: two crafts' altitudes)
    if a.get("doc_id") != b.get("doc_id") and (_echoed(a, b) or _echoed(b, a)):
        return False  # ("the Black Hawk at 200 feet, while the jet's recorder placed it at 325 feet" against "the jet was
        # flying at 325 feet": its 325 is that sentence's other figure, not a rival of the 200)
    if a.get("subject") == "distance" and _from_epicentre(a) != _from_epicentre(b):
        return False  # (the epicentre 27 km from a town against villages 40 km from its hospitals: two distances)
    qa_, qb_ = claim_periods(a), claim_periods(b)
    if qa_ and qb_ and not qa_ & qb_:
        return False  # a quarter's figure and a half-year's (or another quarter's; a sentence naming none
        # is its page's main period) are two quantities
    if not (qa_ and qb_) and a.get("subject") in period_only() or flows_apart(a, b, around(a), around(b)):
        return False  # (September's exports against October's: two months)
    if a.get("subject") in running_totals() and not same_bulletin(a, b, named_days) and not past_event_tie(a, b) \
            and not transposed(a, b) \
            and not fell_back(a, b, named_days) or part_of_total(a, b):
        return False  # a toll of 28 March and one of 5 April are two counts (unless what only grows fell); so are a part and its total
    if _two_votes(a, b):
        return False  # (a motion's tally and the final vote's)
    if starts_apart(a, b):
        return False  # ("706 morts depuis le 26 juin" against "393 tués depuis le 14 août": a season and its last week)
    if (is_tally(a) or is_tally(b)) and not same_day_named(_s(a["quote"]), _s(b["quote"])) and not tally_fell(a, b):
        return False  # guests confirmed so far change by the hour: two tallies meet only on a day both name
    ma_, mb_ = (count_measures(around(x)) | count_measures(_s(x["quote"])) & sentence_measures() for x in (a, b))
    if a.get("dimension") == "count" and (ma_ and mb_ and not ma_ & mb_ or (ma_ ^ mb_) & one_sided_measures()):
        return False  # monthly capacity and shipments of the same wafers, a total and the new ones: two quantities
    pa, pb = (x.get("subject") == "share price" or is_share_price(around(x), x.get("dimension")) for x in (a, b))
    if pa != pb or (pa and not (named_days(_s(a["quote"])) & named_days(_s(b["quote"])) or close_in_time(a, b)
                                and (same_move(a, b) or same_day(_s(a["quote"]), _s(b["quote"]))))):
        return False
    if pa and other_moments(around(a), around(b)):
        return False  # the day's high against its close: two prices
    subjects = {a.get("subject"), b.get("subject")}
    if len(subjects) > 1 and not (subjects <= MONEYISH or "money" in subjects or one_project_figure(a, b) or one_rate(a, b)):
        return False  # revenue against net profit, an acquisition price against an investment: two quantities
    if AMOUNT_BASES & change_basis(around(a)) != AMOUNT_BASES & change_basis(around(b)) or \
            a.get("dimension") == "other" and other_statistics(around(a), around(b), _s(a.get("subject"))):
        return False  # an adjusted (non-GAAP, 扣非) figure and a reported one, an average and a maximum: two quantities
    if a.get("subject") in ("rise", "fall") and b.get("subject") == a.get("subject") and not same_change(a, b):
        return False
    if a.get("subject") == "age" and age_at_event(_s(a["quote"]), _s(a.get("text"))) != \
            age_at_event(_s(b["quote"]), _s(b.get("text"))):
        return False  # "founded it at 19" is not the founder's age now
    if a.get("subject") in _LEVELS and rise_of(_s(a["quote"]), _s(a.get("text"))) != rise_of(_s(b["quote"]), _s(b.get("text"))):
        return False  # a river's rise of 26 feet against its level at 29.45 feet: two quantities
    if change_start(_s(a["quote"]), _s(a.get("text"))) != change_start(_s(b["quote"]), _s(b.get("text"))):
        return False  # "fell from $3.5 trillion": an earlier moment's value, not today's
    ma, mb = claim_model(a), claim_model(b)
    return not (ma and mb and ma != mb or _two_countries(a, b) or revision_apart(a, b))  # (a pledge, then its new total)


def _two_countries(a: dict, b: dict) -> bool:
    """Two populations of two different countries, each the country its sentence gives the count to
    (:func:`~helpers.compare.count_countries.sentence_country`: "des 130 millions d'habitants de l'Éthiopie" against
    "L'Égypte, pays d'environ 110 millions d'habitants")."""
    if a.get("subject") != "population" or b.get("subject") != "population":
        return False
    ca, cb = _country_of(a), _country_of(b)
    return bool(ca and cb and ca != cb)


def _country_of(claim: dict) -> str:
    """The country a count is given to by its sentence, else the one country its clause names ("des 130 millions
    d'habitants de l'Éthiopie"), else ""."""
    quote, text = _s(claim.get("quote")), _s(claim.get("text"))
    found = sentence_country(quote, text)
    if found or not text or text not in quote:
        return found
    names = country_names(quote[slice(*clause_bounds(quote, quote.find(text), quote.find(text) + len(text)))])
    return next(iter(names)) if len(names) == 1 else ""
