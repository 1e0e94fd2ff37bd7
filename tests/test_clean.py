"""Cleaning: what stays and what goes on the seeds and on pages from other sites; offset maps;
overrides; metadata read from the text; and the score against the hand-labelled reference."""
from __future__ import annotations

import json

import numpy as np
import pytest

import helpers
from helpers.clean import cleaner as clean
from helpers.clean.evaluate import clean_scores, load_reference
from helpers.read.offsets import OffsetMap
from helpers.core.paths import SEEDS_DIR, TESTS_DIR
from conftest import row
import pages


def removed_reasons(docs, label):
    rem = helpers.removed(docs)
    return rem[rem["label"] == label]


# --------------------------------------------------------------------------- the seeds

def test_bloomberg_keeps_headline_standfirst_and_body_from_the_glued_line(docs):
    text = row(docs, "bloomberg")["clean_text"]
    assert text.startswith("The Secret Rise of China’s AI Desert Empire\nBeijing is building a small city")
    assert "There are approximately three dozen data centers spread across China’s western deserts" in text
    assert text.endswith("and use American technology to do it.")
    assert "supposed to have. The US government" in text  # glued sentences get their space back
    for chrome in ["Skip to content", "Subscribe", "Chevron Down", "Facebook", "LinkedIn", "Gift this article",
                   "By David Rovella", "9:14 PM", "Illustration", "Terms of Service", "©2025", "+1 212 318 2000",
                   "Connecting decision makers", "Video:", "Bookmark"]:
        assert chrome not in text, chrome
    assert text.count("The Secret Rise of China’s AI Desert Empire") == 1


def test_bloomberg_removals_have_reasons_and_raw_lines(docs):
    rem = removed_reasons(docs, "bloomberg")
    first = rem.iloc[0]
    assert (first["line"], first["column"], first["reason"], first["text"]) == \
        (1, 1, "page title", "Video: The Secret Rise of China’s AI Desert Empire - Bloomberg")
    by_text = dict(zip(rem["text"], rem["reason"]))
    assert by_text["Skip to content"] == "navigation"
    assert by_text["By David Rovella"] == "byline"
    assert by_text["July 31, 2025 at 9:14 PM UTC"] == "dateline"
    assert by_text["Illustration: Brandon Smith"] == "credit"
    assert by_text["©2025 Bloomberg L.P. All Rights Reserved."] == "legal"
    assert set(rem.loc[rem["text"].str.contains("212 318 2000"), "reason"]) == {"contact"}
    # the byline sits in the long glued line 24
    assert rem.loc[rem["text"] == "By David Rovella", "line"].item() == 24
    assert row(docs, "bloomberg")["boilerplate_share"] == pytest.approx(0.81, abs=0.01)


def test_aggregator_drops_widgets_emoji_and_footer_but_keeps_its_analysis(docs):
    text = row(docs, "aggregator")["clean_text"]
    assert text.startswith("China Pumps 170B into Xinjiang Compute\n\nChina's 170B compute push")
    assert "18央企簽92項目,聚焦算力等領域" in text
    assert "AI-generated analysis for this event." in text
    assert "exceeding 1 trillion yuan." in text
    for chrome in ["Stale", "PostLinkedIn", "Read original on", "#china-investment", "Weekly AI Recap",
                   "Related Updates", "All content rights", "Original source", "🐯", "💡", "📰", "👉"]:
        assert chrome not in text, chrome
    reasons = dict(zip(removed_reasons(docs, "aggregator")["text"], removed_reasons(docs, "aggregator")["reason"]))
    assert reasons["Read original on 虎嗅"] == "attribution"
    assert reasons["#china-investment#state-projects#compute-powerxinjiang-compute-infrastructure"] == "hashtags"
    assert reasons["Stalecollected in 3m"] == "counter"


def test_blog_drops_breadcrumb_counters_repeated_headline_and_related(docs):
    text = row(docs, "ytools")["clean_text"]
    title = "China’s AI Firms Push for 100,000+ NVIDIA Chips in Massive Data Centers"
    assert text.startswith(title + "\n\nChina’s AI industry is setting its sights")
    assert text.count(title) == 1
    assert "planned for Yiwu in eastern China" in text
    for chrome in ["Home »", "by ytools", "0 comment", "You may also like", "Leave a Comment"]:
        assert chrome not in text
    rem = removed_reasons(docs, "ytools")
    assert list(rem["reason"]) == ["breadcrumb", "byline", "counter", "repeated headline", "related", "comments"]
    assert rem.loc[rem["reason"] == "repeated headline", "line"].item() == 9


