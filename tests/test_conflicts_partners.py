"""One deal told twice with another split, a plan "expected to" span a count, a comparison's name, and a legal
form in capitals. Sentences written for this file."""
from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs


def test_the_same_deals_other_part_ties_two_tellings_of_its_equity(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "The package comprises about $27bn of debt plus $1.5bn of equity, people familiar said.\n",
        "b": "摩根士丹利牵头，将超过270亿美元的债务和约25亿美元的股权注入一家特殊目的公司(SPV)。\n",
        "c": "Another lender arranged $12bn of debt and $4bn of equity for a plant in Texas.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # the same $27bn of debt: one deal, two equity figures
    row = got[got.apply(lambda r: {r.doc_a, r.doc_b} == {"a", "b"}, axis=1)].iloc[0]
    assert row.severity == "high" and "67%" in row.why
    assert frozenset("ac") not in pairs and frozenset("bc") not in pairs  # another deal: another debt figure


def test_a_rise_beside_the_same_revenue_is_not_tied_by_it(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Quarterly revenue rose 66.1 percent to 32.8 trillion won, while operating profit surged 137 percent.\n",
        "b": "四季度营收32.8万亿韩元，环比增长34%，营业利润环比增长68%。\n",
    }))
    assert got.empty  # a year-on-year rise and a quarter-on-quarter one beside one revenue: two quantities


def test_a_count_a_campus_is_expected_to_span_is_compared_with_a_plan(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Renderings suggest up to nine buildings were planned at the Louisiana campus.\n",
        "b": "The Louisiana campus is projected to use 2 gigawatts by 2030 and span 11 buildings.\n",
        "c": "Le projet comprend 9 bâtiments sur 37 hectares, plus grand que Disneyland.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # 11 is more than "up to nine"
    assert frozenset("bc") in pairs  # Disneyland is what the campus is compared with, not whose buildings
    assert frozenset("ac") not in pairs  # nine and up to nine agree


def test_what_analysts_expected_is_still_not_the_count_reported(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "BYD delivered 441,000 cars in the quarter, the company said.\n",
        "b": "Analysts had expected 470,000 cars from BYD in the quarter.\n",
    }))
    assert got.empty
