"""Classes of claim-reading failure found on pages the extractor had never seen (tests/devcorpus2),
each tested with sentences written for this file (English, Chinese, French)."""
import pytest

from helpers.extract.claims import is_forecast, read_claims


def _claims(text: str, lang: str) -> list[dict]:
    out = []
    for q, b, s, e in read_claims(text, lang):
        out.append({"text": text[q.start:q.end], "value": q.value, "low": q.low, "high": q.high,
                    "qualifier": q.qualifier, "dimension": b.dimension, "unit": b.unit, "subject": b.subject,
                    "counted": b.counted, "forecast": is_forecast(text[s:e], q.start - s, q.end - s)})
    return out


def _one(text: str, lang: str) -> dict:
    found = _claims(text, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,lang,value,written", [
    ("该地区的数据中心去年用电120太瓦时。", "zh", 120, "太瓦时"),
    ("全島資料中心去年用電18太瓦時。", "zh", 18, "太瓦時"),
    ("Les serveurs du pays ont consommé 52 térawattheures l'an dernier.", "fr", 52, "térawattheures"),
    ("Consumption reached 460 TWH in the report's table.", "en", 460, "TWH"),
])
def test_energy_units_in_every_script(text, lang, value, written):
    c = _one(text, lang)
    assert (c["dimension"], c["value"], c["counted"], c["unit"]) == ("energy", value, written, "kWh")


def test_full_width_digits_percent_and_classifier():
    c = _one("工廠去年交付４５萬片。", "zh")
    assert (c["value"], c["dimension"], c["subject"]) == (450000, "count", "chips")
    c = _one("新規要求至少有３５％的伺服器採用本地晶片。", "zh")
    assert (c["value"], c["dimension"], c["qualifier"]) == (35, "percent", "at_least")


def test_model_numbers_are_not_quantities():
    assert [c["text"] for c in _claims("公司今年出貨約８萬片９２０Ｃ晶片。", "zh")] == ["約８萬"]
    found = _claims("Last year the plant made 150,000 920B units.", "en")
    assert [(c["text"], c["value"]) for c in found] == [("150,000", 150000)]


def test_partitive_possessive_and_dies():
    c = _one("The firm will ship about 40,000 of its flagship X9 accelerators.", "en")
    assert (c["value"], c["subject"], c["qualifier"]) == (40000, "chips", "approx")
    c = _one("Output could rise to as many as 2.4 million dies.", "en")
    assert (c["value"], c["subject"], c["dimension"]) == (2_400_000, "dies", "count")


@pytest.mark.parametrize("text,value,subject,qualifier", [
    ("Le service compte près de 300 millions d’abonnés.", 300e6, "users", "approx_below"),
    ("L'assistant vise plus d'un milliard d'utilisateurs.", 1e9, "users", "more_than"),
    ("Le parc alimente trois millions de ménages.", 3e6, "households", "exact"),
    ("Le campus totalisera 2 millions de pieds carrés.", 2e6, "area", "exact"),
])
def test_french_magnitudes_with_elided_articles_and_households(text, value, subject, qualifier):
    c = _one(text, "fr")
    assert (c["value"], c["subject"], c["qualifier"]) == (value, subject, qualifier)


def test_french_de_x_a_y_is_a_range_unless_a_change():
    c = _one("Le groupe prévoit un budget de 12 à 15 milliards d'euros.", "fr")
    assert (c["qualifier"], c["low"], c["high"], c["unit"]) == ("range", 12e9, 15e9, "EUR")
    found = _claims("Les rejets sont passés de 20 à 35 millions de tonnes.", "fr")
    assert [(c["value"], c["unit"]) for c in found] == [(20e6, "tonnes"), (35e6, "tonnes")]


def test_a_headline_number_does_not_count_the_next_line():
    found = _claims("Objectif 500 MW d’ici 2030\nLes centres de données du pays sont saturés.", "fr")
    assert [(c["text"], c["dimension"]) for c in found] == [("500", "power")]


