"""Cleaning, by class of failure, on short pages written for these tests (English, Chinese,
French): picture credits and captions, labelled datelines and "date par Name" bylines, French
and numeric dates, interface labels and promos; the offset map stays exact on each."""
from __future__ import annotations

import numpy as np
import pytest

from helpers.clean import cleaner as clean
from helpers.read import dates

BODY_EN = ("The county approved a new battery plant on Tuesday after a long public hearing.\n"
           "Officials said the plant would employ about 300 people once it opens in two years.\n")
BODY_FR = ("Le conseil municipal a approuvé mardi la construction d'une usine de batteries.\n"
           "Selon la mairie, le site emploiera environ 300 personnes d'ici deux ans.\n")
BODY_ZH = "市政府周二批准了一座新的电池工厂，预计两年后投产。\n官员表示，该工厂投产后将雇用约三百名员工。\n"


def _clean(raw: str) -> clean.CleanResult:
    res = clean.clean_text(raw)
    # the offset map is exact: every kept character is the raw character it points to
    idx = res.base_index
    kept = np.array([c for c in res.text])
    assert all(raw[i] == c for i, c in zip(idx, kept) if i >= 0)
    return res


def test_french_and_numeric_dates_are_read():
    got = [(d.date_start, d.precision) for d in dates.find_dates("le 3 juillet 2025, puis le 1er août 2025")]
    assert got == [("2025-07-03", "day"), ("2025-08-01", "day")]
    assert dates.find_dates("Publié le mardi 4 mars 2025 à 07:30")[0].time == "07:30"
    assert dates.find_dates("14/04/2025")[0].date_start == "2025-04-14"
    assert dates.find_dates("04/05/2025") == []  # day and month ambiguous: not guessed
    assert dates.find_dates("2025-12-4")[0].date_start == "2025-12-04"
    assert [d.date_start for d in dates.find_dates("in mai 2024")] == ["2024-05-01"]


def test_picture_credits_and_captions_go_in_three_languages():
    raw = ("Battery plant approved\n" + BODY_EN
           + "The site of the future plant, seen from the road. (Jane Roe / AFP)\nREUTERS\n"
           + "Photo by John Doe | Getty Images\n" + BODY_FR
           + "Le maire, le 3 juillet 2025 à Lyon. ( AFP / Jean Dupont )\n" + BODY_ZH
           + "工厂所在地。（路透）\n市长在发布会上。新华社资料图片\n(日线图,来源:交易平台)\n"
           + "The plant will use local suppliers, according to Reuters.\n")
    res = _clean(raw)
    for gone in ["Jane Roe / AFP", "REUTERS\n", "Getty Images", "Jean Dupont", "（路透）", "资料图片", "来源:交易平台"]:
        assert gone not in res.text, gone
    assert "according to Reuters." in res.text  # a credit sentence in the body stays
    assert "市政府周二批准了一座新的电池工厂" in res.text
    assert "credit" in {r for *_, r in res.removed_spans()}


def test_labelled_datelines_and_date_par_name_bylines_are_read_then_removed():
    res = _clean("Une usine de batteries approuvée à Lyon\nLe 14/04/2025 à 9:07 par Claire Martin\n" + BODY_FR)
    assert res.published == "2025-04-14" and res.author == "Claire Martin"
    assert "Claire Martin" not in res.text and "9:07" not in res.text
    res = _clean("Une usine de batteries approuvée à Lyon\nPublié le : mardi 4 mars 2025 à 07:30\n" + BODY_FR)
    assert res.published == "2025-03-04" and "Publié le" not in res.text
    res = _clean("Battery plant approved in the county\nPublished 18/09/2025 15:12 - Updated 19/09/2025 08:00\n"
                 + BODY_EN)
    assert res.published == "2025-09-18" and "Updated" not in res.text
    res = _clean("Battery plant approved\nSpringfield, Wednesday, 26 February 2025.\n" + BODY_EN)
    assert res.published == "2025-02-26"


def test_bracketed_chinese_editor_credit_is_read_as_author():
    res = _clean("新电池工厂获批\n" + BODY_ZH + "【編輯:王小明】\n")
    assert res.author == "王小明" and "編輯" not in res.text


