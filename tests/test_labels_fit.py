"""Source labels and figure boxes never cut a word or a bracket in half (the editor's reading of development corpus
29's brief found "kbpp.org (machine translation of an AFP" and "ctmanga.c om aggregato r")."""
from __future__ import annotations

from helpers.clean.corpus import short_outlet
from helpers.present.plots_brief import wrap


def test_a_long_outlet_loses_its_parenthesis_first() -> None:
    assert short_outlet("newsdesk.example (machine translation of a wire dispatch)") == "newsdesk.example"


def test_a_long_outlet_is_cut_at_a_space() -> None:
    name = "The Extremely Long Name Of A Regional Evening Newspaper Group"
    short = short_outlet(name)
    assert short.endswith("…") and len(short) <= 41 and name.startswith(short[:-1]) and name[len(short) - 1] == " "


def test_a_short_outlet_is_kept() -> None:
    assert short_outlet("Reuters (Asia)") == "Reuters (Asia)"


def test_a_latin_word_a_little_too_long_stays_whole() -> None:
    assert wrap("newsagg.com aggregator", 9, 2) == "newsagg.com\naggregator"


def test_chinese_text_still_breaks_anywhere() -> None:
    assert wrap("香港電台網站新聞報道全文", 9, 2) == "香港電台\n網站新聞…"