@pytest.mark.parametrize("text,lang,forecast", [
    ("明年生产80万片芯片。", "zh", True),
    ("该公司将1200台服务器运到了新工厂。", "zh", False),          # 将 as object marker, past verb
    ("两人涉嫌非法將Nvidia晶片500片運往海外。", "zh", False),      # 將 before a Latin name
    ("市政府将筹办预算设定在相对节制的40亿欧元。", "zh", False),      # 将 ... 设定在: the budget was set
    ("公司将投资50亿美元建设新工厂。", "zh", True),
    ("强化学习阶段预计成本约为 20 万美元。", "zh", False),         # an estimate of a past cost
    ("预计到2030年用电量将达到500亿千瓦时。", "zh", True),
    ("La facture pourrait atteindre 8 milliards d'euros.", "fr", True),
    ("Les analystes tablaient sur 41 milliards de dollars.", "fr", True),
    ("The fab is aiming for a 70% yield.", "en", True),
    ("The fab reached a 70% yield last quarter.", "en", False),
])
def test_forecast_markers(text, lang, forecast):
    assert [c["forecast"] for c in _claims(text, lang)] == [forecast]


@pytest.mark.parametrize("text,lang,subject", [
    ("The line reached a 45% yield last month.", "en", "yield"),
    ("新產線良率已提升至65%。", "zh", "yield"),
    ("数据中心用电约占全国用电量的 2.1%。", "zh", "share"),
    ("Les centres de données représentent 4 % de la consommation.", "fr", "share"),
    ("Cloud firms account for over 60% of demand.", "en", "share"),
])
def test_what_a_percentage_measures(text, lang, subject):
    c = _one(text, lang)
    assert (c["dimension"], c["subject"]) == ("percent", subject)


@pytest.mark.parametrize("text,lang,flags", [
    ("到2030年,该省数据中心用电将增长一倍以上,达到120太瓦时。", "zh", [True]),
    ("去年该省数据中心用电为55太瓦时,达到历史新高。", "zh", [False]),
    ("Demand will double by 2030, reaching 460 TWh.", "en", [True]),
    ("Les émissions pourraient passer de 40 à 70 millions de tonnes d'ici 2035.", "fr", [False, True]),
])
def test_continued_clauses_and_the_start_of_a_change(text, lang, flags):
    assert [c["forecast"] for c in _claims(text, lang)] == flags


@pytest.mark.parametrize("text,subject", [
    ("已有数家公司宣布退出。", "companies"),
    ("公司派出幾名工程師。", "people"),
])
def test_chinese_several_before_a_classifier_is_vague(text, subject):
    c = _one(text, "zh")
    assert (c["qualifier"], c["low"], c["high"], c["subject"]) == ("vague", 2, 9, subject)


def test_data_is_not_several():
    assert _claims("数据中心的数量仍未公布。", "zh") == []


@pytest.mark.parametrize("text,lang,low,high", [
    ("並承諾維持15%至20%的年複合成長率。", "zh", 15, 20),
    ("Le groupe vise une marge de 10 % à 12 % cette année.", "fr", 10, 12),
    ("Analysts expect margins of 10%-12% next year.", "en", 10, 12),
])
def test_percent_ranges_with_the_sign_on_both_ends(text, lang, low, high):
    c = _one(text, lang)
    assert (c["dimension"], c["qualifier"], c["low"], c["high"]) == ("percent", "range", low, high)


def test_a_percent_change_to_an_amount_is_not_a_range():
    found = _claims("Revenue rose 5% to $6.1 billion last year.", "en")
    assert [(c["dimension"], c["value"]) for c in found] == [("percent", 5), ("money", 6.1e9)]


def test_bare_plural_magnitudes_are_several():
    c = _one("The plant will create thousands of jobs.", "en")
    assert (c["qualifier"], c["low"], c["subject"]) == ("vague", 2000, "jobs")
    c = _one("Le projet créera des milliers d’emplois.", "fr")
    assert (c["qualifier"], c["low"], c["subject"]) == ("vague", 2000, "jobs")