def test_interface_labels_promos_and_notices_go():
    raw = ("Battery plant approved\nSUMMARY\n" + BODY_EN
           + "• À lire aussi: Une autre usine ferme ses portes à Lille\n"
           + ">> Accédez à nos analyses exclusives et abonnez-vous\n"
           + "In partnership with\nThis is a developing story and will be updated.\n"
           + "本內容由人工智能根據公開資料生成，僅供參考。\n"
           + "以上就是电池工厂获批的详细内容,更多请关注某某网其它相关文章!\n" + BODY_ZH)
    res = _clean(raw)
    for gone in ["SUMMARY", "À lire aussi", "Accédez", "In partnership", "developing story", "人工智能", "以上就是"]:
        assert gone not in res.text, gone
    assert "ai disclaimer" in {r for *_, r in res.removed_spans()}
    assert "Officials said the plant would employ about 300 people" in res.text


def test_camel_case_names_stay_whole_with_elision_possessive_and_repetition():
    raw = ("Start-up fund grows as SoftBank's bet on chips pays off\n"
           "SoftBank's chief said the group would invest more in data centres this year.\n"
           "Le modèle a surpris, et qu’OpenAI a réagi ; l'IA d'OpenAI reste chère.\n"
           "Analysts at the research firm said NetEase spent more on servers than last year.\n"
           "Revenue at NetEase rose by a tenth in the quarter, the filing shows.\n"
           "新模型发布后，DeepSeek的下载量大增。\n")
    res = _clean(raw)
    for whole in ["SoftBank's bet", "SoftBank's chief", "qu’OpenAI a réagi", "d'OpenAI reste", "said NetEase spent",
                  "at NetEase rose"]:
        assert whole in res.text, whole
    assert res.title == "Start-up fund grows as SoftBank's bet on chips pays off"
    # a glued menu is still cut: its labels are not a name the text uses
    assert [p.text for p in clean.segment("SubscribeSearch\nSubscribeSearch")] == ["Subscribe", "Search"] * 2


def test_a_sentence_printed_three_times_keeps_one_copy():
    for line in ["The plant will open in 2027.", "工厂预计将于二〇二七年正式投产运营。", "L'usine ouvrira en 2027."]:
        res = _clean("\n".join([line] * 3) + "\n")
        assert res.text.count(line) == 1, line


def test_the_cleaner_copy_of_a_headline_printed_twice_is_the_title():
    res = _clean("Accueil > Actualités > Une usine de batteries approuvée à Lyon\n\n"
                 "Une usine de batteries approuvée à Lyon\n\n" + BODY_FR)
    assert res.title == "Une usine de batteries approuvée à Lyon"
    assert "Accueil" not in res.text and res.text.count("Une usine de batteries approuvée à Lyon") == 1
    res = _clean("新电池工厂获批,预计两年后投产2025年1\n\n新电池工厂获批, 预计两年后投产\n\n" + BODY_ZH)
    assert res.title == "新电池工厂获批, 预计两年后投产"
    res = _clean("二十四小时快讯: 新电池工厂获批并将于两年后投产\n" + BODY_ZH)
    assert res.title == "新电池工厂获批并将于两年后投产"


def test_a_byline_label_and_the_name_on_the_next_or_previous_line():
    res = _clean("Battery plant approved after a long hearing\nWritten by\nJane Roe\n" + BODY_EN)
    assert res.author == "Jane Roe" and "Jane Roe" not in res.text
    res = _clean("Battery plant approved after a long hearing\nClaire Martin\nPublié par\n" + BODY_FR)
    assert res.author == "Claire Martin" and "Claire Martin" not in res.text
    res = _clean("新电池工厂获批\n" + BODY_ZH.replace("官员表示", "〔編譯王小明／綜合報導〕官員表示"))
    assert res.author == "王小明"


