"""The brief says whose an established figure is when its subject says so only through a name (donations,
investment): the same amount given by two owners is not one figure (helpers.present.brief_findings)."""
from __future__ import annotations

import pandas as pd

import helpers

from helpers.present.brief_findings import _whose_figure


def _top(subject: str, quotes: list[str], text: str) -> pd.DataFrame:
    return pd.DataFrame({"subject": subject, "doc_id": [f"d{i}" for i in range(len(quotes))], "quote": quotes,
                         "text": text})


def test_every_source_names_the_owner() -> None:
    top = _top("donations", ["In April, Pinault pledged 100 million euros.", "The Pinault family gave 100 million euros."],
               "100 million euros")
    assert _whose_figure(top) == "; every source names Pinault with it"


def test_some_sources_name_the_owner() -> None:
    top = _top("donations", ["In April, Pinault pledged 100 million euros.", "The Pinault family gave 100 million euros.",
                             "Another 100 million euros came in."], "100 million euros")
    assert _whose_figure(top) == "; Pinault named with it by some of these sources, not all"


def test_no_source_names_an_owner() -> None:
    top = _top("donations", ["In all, 100 million euros came in.", "Some 100 million euros were given."],
               "100 million euros")
    assert _whose_figure(top) == "; its sources name no one in common with it"


def test_a_subject_that_names_itself_needs_no_owner() -> None:
    top = _top("data centres", ["Pinault built 36 data centres.", "There are 36 data centres."], "36 data centres")
    assert _whose_figure(top) == ""


def test_names_are_shown_as_written_and_a_full_name_stays_whole() -> None:
    top = _top("investment", ["In May, OpenAI took $5 billion from François Pinault.",
                              "Funds: OpenAI got $5 billion from François Pinault."], "$5 billion")
    assert _whose_figure(top) == "; every source names François Pinault, OpenAI with it"


def test_an_area_is_shown_as_written_or_in_square_kilometres() -> None:
    """14,021 acres, not 56.741 million m²; 15,000 hectares as 150 km²; a floor area stays in m²."""
    from helpers.compare.comparable import written_scale
    from helpers.present.brief_findings import amount

    def row(v: float, counted: str, subject: str = "land area") -> dict:
        return {"value": v, "value_low": v, "value_high": v, "qualifier": "exact", "unit": "m²", "counted": counted,
                "currency": None, "subject": subject}
    assert amount(row(14_021 * written_scale("acres"), "acres")) == "14,021 acres"
    assert amount(row(1.5e8, "hectares")) == "150 km²"
    assert amount(row(1.2e6, "m2", "floor area")) == "1.2 million m²"


def test_a_figure_whose_sources_name_no_one_in_common_is_not_established(tmp_path) -> None:
    """Two estimators' "$20 billion" of insured losses, neither named: one figure, but whose is unclear; the same
    figure named by both is established."""
    from helpers.present import brief

    (tmp_path / "a.txt").write_text("Fire report\n\nInsured losses could reach $20 billion, an estimate said on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Wildfire costs\n\nThe insured losses are put at $20 billion by analysts.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Verisk estimate\n\nVerisk put the losses at $35 billion on Tuesday.\n", encoding="utf-8")
    out = brief.write_brief(helpers.analyse(helpers.load_corpus(tmp_path)), tmp_path / "figures", tmp_path / "brief")
    md = out["md"].read_text(encoding="utf-8")
    line = next(ln for ln in md.splitlines() if ln.startswith("**Bottom line.**"))
    assert "whose is unclear" in line and "loss, USD 20 billion" in line and "Established" not in line


def test_a_page_that_names_no_one_lends_the_figure_its_pages_organisation() -> None:
    """"the chipmaker" on a page about Acme: the page's organisation owns the figure; a page about another
    organisation does not share it."""
    top = _top("donations", ["In May, Acme gave 100 million euros.", "In May, the firm gave 100 million euros."],
               "100 million euros")
    docs = list(dict.fromkeys(top["doc_id"]))
    assert _whose_figure(top, {docs[1]: "acme"}) == "; every source names Acme with it"
    assert _whose_figure(top, {docs[1]: "globex"}) == "; its sources name no one in common with it"


def test_a_family_of_figures_is_stated_in_the_unit_most_sources_write() -> None:
    """"145 metres", not the one source's "475 feet" (144.8 m), and exact before hedged."""
    from helpers.present.brief_findings import amount, representative

    top = pd.DataFrame({"text": ["475 feet", "about 145 metres", "145 metres"], "value": [144.78, 145.0, 145.0],
                        "value_low": [144.78, 130.5, 145.0], "value_high": [144.78, 159.5, 145.0],
                        "qualifier": ["exact", "approx", "exact"], "unit": "metres",
                        "counted": ["feet", "metres", "metres"], "currency": None, "subject": "height"})
    rep = representative(top)
    assert rep["text"] == "145 metres" and amount(rep) == "145 metres"