def test_chinese_job_opportunities_and_sentences_without_spaces():
    found = _claims("工廠去年投產。新廠預計將創造約3000個工作機會。", "zh")
    assert [(c["value"], c["subject"], c["forecast"]) for c in found] == [(3000, "jobs", True)]
    found = _claims("預計於2028年投產。廠房面積是標準的兩倍。", "zh")
    assert [(c["value"], c["forecast"]) for c in found] == [(2, False)]


def test_french_day_month_dates_and_references_are_not_counts():
    assert _claims("Publié le : mardi 4 mars 2025 à 07:30", "fr") == []
    assert _claims("AMD sera un gros client des deux entreprises.", "fr") == []  # the parties named again
    c = _one("Les plaquettes de 300 mm sont la norme.", "fr")
    assert (c["value"], c["unit"]) == (300, "mm")


def test_a_long_chinese_clause_before_is_not_a_fronted_phrase():
    found = _claims("新設施將提供更多算力給客戶，其中平台的每周活躍用戶已達5億，成長最快。", "zh")
    assert [(c["value"], c["forecast"]) for c in found] == [(5e8, False)]
    found = _claims("到2030年，用电量达到900太瓦时。", "zh")
    assert [c["forecast"] for c in found] == [True]


@pytest.mark.parametrize("sentence,number,scope,forecast", [
    ("Huawei plans to produce 100,000 Ascend chips this year.", "100,000", "planned", False),
    ("TSMC to invest $100B in its new fabs.", "$100B", "planned", False),
    ("Huawei will produce 100,000 Ascend chips next year.", "100,000", "planned", False),
    ("TSMC va investir 100 milliards de dollars dans ses usines.", "100 milliards", "planned", False),
    ("Analysts expect Huawei's output to exceed 100,000 chips next year.", "100,000", "reported", True),
    ("The firm has 50,000 GPUs, including 20,000 H800 chips.", "20,000", "part", False),
    ("公司共有5万块GPU，其中2万块为H800。", "2万", "part", False),
    ("该公司计划建设12座数据中心。", "12", "planned", False),
    ("Nvidia sold 1.2 million chips last year.", "1.2 million", "reported", False),
    ("The three companies will build five new data centres in Texas.", "five", "planned", False),
    ("OpenAI与软银联合宣布,将在美国新建五座超大规模数据中心。", "五", "planned", False),
    ("OpenAI va acquérir pour 10 milliards de dollars de processeurs.", "10 milliards", "planned", False),
    ("Le groupe investira 2 milliards d'euros dans ses usines.", "2 milliards", "planned", False),
    ("Global demand will reach 945 TWh by 2030.", "945 TWh", "reported", True),
    ("该市数据中心用电量将达到300亿千瓦时。", "300亿", "reported", True),
])
def test_a_reported_plan_is_planned_not_a_forecast(tmp_path, sentence, number, scope, forecast):
    import helpers

    (tmp_path / "d.txt").write_text(sentence + "\n", encoding="utf-8")
    claims = helpers.extract_claims(helpers.load_corpus(tmp_path, manifest=False))
    rows = claims[claims["text"].str.contains(number, regex=False)]
    assert len(rows), sentence
    assert (rows.iloc[0]["scope"], bool(rows.iloc[0]["is_forecast"])) == (scope, forecast)


# Classes found on tests/devcorpus4 (pages scored unseen), each with sentences written here.

