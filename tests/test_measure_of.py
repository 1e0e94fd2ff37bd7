"""What an amount is, and what it is of (sentences of our own, en/fr/zh): the money words of finance pages
(a charge, capex, a payment, commitments, a fortune), a company's fall in a trading session is its share
price's, the goods an amount is the value of, what a duration spans, which index a level is of."""
from __future__ import annotations

import pytest

from corpus_tools import load_pages
from helpers.extract.rates import goods_of, measure_of, timed_of
from test_claims_generalise import _claims


@pytest.mark.parametrize("text,lang,value,subject", [
    ("Orvane took a $2.1 billion hit from the new licence rules.", "en", 2.1, "charge"),
    ("The lender booked a write-down of $800 million.", "en", 800, "charge"),
    ("Le groupe a enregistré des dépréciations de 3 milliards d'euros.", "fr", 3, "charge"),
    ("该行计提减值12亿元。", "zh", 12, "charge"),
    ("创始人的身家缩水约80亿美元。", "zh", 80, "loss"),          # a fortune that shrank: the loss
    ("创始人身家超过 600 亿元。", "zh", 600, "net worth"),
    ("Her net worth reached $12 billion.", "en", 12, "net worth"),
    ("兩名被告恐罰數十萬美元。", "zh", 20, "fine"),                # 數十萬: tens of 10,000 (20-99)
    ("他們收受約三千萬美元匯款。", "zh", 3000, "payment"),
    ("The broker was paid $4 million for the introduction.", "en", 4, "payment"),
    ("Les virements atteignent 2 millions d'euros.", "fr", 2, "payment"),
    ("本季資本開支為12.5億美元。", "zh", 12.5, "capital expenditure"),
    ("Capital expenditure was $3.2 billion in the quarter.", "en", 3.2, "capital expenditure"),
    ("期內營運開支為3.1億美元。", "zh", 3.1, "operating cost"),
    ("Les charges d'exploitation atteignent 40 millions d'euros.", "fr", 40, "operating cost"),
    ("公司股東應佔利潤為512萬美元。", "zh", 512, "net profit"),
    ("該股成交额达58.2亿元。", "zh", 58.2, "trading value"),
    ("The carrier has $90 billion in financial obligations.", "en", 90, "commitments"),
    ("Le pays a obtenu 300 milliards de dollars d'engagements.", "fr", 300, "commitments"),
    ("Un tel système coûterait 40 millions de dollars.", "fr", 40, "cost"),
    ("The small model was trained for just $80,000.", "en", 80000, "training cost"),
    ("La start-up veut lever 20 millions d'euros.", "fr", 20, "investment"),
    ("The fund becomes a 12% shareholder in the insurer.", "en", 12, "stake"),
    ("L'État reste actionnaire à 15 %.", "fr", 15, "stake"),
    ("Brokers resold the cards at a 40% premium over list prices.", "en", 40, "premium"),
    ("Le bénéfice par action est ressorti à 2,10 dollars.", "fr", 2.10, "earnings per share"),
    ("Le bénéfice atteint 5 millions d'euros.", "fr", 5, "profit"),   # after EPS, net and operating profit
])
def test_the_money_words_of_finance_pages(text, lang, value, subject):
    found = [(c["subject"], c["value"]) for c in _claims(text, lang) if c["dimension"] in ("money", "percent")]
    assert len(found) == 1 and found[0][0] == subject, found
    assert found[0][1] / value in (1, 1e3, 1e4, 1e6, 1e8, 1e9)  # the amount read, in its magnitude


