"""A toll counted in several countries is told country by country: the country a count is for is read from its clause,
its sentence, then its page (``helpers.compare.count_countries``), and the brief's running counts give each country's
latest bulletin. Sentences written for these tests; the editor's reading of the Cyclone Chido brief (development
corpus 67) found the class: Mozambique's 120 dead stood beside Mayotte's 40 as two bulletins of one toll."""
from __future__ import annotations

import pytest

import helpers
from helpers.compare.count_countries import count_country, country_label, page_country, sentence_country
from helpers.compare.countries import country_names
from helpers.present.brief_cite import Citations
from helpers.present.brief_running import running_body


@pytest.mark.parametrize("quote, text, country", [
    ("Meanwhile, the death toll rose in Mozambique to 45 and in Malawi to 13.", "45", "mozambique"),
    ("Meanwhile, the death toll rose in Mozambique to 45 and in Malawi to 13.", "13", "malawi"),
    ("Le cyclone, qui a ravagé Mayotte, a causé la mort de 76 personnes au Mozambique.", "76", "mozambique"),
    ("Six jours après le passage du cyclone à Mayotte, 35 morts ont été dénombrés.", "35", "mayotte"),
    ("Israel's strikes killed 610 people in Iran, its health ministry said.", "610", "iran"),
    ("The storm moved on toward Zimbabwe and Malawi, where it caused 13 deaths.", "13", "malawi"),
    ("17日在辛巴威附近消散，莫三比克官方公布，至少造成94人喪生。", "94", "mozambique"),
    ("据法國內政部報告顯示，奇多襲擊馬約特一周後，已造成35人喪生。", "35", "mayotte"),  # (France's territory)
    ("Officials said 31 people died and 1,373 were hurt.", "31", ""),
])
def test_the_country_a_count_is_for(quote: str, text: str, country: str) -> None:
    assert sentence_country(quote, text) == country


@pytest.mark.parametrize("quote, text", [
    ("Jusqu'à présent 24 personnes ont péri en Autriche, en République tchèque, en Pologne et en Roumanie.", "24"),
    ("Dans toute l'Europe centrale et orientale, au moins 23 personnes sont mortes.", "au moins 23"),
    ("The quake killed 3,000 people in Myanmar and Thailand.", "3,000"),
])
def test_a_count_of_several_countries_is_no_one_country_s(quote: str, text: str) -> None:
    assert count_country(quote, text, "poland") == ""  # (nor its page's country)


def test_a_region_beside_a_country_in_the_clause_is_the_country_s() -> None:
    assert count_country("Cyclone Chido ripped through Southern Africa, killing nearly 100 people in Mozambique.",
                         "nearly 100") == "mozambique"
    assert count_country("The Asian Development Bank said 20 people died.", "20", "poland") == "poland"


def test_a_page_is_the_country_it_names_most() -> None:
    assert page_country("Mozambique counts its dead. In Mozambique 94 died; Malawi had 13.") == "mozambique"
    assert page_country("Israel struck Iran. Iran struck Israel.") == ""  # (a war's page names both sides)
    assert page_country("La France et Mayotte : le préfet de Mayotte parle.") == "mayotte"  # (not its state)
    assert page_country("") == ""


def test_country_names_for_a_reader_are_english() -> None:
    assert [country_label(c) for c in ("birmanie", "viet nam", "mozambique", "cambodge")] == [
        "Myanmar", "Vietnam", "Mozambique", "Cambodia"]


def test_a_coastal_region_is_no_haiti() -> None:
    assert country_names("台风在翁田镇沿海地区登陆") == frozenset()
    assert country_names("加勒比海地區已有7人死亡") == frozenset()
    assert country_names("海地25死") == {"haiti"}


def _running(tmp_path, pages: dict[str, str], published: list[str]) -> tuple[str, str]:
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    claims = helpers.extract_claims(docs)
    g = claims[claims["subject"] == "deaths"].assign(label=lambda x: x["doc_id"])
    view = docs.assign(published=published, label=docs["doc_id"])
    countries = {d: page_country(t) for d, t in zip(docs["doc_id"], docs["clean_text"])}
    _, body, latest = running_body(g, view, Citations(view), lambda r: f"{r['value']:g}", lambda r: "", countries)
    return latest, "".join(x for x in body if isinstance(x, str))


