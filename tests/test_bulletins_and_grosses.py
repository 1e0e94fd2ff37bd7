"""Running counts of a disaster's bulletins and a film's takings, found on two stories the package had never seen
(development corpora 30 and 31). Sentences and pages written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs
from helpers.extract.claims import read_claims
from helpers.extract.sentences import sentence_spans


def _values(text: str, lang: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, b.subject, b.currency) for q, b, _, _ in read_claims(text, lang)]


def test_a_full_stop_before_a_lower_case_word_ends_no_sentence():
    text = "Its box office sales reached 15.91 billion yuan, or about 2.19 billion U.S. dollars, per Maoyan. The next day, more."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Its box office sales reached 15.91 billion yuan, or about 2.19 billion U.S. dollars, per Maoyan.",
        "The next day, more."]
    assert _values(text, "en") == [(15.91e9, "box office", "CNY"), (2.19e9, "box office", "USD")]


@pytest.mark.parametrize("text,lang,expected", [
    ("John Lee a annoncé un bilan de 36 morts et 279 personnes portées disparues.", "fr",
     [(36, "deaths"), (279, "missing")]),
    ("已知死亡44人，另有62人送院治療，仍有至少279人失聯。", "zh", [(44, "deaths"), (62, "hospitalised"), (279, "missing")]),
    ("Le feu a entraîné l'évacuation de 700 résidents.", "fr", [(700, "evacuated")]),
    ("Officials said 76 people were hospitalised.", "en", [(76, "hospitalised")]),
    ("有124人於火災現場被證實死亡，4人送院後離世。", "zh", [(124, "deaths at the scene"), (4, "deaths in hospital")]),
    ("Police said 51 people died at the scene.", "en", [(51, "deaths at the scene")]),
])
def test_casualties_by_what_befell_them_and_where(text, lang, expected):
    assert [(v, s) for v, s, _ in _values(text, lang)] == expected


def test_a_films_gross_on_two_dates_is_no_contradiction(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 10 February 2025\n\nThe animated film's box office has reached 9.5 billion yuan, Maoyan said.\n",
        "b": "Published 20 April 2025\n\nThe animated film's box office has reached 15.4 billion yuan, Maoyan said.\n",
    }))
    assert frozenset("ab") not in _pairs(got)


def test_two_provisional_tolls_of_one_day_are_two_bulletins(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nLe chef de l'exécutif a annoncé un bilan provisoire de 36 morts dans l'incendie de la tour.\n",
        "b": "Published 27 November 2025\n\nLe bilan provisoire fait état de 44 morts dans l'incendie de la tour.\n",
        "c": "Published 27 November 2025\n\nL'incendie de la tour a fait 40 morts.\n",
        "d": "Published 27 November 2025\n\nL'incendie de la tour a fait 47 morts.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") not in pairs
    assert frozenset("cd") in pairs  # two tolls of one day given as they stand still meet


@pytest.mark.parametrize("text,lang,expected", [
    ("消防局出動了98輛消防車，另有57輛救護車。", "zh", [(98, "fire trucks"), (57, "ambulances")]),  # not two "vehicles"
    ("Le service a déployé 128 camions de pompiers et 57 ambulances.", "fr", [(128, "fire trucks"), (57, "ambulances")]),
    ("The fire engulfed seven residential towers.", "en", [(7, "buildings")]),
    ("屋苑八座大廈中一座沒有被波及。", "zh", [(8, "buildings")]),
])
def test_what_is_sent_to_a_fire_and_what_burns(text, lang, expected):
    assert [(v, s) for v, s, _ in _values(text, lang)] == expected


def test_a_fires_engines_meet_across_pages_whose_titles_name_the_fire(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nTower fire kills dozens in Tai Po\n\nThe department deployed 128 fire trucks "
             "and 57 ambulances.\n",
        "b": "Published 27 November 2025\n\n大埔宏福苑五級火\n\n消防局出動了98輛消防車參與救援。\n",
        "c": "Published 27 November 2025\n\nCity budget approved\n\nThe department bought 40 fire trucks this year.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # the fire both pages are about: one count of engines
    assert frozenset("ac") not in pairs and frozenset("bc") not in pairs  # a page about no fire


def test_a_pages_fire_does_not_tie_its_tolls(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nTower fire in Tai Po\n\nBy the evening 29 people were injured.\n",
        "b": "Published 27 November 2025\n\nTower fire in Tai Po\n\nAt midnight 30 people were injured.\n",
    }))
    assert frozenset("ab") not in _pairs(got)  # injured counted hour by hour: only a sentence's own event ties them


@pytest.mark.parametrize("text,lang,expected", [
    ("The film grossed over 6.79 billion yuan in its first month.", "en", [(6.79e9, "box office")]),
    ("It became the highest-grossing animated film with $2.2 billion.", "en", [(2.2e9, "box office")]),
    ("The lender grossed up $3 billion of gross profit.", "en", [(3e9, "profit")]),  # a tax gross-up, no film
    ("超过 1900 个特效镜头。", "zh", [(1900, "effects shots")]),  # shots of a film, not camera lenses
    ("Neuf centres d'hébergement ont été ouverts.", "fr", [(9, "shelters")]),  # not data centres
    ("OVH exploite trois centres d'hébergement de données.", "fr", [(3, "data centres")]),
    ("共出動304架次消防及救援車輛。", "zh", [(304, "dispatches")]),  # times sent out, not aircraft
    ("1200名消防參與救援，1人殉職。", "zh", [(1200, "firefighters"), (1, "deaths on duty")]),  # a part of the toll
    ("警方接獲467宗失蹤求助。", "zh", [(467, "missing-person reports")]),  # reports, not missing people
    ("2,311名消防及醫護奮戰三日。", "zh", [(2311, "people")]),  # two groups together: not firefighters alone
    ("共出動1,250多名消防員。", "zh", [(1250, "firefighters")]),
])
def test_films_shelters_and_dispatches(text, lang, expected):
    assert [(v, s) for v, s, _ in _values(text, lang)] == expected


def test_more_after_a_round_number_adds_less_than_its_last_place():
    (q, _, _, _), = read_claims("共出動1,250多名消防員。", "zh")
    assert (q.low, q.high) == (1250, 1259)  # 1,250-odd, not 1,250-2,249
    (q, _, _, _), = read_claims("仍有200多人失聯。", "zh")
    assert (q.low, q.high) == (200, 299)


@pytest.mark.parametrize("text,expected", [
    ("《哪吒2》的票房表现远超预期,截至2025年3月,全球票房突破137亿元,预测最终票房或达160亿元。",
     [("突破137亿", False), ("160亿", True)]),  # 截至 is "as of", 远超预期 "beyond expectations": past; 预测…或达 a forecast
    ("截至2025年底，共建成50座数据中心。", [("50", False)]),
    ("经过测试，预测准确率为95%。", [("95", False)]),  # a prediction's accuracy, measured
])
def test_chinese_as_of_and_beyond_expectations_are_no_forecasts(text, expected):
    from helpers.extract.claims import is_forecast

    got = [(text[q.start:q.end], is_forecast(text[s:e], q.start - s, q.end - s)) for q, _, s, e in read_claims(text, "zh")]
    assert got == expected
