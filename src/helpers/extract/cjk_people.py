"""Chinese people counted without a classifier after a magnitude: "67万联邦雇员" (federal employees), "120万叙利亚难民"
(Syrian refugees), "3万村民" (villagers, not the 村 of villages). The head of the noun compound is a people word of
``data/noun_glosses.csv`` (people: yes); the modifiers before it (a place, an employer) do not change what is counted.
"""
from __future__ import annotations

import re

#: the most modifier characters before the people word ("叙利亚" 3, "巴勒斯坦" 4)
_MODIFIER = 4


def people_compound(text: str, pos: int) -> tuple[str, str, str] | None:
    """``(subject, "count", the people word)`` for the people word heading the Chinese noun compound at ``text[pos]``,
    right after a number with a magnitude (万, 亿) or digits; None when the compound ends in anything else
    ("120万平方米", "5亿人民币") or the number has a classifier of its own."""
    from helpers.extract.glosses import cjk_word, gloss_of, people_word

    if not re.match(r"[\d万萬亿億]", text[pos - 1:pos]) or not re.match(r"[\u3400-\u9fff]", text[pos:pos + 1]):
        return None
    word = cjk_word(text, pos)
    if not word:
        return None
    for j in range(len(word), 1, -1):  # the last people word of the compound, before a verb or a fate at most
        for n in (3, 2):  # ("难民被困", "村民死亡"; not the students of 学生家长, their parents)
            head = word[j - n:j]
            if 0 <= j - n <= _MODIFIER and people_word(head) == head and (j == len(word) or _fate(word[j:])):
                gloss = gloss_of(head, "zh")
                return (gloss, "count", head) if gloss else None  # (the head as written: what befalls it makes a toll)
    return None


def _fate(rest: str) -> bool:
    """Whether a Chinese compound's ``rest`` after its people word is what befell them (死亡, ``data/fates.csv``) or a
    verb (被困), not a thing of theirs (教师岗位: posts; 农民住房: homes)."""
    from helpers.core.lexicon import column_values
    from helpers.extract.binding import _noun_at
    from helpers.extract.glosses import verb_word

    hit = _noun_at(rest)
    return verb_word(rest[:2]) or bool(hit and hit[2] == rest[:len(hit[2])] and
                                       hit[0] in column_values("fates.csv", "subject"))