def test_a_toll_counted_in_several_countries_is_told_by_country(tmp_path) -> None:
    pages = {"a": "Cyclone\n\nThe cyclone killed 94 people in Mozambique, the disaster agency said.",
             "b": "Cyclone\n\nAu Mozambique, le bilan s'élève à 120 morts. Le cyclone a fait 13 morts au Malawi.",
             "c": "Cyclone\n\nÀ Mayotte, le préfet confirme 40 morts."}
    latest, body = _running(tmp_path, pages, ["2024-12-22", "2024-12-24", "2025-01-08"])
    assert latest == "120 in Mozambique (2024-12-24), 40 in Mayotte (2025-01-08) and 13 in Malawi (2024-12-24)"
    assert "From 94 (2024-12-22) to 120 (2024-12-24)" in body  # (Mozambique's own bulletins, in order)


def test_a_page_without_a_country_in_its_sentence_takes_its_page_s(tmp_path) -> None:
    pages = {"a": "Mozambique: toll rises\n\nMozambique's agency gave a new toll. 120 people have died so far.",
             "b": "Malawi\n\nIn Malawi, the storm caused 13 deaths."}
    latest, _ = _running(tmp_path, pages, ["2024-12-24", "2024-12-24"])
    assert latest == "120 in Mozambique (2024-12-24) and 13 in Malawi (2024-12-24)"


def test_one_country_s_toll_is_one_sequence(tmp_path) -> None:
    pages = {"a": "Quake\n\nThe quake killed 9 people in Taiwan.", "b": "Quake\n\nThe toll rose to 12 on Friday."}
    latest, body = _running(tmp_path, pages, ["2024-04-04", "2024-04-05"])
    assert latest == "12 (2024-04-05)"
    assert "Taiwan:" not in body


def test_a_total_of_several_countries_stays_in_the_bottom_line(tmp_path) -> None:
    pages = {"a": "Storm\n\nLa tempête a causé la mort de sept personnes en Roumanie, cinq en Autriche et trois en "
                  "République tchèque.",
             "b": "Storm\n\nJusqu'à présent 24 personnes ont péri en Autriche, en Pologne et en Roumanie."}
    latest, _ = _running(tmp_path, pages, ["2024-09-17", "2024-09-22"])
    assert latest == ("7 in Romania (2024-09-17), 5 in Austria (2024-09-17), 3 in Czechia (2024-09-17) and 24 with no "
                      "single country named (2024-09-22)")


def _chart_notes(subject: str, rows: list[tuple[str, str]]) -> list[str]:
    """The notes the numbers chart writes beside each of ``rows`` ((quote, number as written)) of one subject."""
    import matplotlib.pyplot as plt
    import pandas as pd

    from helpers.present.plots_brief import _ranges_panel

    d = pd.DataFrame([{"doc_id": f"d{i}", "label": f"d{i}", "subject": subject, "text": t, "quote": q, "value": 10.0 + i,
                       "value_low": 10.0 + i, "value_high": 10.0 + i, "qualifier": "exact", "is_forecast": False,
                       "currency": "EUR" if subject == "investment" else None, "unit": None, "dimension": "count"}
                      for i, (q, t) in enumerate(rows)])
    fig, ax = plt.subplots()
    try:
        _ranges_panel(ax, d, subject, {}, set())
        return [a.get_text() for a in ax.texts]
    finally:
        plt.close(fig)


def test_the_chart_names_a_toll_s_country_but_not_an_amount_s() -> None:
    """A toll counted in two countries says whose ("“13” in Malawi"); an amount does not, as its country may be its
    investor's ("加拿大投資公司…投資200億歐元") or where it goes."""
    tolls = _chart_notes("deaths", [("In Malawi, 13 people died.", "13"), ("In Mozambique, 94 people died.", "94")])
    assert tolls == ["“13” in Malawi", "“94” in Mozambique"]
    money = _chart_notes("investment", [("加拿大投資公司布魯克菲爾德計劃投資200億歐元。", "200億歐元"),
                                        ("In France, the fund will invest €20 billion.", "€20 billion")])
    assert money == ["“200億歐元”", "“€20 billion”"]


def test_the_chart_names_a_toll_s_local_place_but_no_superlative_s_world() -> None:
    """A county's toll says whose ("“9” in Travis County"); "the largest listing in the world" says nothing of
    where the money is."""
    assert _chart_notes("deaths", [("Travis County reported 9 deaths.", "9")]) == ["“9” in Travis County"]
    assert _chart_notes("funds raised", [("The company raised $4.6 billion in the world’s largest listing this year.",
                                          "$4.6 billion")]) == ["“$4.6 billion”"]
