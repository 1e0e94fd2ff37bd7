"""A price per unit of energy is compared per kWh, and never with a total amount. Sentences written for this file."""
from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs

from helpers.compare.rates import per_kwh


def test_the_denominator_of_a_price_is_read_in_three_languages():
    assert per_kwh("The strike price is £92.50 per megawatt-hour.", "£92.50") == 1000
    assert per_kwh("Le prix garanti est de 92,50 £ par mégawattheure.", "92,50 £") == 1000
    assert per_kwh("Power sold at $45/MWh in Texas.", "$45") == 1000
    assert per_kwh("居民电价为0.56元/千瓦时。", "0.56元") == 1
    assert per_kwh("每度电收购价格为 0.0925 英镑。", "0.0925 英镑") == 1
    assert per_kwh("The plant will cost £20 billion per the latest estimate.", "£20 billion") is None
    assert per_kwh("It will cost $45 billion a year.", "$45 billion") is None


def test_a_price_per_mwh_and_the_same_price_per_kwh_agree(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "The electricity price agreed for the plant is £92.50 per megawatt-hour, rising with inflation.\n",
        "b": "该电站的电价为每度电 0.0925 英镑，随通胀调整。\n",
        "c": "Le prix de l'électricité fixé pour la centrale est de 89,50 £ par mégawattheure.\n",
    }))
    assert _pairs(got) == {frozenset("ac")}  # £92.50 per MWh is £0.0925 per kWh; £89.50 per MWh is another price
    assert got.iloc[0].evidence.endswith("said by 2 and 1 document(s)")  # a's price, told by a and b
