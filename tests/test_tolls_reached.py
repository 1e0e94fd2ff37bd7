"""Classes found by development corpus 58 (the heat deaths of the Hajj of 2024, scored unseen) and by an editor's
review of a page set on the Afghanistan earthquake of 2025: a toll reached by a verb with no noun after its number,
the fate of one count never given to another count before it, an increment of a running count kept apart from the
count, and small lexicon gaps (a shallow depth in French, the afghani, 成千上万, 受到影响, an age after a person).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, one_row as _row


@pytest.mark.parametrize("text, number, lang, subject", [
    ("The death toll from the weekend's earthquake in the mountainous east of the country, near the border, "
     "has reached 2,205, officials said.", "2,205", "en", "deaths"),
    ("In the district, the death toll has reached nine, a statement said.", "nine", "en", "deaths"),
    ("A nurse said another patient had died, bringing the confirmed toll to ten.", "ten", "en", "deaths"),
    ("The death toll rose to 1,114 people on Friday.", "1,114", "en", "deaths"),
    ("This year's total toll is at least 1,114 people, according to a tally.", "1,114", "en", "deaths"),
    ("Le nombre de morts s’élève désormais à 577 personnes.", "577", "fr", "deaths"),
    ("死亡人數已達到 250 人。", "250", "zh", "deaths"),
    ("因暑熱致死的人數增至1080人。", "1080", "zh", "deaths"),
])
def test_a_toll_reached_by_a_verb_counts_the_dead(text: str, number: str, lang: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number", [
    ("The bridge toll stood at 6.70.", "6.70"),
    ("The striker scored twice after the lead of his team rose to 3.", "3"),
])
def test_a_verb_of_reaching_after_a_phrase_counting_nothing_binds_nothing(text: str, number: str) -> None:
    assert not [r for r in claim_rows(text, "en") if number in r["text"] and r["subject"] == "deaths"]


def test_a_fate_after_another_count_is_that_counts_own() -> None:
    rows = {r["text"]: r["subject"] for r in claim_rows("據稱,印尼今年24萬名朝覲者有183人喪命,巴基斯坦估計15萬人赴麥加朝聖有58人死亡。", "zh")}
    assert rows["183"] == rows["58"] == "deaths"
    assert rows["24萬"] != "deaths" and rows["15萬"] != "deaths"


@pytest.mark.parametrize("text, number, lang, scope", [
    ("En seulement 24 heures, plus de 700 nouveaux décès ont été signalés.", "700", "fr", "part"),
    ("Another 12 deaths were reported on Tuesday.", "12", "en", "part"),
    ("Rescuers found 12 more bodies, bringing the toll to 85.", "12", "en", "part"),
    ("Rescuers found 12 more bodies, bringing the toll to 85.", "85", "en", "reported"),
    ("Some 40 new cases were confirmed on Monday.", "40", "en", "part"),
    ("The three companies opened five new data centres in Texas.", "five", "en", "reported"),
    ("全省新增報告1204宗。", "1204", "zh", "reported"),
])
def test_an_increment_of_a_count_is_a_part_of_it(text: str, number: str, lang: str, scope: str) -> None:
    assert _row(text, number, lang)["scope"] == scope


@pytest.mark.parametrize("text, number, lang, subject, dimension", [
    ("Le séisme, relativement peu profond (8 km), a frappé à minuit.", "8", "fr", "depth", "other"),
    ("The government released one billion Afghanis for the victims.", "one billion", "en", None, "money"),
    ("成千上万人流离失所。", "成千上万", "zh", "displaced", "count"),
    ("多达84,000人受到影响。", "84,000", "zh", "affected", "count"),
    ("Un agriculteur de 48 ans a témoigné.", "48", "fr", "age", "other"),
])
def test_small_lexicon_gaps(text: str, number: str, lang: str, subject: str | None, dimension: str) -> None:
    row = _row(text, number, lang)
    assert row["dimension"] == dimension and (subject is None or row["subject"] == subject)


def test_thousands_upon_thousands_is_thousands() -> None:
    row = _row("成千上万人流离失所。", "成千上万", "zh")
    assert (row["value_low"], row["value_high"], row["qualifier"]) == (2000, 90000, "vague")


def test_the_afghani_is_its_own_currency() -> None:
    assert _row("The government released one billion Afghanis for the victims.", "one billion", "en")["currency"] == "AFN"


def test_the_authorities_are_no_outlet() -> None:
    from helpers.compare.attribution import credits

    assert credits("据当局称，约3,400人受伤。") == [] and credits("据阿富汗当局称，约3,400人受伤。") == []
    assert credits("According to the authorities, 800 died.") == []
    assert [c[0] for c in credits("据新华社报道，约3,400人受伤。")] == ["Xinhua"]
