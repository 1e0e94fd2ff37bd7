"""Classes of claim-reading failure found on two stories the package had never seen (a Hong Kong tower fire and
an animated film's box office, development corpora 30 and 31) and on the earthquake and blackout corpora (28, 29),
each tested with sentences written for this file (English, French, Chinese)."""
import pytest

from helpers.extract.claims import read_claims


def _claims(text: str, lang: str) -> list[tuple]:
    return [(text[q.start:q.end], q.value, q.low, b.dimension, b.subject, b.unit) for q, b, _, _ in read_claims(text, lang)]


def _values(text: str, lang: str) -> list[tuple[float, str]]:
    return [(v, subject) for _, v, _, _, subject, _ in _claims(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("第一波海啸已于当地时间上午9点55分袭击北海道县的港口。", "zh"),  # not 9 and 55 counties
    ("岩手縣在台灣卅日下午十二時五十二分觀測到海嘯。", "zh"),  # not 12 and 52 metres
    ("並於今早約11時在大廈救出長者。", "zh"),  # not about 11 people
    ("À 11 heures mardi, le réseau était rétabli.", "fr"),  # not 11 hours
    ("Vers 22 h 30, la préfecture a parlé.", "fr"),
    ("Ne Zha 2 continues to top the box office.", "en"),  # a title's number, not two "continues"
    ("Since the first day of the 2025 Chinese New Year, sales rose.", "en"),  # a year, not 2,025 years
])
def test_clock_times_titles_and_years_are_no_claims(text, lang):
    assert _claims(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("震源深度廿點七公里。", "zh", [(20.7, "depth")]),  # 廿 is twenty
    ("大埔宏福苑的火已造成13死30傷。", "zh", [(13, "deaths"), (30, "injured")]),
    ("8棟大樓中有7棟起火。", "zh", [(8, "buildings"), (7, "buildings")]),  # 棟 counts buildings
    ("他住在3栋201室。", "zh", []),  # an address: building 3, flat 201
    ("制作耗时 5年半，渲染耗时 1年半。", "zh", [(5.5, "duration"), (1.5, "duration")]),
    ("另有45人情況危殆，3人已出院。", "zh", [(45, "in critical condition"), (3, "discharged")]),
])
def test_chinese_numerals_tolls_classifiers_and_halves(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The blaze killed 55 people, including 15 in critical condition; 28 were listed as serious, 16 were stable "
     "and 22 had been discharged.", "en",
     [(55, "deaths"), (15, "in critical condition"), (28, "in serious condition"), (22, "discharged")]),
    # ("16 were stable" is left unread: "the 5 largest banks remain stable" is no patients' state)
    ("Au total, 7 sont dans un état critique.", "fr", [(7, "in critical condition")]),
    ("The firm said 3 were critical to its plans and 2 are serious contenders.", "en", []),  # no patients
])
def test_casualties_counted_by_their_state(text, lang, expected):
    assert _values(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Some 344 of 6,000 flights were canceled.", "en", [(344, "flights"), (6000, "flights")]),
    ("Le Pérou a fermé 65 de ses 121 ports.", "fr", [(65, "ports"), (121, "ports")]),
    ("Le feu entoure 7 des 8 bâtiments.", "fr", [(7, "buildings"), (8, "buildings")]),
])
def test_a_part_before_its_whole_counts_the_same_thing(text, lang, expected):
    assert _values(text, lang) == expected


def test_a_range_written_with_words_is_one_range():
    (text, value, low, dimension, _, unit), = _claims("The inquiry will take approximately three to four weeks.", "en")
    assert (text, value, low, dimension, unit) == ("approximately three to four", 3.5, 3, "duration", "weeks")


@pytest.mark.parametrize("text,lang,expected", [
    ("Tsunami waves up to 4 m were reported.", "en", [("up to 4", 4, "other", "metres")]),
    ("A wave of approximately 1.3 m was recorded.", "en", [("approximately 1.3", 1.3, "other", "metres")]),
    ("Des vagues de 3 m ont frappé la côte.", "fr", [("3", 3, "other", "metres")]),
    ("The company raised $300 m in debt.", "en", [("$300 m", 3e8, "money", "USD")]),  # a million, not metres
    ("Some 2.5 m people were evacuated.", "en", [("Some 2.5 m", 2.5e6, "count", None)]),
    ("Un entrepôt de 1 500 m2 a brûlé.", "fr", [("1 500", 1500, "area", "m²")]),  # not 1.5 billion
    ("Le pick-up a été retrouvé à environ 7,6 mètres de profondeur.", "fr", [("environ 7,6", 7.6, "other", "metres")]),
    ("Temperatures hit 45℃ as the 500kV line tripped.", "en", [("45", 45, "other", "°C"), ("500", 500, "other", "kV")]),
])
def test_the_metre_symbol_temperatures_and_voltages(text, lang, expected):
    assert [(t, v, d, u) for t, v, _, d, _, u in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Powerful aftershocks (M6.9, M6.3) followed the quake.", [6.9, 6.3]),
    ("A M7.5 quake hit the coast.", [7.5]),
    ("A 6.9\u2011magnitude aftershock struck.", [6.9]),  # with a non-breaking hyphen
    ("Sales rose as the M2.5 model launched.", []),  # no quake spoken of: a model's name
])
def test_quake_magnitudes_on_named_scales(text, expected):
    assert [v for _, v, _, _, subject, _ in _claims(text, "en") if subject in ("magnitude", "aftershock magnitude")] == expected


@pytest.mark.parametrize("text,lang,low", [
    ("Hundreds of trains stopped mid-route.", "en", 200),
    ("Des centaines de trains ont été paralysés.", "fr", 200),
    ("The evacuation of tens of thousands of residents began.", "en", 20000),
])
def test_a_plural_magnitude_is_at_least_two_of_it(text, lang, low):
    (_, _, got, _, _, _), = _claims(text, lang)
    assert got == low
