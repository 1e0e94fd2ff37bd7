"""Heads a number takes from beyond its own words, each class tested with sentences written for this file: a
Chinese classifier whose noun is left out (它 counts what the count before it with the same classifier counted), a
brand's Latin gloss in brackets between a classifier and its noun, a model's size written "405B model", a
percentage or an amount written as an adjective before its noun ("40% bandwidth savings", "billion-dollar railway
plans")."""
import pytest

from helpers.extract.claims import read_claims
from helpers.extract.rates import attributive_of, compound_noun


def _rows(text: str, lang: str) -> dict[str, tuple]:
    return {text[q.start:q.end]: (q.value, b.subject, b.dimension) for q, b, s, e in read_claims(text, lang)}


def test_a_classifier_alone_counts_the_noun_of_the_count_before_it():
    rows = _rows("该公司计划新建六座工厂，包括江苏的四座和广东的两座。", "zh")
    assert rows["四"] == (4.0, "facilities", "count")
    assert rows["两"] == (2.0, "facilities", "count")


def test_a_classifier_with_its_own_noun_keeps_it():
    rows = _rows("他们修了五座工厂和三座仓库。", "zh")
    assert rows["三"][1] == "depots"


def test_a_classifier_alone_with_no_count_before_it_is_no_claim():
    assert "两" not in _rows("其中两座，已经完工。", "zh")


def test_the_generic_classifier_alone_takes_nothing_back():
    assert "三" not in _rows("公司有六个工厂，其中三个。", "zh")


@pytest.mark.parametrize("text", ["机房里有500块英伟达（NVIDIA）A100芯片。", "机房里有500块英伟达(Nvidia) A100芯片。"])
def test_a_latin_gloss_in_brackets_is_no_end_of_the_counted_phrase(text):
    assert _rows(text, "zh")["500"][1:] == ("chips", "count")


def test_a_model_written_with_its_size_in_billions_is_a_model_size():
    rows = _rows("Meta released a dense 405B model last year.", "en")
    assert rows["405B"] == (405e9, "parameters", "model_size")


def test_a_product_number_before_model_is_no_model_size():
    rows = _rows("Huawei sold the Ascend 910B model widely.", "en")
    assert "910B" not in rows or rows["910B"][2] != "model_size"


@pytest.mark.parametrize("text,expected", [
    ("The new codec achieved 40% bandwidth savings.", "bandwidth savings"),
    ("Staff won a 5% salary increase.", "salary"),
    ("Shares were 5% higher.", ""),
    ("Prices rose 5% since 2020.", ""),
    ("About 48% voted for it.", ""),
    ("It grew 8% annually.", ""),
    ("It rose 5% yesterday.", ""),
])
def test_what_a_percentage_names_with_the_noun_after_it(text, expected):
    assert attributive_of(text, text.index("%") + 1) == expected


def test_an_amount_as_an_adjective_is_money_for_its_noun_not_a_far_money_word():
    text = "Stadium costs rose sharply, and billion-dollar railway plans followed."
    assert _rows(text, "en")["billion-dollar"][1:] == ("money", "money")
    start = text.index("billion")
    assert compound_noun(text, start, start + len("billion-dollar")) == "railway plans"


def test_an_amount_as_an_adjective_before_a_lexicon_word_keeps_it():
    text = "A billion-dollar investment came."
    assert _rows(text, "en")["A billion"][1] == "investment"
    assert compound_noun(text, 2, 16) == ""


def test_units_reached_by_to_count_the_noun_counted_before():
    rows = _rows("The first phase of 50,000 Intel Gaudi accelerators has grown to over 90,000 units this spring.", "en")
    assert rows["over 90,000"][1] == "chips"


@pytest.mark.parametrize("text,number", [
    ("The dealer sold 40,000 trucks, and 12,000 units in March.", "12,000"),  # sold: units are sales
    ("The 3 plants will raise output to 500,000 units a year.", "500,000"),  # what the plants make
    ("The plant makes 500,000 units a year.", "500,000"),  # no counted noun before
])
def test_units_stay_units_when_sold_made_or_named_by_nothing(text, number):
    assert _rows(text, "en")[number][1] == "units"


def test_one_counted_word_between_a_classifier_and_de_is_what_is_counted():
    assert _rows("来自全球60个国家的企业代表出席了会议。", "zh")["60"][1] == "countries"
    assert _rows("仓库里有3万台联想的笔记本电脑。", "zh")["3万"][1] != "companies"


@pytest.mark.parametrize("text,lang,stolen,other", [
    ("The exchange, which clears $20 billion in daily trades, said thieves stole $900 million.", "en",
     "$900 million", "$20 billion"),
    ("Hackers took what they could: $300 million was stolen, while $5 billion in reserves stayed safe.", "en",
     "$300 million", "$5 billion"),
    ("Le vol de 300 millions de dollars a visé une plateforme qui gère 9 milliards de dollars d'actifs.", "fr",
     "300 millions", "9 milliards"),
    ("黑客偷走的8亿美元中，交易所仍有50亿美元储备。", "zh", "8亿", "50亿"),
])
def test_a_theft_word_names_only_the_amount_beside_it(text, lang, stolen, other):
    rows = _rows(text, lang)
    assert rows[stolen][1] == "amount stolen"
    assert rows[other][1] != "amount stolen"


