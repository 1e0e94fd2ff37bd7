"""Second round of provenance classes, on documents written here: credits in forms the first round
missed (agencies, reporters, organisations' own documents, French report formulas), credits the cleaner
cut, near-copies whose order is unknown, Chinese copies, wire copy retold in other words, and
machine-translation notes as AI-written passages."""
from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers.compare.attribution import credits, doc_credits
from helpers.compare.provenance import provenance
from helpers.compare.sources import ai_passages, classify_sources, flag_ai_passages


def _docs(make_corpus, files: dict[str, str], manifest: str) -> pd.DataFrame:
    return helpers.load_corpus(make_corpus({**files, "MANIFEST.csv": manifest}))


def _prov(docs: pd.DataFrame) -> pd.DataFrame:
    claims = helpers.extract_claims(docs)
    pairs = helpers.compare_sources(docs, claims)
    return provenance(docs, pairs, helpers.extract_entities(docs), claims=claims).set_index("doc_id")


@pytest.mark.parametrize("text, name", [
    ("国家发展改革委消息，西部枢纽的八个集群已全部开工。", "National Development and Reform Commission"),
    ("研究所副所长对上海证券报记者如是说，项目进展顺利。", "Shanghai Securities News"),
    ("今日，国家发展改革委等部门正式发布消息，同意四地启动建设。", "National Development and Reform Commission"),
    ("Halvorsen’s own press release lists the partners and the halls.", "Halvorsen"),
    ("The disclosure appeared in a peer-reviewed Nature paper this week.", "Nature"),
    ("A Halvorsen representative told Basin Weekly “the site is on schedule”.", "Basin Weekly"),
    ("Le directeur a déclaré à l'AFP que le chantier avance.", "AFP"),
    ("该公司发言人对路透社表示，项目按计划推进。", "Reuters"),
    ("The halls are half full, according to a report in the Financial Times.", "Financial Times"),
    ("Selon des informations du Monde, le chantier a pris du retard.", "Le Monde"),
    ("Le site sera agrandi, selon l'agence Bloomberg.", "Bloomberg"),
    ("文章来源：经济观察报\n", "经济观察报"),
    ("据经济观察报报道，项目已经开工。", "经济观察报"),
    ("Dans son rapport, Halvorsen indique que le coût total atteint 3,2 millions d'euros.", "Halvorsen"),
])
def test_agency_reporter_and_own_document_credits(text, name):
    assert [c[0] for c in credits(text)] == [name]


@pytest.mark.parametrize("text", [
    "本报记者获悉，项目已经开工。",  # "this paper's reporter": the page itself
    "Some of Halvorsen’s statements about its costs were questioned.",
    "Some of Halvorsen’s press release was copied by others.",
    "国家统计局表示，工业增速回升。",  # an agency stating, not a known source of this page
    "The mayor told residents that the halls would open in May.",
])
def test_no_credit_from_a_bare_company_possessive(text):
    assert credits(text) == []


def test_a_name_split_by_a_line_break_is_joined_when_the_text_writes_it_whole():
    text = "Dans son rapport, Qarlik\nWorks indique que le coût baisse. QarlikWorks conteste."
    assert [c[0] for c in credits(text)] == ["QarlikWorks"]


def test_a_credit_the_cleaner_cut_is_read_on_the_raw_page():
    raw = "Line one.\nQarlikBank’s own press release lists 48 halls.\n(Reuters)\n"
    docs = pd.DataFrame([{"doc_id": "d", "outlet": "Basin Notes", "author": None, "credit": None, "raw_text": raw,
                          "clean_text": "Line one.\n\nBank’s own press release lists 48 halls.\n"}])
    names = [c[0] for c in doc_credits(docs)["d"]]
    assert "Bank" not in names  # the clean text lost "Qarlik": that credit is a fragment
    assert names == ["QarlikBank", "Reuters"]


BODY = ("Halvorsen Compute has begun wiring 117,500 accelerators into 48 halls in the Qarlik basin, where the "
        "Tarvon reservoir supplies cheap power. Contractors said the first 12 halls were finished in March and "
        "that the operator has ordered 64 transformers from a supplier in Lisbon. A spokesperson declined to "
        "say when the remaining halls would open, citing negotiations with the grid operator over a new line. "
        "Local officials expect 2,300 jobs during construction and about 410 permanent posts once the site runs.")


