"""Whose number it is, from the page when the sentence does not say: sentences written for this file."""

import pytest

import helpers
from corpus_tools import load_pages as _load, numeric as _numeric, pairs as _pairs
from helpers.compare.comparable import change_start, indices, rounds_to
from helpers.extract.claims import describe


def test_an_unnamed_figure_is_its_page_organisations_when_one_figure_is_reported_twice(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex chute en Bourse\n\nLundi, les valeurs technologiques ont reculé et Orbex a vu son cours chuter "
             "de 17 %. Cette chute a effacé 592,7 milliards de dollars de valeur boursière en une seule séance. "
             "Orbex reste le premier fabricant du secteur.\n",
        "b": "On Monday, Orbex lost $589 billion in market value, the largest one-day loss on record.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    assert _pairs(got[got["subject"] == "market value"]) == {frozenset("ab")}
    assert got[got["subject"] == "market value"].iloc[0]["severity"] == "low"
    # without the page (claims only) the French figure names no owner, the English one Orbex: not compared
    assert helpers.find_conflicts(claims).query("subject == 'market value'").empty


def test_a_sentence_naming_another_company_keeps_its_figure_from_the_page_owner(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex chute en Bourse\n\nOrbex a vu son cours chuter de 17 %. Son rival Vantor en profite : "
             "sa capitalisation a atteint 592,7 milliards de dollars lundi. Orbex reste premier du secteur.\n",
        "b": "After the fall, Orbex is worth $589 billion in market value.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    assert got[got["subject"] == "market value"].empty


def test_the_start_of_a_change_is_an_earlier_moment(tmp_path):
    assert change_start("Its market cap fell from $3.5 trillion to $2.9 trillion.", "$3.5 trillion")
    assert not change_start("Its market cap fell from $3.5 trillion to $2.9 trillion.", "$2.9 trillion")
    assert change_start("La capacité passe de 180 à 300 mégawatts.", "180")
    assert change_start("月产能从99.1万片增至102.3万片", "99.1万片")
    assert not change_start("a budget of 180 to 300 million", "180")
    docs, claims = _load(tmp_path, {
        "a": "Orbex's market cap fell from $3.5 trillion to $2.9 trillion on Monday.\n",
        "b": "Orbex had a market value of $3.23 trillion on Monday evening.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    assert not any("3,500,000,000,000" in v for v in got["value_a"].tolist() + got["value_b"].tolist())


def test_rounding_half_up_is_rounding_not_a_contradiction():
    assert rounds_to(15.9, 15.85) and rounds_to(2.9e9, 2.85e9) and rounds_to(6e6, 5.576e6)
    assert rounds_to(15.8, 15.85)  # three digits cut short (some outlets truncate): not a contradiction
    assert not rounds_to(15.7, 15.85) and not rounds_to(2.87e9, 2.881e9)


def test_different_stock_indices_never_conflict(tmp_path):
    assert [n for _, _, n in indices("the Nasdaq 100 fell 3.6% and the S&P 500 2.1%; 纳斯达克综合指数下跌3.07%")] == \
        ["NASDAQ-100", "S&P 500", "NASDAQ COMPOSITE"]
    docs, claims = _load(tmp_path, {
        "a": "Chip stocks slumped on Monday, while the Nasdaq 100 dropped 3.6 percent.\n",
        "b": "受此影响，纳斯达克综合指数下跌3.07%，芯片股全线走低。\n",
    })
    assert helpers.find_conflicts(claims, docs).empty


def test_amounts_nobody_owns_compare_only_for_one_named_year(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Le groupe avait annoncé sa première usine, avec 12 milliards de dollars d'investissement à la clé.\n",
        "b": "Le conseil a approuvé un investissement global de 15,1 milliards de dollars pour les usines.\n",
    })
    assert helpers.find_conflicts(claims, docs).empty  # whose investment, when: nothing says
    (tmp_path / "y").mkdir()
    docs, claims = _load(tmp_path / "y", {
        "a": "Data centres worldwide used 415 TWh of electricity in 2024, the agency said.\n",
        "b": "Data centres worldwide used 460 TWh of electricity in 2024, a report found.\n",
    })
    assert len(helpers.find_conflicts(claims, docs)) == 1


def test_where_a_share_price_moved_to_is_a_share_price_and_shows_its_cents(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "根据行情数据，该公司的股价下降了17%，下降到118.58美元。\n",
        "b": "Boosted by the news, the stock price surged in pre-market trading, soaring 35% to reach a high of $207.\n",
        "c": "Les titres ont bondi de 27 % en pré-marché, pour atteindre 210,08 $.\n",
        "d": "The shares fell 10% after the company said its costs rose to $5 billion.\n",
    })
    money = claims[claims["dimension"] == "money"].set_index("doc_id")["subject"].to_dict()
    assert money == {"a": "share price", "b": "share price", "c": "share price", "d": "cost"}
    row = {"value_low": 203.71, "value_high": 203.71, "value": 203.71, "qualifier": "exact"}
    assert describe(row) == "203.71"
    assert describe({**row, "value": 16.86, "qualifier": "approx"}) == "≈ 16.86"
    assert describe({**row, "value": 5.88862e11}) == "588,862,000,000"


def test_french_market_value_and_valuation_are_money_subjects(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Cette chute a effacé 592,7 milliards de dollars de valeur boursière.\n",
        "b": "La start-up a levé des fonds sur une valorisation de 80 milliards de dollars.\n",
    })
    assert claims.set_index("doc_id")["subject"].to_dict() == {"a": "market value", "b": "value"}


def test_a_summary_with_inline_bullets_after_references_is_cut_into_sentences(tmp_path):
    from helpers.extract.sentences import sentence_spans

    text = "Revenue rose 9.9% [3][4] - The gross margin stood at 25.5% [3][4] - Smartphones made up 21.5%."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Revenue rose 9.9% [3][4]", "The gross margin stood at 25.5% [3][4]", "Smartphones made up 21.5%."]
    docs, claims = _load(tmp_path, {"a": text + "\n", "b": "毛利率为25.5%，较上季提升。\n"})
    subjects = dict(zip(claims["value"], claims["subject"]))
    assert subjects[9.9] == "rise" and subjects[25.5] == "margin"


def test_a_figure_followed_by_its_share_of_a_total_is_a_part(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "The cloud product line generated 2.87 billion yuan, accounting for a dominant 99.6% of total revenue.\n",
        "b": "Le cloud a rapporté 2,87 milliards de yuans, soit 99,6 % du total.\n",
        "c": "云产品线收入28.7亿元，占总营收的99.6%。\n",
        "d": "Half-year revenue was 2.881 billion yuan, up 4,348% from a year earlier.\n",
    })
    money = claims[claims["dimension"] == "money"].set_index("doc_id")["scope"].to_dict()
    assert money == {"a": "part", "b": "part", "c": "part", "d": "reported"}
    assert helpers.find_conflicts(claims, docs).query("kind == 'numeric' and severity != 'wording'").empty


