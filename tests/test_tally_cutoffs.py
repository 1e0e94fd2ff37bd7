"""A count given as of a day is that day's tally, and a number "out of" another is its part (found on corpus 60: an exhibition's ticket sales "as of Sept. 19" set
against its total of 3 October, and a count "截至12日" against the final one). Each page is written for this file."""
from corpus_tools import conflicts_of, numeric, value_pairs


def test_counts_as_of_two_days_are_two_tallies(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "Ticket sales for the Varna Expo reached 11.86 million as of Sept. 19, the organisers said.",
        "b": "As of Oct. 3, ticket sales for the Varna Expo reached 13.07 million, the organisers said.",
    }))
    assert found.empty


def test_a_count_as_of_a_day_is_no_final_total(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "瓦爾納博覽會入場人數達1458萬人。",
        "b": "根據截至12日的統計，瓦爾納博覽會累計入場人數達1429萬人。",
    }))
    assert found.empty


def test_two_final_totals_still_conflict(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "瓦爾納博覽會入場人數達1458萬人。",
        "b": "瓦爾納博覽會累計入場人數達1429萬人。",
    }))
    assert value_pairs(found)


def test_a_final_total_below_an_earlier_tally_is_a_conflict(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "date 2025-10-14\n根據截至12日的統計，瓦爾納博覽會累計入場人數達1429萬人。",
        "b": "date 2025-10-15\n瓦爾納博覽會今天閉幕，為期184天展期中，吸引約1408萬人次入場。",
    }))
    assert value_pairs(found)


def test_a_week_that_ends_on_a_day_is_no_cutoff(tmp_path):
    found = numeric(conflicts_of(tmp_path, {
        "a": "在截至6月8日的一週內，Lumo 3在日本銷量達到約94.8萬臺。",
        "b": "Lumo 3在日本的首周銷量已高達940,793台。",
    }))
    assert value_pairs(found)


def test_a_number_out_of_another_is_its_part():
    from corpus_tools import one_row
    text = "A plane left Mae Sot with about 270 out of 465 Indians who are to be repatriated."
    assert one_row(text, "270", "en")["scope"] == "part"
    assert one_row(text, "465", "en")["scope"] == "reported"