def test_undated_near_copies_are_linked_with_the_direction_marked_unknown(make_corpus):
    aggregated = "Image: cranes at the Qarlik site.\n\n" + BODY + "\n\nRead more at Basin Notes"
    docs = _docs(make_corpus, {"a.txt": BODY, "b.txt": aggregated},
                 "file,outlet,published,kind\na.txt,Basin Notes,,summary\nb.txt,Feed Hub,,aggregator\n")
    p = _prov(docs)
    assert p.loc["b", "derives_from"] == "a"
    assert p.loc["a", "derives_from"] == ""
    assert p.loc["a", "independent_group"] == p.loc["b", "independent_group"]


def test_undated_copies_of_one_kind_are_not_ordered_but_count_once(make_corpus):
    docs = _docs(make_corpus, {"a.txt": BODY, "b.txt": BODY + "\n\nShare this story."},
                 "file,outlet,published,kind\na.txt,Basin Notes,,summary\nb.txt,Grid Digest,,summary\n")
    p = _prov(docs)
    assert set(p["relation"]) == {"common_outside"}
    assert "direction unknown" in p.loc["a", "evidence"] and "near-copy of" in p.loc["b", "evidence"]
    assert "a" not in set(p["derives_from"]) and "b" not in set(p["derives_from"])
    assert p.loc["a", "independent_group"] == p.loc["b", "independent_group"]


ZH_BODY = ("哈尔沃森计算公司正在卡尔利克盆地的四十八个机房中安装十一万七千五百块加速卡，当地水库提供廉价电力。"
           "承包商表示，首批十二个机房已于三月完工，运营方还从里斯本的一家供应商订购了六十四台变压器。"
           "发言人拒绝透露其余机房何时启用，称仍在与电网公司就新线路进行谈判。"
           "地方官员预计施工期间将创造两千三百个就业岗位，投运后约有四百一十个长期岗位。")


def test_chinese_copies_are_found_on_character_shingles(make_corpus):
    repost = "（图片来源：网络）\n\n" + ZH_BODY + "\n\n原文链接：盆地新闻"
    docs = _docs(make_corpus, {"a.txt": ZH_BODY, "b.txt": repost},
                 "file,outlet,published,kind\na.txt,盆地新闻,,summary\nb.txt,聚合网,,aggregator\n")
    p = _prov(docs)
    assert p.loc["b", "derives_from"] == "a"
    assert p.loc["a", "independent_group"] == p.loc["b", "independent_group"]


WIRE = ("HANGZHOU, Sept 17 (Reuters) - Qarlik Labs spent 294,000 dollars training its reasoning model on 512 "
        "accelerators, the Hangzhou-based company said in a rare update. Founder Orsolya Vantek co-wrote the paper. "
        "Rival Tamsin Group has said its own models cost \"much more\" than 100 million dollars to train.")
PARAPHRASE = ("Qarlik Labs says training its reasoning model cost only 294,000 dollars, using 512 accelerators, in a "
              "rare update from the Hangzhou-based firm; founder Orsolya Vantek is among the authors. Tamsin Group "
              "once put the cost of its models at \"much more\" than 100 million dollars.")


def test_an_undated_retelling_of_wire_copy_in_other_words_derives_from_it(make_corpus):
    docs = _docs(make_corpus, {"wire.txt": WIRE, "retold.txt": PARAPHRASE},
                 "file,outlet,published,kind\nwire.txt,Reuters (mirror),,\nretold.txt,Tech Roundup,,summary\n")
    p = _prov(docs)
    assert p.loc["retold", ["derives_from", "relation"]].tolist() == ["wire", "uncredited"]
    assert "wire agency" in p.loc["retold", "evidence"]
    assert p.loc["wire", "derives_from"] == ""


@pytest.mark.parametrize("note", [
    "This article was machine translated from Chinese.",
    "本文由机器翻译，仅供参考。",
    "Cet article a été généré automatiquement à partir de dépêches.",
    "Ce texte a été traduit automatiquement.",
])
def test_machine_translation_and_auto_generation_notes_are_ai_markers(make_corpus, note):
    docs = helpers.load_corpus(make_corpus({"n.txt": f"{note}\n\nOur reporters counted 48 halls.\n"}))
    assert bool(classify_sources(docs)["ai_generated"].iloc[0])
    assert len(ai_passages(docs)) == 1


