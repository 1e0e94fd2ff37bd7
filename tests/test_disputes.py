"""Two figures a page sets against each other are compared, even as a running count's bulletins of different days
would not be: "the President disputed that figure". Pages written for these tests (development 100 showed the
class: the UN's 22 dead against the President's 12)."""
from __future__ import annotations

import pytest

import helpers


def _conflicts(tmp_path, pages: dict[str, str]):
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    return helpers.find_conflicts(helpers.extract_claims(docs), docs)


def test_a_figure_the_page_disputes_conflicts_with_the_other(tmp_path) -> None:
    out = _conflicts(tmp_path, {"a": "Unrest\n\nThe United Nations said at least 31 people had been killed in the "
                                     "protests, while the interior minister disputed that figure, saying 9 people died."})
    rows = out[out["kind"] == "numeric"]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert {row["value_a"], row["value_b"]} == {"≥ 31", "9"} and row["severity"] == "high"
    assert "sets them against each other" in row["why"] and "disputed" in row["why"]
    assert "inside one document" in row["evidence"]


@pytest.mark.parametrize("text, marker", [
    ("Selon le président, 9 personnes ont perdu la vie depuis le début des manifestations. Les 31 morts annoncés par "
     "l'ONU sont des chiffres erronés, a-t-il ajouté.", "erronés"),
    ("联合国称至少31人死亡，但政府质疑这一死亡人数，称只有9人死亡。", "质疑这一死亡人数"),
])
def test_a_french_or_chinese_page_disputing_a_toll(tmp_path, text, marker) -> None:
    rows = _conflicts(tmp_path, {"a": "Crise\n\n" + text})
    rows = rows[rows["kind"] == "numeric"]
    assert len(rows) == 1 and marker in rows.iloc[0]["why"]


@pytest.mark.parametrize("text", [
    "The toll rose from 9 to 31 people killed overnight. The army denied that soldiers had fired on the crowd.",
    "On Monday officials said 9 people had been killed. By Thursday 31 people had been killed, the health ministry "
    "said.",  # two bulletins, no word of dispute
    "Activists spoke of hundreds of people killed, which the government disputed, saying 9 people died.",  # vague
    "Officials said 9 people had been killed on Monday. The army denied the reports of torture, and said 31 people "
    "had been killed by Thursday.",  # a denial of something else
])
def test_a_rise_two_bulletins_a_vague_word_or_another_denial_is_no_dispute(tmp_path, text) -> None:
    out = _conflicts(tmp_path, {"a": "Unrest\n\n" + text})
    assert out[out["kind"] == "numeric"].empty


# Faults a reviewer found in the first version (each gave a high conflict before its mend).

def test_a_disputed_whole_wars_toll_is_no_dispute_of_one_strikes_toll(tmp_path) -> None:
    out = _conflicts(tmp_path, {"a": "Strike\n\nAn Israeli strike on a school in Gaza City killed 30 people, civil "
                                     "defence officials said on Tuesday. The war has killed more than 67,000 "
                                     "Palestinians, according to the health ministry, though Israel disputes the "
                                     "ministry's figures."})
    assert out[out["kind"] == "numeric"].empty


@pytest.mark.parametrize("text", [
    "Authorities initially said 9 people had died, but activists disputed that figure. By Thursday the toll had "
    "risen to 31, the health ministry said.",  # a later bulletin
    "当地卫生部门称，周二的空袭造成31人死亡，以军否认造成平民伤亡。周一的另一次空袭造成9人死亡。",  # a denial of harm
    "Lundi, les autorités comptaient 9 morts. Jeudi, le bilan est passé à 31 morts, selon le ministère, qui "
    "s'inquiète du nombre de fausses informations en ligne.",
    "The gunman, who killed 9 people at the mall, disputed three counts of murder in court on Monday. Two more "
    "victims have since died, bringing the toll to 11.",  # counts of a charge
])
def test_a_rise_or_a_denial_of_something_else_is_no_dispute(tmp_path, text) -> None:
    out = _conflicts(tmp_path, {"a": "Unrest\n\n" + text})
    assert out[out["kind"] == "numeric"].empty


# Faults a second reviewer found.

@pytest.mark.parametrize("text", [
    "The United Nations said at least 31 people had been killed in the protests in Kenya. The interior minister "
    "disputed that figure, saying 9 people died.",  # one sentence names the country, the other none
    "The United Nations said at least 31 people had been killed, while the junta, which rose to power in 2021, "
    "disputed that figure, saying 9 people died.",  # 'rose to power' is no rise of the toll
    "Selon l'ONU, 31 personnes ont été tuées. Le porte-parole de la junte à Bamako conteste ce bilan et évoque "
    "9 morts.",
])
def test_a_dispute_across_two_sentences_or_beside_other_rises(tmp_path, text) -> None:
    out = _conflicts(tmp_path, {"a": "Unrest\n\n" + text})
    rows = out[out["kind"] == "numeric"]
    assert len(rows) == 1 and rows.iloc[0]["severity"] == "high"


def test_the_bottom_line_of_a_toll_says_a_page_disputes_it(tmp_path) -> None:
    from helpers.present.brief_findings import _page_disputes

    out = _conflicts(tmp_path, {"a": "Unrest\n\nThe United Nations said at least 31 people had been killed in the "
                                     "protests, while the interior minister disputed that figure, saying 9 people died."})
    assert _page_disputes(out, "deaths", None) == "; disputed within a page: ≥ 31 against 9"
    assert _page_disputes(out, "injured", None) == ""