def test_the_same_digits_at_another_magnitude_are_found_in_a_crowded_group(tmp_path):
    from helpers.compare.conflicts import MAX_STATEMENTS

    filler = "".join(f"Segment {i} revenue was {100 + 37 * i:,} million yuan. " for i in range(MAX_STATEMENTS + 5))
    docs, claims = _load(tmp_path, {
        "a": filler + "\n",
        "b": "中芯國際第3季淨利潤為人民幣15.17億元，年增43.1%。\n",
        "c": "Q3 net profit at SMIC was RMB 15.17 billion, up 43.1% year on year.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    slip = got[got["why"].str.contains("magnitude slip")]
    assert len(slip) == 1 and set(slip.iloc[0][["doc_b", "doc_a"]]) == {"b", "c"} and slip.iloc[0]["severity"] == "high"


def test_a_clause_naming_no_one_takes_its_sentences_single_name(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "周一，英伟达下跌16.86%，市值蒸发5888.62亿美元，创历史纪录。\n",
        "b": "Nvidia perd 593 milliards de dollars de valorisation en une seule journée.\n",
        "c": "随着英伟达失势，苹果公司也重新夺回头衔，其市值上涨至5900亿美元。\n",
    })
    got = helpers.find_conflicts(claims, docs)
    pairs = _pairs(got[got["subject"].isin(["market value", "value"])])
    assert frozenset("ab") in pairs  # 英伟达 is the only name of a's sentence
    assert frozenset("bc") not in pairs and frozenset("ac") not in pairs  # c's sentence names two companies


def test_a_plan_and_a_forecast_of_one_future_amount_compare(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Selon le communiqué, Orbex prévoit de fournir plus d'un gigawatt de capacité de calcul l'an prochain.\n",
        "b": "The new capacity from Orbex could reach up to 1 gigawatt from 2026, the companies said.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    assert len(got) == 1 and got.iloc[0]["severity"] == "low"


def test_the_horizon_of_a_plan_is_not_a_duration_to_compare(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex intends to invest 500 billion dollars over the next four years in new campuses.\n",
        "b": "Orbex表示，未来三年的投资额将超过4,000亿美元。\n",
    })
    got = helpers.find_conflicts(claims, docs)
    assert got[got["subject"] == "duration"].empty


def test_amounts_nobody_names_on_pages_about_two_companies_are_two_amounts(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Meta spends big on AI\n\nMeta (Facebook, Instagram), prévoit d'investir jusqu'à 65 milliards de dollars "
             "cette année. Meta veut rattraper ses rivaux.\n",
        "b": "台積電宣布在亞利桑那州新建第三座晶圓廠。第三座晶圓廠的加入將使總投資額超過650億美元。台積電表示將增聘員工。\n",
    })
    assert helpers.find_conflicts(claims, docs).query("kind == 'numeric' and severity != 'wording'").empty


