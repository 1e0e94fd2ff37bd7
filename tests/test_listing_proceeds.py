"""Money a company raises, each class tested with sentences written for this file: a listing's words outrank a nearer
"fundraising" (what a listing raises is its proceeds, never donations), a raising verb (lever, 募资) is money raised whose
kind its sentence decides, a bound before an "about" is the hedge ("最多約", "up to about") and a conversion in
brackets keeps it, and net proceeds are no rival of a gross amount."""
import pytest

import helpers
from helpers.compare.changes import same_change
from helpers.compare.prices import listing_venues
from helpers.extract.claims import read_claims
from helpers.extract.raised import raised_for


def _rows(text: str, lang: str) -> dict[str, tuple]:
    """Each quantity's words (without its unit) -> (value, subject, qualifier)."""
    return {text[q.start:q.end]: (q.value, b.subject, q.qualifier) for q, b, s, e in read_claims(text, lang)}


def _claims(text: str) -> dict[str, tuple]:
    import pandas as pd

    docs = pd.DataFrame([{"doc_id": "d", "label": "d", "clean_text": text, "raw_text": text, "offset_map": ""}])
    cl = helpers.extract_claims(docs)
    return {t: (s, q, lo, hi) for t, s, q, lo, hi in
            zip(cl["text"], cl["subject"], cl["qualifier"], cl["value_low"], cl["value_high"])}


def test_a_listing_outranks_a_nearer_fundraising():
    text = ("Orbex shares rose 9% on their debut. The deal raised $2.1bn for the company. It was the largest "
            "fundraising in Singapore since another group's IPO in 2019.")
    start = text.index("$2.1bn")
    assert raised_for(text, start, start + 6) == "funds raised"


def test_a_fundraising_with_no_listing_is_still_giving():
    text = "The charity raised $2.1m. It was the largest fundraising in the town's history."
    start = text.index("$2.1m")
    assert raised_for(text, start, start + 5) == "donations"


def test_a_french_raising_verb_in_a_listing_is_its_proceeds():
    assert _rows("Son introduction en Bourse lui a permis de lever 2,1 milliards de dollars.", "fr")[
        "2,1 milliards"][1] == "funds raised"


def test_a_french_raising_verb_with_investors_is_an_investment():
    assert _rows("La start-up a levé 300 millions d'euros auprès de ses investisseurs.", "fr")[
        "300 millions"][1] == "investment"


def test_a_chinese_raising_verb_in_a_listing_is_its_proceeds():
    assert _rows("该公司此次在港上市募资净额为120.5亿港元。", "zh")["120.5亿"][1] == "funds raised"


def test_a_bound_before_about_is_the_hedge():
    assert _rows("公司此次招股集資最多約280億港元。", "zh")["最多約280億"][2] == "at_most"
    assert _rows("The group will raise up to about $300 million in the offering.", "en")[
        "up to about $300 million"][2] == "at_most"


def test_about_alone_stays_approximate():
    assert _rows("The group raised about $300 million in the offering.", "en")["about $300 million"][2] == "approx"


def test_a_conversion_in_brackets_keeps_the_bound_of_its_amount():
    got = _claims("公司此次招股集資最多約280億港元(約36億美元)。")
    assert got["約36億美元"][1:] == ("at_most", 0.0, 3.6e9)


def test_net_proceeds_are_no_rival_of_a_gross_amount(tmp_path):
    pages = {"a": "Orbex raised HK$35.7 billion in its Hong Kong listing on Monday.\n",
             "b": "Orbex said the net proceeds of its Hong Kong listing on Monday were HK$35.3 billion.\n",
             "c": "Orbex raised HK$31.2 billion in its Hong Kong listing on Monday.\n"}
    for name, body in pages.items():
        (tmp_path / f"{name}.txt").write_text(f"2025-05-20\nListing\n\n{body}", encoding="utf-8")
    docs = helpers.load_corpus(tmp_path)
    got = helpers.find_conflicts(helpers.extract_claims(docs), docs)
    pairs = {frozenset(d[0] for d in (a, b)) for a, b in zip(got["claim_a"], got["claim_b"])}
    assert pairs == {frozenset("ac")}