def test_closing_bio_about_paragraph_and_teaser_runs_go():
    res = _clean("Battery plant approved\n" + BODY_EN + "Jane Roe is a freelance writer living in Leeds. She covers energy.\n")
    assert "freelance writer" not in res.text and "She covers energy" not in res.text
    assert "author bio" in {r for *_, r in res.removed_spans()}
    res = _clean("Battery plant approved\n" + "".join(f"Paragraph {n} of the report describes the plant's {n} phases in some detail for readers.\n"
                                                 for n in range(10)) + BODY_EN + "About Voltcell\nVoltcell is a leading provider of "
                 "storage systems for utilities.\nVoltcell employs 900 people.\n")
    assert "About Voltcell" not in res.text and "leading provider" not in res.text
    assert "Officials said the plant would employ about 300 people" in res.text
    teasers = "".join(f"{k}\nA short teaser about another story on this site number {n}.\n"
                      for n, k in enumerate(["POWER PLAY", "GRID LOCK", "SUN BELT", "WIND FALL"]))
    res = _clean("Battery plant approved\n" + BODY_EN + teasers)
    assert "GRID LOCK" not in res.text and "another story" not in res.text
    dated = "".join(f"A teaser paragraph about an older story, number {n}, with a few words.\nNovember {n + 10}, 2019 "
                    f"at 2:0{n} pm\n" for n in range(4))
    res = _clean("Battery plant approved\n" + BODY_EN + dated)
    assert "2019" not in res.text
    # a bio-shaped sentence inside the body stays
    res = _clean("Battery plant approved\nJane Roe is a reporter who asked the first question at the hearing.\n" + BODY_EN)
    assert "Jane Roe is a reporter" in res.text


def test_interface_prompts_and_affiliate_disclosures_go():
    res = _clean("Battery plant approved\nThis post may contain affiliate links. Please see my disclosure page.\n"
                 + BODY_EN + "Advert\nTell us what YOU think...\nThis slideshow requires JavaScript.\n阅读全文\n")
    for gone in ["affiliate", "Advert", "Tell us", "JavaScript", "阅读全文"]:
        assert gone not in res.text, gone


def test_a_closing_sentence_about_the_largest_company_is_news_not_a_press_tail():
    res = _clean("Nvidia perd 17%\n" + BODY_FR + "Nvidia est la plus grande société cotée en bourse au monde.\n")
    assert "Nvidia est la plus grande société" in res.text


def test_a_run_of_excerpts_cut_off_with_an_ellipsis_goes():
    excerpts = "".join(f"Headline number {n} about another story LYON: The council said on Monday that the plan {n}...\n"
                       for n in range(4))
    res = _clean("Battery plant approved\n" + BODY_EN + excerpts)
    assert "Headline number" not in res.text and "Officials said the plant" in res.text
    one = _clean("Battery plant approved\n" + BODY_EN + "He paused and said: we will see about the rest...\n")
    assert "we will see about the rest..." in one.text  # a single trailing ellipsis is prose


def test_wire_opening_dates_the_page_and_stays_in_the_text():
    res = _clean("Battery plant approved\nSPRINGFIELD, Feb. 26, 2025 /PRNewswire/ -- The county approved a new "
                 "battery plant on Tuesday after a long public hearing, officials said.\n" + BODY_EN)
    assert res.published == "2025-02-26" and "SPRINGFIELD, Feb. 26, 2025 /PRNewswire/" in res.text
    res = _clean("Usine approuvée\nLYON, 3 juillet 2025 (AFP) - Le conseil municipal a approuvé mardi la "
                 "construction d'une usine de batteries, selon la mairie.\n" + BODY_FR)
    assert res.published == "2025-07-03"


def test_month_datelines_and_a_share_widget_glued_to_a_chinese_headline():
    res = _clean("date 2025-07 Meta intensifie massivement ses investissements dans les centres de données.\n" + BODY_FR)
    assert res.published == "2025-07-01" and "2025-07" not in res.text
    res = _clean("新電池工廠獲批 兩年後投產分享到:\n" + BODY_ZH)
    assert res.title == "新電池工廠獲批 兩年後投產" and "分享到" not in res.text


def test_a_corpus_keeps_shared_credits_unlisted_names_and_short_closing_sentences(tmp_path):
    import helpers
    shared = "SemiAnalysis estimates that the firm spent over $500 million on hardware.\n"
    (tmp_path / "a.txt").write_text("Chip exports rose sharply in the second quarter, according to Reuters.\n"
                                    "The company declined to comment on the figures.\n" + shared, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nvidia shares fell on Monday after the news from Hangzhou.\naccording to Reuters\n"
                                    + shared + "Analysts expect more volatility this week.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Le ministère a indiqué que la règle entrerait en vigueur en juillet prochain.\n"
                                    "selon Reuters\n" + shared + "Aucun détail n'a été donné.\n", encoding="utf-8")
    docs, _ = helpers.load_corpus(tmp_path, manifest=False, on_error="skip")
    texts = dict(zip(docs["path"], docs["clean_text"]))
    assert all(shared.strip() in t for t in texts.values())
    assert "according to Reuters" in texts["b.txt"] and "Analysts expect more volatility this week." in texts["b.txt"]
    assert "Aucun détail n'a été donné." in texts["c.txt"]


