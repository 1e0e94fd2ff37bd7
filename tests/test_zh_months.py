"""Chinese months and parts of months or years, anchored on the publication year."""
from __future__ import annotations

import pytest

from helpers.extract.temporal import find_temporal, resolve


def dated(text, published="2025-09-24"):
    return [(t.text, resolve(t, published).date_start, resolve(t, published).date_end, t.precision, t.anchor)
            for t in find_temporal(text)]


@pytest.mark.parametrize("text, expected", [
    ("今年2月，项目开工。", ("今年2月", "2025-02-01", "2025-02-28", "month", "relative")),
    ("去年12月，公司宣布扩建。", ("去年12月", "2024-12-01", "2024-12-31", "month", "relative")),
    ("6月初，双方签约。", ("6月初", "2025-06-01", "2025-06-10", "period", "relative")),
    ("园区于7月中旬投产。", ("7月中旬", "2025-07-11", "2025-07-20", "period", "relative")),
    ("园区于二月下旬投产。", ("二月下旬", "2025-02-21", "2025-02-28", "period", "relative")),
    ("预计年底建成。", ("年底", "2025-12-01", "2025-12-31", "period", "relative")),
    ("去年年底已建成。", ("去年年底", "2024-12-01", "2024-12-31", "period", "relative")),
    ("2024年底，数据中心投运。", ("2024年底", "2024-12-01", "2024-12-31", "period", "explicit")),
    ("2025年6月初，公司宣布。", ("2025年6月初", "2025-06-01", "2025-06-10", "period", "explicit")),
    ("3月份出口增长。", ("3月份", "2025-03-01", "2025-03-31", "month", "relative")),
])
def test_chinese_months_and_parts(text, expected):
    assert dated(text)[0] == expected


def test_days_keep_their_precision_and_same_year_stays_unresolved():
    assert dated("10月15日，项目开工。")[0][:4] == ("10月15日", "2025-10-15", "2025-10-15", "day")
    t = [x for x in find_temporal("2023年公司成立。同年6月，项目开工。") if x.text == "6月"][0]
    assert not resolve(t, "2025-09-24").resolved  # 同年: the year named before, not the publication year


def test_without_a_publication_date_nothing_is_guessed():
    t = find_temporal("6月初，双方签约。")[0]
    assert not resolve(t, None).resolved


def test_a_number_before_a_chinese_measure_word_is_a_count_not_a_year():
    from helpers.extract.temporal import find_temporal

    assert find_temporal("由 2000 多名工匠和專家參與") == []
    assert find_temporal("现场有2000名消防员") == []
    assert [t.text for t in find_temporal("2024年巴黎奥运会")] == ["2024年"]
