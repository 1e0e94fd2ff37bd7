"""What kind of time a duration is (helpers.extract.duration_kinds): a prison term, an instrument's term, a window,
a lag since or before another moment, or an age; and what stays a plain duration. Sentences written for these
tests, in English, French and Chinese."""
from __future__ import annotations

import pytest
from corpus_tools import conflicts_of, numeric

from helpers.core.subjects import generic_subjects
from helpers.extract.claims import _row, read_claims
from helpers.extract.duration_kinds import duration_kinds


def _rows(text: str) -> list[dict]:
    return [_row("d", "d", text, text[s:e], s, q, b, 1) for q, b, s, e in read_claims(text)]


def _of(text: str, number: str) -> dict:
    found = [r for r in _rows(text) if number in r["text"]]
    assert found, (number, [r["text"] for r in _rows(text)])
    return found[0]


@pytest.mark.parametrize("sentence, number, kind", [
    ("The two men face 20 years in prison if convicted.", "20", "prison term"),
    ("Fraud carries a 15-year prison sentence in the state.", "15", "prison term"),
    ("Ils sont passibles de dix ans d'emprisonnement.", "dix", "prison term"),
    ("两名嫌犯将面临数十年的监禁。", "数十", "prison term"),
    ("The deal includes a seven-year warrant to buy more shares.", "seven", "term"),
    ("L'État recevra un bon de souscription de cinq ans.", "cinq", "term"),
    ("双方签订了一份长达十年的技术授权协议。", "十", "term"),
    ("The group plans to spend $40 billion over the next three years on plants.", "three", "period"),
    ("Exports fell in the six months following the new tariffs.", "six", "period"),
    ("Le titre a bondi de 80 % au cours des six derniers mois.", "six", "period"),
    ("L'entreprise investira sur les trois prochaines années.", "trois", "period"),
    ("该公司计划在未来五年内新建两座工厂。", "五", "period"),
    ("公司股价过去六个月上涨约200%。", "六", "period"),
    ("Rescuers found 12 survivors nine days after the flood.", "nine", "time since"),
    ("The mine closed four years ago.", "four", "time since"),
    ("Il y a cinq ans, l'usine a fermé.", "cinq", "time since"),
    ("Trois mois après la tempête, 200 familles restent relogées.", "Trois", "time since"),
    ("时隔五年，这座剧院重新开放。", "五", "time since"),
    ("地震发生三天后，救援队抵达。", "三", "time since"),
    ("Tickets sold out two weeks before the final.", "two", "time before"),
    ("距离世博会开幕还有三周。", "三", "time before"),
])
def test_a_duration_says_its_kind(sentence: str, number: str, kind: str) -> None:
    row = _of(sentence, number)
    assert (row["dimension"], row["subject"]) == ("duration", kind)


@pytest.mark.parametrize("sentence, number, measure_of", [
    ("The strike lasted 46 days at the port.", "46", "strike"),  # a length of a named event stays a duration
    ("Volunteers worked for nearly six years on the organ.", "six", ""),  # how long, of no named window
    ("The museum hopes to reopen within three years.", "three", ""),  # a deadline: no window's word
    ("La rénovation prendra deux ans.", "deux", ""),
])
def test_a_length_stays_a_duration(sentence: str, number: str, measure_of: str) -> None:
    row = _of(sentence, number)
    assert (row["dimension"], row["subject"], row["measure_of"]) == ("duration", "duration", measure_of)


@pytest.mark.parametrize("sentence, number", [
    ("Le pont, long de 2 km, avait 47 ans d'histoire.", "47"),
    ("这座拥有600年历史的古桥在洪水中倒塌。", "600"),
    ("Two workers, aged 41 and 52 years, were pulled from the water.", "41"),
    ("Two workers, aged 41 and 52 years, were pulled from the water.", "52"),
    ("On a retrouvé deux hommes de 31 et 44 ans.", "31"),
    ("On a retrouvé deux hommes de 31 et 44 ans.", "44"),
    ("Le conducteur, Jean Dupuis, 63 ans, a été secouru.", "63"),
])
def test_years_of_a_person_or_a_building_are_an_age(sentence: str, number: str) -> None:
    row = _of(sentence, number)
    assert (row["dimension"], row["subject"], row["unit"]) == ("duration", "age", "years of age")


