"""A figure restated in brackets in another unit that gives another value is a conflict inside its page: "10GW（10億瓦）"
is 10 GW against 1 GW. Sentences written for this file."""
import pytest
from corpus_tools import claim_rows, conflicts_of, numeric


def test_a_restatement_that_loses_a_magnitude_is_a_high_conflict_inside_its_page(tmp_path):
    got = numeric(conflicts_of(tmp_path, {"a": "星門計畫預計四年內將打造等同於10GW（10億瓦）的AI算力。\n"}))
    assert len(got) == 1
    row = got.iloc[0]
    assert (row.doc_a, row.doc_b, row.severity, row.ratio) == ("a", "a", "high", 10.0)
    assert "“10億瓦” restates “10GW” in another unit, but is 10 times smaller" in row.why
    assert "(inside one document)" in row.evidence


@pytest.mark.parametrize("text", [
    "The dam is 145 metres (475 feet) tall and holds 74 billion cubic metres of water.\n",
    "The plant will have 1.2 gigawatts (1,200 megawatts) of capacity.\n",
    "La centrale aura une puissance de 3,2 GW (3 200 MW).\n",
    "The bridge is 2.6 km (1.6 miles) long.\n",
    "该电站装机容量为6000万千瓦（60吉瓦）。\n",
])
def test_a_restatement_that_agrees_is_no_conflict(tmp_path, text):
    assert numeric(conflicts_of(tmp_path, {"a": text})).empty


def test_a_bracket_that_adds_another_figure_is_no_restatement(tmp_path):
    text = "The site will draw 1.2 gigawatts (up from 200 megawatts last year) when complete.\n"
    assert numeric(conflicts_of(tmp_path, {"a": text})).empty


@pytest.mark.parametrize("text", ["僅六個月就完成部署200MW（百萬瓦）供應規模。\n", "部署1GW（十億瓦）的電力。\n"])
def test_a_unit_glossed_in_brackets_is_no_figure(tmp_path, text):
    assert numeric(conflicts_of(tmp_path, {"a": text})).empty
    assert [r["text"] for r in claim_rows(text, "zh") if "瓦" in r["text"]] == []