def test_end_mark_and_editor_credit_and_a_prefixed_ai_disclaimer():
    res = _clean("新电池工厂获批\n" + BODY_ZH.rstrip("\n") + "(完) 【編輯:王小明】\n")
    assert res.author == "王小明" and "編輯" not in res.text and "雇用约三百名员工" in res.text
    res = _clean("新电池工厂获批\n解讀 免責聲明 本內容由人工智能根據公開資料生成，僅供參考。\n" + BODY_ZH)
    assert "人工智能" not in res.text


def test_follow_subscribe_and_contact_lines_and_short_photo_credits_go():
    res = _clean("Battery plant approved\n" + BODY_EN + "Image copyright Getty Images\nJane Roe, AP\n"
                 "Follow Example News on Instagram, Facebook and YouTube.\nFollow her on Twitter @janeroe.\n"
                 "Get the latest updates right in your inbox.\nSubscribe to Example Daily's newsletters.\n"
                 "Like this story?\nJane Roe may be reached at jroe@example.com.\n"
                 "Suivez-nous sur Facebook et Instagram.\n")
    for gone in ["Getty", "Jane Roe, AP", "Follow", "latest updates", "Subscribe", "Like this", "reached at", "Suivez"]:
        assert gone not in res.text, gone
    keep = _clean("Battery plant approved\nMore users subscribe to streaming services in winter, the survey found.\n"
                  + BODY_EN)
    assert "More users subscribe to streaming services" in keep.text


def test_html_caption_classes_are_furniture_as_parts_of_a_class_name():
    from helpers.read import htmldom
    body = "".join(f"<p>Paragraph {n}: the county approved a new battery plant on Tuesday after a long public "
                   f"hearing, and officials said it would employ about {n}00 people.</p>" for n in range(1, 6))
    html = ("<html><body><article><h1>Battery plant approved</h1><p>The plant will store solar power.</p>"
            + "<div class='wp-caption'><img src='x.jpg'><p class='wp-caption-text'>The site of the future plant, "
              "seen from the road on Tuesday.</p></div>" + body + "</article></body></html>")
    h = htmldom.html_text(html)
    res = clean.clean_text(h.text, structure=h.structure)
    assert "seen from the road" not in res.text and "Paragraph 5: the county approved" in res.text
    assert any(r == "html: caption" for *_, r in res.removed_spans())


def test_html_author_bio_box_and_photo_credit_parts_are_furniture():
    from helpers.read import htmldom
    body = "".join(f"<p>Paragraph {n}: the county approved a new battery plant on Tuesday after a long public "
                   f"hearing, and officials said it would employ about {n}00 people.</p>" for n in range(1, 6))
    html = ("<html><body><article><h1>Battery plant approved</h1>" + body
            + "<span class='photo-credit'>Jane Doe for Example News</span>"
            + "<div class='author-bio'><p>Jane Roe covers energy and local government for the paper and "
              "has written about the county for ten years.</p></div></article></body></html>")
    h = htmldom.html_text(html)
    res = clean.clean_text(h.text, structure=h.structure)
    assert "covers energy" not in res.text and "Jane Doe for" not in res.text
    assert "Paragraph 5: the county approved" in res.text


def test_tag_lists_and_reprint_notices_go_in_three_languages():
    res = _clean("Battery plant approved\n" + BODY_EN + "Tags: energy, batteries, county\nMots-clés : énergie, usine\n"
                 "标签：电池 工厂\n本文系转载，如需转载请注明出处。\n未經授權，不得轉載。\n"
                 "Toute reproduction, même partielle, est interdite.\n" + BODY_ZH)
    for gone in ["Tags:", "Mots-clés", "标签", "注明出处", "不得轉載", "reproduction"]:
        assert gone not in res.text, gone
    assert "官员表示，该工厂投产后将雇用约三百名员工。" in res.text