def test_summaries_keep_everything_but_the_credit_line(docs):
    assert row(docs, "summary")["clean_text"] == (SEEDS_DIR / row(docs, "summary")["path"]).read_text()
    lumida = row(docs, "lumida")
    assert "Powered by" not in lumida["clean_text"]
    assert lumida["clean_text"].startswith("Key Takeaways:\n\n- Data Center Expansion")
    assert "U.S. export bans" in lumida["clean_text"]  # abbreviations are not split


def test_seed_scores_against_the_hand_labelled_reference(docs):
    table = clean_scores(docs, load_reference(TESTS_DIR / "reference" / "article_spans.json"))
    assert len(table) == 5
    assert table["precision"].min() >= 0.98 and table["recall"].min() >= 0.98, table


# --------------------------------------------------------------------------- other sites

def test_chinese_portal_breadcrumbs_metadata_line_and_footer():
    res = clean.clean_text(pages.CHINESE_PORTAL)
    assert res.text.startswith("新疆哈密市伊吾县算力产业园签约仪式举行\n\n7月15日，伊吾县算力产业园项目签约仪式在县城举行。此次签约")
    assert res.text.endswith("为数据中心提供低成本的绿色电力。")
    for chrome in ["当前位置", "网站首页", "浏览次数", "责任编辑", "版权所有", "电话"]:
        assert chrome not in res.text
    assert (res.published, res.credit, res.title) == ("2025-07-15", "哈密日报", "新疆哈密市伊吾县算力产业园签约仪式举行")


def test_news_site_cookie_banner_nav_byline_share_related_footer():
    res = clean.clean_text(pages.NEWS_SITE)
    assert res.text.splitlines()[0] == "Nvidia chips find their way to desert data centres"
    assert '"We expect the first phase to be ready soon," one manager said.' in res.text
    for chrome in ["cookies", "Home |", "Tech\n", "By Jane", "Published", "Share on", "Related",
                   "power limits", "Privacy", "©"]:
        assert chrome not in res.text, chrome
    assert (res.author, res.published, res.outlet) == ("Jane Doe and John Roe", "2025-07-14", "Example Times")


def test_podcast_page_player_chrome_goes_transcript_stays():
    res = clean.clean_text(pages.PODCAST)
    assert res.text.startswith("Episode 112: Inside China's desert data centres\n\nIn this episode")
    assert "REPORTER: There are roughly three dozen projects" in res.text
    for chrome in ["Apple Podcasts", "Spotify", "Show notes", "Produced by"]:
        assert chrome not in res.text


def test_glued_menu_on_another_site():
    res = clean.clean_text(pages.GLUED)
    assert res.text == ("China's desert data centres draw scrutiny\nThe build-out in Xinjiang has accelerated this "
                        "year, officials say, with dozens of projects under way.")
    assert [r for *_, r in res.removed_spans()] == ["link run", "share", "related"]


def test_repetition_across_documents_is_boilerplate():
    footer = "Example Daily Media Group"
    bodies = [f"Story {i}: officials in the region said on Tuesday that the new data centre would open soon, "
              f"and that it would employ {i * 10} people in its first year." for i in range(1, 5)]
    results = clean.clean_corpus([f"{b}\n{footer}\n" for b in bodies])
    assert all(footer not in r.text for r in results)
    assert all(r.text == b for r, b in zip(results, bodies))


def _manifest(rows: list[tuple[str, str, str]]) -> str:
    lines = ["file,sha256,label,outlet,url,title,author,published,kind,languages,notes"]
    lines += [f"{f},,{f[:-4]},{outlet},{url},,,,,," for f, outlet, url in rows]
    return "\n".join(lines) + "\n"


QUOTE = "“We will not build there.”"


def test_a_quotation_several_outlets_carry_stays_in_every_source(make_corpus):
    files = {f"{n}.txt": (f"Report {n}: the regional council debated the reservoir project for three hours on Monday evening.\n"
                          f"{QUOTE}\nThe council will vote again in {n * 2} weeks, its chair told reporters after the meeting.\n")
             for n in range(1, 5)}
    files["MANIFEST.csv"] = _manifest([(f"{n}.txt", f"Outlet {n}", "") for n in range(1, 5)])
    docs = helpers.load_corpus(make_corpus(files))
    assert all(QUOTE in t for t in docs["clean_text"])


