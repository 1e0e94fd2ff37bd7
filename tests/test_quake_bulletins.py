"""Numbers of disaster bulletins, each class tested with sentences written for this file: times of day, birth-year
cohorts, road markers and plant names are no quantities; a clause after "though" is not the number's noun; a toll
"remains steady at nine"; a measure given by several sources in one sentence; Hong Kong's name of the Richter scale;
an intensity after 達到; landslides; a wind's speed written 時速...的強風 (高達 stresses it, bounds nothing)."""
import pytest

from helpers.extract.claims import read_claims


def _rows(text: str, lang: str) -> dict[str, tuple]:
    """Each quantity's words (without its unit) -> (value, subject, qualifier)."""
    return {text[q.start:q.end]: (q.value, b.subject, q.qualifier) for q, b, s, e in read_claims(text, lang)}


@pytest.mark.parametrize("text, lang, number", [
    ("Le séisme s'est produit peu avant 8 heures et a été suivi de plusieurs répliques.", "fr", "8"),
    ("Le séisme s'est produit à 7 h 58 (heure locale), selon l'agence.", "fr", "7"),
    ("死者包括何女/48 年次,在步道遭落石擊中。", "zh", "48"),
    ("一輛自小客車在台九線 161.3K 處遭落石擊中。", "zh", "161.3"),
    ("晶圓18廠等新建晶圓廠的設備復原率逾80%。", "zh", "18"),
])
def test_times_cohorts_markers_and_plant_names_are_no_quantities(text, lang, number):
    assert not any(k.startswith(number) for k in _rows(text, lang))


def test_a_span_of_hours_is_still_a_duration():
    assert _rows("Les secouristes ont fouillé les décombres pendant 8 heures.", "fr")["8"][1] == "duration"


def test_a_clause_after_though_is_not_the_numbers_noun():
    rows = _rows("The number of injured has climbed past 1000 though the death toll remains steady at nine.", "en")
    assert rows["1000"][1] == "injured"
    assert rows["nine"][:2] == (9.0, "deaths")


@pytest.mark.parametrize("text, lang", [
    ("Sa magnitude a été estimée à 7,5 par l'agence japonaise, à 7,4 par l'institut américain et à 7,2 par l'agence "
     "taïwanaise.", "fr"),
    ("The quake's magnitude was put at 7.5 by the Japanese agency, at 7.4 by the USGS and at 7.2 by Taiwan.", "en"),
])
def test_a_measure_given_by_several_sources_is_read_for_each(text, lang):
    rows = _rows(text, lang)
    assert [rows[k][1] for k in rows] == ["magnitude"] * 3


def test_a_number_after_by_a_source_and_at_a_place_is_no_twin():
    rows = _rows("The company sold 300 cars by the end of March, and at 40 stores.", "en")
    assert rows["40"][1] == "stores"


def test_hong_kongs_name_of_the_richter_scale_is_a_magnitude():
    assert _rows("花蓮近海凌晨發生地震,強度達到黎克特制7.2級,震源深度15.5公里。", "zh")["7.2"][1] == "magnitude"


@pytest.mark.parametrize("text, number", [("花蓮縣震度達到6強級,其後發生幾十次餘震。", "6"),
                                          ("新竹科學園區的最大震度爲5級。", "5")])
def test_an_intensity_after_a_verb_is_an_intensity(text, number):
    assert _rows(text, "zh")[number][1] == "seismic intensity"


@pytest.mark.parametrize("text, lang", [("Le séisme a provoqué 24 glissements de terrain.", "fr"),
                                        ("The storm triggered 24 landslides across the province.", "en"),
                                        ("地震造成24處坍方。", "zh")])
def test_landslides_are_counted(text, lang):
    assert _rows(text, lang)["24"][:2] == (24.0, "landslides")


def test_a_speed_before_a_strong_wind_is_a_wind_speed_and_gao_da_stresses_a_value():
    # 高达 ("as high as") stresses a figure reached (销量高达460万辆), it bounds nothing: the value stays exact
    assert _rows("气旋引发时速高达220公里的强风，重创该岛。", "zh")["220"] == (220.0, "wind speed", "exact")


@pytest.mark.parametrize("text, lang, number", [
    ("Les vents violents, atteignant jusqu’à 260 km/h, ont arraché les toits.", "fr", "jusqu’à 260"),
    ("气旋带来每小時約260公里的陣風。", "zh", "約260"),
])
def test_a_speed_hanging_on_a_wind_is_a_wind_speed(text, lang, number):
    assert _rows(text, lang)[number][1] == "wind speed"


def test_a_speed_hanging_on_a_car_stays_a_speed():
    assert _rows("The car, reaching 200 km/h, crashed into a wall.", "en")["200"][1] == "speed"


def test_a_loss_recognised_is_a_loss():
    assert _rows("台積電估Q2認損30億元，毛利率下降約50個基點。", "zh")["30億"][1] == "loss"


@pytest.mark.parametrize("text, lang, number", [
    ("On doit avoir à peu près 80 personnes décédées ou disparues, selon le préfet.", "fr", "près 80"),
    ("At least 80 people are dead or missing after the storm.", "en", "At least 80"),
    ("80 people were killed or missing, officials said.", "en", "80"),
    ("台风已造成80人死亡或失踪。", "zh", "80"),
])
def test_the_dead_and_missing_counted_together_are_neither_alone(text, lang, number):
    assert _rows(text, lang)[number][1] == "dead or missing"


@pytest.mark.parametrize("text, lang", [("80 people were killed or injured.", "en"), ("12 people died on Friday.", "en"),
                                        ("台风已造成80人死亡、20人失踪。", "zh")])
def test_the_dead_alone_stay_deaths(text, lang):
    assert next(iter(_rows(text, lang).values()))[1] == "deaths"
