"""Classes found on pages about the Maha Kumbh crowd crush of 2025 (tests/devcorpus62), each tested with sentences
written for this file: Indian magnitudes in words (crore, lakh), the rupee written Rs, a range whose upper end lends
its magnitude to a bare lower end, a big French count whose noun a verb follows, and Chinese counts in 亿 of people
written without a classifier or with a verb of the future before them."""
import pytest

from helpers.extract.claims import read_claims


def _rows(text: str, lang: str) -> dict[str, tuple]:
    return {text[q.start:q.end]: (q.value, q.low, q.high, b.subject, b.currency) for q, b, s, e in read_claims(text, lang)}


@pytest.mark.parametrize("text,number,low,high", [
    ("Eight to ten crore devotees are present in Kumbh.", "Eight to ten crore", 8e7, 1e8),
    ("Three to five million people attended.", "Three to five million", 3e6, 5e6),
    ("Nearly six crore devotees came yesterday.", "Nearly six crore", 5.4e7, 6e7),
    ("Two lakh people attended.", "Two lakh", 2e5, 2e5),
])
def test_indian_magnitudes_in_words_and_shared_ones(text, number, low, high):
    _, lo, hi, _, _ = _rows(text, "en")[number]
    assert (lo, hi) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("text,lang,number,value", [
    ("The state announced an ex gratia of Rs 25 lakh each.", "en", "Rs 25 lakh", 2.5e6),
    ("Une compensation de Rs 2 lakhs pour chaque famille.", "fr", "Rs 2 lakhs", 2e5),
])
def test_rupees_written_rs(text, lang, number, value):
    got = _rows(text, lang)[number]
    assert (got[0], got[4]) == (value, "INR")


def test_mrs_is_no_currency():
    assert _rows("Mrs 5 children", "en")["5"][4] is None


@pytest.mark.parametrize("text,lang,number,subject", [
    ("400 millions de pèlerins sont attendus.", "fr", "400 millions", "pilgrims"),
    ("Some 3 million users signed up.", "en", "Some 3 million", "users"),
    ("已有约5亿信徒朝圣。", "zh", "约5亿", "worshippers"),
    ("预计参与人数将超过4亿。", "zh", "超过4亿", "people"),
])
def test_big_counts_of_people(text, lang, number, subject):
    assert _rows(text, lang)[number][3] == subject


@pytest.mark.parametrize("text,number,subject", [  # Typhoon Yagi pages (tests/devcorpus64)
    ("橫掃菲國釀15死21失蹤。", "15", "deaths"),
    ("有近3000棵路樹倒塌。", "近3000", "trees"),
    ("他被判处5年死刑缓期。", "5", "duration"),  # 死刑 is no death toll
])
def test_headline_tolls_and_trees(text, number, subject):
    assert _rows(text, "zh")[number][3] == subject


@pytest.mark.parametrize("text,lang,number,subject", [  # the Bybit hack pages (tests/devcorpus63)
    ("Bybit suffered a $1.5 billion theft.", "en", "$1.5 billion", "amount stolen"),
    ("Lazarus Group stole $400 million in 2021.", "en", "$400 million", "amount stolen"),
    ("Les pirates ont dérobé 1,5 milliard de dollars.", "fr", "1,5 milliard", "amount stolen"),
    ("Bybit被盗15亿美元。", "zh", "15亿", "amount stolen"),
    ("The company lost $2 billion last year.", "en", "$2 billion", "loss"),
    ("Le FBI a confirmé que des hackers ont volé 1,5 milliard de dollars.", "fr", "1,5 milliard", "amount stolen"),
    ("交易所 Bybit 遭受了一起价值 14.6 亿美元的黑客攻击。", "zh", "14.6 亿", "amount stolen"),
    # a theft word away from the amount says nothing of it: reserves, frozen funds, a bounty
    ("Bybit had $16.2 billion in reserves before the theft.", "en", "$16.2 billion", "money"),
    ("Bounty hunters helped freeze $42 million of the stolen funds.", "en", "$42 million", "money"),
    ("Bybit offre une prime de 140 millions de dollars aux chasseurs des fonds volés.", "fr", "140 millions", "money"),
    ("Bybit 在遭黑客攻击前拥有 162 亿美元储备资产。", "zh", "162 亿", "money"),
])
def test_money_stolen(text, lang, number, subject):
    assert _rows(text, lang)[number][3] == subject
