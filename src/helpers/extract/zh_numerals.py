"""Chinese numerals in running text: 三十五, 两千, 二十几 and ranges (四五天 4-5, 一二十名 10-20, 三到五年 3-5), with their
hedges (多, 余, 左右); a lone numeral counts only before a classifier or a counted noun (兩名, 三人死亡), a lone 一 only
after "only" (仅一名). Called by :func:`helpers.extract.quantities.find_quantities`."""
from __future__ import annotations

import re

from helpers.extract.hedging import _hedge_before
from helpers.extract.number_context import zh_reference, zh_round_hedge
from helpers.extract.quantities import _ZH_NUM, _qualify, _unit_prefix, value_range, zh_value

#: the second numeral of a Chinese range ("三到五年", "两至三个月")
_ZH_RANGE_TAIL = re.compile(r"\s*(?:到|至|~|～)\s*(" + _ZH_NUM.pattern + ")")
#: a Chinese magnitude character ending a numeral
_MAGS = re.compile(r"[万萬亿億] ")
_ZH_SUFFIX = re.compile(r"多|余|餘|以上|左右|(?<=十)[几幾](?![万萬亿億千百])|(?<=[十百千万萬])[来來](?![到自了过過说說看临臨源往回华華港台京沪滬澳美中日韩韓欧歐])")
# (after a Chinese numeral: a hedge, ten-odd (十几), or 来 after a round numeral, about so many: 五百来颗, 十来天)
_ZH_SOLE = re.compile(r"(?:(?<!不)(?:仅|僅|只)|只有|仅有|僅有)$")  # before a lone 一, a count (仅一名); not 不只, 不仅
#: a fate right after 人 ("三人死亡", "一人生还"): people counted, not "the three" referred back to
_ZH_FATE = re.compile(r"(?:死亡|遇难|遇難|罹难|罹難|丧生|喪生|身亡|受伤|受傷|失踪|失蹤|失联|失聯|幸存|生还|生還|获救|獲救|被捕)")


def _sole(t: str, m: re.Match[str]) -> bool:
    """A lone 一 after "only" ("仅一名乘客幸存"), a lone 千 or 百 after "nearly" ("近百人死亡"), a lone 百 or 千 before 余
    or 多 and a classifier ("百餘人受傷", "千余人"): a count (a lone 万 is not reached here: "万余人" stays unread)."""
    if m.group(0) == "一":
        return bool(_ZH_SOLE.search(t, max(0, m.start() - 3), m.start())) and t[m.end():m.end() + 1] in "名人位"
    if m.group(0) in "千百万萬" and t[m.end():m.end() + 1] in ("余", "餘", "多") and _counts_next(t, m.end() + 1):
        return True  # "百餘人受傷", "千余名": more than a hundred, a thousand
    hedge = re.search(r"(?:近|将近|將近)$", t[max(0, m.start() - 2):m.start()])
    return m.group(0) in "千百" and bool(hedge) and zh_round_hedge(t, m.start() - len(hedge.group(0)), m.end())


def _counts_next(t: str, end: int) -> bool:
    """A lone Chinese numeral counts when a classifier or a counted noun follows it (兩名, 兩中國公民)."""
    from helpers.extract.binding import _noun_at, measure_words, units

    if re.search(r"[这這该該此其]$", t[max(0, end - 2):end - 1]):
        return False  # 這兩名 "these two": a reference back
    from helpers.extract.glosses import numeral_in_name

    if numeral_in_name(t, end - 1):
        return False  # 三重縣: Mie prefecture, not three counties
    if t[end:end + 1] == "人" and _ZH_FATE.match(t, end + 1):
        return True  # "三人死亡", "仅一人生还": people counted by their fate
    if t[end:end + 1] in ("人", "股"):
        return False  # 這兩名 "these two", 兩人 "the two": a reference back; 两股力量 "two forces", not shares
    if t[end:end + 1] in measure_words() or t[end:end + 1] in "多余餘来來" and (
            t[end + 1:end + 2] in measure_words() or units()[0].match(t, end + 1)):
        return True  # (十多个国家: more than ten countries; 十餘年: more than ten years; 十来天, about ten days)
    return bool(units()[0].match(t, end)) or any(_noun_at(t[i:]) for i in range(end, min(end + 3, len(t))))


def zh_numerals(t: str, taken: list, add) -> None:
    """Each Chinese numeral of ``t`` not ``taken``, read with ``add``: ranges (三到五年, 四五天), hedges (多, 余, 左右) and
    ten-odd (十几); not a lone 一 (an article), a lone 零 (零件) or a lone numeral before no classifier."""
    for m in _ZH_NUM.finditer(t):
        if t[m.start() - 1:m.start()] == "唯" and m.group(0).startswith("一"):
            continue  # 唯一一人 is "the only one", not 11
        rng = _ZH_RANGE_TAIL.match(t, m.end())
        if rng and not taken[m.start()] and _MAGS.search(m.group(0)[-1:] + " ") is None \
                and _MAGS.search(rng.group(1)[-1:] + " ") is None and zh_value(m.group(0)) < zh_value(rng.group(1)):
            a, b = zh_value(m.group(0)), zh_value(rng.group(1))  # 三到五年 3-5, 两至三个月 2-3 (not 三到五万: 30,000?)
            add(_hedge_before(t, m.start())[1], rng.end(), (a + b) / 2, a, b, "range", None, "digits")
            continue
        if taken[m.start()] or m.group(0) in ("一", "千", "百", "万", "萬", "亿", "億", "零", "〇") and not _sole(t, m) or \
                _unit_prefix(t, m.start(), m.end()) or \
                len(m.group(0)) == 1 and not _sole(t, m) and (not _counts_next(t, m.end()) or zh_reference(t, m.start())):
            continue  # a lone 一 is an article, a lone 零 a word's first character (零件, parts); a lone numeral
            # counts only before a classifier
        v = zh_value(m.group(0))
        e = m.end()
        suffix = _ZH_SUFFIX.match(t, e)
        hedge, hs = _hedge_before(t, m.start())
        q = _qualify(hedge, suffix.group(0) if suffix else None)
        lo, hi = value_range(v, q)
        v, lo, hi, q = _adjacent_numerals(m.group(0) + (suffix.group(0) if suffix else "")) or (v, lo, hi, q)
        add(hs, suffix.end() if suffix else e, v, lo, hi, q, None, "digits")

def _adjacent_numerals(s: str) -> tuple[float, float, float, str] | None:
    """Neighbouring Chinese numerals are a range (四五天 4-5, 一两天, 三五天 3-5), not 45, and with a magnitude after them
    too (一二十名 10-20, 七八百 700-800); 十几人 is 11-19, 二十几 21-29."""
    digits, n = "一二三四五六七八九", s.replace("两", "二").replace("兩", "二")
    if n[-2:] in ("十几", "十幾"):
        return zh_value(n[:-1]) + 1, zh_value(n[:-1]) + 1, zh_value(n[:-1]) + 9, "vague"
    if len(n) == 2 and n[0] in digits and (digits.find(n[0]) + 1 == digits.find(n[1]) or n == "三五"):
        return zh_value(n[0]), zh_value(n[0]), zh_value(n[1]), "range"
    if len(n) == 3 and n[2] in "十百千万萬" and n[0] in digits and digits.find(n[0]) + 1 == digits.find(n[1]):
        mag = zh_value("一" + n[2])  # 一二十 10-20, 三四十 30-40, 七八百 700-800, 两三千 2,000-3,000
        return zh_value(n[0]) * mag, zh_value(n[0]) * mag, zh_value(n[1]) * mag, "range"
    return None

