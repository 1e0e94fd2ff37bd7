"""What a percentage is of, and subjects read from the verb or noun an amount goes with (sentences of
our own): a growth rate names what grew, a loss is a loss, a utilization rate needs its period."""
from __future__ import annotations

import helpers
import pytest

from helpers.compare.conflicts import _may_compare
from helpers.extract.rates import changed_of
from test_claims_generalise import _claims


def _subjects_of(text: str, lang: str, value: float) -> list[str]:
    """The subjects of the claims of ``text`` whose value is ``value`` (as read, before scaling)."""
    return [c["subject"] for c in _claims(text, lang) if c["value"] == pytest.approx(value)]


@pytest.mark.parametrize("text,number,of", [
    ("Revenue rose 3,866% in the first half.", "3,866%", "revenue"),
    ("公司第三季营收同比增长9.9%。", "9.9%", "revenue"),
    ("Le bénéfice net a reculé de 12 % sur un an.", "12 %", "net profit"),
    ("Its shares closed at $118.42, a 3.25% increase on the day.", "3.25%", "share price"),
    ("期內晶圓出貨量按季增長4.3%。", "4.3%", "wafers"),           # the counted goods name the shipments
    ("Shipments were up 4.3% on the quarter.", "4.3%", "shipments"),
    ("The index gained 2% on Monday.", "2%", "index"),       # (the word was never read: a regex held backspaces)
    ("The true cost to train it was at least 20 times that.", "20 times", "training cost"),
    ("Kimi K2比闭源模型快5倍。", "5倍", ""),                   # a multiple is of money only: no count noun
])
def test_a_percentage_names_what_it_is_of(text, number, of):
    i = text.index(number)
    subject = "multiple" if "times" in number or "倍" in number else "rise"
    assert changed_of(text, i, i + len(number), subject) == of


def test_the_claims_table_says_what_a_rise_is_of_and_nothing_for_a_stake(make_corpus):
    text = ("Acme reported revenue of $2.4 billion, up 9.7% year-on-year.\n\n"
            "The government now holds a 9.9% stake in Acme.\n")
    claims = helpers.extract_claims(helpers.load_corpus(make_corpus({"a.txt": text})))
    got = dict(zip(claims["text"], zip(claims["subject"], claims["measure_of"])))
    assert got["9.7%"] == ("rise", "revenue")
    assert got["9.9%"] == ("stake", "")


@pytest.mark.parametrize("text,lang,subject", [
    ("The firm will allocate $500 billion to the project.", "en", "investment"),
    ("SoftBank will begin deploying $100 billion immediately.", "en", "investment"),
    ("该基金已募资1000亿美元。", "zh", "investment"),
    ("Intel a enregistré une perte annuelle de 18,8 milliards de dollars.", "fr", "loss"),
    ("甲骨文創辦人身價蒸發276億美元。", "zh", "loss"),
    ("The group posted a net loss of $2 billion.", "en", "net loss"),         # a net loss is its own row
    ("產能利用率達到95.8%。", "zh", "utilization"),
    ("The plant's utilization rate was 92%.", "en", "utilization"),
    ("Washington imposed a 100% tariff on imported chips.", "en", "tariff"),
    ("Il promet une taxe de 100 % sur les importations de puces.", "fr", "tariff"),
    ("相当于该公司9.9%的股份。", "zh", "stake"),
    ("The warrant lets it buy an extra 5% of common shares.", "en", "stake"),
    ("SoftBank had pledged $30 billion.", "en", "investment"),
    ("Meta将向Scale AI注资至多150亿美元。", "zh", "investment"),
    ("Analysts raised their price target to $22.", "en", "price target"),
    ("认股权证的行权价仅0.01美元。", "zh", "exercise price"),
    ("H800 GPUs could be rented for $2 per hour.", "en", "unit price"),
    ("Les racks se vendent 489 000 dollars par rack.", "fr", "unit price"),
    ("Intel had been awarded $5.7 billion in grants.", "en", "grant"),
    ("三星电子计划实施1.3万亿韩元的特别分红计划。", "zh", "dividend"),
    ("Certains chercheurs gagnent plus de 1,3 million de dollars par an.", "fr", "pay"),
    ("Operating cash flow swung to RMB 911 million.", "en", "cash flow"),
    ("Inventory reached RMB 2.69 billion.", "en", "inventory"),
    ("公司研发投入达到4.6亿元。", "zh", "r&d spending"),
    ("AMD signed a $10 billion collaboration with Humain.", "en", "deal value"),
])
def test_subjects_from_the_verb_or_noun_of_the_amount(text, lang, subject):
    found = [c for c in _claims(text, lang) if c["dimension"] in ("money", "percent")]
    assert [c["subject"] for c in found] == [subject], found