def test_years_after_a_place_and_a_comma_are_no_age() -> None:
    """A place before the comma and a lag after the number: "Lyon, 5 ans après" is a time, not a person's age."""
    row = _of("Lyon, 5 ans après la crue, reconstruit ses quais.", "5")
    assert (row["dimension"], row["subject"]) == ("duration", "time since")


def test_every_kind_is_a_coarse_subject() -> None:
    """A kind names what sort of time it is, not of what: the conflicts table needs one event before comparing two."""
    assert set(duration_kinds()) == {"delay", "prison term", "term", "time to complete", "period", "time since",
                                     "time before"}
    assert set(duration_kinds()) <= generic_subjects()


def test_two_lags_after_different_moments_do_not_conflict(tmp_path) -> None:
    """Nine days after one flood and twelve days after another storm: two lags, not one quantity."""
    found = conflicts_of(tmp_path, {
        "a.txt": "Rescuers found survivors nine days after the flood in the north.",
        "b.txt": "The power came back twelve days after the storm hit the coast.",
    })
    assert numeric(found).empty


@pytest.mark.parametrize("sentence, number, event", [
    ("The lab says the model was trained for eighty hours on 512 chips.", "eighty", "training"),
    ("The model was trained over 80 hours.", "80", "training"),
    ("Dockers went on strike for 46 days last winter.", "46", "strike"),
    ("Le modèle a été entraîné pendant 80 heures.", "80", "training"),
    ("码头工人罢工了46天。", "46", "strike"),
])
def test_an_action_right_before_a_length_is_the_event_it_times(sentence: str, number: str, event: str) -> None:
    row = _of(sentence, number)
    assert (row["subject"], row["measure_of"]) == ("duration", event)


def _rows_in_order(text: str) -> list[dict]:
    rows, earlier = [], set()
    for q, b, s, e in read_claims(text):
        rows.append(_row("d", "d", text, text[s:e], s, q, b, 1, frozenset(earlier)))
        earlier.add(b.dimension)
    return rows


@pytest.mark.parametrize("sentence, text, of", [
    ("The state will spend €1 billion over five years on roads.", "five years", "cost"),
    ("The goal: invest $500B over 4 years.", "4 years", "investment"),
    ("Le plan prévoit d'investir 100 milliards d'euros sur quatre ans.", "quatre ans", "investment"),
])
def test_an_amount_spread_over_years_gives_the_span_exactly(sentence: str, text: str, of: str) -> None:
    row = _rows_in_order(sentence)[-1]
    assert (row["text"], row["qualifier"], row["value_high"], row["subject"], row["measure_of"]) == \
        (text, "exact", row["value"], "period", of)


def test_over_with_no_amount_before_it_is_more_than() -> None:
    row = _rows_in_order("She has worked there for over 4 years.")[-1]
    assert (row["text"], row["qualifier"], row["value_high"]) == ("over 4 years", "more_than", float("inf"))


@pytest.mark.parametrize("sentence, number, subject", [
    ("Three years after the agreement was signed, the plant opened.", "Three", "time since"),
    ("Six months before the agreement, talks stalled.", "Six", "time before"),
    ("It took three years for the notes to reach investors.", "three", "duration"),
    ("过去五年贷款增长了20%。", "五", "period"),
    ("The prison was built 40 years ago.", "40", "time since"),  # a prison as a place gives no term
    ("Inmates at the prison waited six hours for water.", "six", "duration"),
    ("Il a travaillé pendant 20 ans dans la prison.", "20", "duration"),
    ("The sentence was handed down after a trial that lasted six weeks.", "six", "duration"),
    ("He was jailed for 6 years.", "6", "prison term"),
    ("The loan has a term of 10 years.", "10", "term"),
    ("该债券期限为五年。", "五", "term"),
    ("During the 12-day war, 600 people died.", "12", "duration"),  # a compound adjective times its noun
    ("La restauration a duré, selon Macron, 5 ans.", "5", "duration"),  # a source's name, not a person's age
    ("The sentences: Smith, 12 years; Jones, 8 years.", "12", "duration"),
])
def test_kinds_do_not_fire_on_look_alikes(sentence: str, number: str, subject: str) -> None:
    assert _of(sentence, number)["subject"] == subject


def test_a_history_in_english_is_an_age() -> None:
    row = _of("The bridge has a 120-year history.", "120")
    assert (row["dimension"], row["subject"]) == ("duration", "age")
