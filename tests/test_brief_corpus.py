"""The brief on a corpus about another story (English, French and Chinese pages): it builds,
twice byte-identical, with an honest title, the story's title when STORY.toml gives one, and
figures on a fixed canvas whatever the length of their source footer."""
from __future__ import annotations

import re

import matplotlib
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

import helpers  # noqa: E402
from helpers.present import brief
from helpers.present import figures  # noqa: E402
from helpers.present.brief_cite import sentence_at  # noqa: E402
from helpers.present.plots_brief import short_label  # noqa: E402
from helpers.story import load_story  # noqa: E402

PAGES = {
    "MANIFEST.csv": "file,outlet,url,title,published,kind\n"
                    "wire.txt,Wire Service,https://example.com/wire/cost,Start-up says model cost under $6 million,"
                    "2025-01-27,original\n"
                    "blog.txt,Tech Blog,javascript:alert(1),Why the cheap model matters,2025-01-29,blog\n"
                    "note.md,Analyst Note,,The real bill,2025-02-03,original\n"
                    "fr.txt,Le Quotidien,https://example.fr/ia/cout,La start-up bouscule la Silicon Valley,2025-01-30,original\n"
                    "zh.txt,科技日报,,训练成本引发热议,2025-01-28,original\n",
    "wire.txt": "Start-up says model cost under $6 million\n\n"
                "The start-up said it trained its model for about $5.6 million, using 2,048 chips over two months.\n"
                "Dr. Chen, the founder, said the company would release more models in 2025.\n"
                "The U.S. banned exports of the most advanced chips in October 2022.\n",
    "blog.txt": "Why the cheap model matters\n\n"
                "According to a wire report, the start-up trained its model for about $5.6 million, using 2,048 chips.\n"
                "We expect at least 10 rival labs to copy the approach by 2026.\n",
    "note.md": "# The real bill\n\nOur estimate puts the start-up's spending on hardware above $500 million, "
               "including some 50,000 chips.\n",
    "fr.txt": "La start-up bouscule la Silicon Valley\n\n"
              "La start-up affirme avoir entraîné son modèle avec 2 048 puces pour 5,6 millions de dollars.\n",
    "zh.txt": "训练成本引发热议\n\n该公司表示，其模型的训练使用了2048块芯片。\n据报道，该公司拥有约5万块芯片。\n",
}


@pytest.fixture
def other(make_corpus, tmp_path):
    root = make_corpus(PAGES)
    a = helpers.analyse(helpers.load_corpus(root))
    return root, a


def _build(a, out, story=None):
    brief.export_figures(a, out / "figures", story=story)
    return brief.write_brief(a, out / "figures", out / "brief", story=story)


def test_another_story_builds_twice_identically_with_an_honest_title(other, tmp_path):
    _, a = other
    one, two = _build(a, tmp_path / "one"), _build(a, tmp_path / "two")
    for fmt in ("md", "html", "docx", "pdf"):
        assert one[fmt].read_bytes() == two[fmt].read_bytes(), fmt
    for name in ("number_ranges", "provenance", "timeline"):
        for ext in ("png", "svg", "pdf", "csv"):
            f1 = (tmp_path / "one" / "figures" / f"{name}.{ext}").read_bytes()
            assert f1 == (tmp_path / "two" / "figures" / f"{name}.{ext}").read_bytes(), (name, ext)
    md = one["md"].read_text(encoding="utf-8")
    assert "\n# What 5 sources say about chips {#title}\n" in md
    assert "Xinjiang" not in md and "data centre" not in md
    # the blog retells the wire: four sources give 2,048 chips, three of them independent; the note's
    # 50,000 chips owned is another scope (no conflict), listed beside it
    assert "Chips — established by 3 independent sources.** 2,048, given by 3 independent sources (**Tech Blog** “2,048”" in md
    assert "Other figures: **Analyst Note** ≈ 50,000 (“some 50,000”)" in md  # chips "including" in a sum of
    # money are no part of a chip total
    sources = md[md.index("## Sources"):md.index("## What to check next")]
    assert "<https://example.com/wire/cost>" in sources and "Wire Service" in sources
    assert "javascript" not in md  # an address that is not http(s) is not shown as a link
    assert brief.verify_citations(md, a.docs)["quote_in_text"].all()


def test_story_toml_gives_title_and_subjects(other, tmp_path):
    root, a = other
    (root / "STORY.toml").write_text('title = "The cheap model: what it cost"\nsubjects = ["cost"]\n',
                                     encoding="utf-8")
    story = load_story(root)
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]), story=story)
    assert "\n# The cheap model: what it cost {#title}\n" in md
    findings = md[md.index("## Key findings"):md.index("## Where the sources disagree")]
    assert findings.index("**Cost") < findings.index("**Chips")
    assert load_story(root).with_title("Given").title == "Given" and load_story(root).with_title(None).title == story.title


