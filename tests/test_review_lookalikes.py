"""Look-alikes a review of this round's classes found, each a sentence a real page could hold, written for this
file: French numerals that are English words, feet and inches that are no length, sizes of screens and wafers,
percentages that do not share the move before them, sold securities, a past prediction, a one-line paragraph, a
county before the number, a children's product, a count done within a window."""
from __future__ import annotations

import pytest

import helpers
from corpus_tools import claim_rows


def _subjects(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(r["text"], r["subject"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("sentence, expected", [
    ("Police seize a record 3 tonnes of cocaine in Rotterdam.", [("3 tonnes", "weight of cocaine")]),
    ("Customs officers moved to seize goods worth $3 million.", [("$3 million", "value")]),
    ("Seize the day with 3 apples.", [("3", "apples")]),
])
def test_english_words_that_are_french_numerals_are_no_numbers(sentence: str, expected: list) -> None:
    assert _subjects(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Le onze a marqué 3 buts.", [("3", 3.0)]),  # the team's eleven is no number: no KeyError on the word after "a"
    ("Louis Quatorze fit construire 3 châteaux.", [("3", 3.0)]),
    ("Il en reste soixante-dix a Paris.", []),
])
def test_french_words_never_crash_the_reader(sentence: str, expected: list, tmp_path) -> None:
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    claims = helpers.extract_claims(helpers.load_corpus(tmp_path))
    assert list(zip(claims["text"], claims["value"])) == expected


def test_six_cents_in_english_is_money() -> None:
    [row] = [r for r in claim_rows("The stock rose six cents to $12.") if r["text"].startswith("six")]
    assert (row["dimension"], row["currency"], round(row["value"], 2)) == ("money", "USD", 0.06)


@pytest.mark.parametrize("sentence, text, value", [
    ("deux mille trois cents morts ont été recensés.", "deux mille trois cents", 2300),
    ("Mille huit cents personnes sont mortes.", "Mille huit cents", 1800),
])
def test_french_thousands_and_hundreds_are_one_number(sentence: str, text: str, value: float) -> None:
    assert [(r["text"], r["value"]) for r in claim_rows(sentence, "fr")] == [(text, value)]


@pytest.mark.parametrize("sentence", [
    "The army sent 4,000 foot soldiers to the border.", "Le vignoble a perdu 10 000 pieds de vigne dans la grêle.",
    "A 2020 FT investigation found 300 cases.", "He has one foot in the door.", "Six Feet Under won 9 Emmys.",
    "Elle a vendu 2 millions de paires de pieds nus.", "三尺之冰，非一日之寒。",
])
def test_feet_that_are_no_length(sentence: str) -> None:
    assert "length" not in [s for _, s in _subjects(sentence)]


@pytest.mark.parametrize("sentence", [
    "The plant makes 8 inch and 12 inch wafers.", "中芯国际的8吋、12吋晶圆产能。", "他买了一台55英寸的电视。",
    "The iPhone 16's display measures 6.1 inches.", "The new MacBook Pro comes in 14 inch and 16 inch models.",
    "Le nouvel iPad a un écran de 11 pouces.",
])
def test_sizes_of_screens_and_wafers_are_no_lengths(sentence: str) -> None:
    assert _subjects(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The tax rose 5%, to 20%.", ["rise", "percent"]),  # the level reached
    ("Inflation rose 3%, above the central bank's 2% target.", ["rise", "percent"]),  # a percentage with its noun
    ("Turnout fell 5%, the Greens won 12%, Labour 30%.", ["fall", "percent", "percent"]),  # a verb of its own
    ("The party lost 4%, with the Greens on 12%.", ["fall", "percent"]),  # a level
])
def test_percentages_that_do_not_share_the_move_before_them(sentence: str, expected: list) -> None:
    assert [s for _, s in _subjects(sentence)] == expected


@pytest.mark.parametrize("sentence, subject", [
    ("Au moins 40 % des bâtiments se sont effondrés.", "percent"),
    ("The airline has been in the red for years, and 60% of its fleet is grounded.", "percent"),
    ("Les comptes sont dans le rouge, avec un taux d'endettement de 120 %.", "percent"),
    ("L'indice a terminé dans le rouge avec 1,5 %.", "fall"),
    ("Nvidia s’est effondré de 17 %.", "fall"),
])
def test_words_of_a_fall_only_where_they_move_the_number(sentence: str, subject: str) -> None:
    assert [s for _, s in _subjects(sentence)] == [subject]


@pytest.mark.parametrize("sentence", [
    "The Treasury sold $50 billion of 10-year notes on Wednesday.", "Musk sold $7 billion of Tesla stock in August.",
])
def test_securities_sold_are_no_sales_revenue(sentence: str) -> None:
    assert "revenue" not in [s for _, s in _subjects(sentence)]


def test_a_past_prediction_is_no_forecast() -> None:
    assert [r["is_forecast"] for r in claim_rows("As predicted, sales rose 5% in March.")] == [False]


def test_a_short_paragraph_is_no_heading(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Acme reported revenue of $2 billion for the year, its filing showed.\n\n"
                                    "Prosecutors are seeking $2 billion.\n", encoding="utf-8")
    claims = helpers.extract_claims(helpers.load_corpus(tmp_path))
    assert list(claims["subject"]) == ["revenue", "money"]


@pytest.mark.parametrize("sentence, expected", [
    ("全县共有12个乡镇。", [("12", "villages")]),  # the county stands before the number: townships are counted
    ("赛事门票销售已突破900万张大关。", [("突破900万", "tickets")]),  # a milestone (大关) after the classifier is no noun
    ("The company makes 5 million children's shoes a year.", []),
    ("公司在3年内完成了5次收购。", [("3年", "duration")]),  # acquisitions made within a window: no work's time
])
def test_counties_children_and_works_look_alikes(sentence: str, expected: list) -> None:
    assert [(t, s) for t, s in _subjects(sentence)] == expected


def test_a_county_that_names_an_organisation_is_no_place() -> None:
    from helpers.compare.comparable import located_names

    assert located_names("The Orange County Register reported 5 deaths.") == frozenset()
    assert located_names("The dead in Kerr County numbered 5.") == frozenset({"kerr", "county"})