def test_a_note_on_the_translated_title_and_description_flags_what_precedes_it(make_corpus):
    description = "Avec un coût annoncé de seulement 3,2 millions de dollars, le site de Qarlik change la donne."
    note = "Cet article est rédigé en anglais. Le titre et la description ont été traduits automatiquement pour vous."
    body = "Our reporters counted 48 halls at the site and 12 cranes nearby during the visit last spring."
    docs = helpers.load_corpus(make_corpus({"t.txt": "\n\n".join([description, note, body]) + "\n"}))
    claims, _ = flag_ai_passages(docs, helpers.extract_claims(docs))
    inside = claims["start"] < len(description)
    assert inside.any() and claims.loc[inside, "is_ai_generated"].all()  # the translated description
    assert not claims.loc[~inside, "is_ai_generated"].any()  # the body written in English
    span = ai_passages(docs).iloc[0]
    assert docs["clean_text"].iloc[0][span["start"]:span["end"]].strip() == description


def test_a_figure_without_its_currency_joins_the_same_figure_with_one():
    from helpers.compare.families import families

    def claim(doc: str, k: int, value: float, currency: str | None) -> dict:
        return {"claim_id": f"{doc}#{k}", "doc_id": doc, "label": doc, "start": k, "end": k + 1, "line": 1,
                "text": f"{value:g}", "quote": "q", "subject": "training cost", "value_low": value,
                "value_high": value, "value": value, "unit": None, "currency": currency, "qualifier": "exact",
                "is_forecast": False}

    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": [None, None, None]})
    claims = pd.DataFrame([claim("a", 1, 6e6, "USD"), claim("b", 2, 6e6, None),  # "600万美元" and a bare "600萬"
                           claim("a", 3, 4e8, "USD"), claim("c", 4, 4e8, "CNY"), claim("b", 5, 4e8, None)])
    fam = families(claims, docs)
    six = fam[fam["value_low"] == 6e6]
    assert six["claim_ids"].tolist() == ["a#1;b#2"]
    four = fam[fam["value_low"] == 4e8]  # two currencies for that figure: the bare one stays apart
    assert sorted(four["claim_ids"]) == ["a#3", "b#5", "c#4"]


@pytest.mark.parametrize("fmt, expected", [("text", ["Reuters"]), ("html", [])])
def test_weak_credits_on_removed_lines_count_in_text_pages_not_in_raw_html(fmt, expected):
    raw = "<ul><li>Related: Chips flow east, according to Reuters</li></ul>\n<p>Our reporters counted 48 halls.</p>"
    docs = pd.DataFrame([{"doc_id": "d", "outlet": "Basin Notes", "author": None, "credit": None, "format": fmt,
                          "raw_text": raw, "clean_text": "Our reporters counted 48 halls."}])
    assert [c[0] for c in doc_credits(docs)["d"]] == expected


def test_provenance_links_give_one_row_per_document_and_source():
    from helpers.compare.provenance import provenance_links

    prov = pd.DataFrame([
        {"doc_id": "a", "derives_from": "w", "relation": "uncredited", "confidence": 0.7, "also_credits": "outside:Nature"},
        {"doc_id": "w", "derives_from": "", "relation": "none", "confidence": 0.0, "also_credits": ""},
        {"doc_id": "b", "derives_from": "outside:Reuters", "relation": "credited", "confidence": 0.8,
         "also_credits": "outside:Reuters;outside:AFP"},
    ])
    links = provenance_links(prov)
    assert links[["doc_id", "source", "relation", "primary"]].values.tolist() == [
        ["a", "w", "uncredited", True], ["a", "outside:Nature", "credited", False],
        ["b", "outside:Reuters", "credited", True], ["b", "outside:AFP", "credited", False]]


def test_a_chinese_credit_inside_a_sentence_is_not_taken_for_a_cut_name():
    text = "该公司发言人对路透社表示，项目按计划推进。"
    docs = pd.DataFrame([{"doc_id": "d", "outlet": "快讯网", "author": None, "credit": None, "format": "text",
                          "raw_text": text, "clean_text": text}])
    assert [c[0] for c in doc_credits(docs)["d"]] == ["Reuters"]
