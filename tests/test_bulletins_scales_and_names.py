"""Classes found on three stories the package had never seen (development corpora 85-87: the CrowdStrike outage, the
Afghanistan earthquake of 2025, the UAE's AI campus): the injured of two bulletins of one day, each sentence with its
own death toll; a scale named after a person (the Richter scale) taken for whose a figure is; a French country name
of several words read word by word as names; a death toll reached past a relative clause; a name between a number
and its noun ("8.5 million Windows devices"); French counted nouns the glosses lacked. Sentences and pages written for
this file."""
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric
from helpers.compare.owners import _owners


def test_the_injured_of_two_bulletins_of_one_day_are_not_compared(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 2 September 2025\n\nThe earthquake has killed 1,124 people, with nearly 3,000 people injured, officials said.\n",
        "b": "Published 2 September 2025\n\nThe earthquake has killed 1,411 people and injured 3,124, officials said.\n",
        "c": "Published 2 September 2025\n\nThe earthquake has killed 1,124 people and injured 3,251, officials said.\n",
    }))
    injured = {frozenset((a, b)) for a, b, s in zip(got["doc_a"], got["doc_b"], got["subject"]) if s == "injured"}
    assert frozenset("ab") not in injured  # each sentence gives its own death toll: two bulletins
    assert frozenset("ac") in injured  # one death toll: one bulletin, whose injured disagree


def test_a_scale_named_after_a_person_owns_no_magnitude():
    quote = "The quake, measuring 6.2 on the Richter scale, struck Kunar province."
    assert "richter" not in _owners({"quote": quote, "text": "6.2", "dimension": "other"})


def test_the_words_of_a_country_of_several_words_are_no_owners():
    quote = ("Le projet s’étend sur 16 kilomètres carrés et vise à faire des Émirats arabes unis un centre mondial de "
             "l’IA avec les États-Unis.")
    assert _owners({"quote": quote, "text": "16", "dimension": "area"}) == frozenset()


@pytest.mark.parametrize("text,number,subject", [
    ("The death toll from the powerful earthquake that struck eastern Afghanistan late Sunday night has risen to "
     "more than 1,200.", "1,200", "deaths"),
    ("Roughly 8.5 million Windows devices were affected by the update.", "8.5 million", "devices"),
    ("An estimated 8.5M Windows devices crashed.", "8.5M", "devices"),
    ("La compagnie aérienne a annulé environ 7 000 vols en cinq jours, bloquant des passagers dans les aéroports.",
     "7 000", "flights"),
    ("La compagnie a dû traiter plus de 176 000 demandes de remboursement de ses clients.", "176 000", "requests"),
])
def test_what_a_number_counts(text, number, subject):
    assert [r["subject"] for r in claim_rows(text) if number in r["text"]] == [subject]


def test_a_classifier_counts_the_noun_before_a_relative_clause_not_the_money_after_it():
    rows = claim_rows("他表示，除了五天内取消约 6300 个航班导致的收入损失外，公司还要支付赔偿。", "zh")
    assert [(r["subject"], r["dimension"]) for r in rows if "6300" in r["text"]] == [("flights", "count")]


@pytest.mark.parametrize("text,lang,expected", [
    ("The death toll from the earthquake rose sharply Thursday to more than 2,200, officials said.", "en",
     [("more than 2,200", "deaths")]),
    ("周日，阿富汗东部发生地震，震级为6级，震源深度仅10公里。", "zh", [("6", "magnitude"), ("10公里", "depth")]),
    ("一辆普通车得用上五百来颗，电动车就更多了。", "zh", [("五百来", "chips")]),  # 来 after a round numeral: about
    ("救援队大约用了十来天才打通道路。", "zh", [("十来天", "duration")]),
])
def test_more_ways_a_figure_is_written(text, lang, expected):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, lang)] == expected


def test_a_distance_from_the_epicentre_meets_only_another_from_it(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 2 September 2025\n\nThe quake's epicentre was 27 km from Jalalabad, the USGS said.\n",
        "b": "Published 2 September 2025\n\nThe injured were taken to hospitals in Jalalabad, about 40 kilometers away.\n",
        "c": "Published 2 September 2025\n\nThe epicentre lay 36 km from Jalalabad, the agency said.\n",
    }))
    found = {frozenset((a, b)) for a, b, s in zip(got["doc_a"], got["doc_b"], got["subject"]) if s == "distance"}
    assert frozenset("ab") not in found and frozenset("ac") in found


@pytest.mark.parametrize("quote,text,country", [
    ("The quake jolted the mountainous region bordering Pakistan late Sunday, and 2,205 people died in Kunar.", "2,205", ""),
    ("The quake near the border with Pakistan killed 800 people in Afghanistan.", "800", "afghanistan"),
    ("地震发生在与巴基斯坦接壤的库纳尔省，造成800人死亡。", "800", ""),
    ("Flooding killed 300 people in Pakistan.", "300", "pakistan"),
])
def test_a_neighbouring_country_is_not_where_a_count_is(quote, text, country):
    from helpers.compare.count_countries import sentence_country
    assert sentence_country(quote, text) == country


def test_a_chinese_place_name_holds_no_de():
    from helpers.compare.local_places import local_place
    assert local_place("受災最嚴重的布納縣已有至少208人死亡。", "208") == "布納縣"


@pytest.mark.parametrize("text,years", [
    ("Plus de 2000 secouristes sont mobilisés pour tenter de trouver des survivants.", []),  # a hedge makes a count
    ("More than 2000 rescuers were deployed.", []),
    ("The plant opened in 2000 and closed in 2019.", ["in 2000", "in 2019"]),
])
def test_a_hedged_four_digit_number_is_no_year(text, years):
    from helpers.extract.temporal import find_temporal
    assert [t.text for t in find_temporal(text)] == years
