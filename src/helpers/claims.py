"""Quantities with their hedges -> the claims table.

``extract_claims(docs)`` finds every quantity in each ``clean_text``: digits ("115,000",
"40"), magnitudes ("170B", "1 trillion yuan", "$700m", "11.5萬", "6.8亿元",
"170 milliards de yuans"), number words ("three dozen", "some forty"), vague amounts
("thousands", "tens of thousands"), percentages, and the hedges around them (editable in
``data/hedges.csv``; "100,000+", "30多" and "以上" are read as suffixes). Each claim gets a
subject from the editable lexicon ``data/subjects.csv`` (the nearest subject word after the
number, else before it; a currency means investment, a percent sign percent), a value range
``value_low``..``value_high`` (``inf`` when open-ended) and a qualifier:

==========  =================================================================
exact       the number as written
approx      around / about / approximately / some: +-10 % (``APPROX``)
more_than   more than / over / exceeding / 30多 (30多 = 31..39)
at_least    at least / 100,000+ / 以上
at_most     up to / as many as (0..value)
less_than   fewer than / under
range       30-40, between 30 and 40
vague       thousands (1,000-9,999), tens of thousands (10,000-99,999) ...
==========  =================================================================

Dates, ordinals ("14th"), model numbers ("H100", "1000P" stays compute) and list labels are
not claims. ``is_forecast`` uses the clause around the number, as the timeline does.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .schema import typed
from .paths import DATA_DIR
from .timeline import _clause, _forecast_markers, find_temporal, sentence_spans

APPROX = 0.10
CLAIM_COLUMNS = ["claim_id", "doc_id", "label", "start", "end", "line", "text", "quote", "subject", "value_low",
                 "value_high", "value", "unit", "currency", "qualifier", "is_forecast"]
CLAIM_DTYPES = {**{c: "str" for c in CLAIM_COLUMNS}, "start": "int64", "end": "int64", "line": "int64",
                "value_low": "float64", "value_high": "float64", "value": "float64", "is_forecast": "bool"}

_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_MAG = {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
        "b": 1e9, "trillion": 1e12, "tn": 1e12, "milliard": 1e9, "milliards": 1e9, "万": 1e4, "萬": 1e4,
        "亿": 1e8, "億": 1e8, "千": 1e3, "百": 1e2, "dozen": 12, "hundred": 100}
_VAGUE = {"tens of thousands": (1e4, 99999), "hundreds of thousands": (1e5, 999999), "thousands": (1e3, 9999),
          "hundreds": (100, 999), "dozens": (24, 99), "millions": (1e6, 9.99e6), "billions": (1e9, 9.99e9),
          "数万": (2e4, 99999), "數萬": (2e4, 99999), "数千": (2e3, 9999), "数百": (200, 999), "上万": (1e4, 99999)}
_CURRENCY = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "美元": "USD",
             "¥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "yuans": "CNY", "元": "CNY", "人民币": "CNY",
             "€": "EUR", "euros": "EUR", "eur": "EUR", "£": "GBP"}

_NUMWORD = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|" \
           r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
           r"seventeen|eighteen|nineteen|a)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CUR_PRE = r"US\$|\$|¥|€|£|RMB\s?|CNY\s?|USD\s?"
_MAG_RX = r"thousand|million|billion|trillion|milliards?|millions|mn|bn|tn|[kmbKMB](?![A-Za-z])|万|萬|亿|億"
_UNIT_RX = r"(?-i:MW|GW|kW|TWh|GWh|MWh|PFLOPS|EFLOPS|P)(?![A-Za-z])"
_ANY_NUMBER = re.compile(r"\d|dozen|thousand|hundred|million|billion|\b(?:one|two|three|four|five|six|seven|eight|"
                         r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|[数數上][万萬千百]", re.I)
_PHONE = re.compile(r"\+\d{1,3}[\s\d().-]{6,}\d")
_CUR_SUF = r"yuans?|dollars?|USD|RMB|CNY|euros?|美元|人民币|元"


@lru_cache(maxsize=1)
def _hedges() -> tuple[str, dict[str, str]]:
    with open(DATA_DIR / "hedges.csv", encoding="utf-8", newline="") as fh:
        table = {r["phrase"].lower(): r["qualifier"] for r in csv.DictReader(fh)}
    alts = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    return alts, table


@lru_cache(maxsize=1)
def _subjects() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(DATA_DIR / "subjects.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], re.compile(r["pattern"], re.I)) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    hedges, _ = _hedges()
    h = ""  # hedges are looked up just before each match (see _Hedged): cheaper than a prefix
    vague = "|".join(re.escape(v) for v in sorted(_VAGUE, key=len, reverse=True))
    return {
        "vague": re.compile(rf"(?<![\w])(?P<vague>{vague})(?![\w])", re.I),
        "dozen": re.compile(rf"{h}\b(?P<n>{_NUMWORD})\s+dozen\b", re.I),
        "range": re.compile(rf"(?:between\s+)?(?P<cur>{_CUR_PRE})?(?P<a>{_DIGITS})\s*(?:-|–|to|and)\s*(?P<b>{_DIGITS})"
                            rf"(?:\s*(?P<mag>{_MAG_RX}))?(?:\s*(?P<cur2>{_CUR_SUF}))?(?P<pct>\s*%|\s+percent)?", re.I),
        "number": re.compile(rf"{h}(?P<cur>{_CUR_PRE})?(?P<num>{_DIGITS})(?P<plus>\+)?(?:\s?(?P<mag>{_MAG_RX}))?"
                             rf"(?P<more>多|余|餘|以上|左右|\+)?(?:\s?(?P<unit>{_UNIT_RX}))?(?:\s*(?:de\s+)?(?P<cur2>{_CUR_SUF}))?"
                             r"(?P<pct>\s*%|\s+percent\b|\s+per cent\b)?", re.I),
        "word": re.compile(rf"{h}\b(?P<num>{_NUMWORD})(?:\s+(?P<mag>hundred|thousand|million|billion|trillion))?\b", re.I),
    }


@lru_cache(maxsize=1)
def _hedge_before() -> re.Pattern[str]:
    hedges, _ = _hedges()
    return re.compile(rf"(?:(?<![A-Za-z])(?P<hedge>{hedges})\s*)$", re.I)


class _Hedged:
    """A match with the hedge found just before it: ``group``/``start`` as for the match."""

    def __init__(self, m: re.Match[str], text: str) -> None:
        self.m = m
        h = _hedge_before().search(text, max(0, m.start() - 24), m.start())
        self.hedge = h.group("hedge") if h else None
        self._start = h.start() if h else m.start()
        self.text = text

    def group(self, name: str | int = 0) -> str | None:
        if name == "hedge":
            return self.hedge
        if name == 0:
            return self.text[self._start:self.m.end()]
        return self.m.group(name)

    def start(self, name: str | None = None) -> int:
        return self._start if name is None else self.m.start(name)

    def end(self, name: str | None = None) -> int:
        return self.m.end() if name is None else self.m.end(name)


def _hedged(rx: re.Pattern[str], text: str):
    return (_Hedged(m, text) for m in rx.finditer(text))


@dataclass(frozen=True)
class Quantity:
    """One quantity found in text, with its value range and qualifier."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    qualifier: str
    currency: str | None
    unit: str | None
    numeric_kind: str  # digits | words | vague


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _word_value(w: str) -> float:
    parts = re.split(r"[\s-]+", w.lower())
    if parts[0] == "a":
        return 1.0
    if parts[0] in _TENS:
        return float(_TENS[parts[0]] + (_WORDS[parts[1]] if len(parts) > 1 else 0))
    return float(_WORDS[parts[0]])


