"""Earthquake and winter-weather classes found by development corpus 43 (the Dingri earthquake, scored unseen): temperatures
below zero in three languages, a bare 度 of temperature, Chinese round hedges on a lone 千 or 百 (逾千, 近百), villages
and townships counted by a one-character noun, incidents counted by 起, aftershocks counted by 次, and magnitudes
written with a word between the number and the quake. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, one_row as _row


@pytest.mark.parametrize("text, number, lang, value", [
    ("It was -8°C at dawn in the valley.", "-8", "en", -8),
    ("Les températures devraient chuter à moins 18°C en fin de soirée.", "18", "fr", -18),
    ("Temperatures fell to minus 18 °C overnight.", "18", "en", -18),
    ("夜间气温降至零下18度。", "18", "zh", -18),
    ("白天气温回升到5度左右。", "5", "zh", 5),
    ("最低气温-18℃。", "-18", "zh", -18),
])
def test_a_temperature_keeps_its_sign(text: str, number: str, lang: str, value: float) -> None:
    row = _row(text, number, lang)
    assert (row["subject"], row["unit"], row["value"]) == ("temperature", "°C", value)


@pytest.mark.parametrize("text", ["该镇位于北纬28度。", "每户每月用电100度。"])
def test_a_bare_degree_elsewhere_is_no_temperature(text: str) -> None:
    assert not any(r["subject"] == "temperature" for r in claim_rows(text, "zh"))


@pytest.mark.parametrize("text, number, subject, qualifier, low", [
    ("地震造成逾千間房屋倒塌。", "逾千", "buildings destroyed", "vague", 1001),  # (collapsed)
    ("地震造成超千間房屋倒塌。", "超千", "buildings destroyed", "vague", 1001),
    ("已有近百人死亡。", "近百", "deaths", "approx_below", 90),
    ("近千家企业受影响。", "近千", "companies", "approx_below", 900),
    ("近万人参加了集会。", "近万", "people", "vague", 9000),
])
def test_a_hedged_lone_thousand_or_hundred_is_a_count(text: str, number: str, subject: str, qualifier: str,
                                                       low: float) -> None:
    row = _row(text, number, "zh")
    assert (row["subject"], row["qualifier"], row["value_low"]) == (subject, qualifier, low)


@pytest.mark.parametrize("text", ["附近千家商铺关门。", "这是最近百年来最强的地震。"])
def test_a_near_inside_another_word_makes_no_count(text: str) -> None:  # (附近 nearby, 最近 recently)
    assert claim_rows(text, "zh") == []


@pytest.mark.parametrize("text, number, subject", [
    ("全县共有26个乡镇206个村受灾。", "206", "villages"),
    ("措果乡等三个乡受灾严重。", "三", "townships"),
    ("截至10时共接报7起相关警情。", "7", "incidents"),
    ("主震后发生了2起規模5以上餘震。", "2", "aftershocks"),
    ("截至8时，共记录到余震640次。", "640", "aftershocks"),
])
def test_chinese_counts_of_places_incidents_and_aftershocks(text: str, number: str, subject: str) -> None:
    assert _row(text, number, "zh")["subject"] == subject


def test_a_word_beginning_with_qi_counts_nothing() -> None:
    assert claim_rows("股价从10起步回升。", "zh") == []  # (起步, "starting": no incidents)


@pytest.mark.parametrize("text, number, lang", [
    ("定日縣6.8級淺層地震造成嚴重傷亡。", "6.8", "zh"),
    ("记录到3.0级及以上余震5次。", "3.0", "zh"),
    ("La plus forte réplique a mesuré jusqu’à 4,4 sur l’échelle de Richter.", "4,4", "fr"),
])
def test_a_magnitude_with_words_between_is_a_magnitude(text: str, number: str, lang: str) -> None:
    aftershock = any(w in text for w in ("réplique", "余震", "aftershock"))  # (an aftershock's magnitude is its own)
    assert _row(text, number, lang)["subject"] == ("aftershock magnitude" if aftershock else "magnitude")


def test_a_count_of_aftershocks_after_a_threshold() -> None:
    assert _row("记录到3.0级及以上余震5次。", "5", "zh")["subject"] == "aftershocks"


@pytest.mark.parametrize("text, number", [("地震造成3609間房屋毀損。", "3609"), ("地震造成逾千間房屋毀損。", "逾千")])
def test_a_fate_after_a_noun_is_no_part_of_it(text: str, number: str) -> None:
    row = _row(text, number, "zh")  # (毀損 is what befell the houses, not a "house damage": buildings damaged, as
    assert (row["subject"], row["counted"]) == ("buildings damaged", "房屋")  # "3,609 houses were damaged" reads)