def test_furniture_repeated_by_one_site_goes_but_not_across_sites(make_corpus):
    line = "Valley Desk Weekend Edition"
    files = {f"{n}.txt": (f"Story {n}: the county opened a new library on Saturday, and {n * 100} people came to see it.\n"
                          f"{line}\nThe mayor said the building cost {n} million dollars and took two years to finish.\n")
             for n in range(1, 4)}
    files["MANIFEST.csv"] = _manifest([("1.txt", "", "https://www.valley.example/a"),
                                       ("2.txt", "", "https://valley.example/b"),
                                       ("3.txt", "Other Paper", "")])
    docs = helpers.load_corpus(make_corpus(files)).set_index("label")
    assert line not in docs.loc["1", "clean_text"] and line not in docs.loc["2", "clean_text"]
    assert "repeated across documents" in docs.loc["1", "removals"]
    assert line in docs.loc["3", "clean_text"]  # the third page is from another site


def test_a_list_that_repeats_a_label_inside_the_article_stays():
    text = ("Le marché couvert rouvre ses portes samedi après deux ans de travaux, a annoncé la mairie.\n"
            "Stand 1\nFromages et produits laitiers de la vallée\n"
            "Stand 2\nLégumes de saison cultivés sur place\n"
            "Horaires\nOuvert du mardi au dimanche\n"
            "Stand 1 et Stand 2 partagent une terrasse couverte, selon les commerçants interrogés sur place.\n"
            "Horaires\nFermé le lundi\n"
            "La mairie espère attirer cinq mille visiteurs par semaine dès le mois de juin, a précisé l'adjoint.\n")
    res = clean.clean_text(text)
    assert res.text.count("Horaires") == 2 and "Fermé le lundi" in res.text and "Fromages" in res.text


def test_a_menu_printed_twice_in_one_text_goes():
    menu = "Accueil\nPolitique\nÉconomie\n"
    text = (menu + "Le gouvernement a présenté mercredi un plan de rénovation des écoles rurales, chiffré à deux milliards d'euros.\n"
            "Les travaux commenceront l'an prochain dans quarante départements, selon le ministère.\n" + menu)
    res = clean.clean_text(text)
    assert "Politique" not in res.text and "deux milliards" in res.text


# --------------------------------------------------------------------------- segmentation

@pytest.mark.parametrize("text, pieces", [
    ("SubscribeSearchLive TV", ["Subscribe", "Search", "Live TV"]),
    ("chips.FacebookX", ["chips.", "Facebook", "X"]),
    ("9:14 PM UTCBookmarkSave", ["9:14 PM UTC", "Bookmark", "Save"]),
    ("Help©2025 Bloomberg", ["Help", "©2025 Bloomberg"]),
    ("U.S. export bans", ["U.S. export bans"]),
    ("💡China's push", ["💡", "China's push"]),
    ("第一句。第二句", ["第一句。", "第二句"]),
])
def test_segmentation_cuts_glue_points(text, pieces):
    assert [p.text for p in clean.segment(text)] == pieces


def test_segmentation_of_a_text_is_that_of_its_lines():
    """Cuts are searched over the whole text at once; a line break ends every cut, as if each
    line were cut alone (white space before a break, a capital or an emoji after it)."""
    lines = ["The dam opened in May.  \u2028", "Water rose 3 metres.\x0c", "水位上升。",
             "Le barrage a ouvert.\t", "💡 ", "PlusRecent", "", "Fin.\r"]
    text = "\n".join(lines)
    whole = [(p.start, p.end, p.text, p.line, p.joint) for p in clean.segment(text)]
    alone, start = [], 0
    for n, line in enumerate(lines):
        alone += [(start + p.start, start + p.end, p.text, n, p.joint) for p in clean.segment(line)]
        start += len(line) + 1
    assert whole == alone
    assert ("Water rose 3 metres.", 1) in [(t, n) for _, _, t, n, _ in whole]


# --------------------------------------------------------------------------- offsets

def test_offset_round_trip_on_every_seed(docs):
    table = helpers.check_offsets(docs)
    assert (table["char_mismatches"] == 0).all() and (table["roundtrip_mismatches"] == 0).all()
    assert (table["mapped_chars"] > 0.95 * table["clean_chars"]).all()