def test_a_headline_shaped_first_paragraph_beats_a_site_name_line_and_loses_its_time():
    head = "County approves a battery plant that will employ about 300 people once it opens in two years"
    res = _clean("Example News Daily Site\n\n" + head + "\n\n" + BODY_EN)
    assert res.title == head
    assert "Example News Daily Site" not in res.text
    res = _clean("某某新聞網\n即時國際\n\n市政府批准興建新電池工廠　兩年後投產 (09:50)\n\n" + BODY_ZH)
    assert res.title == "市政府批准興建新電池工廠　兩年後投產"
    wrapped = _clean("　　市政府周二批准了一座新的电池工厂，预计两年后\n投产。官员表示，该工厂投产后将雇用约三百名员工。\n"
                     "此外，工厂还将带动周边产业的发展，并为当地带来更多税收。\n")
    assert wrapped.title is None or "，" not in wrapped.title  # hard-wrapped prose is not a headline


def test_a_broadcaster_reporter_byline_is_read_as_author():
    for line, name in [("央视新闻客户端记者 王小明报道", "王小明"), ("记者 王明报道", "王明"), ("总台记者 李华", "李华")]:
        res = _clean("新电池工厂获批\n" + line + "\n" + BODY_ZH)
        assert res.author == name and line not in res.text, line


def test_a_plain_text_table_of_figures_stays_while_a_menu_goes():
    raw = ("Battery plant approved\n" + BODY_EN + "|\n| Specification |\nValue |\n| Capacity |\n"
           "40 GWh |\n| Jobs |\n300 |\n| Investment |\n€1.2 billion |\n"
           "Home\nWorld News\nBusiness Desk\nSports Pages\nContact Us\n")
    res = _clean(raw)
    assert "| Capacity |\n40 GWh |" in res.text and "€1.2 billion |" in res.text
    assert "World News" not in res.text and "Contact Us" not in res.text


def test_chinese_credit_lines_captions_and_click_promos_go():
    raw = ("电池工厂获批\n文|王小明\n编辑|李华\n" + BODY_ZH + "△工厂的新生产线\n"
           "↑点击上面图片 加入读者交流群↑\n经济日报／ 编译张三／综合外电\n(校对/赵六)\n"
           "电池工厂获批:数字拆解新工厂图1\nImage source: Getty Images.\n" + BODY_EN)
    res = _clean(raw)
    for gone in ["文|王小明", "编辑|李华", "△工厂", "点击上面图片", "编译张三", "校对/赵六", "数字拆解新工厂图1",
                 "Image source"]:
        assert gone not in res.text, gone
    assert "Officials said the plant would employ about 300 people" in res.text
    assert BODY_ZH.strip().splitlines()[0] in res.text


def test_a_short_line_ending_in_a_picture_credit_is_a_caption_but_a_wire_paragraph_stays():
    raw = ("電池工廠獲批\n▲市政府批准了新的電池工廠。（圖／CFP）\n" + BODY_ZH
           + "Workers at the site on Tuesday. ( AFP / Jane DOE )\n" + BODY_EN
           + "The plant will open next year, the company said on Tuesday. (Reuters)\n")
    res = _clean(raw)
    assert "▲市政府" not in res.text and "Workers at the site" not in res.text
    assert "caption" in {r for *_, r in res.removed_spans()}
    assert "The plant will open next year, the company said on Tuesday." in res.text


def test_a_bracketed_desk_byline_glued_to_the_first_sentence_goes_alone():
    raw = "電池工廠獲批\n〔編譯王小明／綜合報導〕市政府周二批准了一座新的電池工廠，預計兩年後投產，官員表示將雇用約三百名員工。\n" + BODY_ZH
    res = _clean(raw)
    assert "編譯王小明" not in res.text
    assert "市政府周二批准了一座新的電池工廠，預計兩年後投產，官員表示將雇用約三百名員工。" in res.text


def test_a_date_line_right_after_a_headline_or_deck_is_the_publication_date():
    from helpers.read.dates import find_dates

    assert [d.date_start for d in find_dates("华尔街见闻\n2025.08.25 18:06")] == ["2025-08-25"]
    assert [d.date_start for d in find_dates("2025/08/28 10:00")] == ["2025-08-28"]
    assert find_dates("version 2025.1.3.4 and 2025/13/40") == []
    raw = ("The county approved a new battery plant after a long public hearing on Tuesday night.\n"
           "2025.08.25 18:06\n" + BODY_EN)
    res = _clean(raw)
    assert res.published == "2025-08-25" and "2025.08.25" not in res.text