@pytest.mark.parametrize("text,lang,low,high,dimension", [
    ("The chipmaker hopes the pact brings tens of billions of dollars in sales.", "en", 2e10, 99999999999, "money"),
    ("Analysts see hundreds of billions of dollars flowing to cloud firms.", "en", 2e11, 999999999999, "money"),
    ("Le groupe dépensera plusieurs dizaines de milliards de dollars en serveurs.", "fr", 2e10, 99999999999, "money"),
    ("Ces accords pèsent des centaines de milliards d'euros.", "fr", 2e11, 999999999999, "money"),
    ("L'opposition a parlé de « centaines de morts » dans la capitale.", "fr", 200, 999, "count"),  # no article
    ("La police a procédé à l'arrestation de dizaines de manifestants.", "fr", 20, 99, "count"),
    ("每座园区需要投入上百亿美元。", "zh", 1e10, 99999999999, "money"),
    ("训练一个模型动辄花费几千万美元。", "zh", 2e7, 99999999, "money"),
    ("该项目消耗了几亿算力小时。", "zh", 2e8, 999999999, "compute"),
])
def test_compound_vague_amounts_are_one_claim(text, lang, low, high, dimension):
    c = _one(text, lang)
    assert (c["low"], c["high"], c["qualifier"], c["dimension"]) == (low, high, "vague", dimension)


def test_chinese_vague_amounts_holding_their_unit_or_classifier():
    found = _claims("双方将在未来數年内合作，会议持续了数小时，数位高管出席。", "zh")
    assert [(c["text"], c["low"], c["dimension"], c["subject"]) for c in found] == [
        ("數年", 2, "duration", "duration"), ("数小时", 2, "duration", "duration"), ("数位", 2, "count", "executives")]  # 高管, glossed
    assert _claims("近幾年該行業進步很快。", "zh") == []


@pytest.mark.parametrize("text,lang,value,qualifier", [
    ("The board granted warrants for up to 40 million shares.", "en", 4e7, "at_most"),
    ("The fund sold 2.5 million shares of common stock on Monday.", "en", 2.5e6, "exact"),
    ("Le fonds a cédé 12 millions d’actions de la société.", "fr", 1.2e7, "exact"),
    ("基金可认购最多2.4亿股。", "zh", 2.4e8, "at_most"),
    ("該公司回購3億2000萬股普通股。", "zh", 3.2e8, "exact"),
])
def test_share_counts_are_counts_not_money(text, lang, value, qualifier):
    c = _one(text, lang)
    assert (c["value"], c["dimension"], c["subject"], c["qualifier"]) == (value, "count", "shares", qualifier)


def test_engagement_widgets_stay_unclaimed_and_cents_are_money():
    assert _claims("Posted Monday · 1.2K shares · 300 comments", "en") == []
    c = _one("去年营收3亿5000万元。", "zh")
    assert (c["value"], c["dimension"]) == (3.5e8, "money")
    found = [(q.value * b.scale, b.unit) for q, b, _, _ in read_claims("认股权证行权价为每股5美分。", "zh")]
    assert found == [(0.05, "USD")]


@pytest.mark.parametrize("text,value,written", [
    ("新園區將提供約3千兆瓦的算力。", 3, "千兆瓦"),
    ("電廠裝置容量為2百萬瓩。", 2, "百萬瓩"),
    ("该站装机容量为8千瓦。", 8, "千瓦"),
])
def test_chinese_power_units_that_begin_with_a_magnitude(text, value, written):
    c = _one(text, "zh")
    assert (c["value"], c["counted"], c["dimension"]) == (value, written, "power")


def test_parameters_tokens_and_context_named_around_a_chinese_magnitude():
    found = _claims("新版本把激活参数量从约450亿降至300亿以降低推理成本。", "zh")
    assert [(c["value"], c["dimension"]) for c in found] == [(4.5e10, "model_size"), (3e10, "model_size")]
    c = _one("团队曾测试2M上下文窗口。", "zh")
    assert (c["value"], c["dimension"], c["subject"]) == (2e6, "count", "tokens")
    c = _one("模型在12万亿token上训练。", "zh")
    assert (c["value"], c["subject"]) == (1.2e13, "tokens")
    assert _claims("（Gigawatt，百萬瓩）", "zh") == []


