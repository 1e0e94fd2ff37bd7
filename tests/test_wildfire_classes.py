"""Classes of misreading found on development corpus 19 (wildfire pages, scored unseen first), each tested with
sentences written for this file: Swiss thousands, area units typed without a superscript, a range after "from ...
to", French deaths in the feminine or with "ont péri", structures."""
from __future__ import annotations

import pytest

from helpers.extract.claims import read_claims


def _claims(text: str) -> list[tuple[str, str, float, float, float]]:
    return [(text[q.start:q.end], b.subject, q.value * (b.scale or 1), q.low * (b.scale or 1), q.high * (b.scale or 1))
            for q, b, _, _ in read_claims(text)]


@pytest.mark.parametrize("sentence, value, subject", [
    ("Près de 12'000 bâtiments ont été détruits.", 12_000, "buildings destroyed"),
    ("Quelque 180’000 personnes ont été évacuées.", 180_000, "evacuated"),
    ("Le feu a brûlé 14'500 hectares.", 14_500 * 10_000, "area burned"),
    ("Le domaine s'étend sur 14'500 hectares.", 14_500 * 10_000, "land area"),
])
def test_swiss_thousands_are_one_number(sentence: str, value: float, subject: str) -> None:
    [(_, got_subject, got, _, _)] = _claims(sentence)
    assert (got, got_subject) == (value, subject)


@pytest.mark.parametrize("sentence, value, subject", [
    ("Le plus grand feu couvre 81 km2.", 81e6, "area burned"),
    ("Le parc national couvre 81 km2.", 81e6, "land area"),
    ("Un entrepôt de 1 500 m2 a brûlé.", 1500, "floor area"),
])
def test_area_units_without_superscript(sentence: str, value: float, subject: str) -> None:
    [(_, got_subject, got, _, _)] = _claims(sentence)
    assert (got, got_subject) == (value, subject)


def test_a_range_after_from_to_keeps_its_magnitude() -> None:
    """"from US$200 billion to US$250-275 billion": two values, the second a range in billions, not US$250."""
    found = _claims("The estimate was revised up from US$200 billion to US$250-275 billion on Monday.")
    assert [(v, lo, hi) for _, _, v, lo, hi in found] == [(200e9, 200e9, 200e9), (262.5e9, 250e9, 275e9)]


@pytest.mark.parametrize("sentence, value", [
    ("Au moins deux sont mortes dans le premier incendie.", 2),
    ("Le bilan s'élève à 25, dont 17 ont péri dans le second.", 17),
    ("Au moins 57 personnes ont péri dans les flammes.", 57),
])
def test_french_deaths_in_the_feminine_or_with_perir(sentence: str, value: float) -> None:
    assert (value, "deaths") in [(v, s) for _, s, v, _, _ in _claims(sentence)]


def test_the_two_who_died_are_a_reference_not_a_count() -> None:
    assert _claims("Les deux sont mortes sur le coup.") == []


def test_structures_are_buildings_only_when_a_disaster_struck_them() -> None:
    """"16,420 structures were destroyed" are buildings destroyed; protein structures are no buildings."""
    assert [s for _, s, _, _, _ in _claims("The fires destroyed 16,420 structures.")] == ["buildings destroyed"]
    assert [s for _, s, _, _, _ in _claims("AlphaFold has predicted 200 million protein structures.")] == \
        ["protein structures"]


def test_a_hedge_reads_the_figure_as_written_not_as_converted(tmp_path) -> None:
    """"Près de 24 000 acres" has two significant digits as written; in m² (97,124,640) it would seem to have eight
    and its hedge would admit only rounding: 23,448 acres is within what "nearly 24,000" allows."""
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "L'incendie de Palisades a brûlé près de 24 000 acres dans les montagnes de Santa Monica.",
        "b.txt": "L'incendie de Palisades a brûlé 23 448 acres dans les montagnes de Santa Monica.",
    })
    assert numeric(found).empty


@pytest.mark.parametrize("a, b", [("23,700 acres", "23,707 acres"), ("1.6 miles", "1.57 miles")])
def test_a_rounded_figure_in_a_converted_unit_is_no_conflict(tmp_path, a: str, b: str) -> None:
    """23,700 acres is 23,707 acres rounded, as 23,700 firefighters is 23,707 rounded; in m² their digits would not
    show it."""
    from corpus_tools import conflicts_of

    found = conflicts_of(tmp_path, {
        "a.txt": f"The Palisades Fire in Malibu has burned {a} so far, Cal Fire said.",
        "b.txt": f"The Palisades Fire in Malibu has burned {b} so far, Cal Fire said.",
    })
    assert found.empty


@pytest.mark.parametrize("sentence, subject", [
    ("The fires destroyed 16,420 structures.", "buildings destroyed"),
    ("More than 12,000 homes were destroyed.", "buildings destroyed"),
    ("Le feu a détruit plus de 12 000 maisons.", "buildings destroyed"),
    ("大火造成1萬3000多棟建築燒毀。", "buildings destroyed"),
    ("About 2,000 homes were damaged.", "buildings damaged"),
    ("The campus has 12 buildings.", "buildings"),  # no disaster, no fate
    ("The plant powers 100,000 homes.", "households"),
])
def test_buildings_counted_by_what_a_disaster_did_to_them(sentence: str, subject: str) -> None:
    assert [s for _, s, _, _, _ in _claims(sentence)] == [subject]