def _range(value: float, qualifier: str) -> tuple[float, float]:
    if qualifier == "approx":
        return value * (1 - APPROX), value * (1 + APPROX)
    if qualifier == "approx_below":
        return value * (1 - APPROX), value
    if qualifier in ("more_than", "at_least"):
        return value, math.inf
    if qualifier == "at_most":
        return 0.0, value
    if qualifier == "less_than":
        return 0.0, value
    return value, value


def _qualify(hedge: str | None, suffix: str | None) -> str:
    _, table = _hedges()
    if suffix in ("+", "以上"):
        return "at_least"
    if suffix in ("多", "余", "餘"):
        return "more_than"
    if suffix == "左右":
        return "approx"
    return table.get((hedge or "").lower(), "exact") if hedge else "exact"


def _not_a_quantity(text: str, s: int, e: int) -> bool:
    """Model numbers (H100), ordinals (14th), codes glued to letters, list labels."""
    before, after = text[max(0, s - 1):s], text[e:e + 2]
    if before and (before.isalpha() and before.isascii() or before in "-#/"):
        return True
    if re.match(r"(?:st|nd|rd|th)\b|-?[A-Za-z]*-(?:second|minute|hour|day|year)", text[e:e + 12], re.I):
        return True
    return bool(re.match(r"[A-Za-z]{2}", after)) and not re.match(r"(?:bn|mn|tn|B\b|M\b|K\b)", after, re.I)


