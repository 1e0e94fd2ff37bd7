"""Classes found on three more unseen stories (development 92-94: an earthquake in the Philippines, a prisoner
exchange, a car bomb): what a mass is of, a space between a Chinese headline's clauses, 將 after 已 as a done deed,
and detainees told as prisoners. Sentences written for this file."""
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric, value_pairs


def _rows(text, lang="en"):
    return [(r["text"], r["subject"], r["is_forecast"]) for r in claim_rows(text, lang)]


@pytest.mark.parametrize("text,lang,subject", [
    ("Customs officers found 420 kg of suspected ammonium nitrate in a warehouse.", "en", "weight of ammonium nitrate"),
    ("Les douaniers ont trouvé 420 kg de nitrate d'ammonium dans un entrepôt.", "fr", "weight of ammonium nitrate"),
    ("海關在倉庫發現了420公斤硝酸銨。", "zh", "weight of ammonium nitrate"),
    ("The navy seized 3 tons of cocaine and two boats.", "en", "weight of cocaine"),
    ("La récolte a atteint 500 tonnes de riz.", "fr", "weight of rice"),
    ("A 5 kg bag of flour now costs more.", "en", "weight"),  # a bag's size, no substance after its unit
    ("The parcel weighs 10 kg.", "en", "weight"),
    ("The ship carried 2,750 tonnes of it.", "en", "weight"),
])
def test_a_mass_is_of_the_substance_named_after_its_unit(text, lang, subject):
    assert [s for t, s, _ in _rows(text, lang) if "kg" in t or "ton" in t or "公斤" in t] == [subject]


def test_masses_of_one_substance_in_two_languages_conflict(tmp_path):
    got = numeric(conflicts_of(tmp_path, {
        "a": "Published 11 November 2025\n\nPolice recovered 420 kg of suspected ammonium nitrate from a rented room "
             "in the town on Monday, officers said.\n",
        "b": "Publié le 11 novembre 2025\n\nLa police a découvert lundi 380 kg de nitrate d'ammonium dans une chambre "
             "louée de la ville, selon les enquêteurs.\n",
    }))
    assert value_pairs(got) == {frozenset(("420 kg", "380 kg"))}


def test_a_space_between_a_chinese_headlines_clauses_parts_them():
    assert _rows("以色列釋放1968名囚犯 哈瑪斯移交人質遺體", "zh")[0][:2] == ("1968", "prisoners")


@pytest.mark.parametrize("text,forecast", [
    ("監獄管理局說，已將1968名囚犯移監。", False),
    ("監獄管理局說，已經將1968名囚犯移監。", False),
    ("監獄管理局說，將釋放1968名囚犯。", True),
])
def test_jiang_after_yi_is_a_done_deed(text, forecast):
    assert _rows(text, "zh")[0][2] is forecast


def test_detainees_are_counted_as_prisoners():
    assert _rows("All 1,966 Palestinian detainees have boarded buses.")[0][1] == "prisoners"


@pytest.mark.parametrize("text,lang,expected", [
    ("Le maire a dit que 31 personnes sont mortes dans la ville de Lanao, le centre de la crue, onze dans la ville de "
     "Daet, 24 dans la ville de Naga et six à Iriga.", "fr", [("31", "deaths"), ("onze", "deaths"), ("24", "deaths"), ("six", "deaths")]),
    ("La chaîne compte 31 magasins à Lyon, 12 salariés à Paris.", "fr", [("31", "shops"), ("12", "people")]),  # (12
])  # counts its own noun)
def test_a_breakdown_by_place_shares_its_first_items_count(text, lang, expected):
    assert [(t, s) for t, s, _ in _rows(text, lang)] == expected


@pytest.mark.parametrize("text,value", [
    ("In Manila, the president pledged P600 million in aid to the province.", 6e8),
    ("Damage to roads in Cebu reached P6,765,661, the council said.", 6765661),
    ("The province will get ₱50 million.", 5e7),
    ("The Philippine city will receive P464.78 million.", 464.78e6),
])
def test_the_philippine_peso_written_p_or_its_sign(text, value):
    rows = claim_rows(text, "en")
    assert [(r["unit"], r["value"]) for r in rows] == [("PHP", value)]