def test_a_conflict_among_the_other_figures_does_not_dispute_the_top_one() -> None:
    """Nine sources' 300 TWh for the dam, and two pages disagreeing on another dam's output (88.2 against over 100
    TWh): the disagreement is about the other figures, not the one the sources agree on."""
    from helpers.present.brief_findings import _touches

    claims = pd.DataFrame({"claim_id": ["a#1", "b#1", "c#1", "d#1"], "value": [3e11, 3e11, 8.82e10, 1e11]})
    top = claims.iloc[:2]
    aside = pd.DataFrame({"claim_a": ["c#1"], "claim_b": ["d#1"]})
    against = pd.DataFrame({"claim_a": ["a#1"], "claim_b": ["d#1"]})
    assert not _touches(aside, claims, top)
    assert _touches(against, claims, top)


def test_a_source_that_mistypes_its_own_figure_once_does_not_dispute_it(tmp_path) -> None:
    """Three pages give the plan's 10 GW; one of them also glosses it as 10億瓦 (1 GW): that page contradicts itself,
    the figure stays established and the finding says which source slipped."""
    from helpers.present import brief

    pages = {"a": "星門計畫\n\n星門計畫預計四年內將打造等同於10GW（10億瓦）的AI算力。\n",
             "b": "Stargate plan\n\nThe Stargate partners aim to build 10 gigawatts of computing capacity.\n",
             "c": "Le projet Stargate\n\nLe projet Stargate vise une capacité de 10 gigawatts au total.\n"}
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    out = brief.write_brief(helpers.analyse(helpers.load_corpus(tmp_path)), tmp_path / "figures", tmp_path / "brief")
    md = out["md"].read_text(encoding="utf-8")
    line = next(ln for ln in md.splitlines() if ln.startswith("**Bottom line.**"))
    assert "power capacity, 10 GW (3 independent sources)" in line and "Disputed" not in line
    assert "One of these sources contradicts itself: “10億瓦” restates “10GW”" in md


def test_a_cost_three_sources_give_ranks_with_the_named_quantities(tmp_path) -> None:
    """"Cost" says whose only through a name, yet a cost three independent sources give is a finding of the story
    (Hinkley Point C's £18 billion), not ranked below a count one source gives."""
    from helpers.present import brief

    pages = {"a": "Bridge costs\n\nThe bridge will cost $2 billion, officials said on Monday.\n",
             "b": "Le pont\n\nLe pont coûtera 2 milliards de dollars, selon la mairie.\n",
             "c": "大桥造价\n\n这座大桥的造价为20亿美元。\n",
             "d": "Ferries\n\nThe port runs 12 ferries across the bay.\n",
             "e": "Lanes\n\nThe bridge will carry 6 lanes and 4 towers.\n",  # (the two subjects that lead)
             "f": "Traffic\n\nIts deck has 6 lanes, hung from 4 towers.\n"}
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    out = brief.write_brief(helpers.analyse(helpers.load_corpus(tmp_path)), tmp_path / "figures", tmp_path / "brief")
    heads = [ln for ln in out["md"].read_text(encoding="utf-8").splitlines() if ln.startswith("- **")]
    cost = next(i for i, ln in enumerate(heads) if ln.startswith("- **Cost"))
    ferries = next(i for i, ln in enumerate(heads) if ln.startswith("- **Ferries"))
    assert cost < ferries and "USD 2 billion, given by 3 independent sources" in heads[cost]


def test_a_vague_amount_no_one_owns_is_no_figure(tmp_path) -> None:
    """"Millions of Americans" on three pages naming no one: only a vague amount, no figure, in the bottom line (it was
    "whose is unclear: 2–10 million", the vague range given as a figure)."""
    from helpers.present import brief

    for name, text in {"a": "Bill passes\n\nMillions of Americans could lose their health coverage, analysts said.",
                       "b": "La loi adoptée\n\nDes millions d'Américains pourraient perdre leur assurance santé.",
                       "c": "Senate vote\n\nThe law leaves millions of Americans without health coverage."}.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    out = brief.write_brief(helpers.analyse(helpers.load_corpus(tmp_path)), tmp_path / "figures", tmp_path / "brief")
    line = next(ln for ln in out["md"].read_text(encoding="utf-8").splitlines() if ln.startswith("**Bottom line.**"))
    assert "whose is unclear" not in line and "2–10 million" not in line and "Unconfirmed" in line
