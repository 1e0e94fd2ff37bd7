"""An amount said again right after itself takes its subject: a conversion in brackets ("€88 million (£76m;
$102m)", "最多約310億港元(約40億美元)") and a figure restated in apposition ("raised $4.6bn, a figure that could rise to
$5.3bn"; "40 morts, un bilan qui pourrait atteindre 60")."""
from __future__ import annotations

import re

from helpers.extract.binding import Binding
from helpers.extract.currency_signs import BARE_YUAN, currency_named_before
from helpers.extract.quantities import Quantity, value_range

#: the words that may open a conversion ("about", 约合, "soit", "environ")
_ABOUT = r"约合|約合|约|約|合|近|about|approximately|roughly|around|some|or|environ|soit|près de|quelque"
#: the opening of an amount restated in another currency right after the first: "2,88 milliards de yuans
#: (environ 403 millions de dollars)", "171.62億元（約新台幣750億元）", "$1.5bn (1.3 billion euros)"
_CONVERSION = re.compile(rf"\s*[（(]\s*(?:{_ABOUT})?\s*(?:人民币|人民幣|新台幣|新台币|港币|港幣)?\s*$", re.I)


#: an amount restated in another currency between dashes: "1.2 trillion yuan—about $176 billion at current exchange
#: rates—" (a dash before an amount of the same currency gives a difference or a part, not a conversion)
_DASH_CONVERSION = re.compile(rf"\s*[—–]\s*(?:(?:{_ABOUT})\s*)*$", re.I)


def _converted(text: str, prev: dict, row: dict) -> bool:
    """Whether ``row`` is ``prev`` converted: in brackets right after it, or between dashes in another currency."""
    return bool(_CONVERSION.fullmatch(text, prev["end"], row["start"])) or bool(
        _DASH_CONVERSION.fullmatch(text, prev["end"], row["start"]) and prev.get("currency") and row.get("currency")
        and prev["currency"] != row["currency"])


#: the hedges that bound an amount on one side
_BOUNDS = ("at_most", "less_than", "at_least", "more_than")
#: inside the brackets, between two conversions ("€88 million (£76m; $102m)")
_NEXT_CONVERSION = re.compile(r"\s*[;；,，/]\s*")


def conversions_share_subject(text: str, rows: list[dict]) -> list[dict]:
    """A money amount in brackets right after another is that amount converted: it takes the first
    amount's subject (not the nearest word after the bracket; so does one between dashes in another currency), its scope, its forecast flag and its bound ("最多約310億港元(約40億美元)": at most),
    and so does a second conversion in the same brackets ("€88 million (£76m; $102m)")."""
    inside = False
    for prev, row in zip(rows, rows[1:]):
        inside = prev["dimension"] == row["dimension"] == "money" and prev["end"] <= row["start"] and bool(
            _converted(text, prev, row)
            or inside and _NEXT_CONVERSION.fullmatch(text, prev["end"], row["start"]))
        if inside:  # the same amount: what it is, and whether planned or forecast
            row["subject"], row["scope"], row["is_forecast"] = prev["subject"], prev["scope"], prev["is_forecast"]
        if inside and prev["qualifier"] in _BOUNDS and row["qualifier"] in ("exact", "approx"):
            row["qualifier"] = prev["qualifier"]
            row["value_low"], row["value_high"] = value_range(row["value"], prev["qualifier"])
    return rows


#: between an amount and a later one of its sentence: the earlier one restated as a figure, a sum or a toll ("$4.6bn
#: for the company, a figure that could rise to"; "40 morts, un bilan qui pourrait s'alourdir à"; "该数字可能增至")
_RESTATED = re.compile(r"[^.;!?。；！？]{0,40}?[,，]\s*(?:(?:a|an|the)\s+(?:figure|sum|amount|total|number|toll|tally)\s+"
                       r"(?:that|which)\s|(?:un|une|ce|cette)\s+(?:chiffre|montant|somme|total|nombre|bilan)\s+qui\s|"
                       r"(?:该|這|这|此)(?:数字|數字|金额|金額|数目|數目))[^.;!?。；！？,，]{0,50}$", re.I)