@pytest.mark.parametrize("text,lang,value,subject,of", [
    ("Harlan shares were plunging by 11 percent during afternoon trading.", "en", 11, "fall", "share price"),
    ("Harlan a chuté de près de 9 % en clôture.", "fr", 9, "fall", "share price"),
    ("Harlan abandonne 6 % à Wall Street.", "fr", 6, "fall", "share price"),
    ("Lundi, l'action Harlan a gagné 4,5 % à Wall Street.", "fr", 4.5, "rise", "share price"),  # gagner: a rise
    ("Le titre Harlan gagne 2,1 % à la clôture.", "fr", 2.1, "rise", "share price"),
    ("晨星股价盘中大跌8%，营收增长15%。", "zh", 8, "fall", "share price"),
    ("晨星股价盘中大跌8%，营收增长15%。", "zh", 15, "rise", "revenue"),  # the revenue's rise, after a price
    ("China accounted for 71.5% of the group's sales.", "en", 71.5, "share", "revenue"),
])
def test_a_fall_in_a_trading_session_is_a_share_price_move(tmp_path, text, lang, value, subject, of):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    row = claims[(claims["value"] - value).abs() < 1e-9]
    assert list(zip(row["subject"], row["measure_of"])) == [(subject, of)]


@pytest.mark.parametrize("text,amount,goods", [
    ("A trader sold $300 million worth of restricted chips.", "$300 million", "chips"),
    ("At least $2 billion in advanced GPUs crossed the border.", "$2 billion", "chips"),
    ("Customs seized servers worth $5 million.", "$5 million", "servers"),
    ("10 milliards de dollars de puces ont été commandés.", "10 milliards de dollars", "chips"),
    ("价值3亿美元的芯片被查获。", "3亿美元", "chips"),
    ("The carrier has $90 billion in lease obligations.", "$90 billion", ""),   # no goods
    ("The fund invested $4 billion in Arlo.", "$4 billion", ""),                # a company is no goods
])
def test_the_goods_an_amount_is_the_value_of(text, amount, goods):
    i = text.index(amount)
    assert goods_of(text, i, i + len(amount)) == goods


@pytest.mark.parametrize("text,span,of", [
    ("The consortium will invest $90 billion over the next five years.", "five years", "investment"),
    ("The consortium invested heavily two years ago.", "two years", ""),             # dates, not spans
    ("Shares doubled over the past three years due to heavy investments.", "three years", ""),  # word after
    ("$1 billion of chips moved in the three months following the ban.", "three months", ""),
])
def test_what_a_duration_spans(text, span, of):
    i = text.index(span)
    assert timed_of(text, i, i + len(span)) == of


def test_an_index_level_names_its_index_and_a_market_value_is_no_share_price(tmp_path):
    text = "標普500指數收盤報5123.4點。"
    i = text.index("5123.4點")
    assert measure_of(text, i, i + len("5123.4"), i + len("5123.4點"), "index level", "other") == "S&P 500"
    _, claims = load_pages(tmp_path, {"a": "晨星股价收盘跌9%，市值蒸发了1200亿美元。\n"})
    money = claims[claims["dimension"] == "money"]
    assert list(money["subject"]) == ["market value"]  # no share costs 100,000: not a share price


@pytest.mark.parametrize("text,lang,subject", [
    ("Plus de 20 000 policiers et gendarmes seront mobilisés.", "fr", "police"),
    ("Environ 6 000 militaires patrouillent.", "fr", "soldiers"),
    ("Près de 30.000 bénévoles ont été recrutés.", "fr", "volunteers"),
    ("共有约9,800名运动员参赛。", "zh", "athletes"),               # the noun after 名, not 名's people
    ("共有3名嫌犯被捕。", "zh", "arrested"),  # suspects counted by their arrest
    ("The final drew 80,000 spectators.", "en", "spectators"),
    ("全球电视观众已超过20亿。", "zh", "TV viewers"),                 # not the spectators in a stadium
    ("门票售出约600万张。", "zh", "tickets"),                     # 张 counts tickets, not chips
    ("他拍了300张照片。", "zh", "photographs"),                          # a noun the lexicon does not know, as written
    ("港口引进12台大型起重机。", "zh", "cranes"),               # 台 counts machines of every kind
    ("公司买了3000台服务器。", "zh", "servers"),
    ("Le budget atteint 4,2 milliards d'euros.", "fr", "budget"),
    ("Le comité a dégagé un excédent de 40 millions d'euros.", "fr", "surplus"),
    ("伦敦奥运会的超支幅度为76%。", "zh", "overrun"),
    ("L'effort public s'élève à 2,4 milliards d'euros.", "fr", "public spending"),
    ("纺织品上半年出口近200亿美元。", "zh", "exports"),
    ("Taxpayers footed a nearly €3 billion bill.", "en", "cost"),
    ("选手村造价9亿欧元。", "zh", "cost"),
])
def test_the_nouns_of_an_event_story(text, lang, subject):
    found = [c["subject"] for c in _claims(text, lang)]
    assert found == [subject]


