"""One amount given in two currencies with the same digits is a currency slip (found on corpora 6, 48 and 71: "ASML
pumped 1.3 billion euros" against "agreed to invest $1.3 billion", never compared because currencies kept them
apart). Not a slip: a bare 元 or ¥ (which currency it is the page does not say), a share's two listings, amounts a
sentence also gives in the other currency, and figures of two owners. Each page is written for this file."""
from corpus_tools import conflicts_of, value_pairs


def _slips(found):
    return found[found["why"].str.contains("wrong currency", regex=False)]


def test_same_digits_in_two_currencies_are_a_slip(tmp_path):
    found = _slips(conflicts_of(tmp_path, {
        "a": "Chipmaker backs start-up\n\nThe lithography group invested 1.3 billion euros in the start-up's round.",
        "b": "Le fabricant mise sur la start-up\n\nLe groupe a investi 1,3 milliard de dollars dans la start-up.",
    }))
    assert value_pairs(found) == {frozenset(("EUR 1.3 billion", "USD 1.3 billion"))}
    assert set(found["severity"]) == {"medium"}
    assert "a conversion at any rate would change them" in found["why"].iloc[0]


def test_two_conversions_from_one_currency_are_compared(tmp_path):
    found = _slips(conflicts_of(tmp_path, {
        "a": "Airline shares plunge\n\nThe plunge wiped out 95.7 billion won ($65.2 million) in market value.",
        "b": "La compagnie aérienne chute en Bourse\n\nAu cours de cette journée noire, la compagnie a vu sa "
             "capitalisation boursière s'effondrer de 95,7 milliards de wons, équivalant à 65,2 millions d'euros.",
    }))
    assert len(found) == 1


def test_bare_yuan_yen_sign_and_share_prices_are_no_slip(tmp_path):
    found = _slips(conflicts_of(tmp_path, {
        "a": "Debt ceiling raised\n\nThe national debt now exceeds $36.5 trillion, the office said. The venue cost "
             "rose to ¥235 billion. Its Shenzhen-listed shares closed up 1.15 percent at 263.00 yuan.",
        "b": "國債上限提高\n\n現時的國債已經超過36.5萬億元。場館建設成本升至2350亿日元。Listed at HK$263, the shares rose.",
    }))
    assert found.empty


def test_an_amount_with_its_conversion_is_no_slip(tmp_path):
    found = _slips(conflicts_of(tmp_path, {
        "a": "Valuation\n\nThe round values the start-up at 10 billion euros (about $11.7 billion).",
        "b": "Valorisation\n\nLa levée porte sa valorisation à 11,7 milliards d'euros.",
    }))
    assert found.empty


def test_two_owners_same_digits_are_no_slip(tmp_path):
    found = _slips(conflicts_of(tmp_path, {
        "a": "Deals\n\nMicrosoft invested 1.3 billion euros in the project.",
        "b": "Accords\n\nAmazon a investi 1,3 milliard de dollars dans le projet.",
    }))
    assert found.empty