def figures_restated(text: str, rows: list[dict]) -> list[dict]:
    """An amount after an earlier one of its sentence and its dimension, joined to it by "a figure that", "un bilan
    qui", "该数字", is that figure again (a higher or lower value of it): it takes the earlier amount's subject."""
    for prev, row in zip(rows, rows[1:]):
        if prev["dimension"] == row["dimension"] and prev["end"] <= row["start"] and prev["subject"] \
                and _RESTATED.fullmatch(text, prev["end"], row["start"]):
            row["subject"] = prev["subject"]
    return rows


def restated(text: str, q: Quantity, before: tuple[Quantity, Binding] | None) -> Binding | None:
    """The binding of a bare number that restates the one ``before`` it in its sentence ("killed 12 people, a toll
    that is expected to rise to 20": deaths), None when no "a figure that", "un bilan qui" joins them."""
    if before is None or before[0].end > q.start or not _RESTATED.fullmatch(text, before[0].end, q.start):
        return None
    return before[1]


#: a magnitude word written with no currency ("Sur ces 109 milliards", "投入520億")
_BARE_MAGNITUDE = re.compile(r"(?i)(?:milliards?|millions?|billions?|bn|trillions?|亿|億|兆)\s*$")


def page_amount(text: str, q: Quantity, b: Binding | None, before: list[tuple[Quantity, Binding, int, int]]) -> Binding | None:
    """An amount of a magnitude word with no currency, after amounts of money its page gave before (``before``: the
    page's earlier claims): the same value given before is that amount again, its subject and currency ("109
    milliards d'euros" ... "Ce chiffre de 109 milliards"; "新台幣520億元" ... "投入520億": TWD). Other bindings unchanged."""
    if q.currency or not _BARE_MAGNITUDE.search(q.text) or b is not None and (b.dimension != "money" or b.currency):
        return b
    money = [(pq, pb) for pq, pb, _, _ in before if pb.dimension == "money" and pb.currency and pq.end <= q.start]
    same = [(pq, pb) for pq, pb in money if pq.value == q.value]
    if same:  # (a bare 元 after a currency's name is that currency: 新台幣520億元, TWD)
        (_, pb), named = same[-1], currency_named_before(text, same[-1][0].start)
        currency = named if named and pb.counted in BARE_YUAN else pb.currency
        return Binding(b.subject if b else pb.subject, "money", pb.counted, currency, currency, b.end if b else q.end,
                       pb.scale)
    return b  # (the page's other currency is not filled in: "de sécurité de 1,4 milliard" after "2,77 milliards
    # d'euros" is a part of a list its scope does not mark, and with a currency it met the whole as a conflict)


#: a place word after a number ("dix dans la ville de Medellin", "22 à San Remigio", "12 in Sogod")
_PLACE_AFTER = re.compile(r"\s+(?:dans|à|au|aux|en|in|at)\s+(?:(?:la|le|les|l['’]|the)\s*)?(?:(?:ville|commune|province|"
                          r"municipalité|town|city|village|district|municipality)\s+(?:de|d['’]|of)\s*)?[A-Z]")
#: what joins the items of such a list: a comma, and the last "et" or "and"
_ITEM_JOIN = re.compile(r"(?:,\s*|,?\s+(?:and|et)\s+)$")


def located_item(text: str, q: Quantity, before: tuple[Quantity, Binding] | None) -> Binding | None:
    """A bare number that continues a breakdown by place after the count ``before`` it in its sentence ("30 personnes
    sont mortes dans la ville de Bogo, dix dans la ville de Medellin, 22 dans la ville de San Remigio"): the earlier
    count's binding, for its place; None when the number names no place or the earlier count named none."""
    if before is None or before[1].dimension != "count" or q.currency or q.unit or before[0].end > q.start \
            or not _ITEM_JOIN.search(text, max(0, q.start - 8), q.start) or not _PLACE_AFTER.match(text, q.end):
        return None
    between = text[before[0].end:q.start]
    if re.search(r"[.;!?。；！？\n]|\d", between) or not re.search(r"\b(?:dans|à|au|aux|en|in|at)\s", between):
        return None  # (the first count names its place too, with nothing counted between)
    b = before[1]
    return Binding(b.subject, b.dimension, b.counted, b.unit, b.currency, q.end, b.scale)