def test_an_exchange_is_no_deal():
    assert _rows("该交易所仍有50亿美元储备。", "zh")["50亿"][1] != "deal value"


def test_trading_days_are_a_span_of_days_not_deals():
    q = {t: (v, s, d) for t, (v, s, d) in _rows("股价在5个交易日内上涨150%。", "zh").items()}
    assert q["5"] == (5.0, "duration", "duration")


@pytest.mark.parametrize("text,number,subject", [
    ("An avalanche traps nearly 300 skiers in the Alps.", "nearly 300", "trapped"),
    ("A flood stranding about 2,000 residents cut the road.", "about 2,000", "trapped"),
    ("The wardens set 40 traps for the boars.", "40", "traps"),
])
def test_a_verb_of_trapping_before_a_count_of_people_is_their_fate(text, number, subject):
    assert _rows(text, "en")[number][1] == subject


@pytest.mark.parametrize("text,number,subject", [
    ("The official death toll from the storm (local name: Odette) has surpassed 200 on Friday.", "surpassed 200",
     "deaths"),
    ("Visitors to the fair likely to exceed 5 million by August.", "exceed 5 million", "visitors"),
    ("Daily visitors to the fair fell below 80,000 in May.", "80,000", "visitors"),
    ("The death toll from the heatwave, amid record temperatures in the south, has gone past 700, officials said.",
     "700", "deaths"),
    ("The total fatalities, estimated to be over 450 so far, are blamed on the heat.", "over 450", "deaths"),
    ("Le nombre de visiteurs devrait atteindre 12 millions.", "12 millions", "visitors"),
])
def test_a_noun_reaching_its_number_through_a_modal_a_bracket_or_a_clause(text, number, subject):
    lang = "fr" if text.startswith("Le ") else "en"
    assert _rows(text, lang)[number][1] == subject


@pytest.mark.parametrize("text,number,subject", [
    ("There are 41 Indian pilgrims who have died in the heat.", "41", "deaths"),  # a nationality before the noun
    ("Around 35 Jordanians also died.", "Around 35", "deaths"),
    ("Le bilan compte 14 Jordaniens.", "14", "jordanian nationals"),
    ("With 420 of the deceased being Egyptian.", "420", "deaths"),
])
def test_nationalities_before_a_noun_and_the_deceased(text, number, subject):
    lang = "fr" if text.startswith("Le ") else "en"
    assert _rows(text, lang)[number][1] == subject


@pytest.mark.parametrize("text,lang,number", [
    ("The storm hit the coast, killing one person in the port.", "en", "one"),
    ("One person died in the north.", "en", "One"),
    ("There was one death in the capital.", "en", "one"),
    ("Two more died in the south.", "en", "Two"),
    ("La tempête a fait un mort.", "fr", "un"),
    ("Une personne a été tuée par la chute d'un arbre.", "fr", "Une"),
    ("Selon les secours, 4 ont perdu la vie.", "fr", "4"),
])
def test_a_toll_of_one_or_of_a_bare_number_with_its_fate(text, lang, number):
    assert _rows(text, lang)[number][1] == "deaths"


@pytest.mark.parametrize("text,lang", [
    ("It is one of the most powerful storms.", "en"),
    ("One day later, it hit the coast.", "en"),
    ("Une personne a dit non.", "fr"),
    ("The rumour of 12 died down.", "en"),
])
def test_one_as_an_article_or_a_phrase_is_no_toll(text, lang):
    assert all(s != "deaths" for _, s, _ in _rows(text, lang).values())


@pytest.mark.parametrize("text,lang,number,subject", [
    ("They include 12 with moderate wounds, 340 in good condition and 1,250 with minor wounds.", "en", "12",
     "in moderate condition"),
    ("They include 12 with moderate wounds, 340 in good condition and 1,250 with minor wounds.", "en", "340",
     "lightly injured"),
    ("Of them, 7 were in moderate condition.", "en", "7", "in moderate condition"),
    ("8 people were seriously injured.", "en", "8", "in serious condition"),
    ("Le bilan fait état de 12 blessés, dont 3 grièvement blessés.", "fr", "3", "in serious condition"),
    ("另有12人轻伤。", "zh", "12", "lightly injured"),
    ("The blast injured 40 people.", "en", "40", "injured"),
])
def test_the_injured_by_how_badly_are_parts_of_their_own(text, lang, number, subject):
    assert _rows(text, lang)[number][1] == subject


def test_all_but_one_is_no_toll_of_one():
    assert "one" not in _rows("All but one person died in the crash.", "en")
