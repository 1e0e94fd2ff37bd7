"""What makes two numbers about the same thing: product models, shared events, common units.

Three signals the conflict detector reads before it compares two claims:

* **model** -- the product model named next to a number (``H800``, ``Ascend 910B``, ``GPT-4o``,
  ``910C`` glued to Chinese text). Two claims whose clauses name different models count
  different things ("40% yield of the 910C" and "50% yield of the 910B"), however alike the
  subjects.
* **event** -- the other distinctive numbers of a claim's sentence. Two sentences that both
  give "2,048 GPUs" tell the same event, so their durations or costs are comparable even when
  neither names an actor ("trained on 2,048 GPUs in three weeks" vs "... for two months").
* **subjects that need a name** (``data/subjects_need_name.csv``): whose investment, which site's GW?
* **share prices** (``data/price_markers.csv``) move all day: two compare only at one named day.
* **durations** in one unit (days, ``data/duration_days.csv``) so that weeks and months compare.
"""
from __future__ import annotations

import csv
import math
import re
from functools import lru_cache

import pandas as pd

from helpers.compare.comparison_bases import compared_with  # noqa: F401  re-exported
from helpers.core.lexicon import named_patterns
from helpers.core.paths import DATA_DIR
from helpers.core.numbers import duration_days  # noqa: F401  re-exported
from helpers.extract.rates import indices  # noqa: F401  re-exported
from helpers.extract.scope import is_share_price  # noqa: F401  re-exported

#: a product model: letters then digits (H100, GB200, GPT-4o, V3), a brand then digits and a
#: letter suffix (Ascend 910B, Kirin 9000S), or digits and a letter suffix glued to Chinese text
_MODEL = re.compile(
    r"(?<![A-Za-z0-9])(?:(?P<m>[A-Z]{1,4}-?\d{1,4}[A-Za-z]{0,3})|(?P<w>[A-Z][a-z]{2,12})\s(?P<b>\d{2,5}[A-Z]{1,2})"
    r"|(?<=[\u3400-\u9fff])(?P<c>\d{3,4}[A-Z]{1,2})|(?P<d>\d{3,4}[A-Z]{1,2})(?=[\u3400-\u9fff]))(?![A-Za-z0-9])")
#: designators that are periods or other non-models (Q3, H1 2025, FY2024, COVID-19, CO2)
_NOT_MODEL = re.compile(r"[QH][1-4]|FY-?\d+|COVID-?\d+|CO2|(?:FP|BF|TF|INT|UINT)\d{1,2}|G\d{1,2}|[A-Z]{1,4}-?\d{4}", re.I)
#: a number that identifies an event when two sentences share it: 3+ significant digits (2,048
#: GPUs, $5.576 million); round figures ($1 billion, 100,000) recur across unrelated events
_DISTINCT_DIGITS = 3


def models(text: str) -> list[tuple[int, int, str]]:
    """Product models named in ``text``: (start, end, normalised name), in order."""
    out = []
    for m in _MODEL.finditer(text):
        g = next(k for k in "mbcd" if m.group(k))
        name = m.group(g)
        if _NOT_MODEL.fullmatch(name) or g == "b" and _plain_word(m.group("w")):
            continue  # "About 500M", "Over 910B": a word, then an amount
        out.append((m.start(g), m.end(g), name.upper().replace("-", "")))
    return out


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from helpers.read.language import stopwords

    with open(DATA_DIR / "hedges.csv", encoding="utf-8", newline="") as fh:
        hedges = {r["phrase"].lower() for r in csv.DictReader(fh)}
    return frozenset().union(*stopwords().values()) | hedges


def _plain_word(word: str) -> bool:
    """A function word or hedge (The, About, Nearly): not a brand before a model number."""
    return word.lower() in _function_words()


def model_near(clause: str, start: int, end: int) -> str | None:
    """The product model nearest to the number at ``[start, end)`` of ``clause`` (None: none named)."""
    best: tuple[int, str] | None = None
    for s, e, name in models(clause) + indices(clause):
        if s < end and e > start:
            continue  # the number itself ("H100" read as 100)
        gap = s - end if s >= end else start - e
        if best is None or gap < best[0]:
            best = (gap, name)
    return best[1] if best else None


