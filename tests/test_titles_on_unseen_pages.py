"""Headlines lost on labelled pages (checked over all labelled corpora: benchmarks/cleaning.py `devcorpus_pages`):
an interface line taken for the headline ("回到網頁上方", "請更新您的瀏覽器", "top of page"), a camel-case name inside
Chinese prose cut in two ("Crowd Strike"), a possessive in capitals cut from its word ("TSMC’ S"). Pages written for
this file."""
import pytest

import helpers
from helpers.clean.clean_segment import segment


def _title(tmp_path, text: str) -> str | None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    return docs["title"].iloc[0]


BODY_ZH = "據官方統計，洪水已造成至少30人死亡，另有數千人被迫撤離家園，救援工作仍在持續進行中。\n當局表示，將在未來幾天內公布更詳細的損失評估報告。\n"


@pytest.mark.parametrize("chrome", ["回到網頁上方", "請更新您的瀏覽器", "扫描打开手机站", "本期編輯 | 王小明", "top of page"])
def test_an_interface_line_is_no_headline(tmp_path, chrome):
    title = _title(tmp_path, f"{chrome}\n\n華北洪水已致30人死亡 數千人撤離\n\n{BODY_ZH}")
    assert title == "華北洪水已致30人死亡 數千人撤離"


def test_a_camel_case_name_inside_chinese_prose_stays_whole():
    text = "達美航空:CrowdStrike事件損失5億美元\n由於CrowdStrike更新出錯,旅客受到影響。\n"
    assert [p.text for p in segment(text)][:2] == ["達美航空:CrowdStrike事件損失5億美元", "由於CrowdStrike更新出錯,旅客受到影響。"]
    assert [p.text for p in segment("订阅Subscribe")] == ["订阅Subscribe"]  # (no camel case: nothing to keep)


def test_a_possessive_in_capitals_stays_with_its_word():
    assert segment("TSMC’S $165 Billion Bet: Chips, Tariffs, And The New Industrial Order")[0].text.startswith("TSMC’S $165")