def _utilization(quote: str, text: str, doc: str) -> dict:
    return {"doc_id": doc, "quote": quote, "text": text, "subject": "utilization", "dimension": "percent",
            "doc_period": ""}


def test_a_utilization_rate_whose_period_nothing_names_is_not_compared():
    named = _utilization("中芯國際第3季產能利用率達到95.8%。", "95.8%", "a")
    unnamed = _utilization("期內產能利用率為92.5%。", "92.5%", "b")
    also_q3 = _utilization("SMIC's utilization rate in Q3 2025 was 95.2%.", "95.2%", "c")
    assert not _may_compare(named, unnamed)
    assert _may_compare(named, also_q3)


@pytest.mark.parametrize("text,number,of", [
    ("納斯達克綜合指數收盤跌3.07%。", "3.07%", "NASDAQ COMPOSITE"),  # which index: two indices' moves differ
    ("At the close, the S&P 500 index was down 1.46%.", "1.46%", "S&P 500"),
    ("L'indice phare a reculé de 2 %.", "2 %", "index"),  # an index the list does not name
    ("Le titre décollait de 4 % à l'ouverture.", "4 %", "share price"),
    ("微軟今天股價開盤應聲勁揚4%。", "4%", "share price"),
])
def test_an_index_moves_and_a_share_moves(text, number, of):
    i = text.index(number)
    assert changed_of(text, i, i + len(number)) == of


@pytest.mark.parametrize("text,value,qualifier", [
    ("非營利組織持股逾 4 成。", 40.0, "more_than"),   # tenths with a space, after a hedge
    ("其中約三成來自海外。", 30.0, "approx"),
])
def test_chinese_tenths_after_a_hedge_and_a_space(text, value, qualifier):
    found = [c for c in _claims(text, "zh") if c["dimension"] == "percent"]
    assert [(c["value"], c["qualifier"]) for c in found] == [(value, qualifier)]


def _move(doc: str, quote: str, text: str, published: str = "2025-10-28") -> dict:
    return {"doc_id": doc, "quote": quote, "text": text, "subject": "rise", "dimension": "percent",
            "published": published, "doc_actor": "microsoft", "measure_of": ""}


def test_two_rises_of_one_share_at_the_open_are_one_quantity_and_premarket_moves_are_not():
    from helpers.compare.changes import moment_tie

    opened = _move("a", "微軟今天股價開盤應聲勁揚4%。", "4%")
    at_open = _move("b", "À l'ouverture de Wall Street, l'action Microsoft grimpait de 3,19%.", "3,19%")
    premarket_a = _move("c", "Microsoft shares rose 4% in premarket trading.", "4%")
    premarket_b = _move("d", "Microsoft shares were up 3.2% in premarket trading.", "3.2%")
    index = _move("e", "À l'ouverture, l'indice Nasdaq grimpait de 1,2%.", "1,2%")
    week_later = _move("f", "À l'ouverture, l'action Microsoft grimpait de 2,5%.", "2,5%", "2025-11-04")
    assert moment_tie(opened, at_open)
    assert not moment_tie(premarket_a, premarket_b)   # the pre-market session is not one price
    assert not moment_tie(at_open, index)             # an index is not the share
    assert not moment_tie(at_open, week_later)        # another day's open


