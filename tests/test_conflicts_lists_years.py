"""Conflicts that need the sentence around a number (sentences of our own): a "respectively" list maps its
items onto the years or quarters named before it; a year the number's own clause names is its year; an
undated figure on a page two or more years newer is not that year's; a sentence's subject is the company it
names first; a growth rate of all cars is not one of battery-electric cars."""
from __future__ import annotations

import helpers
import pandas as pd
import pytest

from corpus_tools import load_pages, numeric
from helpers.compare.owners import respective_slot


def _table(tmp_path, pages: dict[str, str], published: dict[str, str] | None = None,
           expect: tuple[str, ...] = ("vehicles",)) -> pd.DataFrame:
    """The non-wording conflicts of ``pages``, after checking the claims they compare were read at all."""
    docs, claims = load_pages(tmp_path, pages)
    if published:
        docs["published"] = docs["doc_id"].map(published).fillna(docs["published"])
    assert set(expect) <= set(claims["subject"]), claims[["text", "subject"]]
    return numeric(helpers.find_conflicts(claims, docs))


@pytest.mark.parametrize("quote,text,slot", [
    ("特斯拉 2024 年和 2023 年的总交付量分别是 178 万辆和 180 万辆。", "180 万", ("year", "2023")),
    ("特斯拉 2024 年和 2023 年的总交付量分别是 178 万辆和 180 万辆。", "178 万", ("year", "2024")),
    ("1至4季度销量分别为650811辆、606993辆、582552辆和418227辆,而特斯拉同期销量为416388辆、384122辆、497099辆和336681辆。",
     "336681", ("period", "Q4")),
    ("1至4季度销量分别为650811辆、606993辆、582552辆和418227辆。", "606993", ("period", "Q2")),
    ("公司2025年销量为225万辆。", "225万", None),
])
def test_a_respectively_list_gives_each_item_its_year_or_quarter(quote, text, slot):
    assert respective_slot({"quote": quote, "text": text}) == slot


def test_a_list_item_for_another_year_is_not_compared_with_this_year_s_figure(tmp_path):
    got = _table(tmp_path, {
        "a": "特斯拉 2025 年总交付量约 178.9 万辆。\n",
        "b": "特斯拉 2024 年和 2023 年的总交付量分别是 178 万辆和 180 万辆。\n",
    })
    assert got.empty


def test_a_year_named_in_the_number_s_clause_is_its_year(tmp_path):
    got = _table(tmp_path, {
        "a": "Tesla sold 1.64 million vehicles in 2025.\n",
        "b": "Tesla a vendu 1,64 million de véhicules en 2025, contre 1,79 million de véhicules en 2024.\n",
        "c": "Tesla a livré 1,71 million de véhicules en 2025.\n",
    })
    pairs = {frozenset((x, y)) for x, y in zip(got["doc_a"], got["doc_b"])}
    assert frozenset("ac") in pairs or frozenset("bc") in pairs   # 1.64 vs 1.71 million, both 2025
    assert all("1.79" not in str(v) and "1,790,000" not in str(v) for v in got["value_a"].tolist() + got["value_b"].tolist())


def test_an_undated_figure_on_a_newer_page_is_not_an_old_year_s(tmp_path):
    got = _table(tmp_path, {
        "a": "Tesla reported global sales of 1.64 million vehicles.\n",
        "b": "Tesla delivered 1.81 million vehicles in 2023.\n",
    }, published={"a": "2026-01-03", "b": "2024-01-05"})
    assert got.empty


def test_a_sentence_s_subject_is_the_company_it_names_first(tmp_path):
    got = _table(tmp_path, {
        "a": "2025年,比亚迪凭借纯电动车型的强劲表现,全年销量达225.7万辆,首次超越特斯拉。\n",
        "b": "从全年成绩来看,特斯拉 2025 年总交付量约 164 万辆。\n",
    })
    assert got.empty


def test_growth_of_all_cars_and_of_battery_electric_cars_are_two_rates(tmp_path):
    got = _table(tmp_path, {
        "a": "比亞迪2025年全年累計銷量4,602,436輛，同比增長7.73%。其中純電車型全年累計2,256,714輛，同比大增27.86%。\n",
    }, expect=("vehicles", "rise"))
    assert got.empty


def test_a_lead_and_an_expectation_are_not_the_reported_count(tmp_path):
    got = _table(tmp_path, {
        "a": "Tesla delivered 418,227 vehicles in the fourth quarter.\n",
        "b": "Analysts had expected Tesla to deliver about 440,000 vehicles in the fourth quarter.\n",
        "c": "BYD a désormais une avance de 400 000 véhicules sur Tesla au quatrième trimestre.\n",
    })
    assert got.empty


def test_a_possessive_names_whose_figure_it_is_and_the_leading_maker_is_no_lead(tmp_path):
    from helpers.compare.owners import _possessor

    assert _possessor("首次超越特斯拉的163.6万辆", "163.6万") == {"tesla"}
    assert _possessor("也凭借3.23万亿美元市值位列英伟达之前", "3.23万亿") == frozenset()
    got = _table(tmp_path, {
        "a": "全球领先的电动车制造商比亚迪2025年纯电动车销量为225万辆。\n",
        "b": "比亚迪2025年纯电动车销量为235万辆。\n",
    })
    assert len(got) == 1  # 领先的 ("leading") is no lead of 2.25 million over anyone


def test_speeds_and_depths_are_not_distances(tmp_path):
    got = _table(tmp_path, {
        "a": "The quake struck at a depth of 10 km, about 10 miles from Mandalay.\n",
        "b": "Trains from Mandalay run at 120 km/h, and the epicentre was 17 km from Mandalay.\n",
    }, expect=("depth", "distance", "speed"))
    assert not set(got["subject"]) & {"depth", "speed"}
