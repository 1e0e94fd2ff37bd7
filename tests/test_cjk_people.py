"""Chinese people counted after 万 or 亿 with no classifier, a modifier before their word ("67万联邦雇员", "120万叙利亚
难民"), are read as those people; what befalls them still makes a toll. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows

from helpers.extract.cjk_people import people_compound


@pytest.mark.parametrize("text, subject, value", [
    ("据报道，约有67万联邦雇员被迫休假。", "employees", 670_000),
    ("土耳其境内有120万叙利亚难民。", "refugees", 1_200_000),
    ("土耳其境內有120萬敘利亞難民。", "refugees", 1_200_000),
    ("约有3万村民。", "villagers", 30_000),  # not the 村 of villages
    ("全国有2万选民登记。", "voters", 20_000),
    ("有120万学生家长。", "parents", 1_200_000),  # the parents of students, not students
])
def test_people_after_a_magnitude_are_counted_whatever_modifies_them(text: str, subject: str, value: int) -> None:
    rows = claim_rows(text, "zh")
    assert [(r["subject"], r["value"]) for r in rows] == [(subject, value)]


@pytest.mark.parametrize("text, subject", [
    ("有2万难民撤离。", "evacuated"),
    ("已有3万村民死亡。", "deaths"),
    ("约有1万难民被困。", "trapped"),
])
def test_what_befalls_the_people_still_makes_the_count_a_toll(text: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(text, "zh")] == [subject]


@pytest.mark.parametrize("text", ["共有120万平方米。", "投资5亿人民币。", "新增3万教师岗位。", "政府新建3万农民住房。"])
def test_no_people_word_heads_these_compounds(text: str) -> None:
    at = next(i for i, c in enumerate(text) if c in "万亿") + 1
    assert people_compound(text, at) is None  # (a unit, money, or a thing of theirs: posts, homes)


@pytest.mark.parametrize("text, subject", [("新增3万教师岗位。", "jobs"), ("政府新建3万农民住房。", "households")])
def test_a_thing_of_the_people_is_counted_not_the_people(text: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(text, "zh")] == [subject]