def test_raw_line_and_column_of_a_quote(docs):
    hit = helpers.find_quote(docs, "approximately three dozen").iloc[0]
    assert (hit["label"], hit["line"], hit["column"]) == ("bloomberg", 24, 858)
    raw = row(docs, "bloomberg")["raw_text"]
    assert raw.split("\n")[23][857:857 + 25] == "approximately three dozen"
    omap = helpers.offset_map(docs, hit["doc_id"])
    assert omap.raw_index(24, 858) == hit["raw_start"]
    assert omap.to_clean(hit["raw_start"]) == hit["clean_start"]


def test_removed_raw_characters_map_to_nothing(docs):
    omap = helpers.offset_map(docs, row(docs, "bloomberg")["doc_id"])
    assert omap.to_clean(0) is None  # "Video: ..." page title
    with pytest.raises(helpers.OffsetError):
        omap.to_raw(10**6)


def test_offset_map_string_round_trip():
    raw = "abc XYZ def"
    omap = OffsetMap.from_index_array(np.array([0, 1, 2, -1, -1, 8, 9, 10]), raw)
    again = OffsetMap.from_string(omap.to_string(), 8, raw)
    assert omap.to_string() == again.to_string() == "0+0:3,5+8:3"
    assert [again.to_raw(i) for i in range(8)] == [0, 1, 2, 8, 8, 8, 9, 10]


# --------------------------------------------------------------------------- overrides

def test_overrides_put_a_passage_back_and_force_one_out(make_corpus):
    folder = make_corpus({p.name: p.read_bytes() for p in SEEDS_DIR.glob("*.txt")})
    (folder / "OVERRIDES.csv").write_text(
        "file,action,text,note\n"
        "000_da8f27766515445f.txt,keep,Illustration: Brandon Smith,credit the illustrator\n"
        "004_d325d3e3493ca15c.txt,remove,\"However, this project raises an important question\",editorial aside\n",
        encoding="utf-8")
    docs = helpers.load_corpus(folder)
    assert "Illustration: Brandon Smith" in docs.iloc[0]["clean_text"]
    assert "raises an important question" not in docs.iloc[4]["clean_text"]
    rem = helpers.removed(docs)
    assert "override: editorial aside" in set(rem["reason"])
    assert (helpers.check_offsets(docs)["roundtrip_mismatches"] == 0).all()


def test_override_for_text_not_in_the_file_is_an_error(make_corpus):
    folder = make_corpus({"a.txt": "Some article text here.",
                          "OVERRIDES.csv": "file,action,text,note\na.txt,keep,Not in the file,x\n"})
    with pytest.raises(helpers.CorpusError, match="override passage"):
        helpers.load_corpus(folder)


def test_removals_column_is_plain_json(docs):
    spans = json.loads(row(docs, "lumida")["removals"])
    assert spans == [[15, 42, "attribution"]]


def test_busiest_line_is_the_glued_article_line(docs):
    table = helpers.busiest_line(docs)
    assert set(table["line"]) == {24}
    assert "By David Rovella" in set(table["text"])


def test_a_text_with_no_prose_keeps_its_undecided_pieces():
    assert clean.clean_text("Capacity is expected to double by 2027.").text == "Capacity is expected to double by 2027."
    assert clean.clean_text("预计2026年建成。").text == "预计2026年建成。"


def test_a_short_last_sentence_stays_with_its_paragraph():
    text = "今年以来，新疆签约92个项目，总投资约为68亿元。3月11日，项目开工。"
    assert clean.clean_text(text).text == text


def test_segment_memo_changes_nothing_and_stays_bounded(monkeypatch):
    from helpers.clean import cleaner as cl
    from helpers.clean import clean_rules
    texts = [p.read_text(encoding="utf-8") for p in sorted(helpers.core.paths.SEEDS_DIR.glob("*.txt"))]
    remembered = [(r.text, r.removed_spans()) for r in cl.clean_corpus(texts)]
    assert 0 < len(cl._MEMO) < sum(len(cl.segment(t)) for t in texts)  # repeated segments judged once
    monkeypatch.setattr(clean_rules, "_MEMO_MAX", 3)
    assert [(r.text, r.removed_spans()) for r in cl.clean_corpus(texts)] == remembered
    assert len(cl._MEMO) <= 3