@pytest.mark.parametrize("text,value", [
    ("約新台幣4兆1300億元。", 4.13e12),     # Taiwan's 兆 (1e12) then 億
    ("总额达1万3500亿元。", 1.35e12),
    ("收入3亿5000万元。", 3.5e8),
])
def test_chinese_compound_magnitudes_are_one_number(text, value):
    found = _claims(text, "zh")
    assert [c["value"] for c in found] == [pytest.approx(value)]


def test_an_article_before_a_number_word_adds_nothing():
    assert [c["value"] for c in _claims("It gives them nearly a ten-times return.", "en")] == [10.0]
    assert [c["value"] for c in _claims("A hundred servers were shipped.", "en")] == [100.0]


@pytest.mark.parametrize("text,lang,subject", [
    ("OpenAI has agreed to purchase an incremental $250 billion of Azure services.", "en", "purchases"),
    ("OpenAI將採購2500億美元的Azure雲端運算服務。", "zh", "purchases"),
    ("The government is purchasing $8.9 billion worth of the company's common stock.", "en", "not purchases"),
    ("Les États-Unis vont acheter une participation dans Intel pour 8,9 milliards de dollars.", "fr", "not purchases"),
    ("OpenAI is committing $25 billion to health research.", "en", "investment"),
])
def test_buying_goods_is_a_purchase_and_buying_shares_an_investment(text, lang, subject):
    found = [c for c in _claims(text, lang) if c["dimension"] == "money"]
    if subject == "not purchases":
        assert len(found) == 1 and found[0]["subject"] != "purchases", found
    else:
        assert [c["subject"] for c in found] == [subject], found


def test_a_truncated_figure_read_through_a_chinese_magnitude_still_rounds():
    from helpers.compare.comparable import rounds_to

    assert rounds_to(456.5e6, 4.56 * 1e8)        # 4.56億 is 455999999.99999994 in binary floating point
    assert not rounds_to(454.0e6, 4.56 * 1e8)


@pytest.mark.parametrize("text,lang,subject", [
    ("Meta va investir entre 60 et 65 milliards $ dans l'IA au cours de l'année 2025.", "fr", "investment"),
    ("英特爾另獲50億美元的貸款。", "zh", "loan"),
    ("公司股東權益報酬率超過25%。", "zh", "return on equity"),
    ("Le site traitera 20 000 tranches de silicium par mois.", "fr", "wafers"),
])
def test_during_is_no_share_price_and_loans_returns_and_wafers_are_named(text, lang, subject):
    found = [c for c in _claims(text, lang) if c["dimension"] in ("money", "percent", "count")]
    assert [c["subject"] for c in found] == [subject], found


def test_au_cours_de_is_during_and_le_cours_is_a_price():
    from helpers.extract.scope import is_share_price

    assert not is_share_price("investir entre 60 et 65 milliards $ au cours de l'année 2025", "money")
    assert not is_share_price("un projet en cours de 10 milliards de dollars", "money")
    assert is_share_price("le cours a chuté à 118 dollars", "money")


@pytest.mark.parametrize("text,lang,subject,value", [
    ("BYD sold 2.26 million battery electric vehicles in 2025.", "en", "vehicles", 2.26e6),
    ("比亞迪全年累計銷量4,602,436輛。", "zh", "vehicles", 4602436),
    ("全年销量达225.7万辆。", "zh", "vehicles", 2257000),
    ("L'entreprise a vendu 1,64 million de véhicules électriques.", "fr", "vehicles", 1.64e6),
    ("Il a enregistré 1,79 million de ventes contre 1,76 million en 2024.", "fr", "units", 1.76e6),
])
def test_vehicles_and_units_sold_are_counts(text, lang, subject, value):
    found = [c for c in _claims(text, lang) if c["value"] == pytest.approx(value)]
    assert [(c["subject"], c["dimension"]) for c in found] == [(subject, "count")], _claims(text, lang)


