"""What a finding's figure is for, when the subject alone does not say it (corpus 82 read as an editor: "Exports —
5,773 tonnes" did not say that this was September's total). Rows are written for this file."""
import pandas as pd

from helpers.present.brief_findings import what_for


def _top(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame([{"subject": s, "quote": q, "measure_of": m} for s, q, m in rows])


def test_a_flows_month_named_by_the_claims_that_name_one():
    top = _top([("exports", "Exports stood at 5,774 tonnes in September.", ""),
                ("exports", "Exports dropped 6.1% from August to 5,774 tons.", ""),  # (the month compared with)
                ("exports", "En septembre, les exportations ont atteint 5 773 tonnes.", "")])
    assert what_for(top) == " (Sep)"


def test_a_flow_with_its_destination():
    assert what_for(_top([("exports", "Exports to the United States fell to 46 tonnes in May.", "")])) == \
        " (May, United States)"


def test_two_months_named_say_nothing():
    top = _top([("exports", "Exports stood at 5,774 tonnes in September.", ""),
                ("exports", "Exports stood at 5,774 tonnes in October.", "")])
    assert what_for(top) == ""


def test_what_a_rate_is_of_when_every_claim_names_it():
    assert what_for(_top([("rise", "Revenue rose 12%.", "revenue"), ("rise", "Le chiffre d'affaires a crû de 12 %.",
                                                                       "revenue")])) == " (revenue)"
    assert what_for(_top([("rise", "Lynas shares jumped 12%.", "share price"), ("rise", "出口增长12%。", "")])) == ""


def test_a_percentage_gloss_names_percent_once():
    from helpers.present.brief_findings import _gloss

    row = {"subject": "percent", "value": 20.0, "value_low": 20.0, "value_high": 20.0, "qualifier": "exact",
           "unit": "percent", "currency": None, "counted": "%"}
    assert _gloss(row) == "20%"
    assert _gloss({**row, "subject": "fall"}) == "20% fall"