@pytest.mark.parametrize("text,lang,value,dimension,subject", [
    ("Amazon will rent up to one million Tensor Processing Units.", "en", 1e6, "count", "chips"),
    ("Le cloud fournira jusqu'à 2 millions de ses TPU.", "fr", 2e6, "count", "chips"),
    ("Le site consommera plus d'un gigawatt dès 2027.", "fr", 1, "power", "power capacity"),
    ("Le modèle compte un billion de paramètres.", "fr", 1e12, "model_size", "parameters"),
    ("Le plan vaut mille milliards de dollars.", "fr", 1e12, "money", "money"),
    ("The new chip is 4x faster than the old one.", "en", 4, "other", "multiple"),
])
def test_spelled_out_ones_and_glued_multiples(text, lang, value, dimension, subject):
    c = _one(text, lang)
    assert (c["value"], c["dimension"], c["subject"]) == (value, dimension, subject)


def test_hyphenated_magnitudes_are_vague_money_and_sizes_are_not_multiples():
    c = _one("Regulators are probing trillion-dollar spending sprees.", "en")
    assert (c["low"], c["high"], c["dimension"], c["qualifier"]) == (1e12, 9999999999999, "money", "vague")
    c = _one("Regulators are probing a trillion-dollar spending spree.", "en")
    assert (c["value"], c["dimension"]) == (1e12, "money")
    c = _one("Startups now raise hundred-million-dollar rounds.", "en")
    assert (c["low"], c["dimension"]) == (1e8, "money")
    assert _claims("The screen shows 1920x1080 pixels at most.", "en") == [] or \
        all(c["unit"] != "times" for c in _claims("The screen shows 1920x1080 pixels at most.", "en"))


@pytest.mark.parametrize("text,lang,subjects", [
    ("晶片股聞訊噴高12%，對手盤前下跌3%。", "zh", ["rise", "fall"]),
    ("基金可將持有8%的該公司股票。", "zh", ["stake"]),
    ("The fund will take a 7% stake, while the index fell 2%.", "en", ["stake", "fall"]),
    ("Le fonds détiendra environ 5 % du capital et le titre a bondi de 9 %.", "fr", ["stake", "rise"]),
    ("The model scored 38.5% on the exam.", "en", ["score"]),
    ("Arm Holdings跌超4%。", "zh", ["fall"]),
])
def test_a_percentage_takes_the_word_of_its_own_clause(text, lang, subjects):
    assert [c["subject"] for c in _claims(text, lang)] == subjects


def test_a_ticker_quote_widget_is_not_a_claim():
    assert _claims("Shares of Acme Robotics (ACME 3.15%) rose after the launch.", "en") == []
    c = _one("Shares of Acme Robotics rose 3.15% after the launch.", "en")
    assert (c["value"], c["subject"]) == (3.15, "rise")


@pytest.mark.parametrize("text,lang,value,dimension,subject", [
    ("該股去年大漲超過四成。", "zh", 40, "percent", "rise"),
    ("市佔率由八成半降至約六成。", "zh", 85, "percent", "share"),
    ("這將帶來 50 至 200 個基點的提升。", "zh", 50, "other", "basis points"),
    ("La marge gagnera 40 points de base.", "fr", 40, "other", "basis points"),
    ("Le modèle accepte une fenêtre de contexte de 128K.", "fr", 128000, "count", "tokens"),
    ("The lab trained a trillion-parameter model.", "en", 1e12, "model_size", "parameters"),
    ("公司冲刺百亿年化收入。", "zh", 1e10, "money", "revenue"),
])
def test_tenths_basis_points_contexts_and_bare_magnitudes(text, lang, value, dimension, subject):
    found = _claims(text, lang)
    assert (found[0]["low"], found[0]["dimension"], found[0]["subject"]) == (value, dimension, subject)


def test_words_beginning_with_cheng_and_years_are_not_tenths_or_counts():
    assert _claims("公司成员有三成立场不同。", "zh") == []
    assert _claims("Le parc de serveurs de 2025 est prêt.", "fr") == []
    assert _one("256 Ko de contexte suffisent.", "fr")["unit"] == "kilobyte"


def test_a_size_unit_before_de_and_a_vague_amount_beside_a_money_verb():
    c = _one("Le laboratoire présente un modèle à paramètres de mille milliards.", "fr")
    assert (c["value"], c["dimension"]) == (1e12, "model_size")
    c = _one("Le groupe investit des milliards dans ses usines.", "fr")
    assert (c["low"], c["dimension"], c["subject"]) == (2e9, "money", "investment")


