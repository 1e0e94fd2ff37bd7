"""Explicit calendar dates in text, with the precision the text gives (never more).

This is the small core the cleaner uses for datelines and that the timeline builds on.
Every match keeps its character span; nothing here looks at today's date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    MONTHS[calendar.month_name[_i].lower()] = _i
    MONTHS[calendar.month_abbr[_i].lower()] = _i
MONTHS["sept"] = 9
#: French month names and their usual abbreviations (with and without accents)
FRENCH_MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
}
MONTHS.update({k: v for k, v in FRENCH_MONTHS.items() if k not in MONTHS})

#: a word start, or a capital glued onto a lower-case letter ("RovellaJuly 31, 2025")
WORD_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))"
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:,?\s+(?:(?:at|à)\s+)?(?P<hh>\d{1,2}):(?P<mm>\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:\s+(?P<tz>UTC|GMT|[A-Z]{2,4}))?)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[ T](?P<hh>\d{1,2}):(?P<mm>\d{2}))?(?![\d-])")),
    ("day", re.compile(WORD_START + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b" + _TIME, re.I)),
    ("day", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")),
    # year first with slashes or dots (2025/08/28, 2025.08.25 18:06): unambiguous, common on Chinese sites
    ("day", re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d{2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                       r"(?:\s+(?P<hh>\d{1,2}):(?P<mm>\d{2}))?(?![\d./-])")),
    ("day", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er)?\s+" + _MON + r",?\s+(?P<y>\d{4})\b" + _TIME, re.I)),
    ("day", re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")),
    ("dmy", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?![\d/.])")),
    ("month", re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月")),
    ("month", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})(?![\d-])")),
    ("month", re.compile(WORD_START + _MON + r",?\s+(?P<y>\d{4})\b", re.I)),
]


_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class DateMatch:
    """A date found in text: span, the text, ISO start/end dates and precision."""

    start: int
    end: int
    text: str
    date_start: str
    date_end: str
    precision: str  # day | month | year
    time: str = ""


def _month_end(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


#: the years a date of a news page may have (in its text, its markup or its manifest row);
#: a year outside is a typo or a placeholder (0001-01-01, 9999-12-31), never drawn on an axis
YEARS = (1900, 2100)


def find_dates(text: str) -> list[DateMatch]:
    """All explicit dates in ``text``, longest match first at each position, no overlaps.

    >>> [d.date_start for d in find_dates("By X July 31, 2025 at 9:14 PM UTC")]
    ['2025-07-31']
    """
    if not _YEAR.search(text):  # every pattern holds a four-digit year
        return []
    found: list[DateMatch] = []
    taken = [False] * (len(text) + 1)
    for precision, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            g = m.groupdict()
            try:
                y = int(g["y"])
                if precision == "dmy":  # 14/04/2025 or 04/14/2025; 04/05/2025 is ambiguous: skipped
                    a, b = int(g["a"]), int(g["b"])
                    if (a > 12) == (b > 12):
                        continue
                    g = {**g, "d": max(a, b), "m": min(a, b)}
                mon = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
                if precision in ("day", "dmy"):
                    d0 = dt.date(y, mon, int(g["d"]))
                    d1 = d0
                else:
                    d0 = dt.date(y, mon, 1)
                    d1 = dt.date(y, mon, _month_end(y, mon))
            except (ValueError, KeyError):
                continue
            if not YEARS[0] <= y <= YEARS[1]:
                continue
            time = ""
            if g.get("hh"):
                hh = int(g["hh"]) % 12 + (12 if (g.get("ampm") or "").lower().startswith("p") else 0) \
                    if g.get("ampm") else int(g["hh"])
                time = f"{hh:02d}:{g['mm']}" + (f" {g['tz']}" if g.get("tz") else "")
            found.append(DateMatch(m.start(), m.end(), m.group(0), d0.isoformat(), d1.isoformat(),
                                   "day" if precision == "dmy" else precision, time))
            for i in range(m.start(), m.end()):
                taken[i] = True
    return sorted(found, key=lambda d: d.start)


def parse_date(value: str) -> tuple[str, str]:
    """Parse a manifest date (``2025``, ``2025-07`` or ``2025-07-31``) -> ``(iso, precision)``.

    Raises ``ValueError`` naming the value if it is none of these, or if its year is outside
    :data:`YEARS`.
    """
    value = value.strip()
    for fmt, precision in (("%Y-%m-%d", "day"), ("%Y-%m", "month"), ("%Y", "year")):
        try:
            d = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if not YEARS[0] <= d.year <= YEARS[1]:
            raise ValueError(f"date {value!r} is outside the years {YEARS[0]}-{YEARS[1]} a news page can have")
        return d.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]], precision
    raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def date_bounds(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` may be ("2025-07": 1 to 31 July);
    None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        iso, precision = parse_date(value)
    except ValueError:
        return None
    y = int(iso[:4])
    if precision == "day":
        return dt.date.fromisoformat(iso), dt.date.fromisoformat(iso)
    if precision == "month":
        m = int(iso[5:7])
        return dt.date(y, m, 1), dt.date(y, m, _month_end(y, m))
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


@lru_cache(maxsize=1)
def dated_year() -> re.Pattern[str]:
    """A year written as part of a date: after a month's name, with or without a day ("mars 2024", "March 12, 2024",
    "12 mars 2024"), or in a numeric date ("12/03/2024")."""
    months = "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![A-Za-zÀ-ÿ])(?:{months})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th|er)?,?\s+)?((?:19|20)\d{{2}})(?!\d)"
                      r"|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})(?!\d)")