@pytest.mark.parametrize("text,lang,subject", [
    ("全国有3亿人参与理财投资。", "zh", "people"),                 # 人 counts people, not the investment after it
    ("已有2000人获得补贴。", "zh", "people"),
    ("共有40人被罚。", "zh", "people"),
    ("8名企业家出席。", "zh", "people"),
    ("今年销量达到60万台。", "zh", "units"),                       # a bare 台: units of what is sold
    ("200张照片显示灾情。", "zh", "photographs"),                         # the noun ends at the verb
    ("候选人获得了1500万票。", "zh", "votes"),                      # votes are no tickets (票 after a number counts votes)
    ("警方开出了2万张罚单。", "zh", "violation tickets"),                         # a ticket for a fine is no amount of money
    ("Le gouvernement annonce 1 500 départs volontaires.", "fr", "départs"),
    ("La ville compte 300 clubs sportifs.", "fr", "clubs"),
])
def test_chinese_classifiers_and_adjectives_do_not_mislead(text, lang, subject):
    found = [c["subject"] for c in _claims(text, lang)]
    assert found == ([subject] if subject else []), found


@pytest.mark.parametrize("text,lang,subject", [
    ("The airline paid $1.5 billion in penalties.", "en", "fine"),       # payment ranks after fine
    ("The budget deficit widened to $1.2 trillion.", "en", "deficit"),
    ("美国预算赤字达到1.5万亿美元。", "zh", "deficit"),
    ("The sovereign wealth fund manages $900 billion.", "en", "money"),  # a wealth fund is no one's fortune
    ("The Fortune 500 company raised $2 billion in new funding.", "en", "investment"),
    ("La banque a émis 3 milliards d'euros d'obligations.", "fr", "money"),  # bonds are no commitments
    ("The non-profit raised $20 million from donors.", "en", "donations"),  # money raised near donors
    ("Congress passed a $700 billion relief bill.", "en", "money"),      # legislation, not a cost
    ("The lender took a one-time charge of $400 million.", "en", "charge"),
    ("Il a comptabilisé une charge de 1,2 milliard d'euros.", "fr", "charge"),
])
def test_money_words_with_other_senses(text, lang, subject):
    found = [c["subject"] for c in _claims(text, lang) if c["dimension"] == "money"]
    assert found == [subject]


@pytest.mark.parametrize("text,lang,value,subject,of", [
    ("Phone shipments fell 12% as Orvane shares slid.", "en", 12, "fall", "phones"),
    ("The share of women on boards fell 3% last year.", "en", 3, "fall", "people"),
    ("Shares fell 5% on profit-taking.", "en", 5, "fall", "share price"),
    ("Revenue at the index provider rose 10%.", "en", 10, "rise", "revenue"),
    ("Les titres de séjour délivrés ont reculé de 8 %.", "fr", 8, "fall", ""),
])
def test_a_share_move_needs_no_other_thing_named(tmp_path, text, lang, value, subject, of):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    row = claims[(claims["value"] - value).abs() < 1e-9]
    assert list(zip(row["subject"], row["measure_of"])) == [(subject, of)]


def test_a_duration_after_and_spans_nothing_before_it():
    text = "It paid $2 billion in fines and has been under monitoring for three years."
    i = text.index("three years")
    assert timed_of(text, i, i + len("three years")) == ""