@pytest.mark.parametrize("text,lang", [
    ("The model has 1.2 trillion parameters, of which 40 billion are active.", "en"),
    ("Le modèle compte 1,2 billion de paramètres, dont 40 milliards actifs.", "fr"),  # (the French long scale)
])
def test_a_part_of_a_total_shares_the_totals_unit(text, lang):
    assert [(c["value"], c["dimension"]) for c in _claims(text, lang)] == [(1.2e12, "model_size"), (4e10, "model_size")]
    assert [c["dimension"] for c in _claims("The firm raised $2 billion, of which 500 million came from banks.", "en")
            ][:1] == ["money"]


def test_ages_and_the_topic_of_a_chinese_change():
    c = _one("Mistral est une startup de 3 ans basée à Paris.", "fr")
    assert (c["value"], c["dimension"], c["subject"]) == (3, "duration", "age")
    assert _one("Ils ont signé un contrat de 5 ans.", "fr")["dimension"] == "duration"
    found = _claims("新版把词表从100K扩大至200K。", "zh")
    assert [(c["value"], c["subject"]) for c in found] == [(1e5, "词表"), (2e5, "词表")]
    assert _claims("利率从1.5升至2.3。", "zh") == []


@pytest.mark.parametrize("text,lang,value", [
    ("Executives say a 1 GW campus requires about $40 billion.", "en", 4e10),
    ("One gigawatt is enough to power 500,000 homes.", "en", 500000),
    ("業內人士表示,1千兆瓦的算力可能耗資約400億美元。", "zh", 4e10),
])
def test_the_denominator_of_a_rate_is_not_a_claim(text, lang, value):
    assert [c["value"] for c in _claims(text, lang)] == [value]
    assert [c["value"] for c in _claims("The campus will draw 1 GW from the grid.", "en")] == [1]


def test_a_few_french_actions_are_measures_not_shares():
    assert all(c["subject"] != "shares" for c in _claims("Le plan compte 10 actions concrètes.", "fr"))


def test_a_one_letter_multiple_is_glued_and_two_tenths_read():
    assert all(c["unit"] != "times" for c in _claims("The board is 3 x 4 metres.", "en"))
    assert _one("该协议为期 6 年。", "zh")["dimension"] == "duration"
    assert _one("基金持有两成股份。", "zh")["value"] == 20


def test_another_before_a_magnitude_is_one_of_it():
    c = _one("The lab cut costs by another million dollars.", "en")
    assert (c["value"], c["dimension"]) == (1e6, "money")
    assert _one("The app gained another two million users.", "en")["value"] == 2e6


@pytest.mark.parametrize("text,low,high", [
    ("The group spent several hundred million dollars on servers.", 2e8, 999999999),
    ("The plant will cost a few billion dollars.", 2e9, 9999999999),
    ("The lab owns several thousand GPUs.", 2000, 9999),
])
def test_several_and_a_few_before_a_magnitude(text, low, high):
    c = _one(text, "en")
    assert (c["low"], c["high"], c["qualifier"]) == (low, high, "vague")


def test_a_lone_chinese_numeral_before_gu_is_not_shares():
    assert _claims("两股力量在角力。", "zh") == []
    assert _one("公司发行五千万股新股。", "zh")["subject"] == "shares"


def test_amounts_below_one_keep_their_digits():
    from helpers.extract.claims import describe

    row = {"value_low": 0.01, "value_high": 0.01, "value": 0.01, "qualifier": "exact"}
    assert describe(row) == "0.01" and describe({**row, "qualifier": "approx"}) == "≈ 0.01"


