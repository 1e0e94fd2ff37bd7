"""Classes found on two stories the package had never seen (tests/devcorpus83, a drone strike on air bases, and
tests/devcorpus84, a cyber attack that stopped a carmaker), in English, Chinese and French: who is told or cited is
not whose figure it is, warplanes are aircraft, French pounds lost, a Chinese model name written with spaces, a
French verb that ends a counted noun's phrase.
Each sentence is written for this file."""
import pytest

from corpus_tools import claim_rows
from helpers.compare.owners import _anchors
from helpers.compare.sayers import sayers


def _rows(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(r["text"], r["subject"], r["currency"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("clause,expected", [
    # a source inside an agency, named with its abbreviation, and the outlet it told
    ("A source within the Border Guard Office (BGO) told Channel Nine that the country hit 31 boats",
     {"border", "guard", "office", "bgo", "channel"}),
    ("12 bateaux touchés selon les États-Unis", {"états", "unis"}),  # cited with its article
    ("The Westbrook Institute's analysis reveals that Corvane lost £80 million a week", {"westbrook", "institute"}),
    ("Corvane lost £80 million a week, chief executive Ana Lutz told the Daily Ledger", {"ana", "lutz", "daily",
                                                                                           "ledger"}),
])
def test_who_is_told_or_cited_is_no_owner(clause, expected):
    assert sayers(clause, _anchors(clause)) == expected


@pytest.mark.parametrize("clause", [
    "Corvane said it would lose £80 million a week",  # a sayer speaking of its own figure
    "Corvane reported revenue of £5.9 billion",
    "Corvane lost £80 million a week",
    "In a call, Corvane told analysts it lost £80 million a week",
])
def test_an_owner_that_speaks_of_its_own_figure_stays_its_owner(clause):
    assert "corvane" not in sayers(clause, _anchors(clause))


@pytest.mark.parametrize("text,lang", [
    ("The strike hit 31 warplanes on Sunday.", "en"),
    ("La frappe a touché 31 bombardiers dimanche.", "fr"),
    ("袭击击中了31架战机。", "zh"),
    ("The fleet has 31 aircraft.", "en"),
])
def test_warplanes_and_bombers_are_aircraft(text, lang):
    assert [s for _, s, _ in _rows(text, lang)] == ["aircraft"]


def test_french_pounds_lost_are_pounds_not_books():
    rows = _rows("Le constructeur perdait environ 2,5 millions de livres (2,9 millions d’euros) chaque semaine.", "fr")
    assert rows[0] == ("environ 2,5 millions", "loss", "GBP")
    assert rows[1][2] == "EUR"


def test_books_sold_stay_books():
    assert [c for _, _, c in _rows("L'auteur a vendu 2 millions de livres en France.", "fr")] == [None]


@pytest.mark.parametrize("text", ["空军装备的苏 - 30 战机已经老旧。", "空军装备的歼-20战机已经列装。"])
def test_a_chinese_model_name_is_no_count(text):
    assert _rows(text, "zh") == []



@pytest.mark.parametrize("text,lang", [
    ("The drones struck four air bases across the country.", "en"),
    ("Les drones ont frappé quatre aérodromes dans le pays.", "fr"),
    ("无人机袭击了五个军用机场。", "zh"),
])
def test_air_bases_are_one_subject_in_three_languages(text, lang):
    assert [s for _, s, _ in _rows(text, lang)] == ["air bases"]


def test_a_french_loan_guarantee_in_pounds():
    rows = _rows("Les autorités ont annoncé une garantie de prêt de 1,5 milliard de livres pour l'entreprise.", "fr")
    assert [(c, s) for _, s, c in rows] == [("GBP", "loan")]
    assert [c for _, _, c in _rows("La bibliothèque a prêté 2 millions de livres l'an dernier.", "fr")] == [None]


def test_a_verb_ends_a_french_noun_phrase():
    from corpus_tools import one_row

    assert one_row("Dans toute l’opération, 117 drones auraient ciblé des aérodromes militaires.", "117", "fr")[
        "subject"] == "drones"
    assert one_row("Au total, 40 drones visaient des usines.", "40", "fr")["subject"] == "drones"
    assert one_row("Plus de 770 000 personnes ont été évacuées, et environ un million devraient être relogées.",
                   "un million", "fr")["subject"] == "evacuated"  # (no noun read before the verb: it binds on)