def test_brands_of_the_goods_and_reporting_outlets_are_not_owners(tmp_path):
    from helpers.compare.owners import _anchors

    assert "nvidia" not in _anchors("Chinese firms plan to install 100,000 Nvidia chips across 39 data centers.")
    assert "nvidia" not in _anchors("据报道，中国计划建设39座数据中心，使用超过11.5万块英伟达H100和H20芯片。")
    assert "nvidia" not in _anchors("la Chine construit 40 centres de données avec 115 000 puces Nvidia.")
    assert "nvidia" in _anchors("Nvidia lost $589 billion in market value on Monday.")
    assert "nvidia" in _anchors("Lundi, l’action Nvidia a gagné 4,5 % à Wall Street.")  # its shares are its own
    assert "nvidia" in _anchors("Les actions Nvidia ont reculé de 3 % mardi.")
    assert "bloomberg" not in _anchors("Chinese firms are building 39 data centers, Bloomberg reported.")
    (tmp_path / "b.txt").write_text("Selon Bloomberg, la Chine construit 40 centres de données dans le Xinjiang, qui "
                                    "utiliseront plus de 115 000 puces Nvidia.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Chinese firms plan to install 100,000 Nvidia chips across 39 data centers in "
                                    "Xinjiang and Qinghai, Bloomberg reported.\n", encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    got = helpers.find_conflicts(helpers.extract_claims(docs), docs)
    rows = got[got["subject"] == "data centres"]
    assert len(rows) == 1 and {rows.iloc[0]["value_a"], rows.iloc[0]["value_b"]} == {"40", "39"}


def test_a_name_a_figure_is_set_against_is_not_its_owner():
    from helpers.compare.owners import _anchors

    assert "nvidia" not in _anchors("就连股价下跌2.1%的微软,也凭借3.23万亿美元市值位列英伟达之前。")
    assert "apple" not in _anchors("The chipmaker is now worth more than Apple, at $3.5 trillion.")
    assert "apple" not in _anchors("Le groupe est désormais valorisé devant Apple, à 3 500 milliards de dollars.")
    assert "nvidia" in _anchors("Nvidia lost $589 billion in market value on Monday.")


def test_a_half_written_either_way_is_rounding():
    assert rounds_to(1.1, 1.15) and rounds_to(1.2, 1.15)  # half down (binary floats, half-even) or half up
    assert not rounds_to(1.1, 1.16) and not rounds_to(1.4, 1.25)
    assert not rounds_to(160e9, 165e9)  # a whole-number half written down is no rounding: $160bn is not $165bn
    assert rounds_to(15, 15.5) and rounds_to(7, 7.5)  # decimals dropped: "15 km" for a depth of 15.5 km
    assert rounds_to(3.7e12, 3.75e12) and rounds_to(1.6e6, 1.65e6)  # "$3.7 trillion" is written with a decimal
    assert not rounds_to(160e6, 165e6) and not rounds_to(3.7e8, 3.76e8)  # "160 million" is a whole number as written


@pytest.mark.parametrize("stamped", ["As of 8:40 pm, 1,099 people were injured.", "截至昨晚8時40分,1099人受傷。",
                                     "À 18h30, le bilan était de 1 099 blessés."])
def test_a_toll_stamped_with_an_hour_is_another_bulletin_than_one_of_the_same_day_without(stamped):
    from helpers.compare.comparable import named_days
    from helpers.compare.prices import hours_of, same_bulletin

    day, own = "2024-04-05", next(t for t in ("1,099", "1099", "1 099") if t in stamped)
    a = {"quote": stamped, "published": day, "doc_id": "a", "text": own}
    plain = {"quote": "So far 1,115 people have been injured.", "published": day, "doc_id": "b", "text": "1,115"}
    assert not same_bulletin(a, plain, named_days)
    assert same_bulletin({"quote": "In all 1,099 people were injured.", "published": day, "doc_id": "a",
                          "text": "1,099"}, plain, named_days)
    later = {"quote": stamped.replace("8:40 pm", "10 pm").replace("8時40分", "10時").replace("18h30", "22h00")
             .replace(own, "1,115"), "published": day, "doc_id": "c", "text": "1,115"}
    assert not same_bulletin(a, later, named_days)
    assert same_bulletin(a, dict(plain, page_hours=hours_of(stamped)), named_days)  # its page stamps that hour elsewhere


def test_an_amount_raised_with_the_greenshoe_and_one_without_are_two_amounts(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Orbex raised HK$18 billion in its Hong Kong listing after exercising the over-allotment option.\n",
        "b": "Orbex raised HK$15.6 billion in its Hong Kong listing on Monday.\n",
        "c": "Orbex raised HK$16.1 billion including the greenshoe in its Hong Kong listing on Monday.\n",
    })
    got = helpers.find_conflicts(claims, docs)
    assert _pairs(got) == {frozenset("ac")}  # the same basis, two values; never a with against a without