def events(claims: pd.DataFrame) -> list[frozenset[tuple]]:
    """For each claim (row order), the distinctive other numbers of its sentence, as
    ``(dimension, unit, value)``: what lets two sentences be recognised as one event. Empty
    when the sentence gives several numbers of the claim's subject (a list of stock moves
    shares one index figure with another sentence, not each company's fall)."""
    sig: dict[tuple, set[tuple]] = {}
    keys = list(zip(claims["doc_id"], claims["quote"]))
    per_subject: dict[tuple, int] = {}
    for k, subj in zip(keys, claims["subject"]):
        per_subject[(k, subj)] = per_subject.get((k, subj), 0) + 1
    for k, dim, unit, v, q in zip(keys, claims["dimension"], claims["unit"], claims["value"], claims["qualifier"]):
        if q != "vague" and isinstance(v, float) and sig_digits(v) >= _DISTINCT_DIGITS:
            sig.setdefault(k, set()).add((dim, unit if isinstance(unit, str) else "", round(v, 6)))
    out = []
    for k, subj, dim, unit, v in zip(keys, claims["subject"], claims["dimension"], claims["unit"], claims["value"]):
        own = (dim, unit if isinstance(unit, str) else "", round(v, 6) if isinstance(v, float) else v)
        out.append(frozenset(sig.get(k, set()) - {own}) if per_subject[(k, subj)] == 1 else frozenset())
    return out


def cofigures(claims: pd.DataFrame) -> list[frozenset[tuple]]:
    """For each claim (row order), the other precise numbers of its sentence with what they were bound
    to, as ``(subject, dimension, unit, value)``: what tells that one source gave a figure to another
    quantity than a second source did, or that two share prices follow the same day's move."""
    per: dict[tuple, set[tuple]] = {}
    keys = list(zip(claims["doc_id"], claims["quote"]))
    rows = zip(keys, claims["subject"], claims["dimension"], claims["unit"], claims["value"], claims["qualifier"])
    for k, subj, dim, unit, v, q in rows:
        if q != "vague" and isinstance(v, float) and math.isfinite(v):
            per.setdefault(k, set()).add((subj if isinstance(subj, str) else "", dim,
                                          unit if isinstance(unit, str) else "", round(v, 6)))
    out = []
    for k, subj, dim, unit, v in zip(keys, claims["subject"], claims["dimension"], claims["unit"], claims["value"]):
        own = (subj if isinstance(subj, str) else "", dim, unit if isinstance(unit, str) else "",
               round(v, 6) if isinstance(v, float) else v)
        out.append(frozenset(per.get(k, set()) - {own}))
    return out


#: a duration that dates something relative to another moment ("two years ago", "six years
#: earlier", "三周后", "il y a deux ans"): a time reference, not a length to compare
_RELATIVE_AFTER = re.compile(r"\s*(?:ago|earlier|later|before|plus tôt|plus tard|auparavant|前|之前|以前|后|後|之后|之後)\b"
                             r"|\s*(?:前|之前|以前|后|後|之后|之後)")
#: or is the horizon of a plan or forecast ("over the next four years", "未来三年", "sur les cinq prochaines années")
_RELATIVE_BEFORE = re.compile(r"(?:il y a|voici|the next|the coming|next|coming|未来|未來|今后|今後|接下来|接下來|sur les|dans les)\s*$",
                              re.I)


def relative_time(quote: str, text: str) -> bool:
    """Whether the duration ``text`` in ``quote`` dates something ("two years ago") or is a plan's horizon
    ("over the next four years") rather than a length that could be compared."""
    i = quote.find(text)
    if i < 0:
        return False
    return bool(_RELATIVE_AFTER.match(quote, i + len(text)) or _RELATIVE_BEFORE.search(quote[max(0, i - 12):i]))