def test_goods_are_not_people():
    text = "The city spent €50 million in volunteers' uniforms."
    i = text.index("€50 million")
    assert goods_of(text, i, i + len("€50 million")) == ""


@pytest.mark.parametrize("text,subject", [
    ("旅游业占巴黎总收入的比例约为8%。", "share"),
    ("该公司持股比例为5%。", "stake"),
    ("按照3%的比例收取手续费。", "percent"),   # a rate applied, not a share of anything
])
def test_a_chinese_proportion_before_its_number_is_a_share(text, subject):
    assert [c["subject"] for c in _claims(text, "zh")] == [subject]


@pytest.mark.parametrize("text,lang,expected", [
    ("Le vol a duré sept minutes.", "fr", [("duration", 7.0)]),      # a sentence whose only number is 'sept'
    ("Il reste douze places.", "fr", [("count", 12.0)]),
    ("盜賊僅用6分鐘便得手。", "zh", [("duration", 6.0)]),
    ("他在裡面停留了40秒。", "zh", [("duration", 40.0)]),
    ("He stayed inside for two minutes and 30 seconds.", "en", [("duration", 150.0)]),  # one length in two units
    ("竊賊盜走6件18世紀的首飾。", "zh", [("count", 6.0)]),             # a century is no count
    ("Sur les cinq objets volés, trois restent introuvables.", "fr", [("count", 5.0)]),  # a verb is no counted noun
    # (trois); the five items named again after "les" are still counted
    ("Trois individus ont été interpellés.", "fr", [("count", 3.0)]),
])
def test_minutes_seconds_items_and_centuries(text, lang, expected):
    assert [(c["dimension"], c["value"]) for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,subject", [
    ("以下5件物品确认遭窃。", "items"),
    ("得手三件王室珍寶。", "jewels"),
    ("警方已偵破4件案件。", "cases"),        # the noun after 件 wins over its default
])
def test_jian_counts_items_unless_a_noun_follows(text, subject):
    assert [c["subject"] for c in _claims(text, "zh")] == [subject]


@pytest.mark.parametrize("text,lang,subject", [
    ("这顶后冠镶有1200颗钻石。", "zh", "diamonds"),             # 颗 counts chips only when no noun says otherwise
    ("Le diadème renferme 24 rubis.", "fr", "gemstones"),
    ("Près de 80 enquêteurs sont mobilisés.", "fr", "investigators"),
    ("Un commando de trois hommes a volé le musée.", "fr", "people"),
    ("窃案造成财损估达5000万欧元。", "zh", "loss"),
])
def test_the_nouns_of_a_theft_story(text, lang, subject):
    assert [c["subject"] for c in _claims(text, lang)] == [subject]


@pytest.mark.parametrize("text,lang,expected", [
    ("The paintings were valued at €40 million (£35m; $47m), police said.", "en", ["value", "value", "value"]),
    ("The fund invested €2 billion ($2.3 billion) in Arlo, and revenue hit $5 billion.", "en",
     ["investment", "investment", "revenue"]),
    # between dashes, in another currency: the amount converted ("—about $176 billion at current exchange rates—")
    ("The dam will cost 40 billion yuan—about $5.6 billion at current rates—in loans from state banks.", "en",
     ["cost", "cost"]),  # (not the loans after it)
    ("The dam will cost 40 billion yuan—about $5.6 billion—and bring revenue to the province.", "en", ["cost", "cost"]),
    ("Le barrage coûtera 40 milliards de yuans – soit environ 5,1 milliards d'euros – de prêts des banques publiques, "
     "selon Pékin, qui a annoncé le projet.", "fr", ["cost", "cost"]),
])
def test_a_bracketed_conversion_takes_the_subject_of_what_it_converts(tmp_path, text, lang, expected):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    assert list(claims[claims["dimension"] == "money"]["subject"]) == expected


