"""One quantity told in English, French and Chinese gets one subject (helpers.extract.glosses).

Sentences written for these tests; none is taken from a corpus.
"""
from __future__ import annotations

import pytest

from helpers.extract.claims import _row, read_claims
from helpers.extract.glosses import cjk_word, plural


def _rows(text: str) -> list[dict]:
    return [_row("d", "d", text, text[s:e], s, q, b, 1) for q, b, s, e in read_claims(text)]


def _subject(text: str, number: str) -> tuple[str, str]:
    for r in _rows(text):
        if r["text"].startswith(number) or number in r["text"]:
            return r["subject"], r["counted"]
    raise AssertionError(f"no claim {number!r} in {text!r}: {_rows(text)}")


@pytest.mark.parametrize("text, number, subject", [
    ("The summit drew 38 cardinals and 95 bishops from five continents.", "38", "cardinals"),
    ("Le synode a réuni 38 cardinaux et 95 évêques venus de cinq continents.", "38", "cardinals"),
    ("这次会议共有38名枢机主教和95名主教出席。", "38", "cardinals"),
    ("這次會議共有38名樞機主教和95名主教出席。", "95", "bishops"),
    ("Le synode a réuni 38 cardinaux et 95 évêques venus de cinq continents.", "95", "bishops"),
])
def test_one_subject_in_three_languages(text, number, subject):
    assert _subject(text, number)[0] == subject


def test_counted_keeps_the_word_as_written():
    assert _subject("Le synode a réuni 38 cardinaux venus de cinq continents.", "38") == ("cardinals", "cardinaux")
    assert _subject("共有38名枢机主教出席。", "38") == ("cardinals", "枢机主教")


@pytest.mark.parametrize("text, number, subject", [
    ("The forum hosted 27 heads of state and 9 heads of government.", "27", "heads of state"),
    ("The forum hosted 27 heads of state and 9 heads of government.", "9", "heads of government"),
    ("Le forum a accueilli 27 chefs d'État et 9 chefs de gouvernements.", "27", "heads of state"),
    ("Le forum a accueilli 27 chefs d'État et 9 chefs de gouvernements.", "9", "heads of government"),
    ("论坛迎来了27位国家元首。", "27", "heads of state"),
    ("Quelque 600 agents de la circulation seront mobilisés.", "600", "traffic officers"),
])
def test_a_head_noun_keeps_its_complement(text, number, subject):
    assert _subject(text, number)[0] == subject


def test_a_compound_is_named_by_its_head_and_an_adverb_is_no_part_of_it():
    assert _subject("已有80個外國代表團抵達。", "80") == ("delegations", "外國代表團")
    assert _subject("12名律师共同完成了这项工作。", "12") == ("lawyers", "律师")


def test_a_verb_after_the_classifier_leaves_people_counted():
    assert _subject("现场有300名参加会议的代表。", "300")[0] == "people"


def test_a_noun_without_a_gloss_keeps_its_own_word():
    assert _subject("On a recensé 18 zorglubs dans la vallée, selon la préfecture.", "18")[0] == "zorglubs"


def test_lexicon_subjects_are_untouched():
    assert _subject("Le séisme a fait 41 morts.", "41")[0] == "deaths"
    assert _subject("The company bought 4,000 chips.", "4,000")[0] == "chips"


@pytest.mark.parametrize("noun, out", [("cardinal", "cardinals"), ("head of state", "heads of state"),
                                       ("bus", "buses"), ("city", "cities"), ("person", "people"),
                                       ("day", "days"), ("church", "churches")])
def test_plural(noun, out):
    assert plural(noun) == out


def test_cjk_word_is_none_for_a_verb():
    assert cjk_word("出席仪式的牧师", 0) is None
    assert cjk_word("代表团出席", 0) == "代表团"


@pytest.mark.parametrize("text, share", [
    ("The utility restored 87 percent of its electricity demand by dawn.", "electricity demand"),
    ("Officials said 41.5% of the network was back.", "network"),
    ("L'opérateur a rétabli 97 % de l'approvisionnement électrique hier.", "approvisionnement électrique"),
    ("Turnout was 45% in the north.", ""),  # no "of": the share of nothing named
])
def test_what_a_bare_percentage_is_a_share_of(text, share):
    from corpus_tools import claim_rows

    assert [r["measure_of"] for r in claim_rows(text) if r["dimension"] == "percent"] == [share]


def test_entrainer_is_training_only_when_a_model_is_trained():
    from corpus_tools import claim_rows

    assert [r["subject"] for r in claim_rows("Il a dépensé 294.000 dollars pour entraîner son modèle.")] == ["training cost"]
    assert "training cost" not in [r["subject"] for r in claim_rows(
        "Une panne de six heures pourrait entraîner des pertes de plus de 900 millions d'euros.")]


def test_a_thing_before_a_fate_word_is_what_is_counted():
    from corpus_tools import claim_rows

    rows = claim_rows("La grève a laissé 84 trains arrêtés en gare de Lyon, selon la compagnie ferroviaire.", "fr")
    assert [(r["subject"], r["counted"]) for r in rows] == [("trains", "trains")]
    rows = claim_rows("Au total, 14 manifestants arrêtés ont été relâchés dans la soirée de lundi, selon la police.", "fr")
    assert [r["subject"] for r in rows] == ["arrested"]  # people: the fate stands
    rows = claim_rows("Le blocage a piégé environ 12 000 voyageurs dans les gares du pays.", "fr")
    assert [r["subject"] for r in rows] == ["passengers"]


