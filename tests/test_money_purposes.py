"""What an amount pays for when the words say it (a settlement, compensation, a liability limit, a cost written as a
verb or a purpose), what money raised or collected is (donations or an investment, from the words around it), and
deaths written as a verb ("have died", "ont perdu la vie", "tuant"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import conflicts_of

from helpers.extract.claims import read_claims
from helpers.extract.raised import raised_for


def _subjects(text: str, dimension: str) -> list[str]:
    return [b.subject for _, b, _, _ in read_claims(text) if b.dimension == dimension]


@pytest.mark.parametrize("sentence, subject", [
    ("The shipping line reached a $45 million settlement with the city.", "settlement"),
    ("L'assureur a conclu un accord à l'amiable de 12 millions d'euros.", "settlement"),
    ("双方达成1200万美元的和解金。", "settlement"),
    ("The owners asked a court to limit their liability to $30 million.", "liability limit"),
    ("The state is seeking $75 million in punitive damages.", "compensation"),
    ("Le tribunal a accordé 2 millions d'euros de dommages et intérêts.", "compensation"),
    ("The storm caused $3 billion in damage.", "damage"),  # what a disaster destroyed stays damage
    ("Le nouveau viaduc pourrait coûter 800 millions d'euros.", "cost"),
    ("It will take about $1.2 billion to rebuild the dam.", "cost"),
])
def test_what_an_amount_pays_for(sentence: str, subject: str) -> None:
    assert _subjects(sentence, "money") == [subject]


@pytest.mark.parametrize("sentence, subject", [
    ("The museum appeal collected $12 million from 90,000 donors.", "donations"),
    ("La cathédrale : 120 millions d'euros récoltés auprès des mécènes et des particuliers.", "donations"),
    ("为重建古寺，已筹集了3亿元善款。", "donations"),
    ("The start-up raised $300 million from investors in a series C round.", "investment"),
    ("Helio a levé ses fonds : 80 millions d'euros récoltés auprès d'investisseurs.", "investment"),
    ("The club collected $2 million last season.", "funds raised"),  # neither giving nor funding is named
])
def test_money_raised_is_what_the_words_around_it_say(sentence: str, subject: str) -> None:
    assert _subjects(sentence, "money") == [subject]


@pytest.mark.parametrize("sentence, subject", [
    ("The bank raised its forecast to $9 billion.", "money"),  # raising a forecast raises no money
    ("Microsoft raised its offer to $70 billion.", "money"),
    ("The government collected $3 billion in taxes.", "money"),  # taxes collected are no funds raised
    ("The cloud unit contributed $3 billion of revenue.", "revenue"),  # a share of revenue, not money given
    ("Israel approved a $1 billion settlement expansion.", "money"),  # a settlement to live in, not to end a claim
])
def test_raised_collected_and_settlement_in_other_senses(sentence: str, subject: str) -> None:
    assert _subjects(sentence, "money") == [subject]


@pytest.mark.parametrize("text, subject", [
    ("The museum raised $8 million.\n\nSeparately, a start-up announced a funding round.", "funds raised"),
    ("The museum raised $8 million. Its 3,000 donors gave online.", "donations"),  # the paragraph says
    ("The museum raised $8 million, its stakeholders said.", "funds raised"),  # stakeholders hold no stake
    ("该寺庙筹集了300万元。\n另外，该公司宣布完成新一轮融资。", "funds raised"),
    ("The museum raised $8 million from 3,000 donors.", "donations"),
])
def test_only_the_sentence_or_paragraph_of_money_raised_says_what_it_is(text: str, subject: str) -> None:
    at = next(q for q, b, _, _ in read_claims(text) if b.dimension == "money")
    assert raised_for(text, at.start, at.end) == subject


def test_the_nearest_cue_decides() -> None:
    """Donors named right after the amount outweigh investors named farther away in the same sentence."""
    text = "Though investors were wary of the museum, its appeal collected €5 million from 2,000 donors."
    at = text.index("€5")
    assert raised_for(text, at, at + len("€5 million")) == "donations"


@pytest.mark.parametrize("sentence", [
    "A total of 312 people have died, officials said.",
    "Au moins 57 personnes ont perdu la vie dans les inondations.",
    "La tempête a frappé la côte, tuant quatre personnes.",
    "At least 15 lives were also lost in the capital.",
    "Trois corps ont été retrouvés dans la rivière.",
    "救援人员已打捞起五具遗体。",
])
def test_deaths_written_as_a_verb_or_as_bodies(sentence: str) -> None:
    assert _subjects(sentence, "count") == ["deaths"]


@pytest.mark.parametrize("sentence", [
    "Le corps de 200 ingénieurs est arrivé sur place.",
    "Deux corps ont été mobilisés à la frontière.",  # army corps sent, not bodies found
    "Three bills died in the Senate.",  # things that died are no deaths
    "Two engines died during the flight.",
])
def test_corps_and_died_of_things_are_no_deaths(sentence: str) -> None:
    assert "deaths" not in _subjects(sentence, "count")


def _money(text: str) -> list[tuple[float, str]]:
    from helpers.extract.claims import _doc_claims
    from helpers.read.offsets import OffsetMap

    identity = OffsetMap.from_index_array(list(range(len(text))), text).to_string()
    rows = _doc_claims(("d", "d", text, text, identity))
    return [(r["value"], r["subject"]) for r in rows if r["dimension"] == "money"]


def test_a_figure_written_again_keeps_its_subject() -> None:
    """"The $6 million figure" names no money word; the same amount named before is the training cost."""
    text = "The lab puts the model's training cost at $6 million. Critics say the $6 million figure is misleading."
    assert _money(text) == [(6e6, "training cost"), (6e6, "training cost")]


def test_a_figure_with_two_subjects_or_a_small_one_stays_money() -> None:
    two = "It raised $50 million in funding. It spent $50 million on servers. The $50 million is gone."
    assert _money(two)[-1] == (5e7, "money")
    small = "A ticket costs $40. For many fans, $40 is steep."
    assert [s for _, s in _money(small)] == ["cost", "money"]


def test_a_vague_total_is_no_wording_conflict_with_one_givers_share(tmp_path) -> None:
    """"Hundreds of millions" pledged in all and one foundation's 31 million: two quantities, whose only a name says."""
    found = conflicts_of(tmp_path, {
        "a.txt": "The Heritage Fund said on Monday it had collected 31 million euros in donations.",
        "b.txt": "Donations worth hundreds of millions of euros poured in after the fire.",
    })
    assert found.empty


@pytest.mark.parametrize("text", [
    "Revenue reached $2 billion last year. Rival Acme has $2 billion in cash.",  # nothing points back to the first
    "The training cost was $6 million. Estimates between $4 million and $8 million circulate.",  # a range is no figure
])
def test_the_same_amount_that_does_not_point_back_stays_money(text: str) -> None:
    assert _money(text)[-1][1] == "money"
