"""Years that are part of a name, not a date: a law's ("the Tamil Nadu Public Property (Prevention of Damage and Loss)
Act, 1992", "the Companies Act of 2013", "la loi de 1905", "《1992年公共财产法》"). A timeline that plotted them would
date an event to the year a law was passed; development 120's unseen pages had "1992" as an event of a stampede."""
from __future__ import annotations

import re

#: a law's word right before a year ("Act, 1992", "Companies Act 2006", "Code of 1860", "loi de 1905", "loi du 9 décembre
#: 1905"); not a decree's year, which dates what was decreed, nor "Code 2024", an event's name
_LAW_BEFORE = re.compile(r"(?:\b(?:Act|Acts)\s*(?:,|of)?\s*|\b(?:Code|Ordinance|Statute)\s*(?:,|of)\s*|\b(?:loi|code)"
                         r"\s+(?:de|du|n°\s*[\d-]+\s+du)\s+(?:\d{1,2}(?:er)?\s+\w+\s+)?)$")
#: a Chinese law's name in title marks, the year its first word (《1992年公共财产法》): the year it was enacted (not
#: 2024年法国大选: a bare 法 is France, a method, a court)
_LAW_AFTER_ZH = re.compile(r"年?[^\W\d_》]{0,12}?(?:法|条例|條例|法案)》")


def law_year(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` of ``text`` is part of a law's name."""
    return bool(_LAW_BEFORE.search(text, max(0, start - 40), start) or text[start - 1:start] == "《" and
                _LAW_AFTER_ZH.match(text, end))
