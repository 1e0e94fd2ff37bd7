"""Amounts in a cryptocurrency (a hack's "approximately 500,000 Ether", "about 400k ETH", 约40.1万枚以太币: development
63's labelled conflicts had no claim on either side), speeds in kmph (development 56's gusts), and aircraft counted by
their model ("four Rafales", "12 Tu-95s": development 49 and 83). Sentences written for this file."""
from corpus_tools import claim_rows


def _rows(text):
    return [(r["text"], r["subject"], r["currency"], r["dimension"]) for r in claim_rows(text)]


def test_an_amount_in_a_cryptocurrency_is_money_in_it():
    assert _rows("Hackers stole approximately 500,000 Ether (ETH) from the exchange.") == [
        ("approximately 500,000 Ether", "amount stolen", "ETH", "money")]
    assert [r[2] for r in _rows("The thieves took 2,000 BTC.")] == ["BTC"]
    assert [r[2] for r in _rows("黑客盗走约40.1万枚以太币。")] == ["ETH"]


def test_a_speed_in_kmph_is_a_speed():
    assert _rows("Gusts reaching 180 kmph hit the coast.") == [("180 kmph", "wind speed", None, "other")]


def test_aircraft_counted_by_their_model():
    assert [(t, s) for t, s, _, _ in _rows("Pakistan said it downed five jets, including four Rafales.")] == [
        ("five", "aircraft"), ("four", "aircraft")]
    assert ("12", "aircraft") in [(t, s) for t, s, _, _ in _rows("Ukraine hit 41 aircraft, including 12 Tu-95s.")]


def test_a_currency_word_qualifying_a_noun_is_no_amount():
    """A reviewer's misfires: the noun after the currency's name is what is counted, or nothing is."""
    for text in ("The SEC approved 11 bitcoin ETFs.", "There are 10,000 Ethereum validators.", "40 Rand analysts wrote it.",
                 "3 ETH Zurich labs joined.", "Il a remporté 4 couronnes.", "6 francs-tireurs ont tiré."):
        assert not [r for r in _rows(text) if r[3] == "money"], text


def test_a_pickup_model_is_no_aircraft_and_reaching_a_place_is_no_toll():
    assert not [r for r in _rows("Ford sold 750,000 F-150s and 870,000 F-150 pickups.") if r[1] == "aircraft"]
    assert [(t, s) for t, s, _, _ in _rows("The army sent troops to reach 30 villages.")] == [("30", "villages")]