@pytest.mark.parametrize("iran, israel, subject", [
    ("500 Iranians had been killed during", "20 fatalities on its side", "deaths"),
    # a bare count joined by "and" to a count of nationals is of the same people
    ("500 Iranians had been killed and 4,000 injured during", "20 fatalities and 3,000 injuries on its side", "injured"),
])
def test_a_count_of_one_nationality_is_no_rival_of_the_other_sides(tmp_path, iran, israel, subject):
    docs, claims = _load(tmp_path, {
        "a": f"2025-06-24\nWar\n\nIran's health ministry said on Tuesday that {iran} Israel's bombing of the country.\n",
        "b": f"2025-06-24\nWar\n\nMeanwhile, Israel's health ministry has reported {israel} since the onset of the war.\n",
    })
    assert helpers.find_conflicts(claims, docs).query(f"subject == '{subject}'").empty


def test_two_countries_populations_never_conflict(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Environ 45 % des 130 millions d'habitants de l'Éthiopie n'ont pas accès à l'électricité.\n",
        "b": "L'Égypte, pays d'environ 110 millions d'habitants, dépend du fleuve pour son eau.\n",
        "c": "L'Éthiopie compte 120 millions d'habitants, selon l'ONU.\n",
    })
    assert _pairs(_numeric(helpers.find_conflicts(claims, docs))) == {frozenset("ac")}  # Ethiopia's twice
