"""Classes found by development corpus 52 (the Everest blizzard, scored unseen): counts written with a pronoun ("350 of
them", "200 others", "d'entre eux"), counts with "other" before their noun, Chinese classifiers that take the noun
after them (支, 匹, 头, 条), a classifier's default that a noun after it overrides (5枚炮弹 are shells, not chips), and
Chinese approximate numerals (一两天, 两三天, 十几人, 近千人). Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows, one_row as _row


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Nearly 1,000 hikers were trapped by the storm. About 350 of them have been led to safety.", "350", "en", "hikers"),
    ("Nearly 1,000 hikers were trapped by the storm; 200 others are still stranded.", "200", "en", "trapped"),  # its fate (stranded)
    ("Environ 1 000 randonneurs ont été bloqués. Plus de 350 d'entre eux ont été secourus.", "350", "fr", "rescued"),  # its fate
    ("Environ 1 000 randonneurs ont été bloqués, et plus de 200 autres sont toujours coincés.", "200", "fr", "trapped"),
    ("The firm runs 12 factories; five of them are in Texas.", "five", "en", "facilities"),
])
def test_a_pronoun_counts_what_the_counts_before_it_count(text: str, number: str, lang: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number, lang", [
    ("Nvidia sold 115,000 chips to 10 companies. About 5,000 of them were shipped late.", "About 5,000", "en"),  # which?
    ("Three of them said nothing about the plan.", "Three", "en"),  # no count before: nothing to refer to
    ("Les 30 élèves et 3 professeurs sont partis. Deux d'entre eux sont revenus.", "Deux", "fr"),
])
def test_a_pronoun_with_no_one_antecedent_is_no_claim(text: str, number: str, lang: str) -> None:
    assert not [r for r in claim_rows(text, lang) if number in r["text"]]


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Some 350 other hikers were rescued on Tuesday.", "350", "en", "rescued"),  # (what befell them)
    ("Environ 350 autres randonneurs ont été secourus.", "350", "fr", "rescued"),
    ("Des centaines de villageois ont aidé les secours.", "Des centaines", "fr", "villagers"),
])
def test_other_before_a_noun_is_not_what_is_counted(text: str, number: str, lang: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number, subject", [
    ("记者了解到，当地出动了12支救援队伍，随后一起上山。", "12", "rescue teams"),
    ("记者了解到，救援队调集了30头牦牛，送往山谷。", "30", "yaks"),
    ("记者了解到，巴方发射了5枚导弹，击落3架战机。", "5", "missiles"),
    ("记者了解到，中国队获得了40枚金牌。", "40", "gold medals"),
    ("记者了解到，盗贼偷走了56颗祖母绿宝石。", "56", "emeralds"),
    ("记者了解到，该公司今年出货50万颗。", "50万", "chips"),  # nothing after the classifier: its default
    ("华为2025年最多只能制造20万颗自家Ascend芯片。", "20万", "chips"),  # 自家 qualifies a model's name
])
def test_a_noun_after_a_classifier_says_what_it_counts(text: str, number: str, subject: str) -> None:
    assert _row(text, number, "zh")["subject"].startswith(subject)


def test_a_hedge_after_a_classifier_is_no_noun() -> None:
    row = _row("记者了解到，现在每月生产3,000萬隻左右。", "3,000萬", "zh")
    assert row["subject"] != "left and right"


@pytest.mark.parametrize("text, number, low, high", [
    ("他说可能要被困多一两天。", "一两", 1, 2),
    ("他们等了两三天才获救。", "两三", 2, 3),
    ("记者了解到，救援持续了三五天。", "三五", 3, 5),
    ("一行十几人于4日进山。", "十几", 11, 19),
    ("另有二十几人失踪。", "二十几", 21, 29),
    ("几十人受伤。", "几十", 20, 99),  # at the text's start, not a rank (前几名)
])
def test_chinese_approximate_numerals_are_ranges(text: str, number: str, low: float, high: float) -> None:
    row = _row(text, number, "zh")
    assert (row["value_low"], row["value_high"]) == (low, high)


def test_nearly_a_thousand_people_is_a_count() -> None:
    row = _row("记者了解到，近千人因暴雪被困在营地。", "近千", "zh")
    assert (row["value_low"], row["value_high"], row["subject"]) == (900, 1000, "people")


# Development corpus 53 (the measles outbreak) and 54 (the Thailand-Cambodia clashes), scored unseen


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Plus de 200 000 personnes ont fui, 138 000 du côté thaïlandais et 80 000 du côté cambodgien.", "80 000", "fr",
     "people"),
    ("Le conflit a coûté la vie à au moins 32 personnes - 19 en Thaïlande et 13 au Cambodge.", "19", "fr", "deaths"),  # (the dead: coûté la vie)
    ("Thailand evacuated 139,000 people, compared to 35,000 in Cambodia.", "35,000", "en", "evacuated"),
])
def test_a_breakdown_after_a_total_shares_its_noun(text: str, number: str, lang: str, subject: str) -> None:
    assert _row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number, lang, value", [
    ("It was the first death in the previous two decades.", "two decades", "en", 20),
    ("Une première depuis deux décennies, selon l'OMS.", "deux décennies", "fr", 20),
    ("旨在結束這場十餘年來最致命的邊境衝突。", "十餘年", "zh", 10),
])
def test_decades_are_years(text: str, number: str, lang: str, value: float) -> None:
    row = _row(text, number, lang)
    assert (row["dimension"], row["value"]) == ("duration", value)


@pytest.mark.parametrize("text, lang", [
    ("Le cessez-le-feu commence à minuit (19 heures, à Paris), a annoncé le premier ministre.", "fr"),  # a clock time
    ("他悲痛表示,妻子是他生命的另一半。", "zh"),  # a partner, no half
    ("到2030年,三国将占据全球需求增长的大部分。", "zh"),  # the three countries named before
    ("在中國大陸十一國慶長假期間，華為並未回覆。", "zh"),  # the 1 October holiday
])
def test_clock_times_idioms_and_references_are_no_claims(text: str, lang: str) -> None:
    assert claim_rows(text, lang) == []


@pytest.mark.parametrize("text, number, subject", [
    ("泰國與柬埔寨再次交火，泰方發函26國。", "26", "countries"),
    ("雙方都在緊急疏散邊境居民，撤離人數已突破20萬。", "20萬", "evacuated"),
    ("目前两国总死亡人数已超过40人。", "40", "deaths"),  # and no count of two
    ("印度迅速向俄罗斯、美国、英国、沙特阿拉伯、阿联酋五国通报了情况。", "五", "countries"),  # a list's count
])
def test_countries_and_evacuees_counted_in_chinese(text: str, number: str, subject: str) -> None:
    rows = claim_rows(text, "zh")
    assert [r["subject"] for r in rows] == [subject] and number in rows[0]["text"]


def test_a_paywall_line_is_boilerplate(tmp_path) -> None:
    from helpers import load_corpus

    (tmp_path / "a.txt").write_text("A title\n\nThailand evacuated 139,000 people.\nYou have 76.42% of this article left "
                                    "to read. The rest is for subscribers only.\n", encoding="utf-8")
    assert "76.42" not in load_corpus(tmp_path)["clean_text"][0]


def test_one_countrys_toll_in_two_languages_conflicts(tmp_path) -> None:
    from corpus_tools import conflicts_of

    conf = conflicts_of(tmp_path, {
        "a": "Officials gave new figures. On 28 July 2025, Thailand reported 22 deaths, the army said.",
        "b": "官員公布最新數字。2025年7月28日，泰國方面通報已有20人死亡，軍方表示。",
        "c": "官員公布最新數字。2025年7月28日，柬埔寨確認13人罹難，國防部表示。",
    })
    deaths = conf[conf["subject"].astype(str).str.contains("deaths")]
    assert {frozenset((a, b)) for a, b in zip(deaths["doc_a"], deaths["doc_b"])} == {frozenset(("a", "b"))}


def test_the_event_among_the_words_after_of() -> None:
    row = _row("The ceasefire follows five days of deadly border clashes.", "five days", "en")
    assert row["measure_of"] == "fighting"


def test_a_country_is_one_place_in_every_language() -> None:
    from helpers.compare.owners import _named_places

    zh = _named_places({"quote": "泰國方面通報已有20人死亡，軍方表示。", "text": "20"})
    fr = _named_places({"quote": "La Thaïlande a fait état de 22 morts lundi.", "text": "22"})
    en = _named_places({"quote": "Thailand reported 22 deaths on Monday.", "text": "22"})
    assert zh & fr & en == {"thailand"}
    assert not _named_places({"quote": "柬埔寨確認13人罹難。", "text": "13"}) & en


# Faults a review of this round's rules found (sentences written by the reviewer)


def test_a_fate_after_a_pronoun_count_is_its_subject() -> None:
    assert _row("The army deployed 2,000 soldiers to the border. 30 of them were killed in an ambush.", "30 of",
                "en")["subject"] == "deaths"
    assert _row("Près de 1 000 randonneurs étaient bloqués ; 350 d'entre eux ont été évacués.", "350",
                "fr")["subject"] == "evacuated"


def test_a_clause_after_while_keeps_its_own_noun() -> None:
    rows = claim_rows("Floods killed 12 people in Kerala, while 300 in Assam were forced from their homes.", "en")
    assert [r["subject"] for r in rows if "300" in r["text"]] in ([], ["displaced"])


@pytest.mark.parametrize("text, number, lang", [
    ("Within 48 hours of the ceasefire, 20 people were killed.", "48 hours", "en"),  # a time in it, not its length
    ("In the first 72 hours of the war, 400 civilians died.", "72 hours", "en"),
    ("双方冲突3天后宣布停火。", "3天", "zh"),  # a lag after the fighting
    ("停火24小时内，又有5人死亡。", "24小时", "zh"),  # a window after the truce
])
def test_a_time_within_or_after_an_event_is_no_length_of_it(text: str, number: str, lang: str) -> None:
    assert _row(text, number, lang)["measure_of"] == ""


def test_ten_odd_ten_thousands_is_not_eleven_to_nineteen() -> None:
    rows = claim_rows("约十几万人参加了游行。", "zh")
    assert not [r for r in rows if (r["value_low"], r["value_high"]) == (11, 19)]


def test_a_flight_time_in_brackets_stays_a_duration() -> None:
    assert _row("Le vol Paris-Nouméa (22 heures) a été annulé.", "22 heures", "fr")["dimension"] == "duration"


@pytest.mark.parametrize("quote", ["內蒙古方面通報已有20人死亡。", "印度洋島國馬爾代夫通報已有20人死亡。",
                                   "New Mexico reported 20 deaths.", "L'Irlande du Nord a fait état de 20 morts."])
def test_a_country_name_inside_another_place_names_no_country(quote: str) -> None:
    from helpers.compare.countries import country_names as _country_names

    assert not _country_names(quote) & {"mongolia", "inde", "india", "mexico", "ireland", "irlande"}


def test_counts_for_two_sides_are_two_quantities() -> None:
    from helpers.compare.sides import sides_apart

    def claim(doc: str, quote: str, text: str, subject: str = "soldiers") -> dict:
        return {"doc_id": doc, "quote": quote, "text": text, "dimension": "count", "subject": subject}

    cambodians = claim("a", "Le 27 juillet, la Thaïlande a restitué les corps de 12 soldats cambodgiens tués.", "12")
    assert sides_apart(cambodians, claim("a", "Huit soldats ont été tués et 103 blessés.", "Huit"))  # one page
    assert not sides_apart(cambodians, claim("b", "已造成5名柬埔寨士兵死亡。", "5"))  # one side, two pages
    assert sides_apart(claim("a", "Thailand said 22 people were killed.", "22", "deaths"),
                       claim("b", "柬埔寨確認13人罹難。", "13", "deaths"))
    assert not sides_apart(claim("a", "a plan to use thousands of export-banned US chips", "thousands", "chips"),
                           claim("b", "Chinese companies plan to acquire 115,000 Nvidia chips", "115,000", "chips"))
    # (goods: an origin and a buyer, no sides)
