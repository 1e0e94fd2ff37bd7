"""One project's fixed figures (its capacity, its cost, its yearly output) told by pages about that project, in any
tense and under "the project", "the scheme", 该工程 or "le projet": one quantity. Sentences written for this file,
about made-up projects."""
from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs

from helpers.compare.projects import project_kinds, project_of


def _page(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def test_a_design_capacity_told_as_fact_and_as_a_forecast_is_one_figure(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": _page("Work starts on the Lakeside hydropower dam",
                   "Engineers began pouring concrete on Monday. The scheme would deliver 4.8 GW of capacity once the "
                   "turbines turn."),
        "b": _page("Le barrage hydroélectrique de Lakeside en chantier",
                   "Les travaux ont commencé lundi. Le projet aura une capacité de 4,2 GW selon ses promoteurs."),
        "c": _page("湖畔水电站开工", "工程周一正式开工。该工程总装机容量达480万千瓦。"),
    }))
    assert _pairs(got) == {frozenset("ab")}  # 4.8 GW would be delivered, 4.2 GW it will have: one capacity
    row = got.iloc[0]
    assert row.severity == "medium" and "one project's figure" in row.why
    assert "said by 2 and 1 document(s)" in row.evidence  # 480万千瓦 is 4.8 GW: the same statement as a's


def test_a_projects_cost_and_its_total_investment_are_one_figure(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": _page("Lakeside dam construction begins", "The project is being built with a total estimated "
                   "investment of $31.5 billion, officials said."),
        "b": _page("Building the Lakeside dam", "The dam is estimated to cost $36.2 billion, according to the "
                   "state planning office."),
    }))
    assert frozenset("ab") in _pairs(got)  # an investment and a cost of one project: 15 % apart


def test_another_dam_named_beside_the_page_project_keeps_its_own_figure(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": _page("Work starts on the Lakeside hydropower dam",
                   "The Lakeside dam will have 4.8 GW of capacity, more than double the Riverbend dam's 2.1 GW."),
        "b": _page("Le barrage de Lakeside", "Le barrage aura une capacité de 4,8 GW."),
    }))
    assert got.empty  # 2.1 GW is another dam's (far apart): no conflict with 4.8 GW


def test_pages_about_no_project_keep_amounts_of_a_name_apart(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "The fund will invest €20 billion in the country by 2030.\n",
        "b": "The fund has invested €18 billion in the country so far.\n",
    }))
    assert got.empty  # no project named by either page: two investments need a name to be one


def test_pages_far_apart_in_time_tell_two_estimates(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published: 2016-09-15\n\nHillside nuclear power plant approved\n\nThe project is expected to cost "
             "£18 billion.\n",
        "b": "Published: 2024-01-23\n\nHillside nuclear power plant delayed again\n\nThe project is now expected to "
             "cost £22 billion.\n",
    }))
    assert frozenset("ab") not in _pairs(got)  # eight years apart: a revised estimate, not a contradiction


def test_a_sentence_referring_back_to_a_project_gives_its_pages():
    assert project_kinds("Work starts on the Lakeside hydropower dam") == frozenset({"hydropower"})
    assert project_kinds("La centrale nucléaire de Flamanville") == frozenset({"nuclear plant"})
    lead = {"page_projects": frozenset({"hydropower"})}
    assert project_of({**lead, "quote": "The project is being built with a total investment of $31.5 billion."}) \
        == frozenset({"hydropower"})
    assert project_of({**lead, "quote": "该工程总装机容量达480万千瓦。"}) == frozenset({"hydropower"})
    assert project_of({**lead, "quote": "Le coût du projet est estimé à 31 milliards."}) == frozenset({"hydropower"})
    assert project_of({**lead, "quote": "La structure s'élève à 175 mètres."}) == frozenset({"hydropower"})
    assert project_of({**lead, "quote": "The new bridge is 2 km long."}) == frozenset({"bridge"})  # its own kind
    assert project_of({"quote": "The project costs $3 billion."}) == frozenset()  # a page about no project
    assert project_of({**lead, "quote": "The agency allocated $728 million to 20 states."}) == frozenset()  # no
    # reference to the project: another sum on a page about a bridge or a dam
    assert project_of({**lead, "quote": "这座大坝耗资50亿美元。"}) == frozenset({"hydropower"})
    assert project_of({**lead, "quote": "Le mégabarrage aura 5 000 mégawatts."}) == frozenset({"hydropower"})
    assert project_kinds("Data centres in the region number 36") == frozenset()  # many data centres: no one project


def test_the_evidence_counts_each_side_s_own_documents(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Training the Falcon-9X model cost $6.5 million, the lab said.\n",
        "b": "Training the Falcon-9X model cost $5.6 million, a report said.\n",
        "c": "Training the Falcon-9X model cost $5.6 million, according to the paper.\n",
    }))
    assert len(got) == 1
    row = got.iloc[0]
    assert row.doc_a == "a", row.to_dict()
    assert row.evidence.endswith("said by 1 and 2 document(s)")  # a's $6.5 million in one page, $5.6 million in two


def test_an_owner_or_a_place_of_its_own_keeps_a_sentence_apart(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": _page("The Lakeside dam opens", "The structure is 145 metres high."),
        "b": _page("Le barrage de Lakeside inauguré", "L'ouvrage mesure 170 mètres de haut."),
        "c": _page("Lakeside dam opens", "In Brazil, the Itaipu dam is 160 metres high."),
        "d": _page("Lakeside dam opens", "In Ethiopia the structure is 150 metres high."),
    }))
    assert frozenset("ab") in _pairs(got)
    assert not {frozenset("ac"), frozenset("bc"), frozenset("cd")} & _pairs(got)  # c names a place d does not


def test_publication_dates_are_compared_at_the_precision_written():
    from helpers.compare.projects import days_apart

    assert days_apart("2019-09-25", "2020-12") == 433  # the first day of December 2020 at the nearest
    assert days_apart("2025-07", "2025-07-20") == 0
    assert days_apart("2016", "2016-09-19") == 0
    assert days_apart(None, "2020") == 0  # unknown: nothing keeps them apart
    from datetime import date

    from helpers.read.dates import date_bounds
    assert date_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_bounds("2024") == (date(2024, 1, 1), date(2024, 12, 31)) and date_bounds("soon") is None


def test_a_sum_that_refers_to_no_project_keeps_apart_on_a_project_page(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": _page("Rebuilding the Harbour bridge", "The agency allocated more than $728 million to over 20 states "
                   "for repairs last year."),
        "b": _page("Le pont de Harbour", "La reconstruction du pont pourrait coûter 700 millions de dollars."),
    }))
    assert got.empty  # federal aid to states is not the bridge's cost


def test_a_sentence_telling_of_an_earlier_moment_says_so_in_the_why(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published: 2025-09-09\n\n" + _page("The Lakeside dam opens", "The dam, launched in 2011, has a "
                                                 "capacity of 4,800 MW."),
        "b": "Published: 2025-09-10\n\n" + _page("Lakeside dam inaugurated", "The structure has a capacity of "
                                                 "4,200 MW, officials said."),
    }))
    assert len(got) == 1 and "earlier moment" in got.iloc[0].why, got.to_dict("records")
