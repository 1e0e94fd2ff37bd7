"""Classes found on three more unseen stories (development 92-94: an earthquake in the Philippines, a prisoner
exchange, a car bomb): what a mass is of, a space between a Chinese headline's clauses, 將 after 已 as a done deed,
and detainees told as prisoners. Sentences written for this file."""
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, value_pairs


def _rows(text, lang="en"):
    return [(r["text"], r["subject"], r["is_forecast"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("text,lang,subject", [
    ("Customs officers found 420 kg of suspected ammonium nitrate in a warehouse.", "en", "weight of ammonium nitrate"),
    ("Les douaniers ont trouvé 420 kg de nitrate d'ammonium dans un entrepôt.", "fr", "weight of ammonium nitrate"),
    ("海關在倉庫發現了420公斤硝酸銨。", "zh", "weight of ammonium nitrate"),
    ("The navy seized 3 tons of cocaine and two boats.", "en", "weight of cocaine"),
    ("La récolte a atteint 500 tonnes de riz.", "fr", "weight of rice"),
    ("A 5 kg bag of flour now costs more.", "en", "weight"),  # a bag's size, no substance after its unit
    ("The parcel weighs 10 kg.", "en", "weight"),
    ("The ship carried 2,750 tonnes of it.", "en", "weight"),
])
def test_a_mass_is_of_the_substance_named_after_its_unit(text, lang, subject):
    assert [s for t, s, _ in _rows(text, lang) if "kg" in t or "ton" in t or "公斤" in t] == [subject]


def test_masses_of_one_substance_in_two_languages_conflict(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 11 November 2025\n\nPolice recovered 420 kg of suspected ammonium nitrate from a rented room "
             "in the town on Monday, officers said.\n",
        "b": "Publié le 11 novembre 2025\n\nLa police a découvert lundi 380 kg de nitrate d'ammonium dans une chambre "
             "louée de la ville, selon les enquêteurs.\n",
    }))
    assert value_pairs(got) == {frozenset(("420 kg", "380 kg"))}


def test_a_space_between_a_chinese_headlines_clauses_parts_them():
    assert _rows("以色列釋放1968名囚犯 哈瑪斯移交人質遺體", "zh")[0][:2] == ("1968", "prisoners")


@pytest.mark.parametrize("text,forecast", [
    ("監獄管理局說，已將1968名囚犯移監。", False),
    ("監獄管理局說，已經將1968名囚犯移監。", False),
    ("監獄管理局說，將釋放1968名囚犯。", True),
])
def test_jiang_after_yi_is_a_done_deed(text, forecast):
    assert _rows(text, "zh")[0][2] is forecast


def test_detainees_are_counted_as_prisoners():
    assert _rows("All 1,966 Palestinian detainees have boarded buses.")[0][1] == "prisoners"


@pytest.mark.parametrize("text,lang,expected", [
    ("Le maire a dit que 31 personnes sont mortes dans la ville de Lanao, le centre de la crue, onze dans la ville de "
     "Daet, 24 dans la ville de Naga et six à Iriga.", "fr", [("31", "deaths"), ("onze", "deaths"), ("24", "deaths"), ("six", "deaths")]),
    ("La chaîne compte 31 magasins à Lyon, 12 salariés à Paris.", "fr", [("31", "shops"), ("12", "people")]),  # (12
])  # counts its own noun)
def test_a_breakdown_by_place_shares_its_first_items_count(text, lang, expected):
    assert [(t, s) for t, s, _ in _rows(text, lang)] == expected
