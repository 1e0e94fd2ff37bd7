"""Conflicts found on a story the package had never seen (tests/devcorpus80, chip-smuggling cases): one person's
age told two ways, one page retelling its own statement at another magnitude, and a source named before a figure.
Each page is written for this file."""
from corpus_tools import conflicts_of, numeric, value_pairs


def test_one_persons_age_told_two_ways_conflicts(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Two men were charged on Thursday. Marcus Delane Porter, 40, and Ivo Renk, 48, each face two counts.",
        "b": "Les deux hommes, Marcus Porter, 41 ans, et Ivo Renk, 48 ans, ont été inculpés jeudi.",
    }))
    assert value_pairs(found) == {frozenset(("40 years of age", "41 years of age"))}
    assert set(found["severity"]) == {"low"}


def test_two_peoples_ages_do_not_conflict(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Two men were charged on Thursday. Marcus Porter, 40, faces two counts.",
        "b": "Two men were charged on Thursday. Ivo Renk, 48, faces two counts.",
    }))
    assert found.empty


def test_a_page_retelling_its_statement_at_another_magnitude(tmp_path):
    page = ("Authorities claim the defendants exported 30,000 Zentra Q900 accelerators and tried to smuggle 70 "
            "Zentra Q950 accelerators.\n\nKey facts\n\n- Prosecutors claim 300 Zentra Q900 accelerators and 70 "
            "Zentra Q950 accelerators were shipped abroad.\n")
    found = numeric(conflicts_of(tmp_path, {"a": page, "b": "Other news: the port handled 12 ships on Monday."}))
    rows = found[found["value_a"].isin(["30,000", "300"]) & found["value_b"].isin(["30,000", "300"])]
    assert list(rows["severity"]) == ["high"]
    assert "two tellings of one statement" in rows["why"].iloc[0]


def test_two_figures_of_one_page_without_a_shared_figure_stay_apart(tmp_path):
    page = ("The firm exported 30,000 Zentra Q900 accelerators in 2024.\n\nIn its first shipment, 300 Zentra Q900 "
            "accelerators went to Malaysia.\n")
    found = numeric(conflicts_of(tmp_path, {"a": page, "b": "Other news: the port handled 12 ships on Monday."}))
    assert found.empty


def test_who_says_a_figure_is_not_whose_it_is():
    from helpers.compare.sayers import sayers

    names = frozenset({"prosecutors", "nvidia", "reuters"})
    assert sayers("Prosecutors claim 400 GPUs were shipped", names) == {"prosecutors"}
    assert sayers("exported 40,000 GPUs, according to Reuters", names) == {"reuters"}
    assert sayers("Nvidia said in May it would sell 18,000 chips", names) == frozenset()  # its own figure
    assert sayers("Nvidia a déclaré en mai qu'elle vendrait des puces", names) == frozenset()
    assert sayers("Nvidia sold 18,000 chips", names) == frozenset()


def test_a_place_after_via_is_a_route_not_a_source():
    from helpers.compare.attribution import credits

    assert credits("The scheme shipped the servers via Thailand and Malaysia to China.") == []
    assert [c[0] for c in credits("The story came via Reuters.")] == ["Reuters"]


def test_votes_on_two_motions_are_two_tallies(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "上周六晚间,该法案以 51 票赞成、49 票反对在参议院获得推进。",
        "b": "当地时间周二,美国参议院以51票对50票的微弱优势,通过该法案。",
    }))
    assert found.empty  # 49 against taking it up, 50 against passing it


def test_sentence_measures_name_the_vote():
    from helpers.compare.comparable import count_measures

    assert count_measures("The Senate voted 51-49 to advance the bill.") == {"vote to advance"}
    assert count_measures("The bill passed 51-50 after the tie was broken.") == {"final passage"}
    assert count_measures("美国参议院以51票对50票的微弱优势,通过该法案") == {"final passage"}
    assert count_measures("The death toll passed 100 on Monday.") == frozenset()


def test_a_source_line_with_the_originals_address_credits_its_site():
    from helpers.compare.attribution import credits

    assert [c[0] for c in credits("信息來源:https://www.wired.com/story/smuggling-case/")] == ["Wired"]
    assert [c[0] for c in credits("Source: https://www.reuters.com/world/china/x")] == ["Reuters"]
    assert credits("The portal https://www.example.com/page lists prices.") == []  # an address alone credits no one