def test_figures_keep_a_fixed_width_whatever_their_footer(docs, tmp_path):
    many = [f"source-{i:03d}" for i in range(300)]
    widths = []
    for n, sources in (("short", many[:2]), ("long", many)):
        fig, ax = plt.subplots(figsize=figures.TWO_COLUMN)
        ax.plot([0, 1], [0, 1])
        figures.export(fig, n, caption="c", alt="a", sources=sources, data=pd.DataFrame({"x": [1]}), out=tmp_path)
        plt.close(fig)
        widths.append(Image.open(tmp_path / f"{n}.png").size[0])
    assert widths[0] == widths[1] == round((figures.TWO_COLUMN[0] + 2 * 0.15) * 300)  # canvas plus padding
    text = figures.footer("Sources: " + "; ".join(many), 120)
    assert len(text.split("\n")) == figures.FOOTER_LINES and text.endswith("more")
    assert int(re.search(r"and (\d+) more", text).group(1)) + text.count(";") == 300


def test_sentences_are_not_cut_at_abbreviations():
    for text, word in [("Sales rose. The U.S. banned exports of 40 chips in 2022. Then more.", "40"),
                       ("Dr. Chen said No. 5 plant has 12 data centres. Next.", "12"),
                       ("L'usine compte 30 puces, selon M. Dupont. Ensuite.", "30"),
                       ("新疆共有三十个数据中心。部署了10万块芯片。其他。", "10万")]:
        at = text.index(word)
        s, e = sentence_at(text, at, at + len(word))
        assert text[s:e] in {"The U.S. banned exports of 40 chips in 2022.",
                             "Dr. Chen said No. 5 plant has 12 data centres.",
                             "L'usine compte 30 puces, selon M. Dupont.", "部署了10万块芯片。"}, text[s:e]


def test_timeline_labels_are_short_clauses_not_cut_sentences():
    assert short_label("Shares fell 17% on January 27, 2025, wiping out $600 billion in value.",
                       "January 27, 2025") == "Shares fell 17%"
    assert short_label("Le 27 janvier 2025, l'action a chuté de 17 %.", "27 janvier 2025") == "L'action a chuté de 17 %"
    assert short_label("Chips were planned, despite the fact that the U.S. imposed a ban in 2022.",
                       "in 2022", 80) == "The U.S. imposed a ban"


def test_a_subject_that_only_names_a_kind_of_quantity_never_leads(make_corpus):
    """"$5.6 million" with no word for what it paid ("the whole thing came to", not "trained its model for": a
    training cost) is a sum of money, not a finding about money: it is listed after the named subjects and stays out
    of the title and the bottom line."""
    pages = {name: text.replace("trained its model for about", "said the whole thing came to about")
             for name, text in PAGES.items()}
    a = helpers.analyse(helpers.load_corpus(make_corpus(pages)))
    assert "money" in set(a.claims["subject"])
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    title = md[md.index("\n# "):].split("\n")[1]
    bottom = md[md.index("**Bottom line.**"):md.index("## Key findings")]
    findings = md[md.index("## Key findings"):md.index("## Where the sources disagree")]
    assert "money" not in title.lower() and "money" not in bottom.lower()
    assert findings.index("**Chips") < findings.index("**Money")


def _findings(tmp_path, pages: dict[str, str]) -> tuple:
    """The analysis of ``pages`` (file name -> text), its brief as markdown and the brief's key findings section."""
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    a = helpers.analyse(helpers.load_corpus(tmp_path, manifest=False))
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    return a, md, md[md.index("## Key findings"):md.index("## ", md.index("## Key findings") + 5)]


