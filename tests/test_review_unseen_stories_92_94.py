"""Faults a reviewer who had not seen the code found in the rules added for development 92-94, each reproduced here
with sentences written for this file (benchmarks/reviews/code_review_unseen_stories_92_94.md)."""
import pandas as pd
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, value_pairs
from helpers.compare.count_starts import count_start, start_label, starts_apart


def _subjects(text, lang="en"):
    return [(r["text"], r["subject"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("quote,text,key", [
    ("Floods have killed 706 people across the country, said the minister, in office since 12 May, on Tuesday.", "706", ""),
    ("Khan, detained since 3 March, said 40 prisoners had died.", "40", ""),
    ("大楼于6月26日起火，造成12人死亡。", "12", ""),  # 起火 is "caught fire", no start
    ("该公司8月14日起诉了12名员工。", "12", ""),
    ("Since 1 June, 120 people have died, 12 of them since 14 August.", "12", "08-14"),  # 12 is not inside 120
    ("Since June 26, 2024, the agency has counted 712 deaths.", "712", "2024-06-26"),
])
def test_a_start_is_the_figures_own(quote, text, key):
    assert count_start(quote, text) == key


def test_a_since_in_another_clause_hides_no_conflict(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 19 August 2025\n\nFloods have killed 706 people across the country, said the minister, in "
             "office since 12 May, on Tuesday.\n",
        "b": "Published 19 August 2025\n\nThe disaster agency said on Tuesday that floods had killed 760 people "
             "across the country since 26 June.\n",
    }))
    assert value_pairs(got) == {frozenset(("706", "760"))}


def test_starts_of_two_years_differ_and_a_price_from_a_day_is_no_tally():
    count = {"dimension": "count", "text": "712"}
    assert starts_apart({**count, "quote": "712 deaths since June 26, 2024."}, {**count, "quote": "712 deaths since June 26, 2025."})
    assert not starts_apart({**count, "quote": "712 deaths since June 26, 2025."}, {**count, "quote": "712 deaths since 26 June."})
    assert not starts_apart({"dimension": "percent", "quote": "The tax rises to 20 % from 1 July.", "text": "20 %"},
                            {"dimension": "percent", "quote": "The tax rises to 21 % from 1 August.", "text": "21 %"})
    assert start_label("") == "" and start_label("2024-06-26") == "26 June 2024"


@pytest.mark.parametrize("text", ["加沙空襲 30名平民 遇難", "泰國巴士火災 23名師生 不幸喪生"])
def test_a_space_before_a_fate_keeps_it(text):
    assert _subjects(text, "zh")[0][1] == "deaths"


@pytest.mark.parametrize("text,lang", [
    ("Pour faire tomber le gouvernement lors du vote, il faut 289 députés pour obtenir la majorité absolue.", "fr"),
    ("After Sunday's vote, the party has 14 senators against 9 in the previous chamber.", "en"),
    ("Before the vote, 30 lawmakers against the war staged a sit-in.", "en"),
    ("在信任投票前夕的民調中，有600人表達不信任。", "zh"),  # a poll's respondents
])
def test_voters_without_a_side_in_a_vote_are_no_votes(text, lang):
    assert all(s != "votes" for _, s in _subjects(text, lang))


@pytest.mark.parametrize("text,lang,subject", [
    ("It holds 2 tonnes of gas.", "en", "weight of gas"),
    ("They removed 300 kg of asbestos.", "en", "weight of asbestos"),
    ("回收了200公斤玻璃。", "zh", "weight of glass"),
    ("They found 420 kg of highly explosive ammonium nitrate.", "en", "weight of ammonium nitrate"),
    ("He lost 20 kg of body weight during the hunger strike.", "en", "weight"),
    ("Police were carrying 2 kg of what they described as heroin.", "en", "weight"),
    ("他减掉了15公斤体重。", "zh", "weight"),
])
def test_a_substance_is_a_noun_in_the_singular(text, lang, subject):
    assert _subjects(text, lang)[0][1] == subject


def test_a_rival_figure_one_page_sets_beside_the_top_one_stays_another_figure():
    from helpers.present.brief_findings import _beside

    top = pd.DataFrame({"doc_id": ["a", "b", "c"], "value": [2e9] * 3,
                        "quote": ["It cost $2 billion.", "It cost $2 billion, but auditors put it at $3.4 billion.",
                                  "364 votes to 194."]})
    others = pd.DataFrame({"doc_id": ["b"], "value": [3.4e9],
                           "quote": ["It cost $2 billion, but auditors put it at $3.4 billion."]})
    assert not _beside(others, top).any()
    votes = pd.DataFrame({"doc_id": ["a", "b"], "value": [194.0, 194.0], "quote": ["364 votes to 194.", "364 to 194."]})
    top_votes = pd.DataFrame({"doc_id": ["a", "b"], "value": [364.0, 364.0], "quote": ["364 votes to 194.", "364 to 194."]})
    assert _beside(votes, top_votes).all()


# Second review: the rules added after the first (a P for the peso, "handed over", an adjective and a nationality,
# counts with a hyphen, the ¥ of a short page about Japan).

def _rows(text, lang="en"):
    return [(r["text"], r["subject"], r["unit"], r["qualifier"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("text", [
    "BYD cut prices of its Seagull hatchback to ¥55,800, according to Nikkei Asia. Shares in Shenzhen fell 3%, Nikkei "
    "reported.",
    "Xiaomi priced the SU7 at ¥215,900 in Beijing. Toyota and Honda of Japan are losing ground; Japan's carmakers face "
    "a price war.",
])
def test_a_yuan_page_that_names_japan_twice_keeps_the_yuan(text):
    assert [u for t, _, u, _ in _rows(text) if "¥" in t] == ["CNY"]


@pytest.mark.parametrize("text", [
    "Botswana's finance minister said the government would spend P2.5 billion on roads in Gaborone.",
    "Patient P1,024 was discharged on Monday.",
    "Bus route P2,100 runs nightly.",
])
def test_a_p_off_a_philippine_page_is_no_peso(text):
    assert all(u != "PHP" for _, _, u, _ in _rows(text))


def test_a_peso_range_keeps_both_bounds():
    rows = claim_rows("In Cebu, the grant is between P1 million and P2 million, the province said.", "en")
    assert [(r["unit"], r["value_low"], r["value_high"]) for r in rows] == [("PHP", 1e6, 2e6)]


@pytest.mark.parametrize("text,expected", [
    ("Trump signed over 200 executive orders in his first year.", ("over 200", "more_than")),
    ("The keys were handed over two weeks ago.", ("over two weeks", "more_than")),
    ("Officials handed over about 300 documents.", ("about 300", "approx")),
])
def test_over_stays_a_hedge_after_signed_before_a_span_and_before_about(text, expected):
    assert [(t, q) for t, _, _, q in _rows(text)] == [expected]


@pytest.mark.parametrize("text,subject", [
    ("Hamas freed 20 more Israeli hostages.", "hostages"),
    ("Israel released 200 other Palestinian prisoners.", "prisoners"),
])
def test_other_and_more_before_a_nationality_are_dropped(text, subject):
    assert [s for _, s, _, _ in _rows(text)] == [subject]


@pytest.mark.parametrize("text,expected", [
    ("The Conservatives won a 30-seat majority.", []),
    ("The coalition holds a 12-seat lead in the 120-seat Knesset.", [("120-seat", "seats")]),
    ("They rented a 2-bed flat in the town.", []),
])
def test_a_margin_or_a_home_is_no_hyphen_count(text, expected):
    assert [(t, s) for t, s, _, _ in _rows(text)] == expected
