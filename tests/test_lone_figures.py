"""A page's one figure of a measure is that page's answer to the story's question, even when its sentence names no
owner (found on corpora 29, 33, 74 and 83: a dam's height, a quake's depth, a trade deficit and a distance, given once
per page, never compared). A page giving two values of the measure, a count, and a magnitude stay apart. Each page
is written for this file."""
from corpus_tools import conflicts_of, numeric, value_pairs

from helpers.compare.lone_figures import page_values


def test_each_pages_one_height_is_one_figure(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Dam fills its reservoir\n\nThe dam is 175 metres high.",
        "b": "水库蓄水\n\n大坝高170米,跨度近2千米。",
    }))
    assert value_pairs(found) == {frozenset(("175 metres", "170 metres"))}


def test_a_page_giving_two_heights_needs_names(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Dam fills its reservoir\n\nThe dam is 175 metres high. Upstream, the older "
             "weir stands 68 metres high.",
        "b": "水库蓄水\n\n大坝高170米,跨度近2千米。",
    }))
    assert found.empty


def test_lone_counts_and_magnitudes_stay_apart(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Storm batters the coast\n\nThirty-four people were injured. The agency put the quake at magnitude 7.7.",
        "b": "Tempête sur la côte\n\nVingt-huit personnes ont été blessées. Le séisme était de magnitude 7,9.",
    }))
    assert found.empty


def test_lone_counts_of_a_group_stay_apart(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Games close\n\nThe organisers mobilised 45,000 volunteers.",
        "b": "Les Jeux s'achèvent\n\nLes organisateurs ont mobilisé 42 000 bénévoles.",
    }))
    assert found.empty  # (volunteers of the Games, and of its local authorities: groups)


def test_a_lone_generic_amount_stays_apart(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Plant opens\n\nThe works cost $12 billion.",
        "b": "L'usine ouvre\n\nLes travaux ont coûté 15,1 milliards de dollars.",
    }))
    assert found.empty  # (a cost of what: the word alone does not say, lone or not)


def test_a_value_written_twice_is_one_value():
    assert page_values(["a", "a", "a", "b"], ["h", "h", "d", "h"], [175.0, 175.0, 20.7, 170.0]) == [1, 1, 1, 1]
    assert page_values(["a", "a"], ["h", "h"], [175.0, 68.0]) == [2, 2]


def test_a_page_giving_two_horizons_is_no_lone_figure(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Budget office scores the bill\n\nA total of $1.8 trillion could be added to the federal deficit between "
             "2025 and 2029, rising to over $2.4 trillion by 2034.",
        "b": "Le bureau du budget chiffre la loi\n\nElle augmenterait le déficit de 2 400 milliards de dollars au cours "
             "de la prochaine décennie.",
    }))
    assert found.empty  # (the five years' $1.8 trillion is no figure of the decade)