def test_an_amount_after_a_dash_in_the_same_currency_is_no_conversion(tmp_path):
    _, claims = load_pages(tmp_path, {"a": "The bridge cost $4 billion—$1 billion more than the loan it was "
                                           "granted.\n"})
    money = claims[claims["dimension"] == "money"]
    assert list(money["subject"])[0] == "cost" and list(money["subject"])[1] != "cost"


@pytest.mark.parametrize("text,subject", [
    ("Thieves made off with nine priceless pieces of jewelry.", "jewels"),
    ("这顶后冠镶有1200颗钻石。", "diamonds"),
    ("Le diadème renferme 24 saphirs.", "sapphires"),
])
def test_pieces_of_and_stones(text, subject):
    assert [c["subject"] for c in _claims(text, "zh" if "颗" in text else "fr" if "Le " in text else "en")] == [subject]


@pytest.mark.parametrize("text,value,scope", [
    ("The Games cost €2.5 billion, including €1.2 billion on security, with measures including the presence "
     "of some 25,000 police officers every day.", 25000, "reported"),     # no count before 'including'
    ("The Games cost €2.5 billion, including €1.2 billion on security.", 1.2e9, "part"),
    ("Le groupe a vendu 500 000 voitures, dont 200 000 électriques.", 200000, "part"),
    ("Each partner invested $19 billion in the venture.", 19e9, "part"),   # "each" needs no total
])
def test_including_makes_a_part_only_of_a_total_of_its_kind(tmp_path, text, value, scope):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    row = claims[(claims["value"] - value).abs() < 1e-6 * value]
    assert list(row["scope"]) == [scope]


