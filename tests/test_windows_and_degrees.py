"""Classes found by the Switch 2 brief (development corpus 44) and by development corpus 47 (Black Myth: Wukong, scored
unseen), with the faults the last round's review left open: sales counted for different windows, units sold named one
way in every language, sales that "top" a number, copies counted by 份 and 套, players, temperatures written with an en
dash or as a range below zero, and a bare "degrees" that is an angle. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, one_row as _row


@pytest.mark.parametrize("text, number, lang, value", [
    ("Temperatures fell to –15 °C overnight in the capital.", "–15", "en", -15),
    ("Les températures sont descendues à –12 °C dans la nuit.", "–12", "fr", -12),
])
def test_an_en_dash_before_a_temperature_is_its_sign(text: str, number: str, lang: str, value: float) -> None:
    assert _row(text, number, lang)["value"] == value


def test_an_en_dash_between_two_temperatures_is_a_range() -> None:
    row = _row("Highs of 10–15 °C are expected on Sunday.", "10–15", "en")
    assert (row["value_low"], row["value_high"]) == (10, 15)


@pytest.mark.parametrize("text, number, lang", [
    ("Lows of -5 to -10°C are expected across the region this weekend.", "-5 to -10°C", "en"),
    ("Des minimales de -5 à -10 °C sont attendues ce week-end.", "-5 à -10 °C", "fr"),
    ("预计本周末最低气温在零下5至零下10摄氏度之间。", "零下5至零下10摄氏度", "zh"),
])
def test_a_range_below_zero_keeps_both_ends(text: str, number: str, lang: str) -> None:
    row = _row(text, number, lang)
    assert (row["value_low"], row["value_high"], row["qualifier"]) == (-10, -5, "range")


def test_a_fall_from_one_temperature_to_another_is_no_range() -> None:
    rows = [r for r in claim_rows("Temperatures fell from -5 to -10°C overnight.", "en") if r["subject"] == "temperature"]
    assert [(r["value_low"], r["value_high"]) for r in rows] == [(-10, -10)]


@pytest.mark.parametrize("text, lang, subject", [
    ("It was 41 degrees in the shade by noon.", "en", "temperature"),
    ("Il faisait 41 degrés à l'ombre à midi.", "fr", "temperature"),
    ("The driver turned the steering wheel left by 22.06 degrees two seconds before the impact.", "en", "angle"),
    ("La voiture a braqué de 22 degrés vers la gauche.", "fr", "angle"),
])
def test_a_bare_degree_is_a_temperature_or_an_angle(text: str, lang: str, subject: str) -> None:
    rows = [r for r in claim_rows(text, lang) if r["text"].startswith(("41", "22"))]
    assert [(r["subject"], r["dimension"]) for r in rows] == [(subject, "other")]


def test_academic_degrees_are_neither_temperatures_nor_angles() -> None:
    rows = claim_rows("The university awarded 5,000 degrees last year.", "en")
    assert not any(r["subject"] in ("temperature", "angle") for r in rows)


@pytest.mark.parametrize("text, number, subject", [
    ("警方通报称，3起案件中，2起涉及未成年人。", "2起", "incidents"),  # (two of the cases, not two people)
    ("震后共记录到2起5级以上余震。", "2起", "aftershocks"),
])
def test_a_count_by_qi_is_of_incidents_not_of_the_people_after_it(text: str, number: str, subject: str) -> None:
    assert _row(text, number, "zh")["subject"] == subject


def test_a_price_from_which_before_de_is_no_incident() -> None:
    assert not any(r["subject"] == "incidents" for r in claim_rows("另有12.98万起的版本。", "zh"))


@pytest.mark.parametrize("text, lang, number, subject", [
    ("Switch 2 sales top 3.5 million in four days, Nintendo said.", "en", "3.5 million", "units"),
    ("Tesla deliveries hit 384,122 in the second quarter.", "en", "384,122", "deliveries"),
    ("Gaza fatalities pass 60,000 as strikes continue.", "en", "60,000", "deaths"),
    ("Les ventes de la Switch 2 dépassent 3,5 millions en quatre jours.", "fr", "3,5 millions", "units"),
])
def test_a_noun_that_tops_or_hits_a_number_counts_it(text: str, lang: str, number: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


def test_the_name_before_a_noun_that_tops_a_number_counts_nothing() -> None:
    rows = claim_rows("Switch 2 sales top 3.5 million in four days, Nintendo said.", "en")
    assert [r["text"] for r in rows if r["dimension"] == "count"] == ["3.5 million"]


@pytest.mark.parametrize("text", ["Shares of the top 10 companies fell on Monday.", "It ranked in the top 3 of the chart."])
def test_a_top_n_list_is_still_no_count(text: str) -> None:
    assert not any(r["text"] in ("10", "3") for r in claim_rows(text, "en"))


@pytest.mark.parametrize("text, lang, number, subject", [
    ("The game sold 947,931 units in Japan.", "en", "947,931", "units"),
    ("La console s'est vendue à 947 931 exemplaires au Japon.", "fr", "947 931", "units"),
    ("Switch 2在日本的首周销量已高达940,793台。", "zh", "940,793", "units"),
    ("据统计，这款游戏在全球范围内已卖出超过1540万套。", "zh", "1540万", "units"),
    ("按标准版268元计算，至少要賣 300 萬份以上才能回本。", "zh", "300 萬", "units"),
    ("Le jeu a franchi le seuil des 10 millions de copies écoulées.", "fr", "10 millions", "units"),
    ("The game currently has over 2 million concurrent players on Steam.", "en", "2 million", "players"),
    ("PUBG reached a peak of over 3.2 million players several years ago.", "en", "3.2 million", "players"),
    ("Le jeu compte plus de 3 millions de joueurs simultanés sur Steam.", "fr", "3 millions", "players"),
    ("游戏在Steam上同時在線人數突破140萬。", "zh", "140萬", "players"),
])
def test_units_sold_and_players_are_one_subject_in_three_languages(text: str, lang: str, number: str,
                                                                    subject: str) -> None:
    row = _row(text, number, lang)
    assert (row["subject"], row["dimension"]) == (subject, "count")


def _page(title: str, sentence: str) -> str:
    return f"{title}\n\nPublished 20 June 2025\n\n{sentence}\n"


def test_sales_of_one_window_contradict_each_other(tmp_path) -> None:
    pages = {"a": _page("Switch 2 in Japan", "Famitsu said the Nintendo Switch 2 sold 947,931 units in 3 days in Japan."),
             "b": _page("Switch 2 au Japon", "Selon Famitsu, la Switch 2 s'est vendue à 940 793 exemplaires au Japon en trois jours.")}
    assert not numeric(conflicts_of(tmp_path, pages)).empty


@pytest.mark.parametrize("other", [
    "Famitsu said the Nintendo Switch 2 sold 1,402,183 units in Japan in its first month.",
    "Famitsu said the Nintendo Switch 2 sold 1,538,260 units in Japan within its first five weeks.",
])
def test_sales_of_different_windows_do_not(tmp_path, other: str) -> None:
    pages = {"a": _page("Switch 2 in Japan", "Famitsu said the Nintendo Switch 2 sold 947,931 units in 3 days in Japan."),
             "b": _page("Switch 2 sales", other)}
    assert numeric(conflicts_of(tmp_path, pages)).empty


def test_a_launch_week_meets_four_days(tmp_path) -> None:
    pages = {"a": _page("Switch 2 in Japan", "Famitsu said the Nintendo Switch 2 sold 947,931 units in 4 days in Japan."),
             "b": _page("Switch 2 日本", "根据Fami通数据，Nintendo Switch 2在日本的首周销量已高达940,793台。")}
    assert not numeric(conflicts_of(tmp_path, pages)).empty


def test_a_lifetime_worldwide_total_is_no_slip_of_a_countrys_month(tmp_path) -> None:
    pages = {"a": _page("Switch 2 in Japan", "The Switch 2 has sold an estimated 1,538,260 units across Japan, Famitsu said."),
             "b": _page("Switch 銷量", "截止到6月30日，Switch的全球銷量達到了1.53億台。")}
    assert numeric(conflicts_of(tmp_path, pages)).empty