def test_percentage_points_and_sizes_are_read_as_what_they_are(tmp_path):
    import helpers

    (tmp_path / "d.txt").write_text(
        "毛利率為25.5%，季增4.8個百分點。\nGross margin rose 1.6 percentage points to 22%.\n"
        "SMIC shipped 991,250 8-inch equivalent wafers, and its 12吋 capacity grew.\n"
        "La marge a gagné 2 points de pourcentage.\n", encoding="utf-8")
    c = helpers.extract_claims(helpers.load_corpus(tmp_path, manifest=False))
    pp = c[c["unit"] == "percentage points"]
    assert sorted(pp["value"]) == [1.6, 2.0, 4.8] and set(pp["dimension"]) == {"other"}
    assert not c["text"].isin(["8", "12", "8-inch", "12吋"]).any() and 991250.0 in set(c["value"])


def test_a_chinese_count_takes_the_head_noun_not_the_first_character_of_a_longer_word(tmp_path):
    import helpers

    (tmp_path / "d.txt").write_text("公司计划购买1.8万个最新人工智能芯片。\n公司招聘了300人。\n", encoding="utf-8")
    c = helpers.extract_claims(helpers.load_corpus(tmp_path, manifest=False))
    assert dict(zip(c["value"], c["subject"])) == {18000.0: "chips", 300.0: "people"}


def test_a_share_price_is_named_so_whatever_noun_stands_near_it(tmp_path):
    import helpers

    (tmp_path / "d.txt").write_text("寒武紀股價收在1,329元，市值約5,560億元。\nNvidia shares closed at $118.42.\n"
                                    "Revenue rose and earnings per share reached $1.20.\n", encoding="utf-8")
    c = helpers.extract_claims(helpers.load_corpus(tmp_path, manifest=False))
    got = dict(zip(c["value"], c["subject"]))
    assert got[1329.0] == "share price" and got[118.42] == "share price" and got[1.2] != "share price"
    assert got[556_000_000_000.0] == "market value"


def test_french_reads_the_long_scale_as_written():
    assert [c["value"] for c in _claims("Le modèle compte un billion de paramètres.", "fr")] == [1e12]
    assert [c["value"] for c in _claims("Le modèle compte 1 trillion de paramètres.", "fr")] == [1e18]
    assert [c["value"] for c in _claims("The model has 1 trillion parameters.", "en")] == [1e12]


@pytest.mark.parametrize("text,lang,value,unit", [
    ("Orbex will invest 1.5 trillion yen in Japan.", "en", 1.5e12, "JPY"),
    ("该项目耗资500亿日元。", "zh", 5e10, "JPY"),
    ("Orbex investira 10 milliards de francs suisses.", "fr", 1e10, "CHF"),
    ("Humain will spend 40 billion riyals on it.", "en", 4e10, "SAR"),
    ("Le projet coûte 3 milliards de dollars canadiens.", "fr", 3e9, "CAD"),
    ("The deal is worth A$2 billion.", "en", 2e9, "AUD"),
    ("It costs ₹500 crore.", "en", 5e9, "INR"),
    ("Revenue reached 32.8 trillion won.", "en", 32.8e12, "KRW"),
    ("營業利益達47.2兆韓元。", "zh", 47.2e12, "KRW"),
])
def test_currencies_beyond_the_dollar_euro_and_yuan(text, lang, value, unit):
    got = [(c["value"], c["unit"]) for c in _claims(text, lang) if c["dimension"] == "money"]
    assert len(got) == 1 and abs(got[0][0] - value) < 1e-6 * value and got[0][1] == unit


def test_a_big_amount_counts_the_plural_noun_right_after_it_and_a_bare_one_stays_money():
    got = [(c["value"], c["dimension"], c["subject"]) for c in _claims("The chip has 80 billion transistors.", "en")]
    assert got == [(8e10, "count", "transistors")]
    got = [(c["value"], c["subject"]) for c in _claims("La puce embarque 208 milliards de transistors.", "fr")]
    assert got == [(2.08e11, "transistors")]
    assert [c["dimension"] for c in _claims("Orbex pumps 170B into compute.", "en")] == ["money"]


