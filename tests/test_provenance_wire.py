"""Credit forms found on fresh pages: outlets written with a descriptor or title marks, wire sign-offs
and datelines, and an organisation's own published document (sentences written for these tests)."""

import pytest

from helpers.compare.attribution import canonical, credits


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