def test_revenue_in_french_is_money_and_a_sales_word_after_it_does_not_make_it_a_count():
    text = "Cela représentera un revenu annuel de 10 milliards et des ventes de plus de 40 milliards de dollars."
    got = {c["text"]: (c["subject"], c["dimension"]) for c in _claims(text, "fr")}
    assert got["10 milliards"] == ("revenue", "money")


def test_a_dropped_chinese_magnitude_is_a_slip_even_when_the_figure_was_rounded():
    from helpers.compare.comparable import magnitude_slip

    assert magnitude_slip(460.2, 4602436.0) == 4         # 460.2 辆 for 460.2 万辆
    assert magnitude_slip(460.3, 4602436.0) == 0
    assert magnitude_slip(4500.0, 451.0, 2) == 0         # two digits rounded are a coincidence


def test_one_unit_apart_in_the_last_digit_is_one_figure_only_beside_a_finer_one():
    from helpers.compare.comparable import cut_and_rounded

    assert cut_and_rounded(1.63e6, 1.64e6, [1636129.0])  # cut short and rounded
    assert not cut_and_rounded(1.63e6, 1.64e6, [])       # nothing says so: they may disagree
    assert not cut_and_rounded(3.24, 3.25, [3.2431])     # 3.2431 is 3.24 either way
    assert not cut_and_rounded(1.62e6, 1.64e6, [1636129.0])
    assert cut_and_rounded(137.2, 137.1, [])              # four digits: one rate cut short by one source


def _count(doc: str, quote: str, text: str, v: float, qualifier: str = "exact") -> dict:
    return {"doc_id": doc, "quote": quote, "text": text, "subject": "vehicles", "dimension": "count", "v": v,
            "lo": v, "hi": v, "qualifier": qualifier}


def test_two_long_figures_a_digit_apart_are_one_figure_copied_wrong():
    from helpers.compare.changes import digit_tie

    a = _count("a", "BYD a vendu environ 2 256 704 véhicules.", "environ 2 256 704", 2256704, "approx")
    b = _count("b", "全年累計2,256,714輛。", "2,256,714", 2256714)
    assert digit_tie(a, b)
    assert not digit_tie(a, _count("c", "Tesla delivered 1,636,129 cars.", "1,636,129", 1636129))
    assert not digit_tie(_count("d", "It sold 2,257 cars.", "2,257", 2257), _count("e", "It sold 2,258 cars.", "2,258", 2258))


@pytest.mark.parametrize("text,lang,subject,value", [
    ("They sold 2.5 million battery-powered scooters.", "en", "battery-powered scooters", 2.5e6),
    ("Riders took about 1.5 million electric scooter trips.", "en", "electric scooter trips", 1.5e6),
    ("该市常住人口达2100万。", "zh", "population", 2.1e7),
    ("电影票房突破150亿元，观影人次超过3亿。", "zh", "people", 3e8),
    ("全年手机出货量达到2.6亿部。", "zh", "phones", 2.6e8),
    ("The firm shipped 60 million smartphones in the quarter.", "en", "phones", 6e7),
    ("The storm caused $50 billion in damage.", "en", "damage", 5e10),
    ("电影票房突破150亿元。", "zh", "box office", 1.5e10),
])
def test_stories_beyond_chips_bring_their_own_nouns(text, lang, subject, value):
    assert _subjects_of(text, lang, value) == [subject], _claims(text, lang)