@pytest.mark.parametrize("text", ["The Huawei P20 went on sale.", "Take the P5 bus to the pier.", "In AP2,000 tests."])
def test_a_p_before_a_short_number_or_inside_a_word_is_no_peso(text):
    assert all(r["unit"] != "PHP" for r in claim_rows(text, "en"))


@pytest.mark.parametrize("text,expected", [
    ("Hamas handed over seven hostages to the Red Cross.", [("seven", "hostages", "exact")]),
    ("They turned over 12 documents to the court.", [("12", "documents", "exact")]),
    ("Sales rose by over 30 percent.", [("over 30 percent", "rise", "more_than")]),
])
def test_over_after_hand_or_turn_is_a_particle_not_a_hedge(text, expected):
    assert [(r["text"], r["subject"], r["qualifier"]) for r in claim_rows(text, "en")] == expected


@pytest.mark.parametrize("text,subject", [
    ("Hamas released the 20 remaining Israeli hostages on Monday.", "remaining hostages"),
    ("The militants freed nine surviving Thai captives.", "surviving captives"),
])
def test_an_adjective_then_a_nationality_then_the_noun(text, subject):
    assert [r["subject"] for r in claim_rows(text, "en")] == [subject]


@pytest.mark.parametrize("text,lang,expected", [
    ("Hamas released the twenty hostages on Monday.", "en", [("twenty", "hostages")]),
    ("The two men were arrested.", "en", [("two", "arrested")]),  # people named again are still counted (development
    # 108's labels: "The two men entered", "les neuf objets dérobés")
    ("A ceasefire between the two sides began on Monday.", "en", []),  # the parties of a relation: no count
    ("Le Hamas a libéré les vingt derniers otages.", "fr", [("vingt", "hostages")]),
])
def test_a_number_word_of_ten_or_more_after_the_is_a_count(text, lang, expected):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, lang)] == expected


def test_a_short_page_naming_japan_twice_and_china_never_writes_yen_with_its_sign():
    page = ("Japan's cabinet approved a stimulus package on Friday. The package will involve ¥17.7tn of spending, "
            "the largest since the pandemic, Japan's finance ministry said.")
    assert [r["unit"] for r in claim_rows(page, "en") if "¥" in r["text"]] == ["JPY"]


@pytest.mark.parametrize("text,expected", [
    ("The ambitious 115,000-seat arena will host the final.", [("115,000-seat", "seats")]),
    ("They are building a 68,500-capacity stadium.", [("68,500-capacity", "seats")]),
    ("A 5,000-strong force was sent.", [("5,000-strong", "members")]),
    ("The town has a 500-bed hospital.", [("500-bed", "beds")]),
    ("He left a 3-seat-wide gap.", []),
])
def test_a_count_written_as_an_adjective_with_a_hyphen(text, expected):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, "en")] == expected


@pytest.mark.parametrize("text,expected", [
    ("汽車爆炸，造成至少10死30人傷。", [("至少10", "deaths"), ("30", "injured")]),  # the fate after the count is its own
    ("造成10人死亡、30人受傷。", [("10", "deaths"), ("30", "injured")]),
    ("當天有30人傷心落淚。", [("30", "people")]),  # 傷心 is grief, no wound
])
def test_a_chinese_fate_right_after_the_count_wins_over_one_before(text, expected):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, "zh")] == expected


@pytest.mark.parametrize("text,values", [
    ("Ten and five fatalities were reported in the towns of Daet and Naga, respectively.", [10, 5]),
    ("The fire killed one hundred and five people.", [105]),
])
def test_and_joins_number_words_only_after_hundred_or_thousand(text, values):
    from helpers.extract.quantities import find_quantities

    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize("text,low,high", [("数以千计的居民被疏散。", 2000, 9999), ("数以万计的游客滞留。", 20000, 99999)])
def test_by_the_thousands_is_vague(text, low, high):
    assert [(r["value_low"], r["value_high"], r["qualifier"]) for r in claim_rows(text, "zh")] == [(low, high, "vague")]


