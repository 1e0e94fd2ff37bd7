"""A monthly flow of goods (exports, imports, production: ``data/trade_flows.csv``) is a quantity of its month: two
tonnages are compared only when their sentences name one same month (``data/month_names.csv``: "in September",
"en juin", 7月) or one same reporting period (the first three quarters). September's 5,774 tons and October's
6,173 are two quantities, not a conflict."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.core.lexicon import named_patterns


def flow_subjects() -> frozenset[str]:
    """The subjects a tonnage takes from its trade flow."""
    return frozenset(flow for flow, _ in named_patterns("trade_flows.csv", "flow"))


@lru_cache(maxsize=8192)
def months_named(text: str) -> frozenset[str]:
    """The months ``text`` names ("M09" for "in September", "en septembre", 9月), not a day's date (9月12日)."""
    return frozenset(m for m, rx in named_patterns("month_names.csv", "month") if rx.search(text))


def flow_periods(clause: str, sentence: str) -> frozenset[str]:
    """The months and reporting periods a flow's clause names, else its sentence's when it names only one."""
    from helpers.compare.comparable import report_periods

    own = months_named(clause) | report_periods(clause)
    if own:
        return own
    whole = months_named(sentence) | report_periods(sentence)
    return whole if len(whole) == 1 else frozenset()


def flows_apart(a: dict, b: dict, clause_a: str, clause_b: str) -> bool:
    """Two tonnages of one flow of goods not both named for one same month or period: two quantities (an amount of
    money traded in a year is compared as any amount)."""
    if a.get("subject") not in flow_subjects() or b.get("subject") != a.get("subject") or \
            a.get("unit") != "tonnes" or b.get("unit") != "tonnes":
        return False
    pa = flow_periods(clause_a, str(a.get("quote") or ""))
    pb = flow_periods(clause_b, str(b.get("quote") or ""))
    return not (pa and pb and pa & pb)


def _flows_named(clause: str) -> frozenset[str]:
    return frozenset(flow for flow, rx in named_patterns("trade_flows.csv", "flow") if rx.search(clause))


def flow_change_tie(a: dict, b: dict, clause_a: str, clause_b: str) -> bool:
    """Two changes of one flow for one month on one basis, to the same places: "exports plummeted 74% year-on-year in
    May" and "en mai, les exportations ont chuté de 70 % sur un an" are one quantity, whoever is named around them
    (exports to the United States are not all exports)."""
    from helpers.compare.comparable import change_basis

    if a.get("subject") not in ("rise", "fall") or b.get("subject") != a.get("subject"):
        return False
    fa, fb = _flows_named(clause_a), _flows_named(clause_b)
    ma, mb = (months_named(c) or months_named(str(x.get("quote") or "")) for x, c in ((a, clause_a), (b, clause_b)))
    basis = change_basis(clause_a)
    return bool(fa and fa == fb and len(ma) == 1 and ma == mb and basis and basis == change_basis(clause_b)) \
        and _destinations(clause_a) == _destinations(clause_b)


#: where a flow goes or comes from: "exports to the United States", "vers les États-Unis", 对美国出口, "from Japan"
_TOWARDS = re.compile(r"\b(?:to|from|vers|depuis|en provenance d[eu']s?|à destination d[eu']s?)\s+(?:the\s+|les\s+|la\s+|le\s+|l['’])?"
                      r"((?-i:[A-ZÉ][\w.-]*(?:[ -](?-i:[A-ZÉ])[\w.-]*)*))|(?:对|對|向|自|从|從)\s*([\u4e00-\u9fff]{1,4}?)(?:的|出口|进口|進口|输出|輸出)")


def _destinations(clause: str) -> frozenset[str]:
    """The countries a flow's clause sends goods to or takes them from (English names), else none."""
    from helpers.compare.countries import country_names

    found = [m.group(1) or m.group(2) for m in _TOWARDS.finditer(clause)]
    return frozenset().union(*(country_names(p) for p in found)) if found else frozenset()


#: a month a figure is compared with, not the one it is for ("fell 6.1% from August", "比8月", "depuis juin")
_COMPARED = re.compile(r"(?i)\b(?:from|since|than|compared (?:with|to)|versus|vs\.?|depuis|par rapport à|contre)\s+"
                       r"(?:(?:the|le|la|en|mois d[e'’])\s*)?[\w.]+|(?:较|較|比|自|从|從)\s*\d{1,2}\s*月")
#: a month's short English name, for a figure's label
_MONTH_LABELS = dict(zip((f"M{m:02d}" for m in range(1, 13)),
                         "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()))


def flow_label(subject: str, quote: str) -> str:
    """What sets one tonnage of a flow apart from the others on a chart: the one month its sentence names and the
    countries it goes to or comes from ("Sep", "Jun, United States"); "" for any other subject."""
    if subject not in flow_subjects():
        return ""
    months = months_named(_COMPARED.sub(lambda m: " " * len(m.group(0)), quote))  # (not "fell 6.1% from August")
    parts = [_MONTH_LABELS[next(iter(months))]] if len(months) == 1 else []
    parts += [c.title() for c in sorted(_destinations(quote))]
    return ", ".join(parts)