@pytest.mark.parametrize("text,lang,subject,value", [
    ("A 7.7-magnitude earthquake struck central Myanmar.", "en", "magnitude", 7.7),
    ("un séisme de magnitude 7,7 a frappé le pays", "fr", "magnitude", 7.7),
    ("缅甸发生7.9级地震。", "zh", "magnitude", 7.9),
    ("The magnitude of the first quake was 7.7 and the second was 6.6.", "en", "magnitude", 6.6),
    ("最高余震震级达7.5级。", "zh", "aftershock magnitude", 7.5),
    ("The epicenter was only 10 miles from Mandalay.", "en", "distance", 10),
    ("地震震源深度为10公里。", "zh", "depth", 10),
    ("Trains from Mandalay run at 120 km/h.", "en", "speed", 120),
    ("pointed to 3,354 dead, 4,850 injured and 220 missing", "en", "injured", 4850),
    ("Myanmar quake death toll rises to 1,644", "en", "deaths", 1644),
    ("2.691 blessés et 210 disparus, a rapporté", "fr", "missing", 210),
    ("緬甸強震增至3354人喪命", "zh", "deaths", 3354),
])
def test_a_disaster_s_numbers_are_magnitudes_distances_and_tolls(text, lang, subject, value):
    assert _subjects_of(text, lang, value) == [subject], _claims(text, lang)


def test_a_small_decimal_without_a_quake_or_with_its_own_unit_is_no_magnitude():
    assert [c["subject"] for c in _claims("规模超过60万机架。", "zh")] == ["servers"]
    got = _claims("The fund has 5 partners and 2.5 km of track.", "en")
    assert [c["subject"] for c in got] == ["partners", "distance"]
    for text, subject in (("地震后该公司股价下跌2.5%。", "fall"), ("余震持续了2.5小时。", "duration"),
                          ("The magnitude of the effect was estimated at 2.5 times the baseline.", "multiple")):
        assert [c["subject"] for c in _claims(text, "zh" if "地" in text or "余" in text else "en")] == [subject]


@pytest.mark.parametrize("text,lang,subject", [
    ("At least 1,002 people were killed and nearly 2,400 injured in Myanmar.", "en", "deaths"),
    ("The earthquake killed 1,002 people and injured 2,376.", "en", "deaths"),
    ("Le séisme a tué 2 719 personnes et blessé 4 521 autres.", "fr", "deaths"),
    ("The firm employs 500 people and had 3 missing shipments.", "en", "people"),
    ("已经导致144人死亡、732人受伤。", "zh", "deaths"),
    ("Les séismes ont causé la mort de 2 719 personnes, selon le général.", "fr", "deaths"),
    ("The city has 1.5 million people.", "en", "people"),
])
def test_people_counted_by_what_happened_to_them(make_corpus, text, lang, subject):
    claims = helpers.extract_claims(helpers.load_corpus(make_corpus({"a.txt": text + "\n"})))
    assert claims["subject"].iloc[0] == subject, claims[["text", "subject"]]


def test_two_death_tolls_of_different_days_are_two_counts_and_of_one_day_may_conflict():
    from helpers.compare.comparable import named_days
    from helpers.compare.prices import same_bulletin

    a = {"quote": "The toll reached 2,056 on 31 March 2025.", "published": "2025-03-31"}
    b = {"quote": "The toll reached 3,354 on 5 April 2025.", "published": "2025-04-05"}
    c = {"quote": "Officials said more than 3,000 had died by 31 March 2025.", "published": "2025-04-01"}
    assert not same_bulletin(a, b, named_days)
    assert same_bulletin(a, c, named_days)
    assert same_bulletin({"quote": "2,056 dead.", "published": "2025-03-31"}, {"quote": "3,000 dead.",
                                                                                "published": "2025-03-31T10:00"}, named_days)


@pytest.mark.parametrize("text,subject", [
    ("大地震造成的死亡數已經增加到2056人,另有超過3900人受傷。", "deaths"),
    ("死亡人数增加了约1,700人。", "deaths"),
    ("公司员工已经增加到5000人。", "people"),
])
def test_a_chinese_toll_named_before_its_verb_counts_deaths(make_corpus, text, subject):
    claims = helpers.extract_claims(helpers.load_corpus(make_corpus({"a.txt": text + "\n"})))
    assert claims["subject"].iloc[0] == subject, claims[["text", "subject"]]


