"""Percentages that share a listed verb, amounts sold, participles after an amount, lengths a work took, spans
named as nouns, soft-wrapped lines and headings that repeat a figure: sentences written for these tests."""
from __future__ import annotations

import pytest

import helpers
from corpus_tools import claim_rows
from helpers.extract.sentences import sentence_spans


def _subjects(text: str) -> list[tuple[str, str]]:
    """(number as written, subject of its claim row) of each claim of ``text``."""
    return [(r["text"], r["subject"]) for r in claim_rows(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("The Dow fell 2.3 percent, the Nasdaq 3.6 percent and the FTSE 1.1 percent.",
     ["fall", "fall", "fall"]),
    ("L'indice CAC 40 a terminé dans le rouge avec 1,5 %, l'indice DAX avec 3 %.", ["fall", "fall"]),
    ("Les ventes ont progressé de 12 %, les bénéfices de 8 %.", ["rise", "rise"]),
    ("销售额下降12%，利润8%。", ["fall", "fall"]),
    ("Le titre s’est effondré de 17 % en clôture.", ["fall"]),
])
def test_a_listed_percentage_shares_the_move_before_it(sentence: str, expected: list[str]) -> None:
    assert [s for _, s in _subjects(sentence)] == expected


@pytest.mark.parametrize("sentence, second", [
    ("Sales fell 12%, 40% of which came from abroad.", "percent"),  # a share of the first, no move
    ("Shares fell 3%, giving it a 40% lead.", "percent"),  # a clause with its own verb
    ("Sales fell 12% in 2024. Margins were 8%.", "margin"),  # another sentence
    ("Nvidia fell 17% and Apple gained 3%.", "rise"),  # its own verb
    ("销售额下降12%，占比8%。", "share"),  # its own word
])
def test_a_percentage_with_its_own_clause_keeps_its_own_word(sentence: str, second: str) -> None:
    assert _subjects(sentence)[1][1] == second


@pytest.mark.parametrize("sentence, subject", [
    ("A broker sold nearly $400 million in chips since May.", "revenue"),
    ("One firm sold $400 million worth of banned chips.", "revenue"),
    ("They bought $1 billion of Nvidia chips.", "purchases"),
    ("It holds $1 billion of chips in stock.", "value"),  # what goods are worth, nothing sold
    ("该公司售出约5亿美元芯片。", "revenue"),
    ("Il a vendu pour 3 millions d'euros de puces.", "revenue"),
    ("une somme dérisoire comparée aux milliards investis par les géants américains", "investment"),
])
def test_money_sold_or_invested(sentence: str, subject: str) -> None:
    assert _subjects(sentence)[0][1] == subject


@pytest.mark.parametrize("sentence, subject", [
    ("SoftBank 計畫18個月完成。", "time to complete"),
    ("项目五年内建成。", "time to complete"),
    ("The cathedral was rebuilt in just five years.", "time to complete"),
    ("La cathédrale a été reconstruite en cinq ans.", "time to complete"),
    ("Chips came in during the three-month span after the ban.", "period"),
    ("A 90-day window opened for talks.", "period"),
    ("The 12-day war ended.", "duration"),  # a compound before an event noun times the event
    ("Fire crews arrived in 20 minutes.", "duration"),  # no work finished
])
def test_lengths_a_work_took_and_spans(sentence: str, subject: str) -> None:
    assert _subjects(sentence)[0][1] == subject


def test_a_soft_wrapped_line_is_one_sentence() -> None:
    text = "In New York the index fell\nby 2.3 percent on Monday.\nMarkets\nReuters"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "In New York the index fell\nby 2.3 percent on Monday.", "Markets", "Reuters"]
    assert _subjects(text)[0][1] == "fall"


def test_a_line_starting_with_a_capital_still_ends_a_sentence() -> None:
    text = "Breaking news\nThe index fell 2%."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Breaking news", "The index fell 2%."]


def test_a_heading_repeating_a_figure_takes_its_subject(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Why $500B\n\nThe partners will invest $500B in the project over four years. "
                                    "Later the partners said the plan was on track.\n\nA $500 Billion Gamble\n\n"
                                    "Analysts doubted that $3 billion would be enough, as $3 billion is small.\n",
                                    encoding="utf-8")
    claims = helpers.extract_claims(helpers.load_corpus(tmp_path))
    got = list(zip(claims.text, claims.subject))
    assert got.count(("$500B", "investment")) == 2
    assert ("$500 Billion", "investment") in got
    assert ("$3 billion", "money") in got  # in a sentence, with no word pointing back: no subject borrowed


@pytest.mark.parametrize("sentence, expected", [
    ("Les feux sont contenus respectivement à 35%, 37% et 75%.", ["containment"] * 3),
    ("Stakes of 20%, 30% and 50% were sold.", ["stake"] * 3),
    ("股价分别下跌12%、8%和5%。", ["fall"] * 3),
    ("The margin was 20%, 40% of sales came from China.", ["margin", "share"]),  # a share of something else ("40% of sales"), not a margin
])
def test_a_list_of_percentages_shares_its_word(sentence: str, expected: list[str]) -> None:
    assert [s for _, s in _subjects(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "The Hurst fire is 89 percent contained.", "Both blazes are now 100% contained.",
    "L'incendie est contrôlé à 45 %.", "Le feu est maîtrisé à environ 97 %.", "atteignant 100% de confinement",
    "Le contrôle n'a atteint que 19 %.",
])
def test_a_fires_containment(sentence: str) -> None:
    assert [s for _, s in _subjects(sentence)] == ["containment"]


def test_a_substance_contained_is_no_containment() -> None:
    assert [s for _, s in _subjects("The oil contained 5% sulfur.")] == ["percent"]