# --------------------------------------------------------------------------- interface strings, glue, titles, bylines

def test_interface_strings_captions_and_translation_notes_in_english():
    res = clean.clean_text(pages.INTERFACE_EN)
    for gone in ("1.2k views", "Listen to this article", "Favourite", "Print", "Photo: A barge",
                 "machine translated"):
        assert gone not in res.text, gone
    assert "\n0\n" not in res.text
    assert "40 centimetres" in res.text and "delay irrigation" in res.text
    reasons = {p.text: p.reason for p in res.pieces if p.removed}
    assert reasons["Photo: A barge waits at the lock near the old mill."] == "credit"
    assert reasons["This article was machine translated from Spanish."] == "translation note"
    assert reasons["1.2k views"] == "counter" and reasons["0"] == "counter"


def test_a_byline_date_is_read_as_metadata_with_its_span():
    res = clean.clean_text(pages.INTERFACE_EN)
    assert res.title == "Rivers run low as the dry season starts early"
    assert res.text.startswith("Rivers run low as the dry season starts early\n")
    assert res.author == "Maria Lopez" and res.published == "2026-03-12"
    s, e = res.spans["published"]
    assert pages.INTERFACE_EN[s:e] == "By Maria Lopez | 12 March 2026"
    assert "By Maria Lopez" not in res.text


def test_chinese_interface_strings_go_and_quotes_stay_balanced():
    res = clean.clean_text(pages.INTERFACE_ZH)
    for gone in ("阅读 1234", "分享到微信", "收藏", "图片来源", "人工智能翻译"):
        assert gone not in res.text, gone
    assert "「我每天上班要换乘两次，新线路开通后只需要一次。」" in res.text
    assert res.text.count("「") == res.text.count("」") == 1
    assert res.title == "城市地铁新线路下月开通"


def test_french_interface_strings_and_photo_credit_go():
    res = clean.clean_text(pages.INTERFACE_FR)
    for gone in ("Partager", "Imprimer", "3 partages", "Crédit photo", "Lire la suite"):
        assert gone not in res.text, gone
    assert "quatre millions d'euros" in res.text and "boulevards" in res.text
    assert res.title == "La ville plante dix mille arbres avant l'été"


@pytest.mark.parametrize("text, pieces", [
    ("Nvidia shipped more GPUs than last year", ["Nvidia shipped more GPUs than last year"]),
    ("It bought 500 H100s in May", ["It bought 500 H100s in May"]),
    ("Sales of the iPhone and McDonald meals", ["Sales of the iPhone and McDonald meals"]),
    ("DeepSeek trained its model", ["DeepSeek trained its model"]),
    ("HomeNewsSport", ["Home", "News", "Sport"]),
    ("Shares of Oracle (NYSE:ORCL) rose", ["Shares of Oracle (NYSE:ORCL) rose"]),
    ("un projet d’Intelligence Artificielle selon l'IA", ["un projet d’Intelligence Artificielle selon l'IA"]),
    ("美股收盘:DeepSeek发布新模型", ["美股收盘:DeepSeek发布新模型"]),
    ("据报道，DeepSeek的模型成本更低。", ["据报道，DeepSeek的模型成本更低。"]),
    ("他说：「好。」然后离开", ["他说：「好。」", "然后离开"]),
    ("The campus will draw 3GW and store 20TB of logs", ["The campus will draw 3GW and store 20TB of logs"]),
    ("Sales in 2000EMEA", ["Sales in 2000", "EMEA"]),
])
def test_glue_splitting_respects_words_and_cjk_quote_pairs(text, pieces):
    assert [p.text for p in clean.segment(text)] == pieces


# --------------------------------------------------------------------------- the named document rules

def test_rule_site_furniture():
    from helpers.clean.clean_steps import site_furniture
    df = {"menuline": 5}
    assert site_furniture("Menu line", "menuline", df, 5, None)
    assert not site_furniture("“We will stay.”", "wewillstay", {"wewillstay": 5}, 5, None)
    assert not site_furniture("Menu line", "menuline", df, 5, {"menuline": 1})  # known site, only one of its pages
    assert site_furniture("The same sentence here.", "k", df, 5, {"k": 2})


def test_rule_repeated_runs():
    from helpers.clean.clean_steps import repeated_runs
    keys = ["home", "world", "story", "label", "more", "home", "world", "label"]
    assert repeated_runs(keys) == [True, True, False, False, False, True, True, False]