@pytest.mark.parametrize("text,lang,subject", [
    ("Inflation rose to 3.2% in October.", "en", "inflation"),   # the level reached, not the change
    ("失业率降至4.1%。", "zh", "unemployment rate"),
    ("Revenue rose 22% to $5 billion.", "en", "rise"),
    ("Le chômage a atteint 7,4 % au troisième trimestre.", "fr", "unemployment rate"),  # any rate reaches: no score
])
def test_a_rate_that_reached_a_level_is_no_change_and_no_score(text, lang, subject):
    found = [c for c in _claims(text, lang) if c["dimension"] == "percent"]
    assert [c["subject"] for c in found] == [subject]


@pytest.mark.parametrize("text,lang,subject", [
    ("Il y a eu 1 200 000 visiteurs au salon.", "fr", "visitors"),
    ("Apple sold 231 million iPhones last year.", "en", "phones"),
    ("Le film a rapporté 1,2 milliard de yuans en trois jours.", "fr", "revenue"),
])
def test_more_nouns_of_other_stories(text, lang, subject):
    assert _claims(text, lang)[0]["subject"] == subject


def test_money_put_in_to_buy_something_is_a_purchase():
    assert _claims("公司投入50亿元用于购买设备。", "zh")[0]["subject"] == "purchases"
    assert _claims("公司投入50亿元建设新工厂。", "zh")[0]["subject"] == "investment"
    assert _claims("谷歌將供應多達100萬顆晶片。", "zh")[0]["qualifier"] == "at_most"


_plain_move = _move


def test_two_pages_rises_of_one_share_on_the_day_of_the_news_are_one_quantity():
    from helpers.compare.changes import news_move_tie

    def _move(*args):  # (the claims table says what moved: the share price)
        return {**_plain_move(*args), "measure_of": "share price"}

    after_news = _move("a", "Shares rose 3.6% following the announcement.", "3.6%", "2025-09")
    suite = _move("b", "Lundi, à Wall Street, l’action Microsoft a gagné 4,5% suite aux annonces de ce partenariat.",
                  "4,5%", "2025-09-22")
    monday = _move("c", "L’action Microsoft a progressé de près de 4% lundi.", "près de 4%", "2025-09-22")
    at_writing = _move("d", "微軟股價周一盤中勁揚近 4%，截稿前上漲 3.82%。", "3.82%", "2025-09-23")
    at_close = _move("e", "周一收盤時，微軟股價上漲3.9%，並帶動美股三大指數創歷史新高。", "3.9%", "2025-09-23")
    undated = _move("f", "L’action Microsoft a progressé de 2% lundi.", "2%", "")
    other_firm = _move("g", "L'action Oracle, partenaire de SoftBank, gagnait près de 5% après l'annonce.", "près de 5%",
                       "2025-09-22")
    assert news_move_tie(after_news, suite)         # both tie the move to the news, in the same month
    assert news_move_tie(suite, monday)             # both name Monday, a day apart
    assert news_move_tie(suite, at_close)           # the close is named before the number, the indices' high after it
    assert not news_move_tie(at_writing, at_close)  # as the page went to press against the close: two moments
    assert not news_move_tie(monday, undated)       # an undated page's Monday may be any Monday
    assert not news_move_tie(after_news, other_firm)  # the sentence names another company: its shares moved


def test_a_hedge_that_points_away_from_a_value_is_no_rounding_of_it():
    from helpers.compare.comparable import rounded_against_hedge

    nearly_4 = {"qualifier": "approx_below", "v": 4.0}
    assert rounded_against_hedge(nearly_4, {"qualifier": "exact", "v": 4.5})      # nearly 4 is no 4.5 rounded
    assert not rounded_against_hedge(nearly_4, {"qualifier": "exact", "v": 3.9})  # nearly 4 may be 3.9
    assert not rounded_against_hedge({"qualifier": "exact", "v": 4.0}, {"qualifier": "exact", "v": 4.5})
