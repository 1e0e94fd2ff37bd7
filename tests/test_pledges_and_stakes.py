"""Classes found scoring this round's new corpora unseen (72, the Medog dam; 73, France's AI summit pledges) and
rereading the subjects the package gave in the others: an announced investment is a plan in every language, while a
toll the police announced stays a reported count; money paid for a stake is a stake's, its worth a value; French "financement" and
"allouer" and Chinese 豪掷 name an investment; two Chinese nouns joined by 和 share the fate after them, and a fate
before 和 is the count before it; a numeral-led name (三峽, the Three Gorges) counts nothing, and 億度 is kWh.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from corpus_tools import claim_rows


def _rows(sentence: str, lang: str) -> list[tuple[str, str, str, bool]]:
    """(subject, dimension, scope, is_forecast) of each claim of ``sentence``."""
    return [(r["subject"], r["dimension"], r["scope"], bool(r["is_forecast"])) for r in claim_rows(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Brookfield announced a €20 billion investment in France.", "en", ("investment", "money", "planned", False)),
    ("Le fonds annonce un investissement de 20 milliards d’euros en France.", "fr",
     ("investment", "money", "planned", False)),
    ("布魯克菲爾德也宣布投資200億歐元。", "zh", ("investment", "money", "planned", False)),
    # an intention to invest by a date is a plan, as "plans to invest €20 billion by 2030" is
    ("Le fonds a annoncé son intention d’investir 20 milliards d’euros en France d’ici à 2030.", "fr",
     ("investment", "money", "planned", False)),
    ("Le fonds allouera 15 milliards d’euros à de nouveaux centres de données.", "fr",
     ("investment", "money", "planned", False)),
    ("Le fonds a prévu d’allouer 20 milliards d’euros en France d’ici 2030.", "fr",
     ("investment", "money", "planned", False)),
])
def test_an_announced_investment_is_a_plan_in_every_language(sentence: str, lang: str, expected: tuple) -> None:
    assert _rows(sentence, lang) == [expected]


@pytest.mark.parametrize("sentence, lang", [
    ("On Tuesday police announced 35 dead in the attack.", "en"),
    ("La police a annoncé 35 morts dans l’attaque.", "fr"),
    ("警方宣布35人死亡。", "zh"),
])
def test_an_announced_toll_stays_reported(sentence: str, lang: str) -> None:
    assert _rows(sentence, lang) == [("deaths", "count", "reported", False)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The government has taken an $8.9 billion, 9.9% stake in the chipmaker.", "en", ["stake", "stake"]),
    ("Le groupe va prendre une participation de 2 milliards de dollars dans le fabricant.", "fr", ["stake"]),
    ("Her stake worth $2 billion was sold.", "en", ["value"]),  # a stake's worth is its value
    ("The group invested $2 billion for a 10% stake.", "en", ["investment", "stake"]),  # the investment word wins
    ("L’IA française a annoncé un tour de financement de 1,7 milliard d’euros, portant sa valorisation à "
     "11,7 milliards d’euros.", "fr", ["investment", "value"]),  # its own clause's word, not the sentence's
    ("软银豪掷410亿美元。", "zh", ["investment"]),
])
def test_what_money_buys_or_funds(sentence: str, lang: str, expected: list) -> None:
    assert [r[0] for r in _rows(sentence, lang)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("至少有 27 名营员和辅导员遇难。", ["deaths"]),  # two nouns, one fate
    ("洪水造成3人死亡和5名游客失踪。", ["deaths", "missing"]),  # the fate before 和 is the 3's
    ("截至目前共有144人死亡和732人受伤。", ["deaths", "injured"]),
])
def test_chinese_fates_around_he(sentence: str, expected: list) -> None:
    assert [r[0] for r in _rows(sentence, "zh")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("年發電量預估達3000億度，是三峽工程的三倍。", [("electricity", "energy", 3e11), ("multiple", "other", 3.0)]),
    ("全年用电量达到500万度。", [("electricity", "energy", 5e6)]),
    ("今天最高气温38度。", [("temperature", "other", 38.0)]),  # no magnitude before 度: degrees
    ("三峡工程总装机容量2250万千瓦。", [("power capacity", "power", 22500.0)]),  # 三峡 is a name, not three projects
    ("他在医院住了三星期。", [("duration", "duration", 3.0)]),  # 星期 is a word: three weeks
    ("事故造成十一人死亡。", [("deaths", "count", 11.0)]),
])
def test_chinese_kwh_and_numeral_names(sentence: str, expected: list) -> None:
    assert [(r["subject"], r["dimension"], r["value"]) for r in claim_rows(sentence, "zh")] == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Costing between $137 and $170 billion, the dam will flood the valley.", "en", ["cost"]),
    ("Microsoft has announced plans to spend $80 billion on data centres.", "en", ["cost"]),  # a plan's verb
])
def test_a_cost_names_its_amount(sentence: str, lang: str, expected: list) -> None:
    assert [r[0] for r in _rows(sentence, lang)] == expected


def test_a_bare_amount_is_the_amount_its_page_gave_before() -> None:
    """"Ce chiffre de 109 milliards" restates the page's 109 billion euros; "investira 20 milliards" stays money of
    no currency (a list's next item may be a part its scope does not mark); a bare billion before any money, or one of
    another value, stays unclaimed."""
    text = ("Le sommet s'ouvre avec 1 milliard de vues. La France annonce un investissement de 109 milliards d’euros. "
            "Ce chiffre de 109 milliards place la France en tête. Le fonds Brookfield investira 20 milliards. "
            "Le reste, 30 milliards, viendra plus tard.")
    rows = [(r["text"], r["subject"], r["currency"]) for r in claim_rows(text, "fr") if r["dimension"] == "money"]
    assert rows == [("109 milliards d’euros", "investment", "EUR"), ("109 milliards", "investment", "EUR"),
                    ("20 milliards", "investment", None)]


def test_a_restated_amount_takes_its_own_currency_not_the_pages_first() -> None:
    text = "該工程總投資高達人民幣120億元(約新台幣520億元)。報導稱,工程總共投入520億,進度順利。"
    rows = [(r["text"], r["currency"]) for r in claim_rows(text, "zh") if r["dimension"] == "money"]
    assert rows[-1] == ("520億", "TWD")  # the page's conversion, not its first currency (CNY)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Operating profit more than doubled to 47 trillion won.", "en", ("more than doubled", 2.0, "more_than")),
    ("The dam would generate nearly triple the output of the Three Gorges.", "en", ("nearly triple", 3.0, "approx_below")),
    ("Le prix du riz a plus que doublé en un an.", "fr", ("plus que doublé", 2.0, "more_than")),
    ("Le coût final représente près du double du budget initial.", "fr", ("près du double", 2.0, "approx")),
    ("Les ventes ont quadruplé.", "fr", ("quadruplé", 4.0, "exact")),
    ("公司净利润同比翻倍。", "zh", ("翻倍", 2.0, "exact")),
    ("经济总量翻两番。", "zh", ("翻两番", 4.0, "exact")),
])
def test_a_multiple_written_as_a_word(sentence: str, lang: str, expected: tuple) -> None:
    rows = [r for r in claim_rows(sentence, lang) if r["subject"] == "multiple"]
    assert [(r["text"], r["value"], r["qualifier"]) for r in rows] == [expected]


@pytest.mark.parametrize("sentence, lang", [
    ("It was a double murder in the town.", "en"),
    ("Triple-digit growth continued.", "en"),
    ("He is the double champion of France.", "en"),
    ("Il a réalisé un doublé en finale.", "fr"),  # a sports double
    ("Le double champion olympique est arrivé.", "fr"),
])
def test_double_as_an_adjective_counts_nothing(sentence: str, lang: str) -> None:
    assert claim_rows(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The amount rivals – in terms of proportion of gross domestic product – the $500 billion Stargate plan.", "en",
     ["money"]),  # GDP is the ratio's base, not what the $500 billion is
    ("Ce niveau rivalise – en proportion du produit intérieur brut – les 500 milliards de dollars du plan.", "fr",
     ["money"]),
    ("France’s GDP reached $3 trillion last year.", "en", ["GDP"]),
])
def test_gdp_named_as_a_ratios_base_is_no_amounts_subject(sentence: str, lang: str, expected: list) -> None:
    assert [r[0] for r in _rows(sentence, lang)] == expected