def test_a_headline_printed_twice_is_kept_once_as_the_title_even_when_it_holds_a_sentence():
    head = "$4.6 million training! The trillion parameter model tops the open source list again"
    res = _clean(head + "\n\n" + head + "\n\n" + BODY_EN)
    assert res.title == head and res.text.count("trillion parameter model tops") == 1


def test_a_menu_line_is_never_the_title_and_a_slash_picture_credit_makes_a_caption():
    res = _clean("大陸 大陸焦點 特派現場\n\n" + BODY_ZH + "工廠去年開工建設。圖／取自公司官網\n")
    assert res.title != "大陸 大陸焦點 特派現場"
    assert "取自公司官網" not in res.text and "工廠去年開工建設" not in res.text


def test_markdown_front_matter_is_read_as_metadata_and_leaves_the_body(tmp_path):
    import helpers

    (tmp_path / "note.md").write_text('---\ntitle: "Battery plant approved"\ndate: 2025-03-04\nauthor: Jane Roe\n'
                                      'tags: [energy]\n---\n\n' + BODY_EN, encoding="utf-8")
    d = helpers.load_corpus(tmp_path, manifest=False).iloc[0]
    assert (d["title"], d["published"], d["author"]) == ("Battery plant approved", "2025-03-04", "Jane Roe")
    assert "tags:" not in d["clean_text"] and d["clean_text"].startswith("The county approved")
    assert "front matter" in d["removals"]


def test_a_caption_between_headline_and_body_does_not_hide_the_headline():
    res = _clean("大陸 大陸焦點 特派現場\n\n新電池工廠獲批　預計兩年後投產並雇用三百人\n\n▲市政府批准了新的電池工廠。（圖／CFP）\n\n" + BODY_ZH)
    assert res.title == "新電池工廠獲批　預計兩年後投產並雇用三百人"


@pytest.mark.parametrize("text,control,title", [
    # ' - Smartphones made up 21.5% of revenue [7]' ends a summary, not a '<title> - Site' line
    ("Core Insights - The foundry reported robust growth in the third quarter [1][2] - Revenue rose 9.9% "
     "year on year [3][4] - Smartphones made up 21.5% of revenue [7]\n",
     "Chips surge as demand soars - Daily Wire Review\n\nShares rose 4% on Monday.\n", "Chips surge as demand soars"),
    # ' – selon Pékin.' ends a sentence with a full stop: no site name after a headline
    ("Le pont coûtera 40 milliards de yuans – soit environ 5,1 milliards d'euros – selon Pékin.\n",
     "Le pont est approuvé – Le Journal du Sud\n\nLes travaux dureront cinq ans.\n", "Le pont est approuvé"),
])
def test_a_summary_or_a_sentence_with_dashes_is_not_a_page_title(tmp_path, text, control, title):
    import helpers

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(control, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False).set_index("doc_id")
    assert docs.loc["a", "clean_text"].strip() == text.strip()
    assert docs.loc["b", "title"] == title


def test_chinese_bylines_with_outlet_desk_and_separators_give_the_author(tmp_path):
    """'聯合報／ 記者X／即時報導', '經濟日報／ 編譯X／綜合外電', '文|X', '記者X／綜合報導', '作者:DR. X Y'."""
    import helpers

    body = "公司今天公布季度業績，營收大幅成長，市場反應熱烈。分析師認為這一趨勢將持續到明年。\n"
    pages = {
        "a": "晶片股全面走高\n\n聯合報／ 記者王大明／即時報導\n" + body,
        "b": "晶片供應協議出爐\n\n經濟日報／ 編譯李小華／綜合外電\n" + body,
        "c": "新模型再度引發熱議\n\n文|张晓明\n\n编辑|刘强\n\n" + body,
        "d": "股價再創新高\n\n記者陳志明／綜合報導\n\n" + body,
        "e": "数字拆解一项世纪交易\n\n某某情报所 2025-10-07 14:50\n\n作者:DR. JANE ROE\n\n" + body,
        "f": "文化部长今天宣布\n\n" + body,
    }
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False).set_index("doc_id")
    got = {k: (v if isinstance(v, str) else None) for k, v in docs["author"].items()}
    assert got == {"a": "王大明", "b": "李小華", "c": "张晓明", "d": "陳志明", "e": "DR. JANE ROE", "f": None}
    assert "記者" not in docs.loc["a", "clean_text"] and "编辑" not in docs.loc["c", "clean_text"]


