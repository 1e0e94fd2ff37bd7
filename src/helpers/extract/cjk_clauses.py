"""Chinese clauses: where a headline's clauses part ("以色列釋放1968名囚犯 哈瑪斯移交人質遺體") and the fate written right
after a count ("10死30人傷": 30 injured)."""
from __future__ import annotations

import re

from helpers.extract.binding import _CJK, Binding

#: a space between Chinese words that parts a headline's clauses ("以色列釋放1968名囚犯 哈瑪斯移交人質遺體", "逾100傷 4人被通緝":
#: the 4 are wanted, not hurt), not one
#: between a subject and its fate ("加沙空襲 30名平民 遇難", "23名師生 不幸喪生")
CJK_SPACE = (r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])(?![^\s，。]{0,3}?(?:遇難|遇难|死亡|喪生|丧生|罹難|罹难|身亡|喪命|"
             r"丧命|受傷|受伤|失蹤|失踪|被困|獲救|获救))|(?<=\d[\u4e00-\u9fff])\s+(?=\d)|(?<=\d[\u4e00-\u9fff]{2})\s+(?=\d)")
#: (a count and its fate before the space end a clause; a verb before it, "已拘捕 1,240 名示威者", is spacing between
#: Chinese and digits that Hong Kong and Taiwan pages write)


def fate_right_after(text: str, b: Binding, rows: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The fate (of ``rows``) written right after a Chinese count and its classifier ("30人傷"), else None."""
    pos = b.end + len(b.counted) if b.counted and text.startswith(b.counted, b.end) else b.end
    return next((s for s, rx in rows if (m := rx.match(text, pos)) and m.end() > pos), None) \
        if _CJK.match(text[pos - 1:pos] or "a") else None
