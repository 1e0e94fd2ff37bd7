"""The numbers chart, when a subject has more numbers than a panel draws, shows the three most shared figures
(not only the single most shared one, which may be one company's of two)."""
from __future__ import annotations

import pandas as pd

from corpus_tools import load_pages
from helpers.present.plots_brief import _most_shared


def test_a_full_panel_shows_the_three_most_shared_figures():
    values = [1.64e6] * 14 + [2.26e6] * 12 + [4.18e5] * 4 + [9e6, 3e7]
    d = pd.DataFrame({"value": values, "doc_id": [f"d{i}" for i in range(len(values))],
                      "qualifier": "exact", "value_low": values})
    shown = d[_most_shared(d, 14)]
    assert set(shown["value"]) == {1.64e6, 2.26e6, 4.18e5, 9e6, 3e7}  # and each lone figure once: a lone
    assert len(shown) == 14  # figure is often the disagreement an editor looks for (36 dead against 51 and 72)
    assert (shown["value"] == 1.64e6).sum() >= 4 and (shown["value"] == 2.26e6).sum() >= 4


def test_a_small_panel_shows_every_number():
    d = pd.DataFrame({"value": [1.0, 2.0], "doc_id": ["a", "b"], "qualifier": "exact", "value_low": [1.0, 2.0]})
    assert _most_shared(d, 14).all()


def test_axis_ticks_keep_the_digits_they_need() -> None:
    """A tick at 12,500 reads 12.5k, never 12k (which would misplace every dot near it)."""
    from helpers.present.plots_brief import _short_number

    assert [_short_number(x) for x in (0, 2500, 12500, 17500, 20000, 1.5e9, 115000)] == \
        ["0", "2.5k", "12.5k", "17.5k", "20k", "1.5bn", "115k"]


def test_axis_ticks_never_print_scientific_notation() -> None:
    from helpers.present.plots_brief import _short_number

    assert [_short_number(x) for x in (1e15, 1.5e15, 999_500)] == ["1,000tn", "1,500tn", "1m"]


def test_parts_of_a_count_stay_off_a_panel_that_has_the_whole(tmp_path) -> None:
    from helpers.present import plots_brief as plots

    pages = {"a": "Outbreak\n\n全省累計報告4824宗。病例分布在東莞1100例,惠州60例,中山44例。",
             "b": "Outbreak\n\nThe province has now reported 5,100 cases of the disease."}
    docs, claims = load_pages(tmp_path, pages)
    _, data = plots.number_ranges(claims, docs, ("cases",))
    assert sorted(data["value"]) == [4824, 5100]


def test_another_titles_figure_and_an_old_level_stay_off_the_chart(tmp_path) -> None:
    from helpers.present import plots_brief as plots

    pages = {"a": "Film\n\n该片票房达到128亿元，已超過《戰狼2》(56.9億元)。",
             "b": "Film\n\nThe film's box office rose from 90 billion yuan to 12.9 billion yuan."}
    docs, claims = load_pages(tmp_path, pages)
    _, data = plots.number_ranges(claims, docs, ("box office",))
    assert 5.69e9 not in set(data["value"]) and 9e10 not in set(data["value"])
    assert 1.28e10 in set(data["value"])


def test_a_running_counts_full_panel_shows_its_two_largest_figures():
    values = [12.0] * 10 + [800.0] * 10 + [300.0] * 8 + [2200.0, 2205.0]
    quals = ["exact"] * 28 + ["more_than", "exact"]
    d = pd.DataFrame({"value": values, "doc_id": [f"d{i}" for i in range(len(values))], "qualifier": quals,
                      "value_low": values})
    assert not {2200.0, 2205.0} <= set(d[_most_shared(d, 6)]["value"])  # (the most shared first)
    shown = d[_most_shared(d, 6, running=True)]
    assert {2200.0, 2205.0} <= set(shown["value"]) and len(shown) == 6  # the latest bulletins, however few give them
