"""Classes found by development corpora 55-57 (the Beijing floods, Typhoon Kalmaegi, the Gaza flotilla; scored
unseen): what befell a named group of people said right after it ("1,000 hikers were trapped", "近千名游客被困"),
people stranded apart from people trapped, altitudes, nautical miles and knots, and statistics of one measure that
are two quantities (an average against a maximum, an hourly intensity against a storm's total; rain adding up like a
toll). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import conflicts_of, numeric, one_row as _row


@pytest.mark.parametrize("text, number, lang, subject, counted", [
    ("Nearly 1,000 hikers were trapped by the blizzard on the slopes.", "1,000", "en", "trapped", "hikers"),
    ("About 350 climbers have been rescued so far, officials said.", "350", "en", "rescued", "climbers"),
    ("Some 580 tourists were evacuated from the valley after 3 people died.", "580", "en", "evacuated", "tourists"),
    ("More than 200 trekkers remain stranded at the camps.", "200", "en", "stranded", None),
    ("Quelque 350 alpinistes ont été secourus.", "350", "fr", "rescued", "alpinistes"),
    ("Près de 1 000 randonneurs sont bloqués sur les pentes.", "1 000", "fr", "stranded", None),
    ("Huit soldats ont été tués dans les combats.", "Huit", "fr", "deaths", "soldats"),
    ("近千名游客被困在山谷。", "近千", "zh", "trapped", None),
    ("已有350名登山者获救。", "350", "zh", "rescued", None),
])
def test_a_fate_right_after_a_group_of_people_is_what_the_number_counts(text: str, number: str, lang: str,
                                                                        subject: str, counted: str | None) -> None:
    row = _row(text, number, lang)
    assert row["subject"] == subject
    assert counted is None or row["counted"] == counted


@pytest.mark.parametrize("text, number, lang, subject", [
    ("The 300 residents of the village, where 12 died, returned home.", "300", "en", "residents"),  # not beside them
    ("Some 2,000 soldiers were deployed to the border.", "2,000", "en", "soldiers"),  # deployed: no fate
    ("Environ 500 habitants vivent dans la vallée.", "500", "fr", "population"),
])
def test_a_group_of_people_without_a_fate_beside_it_keeps_its_noun(text: str, number: str, lang: str,
                                                                    subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number, lang, subject", [
    ("The hikers were trapped at more than 4,900 metres above sea level.", "4,900", "en", "altitude"),
    ("Ils étaient bloqués à environ 5 000 mètres d'altitude.", "5 000", "fr", "altitude"),
    ("营地在海拔4950米。", "4950", "zh", "altitude"),
    ("The plane reached an altitude of 625 feet before it fell.", "625", "en", "altitude"),
    ("The tower is 130 metres tall.", "130", "en", "height"),  # a height is no altitude
])
def test_a_length_above_the_sea_is_an_altitude(text: str, number: str, lang: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number, lang, km", [
    ("The boats were stopped about 70 nautical miles off the coast.", "70", "en", 129.64),
    ("Le navire a été intercepté à quelque 42,5 milles nautiques de la côte.", "42,5", "fr", 78.71),
    ("船队在距离海岸约70海里处被拦截。", "70", "zh", 129.64),
    ("The storm is 300 miles from Manila.", "300", "en", 482.8),  # statute miles stay statute
])
def test_nautical_miles_are_not_statute_miles(text: str, number: str, lang: str, km: float) -> None:
    row = _row(text, number, lang)
    assert row["subject"] == "distance" and row["value"] == pytest.approx(km, rel=1e-3)


def test_knots_are_a_speed_in_nautical_miles_an_hour() -> None:
    row = _row("Sustained winds reached 100 knots near the eye.", "100", "en")
    assert row["subject"] == "wind speed" and row["value"] == pytest.approx(185.2)
    assert _row("Des vents de 90 nœuds ont été mesurés.", "90", "fr")["value"] == pytest.approx(166.68)


def test_an_average_and_a_maximum_of_one_rain_are_two_quantities(tmp_path) -> None:
    pages = {"a": "Storm in Beijing\n\nBeijing's average rainfall reached 165.9 mm by midnight on 28 July.\n",
             "b": "Orage à Pékin\n\nÀ Pékin, la pluie a atteint un maximum de 543 mm le 28 juillet.\n",
             "c": "北京暴雨\n\n7月28日，北京怀柔区降雨强度最大，26日22时至23时降雨95.3毫米。\n"}
    assert numeric(conflicts_of(tmp_path, pages)).empty


def test_two_maxima_of_one_rain_on_one_day_conflict(tmp_path) -> None:
    pages = {"a": "The storm\n\nBeijing's maximum rainfall reached 543.4 mm on 28 July 2025, in Miyun.\n",
             "b": "L'orage\n\nÀ Pékin, la pluie a atteint un maximum de 453 mm le 28 juillet 2025, à Miyun.\n"}
    assert len(numeric(conflicts_of(tmp_path, pages))) == 1


def test_rain_adds_up_like_a_toll_two_days_are_two_amounts(tmp_path) -> None:
    pages = {"a": "Storm in Beijing\n\nBeijing's average rainfall was 165.9 mm by midnight on 28 July 2025.\n",
             "b": "Storm in Beijing\n\nBeijing's average rainfall was 210.4 mm by 11 am on 29 July 2025.\n"}
    assert numeric(conflicts_of(tmp_path, pages)).empty


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Nearly 1,000 hikers were trapped by the storm. About 350 of them have been led to safety.", "350", "en", "hikers"),
    ("57 maisons se sont effondrées et près de 3000 autres ont vu leur toit emporté.", "3000", "fr", "households"),
    ("Authorities said 57 houses collapsed, while nearly 2,600 others were damaged.", "2,600", "en", "households"),
    ("30 people were killed; 12 of them were children.", "12", "en", "deaths"),  # a part of the dead is dead
])
def test_a_pronoun_takes_what_its_antecedent_counts_not_what_befell_it(text: str, number: str, lang: str,
                                                                      subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject
