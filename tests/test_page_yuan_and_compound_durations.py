"""The bare 元 on a page about Hong Kong or Taiwan is that place's dollar, and a duration written in two units is
compared in the coarser ("3 minutes and 58 seconds" is "four minutes" rounded): classes found on unseen development
corpora 109 (a Hong Kong fire's relief fund) and 108 (a museum theft). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows

from helpers.extract.currency_signs import page_yuan


@pytest.mark.parametrize("text, currency", [
    ("香港特區政府宣布，援助基金已收到捐款約37億元，港府另撥3億元。", "HKD"),
    ("臺北市政府表示，颱風造成農損約2億元，行政院將撥款補助。", "TWD"),
    ("澳門政府向受災居民發放1萬元，澳門社會工作局負責。", "MOP"),
    ("公司在香港上市，募资约37亿元，总部位于北京，上海分部另投资3亿元。", None),  # a mainland page naming Hong Kong once
    ("援助基金已收到捐款約37億元。", None),  # no place named: the yuan, as before
    ("香港與臺北各捐出1億元。", None),  # two places as often: no choice
    ("小米集团发布财报，第三季度营收1131亿元。小米集团在香港联交所上市，其股价周二在香港市场上涨3%。", None),  # a
    # mainland company listed in Hong Kong, in simplified characters (a reviewer's page)
    ("香港特區政府表示，阿里巴巴捐款1億元（人民幣，下同），騰訊捐款1億元。香港各界踴躍捐款。", None),  # 下同
    ("記者在舊金山金門大橋附近採訪，當地捐款共2萬元，舊金山市政府表示感謝。", None),  # the Golden Gate, no Kinmen
])
def test_the_bare_yuan_is_the_dollar_of_the_place_a_page_names_most(text, currency) -> None:
    assert page_yuan(text) == currency


def test_a_hong_kong_pages_bare_yuan_amount_is_in_hong_kong_dollars() -> None:
    rows = claim_rows("香港特區政府表示，援助基金已收到捐款約37億元，港府另撥3億元。", "zh")
    assert {r["currency"] for r in rows if r["dimension"] == "money"} == {"HKD"}
    rows = claim_rows("据新华社报道，该公司在北京投资约37亿元。", "zh")
    assert {r["currency"] for r in rows if r["dimension"] == "money"} == {"CNY"}


def test_an_amount_in_hong_kong_dollars_shares_its_key_with_one_written_with_the_bare_yuan(tmp_path) -> None:
    from corpus_tools import load_pages
    from helpers.compare.conflicts import _prepared

    docs, claims = load_pages(tmp_path, {
        "a": "The Hong Kong government said the relief fund had received HK$3.7 billion in donations.",
        "b": "香港特區政府表示，援助基金已收到捐款45億元。"})
    assert _prepared(claims, docs)["key"].nunique() == 1


@pytest.mark.parametrize("seconds, rounded", [(238, True), (200, False)])
def test_a_duration_in_minutes_and_seconds_is_read_in_whole_minutes(seconds, rounded) -> None:
    from helpers.compare.comparable import rounds_to, written_values

    text = f"{seconds // 60} minutes and {seconds % 60} seconds"
    a = {"dimension": "duration", "unit": "seconds", "counted": "seconds", "v": seconds / 86400, "text": text}
    b = {"dimension": "duration", "unit": "minutes", "counted": "minutes", "v": 4 / 1440, "text": "quatre minutes"}
    wa, wb = written_values(a, b)
    assert wa == pytest.approx(seconds / 60) and wb == pytest.approx(4)
    assert rounds_to(wa, wb) is rounded


def test_two_durations_each_in_one_unit_keep_their_gap() -> None:
    """A reviewer's pair: "90 minutes" against "deux heures" is a real gap, no rounding of two hours."""
    from helpers.compare.comparable import rounds_to, written_values

    a = {"dimension": "duration", "unit": "minutes", "counted": "minutes", "v": 90 / 1440, "text": "90 minutes"}
    b = {"dimension": "duration", "unit": "hours", "counted": "heures", "v": 2 / 24, "text": "deux heures"}
    assert not rounds_to(*written_values(a, b))
