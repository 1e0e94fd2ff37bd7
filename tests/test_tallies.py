"""A count confirmed so far is the tally of its day (helpers.compare.prices.is_tally). Sentences written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs
from helpers.compare.prices import is_tally


@pytest.mark.parametrize("quote, text, tally", [
    ("The Vatican said 130 delegations have been confirmed for the ceremony.", "130", True),
    ("Organisers say 164 delegations are confirmed, including 54 heads of state.", "164", True),
    ("已确认有164个代表团出席仪式。", "164", True),
    ("已有130個外國代表團確認出席。", "130", True),
    ("130 présences officielles ont été confirmées pour la cérémonie.", "130", True),
    ("The firm has hired 300 engineers so far.", "300", True),
    ("The ministry confirmed 56 deaths on Monday.", "56", False),  # a toll, a running total of its own
    ("Officials said 12 people were confirmed dead.", "12", False),
    ("The company invested 2 billion dollars in the plant.", "2 billion", False),
    ("The quake killed 2,300 people in Turkey, the health ministry confirmed.", "2,300", False),  # a source, not a tally
    ("The Palisades fire, the most destructive so far, has destroyed 5,300 structures.", "5,300", False),
    ("The town has 1,200 registered voters.", "1,200", False),  # a standing count
    ("12 people have died, the 3 hospitals confirmed.", "12", False),
    ("该公司已确认2024年营收为500亿元。", "500亿元", False),
])
def test_what_marks_a_tally(quote, text, tally):
    assert is_tally({"quote": quote, "text": text}) is tally


def test_two_days_tallies_do_not_conflict_but_one_days_do(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 24 April 2025\n\nThe protocol office said 130 delegations have been confirmed for the summit in Geneva.\n",
        "b": "Published 25 April 2025\n\nOn 25 April the protocol office said 164 delegations are confirmed for the summit in Geneva.\n",
        "c": "Published 25 April 2025\n\nOn 25 April the protocol office said 150 delegations are confirmed for the summit in Geneva.\n",
        "d": "Published 25 April 2025\n\nThe protocol office says 140 delegations are confirmed for the summit in Geneva.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") not in pairs and frozenset("ac") not in pairs  # 24 April's tally, superseded
    assert frozenset("bc") in pairs  # one day both name, two tallies
    assert frozenset("bd") not in pairs  # a tally of the hour with no day: which moment, only a day says


def test_the_parts_of_a_tally_are_tallies_too():
    quote = "Organisers say 164 delegations are confirmed, including 54 heads of state and 12 monarchs."
    assert is_tally({"quote": quote, "text": "12"})


@pytest.mark.parametrize("text, scope", [
    ("葡萄牙和西班牙兩國約5900萬人口受影響。", "joint"),
    ("Spain and Portugal, with a combined population of 58 million, went dark.", "joint"),
    ("Les deux pays comptent 58 millions d'habitants.", "joint"),
    ("Ce pays de 49 millions d'habitants a perdu 15 gigawatts.", "reported"),
])
def test_a_whole_several_owners_hold_together_is_joint(text, scope):
    from corpus_tools import claim_rows

    assert [r["scope"] for r in claim_rows(text) if r["subject"] == "population"] == [scope]


def test_a_joint_whole_is_not_set_against_one_owners_figure(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Les autorités n'ont pas expliqué pourquoi ce pays de 47 millions d'habitants a perdu le courant.\n",
        "b": "Spain and Portugal, with a combined population of 58 million, went dark on Monday.\n",
    }))
    assert got.empty


def test_the_event_both_sentences_name_ties_a_quantity_neither_names_an_owner_for(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 30 July 2025\n\nThe earthquake struck at a depth of 19.3 kilometres, seismologists said.\n",
        "b": "Published 30 July 2025\n\nLe séisme s'est produit à une profondeur de 20,7 kilomètres.\n",
        "c": "Published 30 July 2025\n\nThe quake measured magnitude 8.7, one agency said.\n",
        "d": "Published 30 July 2025\n\nLe séisme a atteint une magnitude de 8,8.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # one quake's depth, told twice
    assert frozenset("cd") not in pairs  # two agencies' magnitudes: no owner, no tie


def test_story_events_are_read_in_three_languages():
    from helpers.compare.owners import _events_named

    assert _events_named("The quake struck at dawn") == _events_named("地震发生在凌晨") == frozenset({"earthquake"})
    assert _events_named("La panne géante a touché l'Espagne") == frozenset({"blackout"})
