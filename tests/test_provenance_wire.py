"""Credit forms found on fresh pages: outlets written with a descriptor or title marks, wire sign-offs
and datelines, and an organisation's own published document (sentences written for these tests)."""

import pytest

import helpers

from helpers.attribution import canonical, credits


@pytest.mark.parametrize("name, outlet", [
    ("英國金融時報", "Financial Times"),
    ("英国《金融时报》", "Financial Times"),
    ("美國彭博社", "Bloomberg"),
    ("l'agence Reuters", "Reuters"),
    ("英國石油", "英國石油"),  # a country before a name that is no outlet stays as written
])
def test_a_descriptor_before_an_outlet_is_not_part_of_its_name(name, outlet):
    assert canonical(name) == outlet


@pytest.mark.parametrize("text, names", [
    ("英國金融時報（FT）報導，該公司已取得出口許可。", ["Financial Times"]),
    ("分析師看法分歧。英國《金融時報》報道,該公司周三獲准出貨。", ["Financial Times"]),
    ("禁令仍在。《路透》報導，其他晶片的出口仍受限制。", ["Reuters"]),
    ("Le groupe a confirmé l'accord mardi soir. —AFP", ["AFP"]),
    ("The utility will spend $3 billion on new lines. – Reuters", ["Reuters"]),
    ("新华社上海3月2日电 该市今年将新建12个算力中心。", ["Xinhua"]),
    ("中央社台北5日電 行政院今天宣布新的補助方案。", ["Central News Agency"]),
    ("(Bloomberg) --Orbitale Corp. is investing an additional $2 billion in a robotics startup.", ["Bloomberg"]),
    ("Orbitale said in a blog post that the new cluster holds 40,000 accelerators.", ["Orbitale"]),
    ("« Le site ouvrira en 2027 », déclare Orbitale dans un communiqué de presse.", ["Orbitale"]),
    ("欧比塔在博客文章中表示，新集群拥有4万块加速卡。", ["欧比塔"]),
    ("(Bourse Vive) - Le titre a chuté de 17% lundi soir.", ["Bourse Vive"]),
    ("LYON (Zonefin Wire) - Le groupe a annoncé mardi un plan de 2 milliards.", ["Zonefin Wire"]),
    ("selon Les Échos, le groupe investira 2 milliards d'euros.", ["Les Echos"]),  # an accented capital
    ("據日本經濟新聞報導，該公司將把產能提高三成。", ["Nikkei"]),
    ("新華社記者在現場看到，園區已有12棟機房。", ["Xinhua"]),
])
def test_credit_forms(text, names):
    assert sorted({c[0] for c in credits(text)}) == names


@pytest.mark.parametrize("text", [
    "The shares fell 3% on Monday. - Jensen Huang",  # a person after a dash is no sign-off
    "Revenue rose 5% — Analysts expect more.",
    "Orbitale said in a statement that it complied.",  # a statement quoted in the news is not a published document
    "该公司发言人对记者表示，项目按计划推进。",
    "Le groupe (Orbitale) - qui emploie 300 personnes - a annoncé un plan.",  # an aside, not a dateline
])
def test_not_credits(text):
    assert credits(text) == []


# an outside original (the "Northern Times", never in the corpus) reported a letter by 14 engineers;
# one blog credits it, another rewrites the blog's facts in other words without credit
CREDITED_BLOG = ("The Northern Times reported that the regulator has begun granting permits to Veldra Systems "
                 "for its K40 modules. Last week 14 engineers, including Ilse Marqvardt and Tomas Brenneke, wrote "
                 "to minister Odile Fanchon urging her to refuse the permits. Veldra met the minister again on "
                 "Tuesday, and two days after that the regulator started issuing the permits, people close to "
                 "the matter said. Neither Veldra nor the regulator commented on the decision.")
UNCREDITED_REWRITE = ("The regulator has started granting permits to Veldra Systems for the K40 modules, ending "
                      "weeks of delay. A group of 14 engineers, among them Ilse Marqvardt and Tomas Brenneke, had "
                      "sent a letter asking minister Odile Fanchon to block them. Permits began to flow two days "
                      "after the company met the minister again, people close to the matter told reporters. "
                      "Veldra and the regulator declined to comment.")
HARBOUR = ("The harbour authority reopened the northern pier on Monday after repairs that cost 2.3 million euros, "
           "our reporters found. Fishing crews welcomed the decision.")


def test_an_uncredited_rewrite_retells_the_original_its_partner_credits(make_corpus):
    from helpers.provenance import provenance
    files = {"a.txt": CREDITED_BLOG, "b.txt": UNCREDITED_REWRITE, "c.txt": HARBOUR,
             "MANIFEST.csv": "file,outlet,published,kind\na.txt,Permit Watch,,blog\nb.txt,Module Daily,,blog\n"
                             "c.txt,Port Daily,,\n"}
    docs = helpers.load_corpus(make_corpus(files))
    claims = helpers.extract_claims(docs)
    pairs = helpers.compare_sources(docs, claims)
    p = provenance(docs, pairs, helpers.extract_entities(docs), claims=claims).set_index("doc_id")
    assert p.loc["a", ["derives_from", "relation"]].tolist() == ["outside:Northern Times", "credited"]
    assert p.loc["b", ["derives_from", "relation"]].tolist() == ["outside:Northern Times", "common_outside"]
    assert "close rewrite" in p.loc["b", "evidence"]
    assert p.loc["c", "relation"] == "none"


def test_original_reporting_of_the_same_facts_is_not_a_rewrite(make_corpus):
    from helpers.provenance import provenance
    files = {"a.txt": CREDITED_BLOG, "b.txt": UNCREDITED_REWRITE,
             "MANIFEST.csv": "file,outlet,published,kind\na.txt,Permit Watch,,blog\nb.txt,Module Daily,,original\n"}
    docs = helpers.load_corpus(make_corpus(files))
    claims = helpers.extract_claims(docs)
    p = provenance(docs, helpers.compare_sources(docs, claims), helpers.extract_entities(docs),
                   claims=claims).set_index("doc_id")
    assert p.loc["b", "relation"] == "none"