def test_a_short_first_line_of_two_sentences_shaped_like_a_headline_is_the_title(tmp_path):
    import helpers

    body = ("The two companies said on Monday that the agreement covers several hundred thousand processors.\n\n"
            "Analysts said the deal would reshape the market for accelerators over the coming years.\n")
    pages = {
        "a": "Vantor Soared 35%! Orbex Signed a Chip Deal Worth up to 6GW With It\n\n" + body,
        "b": "Orbex and Vantor Close Billion-Dollar Deal for 1 Million Chips. Understand the War Over Compute.\n\n" + body,
        "c": "The companies met on Monday. They signed a deal for one million chips.\n\n" + body,
    }
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False).set_index("doc_id")
    assert docs.loc["a", "title"] == "Vantor Soared 35%! Orbex Signed a Chip Deal Worth up to 6GW With It"
    assert docs.loc["b", "title"].startswith("Orbex and Vantor Close Billion-Dollar Deal")
    assert docs.loc["b", "text_evidence"].count("first line shaped like a headline") == 1
    assert not isinstance(docs.loc["c", "title"], str)  # two plain sentences ending in a full stop: prose


def test_a_caption_with_an_agency_region_and_photographer_and_a_fold_toggle_go(tmp_path):
    import helpers

    text = ("Vantor va acheter des puces\n\nLe patron de Vantor, à Paris, le 19 novembre 2025 "
            "( GETTY IMAGES EUROPE / JEAN DUPONT )\n\nVantor a annoncé lundi un accord portant sur 18 000 puces. "
            "Les livraisons commenceront l'an prochain selon la société.\n\nMore ▼ Less ▲\n\n"
            "Le rapport cite les données de Getty Images Europe pour illustrer la tendance du secteur.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    clean = helpers.load_corpus(tmp_path, manifest=False).iloc[0]["clean_text"]
    assert "GETTY" not in clean and "Less ▲" not in clean
    assert "18 000 puces" in clean and "données de Getty Images Europe" in clean


def test_an_embedded_image_line_and_a_bulleted_reading_time_go():
    raw = ("Battery plant approved\n" + BODY_EN
           + "![](https://storage.example.com/images/0107_%E5%A4%A7%E9%99%B8%E8%A5%BF99%E8%97%8F.jpg)\n"
           + "- 2 min read\n" + BODY_ZH)
    res = _clean(raw)
    assert "%E5" not in res.text and "min read" not in res.text
    assert {"image", "counter"} <= {r for *_, r in res.removed_spans()}
    assert "Officials said the plant would employ about 300 people" in res.text


def test_a_closing_chinese_sentence_with_ascii_commas_stays():
    raw = ("小米股價急挫\n" + BODY_ZH
           + "小米股份午後急挫,最低見46.5元,跌5.49%;截至下午約1時33分報47.25元\n")
    res = _clean(raw)
    assert "最低見46.5元" in res.text


def test_a_closing_poll_widget_with_ascii_commas_goes():
    raw = ("小米股價急挫\n" + BODY_ZH
           + "【你點睇?】特朗普派兩艘核潛艇靠近俄邊界,你認為會否拖慢俄烏停火進程?► 立即投票\n")
    assert "立即投票" not in _clean(raw).text


@pytest.mark.parametrize("body", ["L'usine a une capacité de 4 200 MW.", "L'ouvrage aura 4 200 MW.",
                                  "D'ici 2030, l'usine emploiera 300 personnes."])
def test_a_short_french_paragraph_opening_with_an_elided_article_stays(tmp_path, body):
    """"L'usine" is no capitalised word: the paragraph is no title-like line after the article."""
    import helpers

    (tmp_path / "a.txt").write_text(f"Le barrage de Lakeside inauguré\n\n{body}\n", encoding="utf-8")
    assert body in helpers.load_corpus(tmp_path, manifest=False).iloc[0]["clean_text"]


@pytest.mark.parametrize("raw, last", [
    ("Why the chipmaker is pouring $100 billion into the lab\n"
     "1. The company plans to deploy millions of GPUs in data centers. 2. The deal includes support for the next "
     "systems. 3. The deployment targets 10 gigawatts of computing power. 4. Shares rose 3.6% following the "
     "announcement.\n", "Shares rose 3.6% following the announcement."),
    ("Les chiffres clés de l'accord\n"
     "1. Le groupe investira 100 milliards de dollars dans le laboratoire. 2. Le projet vise 10 gigawatts de "
     "puissance. 3. Les actions ont bondi de 4,5 % lundi.\n", "Les actions ont bondi de 4,5 % lundi."),
])
def test_the_last_item_of_a_numbered_list_on_one_line_stays(raw, last):
    """A list marker ("4.") between two items is no end of the article: the last item stays with the others."""
    assert last in _clean(raw).text


def test_toml_front_matter_and_a_source_field_are_read_too(tmp_path):
    """Hugo writes its front matter between "+++" lines with "key = value"; a "source" field names the outlet (an
    address there does not)."""
    import helpers

    (tmp_path / "note.md").write_text('+++\ntitle = "Usine de batteries approuvée"\ndate = 2025-03-04\n'
                                      'source = "Le Journal"\n+++\n\n' + BODY_EN, encoding="utf-8")
    (tmp_path / "other.md").write_text('---\ntitle: "Battery plant approved"\nsource: https://example.com/a\n---\n\n'
                                       + BODY_EN, encoding="utf-8")
    d = helpers.load_corpus(tmp_path, manifest=False).set_index("doc_id")
    assert (d.loc["note", "title"], d.loc["note", "published"], d.loc["note", "outlet"]) == (
        "Usine de batteries approuvée", "2025-03-04", "Le Journal")
    assert d.loc["note", "clean_text"].startswith("The county approved")
    assert d.loc["other", "outlet"] != "https://example.com/a"


def test_a_fenced_block_of_sentences_is_no_front_matter_and_lists_and_links_read_right(tmp_path):
    import helpers

    (tmp_path / "a.md").write_text("+++\nSource: county records. The vote was 4 to 1 on Monday.\n+++\n\n" + BODY_EN,
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text('---\ntitle: "Plant approved"\nauthors: ["Jane Doe", "John Roe"]\n'
                                   'source: [Reuters](https://reuters.com)\n---\n\nThe plant was approved on Monday.\n',
                                   encoding="utf-8")
    d = helpers.load_corpus(tmp_path, manifest=False).set_index("doc_id")
    assert "The vote was 4 to 1" in d.loc["a", "clean_text"]
    assert (d.loc["b", "author"], d.loc["b", "outlet"]) == ("Jane Doe; John Roe", "Reuters")


@pytest.mark.parametrize("raw", [
    "Hurricane Orla hits the coast\n\nHurricane Orla made landfall on Monday. At least 12 people died, officials said.",
    "Orla hits Cuba\n\nHurricane Orla struck Eastern Cuba on Monday.\n\nAt least 12 people died.",
    "Ouragan Orla\n\nL'ouragan Orla a touché Cuba lundi. Au moins 12 morts.",
])
def test_a_short_page_whose_body_reads_like_a_title_keeps_its_body(raw: str) -> None:
    # (its first sentence is mostly names, so it is not prose; with no prose but the headline, nothing was kept)
    res = _clean(raw)
    assert "12" in res.text and res.text.startswith(raw.split("\n")[0])


def test_a_hong_kong_portals_most_read_list_goes_with_its_heading() -> None:
    raw = ("北馬其頓夜總會大火\n\n據當地媒體報道，火警造成至少59人死亡、逾100人受傷，傷者已被送往當地醫院。\n"
           "初步調查顯示，火警或因煙花引燃夜總會建築屋頂所致，導致現場陷入混亂。\n最Hit\n"
           "星巴克熱飲「杯蓋沒蓋緊」燙傷 外賣員獲判賠3.9億\n2025-03-15 16:37 HKT\n"
           "遊日注意|大阪地鐵3月25日起採「人臉辨識」出入閘 即睇使用方法\n")
    res = _clean(raw)
    assert "陷入混亂" in res.text and "最Hit" not in res.text and "大阪地鐵" not in res.text


def test_a_short_pages_body_ends_where_its_sentences_do() -> None:
    raw = ("Hurricane Orla hits the coast\n\nHurricane Orla made landfall on Monday.\n\nBertram Leaves 41 Dead In Cuba\n\n"
           "Oil Slides 3% As Markets Wobble\n\nPosted by admin")
    res = _clean(raw)
    assert "landfall" in res.text and "41 Dead" not in res.text and "admin" not in res.text