def _conflict_pairs(tmp_path, pages: dict[str, str]) -> set[frozenset[str]]:
    for name, body in pages.items():
        (tmp_path / f"{name}.txt").write_text(f"2025-05-20\nListing\n\n{body}", encoding="utf-8")
    docs = helpers.load_corpus(tmp_path)
    got = helpers.find_conflicts(helpers.extract_claims(docs), docs)
    return {frozenset(d[0] for d in (a, b)) for a, b in zip(got["claim_a"], got["claim_b"])}


def test_a_ceiling_on_money_raised_is_a_plan():
    got = _claims("公司此次招股集資最多約280億港元(約36億美元)。")
    assert got["約36億美元"][0] == "funds raised"
    import pandas as pd

    text = "Orbex is seeking to raise up to $3bn in its listing."
    docs = pd.DataFrame([{"doc_id": "d", "label": "d", "clean_text": text, "raw_text": text, "offset_map": ""}])
    assert helpers.extract_claims(docs)["scope"].tolist() == ["planned"]


def test_a_ceiling_before_the_deal_is_no_rival_of_the_amount_raised(tmp_path):
    assert _conflict_pairs(tmp_path, {
        "a": "Orbex will raise at most HK$31 billion in its Hong Kong listing on Monday, its prospectus says.\n",
        "b": "Orbex raised HK$35 billion in its Hong Kong listing on Monday.\n",
    }) == set()


@pytest.mark.parametrize("quote, venues", [
    ("Meanwhile, its Shenzhen-listed shares closed up 1.15 percent at 263.00 yuan.", {"mainland"}),
    ("Its shares listed in Shenzhen closed up 1.1 percent.", {"mainland"}),
    ("Ses actions cotées à Shenzhen ont gagné 1,1 %.", {"mainland"}),
    ("其A股收涨1.1%。", {"mainland"}),
    ("Its H shares rose 16.4 per cent on their debut.", {"hong kong"}),
    ("Its shares rose 16.4 per cent on their debut.", set()),
])
def test_a_clause_names_the_exchange_of_its_shares(quote, venues):
    assert listing_venues(quote) == venues


def test_a_rise_of_shares_on_another_exchange_is_another_move():
    def claim(quote: str, text: str) -> dict:
        return {"quote": quote, "text": text, "subject": "rise", "dimension": "percent"}

    shenzhen = claim("Meanwhile, its Shenzhen-listed shares closed up 1.15 percent at 263.00 yuan.", "1.15 percent")
    debut = claim("Its shares closed 16.4% higher on their debut.", "16.4%")
    also = claim("Its shares listed in Shenzhen closed up 1.1 percent.", "1.1 percent")
    assert not same_change(shenzhen, debut)
    assert same_change(shenzhen, also)


def test_an_offers_ceiling_and_an_amount_after_upsizing_are_two_quantities(tmp_path):
    pages = {"a": ("2025-05-15", "Orbex's offering will raise at most HK$31 billion in its Hong Kong listing, its "
                                 "prospectus says.\n"),
             "b": ("2025-05-19", "Orbex is expected to raise HK$35.7 billion in its Hong Kong listing after increasing "
                                 "the offer size.\n"),
             "c": ("2025-05-15", "Orbex is expected to raise HK$35.7 billion in its Hong Kong listing.\n")}
    for name, (day, body) in pages.items():
        (tmp_path / f"{name}.txt").write_text(f"{day}\nListing\n\n{body}", encoding="utf-8")
    docs = helpers.load_corpus(tmp_path)
    got = helpers.find_conflicts(helpers.extract_claims(docs), docs)
    pairs = {frozenset(d[0] for d in (a, b)) for a, b in zip(got["claim_a"], got["claim_b"])}
    assert frozenset("ab") not in pairs
    assert frozenset("ac") in pairs  # with no upsizing named, the expectation exceeds the offer's ceiling
