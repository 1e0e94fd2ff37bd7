"""The base a comparison names is an earlier or other level, not the figure its sentence reports ("more than double
its 5.8 billion-euro valuation from the prior year", "contre 5,8 milliards", "up from 80"): it is no bulletin and is
compared only with other bases (``data/comparison_bases.csv``). Found reading the Mistral brief (development corpus 69),
which set the valuation of 2024 against that of 2025 as a high conflict. Sentences written for these tests."""
from __future__ import annotations

import pytest

import helpers
from helpers.compare.prices import change_start


@pytest.mark.parametrize("quote, text, base", [
    ("It propelled its valuation to 11.7 billion euros, more than double its 5.8 billion-euro valuation of 2024.",
     "5.8 billion-euro", True),
    ("It propelled its valuation to 11.7 billion euros, more than double its 5.8 billion-euro valuation of 2024.",
     "11.7 billion euros", False),
    ("Mistral est valorisée à 11,7 milliards d'euros, contre 5,8 milliards lors de sa dernière levée.", "5,8 milliards",
     True),
    ("The toll rose to 90, up from 80 on Monday.", "80", True),
    ("The toll rose to 90, up from 80 on Monday.", "90", False),
    ("营收较去年的2.1万亿增长。", "2.1万亿", True),
    ("研究比较了3家公司。", "3", False),  # (比较, "to compare", names no base)
    ("Mistral AI double sa valorisation et franchit les 12 milliards d’euros.", "12 milliards", False),  # (the new
    # level after "et", not the base)
])
def test_the_base_of_a_comparison(quote: str, text: str, base: bool) -> None:
    assert change_start(quote, text) is base


def test_a_base_is_no_conflict_with_the_figure_reported(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Round\n\nMistral AI secured a 1.7 billion-euro Series C funding round, which "
                                    "propelled its valuation to 11.7 billion euros, more than double its 5.8 "
                                    "billion-euro valuation from the prior year.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Round\n\nIn this latest Series C funding round, Mistral's pre-funding valuation "
                                    "stands at €10 billion.", encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    conflicts = helpers.find_conflicts(helpers.extract_claims(docs), docs)
    quotes = " ".join(conflicts["quote_a"]) + " ".join(conflicts["quote_b"])
    assert "5.8" not in quotes  # (the code of this round's start set 5.8 against 10 as a high conflict)
