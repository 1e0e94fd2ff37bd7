"""A count of one county, province or town is told apart from the story's count: the place named with its kind in the
number's clause (``helpers.compare.local_places``), in the brief's running counts and the numbers chart. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from helpers.compare.local_places import local_place


@pytest.mark.parametrize("quote, number, place", [
    ("The toll in Kerr County stands at 68, the sheriff said.", "68", "Kerr County"),
    ("Le bilan dans le comté de Kerr est de 68 morts.", "68", "comté de Kerr"),
    ("There were 92 dead in the Valencia Region and two in Andalusia.", "92", "Valencia Region"),
    ("克尔郡至少有68人遇难。", "68", "克尔郡"),
    # a list of counties: each number takes the county named before it in its own clause
    ("此外,特拉維斯郡报告 9 人遇难、肯德尔郡报告 8 人遇难、汤姆·格林郡报告 1 人遇难。", "8", "肯德尔郡"),
    ("此外,特拉維斯郡报告 9 人遇难、肯德尔郡报告 8 人遇难、汤姆·格林郡报告 1 人遇难。", "1", "汤姆·格林郡"),
    # the story's own toll: a state, a country, a disaster area, a newspaper named after a county
    ("At least 82 people died in Texas.", "82", ""),
    ("L'État du Texas compte 82 morts.", "82", ""),
    ("灾区有68人遇难。", "68", ""),
    ("The Orange County Register says 12 died.", "12", ""),
    ("县长说有12人遇难。", "12", ""),
])
def test_the_local_place_of_a_count(quote: str, number: str, place: str) -> None:
    assert local_place(quote, number) == place


def test_county_tolls_are_told_apart_from_the_running_toll(tmp_path) -> None:
    import helpers
    from helpers.present.brief_cite import Citations
    from helpers.present.brief_running import running_body

    pages = {
        "a": "Floods: toll rises\n\n6 July 2025. At least 82 people have died in Texas, officials said on 6 July.",
        "b": "Floods\n\n7 July 2025. The death toll rose to 104 on 7 July. In Travis County, 5 people died.",
    }
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    claims = helpers.extract_claims(docs)
    g = claims[claims["subject"] == "deaths"].assign(label=lambda x: x["doc_id"])
    view = docs.assign(published=["2025-07-06", "2025-07-07"], label=docs["doc_id"])
    _, body, latest = running_body(g, view, Citations(view), lambda r: f"{r['value']:g}", lambda r: "")
    text = "".join(x if isinstance(x, str) else "" for x in body)
    assert text.startswith("From 82 (2025-07-06) to 104 (2025-07-07).")
    assert latest == "104 (2025-07-07)"  # the bottom line's: the last day's figure, not the county's
    assert "Counts for one place, told apart: " in text and " 5 in Travis County" in text


def test_a_full_panel_drops_a_countys_counts_before_the_storys() -> None:
    import pandas as pd

    from helpers.present.plots_brief import _most_shared

    quotes = [f"At least {v} people have died in Texas." for v in range(40, 52)] + \
        [f"In Travis County, {v} people died." for v in (1, 2, 3, 4)]
    texts = [str(v) for v in range(40, 52)] + ["1", "2", "3", "4"]
    values = [float(t) for t in texts]
    d = pd.DataFrame({"value": values, "value_low": values, "doc_id": [f"d{i}" for i in range(16)],
                      "qualifier": "exact", "text": texts, "quote": quotes})
    shown = d[_most_shared(d, 14)]
    assert sorted(shown["value"].tolist())[:2] == [1.0, 2.0] and 3.0 not in set(shown["value"])


def test_the_last_days_differing_tolls_are_both_in_the_bottom_line(tmp_path) -> None:
    import helpers
    from helpers.present.brief_cite import Citations
    from helpers.present.brief_running import running_body

    pages = {"a": "Crash\n\nThe crash killed 274 people, officials said.", "b": "Crash\n\nThe crash killed 260 people.",
             "c": "Crash\n\nThe crash killed 241 people."}
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    claims = helpers.extract_claims(docs)
    g = claims[claims["subject"] == "deaths"].assign(label=lambda x: x["doc_id"])
    view = docs.assign(published=["2025-07-12", "2025-07-12", "2025-06-13"], label=docs["doc_id"])
    _, _, latest = running_body(g, view, Citations(view), lambda r: f"{r['value']:g}", lambda r: "")
    assert latest == "274 or 260 (2025-07-12, sources differ)"


def test_a_count_of_the_whole_world_is_told_apart() -> None:
    from helpers.compare.local_places import local_place

    assert local_place("Some 150,000 cases and 60 deaths have been reported globally.", "60") == "the world"
    assert local_place("该片全球票房突破80亿元。", "80亿") == "the world"
    assert local_place("Le bilan s'élève à 60 morts.", "60") == ""


def test_a_place_after_a_new_item_of_a_list_is_that_items():
    from helpers.compare.local_places import local_place

    q = ("« 610 morts et 1 300 blessés dans la province de Kounar ainsi que de 12 morts et 255 blessés dans la "
         "province de Nangarhar », a précisé le porte-parole.")
    assert [local_place(q, t) for t in ("610", "1 300", "12", "255")] == [
        "province de Kounar", "province de Kounar", "province de Nangarhar", "province de Nangarhar"]
    q = "Flooding in Kerr County killed 104 people, and in Travis County 5 died."
    assert (local_place(q, "104"), local_place(q, "5")) == ("Kerr County", "Travis County")