def test_rule_byline_with_date():
    from helpers.clean.clean_steps import _byline_with_date
    name, d = _byline_with_date("Par Jeanne Martin, 2025-07-03")
    assert name == "Par Jeanne Martin" and d.date_start == "2025-07-03"
    name, d = _byline_with_date("By Ann Lee · July 3, 2025")
    assert name == "By Ann Lee" and d.date_start == "2025-07-03"
    assert _byline_with_date("By the end of 2025 the plant will open") is None


def test_rule_mark_structure():
    from helpers.clean.clean_steps import mark_structure
    pieces = clean.segment("Home World\nA long article sentence here.\nShare")
    mark_structure(pieces, [(0, 11, "navigation element"), (41, 46, "share")])
    assert [(p.text, p.reason) for p in pieces] == [
        ("Home World", "html: navigation element"), ("A long article sentence here.", ""), ("Share", "html: share")]


def test_a_leading_date_label_is_read_and_cut_from_the_text():
    text = (" date 2026-02-03 The port authority said on Tuesday that container traffic rose by 12 percent in January, "
            "the third monthly rise in a row.\nShipping lines expect the trend to continue until the summer.\n")
    res = clean.clean_text(text)
    assert res.published == "2026-02-03"
    assert res.text.startswith("The port authority said on Tuesday")


def test_title_is_the_first_non_empty_line_when_it_is_a_headline():
    text = ("\nLe port de Marseille bat son record de trafic en janvier\n"
            "Le trafic de conteneurs a progressé de 12 % en janvier, a indiqué mardi la direction du port, "
            "qui attend une nouvelle hausse au printemps.\n")
    res = clean.clean_text(text)
    assert res.title == "Le port de Marseille bat son record de trafic en janvier"
    assert res.text.startswith(res.title + "\n")


@pytest.mark.parametrize("text, author, published", [
    ("Auteur : Camille Roux Mar 4,2026\nLa région a inauguré lundi un nouveau parc éolien de vingt turbines, "
     "capable d'alimenter quarante mille foyers selon l'exploitant.\n", "Camille Roux", "2026-03-04"),
    ("晚报记者 王芳\n市政府周一宣布，全市将新建十二座公园，预计明年底前全部完工，总投资约三亿元。\n", "王芳", None),
    ("〔記者林志明／台北報導〕市政府昨天宣布，將在明年底前完成十二座公園的建設，總投資約三億元。\n"
     "市府表示，公園將優先設在人口密集的舊城區。\n", "林志明", None),
    ("城市观察 2026-01-05 08:30:00\n市政府周一宣布，全市将新建十二座公园，预计明年底前全部完工，总投资约三亿元。\n",
     "城市观察", "2026-01-05"),
])
def test_bylines_in_three_languages_are_read_as_metadata(text, author, published):
    res = clean.clean_text(text)
    assert res.author == author
    assert res.published == published
    assert "公园" in res.text or "公園" in res.text or "parc éolien" in res.text
    assert author not in res.text or text.startswith("〔")  # the body credit is read, not removed


@pytest.mark.parametrize("line, reason", [
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("This content is for informational purposes only and is not investment advice.", "disclaimer"),
    ("Sign up for a free trial to unlock the rest of this article", "paywall"),
    ("Réservé aux abonnés", "paywall"),
    ("本文仅供参考，不构成投资建议。", "disclaimer"),
    ("▲图源：新华社", "credit"),
    ("（美聯社資料照）", "credit"),
    ("Follow us on our social channels", "promo"),
])
def test_notices_paywalls_and_credits_are_interface_strings(line, reason):
    text = ("The water board said on Friday that reservoir levels had fallen to their lowest point in a decade.\n"
            f"{line}\nRationing will start in the eastern districts next week, the board added in its statement.\n")
    res = clean.clean_text(text)
    assert line not in res.text
    assert {p.reason for p in res.pieces if p.removed} == {reason}


def test_a_date_label_is_never_read_as_an_author():
    text = (" date 2026-04-02 〔記者陳美玲／台中報導〕市府昨天表示，新的公車路線將於五月一日起通車，每天約有一百二十班次。\n"
            "市府指出，通車後第一個月免費搭乘。\n")
    res = clean.clean_text(text)
    assert res.author == "陳美玲" and res.published == "2026-04-02"