@pytest.mark.parametrize("text,lang,expected", [
    ("A four-hour outage in 2017 cost S&P 500 companies $150 million.", "en", ["A four-hour", "$150 million"]),
    ("FTSE 100 firms cut 3,000 jobs.", "en", ["3,000"]),
    ("The site returned a 500 Internal Server Error for hours.", "en", []),
    ("Business Insurance+2 Another source says firms lost US $72 million per hour.", "en", ["$72 million"]),
    ("包括數位遊戲發行平台Steam在內的服務中斷。", "zh", []),  # 數位: digital
])
def test_index_names_status_codes_citation_counters_and_digital_are_no_counts(text, lang, expected):
    assert [r["text"] for r in claim_rows(text, lang)] == expected


@pytest.mark.parametrize("text,expected", [
    ("形容當前狀況是「1場真正的種族滅絕」。", []),  # the article "a", as the Taiwan press writes it
    ("他們被帶到1個水庫附近。", []),
    ("有1個國家退出。", [("1", "countries")]),
    ("他工作了1個月。", [("1個月", "duration")]),
])
def test_a_digit_one_before_a_classifier_and_an_adjective_or_a_place_is_an_article(text, expected):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, "zh")] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The war has killed 40,000 people and displaced over 14 million.", "en", [("40,000", "deaths"),
                                                                             ("over 14 million", "displaced")]),
    ("Police arrested 409 on Tuesday.", "en", [("409", "arrested")]),
    ("Le conflit a déplacé plus de 14 millions.", "fr", [("plus de 14 millions", "displaced")]),
])
def test_a_verb_of_displacing_or_arresting_before_a_bare_number(text, lang, expected):
    assert [(r["text"], r["subject"]) for r in claim_rows(text, lang)] == expected


def test_a_computed_value_is_described_with_one_decimal_and_a_written_one_as_written():
    from helpers.extract.claims import describe

    third = {"value": 100 / 3, "value_low": 30.0, "value_high": 36.7, "qualifier": "approx"}
    assert describe(third) == "≈ 33.3"  # ("environ un tiers" as a percentage, never "33.3333")
    assert describe({**third, "value": 7.1234, "qualifier": "exact"}) == "7.1234"


@pytest.mark.parametrize("text, lang, expected", [
    ("Anthropic downloaded millions of pirated books.", "en", [(2e6, "pirated books")]),  # a vague "millions of"
    ("Ils ont téléchargé des millions de livres.", "fr", [(2e6, "books")]),
    ("至少22人死亡、百餘人受傷。", "zh", [(22, "deaths"), (100, "injured")]),  # a lone 百 before 餘 and 人
    ("事故造成千余人受伤。", "zh", [(1000, "injured")]),
    ("仍共下載逾700萬本盜版書。", "zh", [(7e6, "pirated books")]),  # 本 counts books
    ("他出版了3本小说。", "zh", [(3, "novels")]),
    ("当地有300万本地居民。", "zh", [(3e6, "population")]),  # 本地 (local) is no book
    ("約50萬本書遭盜用。", "zh", [(5e5, "books")]),  # (a reviewer's: 本 before a one-character noun)
    ("该公司有千余本藏书。", "zh", [(1000, "books")]),
    ("The state spent billions of taxpayer dollars on the stadium.", "en", [(2e9, "cost")]),  # money, not a count
    ("現場有數位世界冠軍出席。", "zh", [(2, "champions")]),  # 數位 is "several" before 世界冠軍
])
def test_books_by_the_million_and_a_lone_hundred_or_thousand_with_more(text, lang, expected) -> None:
    from helpers.extract.claims import read_claims

    assert [(q.value, b.subject) for q, b, *_ in read_claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Sur les neuf objets dérobés, la police en a retrouvé un.", "fr", [("neuf", 9.0)]),
    ("Les deux premières puissances économiques mondiales négocient.", "fr", []),
    ("Fighting broke out between the two Southeast Asian countries.", "en", []),
    ("Traffic was stopped in both directions, and the two directions reopened at noon.", "en", []),
])
def test_a_small_number_after_the_counts_unless_it_names_the_parties_of_a_relation(text, lang, expected):
    assert [(r["text"], r["value"]) for r in claim_rows(text, lang)] == expected