@pytest.mark.parametrize("text,lang,expected", [
    ("The storm dumped 200 millimetres of rain.", "en", [("rainfall", "mm", 200.0)]),  # rain is told in mm
    ("降雨量达200毫米，大楼高30米。", "zh", [("rainfall", "mm", 200.0), ("height", "metres", 30.0)]),  # a building's height
    ("Les températures ont atteint 45 degrés.", "fr", [("temperature", "°C", 45.0)]),
    ("气温高达45摄氏度。", "zh", [("temperature", "°C", 45.0)]),
    ("The plant uses 2 million litres of water a day.", "en", [("volume", "litres", 2e6)]),
    ("油价从5升至10美元。", "zh", [("money", "USD", 5.0), ("cost", "USD", 10.0)]),   # 升至 rose to: no litre; 油价 a price
])
def test_lengths_temperatures_and_volumes(tmp_path, text, lang, expected):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    assert [(s, u, round(v, 6)) for s, u, v in zip(claims["subject"], claims["unit"], claims["value"])] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The mayor won 58.1% of the vote, with turnout at 61 percent.", "en", ["vote share", "turnout"]),
    ("Elle a obtenu 41,2 % des voix, avec un taux de participation de 70 %.", "fr", ["vote share", "turnout"]),
    ("该候选人得票率为47.5%，投票率为63%。", "zh", ["vote share", "turnout"]),
    ("The club paid a €90 million transfer fee for the winger.", "en", ["transfer fee"]),
    ("The regulator fined the bank $4 million.", "en", ["fine"]),
    ("The flooding killed 85 in six provinces.", "en", ["deaths", "provinces"]),
    ("L'explosion a tué 12 personnes et blessé 40.", "fr", ["deaths", "injured"]),
    ("他在30场比赛中打进21个进球。", "zh", ["competitions", "goals"]),       # a noun after the next number is its own
    ("中芯国际量产7纳米芯片，台积电的3 nm工艺更先进。", "zh", []),        # process nodes are no counts
])
def test_votes_fees_casualty_verbs_and_matches(text, lang, expected):
    assert [c["subject"] for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("GDP grew 4.8% while inflation slowed to 2.6% and unemployment stood at 6.1%.", "en",
     [("rise", "GDP"), ("inflation", ""), ("unemployment rate", "")]),
    ("Le PIB a progressé de 0,9 % et le taux de chômage atteint 7,7 %.", "fr",
     [("rise", "GDP"), ("unemployment rate", "")]),
    ("央行将利率上调25个基点至3.75%。", "zh", [("basis points", ""), ("interest rate", "")]),
    ("The game was downloaded 20 million times.", "en", [("occurrences", "")]),   # not a multiple
    ("It is 4 times more popular.", "en", [("multiple", "")]),
    ("诊所收治了900名患者，接种了50万剂疫苗。", "zh", [("patients", ""), ("doses", "")]),
])
def test_the_numbers_of_economy_and_health_pages(tmp_path, text, lang, expected):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    assert list(zip(claims["subject"], claims["measure_of"])) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("The hunter killed 2 birds.", "en", ["birds"]),                   # a noun after the number wins
    ("The hunter killed 2 birds. The blast killed 120.", "en", ["birds", "deaths"]),  # no noun past a full stop
    ("The Senate killed 3 bills this week.", "en", ["bills"]),
    ("The engine is 1,000 times the size of the old one.", "en", ["multiple"]),
    ("L'affaire fait l'objet de 2 procédures.", "fr", ["procédures"]),   # faire l'objet de is no item
    ("这家餐厅获得5米其林星。", "zh", []),                                 # Michelin, not metres
    ("限时5秒杀价。", "zh", []),                                            # a flash sale, not seconds
    ("The university awarded 5,000 degrees last year.", "en", ["degrees"]),  # no temperature
])
def test_what_the_second_review_found(text, lang, expected):
    assert [c["subject"] for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Le projet coûtera 1,5 Md€.", [(1.5e9, "EUR")]),
    ("La région apporte 300 M€.", [(3e8, "EUR")]),
    ("La société a levé 12 M$.", [(1.2e7, "USD")]),
    ("Le budget atteint 3 Mds€ et 50 k€ de frais.", [(3e9, "EUR"), (5e4, "EUR")]),
    ("La tour mesure 300 m de haut.", []),          # a space before m and no currency: no million
])
def test_french_abbreviated_magnitudes_before_a_currency(tmp_path, text, expected):
    _, claims = load_pages(tmp_path, {"a": text + "\n"})
    assert [(round(v), u) for v, u in zip(claims["value"], claims["unit"])] == [(round(v), u) for v, u in expected]


@pytest.mark.parametrize("text,lang,expected", [
    ("The carrier flies 210 aircraft.", "en", ["aircraft"]),
    ("该航空公司订购了40架客机。", "zh", ["aircraft"]),
    ("上海新房均价每平方米7.2万元。", "zh", ["unit price"]),
    ("Le prix du mètre carré atteint 9 800 euros.", "fr", ["unit price"]),
])
def test_fleets_and_prices_per_square_metre(text, lang, expected):
    assert [c["subject"] for c in _claims(text, lang)] == expected


@pytest.mark.parametrize("text,lang", [
    ("La récolte de blé a atteint 33 millions de tonnes, en baisse de 10 %.", "fr"),   # la, de, en: a tie
    ("La cosecha de trigo alcanzó 33 millones de toneladas, un descenso del 10 %.", "es"),
    ("La empresa está en el mercado de la energía.", "es"),
])
def test_a_tie_of_french_and_spanish_function_words_goes_by_their_letters(text, lang):
    from helpers.read.language import detect_languages

    assert detect_languages(text) == [lang]


@pytest.mark.parametrize("text,lang", [
    ("欣克利角 C 计画的预定内部报酬率为 11.4%,之后就一直向下调整。", "zh"),
    ("The project's internal rate of return is 11.4%, the utility said.", "en"),
    ("Le taux de rentabilité interne du projet est de 11,4 %.", "fr"),
])
def test_a_rate_of_return_is_what_its_percentage_measures(text, lang):
    assert [c["subject"] for c in _claims(text, lang)] == ["rate of return"]  # (the Chinese one was a rise)
