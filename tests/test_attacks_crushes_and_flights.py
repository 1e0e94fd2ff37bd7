"""Readings the unseen pages of development 118-120 (a mid-air collision, a gunmen's attack on tourists, a crowd crush
at a rally) found missing, each a class: a group's fate told past an aside or a verb of belief, the attackers of an
attack counted by their own nouns, a Chinese headline's fate before 的, a craft's flying height, and the kinds of event
two sentences may share. Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows

from helpers.compare.owners import _events_named


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(r["value"], r["subject"], r["qualifier"]) for r in claim_rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("At least 28 tourists, including two foreign nationals, were killed on Tuesday.",
     [(28, "deaths", "at_least"), (2, "people", "exact")]),
    ("Au moins 26 touristes, en majorité indiens, selon un bilan provisoire, ont été tués.", [(26, "deaths", "at_least")]),
    ("At least 28 tourists are feared killed.", [(28, "deaths", "at_least")]),
    ("Some 300 tourists were believed trapped.", [(300, "trapped", "approx")]),
    ("Some 300 tourists, mostly from Gujarat, arrived in Srinagar.", [(300, "visitors", "approx")]),  # (no fate)
    ("Gunmen opened fire on 40 tourists, most of them from Gujarat, killing 26.",
     [(40, "visitors", "exact"), (26, "deaths", "exact")]),  # (past an aside, only an auxiliary opens their fate)
])
def test_a_groups_fate_is_read_past_an_aside_or_a_verb_of_belief(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three gunmen opened fire on tourists.", [(3, "attackers", "exact")]),
    ("Three gunmen killed 26 tourists.", [(3, "attackers", "exact"), (26, "deaths", "exact")]),  # (who killed)
    ("Three terrorists were killed in the attack, police said.", [(3, "attackers", "exact")]),  # (no victims' toll)
    ("Trois assaillants ont ouvert le feu.", [(3, "attackers", "exact")]),
    ("四名武裝分子突襲開火。", [(4, "militants", "exact")]),  # (not four molecules: 分子 alone)
    ("至少3名武装人员向游客开枪。", [(3, "attackers", "at_least")]),
])
def test_attackers_are_counted_by_their_own_nouns(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("未料爆發至少釀成39死的踩踏意外。", [(39, "deaths", "at_least")]),
    ("一場15死的火災。", [(15, "deaths", "exact")]),
    ("這場造成39人死亡的意外。", [(39, "deaths", "exact")]),
])
def test_a_chinese_fate_before_de_is_a_toll(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, subject", [
    ("Radar showed the military helicopter was flying at 300 feet at the time of the crash.", "altitude"),
    ("The passenger plane was flying at about 325 feet when it was hit.", "altitude"),
    ("L'hélicoptère volait à 100 mètres au moment de la collision.", "altitude"),
    ("The bridge is 300 feet long.", "length"),
    ("The drone flew at 30 km from the city.", "distance"),  # (a distance from a place, not a height)
    ("The drone flew at 5 km north of the border.", "distance"),
    ("Russian jets flew at 20 kilometres inside Estonian airspace.", "distance"),
])
def test_a_craft_flying_at_a_length_is_at_an_altitude(text: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(text)] == [subject]


@pytest.mark.parametrize("sentence, events", [
    ("At least 39 people died in the stampede at the rally.", {"stampede"}),
    ("踩踏事件已造成39人死亡。", {"stampede"}),
    ("The helicopter collided with the jet over the river.", {"collision"}),
    ("L'explosion a fait 70 morts dans le port.", {"explosion"}),
    ("Trois assaillants ont commis l'attentat.", {"attack"}),
    ("Four gunmen killed 26 tourists.", {"shooting"}),
    ("The bridge opened to traffic.", set()),
    ("Shares of the lender collapsed 20% on Monday.", set()),  # (no disaster in these)
    ("An explosion in demand lifted sales by 40%.", set()),
    ("Shooting of the film began with 300 extras.", set()),
    ("Four mid-air refuelling tankers were ordered.", set()),
    ("市场出现踩踏式抛售，股价下跌20%。", set()),
    ("The school building collapsed on Monday, killing 60.", {"collapse"}),
])
def test_the_kinds_of_event_a_sentence_names(sentence: str, events: set) -> None:
    assert set(_events_named(sentence)) == events


def test_a_figure_another_sentence_gives_to_its_twin_is_no_rival_of_that_sentences_other_figure() -> None:
    from helpers.compare.may_compare import _echoed

    jet = {"doc_id": "a", "subject": "altitude", "dimension": "other", "unit": "metres", "value": 99.06}
    both = {"doc_id": "b", "subject": "altitude", "dimension": "other", "unit": "metres", "value": 60.96,
            "figures": frozenset({("length", "other", "metres", 99.06)})}  # ("the Black Hawk at 200 feet, while the jet's
    # recorder placed it at 325 feet")
    toll = {"doc_id": "c", "subject": "deaths", "dimension": "count", "value": 30.0}
    other = {"doc_id": "d", "subject": "deaths", "dimension": "count", "value": 45.0,
             "figures": frozenset({("injured", "count", "", 30.0)})}  # ("45 dead and 30 injured")
    assert _echoed(jet, both) and not _echoed(both, jet)
    assert not _echoed(toll, other)  # (a figure given to another quantity stays a conflict)
    dollars = {"doc_id": "e", "subject": "investment", "dimension": "money", "unit": "USD", "value": 1.3e9}
    converted = {"doc_id": "f", "subject": "investment", "dimension": "money", "unit": "USD", "value": 1.5e9,
                 "figures": frozenset({("investment", "money", "EUR", 1.3e9)})}  # ("13億歐元，約15億美元")
    assert not _echoed(dollars, converted)
    tower = {"doc_id": "g", "subject": "height", "dimension": "other", "unit": "metres", "value": 441.96}
    passed = {"doc_id": "h", "subject": "height", "dimension": "other", "unit": "metres", "value": 527.0,
              "figures": frozenset({("altitude", "other", "metres", 441.96)})}  # ("the plane was flying at 1,450 feet
    # when it passed the tower, which is 1,729 feet tall": a plane's altitude is no tower's height)
    assert not _echoed(tower, passed)


@pytest.mark.parametrize("quote, figure, story, earlier", [
    ("En février 2025, 18 personnes sont mortes dans une bousculade à la gare de New Delhi.", "18", "2025-09-27", True),
    ("En février 2025, 18 personnes sont mortes dans une bousculade à la gare de New Delhi.", "18", "2025-03-10", False),
    ("2025年2月，新德里火车站踩踏造成18人死亡。", "18", "2025-09-27", True),
    ("Since February 2025, 300 people have died.", "300", "2025-09-27", False),  # (a count since then, up to now)
    ("The stampede on 27 September 2025 killed 41 people, the CBI said in its report.", "41", "2025-09-27", False),
    # (a later page's account of the story's own day)
    ("A year after a crush at New Delhi station in February 2025, the stampede at the Karur rally on Saturday killed "
     "41 people.", "41", "2025-09-27", False),  # (an aside's date, not the figure's clause)
    ("En février 2025, 18 personnes sont mortes dans une bousculade.", "18", None, False),  # (no story day known)
])
def test_a_toll_its_sentence_dates_months_before_the_storys_day_is_an_earlier_events(quote: str, figure: str,
                                                                                      story: str | None,
                                                                                      earlier: bool) -> None:
    from helpers.compare.prices import earlier_event

    assert earlier_event("deaths", quote, "2025-12-20", figure, story) is earlier


def test_the_storys_day_is_the_day_most_toll_sentences_name() -> None:
    from helpers.compare.whole_tallies import story_day

    pages = ["2025-09-28"] * 4
    assert story_day(["On 27 September 2025, 39 died.", "Saturday, September 27, 2025: 41 died.",
                      "En février 2025, 18 morts.", "On 3 June 2025, 11 died."], pages) == "2025-09-27"
    assert story_day(["Au moins 36 personnes ont été tuées samedi 27 septembre.", "En février 2025, 18 morts."],
                     ["2025-09-28", "2025-09-29"]) == "2025-09-27"  # (a date without its year, read on its page)
    assert story_day(["39 people died.", "En février 2025, 18 morts."], ["2025-09-29", "2025-09-28"]) == "2025-09-28"
    # (no day named: the earliest page's)


@pytest.mark.parametrize("sentence, years", [
    ("Charged under section 3 of the Public Property (Prevention of Damage and Loss) Act, 1992.", []),
    ("The Companies Act of 2013 applies.", []),
    ("Selon la loi de 1905 sur la laïcité.", []),
    ("根據《1992年公共財產法》起訴。", []),
    ("The Companies Act 2006 applies.", []),
    ("Crowds at the Code 2024 hackathon reached 5,000.", ["2024"]),  # (an event's name)
    ("Le gouvernement a publié un décret de 2025 sur les rassemblements.", ["2025"]),  # (a decree dates its act)
    ("In 1992, the party was founded.", ["In 1992"]),
    ("2024年法国大选", ["2024年"]),  # (法国 is France, no law)
])
def test_a_laws_year_is_no_date(sentence: str, years: list) -> None:
    from helpers.extract.temporal import find_temporal

    assert [t.text for t in find_temporal(sentence)] == years


def test_an_age_is_a_fact_not_a_forecast() -> None:
    text = "A 24-year-old man and a 24-year-old woman who were set to get married soon were among the victims."
    assert [(r["subject"], r["is_forecast"]) for r in claim_rows(text)] == [("age", False), ("age", False)]


def test_a_coarse_subjects_other_figures_are_not_called_rivals(tmp_path) -> None:
    import helpers
    from helpers.present import brief

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("Rally crush\n\nThe 51-year-old actor led the rally on Saturday.\n", encoding="utf-8")
    (pages / "b.txt").write_text("Crush at rally\n\nThe 51-year-old actor spoke late at the rally on Saturday.\n",
                                 encoding="utf-8")
    (pages / "c.txt").write_text("Victims named\n\nThe youngest victim of the crush was a 2-year-old boy.\n",
                                 encoding="utf-8")
    a = helpers.analyse(helpers.load_corpus(pages))
    md = brief.write_brief(a, tmp_path / "figures", tmp_path / "brief")["md"].read_text(encoding="utf-8")
    line = next(x for x in md.splitlines() if x.startswith("- **Age"))
    assert "51 years of age, given by 2 independent sources" in line
    assert "Other figures of this kind, maybe of other things: **c** 2 years of age" in line


@pytest.mark.parametrize("text, subjects", [
    ("死者包括13名男性、4名男童和5名女童。", ["people", "boys", "girls"]),  # (not "male sexes"; boys and girls apart)
    ("The dead include 13 men, five boys and five girls.", ["people", "boys", "girls"]),
    ("其中包括10名儿童。", ["children"]),
])
def test_boys_girls_and_men_are_read_alike_in_chinese_and_english(text: str, subjects: list) -> None:
    assert [r["subject"] for r in claim_rows(text)] == subjects


@pytest.mark.parametrize("text, subject", [
    ("Les secouristes ont repêché 28 corps.", "deaths"),  # (bodies, as "recovered 28 bodies" and 28具遗体)
    ("Ils ont retrouvé 28 corps dans le fleuve.", "deaths"),
    ("Rescuers recovered 28 bodies from the river.", "deaths"),
    ("Le 5 corps d'armée avance.", "corps"),  # (an army corps, no dead)
])
def test_french_bodies_are_the_dead_as_in_english_and_chinese(text: str, subject: str) -> None:
    assert [r["subject"] for r in claim_rows(text)] == [subject]


@pytest.mark.parametrize("quote, figure, craft", [
    ("The passenger plane was flying at 325 feet when the crash occurred.", "325 feet", "plane"),
    ("Radar showed the helicopter's last estimated altitude was about 400 feet when it crashed.", "about 400 feet",
     "helicopter"),
    ("Radar showed the Black Hawk at 200 feet, while the jet's recorder placed it at 325 feet.", "200 feet",
     "helicopter"),
    ("Radar showed the Black Hawk at 200 feet, while the jet's recorder placed it at 325 feet.", "325 feet", "plane"),
    ("The Black Hawk, stationed at Fort Belvoir, was flying at about 300 feet when it hit the jet.", "about 300 feet",
     "helicopter"),  # (its sentence's craft before it, not the one it hit)
    ("The flood reached 3 metres in the town.", "3 metres", ""),
])
def test_a_figure_is_of_the_craft_its_sentence_names_for_it(quote: str, figure: str, craft: str) -> None:
    from helpers.compare.crafts import craft_of, crafts_apart

    assert craft_of(quote, figure) == craft
    jet = {"subject": "altitude", "quote": "The passenger plane was flying at 325 feet.", "text": "325 feet"}
    assert crafts_apart(jet, {"subject": "altitude", "quote": quote, "text": figure}) is (craft == "helicopter")


def test_a_months_abbreviation_names_no_one() -> None:
    from helpers.compare.owners import _anchors

    assert _anchors("On Jan. 29, the Black Hawk was at 300 feet.") == {"black", "hawk"}


@pytest.mark.parametrize("text, expected", [
    ("發射4枚美製ATACMS飛彈的「恐怖攻擊」。", [(4, "missiles")]),  # (not 4 chips: 枚's default; the missiles before 的
    # are what is counted, no maker)
    ("俄軍發射476架無人機和48枚飛彈。", [(476, "drones"), (48, "missiles")]),
    ("Russia launched 476 drones and 48 missiles.", [(476, "drones"), (48, "missiles")]),
    ("1架麥道公司生產的MD-11墜毀。", [(1, "aircraft")]),  # (a company before 的 is the maker)
])
def test_missiles_and_drones_are_counted_alike_in_chinese_and_english(text: str, expected: list) -> None:
    assert [(r["value"], r["subject"]) for r in claim_rows(text)] == expected


def test_a_worth_before_de_is_no_count_of_its_own() -> None:
    assert [(r["value"], r["subject"]) for r in claim_rows("声明说，8件价值难估的文化遗产被窃。")] == [(8, "items")]


@pytest.mark.parametrize("quote, figure, whole", [
    ("联合国报告显示,自俄乌冲突爆发以来,已有约4.2万平民死伤。", "约4.2万", True),  # (a conflict named with its start)
    ("Since the start of the full-scale invasion, 14,000 civilians have been killed.", "14,000", True),
    ("Depuis le début du conflit, 12 000 civils ont été tués.", "12 000", True),
    ("冲突已造成26人死亡。", "26", False),  # (the story's own clashes)
    ("Since the start of the invasion, Russia has fired thousands of missiles; on Wednesday 26 people died.", "26",
     False),
])
def test_a_count_since_a_conflict_began_is_a_whole_wars(quote: str, figure: str, whole: bool) -> None:
    from helpers.compare.whole_tallies import long_tally

    assert long_tally(quote, figure, "2025-11-20") is whole


@pytest.mark.parametrize("quote, figure, country", [
    ("Officials said that Russia struck the city center with ballistic missiles, leaving 31 killed.", "31", ""),
    ("截至当天13时,俄罗斯对苏梅市的导弹袭击已造成24人死亡。", "24", ""),  # (who struck is not where the dead are)
    ("La Russie a frappé le centre-ville : 21 civils ont été tués.", "21", ""),
    ("Pakistani airstrikes killed 10 people in Afghanistan.", "10", "afghanistan"),
])
def test_the_country_that_struck_is_not_where_its_victims_are_counted(quote: str, figure: str, country: str) -> None:
    from helpers.compare.count_countries import sentence_country

    assert sentence_country(quote, figure) == country


@pytest.mark.parametrize("text, expected", [
    ("俄軍發射兩枚「伊斯坎德爾-M」戰術導彈。", [(2, "missiles")]),  # (a quoted name between the classifier and its noun)
    ("赢得3枚金牌。", [(3, "gold medals")]),
    ("共采购11.5万枚芯片。", [(115000, "chips")]),
])
def test_mei_counts_the_noun_after_it(text: str, expected: list) -> None:
    assert [(r["value"], r["subject"]) for r in claim_rows(text)] == expected