def test_taiwanese_amounts_with_the_currency_after_yuan_and_years_that_are_amounts():
    got = [(c["value"], c["unit"]) for c in _claims("資金為57億美元（約1813.74億元新台幣）。", "zh")]
    assert [(round(v / 1e9, 3), u) for v, u in got] == [(5.7, "USD"), (181.374, "TWD")]  # 元新台幣: Taiwan dollars
    assert [c["value"] for c in _claims("營收約2024.5億元。", "zh")] == [2.0245e11]  # not a date 2024.5


@pytest.mark.parametrize("text,lang,subject", [
    ("公司计划建成3个万卡级智算中心。", "zh", "data centres"),  # 万卡级 qualifies the centres
    ("Nvidia shipped 3.7 million data-center GPUs last year.", "en", "chips"),  # the head is GPUs
    ("当地工业电价约0.3元/千瓦时。", "zh", "electricity price"),
    ("该集群由10万张卡组成。", "zh", "chips"),
])
def test_the_head_of_a_compound_is_what_is_counted(text, lang, subject):
    assert [c["subject"] for c in _claims(text, lang)] == [subject]


@pytest.mark.parametrize("text", ["Of the 12 lawsuits, 8 won on appeal.", "They had 3 won, 2 lost.",
                                  "Sentinel-1 carries 2 SAR instruments.", "Tesla has 6 production facilities."])
def test_currency_words_that_are_ordinary_words_and_factories_that_are_not_fabs(text):
    claims = _claims(text, "en")
    assert all(c["dimension"] != "money" for c in claims) and all(c["subject"] != "fabs" for c in claims)


@pytest.mark.parametrize("text,lang,value,dimension,subject", [
    ("Intel will issue 433.3 million non-voting shares.", "en", 433.3e6, "count", "shares"),
    ("Intel will issue 433.3 million primary shares.", "en", 433.3e6, "count", "shares"),
    ("Sur ce total, 3,2 milliards attribués au programme.", "fr", None, None, None),
    ("華府同意投資89億美元,其中57億會從《晶片與科學法案》撥款。", "zh", 5.7e9, "money", "grant"),  # 撥款: a grant
])
def test_counters_after_modifiers_participles_and_titles_of_laws(text, lang, value, dimension, subject):
    got = [(c["value"], c["dimension"], c["subject"]) for c in _claims(text, lang)]
    if value is None:
        assert all(s not in ("attribués",) for _, _, s in got)
    else:
        assert (value, dimension, subject) in [(round(v, -5), d, s) for v, d, s in got]


@pytest.mark.parametrize("text,lang,subject", [
    ("阿里巴巴宣布未来三年投入超过3800亿元建设云和AI硬件基础设施。", "zh", "investment"),
    ("OpenAI expects to burn through $115 billion by 2029.", "en", "cost"),
])
def test_spending_words_investment_and_cash_burn(text, lang, subject):
    assert [c["subject"] for c in _claims(text, lang) if c["dimension"] == "money"] == [subject]


@pytest.mark.parametrize("text,subject", [
    ("此前最大單日市值蒸發紀錄是2790億美元。", "market value"),  # 最大單日: a record day, not 大單 (a big order)
    ("公司昨日接獲一筆大單，金額達30億美元。", "deal value"),
    ("该公司拿下一笔12亿元的大单。", "deal value"),
])
def test_big_order_is_not_a_record_single_day(text, subject):
    assert _one(text, "zh")["subject"] == subject


def test_ownership_is_a_stake():
    assert _one("The fund took a 40% ownership in the airline last year.", "en")["subject"] == "stake"


@pytest.mark.parametrize("text, number", [
    ("媒体曝光 Meta 将以 149 亿美元的价格收购 Scale AI 的股权。", "149 亿美元"),  # 将以: the verb after the amount
    ("Meta 将收购 Scale AI 49% 的股权。", "49%"),
])
def test_an_announced_acquisition_is_a_plan_not_a_forecast(text, number):
    from corpus_tools import one_row

    row = one_row(text, number, "zh")
    assert (row["scope"], bool(row["is_forecast"])) == ("planned", False)
