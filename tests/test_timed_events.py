"""What a duration times (helpers.extract.timed) and the conflicts it allows: two lengths of one named event
disagree; a length with no event named, or of another event, is never compared with it."""
from __future__ import annotations

import re

import pytest
from corpus_tools import conflicts_of

from helpers.extract.timed import event_name, timed_event


def _event(sentence: str, number: str) -> str:
    m = re.search(re.escape(number) + r"[\s-]?(?:minutes?|hours?|days?|weeks?|months?|years?|分鐘|分钟|小时|小時|天|heures|jours)", sentence)
    assert m, number
    return timed_event(sentence, m.start(), m.end())


@pytest.mark.parametrize("sentence, number, event", [
    ("The burglary lasted barely nine minutes, police said.", "nine", "theft"),
    ("The bank robbery, which took about 20 minutes, ended in a car chase.", "20", "theft"),
    ("Police said the raid, carried out at dawn, took just 6 minutes.", "6", "raid"),  # across a parenthesis
    ("Le braquage, filmé par une caméra, n'a duré que 3 minutes.", "3", "theft"),
    ("La grève a duré 12 jours dans les raffineries.", "12", "strike"),
    ("The walkout lasted 46 days at the plant.", "46", "strike"),
    ("罢工持续了46天,工厂停产。", "46", "strike"),
    ("盗贼仅用5分钟便得手。", "5", "theft"),
    ("一场12小时停电影响了全市。", "12", "outage"),
    ("the final 55-day training run on 2,048 GPUs", "55", "training"),
    ("La rénovation a duré 5 jours de plus que prévu.", "5", "rénovation"),  # an unlisted noun is kept as written
])
def test_the_event_a_length_times(sentence: str, number: str, event: str) -> None:
    assert _event(sentence, number) == event


@pytest.mark.parametrize("sentence, number", [
    ("It took 19 days to install the racks.", "19"),  # a pronoun names no event
    ("The strike has lasted 12 days so far.", "12"),  # a length still running is recounted each day
    ("En à peine 4 minutes, ils ont brisé deux vitrines.", "4"),  # no event before the verb
    ("The suspects fled in just 7 minutes on scooters.", "7"),  # a span, not an event's length
    ("Talks resumed 3 days later.", "3"),
])
def test_no_event_is_named(sentence: str, number: str) -> None:
    assert _event(sentence, number) == ""


def test_event_names_are_one_across_languages() -> None:
    assert {event_name(w) for w in ("heist", "casse", "cambriolage", "劫案", "竊案", "robbery")} == {"theft"}
    assert event_name("vol") == "vol"  # French 'vol' is also a flight: not brought to theft
    assert event_name("they") == ""




def test_two_lengths_of_one_event_conflict_and_others_do_not(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "The Prado was hit on Sunday morning. The heist lasted 4 minutes, according to the footage.",
        "b": "Le cambriolage du Prado a duré 7 minutes, selon le ministre. Les visiteurs ont été évacués.",
        "c": "Thieves cut a window at the Prado. In just 9 minutes they smashed two cases and fled on scooters.",
        "d": "The evacuation of the Prado's visitors took 35 minutes, the museum said.",
    })
    durations = conf[conf["subject"].astype(str).str.contains("duration")]
    pairs = {frozenset((a, b)) for a, b in zip(durations["doc_a"], durations["doc_b"])}
    assert pairs == {frozenset(("a", "b"))}
    assert set(durations["severity"]) == {"high"}


def test_one_kind_of_event_on_pages_naming_nothing_in_common_is_two_events(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "Rail workers at SNCF walked out over pensions. The strike lasted 3 days.",
        "b": "Nurses of the NHS in Leeds walked out over pay. The strike lasted 10 days.",
    })
    assert conf.empty


@pytest.mark.parametrize("sentence, number", [
    ("Analysts said that the last 3 months were hard for the firm.", "3"),  # 'last' is an adjective here
    ("The repairs should last 5 years.", "5"),
    ("The search for the missing sailors lasted 10 days.", "10"),  # the sailors are the search's object
    ("Shares of the company lasted 3 days above the offer.", "3"),
])
def test_no_event_from_an_adjective_a_modal_or_an_object(sentence: str, number: str) -> None:
    assert _event(sentence, number) == ""


def test_an_event_with_its_complement() -> None:
    assert _event("Le cambriolage du Prado a duré 7 minutes.", "7") == "theft"
    assert _event("The siege of Mariupol lasted 86 days.", "86") == "siege"


def test_two_strikes_in_one_country_are_two_events(tmp_path) -> None:
    conf = conflicts_of(tmp_path, {
        "a": "Rail workers at SNCF in France walked out over pensions. The strike lasted 3 days.",
        "b": "Air France pilots in France walked out over pay. The strike lasted 10 days.",
    })
    assert conf.empty  # a shared place is no shared event


@pytest.mark.parametrize("sentence, number, event", [
    ("The blaze, a 42-hour fire, destroyed seven towers.", "42", "fire"),
    ("The fire burned for 43 hours before it was put out.", "43", "fire"),  # 'before' ends it: no lag
    ("L'incendie a duré 15 heures selon les pompiers.", "15", "fire"),
    ("大火燃燒了43小時才被撲滅。", "43", "fire"),  # the event, a verb and 了 against the length
    ("Over the four-day confrontation, both sides fired missiles.", "four", "fighting"),
    ("After four days of fighting, a ceasefire was agreed.", "four", "fighting"),
    ("Après quatre jours d'intenses combats, un cessez-le-feu a été conclu.", "quatre", "fighting"),
    ("這場為期4天的衝突造成數十人死亡。", "4", "fighting"),
    ("The 90-day truce expires in August.", "90", "truce"),
    ("Les deux pays ont conclu une trêve de 90 jours.", "90", "truce"),
    ("双方同意为期90天的休战。", "90", "truce"),
    ("The record was the 34-day shutdown of 2018.", "34", "shutdown"),  # no outage: nothing was cut
    ("La fermeture de 43 jours a pris fin mercredi.", "43", "shutdown"),
    ("Après 43 jours de paralysie, le Congrès a voté.", "43", "shutdown"),
    ("美国政府关门36天破纪录。", "36", "shutdown"),
    ("The 12-day war ended in June.", "12", "war"),
    ("After two days of talks in Geneva, both sides agreed.", "two", "talks"),
])
def test_fires_fighting_truces_shutdowns_and_talks_are_events(sentence: str, number: str, event: str) -> None:
    assert _event(sentence, number) == event


@pytest.mark.parametrize("sentence, number", [
    ("The deal includes a five-year warrant on 5% of the shares.", "five"),  # warrant is no war
    ("停擺已超過 40 天,仍未結束。", "40"),  # 已: a length still running, recounted each day
    ("洛杉矶山火已持續延燒了4天。", "4"),
    ("The ceasefire came into force 3 days after the talks.", "3"),  # a lag, not the talks' length
])
def test_no_event_for_a_running_length_a_lag_or_a_look_alike_word(sentence: str, number: str) -> None:
    assert _event(sentence, number) == ""
