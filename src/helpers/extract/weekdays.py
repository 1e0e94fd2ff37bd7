"""Days named by their weekday ("on Tuesday", "mardi soir", "周二", "星期二") and days written as numbers ("on 31/8"),
found for the timeline and anchored on the publication date as news means them: a weekday is the latest such day on
or before publication ("Tuesday" in a paper of Friday 5 September is 2 September), the next one for "next Tuesday",
"mardi prochain", "下周二". A numeric day and month is read only when it cannot be the other way round (31/8, 8/31)
and stands after a preposition (on, le, du, since): "2/9" is 2 September in Paris and 9 February in New York, and
"3/4" may be a fraction.
"""
from __future__ import annotations

import datetime as dt
import re

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from helpers.extract.temporal import Temporal

_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ZH = "一二三四五六日"
#: a weekday in English or French (not a named day: Super Tuesday, Black Friday, Vendredi saint), or in Chinese (not
#: 每周二, every Tuesday)
_WEEKDAY = re.compile(r"\b(?P<next>(?i:next)\s+)?(?P<w>(?i:" + "|".join(_EN + _FR) + r"))\b(?!\s+(?i:saint))"
                      r"(?P<next2>\s+prochain)?")
_WEEKDAY_ZH = re.compile(r"(?<![每逐一二两兩三四五六七八九十\d])(?P<zhnext>下个?|下個?)?(?:周|週|星期|礼拜|禮拜)(?P<z>[一二三四五六日天])")
_ZH_WEEK = re.compile(r"[周週期拜]")
#: a capitalised word before a weekday that makes it a name (Super Tuesday, Black Friday, Good Friday), unless it is
#: one of these words that open a sentence or a date
_BEFORE_OK = frozenset("on last this by since until early late from before after le ce dès depuis jusqu'à "
                       "jusqu’à et and or ou".split())

#: a date right after a weekday ("（4日）", ", September 2", " 2 septembre")
_DATE_NEXT = re.compile(r"(?i)\s*[,，(（]?\s*(?:\d{1,2}\s*[日号號]|\d{1,2}(?:st|nd|rd|th|er)?\s+(?:jan|feb|mar|apr|may|jun|jul|"
                        r"aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                        r"oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)")
#: a day and a month written as numbers after a preposition, with no year ("on 31/8", "le 31/08")
_NUMERIC = re.compile(r"(?i)\b(?:on|since|from|until|by|le|du|au|depuis|dès|jusqu['’]au)\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                      r"(?![/\d])")


def find_weekdays(text: str, add: Callable[[Temporal], None]) -> None:
    """``add`` every weekday and unambiguous numeric day of ``text``, unresolved (``rule`` says how to anchor it); not a
    weekday its date follows ("本周三（4日）", "Tuesday, September 2": the date says it)."""
    from helpers.extract.temporal import Temporal

    out = []
    zh = _WEEKDAY_ZH.finditer(text) if _ZH_WEEK.search(text) else ()
    for m in sorted((*_WEEKDAY.finditer(text), *zh), key=lambda m: m.start()):
        word = re.search(r"(\S+)\s+$", text[max(0, m.start() - 20):m.start()])
        latin = "w" in m.re.groupindex
        if latin and word and word.group(1)[:1].isupper() and word.group(1).lower() not in _BEFORE_OK \
                or _DATE_NEXT.match(text, m.end()):
            continue  # (a named day: Super Tuesday, Black Friday)
        if latin:
            w = m.group("w").lower()
            day = _EN.index(w) if w in _EN else _FR.index(w)
            ahead = bool(m.group("next") or m.group("next2"))
        else:
            day, ahead = _ZH.index(m.group("z")) if m.group("z") in _ZH else 6, bool(m.group("zhnext"))
        start = m.start("w") if latin and not m.group("next") else m.start()
        out.append(Temporal(start, m.end(), text[start:m.end()], None, None, "day", "relative",
                            rule=("weekday_next" if ahead else "weekday", day)))
    for m in _NUMERIC.finditer(text) if "/" in text else ():
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (0, 0)
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(Temporal(m.start("a"), m.end(), m.group(0)[m.start("a") - m.start():], None, None, "day",
                                "relative", rule=("month_day", month * 100 + day)))
    for t in out:
        add(t)


def weekday_date(published: str, day: int, ahead: bool) -> str:
    """The ISO date of weekday ``day`` (0 Monday) on or before the ISO day ``published`` (after it when ``ahead``)."""
    pub = dt.date.fromisoformat(published[:10])
    delta = (day - pub.weekday()) % 7 or 7 if ahead else -((pub.weekday() - day) % 7)
    return (pub + dt.timedelta(days=delta)).isoformat()


def weekdays_named(text: str) -> frozenset[int]:
    """The weekdays ``text`` names (0 Monday), as :func:`find_weekdays` reads them: "on Monday", "lundi", "周一"."""
    found: list = []
    find_weekdays(text, found.append)
    return frozenset(t.rule[1] for t in found if t.rule[0] in ("weekday", "weekday_next"))