@lru_cache(maxsize=1)
def needs_name() -> frozenset[str]:
    """Subjects that say whose quantity only through a name (investment, revenue; subjects named
    after their unit: power capacity, electricity), from ``data/subjects_need_name.csv``: two such
    amounts in different documents are compared only when their clauses share a distinctive
    name or their sentences one event, or both are precise and within 10 %."""
    from helpers.extract.people_kinds import nationals_subjects

    with open(DATA_DIR / "subjects_need_name.csv", encoding="utf-8", newline="") as fh:
        named = frozenset(r["subject"] for r in csv.DictReader(fh) if r["needs_name"] == "yes")
    return named | nationals_subjects()  # (53 Britons on one plane, 61 on another: which plane, only a name says)


@lru_cache(maxsize=1)
def _locative_rx() -> re.Pattern[str]:
    with open(DATA_DIR / "locatives.csv", encoding="utf-8", newline="") as fh:
        words = sorted((r["preposition"] for r in csv.DictReader(fh)), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w])(?i:{alt})\s+(?:the\s+|l[ea]\s+|les\s+)?([A-ZÀ-Ý][\w'-]+)")


@lru_cache(maxsize=1)
def _place_kind_rx() -> re.Pattern[str]:
    with open(DATA_DIR / "place_kinds.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    after = "|".join(re.escape(r["word"]) for r in rows if r["position"] == "after")
    before = "|".join(re.escape(r["word"]) for r in rows if r["position"] == "before")
    name = r"[A-ZÀ-Ý][\w'-]+"
    return re.compile(rf"(?<![\w])({name}(?:\s+{name})?)\s+(?:{after})\b(?!\s+[A-Z])|(?<![\w])(?i:{before})\s+({name}(?:\s+{name})?)")
    # (Orange County Register, Fulton County Bank: a name that goes on is an organisation's)


def located_names(quote: str) -> frozenset[str]:
    """Capitalised names right after a locative preposition (``data/locatives.csv``), every word of them, and names
    given with a kind of place (``data/place_kinds.csv``: Kerr County, le comté de Kerr), lower-cased: where something
    is, not who does it ("$100B in Arizona", "une filiale en Arizona", "the dead in Kerr County")."""
    names = {m.group(1).lower() for m in _locative_rx().finditer(quote)}
    for m in _place_kind_rx().finditer(quote):  # the name and an English kind after it, a capitalised word too
        names |= {w.lower() for w in (m.group(0) if m.group(1) else m.group(2)).split()}
    return frozenset(names)


@lru_cache(maxsize=8192)
def named_days(quote: str) -> frozenset[str]:
    """The days (ISO dates of day precision) a quote names."""
    from helpers.read.dates import find_dates

    return frozenset(d.date_start for d in find_dates(quote) if d.precision == "day")


def doc_actors(claims: pd.DataFrame, docs: pd.DataFrame | None = None) -> dict[str, str]:
    """For each document, the organisation it is about (lower-cased), else "": what an unnamed figure
    in it ("the fall wiped out $592.7 billion") is about. With ``docs``: gazetteer organisations and
    capitalised names of the title, counted in the title (twice) and the clean text; else gazetteer
    organisations of the claim sentences. The top name needs two mentions and a lead over any other."""
    counts: dict[str, dict[str, int]] = {}
    if docs is not None and len(docs):
        for doc, title, text in zip(docs["doc_id"], docs["title"], docs["clean_text"]):
            counts[doc] = _name_counts(title if isinstance(title, str) else "", text if isinstance(text, str) else "")
    else:
        for doc, quote in sorted({(d, q) for d, q in zip(claims["doc_id"], claims["quote"]) if isinstance(q, str)}):
            per = counts.setdefault(doc, {})
            for name, k in _name_counts("", quote).items():
                per[name] = per.get(name, 0) + k
    out = {}
    for doc, per in counts.items():
        ranked = sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
        out[doc] = top[0] if top else ""
    return out


_TITLE_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]{2,}(?![\w-])")


def _name_counts(title: str, text: str) -> dict[str, int]:
    """Mentions of gazetteer organisations (title and text) and of the title's capitalised names that
    are not function words (in the text), lower-cased; a title mention counts twice."""
    from helpers.extract.entities import find_entities

    per: dict[str, int] = {}
    for weight, part in ((2, title), (1, text)):
        for _, _, _, e in find_entities(part):
            if e.type == "organisation" and e.kind != "media":  # the outlet that reports is not the subject
                per[e.canonical.lower()] = per.get(e.canonical.lower(), 0) + weight
    for word in {w for w in _TITLE_NAME.findall(title) if not _plain_word(w)}:
        key = word.lower()
        if key not in per:
            n = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
            per[key] = 2 + n
    return per


@lru_cache(maxsize=8192)
def report_periods(text: str) -> frozenset[str]:
    """The reporting periods (Q1-Q4, H1, H2, 9M: ``data/report_periods.csv``) a clause names."""
    return frozenset(p for p, rx in _named_rx("report_periods.csv", "period") if rx.search(text))


def sig_digits(v: float) -> int:
    """Significant digits of a value as written: 6e11 -> 1, 593e9 -> 3, 588.862e9 -> 6."""
    if not math.isfinite(v) or v <= 0:
        return 0
    return len(f"{v:.10g}".split("e")[0].replace(".", "").strip("0"))


def mantissa(v: float) -> str:
    """The significant digits of a value as written: 1.7162e10 -> '1.7162'."""
    return f"{v:.10e}".split("e")[0].rstrip("0").rstrip(".")


def magnitude_slip(a: float, b: float, min_digits: int = 3) -> int:
    """The power of ten (1-4) between two values with the same ``min_digits`` or more significant digits
    (171.62 亿 and 171.62 billion; 460.2 and 4,602,436, one rounded): a slip of unit or magnitude, not two
    estimates; else 0."""
    if min(sig_digits(a), sig_digits(b)) < min_digits or a <= 0 or b <= 0:
        return 0
    k = round(math.log10(max(a, b) / min(a, b)))
    if not 1 <= k <= 4:
        return 0
    small, big = min(a, b) * 10 ** k, max(a, b)  # the same digits, or one of them the other's rounded or cut short
    rounded = min(sig_digits(a), sig_digits(b)) >= 3 and rounds_to(small, big)  # (460.2, 万 dropped: 4,602,436)
    return k if mantissa(a) == mantissa(b) or rounded else 0


def range_slip(a: dict, b: dict) -> int:
    """The power of ten between two ranges of one subject whose bounds have the same digits ("$18M to $22M" and "$18
    billion to $22 billion" in one page: 3): the same estimate with a slip of magnitude; else 0. Two bounds that
    agree are no coincidence, so two significant digits suffice."""
    if a.get("qualifier") != "range" or b.get("qualifier") != "range" or a.get("subject") != b.get("subject"):
        return 0
    k = magnitude_slip(a["lo"], b["lo"], 2)
    return k if k and k == magnitude_slip(a["hi"], b["hi"], 2) and a["lo"] < a["hi"] else 0


def hedged_range(claim: dict) -> tuple[float, float]:
    """The values a claim allows when compared: "about 40" allows ±10 %, but "about 14.3 billion" (three or
    more significant digits) only one unit of its last digit either way (14.2-14.4): a hedge on a precise
    figure admits rounding, not a different figure (environ 14,3 milliards is not 14,8)."""
    q, v = claim["qualifier"], claim["v"]
    k = written_scale(claim.get("counted"), claim.get("unit"))
    if q not in ("approx", "approx_below") or not v > 0 or sig_digits(v / k) < 3:
        return claim["lo"], claim["hi"]
    step = 10 ** (math.floor(math.log10(v / k)) - sig_digits(v / k) + 1) * k
    return v - step, (v + step if q == "approx" else v)


_COMPOUND = re.compile(r"(?i)\d\D+\d|\b(?:and|et)\b")  # a duration in two units ("3 minutes and 58 seconds")


def written_values(a: dict, b: dict) -> tuple[float, float]:
    """Two claims' values in the unit they were written in when both were written in one unit whose factor is no
    power of ten (23,700 and 23,707 acres), so that their digits compare as written; two durations, one of them written
    in two units, in the coarser unit ("3 minutes and 58 seconds" is 3.97 of "quatre minutes"; not "90 minutes" against
    "deux heures", a real gap); else their compared values."""
    ka, kb = written_scale(a.get("counted"), a.get("unit")), written_scale(b.get("counted"), b.get("unit"))
    if a.get("dimension") == "duration" == b.get("dimension") and any(_COMPOUND.search(str(x.get("text") or ""))
                                                                     for x in (a, b)):
        from helpers.core.numbers import duration_days

        ka = kb = max(duration_days().get(str(x.get("unit")), 1.0) for x in (a, b))
    return (a["v"] / ka, b["v"] / kb) if ka == kb else (a["v"], b["v"])


def written_scale(counted: object, unit: object = None) -> float:
    """The factor from the unit a number was written in to the unit it is compared in, when that is no power of ten
    (acres to m²: 4046.86), else 1: "près de 24 000 acres" has two significant digits, not those of 97,124,640 m².
    ``unit``: the claim's unit, when it is not the written unit's (rain is told in mm: 7 inches are 177.8 mm)."""
    from helpers.extract.binding import units

    u = units()[1].get(counted.lower()) or units()[1].get(counted) if isinstance(counted, str) and counted else None
    scale = (u.scale * (1000 if u.unit == "metres" else 1) if unit == "mm" else u.scale) if u is not None else None
    if u is None or u.currency or not scale or float(math.log10(scale)).is_integer():
        return 1.0
    return scale


def hedge_allows(claim: dict) -> str:
    """What a hedged claim's hedge allows, in words: "±10 %", or "rounding of its last digit" for a
    precise figure (:func:`hedged_range`)."""
    return "±10 %" if hedged_range(claim) == (claim["lo"], claim["hi"]) else "rounding of its last digit"


def rounds_to(a: float, b: float) -> bool:
    """True when the rounder of two values is the other one rounded ("$6M" and "$5.576M"; "15.9%" and "15.85%",
    which binary floating point would round down; a half either way in decimals, "1.1%" and "1.2%" for 1.15%, "15 km"
    for 15.5, "$3.7 trillion" for 3.75, not 160 for 165 nor 160 million for 165 million), or, written with three or more
    significant digits, cut short ("19.1 trillion" for 19.17, "42.9" for 42.95: some outlets truncate)."""
    from decimal import ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

    r, o = (a, b) if sig_digits(a) <= sig_digits(b) else (b, a)
    s = sig_digits(r)
    if not 0 < s < sig_digits(o):
        return False
    d = Decimal(f"{o:.10g}")
    q = Decimal(1).scaleb(d.adjusted() - s + 1)
    same = lambda x: math.isclose(float(x), r, rel_tol=1e-9)  # noqa: E731  (4.56億 is 455999999.99999994)
    decimals = q <= 1 or q < 10 ** (3 * math.floor(math.log10(r) / 3)) if r > 0 else q <= 1  # (written with a decimal,
    # as is "3.7 trillion" or "1.6 million": its step is below the magnitude word's)
    return same(d.quantize(q, rounding=ROUND_HALF_UP)) or decimals and same(d.quantize(q, rounding=ROUND_HALF_DOWN)) or \
        s >= 3 and same(d.quantize(q, rounding=ROUND_DOWN))  # (a half either way in decimals: 1.15 % as 1.1 or 1.2 %, 15.5 as 15)


def rounded_against_hedge(a: dict, b: dict) -> bool:
    """One claim's hedge points away from the other's value ("près de 4%", nearly 4, against 4.5%): no source that
    rounds 4.5 writes "nearly 4", so :func:`rounds_to` excuses nothing."""
    return any(x.get("qualifier") == "approx_below" and y["v"] > x["v"] for x, y in ((a, b), (b, a)))


def cut_and_rounded(a: float, b: float, others: list[float]) -> bool:
    """Two values with the same three or more significant digits one unit apart in the last one (1.63 and
    1.64 million) when a finer figure among ``others`` gives both, one cut short and one rounded (1,636,129),
    or with four or more digits (137.2 and 137.1 %): one figure. Three digits without that figure may well
    disagree (3.24 % against 3.25 % of one close)."""
    s = sig_digits(a)
    if s < 3 or sig_digits(b) != s or a <= 0 or b <= 0:
        return False
    step = 10 ** (math.floor(math.log10(max(a, b))) - s + 1)
    return math.isclose(abs(a - b), step, rel_tol=1e-6) and (s >= 4 or any(
        sig_digits(x) > s and rounds_to(a, x) and rounds_to(b, x) for x in others))  # (137.2 vs 137.1 %: four
    # digits a unit apart are one growth rate, 137.17 %, cut short by one source)


#: the first value of a change: "from $3.5 trillion to $2.9 trillion", "de 180 à 300", "从3家增至8家"
_FROM = re.compile(r"(?i)(?:\bfrom|\bde|\bdu|\bpassé de|从|從|由)\s*(?:the equivalent of\s*|l'équivalent de\s*)?"
                   r"(?:(?:US|USD|HK|C|A|NT|S)?[$€£¥])?\s*$")  # ("from US$200 billion")
_TO = re.compile(r"[^,;.。，；]{0,30}?(?:\bto\b|\bà\b|到|至)\s*(?:(?:US|USD|HK|C|A|NT|S)?[$€£¥])?\s*\d")


def change_start(quote: str, text: str) -> bool:
    """Whether the number ``text`` in ``quote`` is where a change starts or what a figure is compared
    with (an earlier moment's value: "from $3.5 trillion to ...", "較去年同期的193.1億美元", "up from 80", "contre 5,8
    milliards lors de sa dernière levée": ``data/comparison_bases.csv``)."""
    i = quote.find(text)
    if i < 0:
        return False
    before = quote[max(0, i - 40):i]
    if compared_with(quote, text):
        return True
    if not _FROM.search(before):
        return False
    return bool(_TO.match(quote, i + len(text)))


#: a verb of rising right before a length, with at most a hedge between: the length is how much a level rose
#: ("rising nearly 26 feet in 45 minutes", "暴涨超过约8公尺", "a grimpé de huit mètres"), not the level ("to 29 feet")
_RISE_BEFORE = re.compile(r"(?i)(?:\brose|\brisen|\brising|\brises|\bjumped|\bsurged|\bswelled|\bclimbed|\bincreased|"
                          r"grimpé|monté|augmenté|暴涨|暴漲|上涨|上漲|猛涨|猛漲|急涨|急漲|升高|上升|涨了|漲了)"
                          r"(?:\s+(?:by|de|of))?(?:\s*(?:nearly|almost|about|around|more than|over|some|up to|près de|plus de|"
                          r"environ|超过|超過|约|約|近|逾|了))*\s*$")


def rise_of(quote: str, text: str) -> bool:
    """Whether the length ``text`` in ``quote`` is how much a level rose, not the level itself."""
    i = quote.find(text)
    return i >= 0 and bool(_RISE_BEFORE.search(quote[max(0, i - 30):i]))


_named_rx = named_patterns  # (``key``, regex) of each row of a patterns table: :func:`helpers.core.lexicon.named_patterns`


@lru_cache(maxsize=8192)
def statistic_kinds(text: str, subject: str = "") -> frozenset[str]:
    """Which statistic a measure of ``subject`` in ``text`` is (``data/statistic_kinds.csv``): an average, a maximum,
    an hourly intensity (not of a speed: km per hour), a wind's gusts or its sustained speed (a kind absorbs the ones
    its ``absorbs`` names: a sustained maximum is the sustained speed)."""
    rows = _statistic_rows()
    found = {k for k, rx in _named_rx("statistic_kinds.csv", "kind") if subject not in rows[k][1] and rx.search(text)}
    return frozenset(found - {a for k in found for a in rows[k][0]})


@lru_cache(maxsize=1)
def _statistic_rows() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """kind -> (the kinds it absorbs, the subjects it is meaningless for)."""
    with open(DATA_DIR / "statistic_kinds.csv", encoding="utf-8", newline="") as fh:
        return {r["kind"]: (tuple(a for a in r["absorbs"].split("|") if a), tuple(s for s in r["not_for"].split("|") if s))
                for r in csv.DictReader(fh)}


def other_statistics(a: str, b: str, subject: str = "") -> bool:
    """Whether two clauses name different statistics of one measure of ``subject`` (an average against a maximum,
    gusts against sustained winds: two quantities); a clause naming none may be either."""
    ka, kb = statistic_kinds(a, subject), statistic_kinds(b, subject)
    return bool(ka and kb and ka != kb)


#: bases that make two quantities of one amount: adjusted and reported, with and without an option, net and gross,
#: an offer before and after its size was increased
AMOUNT_BASES = frozenset({"adjusted", "with option", "net", "upsized"})


@lru_cache(maxsize=8192)
def change_basis(text: str) -> frozenset[str]:
    """What a change in ``text`` is measured against (``data/change_basis.csv``): yoy, qoq."""
    return frozenset(b for b, rx in _named_rx("change_basis.csv", "basis") if rx.search(text))


@lru_cache(maxsize=8192)
def segments(text: str) -> frozenset[str]:
    """Business segments ``text`` names (``data/segments.csv``): data centre, gaming, cloud..."""
    return frozenset(g for g, rx in _named_rx("segments.csv", "segment") if rx.search(text))


def first_period(text: str) -> str | None:
    """The reporting period ``text`` names first ("Revenue for the third quarter ... from $45 billion in
    Q2": Q3, the period reported; later ones are usually what it is compared with), else None."""
    best: tuple[int, str] | None = None
    for p, rx in _named_rx("report_periods.csv", "period"):
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), p)
    return best[1] if best else None