def test_a_unit_glued_to_its_number_in_chinese_text_is_no_glue_point():
    from helpers.clean.clean_segment import segment

    text = "北部气温突破41℃,关键节点如某某-某某220kV线路熔断。风电出力骤降52%(从6GW降至2.9GW),光伏下降8%。"
    assert [p.text for p in segment(text)] == ["北部气温突破41℃,关键节点如某某-某某220kV线路熔断。", "风电出力骤降52%(从6GW降至2.9GW),光伏下降8%。"]


def test_the_complement_of_a_counted_compound_is_no_owner(tmp_path):
    from corpus_tools import conflicts_of, numeric

    got = numeric(conflicts_of(tmp_path, {
        "a": "Les obsèques du roi ont réuni 58 chefs d'État et 9 souverains régnants, selon le protocole.\n",
        "b": "The funeral of the king drew 51 heads of state and 9 reigning monarchs, the protocol office said.\n",
    }))
    assert got.subject.tolist() == ["heads of state"]  # "État" is part of what is counted, not whose heads they are


@pytest.mark.parametrize("text, number, subject", [
    ("今年上半年，共有90万名国际游客到访该市。", "90万", "visitors"),  # the modifier is no head: 游客 is
    ("共有400名一线医护驰援灾区。", "400", "medical staff"),
    ("共有150名救援队员连夜赶到。", "150", "team members"),  # 员 heads 队员
    ("该医院接收了38名伤员，其中9名重伤。", "9", "injured"),  # a fate word after 名
    ("这位歌手在微博上拥有300万名粉丝。", "300万", "fans"),  # CC-CEDICT's first sense is bean vermicelli
    ("该地区有280个风电机组。", "280", "wind turbines"),  # not a flight crew
    ("共有45名渔民获救。", "45", "rescued"),  # (渔民 glossed; 获救 after them is what the number counts)
    ("共有6万名专业观众到场。", "6万", "spectators"),  # not "spectatorses"
    ("La panne a laissé près de 97 trains arrêtés en pleine voie, selon la compagnie.", "97", "trains"),
    ("Le club compte 45 joueuses et 12 étudiantes, selon la présidente du club.", "45", "players"),
])
def test_what_the_reviewer_found(text, number, subject):
    assert _subject(text, number)[0] == subject


def test_a_lexicon_exclusion_is_not_undone_by_a_gloss():
    assert _subject("La préfecture a délivré 12 000 titres de séjour cette année, selon le ministère.", "12 000")[0] != "shares"


def test_a_numeral_that_begins_a_place_name_is_no_count():
    from corpus_tools import claim_rows

    assert [r["text"] for r in claim_rows("另據報導，三重縣一名婦女疑似駕車墜崖。")] == []
    assert [r["subject"] for r in claim_rows("该省共有十个县受灾。")] == ["counties"]


@pytest.mark.parametrize("text", ["Asked about it, 30% of them said yes.", "Some 2% of these were lost.",
                                  "Selon un sondage, 60 % des Français jugent la mesure utile."])
def test_share_of_is_no_pronoun_nor_a_piece_of_a_word(text):
    from corpus_tools import claim_rows

    shares = [r["measure_of"] for r in claim_rows(text) if r["dimension"] == "percent"]
    assert shares and all(s in ("", "français") for s in shares), shares


def test_a_plain_unit_glued_to_its_number_is_no_glue_point():
    from helpers.clean.clean_segment import segment

    assert [p.text for p in segment("电网频率从50Hz降至48Hz,储能电池容量280Ah。")] == ["电网频率从50Hz降至48Hz,储能电池容量280Ah。"]


def test_a_lone_numeral_then_duo_and_a_classifier_counts():
    from corpus_tools import claim_rows

    rows = claim_rows("包括日本在内的十多个国家发布了警报。")
    assert [(r["subject"], r["value"], r["qualifier"]) for r in rows] == [("countries", 10.0, "more_than")]


@pytest.mark.parametrize("text, number", [
    ("The vote drew 120 members of parliament, the speaker said.", "120"),
    ("Au total, 120 députés ont assisté à la séance, selon l'Assemblée.", "120"),
    ("共有120名议员出席了会议。", "120"),  # (voting for a text, they would count votes: test_lists_halves_and_votes)
])
def test_lawmakers_in_three_languages(text, number):
    assert _subject(text, number)[0] == "lawmakers"


def test_a_french_vague_amount_without_its_article():
    from corpus_tools import claim_rows

    rows = claim_rows("Le préfet a ordonné l’évacuation de dizaines de milliers d’habitants de la côte.", "fr")
    assert [(r["text"], r["value_low"], r["value_high"]) for r in rows] == [("dizaines de milliers", 20000.0, 99999.0)]


@pytest.mark.parametrize("text, thing", [
    ("Waves reached heights of 2 to 4 metres along the coast.", "heights"),
    ("Residents saw 6-ft waves on Tuesday.", "waves"),
    ("Des vagues de 40 cm ont été observées au port.", "waves"),
    ("The viaduct is 2.6 km long.", ""),  # an adjective after it measures nothing named
    ("The river rose 26 feet overnight.", ""),
])
def test_what_a_length_measures(text, thing):
    from corpus_tools import claim_rows

    assert [r["measure_of"] for r in claim_rows(text) if r["dimension"] == "other"] == [thing]


def test_a_chinese_noun_of_the_table_that_the_dictionary_lacks_is_one_word():
    """核反應爐 (Taiwanese for a nuclear reactor) is no 核反應 (a nuclear reaction) followed by 爐."""
    assert _subject("這相當於10座核反應爐的發電量。", "10") == ("nuclear reactors", "核反應爐")