#: what every range match contains; searched first because it can skip ahead to digits
_RANGE_HINT = re.compile(r"\d\s*(?:[-–]|to|and)\s*\d", re.I)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (dates excluded), sorted by position, never overlapping."""
    pats = _patterns()
    if not _ANY_NUMBER.search(text):
        return []
    taken = np.zeros(len(text) + 1, dtype=bool)
    for t in find_temporal(text):
        taken[t.start:t.end] = True
    for m in _PHONE.finditer(text):
        taken[m.start():m.end()] = True
    found: list[Quantity] = []

    def add(q: Quantity) -> None:
        if not taken[q.start:q.end].any():
            found.append(q)
            taken[q.start:q.end] = True

    for m in _hedged(pats["vague"], text):
        lo, hi = _VAGUE[m.group("vague").lower()]
        q = _qualify(m.group("hedge"), None)
        if q not in ("exact",):
            lo, hi = _range(lo, q)[0], hi if q != "approx" else hi * (1 + APPROX)
        add(Quantity(m.start(), m.end(), m.group(0).strip(), lo, lo, hi, "vague" if q == "exact" else q,
                     None, None, "vague"))
    for m in (_hedged(pats["dozen"], text) if "dozen" in text.lower() else ()):
        v = _word_value(m.group("n")) * 12
        q = _qualify(m.group("hedge"), None)
        lo, hi = _range(v, q)
        add(Quantity(m.start(), m.end(), m.group(0), v, lo, hi, q, None, None, "words"))
    for m in (pats["range"].finditer(text) if _RANGE_HINT.search(text) else ()):
        if _not_a_quantity(text, m.start("a"), m.end()):
            continue
        mag = _MAG.get((m.group("mag") or "").lower() if m.group("mag") not in ("B", "M", "K") else m.group("mag").lower(), 1)
        a, b = _num(m.group("a")) * mag, _num(m.group("b")) * mag
        if a >= b:
            continue
        cur = _CURRENCY.get((m.group("cur") or m.group("cur2") or "").strip().lower())
        unit = "percent" if m.group("pct") else None
        add(Quantity(m.start(), m.end(), m.group(0), (a + b) / 2, a, b, "range", cur, unit, "digits"))
    for m in _hedged(pats["number"], text):
        s = m.start("num")
        if _not_a_quantity(text, s, m.end("num") if not (m.group("mag") or m.group("plus")) else m.end()):
            continue
        mag_text = m.group("mag") or ""
        mag = _MAG.get(mag_text.lower() if mag_text not in ("B", "M", "K") else mag_text.lower(), 1)
        v = _num(m.group("num")) * mag
        suffix = m.group("plus") or m.group("more")
        q = _qualify(m.group("hedge"), suffix)
        lo, hi = _range(v, q)
        if suffix in ("多", "余", "餘"):
            step = 10 ** max(len(m.group("num").replace(",", "").split(".")[0]) - 1, 0) * mag
            hi = v + step - mag
        cur = _CURRENCY.get((m.group("cur") or m.group("cur2") or "").strip().lower())
        if mag_text in ("亿", "億", "万", "萬") and (m.group("cur2") or "") in ("元",):
            cur = "CNY"
        unit = "percent" if m.group("pct") else m.group("unit")
        add(Quantity(m.start(), m.end(), m.group(0).strip(), v, lo, hi, q, cur, unit, "digits"))
    for m in _hedged(pats["word"], text):
        if m.group("num").lower() == "a" and not m.group("mag"):
            continue
        v = _word_value(m.group("num")) * _MAG.get((m.group("mag") or "").lower(), 1)
        q = _qualify(m.group("hedge"), None)
        lo, hi = _range(v, q)
        add(Quantity(m.start(), m.end(), m.group(0), v, lo, hi, q, None, None, "words"))
    return sorted(found, key=lambda q: q.start)


def subject_of(text: str, q: Quantity, window: int = 40) -> str | None:
    """The subject of a quantity: currency -> investment, % -> percent, else the nearest lexicon
    word after it in the same sentence (within ``window`` characters), else before it."""
    if q.unit == "percent":
        return "percent"
    if q.currency:
        return "investment"
    if q.numeric_kind == "digits" and q.value >= 1e6 and re.search(_MAG_RX, q.text):
        return "investment"  # a bare large magnitude ("170B", "6.8亿") is money in news copy
    stop = re.compile(r"[.!?。！？;\n]")
    after = text[q.end:q.end + window]
    cut = stop.search(after)
    after = after[: cut.start()] if cut else after
    before = text[max(0, q.start - window):q.start]
    cut = list(stop.finditer(before))
    before = before[cut[-1].end():] if cut else before
    best: tuple[int, str] | None = None
    for subject, rx in _subjects():
        m = rx.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), subject)
    if best:
        return best[1]
    for subject, rx in _subjects():
        ms = list(rx.finditer(before))
        if ms and (best is None or len(before) - ms[-1].end() < best[0]):
            best = (len(before) - ms[-1].end(), subject)
    return best[1] if best else None


def _subject_follows(text: str, q: Quantity) -> bool:
    after = text[q.end:q.end + 30]
    return any(rx.match(after.lstrip(" -")) or rx.match(re.sub(r"^\s*(?:of\s+)?(?:[\w-]+\s+){0,2}", "", after))
               for _, rx in _subjects())


def _doc_claims(doc: tuple[str, str, str, str, str]) -> list[dict[str, object]]:
    """The claim rows of one document: ``(doc_id, label, clean_text, raw_text, offset_map)``."""
    from .offsets import OffsetMap

    doc_id, label, text, raw, omap_text = doc
    rows: list[dict[str, object]] = []
    if not text:
        return rows
    spans = sentence_spans(text)
    omap = OffsetMap.from_string(omap_text, len(text), raw)
    for q in find_quantities(text):
        subject = subject_of(text, q)
        if q.numeric_kind == "words" and not _subject_follows(text, q):
            continue  # "one of the largest", "one day": number words count only before a subject
        s, e = next(((a, b) for a, b in spans if a <= q.start < b), (q.start, q.end))
        sentence = text[s:e]
        forecast = bool(_forecast_markers().search(_clause(sentence, q.start - s, q.end - s)))
        rows.append({
            "claim_id": f"{doc_id}#{q.start}", "doc_id": doc_id, "label": label,
            "start": q.start, "end": q.end, "line": omap.position(omap.to_raw(q.start)).line,
            "text": q.text, "quote": sentence, "subject": subject, "value_low": q.low,
            "value_high": q.high, "value": q.value, "unit": q.unit, "currency": q.currency,
            "qualifier": q.qualifier, "is_forecast": forecast,
        })
    return rows


def doc_tuples(docs: pd.DataFrame) -> list[tuple[str, str, str, str, str]]:
    """What the per-document stages need of each row, as plain picklable tuples."""
    return list(zip(docs["doc_id"], docs["label"], docs["clean_text"], docs["raw_text"], docs["offset_map"]))


def extract_claims(docs: pd.DataFrame, workers: int = 1, progress: bool | None = None) -> pd.DataFrame:
    """The claims table: one row per quantity in each document's clean text.

    Quantities with no subject keep ``subject = None`` (they are still listed). Sorted by
    ``doc_id`` and position; ``claim_id`` is ``<doc_id>#<start>``. ``workers`` > 1 runs the
    documents on that many processes.
    """
    from .parallel import map_docs

    rows = [r for rs in map_docs(_doc_claims, doc_tuples(docs), workers, progress, "claims") for r in rs]
    out = typed(pd.DataFrame(rows, columns=CLAIM_COLUMNS), CLAIM_DTYPES)
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


def describe(row) -> str:
    """A claim's value in words: '≈ 36 (32–40)', '> 100,000', '10,000–99,999'."""
    lo, hi, v, q = row["value_low"], row["value_high"], row["value"], row["qualifier"]

    def f(x: float) -> str:
        return f"{x:,.0f}" if abs(x) >= 100 or float(x).is_integer() else f"{x:,.1f}"
    if q == "exact":
        return f(v)
    if q in ("more_than",) and math.isinf(hi):
        return f"> {f(lo)}"
    if q == "at_least":
        return f"≥ {f(lo)}"
    if q in ("approx", "approx_below"):
        return f"≈ {f(v)}"
    if q in ("at_most", "less_than"):
        return f"≤ {f(hi)}" if q == "at_most" else f"< {f(hi)}"
    return f"{f(lo)}–{f(hi)}"


def claim_matrix(claims: pd.DataFrame, docs: pd.DataFrame, subjects: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Source x subject table of what each source says: described values with their hedges.

    Rows are sources (in ``docs`` order, by label), columns subjects; a cell lists each distinct
    claim as "value (“text”)", forecasts marked "[forecast]"; empty where the source is silent.
    """
    subjects = subjects or tuple(s for s in dict.fromkeys(claims["subject"].dropna()))
    table = pd.DataFrame(index=list(docs["label"]), columns=list(subjects), dtype=object)
    for (label, subject), g in claims.dropna(subset=["subject"]).groupby(["label", "subject"], sort=False):
        if subject not in subjects:
            continue
        cells = dict.fromkeys(f"{describe(r)} (“{r['text']}”)" + (" [forecast]" if r["is_forecast"] else "")
                              for _, r in g.iterrows())
        table.loc[label, subject] = "; ".join(cells)
    return table.fillna("")
