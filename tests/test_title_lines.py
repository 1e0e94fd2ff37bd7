"""Headlines of plain-text pages that were lost or garbled on development pages: a browser notice or a menu line taken
for the headline, a repost's '原标题:', a bullet or a wire dateline glued before it, a one-sentence headline ending in
a full stop. Pages written for these tests."""
from __future__ import annotations

import pytest

import helpers

BODY = ("The storm brought heavy rain to the coast on Friday, officials said, and the river rose quickly through the "
        "night while crews worked to reach stranded residents in the low-lying districts near the bay.")
BODY_ZH = "周五暴雨袭击沿海地区，官员表示，河水在夜间迅速上涨，救援人员努力营救被困在海湾附近低洼地区的居民，目前搜救工作仍在进行中。"


@pytest.mark.parametrize("page, title", [
    (f"IE 11 Not Supported\n\nFor optimal browsing, we recommend Chrome, Firefox or Safari browsers.\n\n"
     f"Storm Floods Coastal Towns as River Rises\n\n{BODY}\n", "Storm Floods Coastal Towns as River Rises"),
    (f"新闻  |  头条新闻 繁体\n\n沿海暴雨致河水暴涨 多人被困\n\n{BODY_ZH}\n", "沿海暴雨致河水暴涨 多人被困"),
    (f"原标题:沿海暴雨致河水暴涨 多人被困\n\n{BODY_ZH}\n", "沿海暴雨致河水暴涨 多人被困"),
    (f"• Storm floods coastal towns as river rises\n\n{BODY}\n", "Storm floods coastal towns as river rises"),
    (f"Inondations : le nombre de morts atteint désormais 25.\n\n{BODY}\n", "Inondations : le nombre de morts atteint désormais 25."),
    (f"沿海暴雨已致25人死亡,另有数十人失踪。\n\n{BODY_ZH}\n", "沿海暴雨已致25人死亡,另有数十人失踪。"),
])
def test_the_headline_of_a_plain_text_page(tmp_path, page: str, title: str) -> None:
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    assert docs["title"].iloc[0] == title


def test_a_first_sentence_as_long_as_the_next_paragraph_is_no_headline(tmp_path) -> None:
    page = f"The river rose quickly through the night while crews worked.\n\n{BODY[:80]}\n"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    assert docs["title"].iloc[0] != "The river rose quickly through the night while crews worked."