def test_unrelated_small_counts_are_not_findings_and_do_not_lead(tmp_path):
    pages = {
        "a.txt": "Orbex raises $30 billion\n\nOrbex raised $30 billion, one of two deals this week.\n",
        "b.txt": "Orbex lève 30 milliards\n\nOrbex a levé 30 milliards de dollars auprès de plus de 30 entreprises.\n",
        "c.txt": "Orbex 融资300亿美元\n\nOrbex完成300亿美元融资，三家公司领投。\n",
        "d.txt": "Orbex round\n\nThe $30 billion round drew 500 companies, and two signals stood out.\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    assert "**Investment" in findings or "**Money" in findings
    assert "**Companies" not in findings  # 3, >30, 500: no two agree, none disagree, far apart
    assert "**Signals" not in findings  # one source's passing "two signals"
    assert "about companies" not in md.splitlines()[4]  # nor does it title the brief


def test_a_death_toll_is_told_as_a_running_count_by_day(tmp_path):
    pages = {
        "a.txt": "Quake toll rises\n\nOn 29 March 2025 officials said 1,644 people were killed.\n",
        "b.txt": "Quake toll tops 3,000\n\nOn 3 April 2025 the death toll rose to 3,085, officials said.\n",
        "c.txt": "地震死亡人数\n\n2025年4月5日，缅甸地震死亡人数增至3354人。\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    assert "**Deaths — a running count, recounted in each bulletin.**" in findings
    assert "From 1,644 (2025-03-29) to 3,354 (2025-04-05)." in findings
    assert not (a.conflicts["subject"] == "deaths").any()  # three bulletins, three days: no contradiction


def test_a_films_gross_leads_by_day_and_its_forecast_is_no_bulletin(tmp_path):
    """A box office is a running count: it titles the brief when most sources give it, and a predicted final gross
    is no bulletin of it."""
    pages = {
        "a.txt": "Film gross\n\nOn 10 February 2025 the film's box office reached 9.5 billion yuan, Maoyan said.\n",
        "b.txt": "Film record\n\nOn 20 April 2025 the film's box office reached 15.4 billion yuan, Maoyan said.\n",
        "c.txt": "票房\n\n2025年3月1日，该片票房突破137亿元，预测最终票房或达160亿元。\n",
        "d.txt": "Crew\n\nSome 138 companies and 4,000 staff worked on the film, the studio said.\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    assert md.splitlines()[4].startswith("# What 4 sources say about box office")
    assert "From CNY 9.5 billion (2025-02-10) to CNY 15.4 billion (2025-04-20)." in findings
    assert "160亿" not in findings.split("**Box office")[1].split("\n\n")[0]


def test_a_vague_amount_many_sources_share_is_not_established(tmp_path):
    """"Millions of homes" in three pages is no figure an editor can sign: unconfirmed, not established."""
    pages = {
        "a.txt": "Campus power\n\nThe Orbex campus will use enough energy to power millions of households, officials said.\n",
        "b.txt": "Orbex 园区\n\nOrbex园区的能耗足以供数百万户家庭使用。\n",
        "c.txt": "Orbex campus\n\nThe campus would supply millions of households with power, the company said.\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    assert "**Households — unconfirmed: 3 independent sources give only a vague amount, no figure.**" in findings
    assert "Established: households" not in md


def test_a_figure_every_source_gives_as_a_forecast_is_said_to_be_one(tmp_path):
    """An expected charge three sources repeat is established as a forecast, not as the charge booked."""
    pages = {
        "a.txt": "Orbex charge\n\nOrbex expects to take a charge of $5.5 billion next quarter, the company said.\n",
        "b.txt": "Orbex warns\n\nOrbex will record a charge of $5.5 billion in the coming quarter, it said.\n",
        "c.txt": "Orbex outlook\n\nOrbex will take a charge of $5.5 billion next quarter, analysts said.\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    assert "USD 5.5 billion (a forecast), given by" in findings
    assert "USD 5.5 billion (a forecast) (" in md.split("## Key findings")[0]  # the bottom line says so too
    assert "USD 5.5 billion, given by" not in findings


def test_a_publication_known_only_by_its_year_is_not_a_timeline_row(make_corpus):
    pages = dict(PAGES)
    pages["MANIFEST.csv"] = PAGES["MANIFEST.csv"].replace("2025-02-03,original", "2025,original")
    a = helpers.analyse(helpers.load_corpus(make_corpus(pages)))
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    timeline = md[md.index("## Timeline"):]
    assert re.search(r"2025-01-27 .*Wire Service .*published", timeline)  # a day places it
    assert not re.search(r"Analyst Note +published", timeline)  # a year alone places nothing


@pytest.mark.parametrize("row, shown", [
    ({"value": 15000.0, "value_low": 15000.0, "value_high": 15000.0, "qualifier": "exact", "unit": "MW", "counted": "GW"}, "15 GW"),
    ({"value": 450.0, "value_low": 450.0, "value_high": 450.0, "qualifier": "exact", "unit": "MW", "counted": "MW"}, "450 MW"),
    ({"value": 9.45e11, "value_low": 9.45e11, "value_high": 9.45e11, "qualifier": "approx", "unit": "kWh", "counted": "TWh"}, "≈ 945 TWh"),
])
def test_large_powers_and_energies_read_in_their_larger_unit(row, shown):
    from helpers.present.brief_findings import amount

    assert amount(row) == shown


def test_a_running_count_whose_figures_are_all_another_events_is_no_finding(make_corpus):
    pages = {
        "MANIFEST.csv": "file,outlet,published\na.txt,Wire A,2025-07-30\nb.txt,Wire B,2025-07-30\n",
        "a.txt": "Quake\n\nThe 8.8 earthquake forced 2,000 people to leave. Only the 2011 quake was stronger, and it killed "
                 "over 15,000 people.\n",
        "b.txt": "Quake\n\nThe 8.8 earthquake forced 2,000 people to leave their homes, officials said.\n",
    }
    a = helpers.analyse(helpers.load_corpus(make_corpus(pages)))
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    assert "**Deaths" not in md and "bulletin.** ." not in md  # the 2011 toll is another event's: nothing to say


def test_an_axis_named_by_its_unit_says_it_once():
    from helpers.present.plots_brief import _axis_title

    d = pd.DataFrame({"currency": ["", ""], "unit": ["magnitude", "magnitude"]})
    assert _axis_title(d, "magnitude") == "magnitude"
    assert _axis_title(pd.DataFrame({"currency": [""], "unit": ["km"]}), "distance") == "distance, km"


def test_a_tally_confirmed_day_by_day_is_told_by_day_not_as_established(make_corpus):
    pages = {
        "MANIFEST.csv": "file,outlet,published\na.txt,Wire A,2025-04-24\nb.txt,Wire B,2025-04-24\nc.txt,Wire C,2025-04-25\n",
        "a.txt": "Summit\n\nThe protocol office said 130 delegations have been confirmed for the summit in Geneva.\n",
        "b.txt": "Summit\n\nOrganisers said 130 delegations have been confirmed for the Geneva summit.\n",
        "c.txt": "Summit\n\nThe protocol office says 164 delegations are confirmed for the summit in Geneva.\n",
    }
    a = helpers.analyse(helpers.load_corpus(make_corpus(pages)))
    md = brief.brief_markdown(a, pd.DataFrame(columns=["name", "caption", "alt"]))
    assert "**Delegations — a tally, confirmed day by day.** From 130 (2025-04-24) to 164 (2025-04-25)" in md
    assert "Tallies, latest day: delegations, 164 (2025-04-25)" in md  # not "established: 130"


def test_firefighters_sent_and_firefighters_hurt_are_no_running_count(tmp_path):
    """Firefighters are counted as those sent and those hurt or killed: one subject, two quantities, so their
    figures of several days are no bulletins of one running count."""
    pages = {
        "a.txt": "Tower fire\n\nOn 27 November 2025 one firefighter died and 9 firefighters were hurt in the tower fire.\n",
        "b.txt": "Tower fire\n\nOn 28 November 2025 more than 2,000 firefighters fought the tower fire.\n",
        "c.txt": "Tower fire\n\nOn 28 November 2025 the toll rose to 128 dead, including 12 firefighters.\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    bottom = next(ln for ln in md.splitlines() if ln.startswith("**Bottom line.**"))
    assert "firefighters, " not in bottom.split("Running counts", 1)[-1].split("Established")[0]
    assert "**Firefighters — a running count" not in findings


def test_a_long_report_is_listed_in_part_and_points_to_its_tables(tmp_path):
    """A source with hundreds of figures (a long report, a page saved as one line) is not copied whole into the
    brief: each source lists its first numbers and says how many more the claims table holds."""
    ports = " ".join(f"Port {i} handled {100 + 7 * i} ships." for i in range(60))
    a, md, _ = _findings(tmp_path, {"report.txt": "Ports in review\n\n" + ports + "\n",
                                    "note.txt": "Ports note\n\nPort 1 handled 107 ships, officials said.\n"})
    by_source = md[md.index("## What each source says"):md.index("## Sources")]
    assert "and 30 more, in tables/claims.csv" in by_source  # 60 figures, 30 shown
    assert by_source.count("ships") < 40


def test_a_vague_word_is_never_a_running_counts_latest_bulletin(tmp_path):
    pages = {
        "a.txt": "Published 12 September 2025\n\nNepal protests toll rises\n\nThe health ministry said 1,760 people "
                 "had been injured in the protests.\n",
        "b.txt": "Published 16 September 2025\n\nNepal counts the cost of protests\n\nThe protests left 72 dead, "
                 "with scores more badly injured, according to officials.\n",
    }
    a, md, findings = _findings(tmp_path, pages)
    bottom = md[md.index("**Bottom line.**"):md.index("## Key findings")]
    assert "injured, 1,760 (2025-09-12)" in bottom  # not "40–99 (2025-09-16)" from "scores more badly injured"


def test_the_sources_table_names_the_author_a_byline_gave(tmp_path):
    a, md, _ = _findings(tmp_path, {
        "port.txt": "Port workers walk out over pay\nBy Ann Bell | Updated 3 hours ago\n\nThe strike idled 40 ships at "
                    "the port on Monday, officials said.\n",
        "note.txt": "Port strike enters second day\n\nThe strike idled 40 ships, the union said.\n"})
    sources = md[md.index("## Sources"):]
    assert "by Ann Bell" in sources and "3 hours" not in sources