def page_periods(docs: pd.DataFrame) -> dict[str, str]:
    """For each document, the reporting period it is about: the one its title and text name most
    (at least twice and ahead of any other), else ""."""
    out = {}
    for doc, title, text in zip(docs["doc_id"], docs["title"], docs["clean_text"]):
        whole = f"{title if isinstance(title, str) else ''}\n{text if isinstance(text, str) else ''}"
        counts = sorted((-len(rx.findall(whole)), p) for p, rx in _named_rx("report_periods.csv", "period"))
        top = counts[0] if counts and -counts[0][0] >= 2 and (len(counts) == 1 or counts[1][0] > counts[0][0]) else None
        out[doc] = top[1] if top else ""
    return out


@lru_cache(maxsize=1)
def one_sided_measures() -> frozenset[str]:
    """Measures a count is compared under only with another count naming the same (``one_sided`` in
    ``data/count_measures.csv``): a total against the new ones a plan adds, construction jobs against the
    jobs a plant will hold."""
    with open(DATA_DIR / "count_measures.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["measure"] for r in csv.DictReader(fh) if r["one_sided"] == "yes")


@lru_cache(maxsize=1)
def sentence_measures() -> frozenset[str]:
    """Measures read in a count's whole sentence, not only its clause (``reach`` in ``data/count_measures.csv``): the
    vote a tally belongs to is often named after it ("以51票对50票的微弱优势,通过": passage)."""
    with open(DATA_DIR / "count_measures.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["measure"] for r in csv.DictReader(fh) if r["reach"] == "sentence")


@lru_cache(maxsize=8192)
def count_measures(text: str) -> frozenset[str]:
    """What a count of goods in ``text`` measures (``data/count_measures.csv``): capacity, shipments,
    production, orders."""
    return frozenset(g for g, rx in _named_rx("count_measures.csv", "measure") if rx.search(text))


_AGE_AT_BEFORE = re.compile(r"(?i)(?:\bat|\bà)\s+(?:just\s+|only\s+|the\s+age\s+of\s+|age\s+|seulement\s+|l['’]âge\s+de\s+)?$")
_AGE_AT_AFTER = re.compile(r"\s*(?:岁|歲)?(?:时|時|那年|的时候|的時候)")


def age_at_event(quote: str, text: str) -> bool:
    """Whether an age is someone's age when something happened ("founded Scale at just 19", "à 19 ans",
    "19岁时"), not their age now."""
    i = quote.find(text)
    if i < 0:
        return False
    head = re.sub(r"\d[\d.,]*\s*$", "", quote[max(0, i - 30):i]) if not text[:1].isdigit() else quote[max(0, i - 30):i]
    return bool(_AGE_AT_BEFORE.search(head) or _AGE_AT_AFTER.match(quote, i + len(text)))
