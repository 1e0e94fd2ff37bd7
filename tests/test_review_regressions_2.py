"""Look-alikes an adversarial review of this round's rules wrote (each read right before the round, wrongly after its
first version): they must stay read as before. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import conflicts_of, numeric, one_row as _row


@pytest.mark.parametrize("text, number, lang", [
    ("Arsenal needed just four minutes to steal the lead at Anfield.", "four minutes", "en"),
    ("Hackers need only 30 minutes to steal passwords.", "30 minutes", "en"),
    ("Il ne faut que dix minutes pour s'emparer du contrôle d'un compte bancaire.", "dix minutes", "fr"),
])
def test_stealing_a_lead_or_taking_control_is_no_theft(text: str, number: str, lang: str) -> None:
    assert _row(text, number, lang)["measure_of"] != "theft"


@pytest.mark.parametrize("text, number", [
    ("The company, which trained 3,000 engineers last year, was acquired for $2 billion.", "$2 billion"),
    ("The pilots trained in Texas for 18 months before the airline ordered 50 jets for $7 billion.", "$7 billion"),
    ("xAI trained Grok 3 on 100,000 GPUs it bought for $3 billion.", "$3 billion"),
])
def test_an_amount_after_someone_trained_is_no_training_cost(text: str, number: str) -> None:
    assert _row(text, number, "en")["subject"] != "training cost"


@pytest.mark.parametrize("text, number, subject", [
    ("3名男子被判拘役6個月。", "3", "people"),  # 拘役: a sentence, no arrest
    ("警方拘传3名证人到庭。", "3", "witnesses"),  # 拘传: a summons
])
def test_ju_of_a_sentence_or_a_summons_is_no_arrest(text: str, number: str, subject: str) -> None:
    assert _row(text, number, "zh")["subject"] == subject


@pytest.mark.parametrize("text, number", [("阿里巴巴市值周四一度最高4000亿美元。", "4000亿美元"), ("该股盘中最高15.2元。", "15.2元")])
def test_a_peak_is_no_ceiling(text: str, number: str) -> None:
    assert _row(text, number, "zh")["qualifier"] == "exact"


@pytest.mark.parametrize("text, number, subject", [
    ("台风在距离海南岛约200公里时速度明显减慢。", "200", "distance"),  # 时 + 速度, no 时速
    ("Le cyclone se déplace à 15 km/h avec des vents soutenus de 200 km/h.", "15 km/h", "speed"),  # its motion
    ("台风以每小时20公里的速度向西北移动。", "20", "speed"),
    ("The wind turbine's blade tips travel at 300 km/h.", "300", "speed"),
])
def test_a_storms_motion_and_other_speeds_are_no_wind_speed(text: str, number: str, subject: str) -> None:
    assert _row(text, number, "fr" if "cyclone" in text else "zh" if "台风" in text else "en")["subject"] == subject


@pytest.mark.parametrize("text, number, value", [
    ("Le club a été vendu pour cent millions d'euros.", "cent millions", 1e8),
    ("Il a acheté le tableau pour cent euros.", "cent euros", 100),
])
def test_pour_cent_after_no_number_is_a_hundred(text: str, number: str, value: float) -> None:
    assert _row(text, number, "fr")["value"] == value


@pytest.mark.parametrize("text, number, currency", [
    ("The budget was RMB$380 billion.", "380 billion", "CNY"),
    ("The budget was NTD$300 billion.", "300 billion", "TWD"),
    ("The NHS$5 million pilot ended.", "5 million", "USD"),  # no currency's code: the dollar's
])
def test_codes_before_a_dollar_sign(text: str, number: str, currency: str) -> None:
    assert _row(text, number, "en")["currency"] == currency


@pytest.mark.parametrize("a, b", [
    ("In 2004, Hurricane Ivan killed 17 people in Jamaica.", "In 2004, Hurricane Charley killed 10 people in Florida."),
    ("In 2004, Hurricane Ivan killed 17 people in Jamaica.",
     "In 2004, Hurricane Ivan killed 92 people across the Caribbean and the United States."),
    ("In 1988, Hurricane Gilbert killed 45 people in Jamaica.", "In 1988, Hurricane Gilbert killed 202 people in Mexico."),
    ("Hurricane Gilbert, in September 1988, killed 45 people in Jamaica.",
     "By 1988, the disease had killed 60 people a year in Jamaica."),
])
def test_earlier_tolls_of_other_storms_places_or_causes_stay_apart(tmp_path, a: str, b: str) -> None:
    pages = {"a": f"Storm nears\n\nPublished 27 October 2025\n\n{a}\n", "b": f"Storm lands\n\nPublished 29 October 2025\n\n{b}\n"}
    assert numeric(conflicts_of(tmp_path, pages)).empty


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Silicon Valley Bank sought $2.25 billion in emergency funding from investors.", "$2.25 billion", "en", "investment"),
    ("The IMF approved a $415 million emergency assistance loan for Jamaica.", "$415 million", "en", "loan"),
    ("Le marché des systèmes d'aide à la conduite atteindra 50 milliards de dollars.", "50 milliards", "fr", "money"),
])
def test_emergency_money_and_driver_assistance_are_no_aid(text: str, number: str, lang: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject
