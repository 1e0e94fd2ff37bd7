"""Towers and their floors, trade and its sides, tariff rates that move by decree: classes found on three stories
the package had never seen (development corpora 31, 32 and 33). Sentences and pages written for this file."""
import pytest

from corpus_tools import conflicts_of, numeric as _numeric, pairs as _pairs
from helpers.extract.claims import read_claims


def _read(text: str, lang: str) -> list[tuple[float, str]]:
    return [(q.value, b.subject) for q, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    # a classifier's number is not the next number's: seven towers of more than 30 floors
    ("火勢延燒，7棟超過30層樓的大廈被大火吞噬。", "zh", [(7, "buildings"), (30, "floors")]),
    ("屋苑有8棟32層樓的住宅。", "zh", [(8, "buildings"), (32, "floors")]),
    ("他住在3栋201室。", "zh", []),  # an address: block 3, flat 201
    ("Seven 30-storey towers burned.", "en", [(7, "buildings"), (30, "floors")]),
    ("The storm knocked down 500 cell towers.", "en", [(500, "masts")]),  # not buildings
    # where people live, said before their number
    ("The estate, home to roughly 4,600 people, burned.", "en", [(4600, "population")]),
    ("The school gym housed about 400 people displaced by the flood.", "en", [(400, "displaced")]),  # sheltered, not
    ("Le gymnase abritant 300 personnes évacuées a été fermé.", "fr", [(300, "evacuated")]),  # a population
    ("Two towers of the bridge collapsed.", "en", [(2, "towers")]),  # a bridge's towers, no buildings
    ("Seven tower cranes and 30 water towers fell.", "en", [(7, "masts"), (30, "masts")]),
    ("4棟20層的住宅樓起火，小区有12栋18层住宅楼。", "zh", [(4, "buildings"), (20, "floors"), (12, "buildings"), (18, "floors")]),
    ("采用三层防护结构，8层岩浆流体。", "zh", []),  # layers, not floors
    ("在青森縣八戶港等地測得八十公分", "zh", [(80, "length")]),  # 八戶港 is Hachinohe port, no eight households
    ("孩童的床垫四处漂浮", "zh", []),  # 四处: everywhere
    ("每接獲1通失聯報案，就增加1人。", "zh", []),  # a rule (each report adds one), no toll
    ("省里批准了8个1.5亿元以上的项目。", "zh", [(8, "projects"), (1.5e8, "investment")]),  # an amount inside the phrase
    ("住在28层的居民王先生说，火势蔓延至20层以上。", "zh", []),  # floors where people are, no count of floors
    ("台电表示，停电户数已降至3200户。", "zh", [(3200, "households without power")]),
    ("Mardi, le typhon a privé 40 000 foyers d'électricité.", "fr", [(40000, "households without power")]),
    ("每年新增500个数据中心，就业增加2000人。", "zh", [(500, "data centres"), (2000, "people")]),
    ("In a survey, 45 residents said they had lost their cars.", "en", [(45, "residents")]),  # a group, no population
    # a patient's state in Chinese
    ("80名送醫傷患中，有13人依然命懸一線，28人傷勢嚴重。", "zh",
     [(80, "hospitalised"), (13, "in critical condition"), (28, "in serious condition")]),
])
def test_towers_floors_homes_and_states(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("In 2024, US-China trade totaled $582.4 billion, with a $295.4 billion US trade deficit.", "en",
     [(582.4e9, "trade"), (295.4e9, "deficit")]),
    ("Trade between the two economies reached $660 billion last year.", "en", [(660e9, "trade")]),
    ("Les échanges commerciaux ont atteint 688 milliards de dollars.", "fr", [(688e9, "trade")]),
    ("全年中美贸易额攀升至6882.8亿美元。", "zh", [(688.28e9, "trade")]),
    ("中国对美国出口额为5246.56亿美元,而中国自美国进口1636.24亿美元,贸易顺差达3610亿美元。", "zh",
     [(524.656e9, "exports"), (163.624e9, "imports"), (361e9, "deficit")]),  # a surplus is the other side's deficit
    ("出口金额达35772.22亿美元;进口金额为25850.67亿美元。", "zh", [(3577.222e9, "exports"), (2585.067e9, "imports")]),
    ("Les États-Unis ont importé des marchandises chinoises pour une valeur de 439 milliards de dollars.", "fr",
     [(439e9, "imports")]),
    ("The trade war cost farmers $5 billion.", "en", [(5e9, "cost")]),  # a trade war is no trade
    ("Total trade union membership fell to 6.4 million.", "en", []),  # nor a trade union
    ("Bitcoin trade volume reached $50 billion on Monday.", "en", [(50e9, "money")]),  # nor trading
    ("进口关税达1000亿美元。", "zh", [(100e9, "money")]),  # a duty on imports, not their value
    ("Imports from China fell to $439 billion, and US exports to China totaled $143.5 billion.", "en",
     [(439e9, "imports"), (143.5e9, "exports")]),
])
def test_trade_its_sides_and_its_gap(text, lang, expected):
    got = _read(text, lang)
    assert [(round(v / 1e6), s) for v, s in got] == [(round(v / 1e6), s) for v, s in expected]


def test_a_towers_floors_meet_across_pages_about_one_fire(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nTower fire kills dozens\n\nThe fire broke out on one of the 32-storey towers.\n",
        "b": "Published 27 November 2025\n\nIncendie meurtrier\n\nLes flammes entourent 7 des 8 bâtiments de 31 étages.\n",
        "c": "Published 27 November 2025\n\nCity plans new homes\n\nThe city approved a 31-storey tower.\n",
    })))
    assert frozenset("ab") in pairs  # the tower that burned has one number of floors
    assert frozenset("ac") not in pairs and frozenset("bc") not in pairs  # a page about no fire


def test_buildings_in_two_states_are_no_contradiction(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 28 November 2025\n\nTower fire in Tai Po\n\nOfficials confirmed that four towers have been "
             "fully extinguished.\n",
        "b": "Published 28 November 2025\n\nIncendie à Tai Po\n\nSelon lui, trois immeubles ne montrent plus aucune "
             "flamme visible.\n",
    })))
    assert frozenset("ab") not in pairs  # four put out, three without flames: two states, not one count


def test_engines_sent_add_up_from_day_to_day(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 26 November 2025\n\nTower fire in Tai Po\n\nThe department deployed 128 fire trucks.\n",
        "b": "Published 28 November 2025\n\n大埔宏福苑火災\n\n當局出動196輛消防車救災。\n",
        "c": "Published 26 November 2025\n\n大埔宏福苑五級火\n\n消防局出動了98輛消防車參與救援。\n",
    })))
    assert frozenset("ab") not in pairs  # 128 on the first day, 196 two days later: a running count
    assert frozenset("ac") in pairs  # 128 and 98 on one day: one of them is wrong


def test_a_tariff_rate_moves_by_decree(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 9 April 2025\n\nTariffs\n\nThe new duties bring US tariffs on China to 104%.\n",
        "b": "Published 14 April 2025\n\nTariffs\n\nThe US has raised its tariffs on China to 145 percent.\n",
        "c": "Published 14 April 2025\n\nTariffs\n\nThe US has raised its tariffs on China to 125 percent.\n",
    })))
    assert frozenset("ab") not in pairs and frozenset("ac") not in pairs  # the rate of 9 April, then of 14 April
    assert frozenset("bc") in pairs  # two rates for one day


def test_trade_of_an_earlier_year_or_of_another_pair_is_another_quantity(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 12 May 2025\n\n中美贸易\n\n全年中美贸易额攀升至6882.8亿美元。\n",
        "b": "Published 12 May 2025\n\n中美贸易\n\n在2018年,美中商品的进出口贸易达到6598亿美元。\n",
        "c": "Published 12 May 2025\n\n中国外贸\n\n2024年中国外贸总额达到72187.89亿美元。\n",
    })))
    assert not pairs  # the trade of 2018, China's trade with the world: not last year's US-China trade


@pytest.mark.parametrize("text,lang,expected", [
    # a compact Chinese toll: the dead, the missing, the injured
    ("樺加沙颱風》全國17死17失聯、32傷", "zh", [(17, "deaths"), (17, "missing"), (32, "injured")]),
    ("从约450亿降至300亿美元", "zh", [(4.5e10, "money"), (3e10, "money")]),  # a change's far end shares the unit
    # households counted by the classifier 戶, and by what a storm cut
    ("全台曾停電1萬5315戶，待修復95戶，停水4378戶，市話中斷1342戶。", "zh",
     [(15315, "households without power"), (95, "households"), (4378, "households without water"),
      (1342, "households without phone lines")]),
    ("The storm left 40,000 homes without power.", "en", [(40000, "households without power")]),
    ("3 000 foyers sont privés d'électricité.", "fr", [(3000, "households without power")]),
    ("500 homes were destroyed.", "en", [(500, "buildings destroyed")]),
    # places counted by 處, shelters named after it, villages by 村
    ("積淹水共五十一處，共開設17處收容處所，影響十二村。", "zh", [(51, "sites"), (17, "shelters"), (12, "villages")]),
    # a range after "between" with its unit written twice
    ("The typhoon would bring rain between 25cm to 45cm.", "en", [(350, "rainfall")]),  # mm
    ("des vagues entre 2 m et 3 m de haut", "fr", [(2.5, "height")]),
    ("Sales grew between 2020 and 2024.", "en", []),  # two years, no range of anything
])
def test_compact_tolls_outages_sites_and_ranges(text, lang, expected):
    from helpers.extract.claims import read_claims as _rc
    got = [(round(q.value * (b.scale or 1), 6), b.subject) for q, b, _, _ in _rc(text, lang)]
    assert got == [(round(v, 6), s) for v, s in expected]


def test_rain_in_two_places_is_no_contradiction(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 24 September 2025\n\nTyphoon\n\nHualien alone recorded about 700mm of rain.\n",
        "b": "Published 24 September 2025\n\nTyphoon\n\nTowns in the south and east were hit by 500-600mm of rain.\n",
    })))
    assert frozenset("ab") not in pairs  # rainfall needs its place: Hualien and the southern towns


def test_a_buildings_year_does_not_date_the_amount(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nTower fire kills dozens\n\nThe fire broke out on one of the 32-storey "
             "towers, built in 1983.\n",
        "b": "Published 27 November 2025\n\nIncendie meurtrier\n\nLes flammes entourent 7 des 8 bâtiments de 31 étages.\n",
    })))
    assert frozenset("ab") in pairs  # 1983 dates the towers, not their floors


def test_gunfire_names_no_fire(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\nGunman opened fire in hotel\n\nThe gunman shot from a 32-storey hotel tower.\n",
        "b": "Published 27 November 2025\n\nFire kills three\n\nThe blaze gutted a 40-storey tower.\n",
    })))
    assert frozenset("ab") not in pairs  # a shooting and a fire: two buildings


def test_flames_name_the_fire_both_pages_are_about(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 27 November 2025\n\n大埔火災\n\n大火吞噬7棟大廈。\n",
        "b": "Published 27 November 2025\n\n大埔火災\n\n烈焰吞噬了5棟大廈。\n",
    })))
    assert frozenset("ab") in pairs  # seven towers or five engulfed by one fire


@pytest.mark.parametrize("text,lang,expected", [
    ("中美双方各自降低115%的關稅。", "zh", [(115, "tariff change")]),  # a cut of the rate, not the rate
    ("Washington cut tariffs by 115 points to 30%.", "en", [(115, "index level"), (30, "tariff")]),  # the new rate
    ("Les droits de douane ont été relevés de 25 % à 50 %.", "fr", [(25, "tariff"), (50, "tariff")]),  # two rates
    ("The US raised tariffs on China to 145%.", "en", [(145, "tariff")]),  # the rate itself
])
def test_a_tariff_cut_is_no_rate(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text,forecast", [
    ("将视角拓宽至中国整体外贸领域,2024年中国外贸总额达到72187.89亿美元。", False),  # 将 + object: the 把 construction
    ("公司将投资50亿元建设数据中心。", True),  # 将 + verb: the future
    ("官方今晚將死亡人數從17人下修至14人。", False),  # 將 + its object + 從…至: a correction made tonight
    ("政府将重点支持100家中小企业。", True),  # 将重点 + verb: will focus on
])
def test_jiang_before_its_object_is_no_future(text, forecast):
    from helpers.extract.claims import is_forecast
    found = read_claims(text, "zh")
    assert found and all(is_forecast(text[s:e], q.start - s, q.end - s) is forecast for q, _, s, e in found)


@pytest.mark.parametrize("text,lang,expected", [
    ("The U.S. will cut its tariffs on Chinese goods from 145% to 30%.", "en", [("145", False), ("30", True)]),
    ("关税将从145%降至30%。", "zh", [("145", False), ("30", True)]),  # the change's start is today's rate
    ("Les taxes seront abaissées – elles sont aujourd'hui de 145 % aux États-Unis.", "fr", [("145", False)]),
    ("Tariffs will reach 30% next month.", "en", [("30", True)]),
])
def test_a_rate_that_holds_today_is_no_forecast(text, lang, expected):
    from helpers.extract.claims import is_forecast
    got = [(text[q.start:q.end], is_forecast(text[s:e], q.start - s, q.end - s)) for q, b, s, e in read_claims(text, lang)
           if b.subject in ("tariff", "percent")]
    assert got == expected


def test_a_countys_toll_is_not_the_whole_storms(tmp_path):
    pairs = _pairs(_numeric(conflicts_of(tmp_path, {
        "a": "Published 24 September 2025\n\nTyphoon toll\n\nIn Hualien County, 17 people died, said county "
             "spokesperson Lee Kuan-ting.\n",
        "b": "Published 24 September 2025\n\nTyphoon toll\n\nTyphoon Ragasa has killed 25 people.\n",
    })))
    assert frozenset("ab") not in pairs  # one county's dead are part of the storm's
