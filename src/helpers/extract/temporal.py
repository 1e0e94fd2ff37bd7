"""Temporal expressions in a text: what a date expression says, with the precision it gives.

:func:`find_temporal` finds ISO and written dates, quarters, halves, named periods
(``data/periods.csv``), Chinese dates and parts of months (``2024年4月``, ``6月初``, ``年底``),
spoken years and relative expressions (``earlier this year``, ``今年以来``), each as a
:class:`Temporal`; :func:`resolve` anchors a relative or year-less one on a publication date
(and says so), or leaves it unresolved. Phone numbers, counts and model numbers are not years.
Used by the timeline (:mod:`helpers.extract.timeline`) and by number reading (dates are not
quantities).
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from helpers.core.paths import DATA_DIR
from helpers.read import dates
from helpers.extract.weekdays import find_weekdays, weekday_date
from helpers.extract.title_years import law_year

@lru_cache(maxsize=1)
def _periods() -> tuple[tuple[re.Pattern[str], str, str, str], ...]:
    with open(DATA_DIR / "periods.csv", encoding="utf-8", newline="") as fh:
        return tuple((re.compile(r["pattern"], re.I), r["start"], r["end"], r["label"]) for r in csv.DictReader(fh))


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Temporal:
    """One temporal expression found in text, before or after resolution."""

    start: int
    end: int
    text: str
    date_start: str | None
    date_end: str | None
    precision: str  # day | month | quarter | year | period
    anchor: str  # explicit | relative
    relation: str = "in"  # in | since | by | until | as_of | from
    resolved: bool = True
    note: str = ""
    # for relative expressions: how to resolve (kind, offset)
    rule: tuple[str, int] | None = None


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4,
        "premier": 1, "1er": 1, "deuxième": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4,
        "1ère": 1, "1ere": 1, "1ème": 1, "2ème": 2, "3ème": 3, "4ème": 4}
_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {w: i + 10 for i, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
                                          "eighteen nineteen".split())}
_TENS = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_TWO_DIGIT = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?" \
             r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"

_RELATION = r"(?P<rel>since|by|until|till|before|after|from|during|through|as of|in|at the end of|by the end of|early|late|mid-?)\s+"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_NOT_YEAR_BEFORE = (r"(?<![\d+$¥€£#.,:/\w-])(?<!\d\s)(?<!No\.\s)(?<!(?i:plus de) )(?<!(?i:more than) )(?<!(?i:au moins) )"
                    r"(?<!(?i:at least) )(?<!(?i:près de) )(?<!(?i:nearly) )")  # (a hedge makes a count: "Plus de 2000 secouristes")
_NOT_YEAR_AFTER = (r"(?![\d,.]\d|s\b|\s*(?:%|percent|per cent|people|employees|workers|chips|GPUs|units|servers|yuan|dollars|"
                   r"MW|GW|kW|km|P\b|PFLOPS|TFLOPS|EFLOPS|tokens?\b|[A-Za-z]\d)|-[A-Za-z]"
                   r"|\s*(?:多|余|餘)?\s*[名个個人家座项項台辆輛张張件位艘架万萬亿億元])")  # 2000多名工匠: a count

_P = {
    "range": re.compile(rf"{_NOT_YEAR_BEFORE}(?:from\s+|between\s+)?(?P<y1>(?:19|20)\d{{2}})\s*(?:-|–|—|to|and|until)\s*(?P<y2>(?:19|20)\d{{2}}){_NOT_YEAR_AFTER}", re.I),
    "quarter_y": re.compile(r"\b(?:in\s+)?(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b", re.I),
    "q_y": re.compile(r"\bQ(?P<q>[1-4])\s*(?:of\s+)?(?P<y>(?:19|20)\d{2})\b"),
    "y_q": re.compile(r"\b(?P<y>(?:19|20)\d{2})\s*Q(?P<q>[1-4])\b"),
    "zh_quarter": re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*第?\s*(?P<q>[一二三四1-4])\s*季度"),
    "half_y": re.compile(r"\b(?:in\s+)?(?:the\s+)?(?P<h>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b"
                         r"|\bH(?P<h2>[12])\s*(?P<y2>(?:19|20)\d{2})\b|\b(?P<y3>(?:19|20)\d{2})\s*H(?P<h3>[12])\b"
                         r"|\b(?P<h4>premier|1er|second|deuxième|2e)\s+semestre\s+(?:de\s+|d['’]\s*)?(?P<y4>(?:19|20)\d{2})\b"
                         r"|(?P<y5>(?:19|20)\d{2})\s*年\s*(?P<h5>上|下)半年", re.I),
    "edge_y": re.compile(r"\b(?P<w>mid|mi|fin|début|debut)[\s-]+(?P<y>(?:19|20)\d{2})\b", re.I),
    "fr_quarter": re.compile(r"\b(?P<q>premier|1er|1[eè]re|1ème|deuxième|second|2e|2ème|troisième|3e|3ème|quatrième|4e|4ème)"
                             r"\s+trimestre\s+"
                             r"(?:de\s+|d['’]\s*)?(?:l['’]année\s+)?(?P<y>(?:19|20)\d{2})\b", re.I),
    "quarter": re.compile(r"\b(?:in\s+)?(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b", re.I),
    "spoken": re.compile(rf"\b(?P<c>twenty|nineteen)[\s-]+(?P<yy>{_TWO_DIGIT})\b|\btwo thousand(?:\s+and)?(?:[\s-]+(?P<tt>{_TWO_DIGIT}|one|two|three|four|five|six|seven|eight|nine))?\b", re.I),
    "zh_year": re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"),
    "zh_md": re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    "zh_rel": re.compile(r"今年以来|今年|去年|前年|明年|近年来|近年|近期|上半年|下半年|上个月|上個月|上月|本月|下个月|下個月|下月"),
    "fr_rel": re.compile(r"\b(?:l['’]an\s+(?:dernier|passé|prochain)|l['’]année\s+(?:dernière|passée|prochaine|en cours)|"
                         r"cette\s+année|le\s+mois\s+(?:dernier|prochain)|ce\s+mois-ci)\b", re.I),
    "en_rel": re.compile(r"\b(?:earlier|later)\s+this\s+(?:year|month)|\b(?:this|last|next|past)\s+(?:year|month)\b|\bin recent years\b|\brecent years\b|\bearlier this week\b", re.I),
    "month_y": re.compile(rf"{dates.WORD_START}{dates._MON}\s*(?:of\s+)?(?P<y>(?:19|20)\d{{2}})\b", re.I),
    "md_noyear": re.compile(rf"{dates.WORD_START}{dates._MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{{2}})", re.I),
    # "le 26 novembre à 14 h 51", "- 4 avril :", "on 19 October": a day before its month, no year after
    "dm_noyear": re.compile(rf"(?<![\d.,/:-])(?P<d>[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?\s+{dates._MON}(?![\w-])"
                            r"(?!,?\s*(?:19|20)\d{2})", re.I),
    # "白宮12日發佈", "本周三（26日）": a day of the month with neither month nor year; not a span of days
    # ("30日内", "3日后", "7日均线") nor a day after its month (zh_md)
    "zh_day": re.compile(r"(?<![\d.月年号號第期续續連连留前有满滿达達约約近超逾共每隔服])(?P<d>[12]\d|3[01]|[1-9])\s*日"
                         r"(?!\s*(?:内|內|以内|以內|之内|之內|后|後|前|间|間|游|遊|均|以上|以下|左右|以来|以來|之久|元|圓|圆|本|报|報|\d))"),
    "year": re.compile(rf"{_NOT_YEAR_BEFORE}{_YEAR}{_NOT_YEAR_AFTER}", re.I),
    "relation_before": re.compile(rf"\b{_RELATION}$", re.I),
}


#: month names written in full: a stop after one ends the sentence ("à partir du 10 avril.")
_FULL_MONTHS = frozenset("january february march april may june july august september october november december "
                         "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split())
_FOUR_DIGITS = re.compile(r"\d{4}")
_CJK_ANY = re.compile(r"[\u3400-\u9fff]")


def _q_bounds(y: int, q: int) -> tuple[str, str]:
    m0 = 3 * (q - 1) + 1
    return dt.date(y, m0, 1).isoformat(), dt.date(y, m0 + 2, calendar.monthrange(y, m0 + 2)[1]).isoformat()


def _halves_and_edges(text: str, add) -> None:
    """Halves of a named year (H1 2025, the second half of 2025, second semestre 2026, 2025年上半年) and its
    middle, end and start (mid-2026: June-July; fin 2025: December; début 2026: January-February)."""
    for m in _P["half_y"].finditer(text):
        y = int(next(g for g in m.group("y", "y2", "y3", "y4", "y5") if g))
        h = next(g for g in m.group("h", "h2", "h3", "h4", "h5") if g).lower()
        first = h in ("first", "1st", "1", "premier", "1er", "上")
        add(Temporal(m.start(), m.end(), m.group(0), f"{y}-01-01" if first else f"{y}-07-01",
                     f"{y}-06-30" if first else f"{y}-12-31", "period", "explicit"))
    for m in _P["edge_y"].finditer(text):
        y, w = int(m.group("y")), m.group("w").lower()
        s_, e_ = {"mid": ("06-01", "07-31"), "mi": ("06-01", "07-31"), "fin": ("12-01", "12-31")}.get(w, ("01-01", "02-28"))
        add(Temporal(m.start(), m.end(), m.group(0), f"{y}-{s_}", f"{y}-{e_}", "period", "explicit"))


def _y_bounds(y: int) -> tuple[str, str]:
    return f"{y}-01-01", f"{y}-12-31"


_ZH_MONTH_NUM = {c: i + 1 for i, c in enumerate("一二三四五六七八九")} | {"十": 10, "十一": 11, "十二": 12}
_ZH_PART = {"": 0, "份": 0, "初": 1, "上旬": 1, "中旬": 2, "中": 2, "下旬": 3, "底": 3, "末": 3}
_ZH_YEAR_REL = {"今年": 0, "去年": -1, "前年": -2, "明年": 1, "": 0}
_ZH_MONTH = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*|(?P<rel>今年|去年|前年|明年))?(?<!\d)"
                       r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?P<part>份|初|上旬|中旬|下旬|底|末|中(?!国|國|心|旬))?"
                       r"(?!\s*[\d一二三四五六七八九十]+\s*[日号號])")
_ZH_REL_DAY = re.compile(r"(?P<rel>今年|去年|前年|明年)\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号號]")
_ZH_YEAR_PART = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年|(?P<rel>今年|去年|前年|明年)\s*年?)(?P<part>底|末|初|中(?!国|國|心|美|日|欧|歐|俄|印|韩|韓|英|法|德|台|港|澳|非|东|東|西|南|北|央|华|華|资|資|外|小|学|學|方|共|企|医|醫|部|铁|鐵|海|亚|亞))"
                           r"|(?<![\d年])(?P<bare>年底|年末|年初)")


def zh_month_bounds(y: int, month: int, part: int) -> tuple[str, str]:
    """First and last day of a month (``part`` 0) or of its first, middle or last ten days (1-3)."""
    last = calendar.monthrange(y, month)[1]
    lo, hi = {0: (1, last), 1: (1, 10), 2: (11, 20), 3: (21, last)}[part]
    return dt.date(y, month, lo).isoformat(), dt.date(y, month, hi).isoformat()


def zh_year_part_bounds(y: int, part: str) -> tuple[str, str]:
    """年初 (January-February), 年中 (June-July), 年底/年末 (December) of year ``y``."""
    return {"初": (f"{y}-01-01", f"{y}-02-{calendar.monthrange(y, 2)[1]}"), "中": (f"{y}-06-01", f"{y}-07-31"),
            "底": (f"{y}-12-01", f"{y}-12-31"), "末": (f"{y}-12-01", f"{y}-12-31")}[part]


def find_zh_months(text: str) -> list[Temporal]:
    """Chinese months and parts of months or years: "2025年6月初" (explicit), "今年2月", "6月初",
    "7月下旬", "年底", "去年年底" (relative: anchored on the publication year by :func:`resolve`)."""
    out = []
    for m in _ZH_MONTH.finditer(text):
        month = int(m.group("m")) if m.group("m").isdigit() else _ZH_MONTH_NUM[m.group("m")]
        part = _ZH_PART[m.group("part") or ""]
        precision = "month" if part == 0 else "period"
        if m.group("y"):
            s, e = zh_month_bounds(int(m.group("y")), month, part)
            out.append(Temporal(m.start(), m.end(), m.group(0), s, e, precision, "explicit"))
        elif re.search(r"(?:同年|当年|當年|该年|該年)$", text[max(0, m.start() - 2):m.start()]):
            out.append(Temporal(m.start(), m.end(), m.group(0), None, None, precision, "relative",
                                note="the same year as a year named before", rule=("vague", 0)))
        else:
            offset = _ZH_YEAR_REL[m.group("rel") or ""]
            out.append(Temporal(m.start(), m.end(), m.group(0), None, None, precision, "relative",
                                rule=("zh_month", (offset + 10) * 1000 + month * 10 + part)))
    for m in _ZH_REL_DAY.finditer(text):  # ("日本在今年1月1日發生": the day, in the publication's year)
        out.append(Temporal(m.start(), m.end(), m.group(0), None, None, "day", "relative", rule=("zh_day", (
            _ZH_YEAR_REL[m.group("rel")] + 10) * 10000 + int(m.group("m")) * 100 + int(m.group("d")))))
    for m in _ZH_YEAR_PART.finditer(text):
        part = (m.group("part") or m.group("bare")[-1])
        if m.group("y"):
            s, e = zh_year_part_bounds(int(m.group("y")), part)
            out.append(Temporal(m.start(), m.end(), m.group(0), s, e, "period", "explicit"))
        else:
            offset = _ZH_YEAR_REL[m.group("rel") or ""]
            out.append(Temporal(m.start(), m.end(), m.group(0), None, None, "period", "relative",
                                rule=("zh_year_part", (offset + 10) * 10 + "初中底末".index(part))))
    return out


def _spoken_year(m: re.Match[str]) -> int | None:
    def two(words: str) -> int:
        parts = re.split(r"[\s-]+", words.lower())
        if parts[0] in _TEENS:
            return _TEENS[parts[0]]
        if parts[0] in _TENS:
            return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)
        return _UNITS.get(parts[0], 0)
    if m.group("c"):
        return (2000 if m.group("c").lower() == "twenty" else 1900) + two(m.group("yy"))
    return 2000 + (two(m.group("tt")) if m.group("tt") else 0)


def find_temporal(text: str) -> list[Temporal]:
    """Every temporal expression in ``text``, unresolved (relative ones carry a ``rule``).

    Longer and more specific forms win; matches never overlap. Sorted by position.
    """
    found: list[Temporal] = []
    taken = np.zeros(len(text) + 1, dtype=bool)

    def add(t: Temporal) -> None:
        if not taken[t.start:t.end].any():
            found.append(t)
            taken[t.start:t.end] = True

    low = text.lower()
    has_year = bool(_FOUR_DIGITS.search(text))
    has_cjk = bool(_CJK_ANY.search(text))
    for t in (find_zh_months(text) if has_cjk and ("月" in text or "年" in text) else ()):
        add(t)
    if has_year:
        for d in dates.find_dates(text):
            add(Temporal(d.start, d.end, d.text, d.date_start, d.date_end, d.precision, "explicit",
                         note=d.time))
    for pattern, start, end, label in (_periods() if ("plan" in low or "五" in text) else ()):
        for m in pattern.finditer(text):
            add(Temporal(m.start(), m.end(), m.group(0), start, end, "period", "explicit", note=label))
    for m in (_P["range"].finditer(text) if has_year else ()):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y1 < y2:
            add(Temporal(m.start(), m.end(), m.group(0), f"{y1}-01-01", f"{y2}-12-31", "period", "explicit", "from"))
    for key in (("quarter_y", "q_y", "y_q", "zh_quarter", "fr_quarter") if has_year else ()):
        for m in _P[key].finditer(text):
            s, e = _q_bounds(int(m.group("y")), _ORD[m.group("q").lower()])
            add(Temporal(m.start(), m.end(), m.group(0), s, e, "quarter", "explicit"))
    if has_year:
        _halves_and_edges(text, add)
    for m in (_P["month_y"].finditer(text) if has_year else ()):
        y, mon = int(m.group("y")), dates.MONTHS[m.group("mon").lower()]
        add(Temporal(m.start(), m.end(), m.group(0), dt.date(y, mon, 1).isoformat(),
                     dt.date(y, mon, calendar.monthrange(y, mon)[1]).isoformat(), "month", "explicit"))
    for m in (_P["spoken"].finditer(text) if ("twenty" in low or "nineteen" in low or "thousand" in low) else ()):
        y = _spoken_year(m)
        if y and 1900 <= y <= 2099:
            s, e = _y_bounds(y)
            add(Temporal(m.start(), m.end(), m.group(0), s, e, "year", "explicit", note="spoken year"))
    for m in ((x for x in _P["zh_year"].finditer(text) if not law_year(text, x.start(), x.end())) if has_cjk and has_year else ()):
        s, e = _y_bounds(int(m.group("y")))
        add(Temporal(m.start(), m.end(), m.group(0), s, e, "year", "explicit"))
    for m in ((x for x in _P["year"].finditer(text) if not law_year(text, x.start(), x.end())) if has_year else ()):
        r = _P["relation_before"].search(text, max(0, m.start() - 20), m.start())
        start = r.start() if r else m.start()
        rel = (r.group("rel") if r else "in").lower().replace("till", "until")
        rel = {"as of": "as_of", "by the end of": "by", "at the end of": "in", "early": "in", "late": "in",
               "mid": "in", "mid-": "in", "during": "in", "through": "until", "before": "by"}.get(rel, rel)
        s, e = _y_bounds(int(m.group("y")))
        add(Temporal(start, m.end(), text[start:m.end()], s, e, "year", "explicit", rel))
    # relative and year-less forms: resolved later against the publication date
    for m in (_P["quarter"].finditer(text) if "quarter" in low else ()):
        add(Temporal(m.start(), m.end(), m.group(0), None, None, "quarter", "relative",
                     rule=("quarter", _ORD[m.group("q").lower()])))
    for m in (_P["zh_md"].finditer(text) if has_cjk else ()):
        add(Temporal(m.start(), m.end(), m.group(0), None, None, "day", "relative",
                     rule=("month_day", int(m.group("m")) * 100 + int(m.group("d")))))
    for key in ("md_noyear", "dm_noyear"):
        for t in filter(None, (_day_month(text, m, key) for m in _P[key].finditer(text))):
            add(t)
    for m in (_P["zh_day"].finditer(text) if has_cjk else ()):
        ahead = _AHEAD_ZH.search(text, max(0, m.start() - 5), m.start())  # "将于15日开幕": a day to come
        add(Temporal(m.start(), m.end(), m.group(0), None, None, "day", "relative",
                     rule=("day_ahead" if ahead else "day", int(m.group("d")))))
    for m in ((x for x in _P["zh_rel"].finditer(text) if not _record_year(text, x)) if has_cjk else ()):
        add(Temporal(m.start(), m.end(), m.group(0), None, None, *_ZH_REL[m.group(0)]))
    for m in ((x for x in _P["en_rel"].finditer(text) if not _record_year(text, x))
              if ("year" in low or "month" in low or "week" in low) else ()):
        key = re.sub(r"\s+", " ", m.group(0).lower())
        add(Temporal(m.start(), m.end(), m.group(0), None, None, *_EN_REL[key]))
    for m in (_P["fr_rel"].finditer(text) if ("ann" in low or "mois" in low or "an " in low) else ()):
        key = re.sub(r"\s+", " ", m.group(0).lower().replace("’", "'"))
        add(Temporal(m.start(), m.end(), m.group(0), None, None, *_EN_REL[_FR_REL[key]]))
    find_weekdays(text, add)  # ("on Tuesday", "mardi soir", "周二", "on 31/8")
    return sorted((_with_relation(text, t) for t in found), key=lambda t: t.start)


#: a superlative after 今年 ("今年全球觀測到最強的風暴", "今年最大"): the year a record is kept over
_BEST_OF_YEAR_ZH = re.compile(r"[^，。,；;！？]{0,8}?最(?![终終后後近初早新])")
#: a superlative before or after "this year" ("the strongest storm this year", "this year's biggest IPO")
_BEST = r"(?:strongest|biggest|largest|greatest|highest|lowest|worst|best|deadliest|fastest|hottest|coldest|wettest|longest|the\s+most\s+\w+)"
_BEST_BEFORE_EN = re.compile(rf"(?i)\b{_BEST}\b[^.,;:]{{0,30}}?\s(?:so\s+far\s+)?(?:of\s+|in\s+)?$")
_BEST_AFTER_EN = re.compile(rf"(?i)['’]s\s+{_BEST}\b")
def _record_year(text: str, m: re.Match[str]) -> bool:
    """Whether "今年" or "this year" at ``m`` is the year a record is kept over ("今年全球觀測到最強的風暴", "the strongest
    storm this year", "this year's biggest IPO"), no date of an event."""
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if word == "今年":
        return bool(_BEST_OF_YEAR_ZH.match(text, m.end()))
    return word == "this year" and bool(_BEST_BEFORE_EN.search(text, max(0, m.start() - 40), m.start())
                                        or _BEST_AFTER_EN.match(text, m.end()))


#: a future word right before a bare Chinese day ("将于15日开幕", "會於28日公布")
_AHEAD_ZH = re.compile(r"(?:将|將|会|會|预计|預計|计划|計劃|拟|擬)(?:于|於|在)?\s*$")
#: English month names that are also words ("12 may face", "20 march on"): months only when capitalised
_WORD_MONTHS = frozenset({"may", "march", "mar"})


def _day_month(text: str, m: re.Match[str], key: str) -> Temporal | None:
    """A day and month with no year after them ("le 26 novembre", "October 19"): in the year of a date written
    shortly before it in its sentence ("le 12 mars 2024, puis libéré le 3 avril"), else anchored on publication."""
    mon = m.group("mon")
    if key == "dm_noyear" and mon.lower() == "sept" and not text.startswith(".", m.end()):
        return None  # French "sept" is seven ("les 7 sept ans") unless abbreviated with its stop
    if mon.lower() in _WORD_MONTHS and not mon[:1].isupper():
        return None  # "12 may face charges", "20 march on parliament": a verb
    end = m.end() - (m.group(0).endswith(".") and mon.lower() in _FULL_MONTHS)  # a full stop ends the sentence
    md = dates.MONTHS[mon.lower()] * 100 + int(m.group("d"))
    before = re.split(r"[.!?。！？\n]\s", text[max(0, m.start() - 80):m.start()])[-1]
    years = [a or b for a, b in dates.dated_year().findall(before)]  # a year written with a month or a day: a date's,
    if years:  # not "la société lancée en 1993 s'est engagée, lundi 22 septembre" (22 September of the page's year)
        try:
            day = dt.date(int(years[-1]), md // 100, md % 100).isoformat()
        except ValueError:
            return None
        return Temporal(m.start(), end, text[m.start():end], day, day, "day", "explicit",
                        note="the year of the date before it in its sentence")
    return Temporal(m.start(), end, text[m.start():end], None, None, "day", "relative", rule=("month_day", md))


_REL_BEFORE = re.compile(r"(?:\b(since|by|until|till|as of|from|before|after|through)|(截至|自|从|到))\s*(?:the\s+(?:end\s+of\s+)?)?$", re.I)


def _with_relation(text: str, t: Temporal) -> Temporal:
    """Read a relation word just before an expression that did not capture one ("as of June 2025")."""
    if t.relation != "in":
        return t
    m = _REL_BEFORE.search(text[max(0, t.start - 20):t.start])
    if not m:
        return t
    word = (m.group(1) or m.group(2)).lower()
    rel = {"as of": "as_of", "截至": "as_of", "till": "until", "through": "until", "before": "by", "到": "by",
           "自": "since", "从": "from", "after": "since"}.get(word, word)
    return replace(t, relation=rel)


# (precision, anchor, relation, resolved, note, rule)
_ZH_REL: dict[str, tuple] = {
    "今年以来": ("period", "relative", "since", True, "since the start of the publication year", ("year_to_date", 0)),
    "今年": ("year", "relative", "in", True, "", ("year", 0)),
    "去年": ("year", "relative", "in", True, "", ("year", -1)),
    "前年": ("year", "relative", "in", True, "", ("year", -2)),
    "明年": ("year", "relative", "in", True, "", ("year", 1)),
    "上半年": ("period", "relative", "in", True, "first half of the publication year", ("half", 1)),
    "下半年": ("period", "relative", "in", True, "second half of the publication year", ("half", 2)),
    "近年来": ("period", "relative", "in", False, "vague: recent years", ("vague", 0)),
    "近年": ("period", "relative", "in", False, "vague: recent years", ("vague", 0)),
    "近期": ("period", "relative", "in", False, "vague: recently", ("vague", 0)),
    "上月": ("month", "relative", "in", True, "", ("month", -1)),
    "上个月": ("month", "relative", "in", True, "", ("month", -1)),
    "上個月": ("month", "relative", "in", True, "", ("month", -1)),
    "本月": ("month", "relative", "in", True, "", ("month", 0)),
    "下月": ("month", "relative", "in", True, "", ("month", 1)),
    "下个月": ("month", "relative", "in", True, "", ("month", 1)),
    "下個月": ("month", "relative", "in", True, "", ("month", 1)),
}
#: French relative years and months, read as their English twins
_FR_REL = {"l'an dernier": "last year", "l'an passé": "last year", "l'année dernière": "last year",
           "l'année passée": "last year", "l'an prochain": "next year", "l'année prochaine": "next year",
           "cette année": "this year", "l'année en cours": "this year", "le mois dernier": "last month",
           "le mois prochain": "next month", "ce mois-ci": "this month"}
_EN_REL: dict[str, tuple] = {
    "earlier this year": ("period", "relative", "in", True, "from the start of the publication year to publication", ("year_to_date", 0)),
    "later this year": ("period", "relative", "in", True, "from publication to the end of its year", ("rest_of_year", 0)),
    "this year": ("year", "relative", "in", True, "", ("year", 0)),
    "last year": ("year", "relative", "in", True, "", ("year", -1)),
    "past year": ("period", "relative", "in", False, "vague: the past year", ("vague", 0)),
    "next year": ("year", "relative", "in", True, "", ("year", 1)),
    "earlier this month": ("period", "relative", "in", True, "from the start of the publication month to publication", ("month_to_date", 0)),
    "later this month": ("period", "relative", "in", True, "", ("rest_of_month", 0)),
    "this month": ("month", "relative", "in", True, "", ("month", 0)),
    "last month": ("month", "relative", "in", True, "", ("month", -1)),
    "next month": ("month", "relative", "in", True, "", ("month", 1)),
    "past month": ("period", "relative", "in", False, "vague: the past month", ("vague", 0)),
    "in recent years": ("period", "relative", "in", False, "vague: recent years", ("vague", 0)),
    "recent years": ("period", "relative", "in", False, "vague: recent years", ("vague", 0)),
    "earlier this week": ("period", "relative", "in", False, "vague: this week", ("vague", 0)),
}


def resolve(t: Temporal, published: str | None) -> Temporal:
    """Resolve a relative expression against an ISO publication date (``YYYY[-MM[-DD]]``).

    Returns the expression unchanged if it is explicit; unresolved (``resolved=False``, no
    dates, a note saying why) if it needs a publication date that is missing or too coarse.
    """
    if t.anchor == "explicit" or t.rule is None:
        return t
    kind, arg = t.rule
    if kind == "vague":
        return replace(t, resolved=False, note=t.note or "vague")
    need_day = kind in ("year_to_date", "rest_of_year", "month_to_date", "rest_of_month", "weekday", "weekday_next")
    need_month = need_day or kind in ("month",)
    if not published:
        return replace(t, resolved=False, note="no publication date to anchor on")
    parts = published.split("-")
    if (need_day and len(parts) < 3) or (need_month and len(parts) < 2):
        return replace(t, resolved=False, note=f"publication date {published} too coarse to anchor on")
    y = int(parts[0])
    if kind == "year":
        s, e = _y_bounds(y + arg)
    elif kind == "half":
        s, e = (f"{y}-01-01", f"{y}-06-30") if arg == 1 else (f"{y}-07-01", f"{y}-12-31")
    elif kind == "quarter":
        s, e = _q_bounds(y, arg)
    elif kind == "zh_month":
        s, e = zh_month_bounds(y + arg // 1000 - 10, arg // 10 % 100, arg % 10)
    elif kind == "zh_day":
        try:
            s = e = dt.date(y + arg // 10000 - 10, arg // 100 % 100, arg % 100).isoformat()
        except ValueError:
            return replace(t, resolved=False, note="not a calendar date")
    elif kind == "zh_year_part":
        s, e = zh_year_part_bounds(y + arg // 10 - 10, "初中底末"[arg % 10])
    elif kind in ("weekday", "weekday_next"):  # the latest such weekday on or before publication (the next one ahead)
        s = e = weekday_date(published, arg, kind == "weekday_next")
    elif kind in ("day", "day_ahead"):  # the latest such day on or before publication ("12日" in a paper of the 14th
        # is the 12th), the next one on or after it for a day to come; in the publication's month if it names no day
        if len(parts) < 2:
            return replace(t, resolved=False, note=f"publication date {published} too coarse to anchor on")
        m, d = int(parts[1]), int(parts[2]) if len(parts) > 2 else arg
        if kind == "day":
            y, m = (y, m) if arg <= d else ((y, m - 1) if m > 1 else (y - 1, 12))
        else:
            y, m = (y, m) if arg >= d else ((y, m + 1) if m < 12 else (y + 1, 1))
        if arg > calendar.monthrange(y, m)[1]:
            return replace(t, resolved=False, note="not a calendar date")
        s = e = dt.date(y, m, arg).isoformat()
    elif kind == "month_day":  # in the publication's year, unless that puts it over two months after publication
        try:  # ("La tempête du 26 décembre" in a page of March 2025 is December 2024)
            day = dt.date(y, arg // 100, arg % 100)
            if day > dt.date(y, int(parts[1]) if len(parts) > 1 else 12, 28) + dt.timedelta(days=62):
                day = dt.date(y - 1, arg // 100, arg % 100)
            s = e = day.isoformat()
        except ValueError:
            return replace(t, resolved=False, note="not a calendar date")
    else:
        m = int(parts[1])
        if kind == "month":
            m += arg
            y2, m2 = y + (m - 1) // 12, (m - 1) % 12 + 1
            s, e = dt.date(y2, m2, 1).isoformat(), dt.date(y2, m2, calendar.monthrange(y2, m2)[1]).isoformat()
        elif kind == "year_to_date":
            s, e = f"{y}-01-01", published
        elif kind == "rest_of_year":
            s, e = published, f"{y}-12-31"
        elif kind == "month_to_date":
            s, e = f"{y}-{m:02d}-01", published
        else:  # rest_of_month
            s, e = published, dt.date(y, m, calendar.monthrange(y, m)[1]).isoformat()
    note = (t.note + "; " if t.note else "") + f"anchored on publication date {published}"
    return replace(t, date_start=s, date_end=e, resolved=True, note=note)


#: a count of days in words, in the three languages (digits are read as digits)
_DAY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "un": 1,
              "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "dix": 10, "一": 1, "二": 2,
              "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "十": 10}
_N = r"(\d{1,2}|one|two|three|four|five|six|seven|ten|un|deux|trois|quatre|cinq|six|sept|dix)"
#: "two days before [the protests on] September 8", "deux jours avant [le] 8 septembre": the offset written before
_SHIFT_BEFORE = re.compile(rf"(?i)\b{_N}\s+(days?|jours?)\s+(before|after|prior to|earlier than|avant|après)\s+"
                           r"(?:[\w'’-]+\s+){0,5}$")
#: "9月8日致命抗議爆發前兩天": the offset written after the date and what happened on it
_SHIFT_AFTER_ZH = re.compile(r"[^，。；,.;!?！？]{0,14}?[之以]?([前后後])\s*(\d{1,2}|[一二两兩三四五六七十])\s*[天日]")


def shifted(text: str, t: Temporal) -> Temporal:
    """A day written as the anchor of an offset ("two days before September 8", "9月8日…前兩天") moved by it: the
    statement is about the day the offset names, not the day written."""
    if t.precision != "day" or not t.resolved or not t.date_start:
        return t
    before = _SHIFT_BEFORE.search(text, max(0, t.start - 60), t.start)
    after = _SHIFT_AFTER_ZH.match(text, t.end) if before is None else None
    if before is None and after is None:
        return t
    word, back = (before.group(1), before.group(3).lower() in ("before", "prior to", "earlier than", "avant")) \
        if before else (after.group(2), after.group(1) == "前")
    n = int(word) if word.isdigit() else _DAY_WORDS.get(word.lower())
    if not n:
        return t
    day = dt.date.fromisoformat(t.date_start) + dt.timedelta(days=-n if back else n)
    note = (t.note + "; " if t.note else "") + f"{n} day(s) {'before' if back else 'after'} the date written"
    return replace(t, date_start=day.isoformat(), date_end=day.isoformat(), note=note)