def test_buildings_destroyed_on_two_days_are_two_bulletins(tmp_path) -> None:
    """12,000 structures destroyed on 10 January and 16,000 a week later: a running count, as a death toll is."""
    from corpus_tools import conflicts_of, numeric

    found = conflicts_of(tmp_path, {
        "a.txt": "Los Angeles, 10 January 2025. The Palisades fire has destroyed 12,000 structures in Malibu.",
        "b.txt": "Los Angeles, 17 January 2025. The Palisades fire has destroyed 16,000 structures in Malibu.",
    })
    assert numeric(found).empty


@pytest.mark.parametrize("sentence, subject", [
    ("In 2019, 3,000 homes were evacuated before the fire destroyed the hillside.", "households"),  # another verb's
    ("The storm cut power to 3,000 homes.", "households without power"),  # homes by the cut, not destroyed
])
def test_a_destruction_that_is_not_theirs_leaves_homes_alone(sentence: str, subject: str) -> None:
    assert [s for _, s, _, _, _ in _claims(sentence) if s != "year"] == [subject]


def test_dead_languages_are_no_deaths() -> None:
    """"Mortes" after a noun of things is an adjective; after "sont" it is a fate (test above)."""
    assert "deaths" not in [s for _, s, _, _, _ in _claims("Deux langues mortes sont enseignées ici.")]


@pytest.mark.parametrize("sentence", [
    "Some 3,000 homes lost power after the storm.",
    "Firefighters saved 300 homes that the fire could have destroyed.",
    "5,000 homes were threatened but not destroyed.",
])
def test_homes_no_disaster_destroyed_stay_households(sentence: str) -> None:
    assert [s for _, s, _, _, _ in _claims(sentence)] == ["households"]


def test_homes_damaged_and_others_destroyed_are_each_their_own() -> None:
    assert [s for _, s, _, _, _ in _claims("About 2,000 homes were damaged and 300 destroyed.")][0] == "buildings damaged"


@pytest.mark.parametrize("sentence", [
    "Sur les cinq suspects, deux ont tué un policier.",  # who killed, not who died
    "Parmi les fumeurs interrogés, 40 ont arrêté de fumer.",  # stopped smoking, not arrested
    "Le chantier emploie 40 personnes pendant les saisons mortes.",  # an off season, not deaths
])
def test_active_verbs_and_adjectives_are_no_fates(sentence: str) -> None:
    assert not {"deaths", "arrested"} & {s for _, s, _, _, _ in _claims(sentence)}


def test_a_spaced_dash_after_a_value_is_punctuation_not_a_range() -> None:
    found = _claims("The price went from $10 to $12 - 20% higher.")
    assert [(v, lo, hi) for _, _, v, lo, hi in found][:2] == [(10, 10, 10), (12, 12, 12)]


@pytest.mark.parametrize("sentence, lang, subject", [
    ("More than 5,000 houses were inundated after the river burst its banks.", "en", "buildings flooded"),
    ("Heavy rain has flooded over 12,000 homes in the delta.", "en", "buildings flooded"),
    ("Plus de 3 000 maisons ont été inondées dans la province.", "fr", "buildings flooded"),
    ("洪水期间有2万3000户住家淹水。", "zh", "buildings flooded"),
    ("目前仍有约2.5万户仍未复电。", "zh", "households without power"),
    ("全省有大约3万户面臨停電。", "zh", "households without power"),
])
def test_homes_counted_by_a_flood_or_a_power_cut(sentence: str, lang: str, subject: str) -> None:
    """Homes flooded, homes without power and homes destroyed are three counts (development 104 had set 128,000
    flooded homes against 306,000 homes without power)."""
    from helpers.extract.claims import read_claims

    assert [b.subject for _, b, *_ in read_claims(sentence, lang)] == [subject]


@pytest.mark.parametrize("sentence, lang, subject", [
    ("Plus de 16.000 têtes de bétail ont été tuées par les crues.", "fr", "livestock"),  # heads of cattle, not people
    ("More than 16,000 head of cattle were killed.", "en", "livestock"),
    ("Au moins 68 000 bovins ont péri.", "fr", "cattle"),
    ("逾6万8000头牲畜死亡。", "zh", "livestock"),
])
def test_livestock_killed_are_no_deaths(sentence: str, lang: str, subject: str) -> None:
    """Development 104 had plotted "plus de 16.000 têtes de bétail tuées" among the deaths."""
    from helpers.extract.claims import read_claims

    assert [b.subject for _, b, *_ in read_claims(sentence, lang)] == [subject]


@pytest.mark.parametrize("sentence, lang, subject", [
    ("Three poultry workers died of bird flu.", "en", "deaths"),  # the people who raise them are no livestock
    ("Plus de 2 000 éleveurs de bétail ont manifesté.", "fr", "éleveurs"),
    ("Au moins 300 éleveurs de volailles ont manifesté.", "fr", "éleveurs"),
])
def test_people_who_raise_animals_are_no_livestock(sentence: str, lang: str, subject: str) -> None:
    from helpers.extract.claims import read_claims

    assert [b.subject for _, b, *_ in read_claims(sentence, lang)] == [subject]


@pytest.mark.parametrize("sentence, lang", [
    ("Les voleurs ont brisé deux vitrines de la galerie.", "fr"),
    ("窃贼砸开两个展示柜。", "zh"),
])
def test_display_cases_are_glossed_in_english(sentence: str, lang: str) -> None:
    """Development 108's brief had told "vitrines, 2" among findings written in English."""
    from helpers.extract.claims import read_claims

    assert [b.subject for _, b, *_ in read_claims(sentence, lang)] == ["display cases"]
