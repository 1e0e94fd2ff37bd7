"""Running counts counted from a day their sentence names ("since 26 June", "depuis le 14 août", "自6月26日以来"):
two tallies from two starts are two quantities, never one figure misreported. Sentences written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric, value_pairs
from helpers.compare.count_starts import count_start, start_label, starts_apart


@pytest.mark.parametrize("quote,text,key", [
    ("Au total, 712 personnes sont mortes depuis le 26 juin, selon l'agence.", "712", "06-26"),
    ("At least 410 people have been killed since August 14 in the north.", "410", "08-14"),
    ("自6月26日以来，全国已有712人死亡。", "712", "06-26"),
    ("8月14日起，北部已有410人遇难。", "410", "08-14"),
    ("Since June 26, 2025, the agency has counted 712 deaths.", "712", "2025-06-26"),
    ("On August 19, officials said 410 people had died.", "410", ""),  # a day named, but no start
    ("Since June, 712 people have died.", "712", ""),  # a month is no day
])
def test_the_day_a_count_is_counted_from(quote, text, key):
    assert count_start(quote, text) == key


def test_the_start_nearest_the_figure_is_its_own():
    quote = "Since June 26 the rains have not stopped; 410 people have died since August 14."
    assert count_start(quote, "410") == "08-14"


def test_two_tallies_from_two_starts_are_apart_but_one_start_is_not():
    a = {"quote": "712 personnes sont mortes depuis le 26 juin.", "text": "712", "dimension": "count"}
    b = {"quote": "At least 410 people have been killed since August 14.", "text": "410", "dimension": "count"}
    c = {"quote": "At least 700 people have died since June 26.", "text": "700", "dimension": "count"}
    d = {"quote": "At least 700 people have died, officials said.", "text": "700", "dimension": "count"}
    assert starts_apart(a, b) and not starts_apart(a, c) and not starts_apart(a, d)


def test_start_label():
    assert start_label("06-26") == "26 June" and start_label("12-01") == "1 December"


def test_tallies_from_two_starts_never_conflict_but_from_one_start_do(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 19 August 2025\n\nExactly 712 people have died since June 26 in the monsoon rains, "
             "the disaster agency said on Tuesday.\n",
        "b": "Published 19 August 2025\n\nFloods across Pakistan: the NDMA reported on Tuesday that 650 people had "
             "lost their lives since June 26.\n",
        "c": "Published 19 August 2025\n\nIn the north-west, rescuers said on Tuesday that 690 people had been "
             "killed since August 14.\n",
    }))
    assert value_pairs(got) == {frozenset(("712", "650"))}  # (650 since June 26 against 690 since August 14: none)
