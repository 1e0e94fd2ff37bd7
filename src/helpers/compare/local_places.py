"""The place a count is local to: a county, province, district, region, town or village named with its kind in the
number's own clause ("68 in Kerr County", "特拉維斯郡报告 9 人遇难", "dans la province de Valence"; ``data/place_kinds.csv``,
rows marked ``local``). A death toll of one county is not the story's toll: the brief and the numbers chart tell
such counts apart instead of setting a county's 9 beside a state's 133."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.clauses import CLAUSE_CUT as _CUT, clause_bounds  # noqa: F401  (clause_bounds re-exported)
from helpers.core.paths import DATA_DIR


@lru_cache(maxsize=1)
def _local_rx() -> re.Pattern[str]:
    with open(DATA_DIR / "place_kinds.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["local"] == "yes"]
    after = "|".join(re.escape(r["word"]) for r in rows if r["position"] == "after")
    before = "|".join(re.escape(r["word"]) for r in rows if r["position"] == "before")
    cjk = "".join(r["word"] for r in rows if r["position"] == "after_cjk")
    name = r"(?!(?:In|At|On|The|A|An|For|From|Of|And|By|Le|La|Les|Dans|En|Au|Aux|Du|Des)\b)[A-ZÀ-Ý][\w'-]+"
    return re.compile(rf"(?<![\w])({name}(?:\s+{name})?\s+(?:{after}))\b(?!\s+[A-Z])|(?<![\w])((?i:{before})\s+{name}"
                      rf"(?:\s+{name})?)|((?:[\u4e00-\u9fff]{{1,2}}·)?(?:(?!小时|小時|[数數几幾])[\u4e00-\u9fff]){{2,4}}"
                      rf"(?<![进進回出到离離入下返])[{cjk}])(?![长長民庄莊级級城委府政内內])")  # (徒步数小时进村: into a village)


#: words that start a new item of a list between a place and a number ("... in Kunar, as well as 12 dead in Nangarhar")
_NEXT_ITEM = re.compile(r"(?i)\b(?:ainsi que|as well as|while|whereas|and|et|tandis que|alors que)\b|以及")


def local_place(quote: object, text: object) -> str:
    """The local place named with its kind in the clause of ``quote`` that holds the number ``text``, as written;
    "the world" for a count of the whole world ("80 deaths reported globally"); "" when none (a state or a country is
    no local place: the story's own toll)."""
    if not isinstance(quote, str) or not isinstance(text, str) or text not in quote:
        return ""
    i = quote.find(text)
    lo, hi = clause_bounds(quote, i, i + len(text))
    hits = list(_local_rx().finditer(quote, lo, hi))
    before = [m for m in hits if m.start() < i]  # the nearest place before the number, else the first after it
    after = [m for m in hits if m.start() > i]
    m = before[-1] if before else hits[0] if hits else None
    if before and after and _NEXT_ITEM.search(quote, before[-1].end(), i):  # a new item of a list starts between them:
        m = after[0]  # "300 blessés dans la province de Kounar ainsi que de 12 morts ... dans la province de Nangarhar"
    if m is None and lo:  # a place fronted in its own clause: "In Travis County, 5 people died"
        start = max([c.end() for c in _CUT.finditer(quote, 0, lo - 1)], default=0)
        if _FRONTED.match(quote, start):
            m = _local_rx().search(quote, start, lo)
    wide = next((p for p, rx in _wide() if rx.search(quote, lo, hi)), "") if m is None else ""
    if wide:  # "80 deaths have been reported globally", "海外總票房超過6300萬美元": not the story's place's count
        return wide
    if m is not None and m.group(3):  # (已致石川县: 石川县; 还造成该县, "that county": no name of its own)
        name = _CJK_LEAD.sub("", re.split(r"[的之]", m.group(3))[-1])  # (受災最嚴重的布納縣: 布納縣; no name holds 的)
        return name if len(name) >= 3 else ""
    return next((g for g in m.groups() if g), "") if m else ""


#: verbs and words of reference that a Chinese place's characters may run into before it (已致石川县, 还造成该县)
_CJK_LEAD = re.compile(r"^(?:[已还還并並又也均]|造成|导致|導致|致使|[致在于於从從对對向让讓使据據])*(?:[该該本此其])?")


def wide_places() -> frozenset[str]:
    """The names of the wide places (``data/wide_places.csv``: the world, abroad)."""
    return frozenset(p for p, _ in _wide())


@lru_cache(maxsize=1)
def _wide() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(place, regex) of each row of ``data/wide_places.csv``: the world, abroad."""
    with open(DATA_DIR / "wide_places.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["place"], re.compile(r["pattern"])) for r in csv.DictReader(fh))


#: a clause that opens on a locative preposition ("In Travis County,", "Dans le comté de Kerr,", "在克尔郡,")
_FRONTED = re.compile(r"\s*(?:(?i:in|à|dans|en|au)\b|在)")


