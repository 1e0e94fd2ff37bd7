"""Readings the unseen pages of development 114-117 (a port blast, a nightclub fire, a jet crash, a cargo-plane crash)
found missing, each a class: a Chinese hedge before its verb or written the Hong Kong way, a count before 的 and the
place it describes, an altitude named at the start of a long clause or as the height above the ground, a French
pupil, a count of casualties split into its fates, a toll an authority "put at" a figure, and a fire's "occurred at"
that is no earthquake's epicentre. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows

from helpers.compare.may_compare import _from_epicentre
from helpers.extract.scope import claim_scope


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(r["value"], r["subject"], r["qualifier"]) for r in claim_rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("大火至少造成51人死亡。", [(51, "deaths", "at_least")]),
    ("爆炸已造成至少40人受伤。", [(40, "injured", "at_least")]),
    ("事件造成最少9死。", [(9, "deaths", "at_least")]),
    ("约有500人参加。", [(500, "people", "approx")]),
    ("最多导致20人死亡。", [(20, "deaths", "at_most")]),
    ("近日有5人死亡。", [(5, "deaths", "exact")]),  # (近日, lately: no hedge)
    ("工厂邻近有2000名居民撤离。", [(2000, "evacuated", "exact")]),  # (邻近, nearby: no hedge)
])
def test_a_chinese_hedge_bounds_the_number_after_its_verb(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("人口約2.5萬的科查尼位於東部。", [(25_000, "population", "approx")]),
    ("这座人口约3万的小镇。", [(30_000, "population", "approx")]),
    ("确诊病例超过500的国家有12个。", [(12, "countries", "exact")]),  # a threshold, no count of cases
])
def test_a_count_before_de_counts_the_noun_before_it(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, value", [
    ("La dernière altitude connue de l’appareil était de 145 mètres.", 145),
    ("飛機爬升至距離地面53米後急速墜毀。", 53),
    ("The plane climbed to 53 metres above the ground before it fell.", 53),
])
def test_an_altitude_named_early_in_its_clause_or_above_the_ground(text: str, value: float) -> None:
    assert [(r[0], r[1]) for r in _read(text)][0] == (value, "altitude")


def test_a_french_pupil_is_a_student_as_in_chinese() -> None:
    assert [r[1] for r in _read("L'école compte plus de 7 000 élèves.")] == \
        [r[1] for r in _read("学校约有2000名学生。")] == ["students"]


@pytest.mark.parametrize("sentence, figure, scope", [
    ("目前已致182人伤亡,其中死亡18人,受伤164人。", "18", "reported"),  # the dead are all the dead
    ("The blast left 182 casualties, of which 18 dead and 164 injured.", "18", "reported"),
    ("伤者78人，其中5人情况危急。", "5", "part"),  # the critical are some of the injured
    ("The company sold 200 cars, including 50 in China.", "50", "part"),
    ("The blast left 182 casualties, including 18 dead and 7 children.", "7", "part"),  # only the first after the word
    ("Le séisme a fait 300 victimes, dont 40 blessés graves.", "40", "part"),  # a kind of injury
])
def test_the_fates_of_a_split_count_of_casualties_are_whole_counts(sentence: str, figure: str, scope: str) -> None:
    at = sentence.index(figure, sentence.index(figure[0]) + 1 if sentence.count(figure) > 1 else 0)
    assert claim_scope(sentence, at, at + len(figure), "count", frozenset({"count"})) == scope


@pytest.mark.parametrize("text, value", [
    ("However, the health ministry put the death toll at 28, citing double counts.", 28),
    ("Officials put the toll at 31 on Tuesday.", 31),
])
def test_a_toll_put_at_a_figure(text: str, value: float) -> None:
    assert [(r[0], r[1]) for r in _read(text)] == [(value, "deaths")]


@pytest.mark.parametrize("text, expected", [
    ("The toll at 7 camps in the north climbed to 212 on Friday.", [(7, "camps"), (212, "deaths")]),
    ("Drivers pay the toll at 12 booths.", [(12, "booths")]),
])
def test_a_toll_at_a_place_is_no_toll_of_that_number(text: str, expected: list) -> None:
    assert [(r[0], r[1]) for r in _read(text)] == expected


@pytest.mark.parametrize("text, value", [("地震死亡人數 超過300人", 300), ("大火死亡人數升至 約41人", 41)])
def test_a_spaced_hedge_keeps_the_toll_before_it(text: str, value: float) -> None:
    assert [(r[0], r[1]) for r in _read(text)] == [(value, "deaths")]


@pytest.mark.parametrize("quote, epicentre", [
    ("這場大火發生在今年3月16日，地點是首都以東80公里。", False),
    ("地震發生在距離首都80公里處。", True),
    ("The quake struck 27 km from Jalalabad.", True),
])
def test_only_an_earthquake_measures_a_distance_from_its_epicentre(quote: str, epicentre: bool) -> None:
    assert _from_epicentre({"quote": quote}) is epicentre


@pytest.mark.parametrize("text, expected", [
    ("北馬其頓夜總會大火最少59死逾100傷 4人被通緝", [(59, "deaths", "at_least"), (100, "injured", "more_than"),
                                                 (4, "people", "exact")]),  # the 4 are wanted, not hurt
    ("數千人今天聚集首都聲援罹難者家屬。", [(2000, "people", "vague")]),  # the victims' families are not the crowd
    ("加沙空襲 30名平民 遇難", [(30, "deaths", "exact")]),
])
def test_a_fate_of_another_clause_or_another_group_is_not_the_counts(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_spacing_between_chinese_and_digits_parts_no_clause() -> None:
    assert _read("雅加達警方至今已拘捕 1,240 名示威者。") == [(1240, "arrested", "exact")]


@pytest.mark.parametrize("text, figure", [
    ("The aircraft reached an altitude of 175 feet before it came down 3 miles from the airport.", "3"),
    ("Les villages situés en altitude dans la province se trouvent à 40 km de l'épicentre.", "40"),
])
def test_a_distance_after_an_altitude_stays_a_distance(text: str, figure: str) -> None:
    assert [r["subject"] for r in claim_rows(text) if r["text"].startswith(figure)] == ["distance"]


def test_a_converted_altitude_in_brackets_is_an_altitude_too() -> None:
    text = "Tourists were caught at campsites at an elevation of more than 4,900 metres (16,000ft)."
    assert [r["subject"] for r in claim_rows(text)] == ["altitude", "altitude"]


@pytest.mark.parametrize("text, subject", [
    ("該貨機為1架麥道（McDonnell Douglas）公司生產的MD-11型三引擎貨機。", "aircraft"),  # the maker
    ("其中294架為美國聯合包裹服務公司所有。", "aircraft"),  # the owner
    ("3架波音公司的飞机。", "aircraft"),
    ("10名公司员工受伤。", "injured"),  # the employer
    ("5家公司的员工。", "companies"),  # what 家 counts
])
def test_a_company_named_after_a_classifier_is_no_count_of_companies(text: str, subject: str) -> None:
    assert [r[1] for r in _read(text)] == [subject]


@pytest.mark.parametrize("text", ["Le bilan humain est monté de 7 à 13 morts.", "Le bilan s'est alourdi de 7 à 13 morts."])
def test_a_toll_that_rose_from_one_figure_to_another_is_two_figures(text: str) -> None:
    assert [(r[0], r[1], r[2]) for r in _read(text)] == [(7, "deaths", "exact"), (13, "deaths", "exact")]


@pytest.mark.parametrize("text", ["孟加拉軍機墜毀校園 最少19死過百人傷", "事故造成19死逾百人傷。"])
def test_a_hedged_chinese_hundred_after_a_toll_counts_its_own_fate(text: str) -> None:
    assert [r[1] for r in _read(text)] == ["deaths", "injured"]


@pytest.mark.parametrize("sentence, figure, scope", [
    ("Meanwhile, five of the injured are currently in critical condition.", "five", "part"),
    ("At least 165 people were injured, with 69 of them still in hospital.", "69", "part"),
    ("At least 165 people were injured, with 69 of them still in hospital.", "165", "reported"),
    ("The death of 51 people shocked the town.", "51", "reported"),
])
def test_some_of_a_group_named_after_the_number_are_a_part(sentence: str, figure: str, scope: str) -> None:
    at = sentence.index(figure)
    assert claim_scope(sentence, at, at + len(figure), "count") == scope
