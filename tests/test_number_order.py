"""Two pages in two languages whose figures come in one order retell one original (a translation, or both an agency's
copy: corpus 74's English, French and Chinese pages of one AFP text counted as three independent sources). Pages
that share a few of an event's figures, or share them in another order, stay independent. Pages written for this
file."""
import helpers
from helpers.compare.number_order import in_order, translated


def test_in_order_counts_figures_in_one_order():
    assert in_order([1, 2, 3, 4, 5, 6], [1, 9, 2, 3, 4, 5, 6]) == 6
    assert in_order([1, 2, 3], [3, 2, 1]) == 1


def test_a_translation_needs_five_figures_and_most_of_the_shorter_page():
    assert translated([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 8]) == 5
    assert translated([1, 2, 3, 4], [1, 2, 3, 4]) == 0  # (four figures: a coincidence of one event's facts)
    assert translated([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 9, 5, 10, 11, 12]) == 0  # (4 of 8 in order)


EN = ("Dam opens on the Blue Nile\n\nPrime minister Abiy Ahmed said the dam cost $4.2 billion and stands 145 metres high. It can hold 74 billion "
      "cubic metres of water and produce 5,150 megawatts. About 45 percent of the 130 million people lack power, "
      "and 1.8 kilometres of concrete span the river.")
FR = ("Le barrage ouvre sur le Nil Bleu\n\nSelon le Premier ministre Abiy Ahmed, l'ouvrage a coûté 4,2 milliards de dollars et s'élève à 145 mètres. Il "
      "retient 74 milliards de mètres cubes d'eau et produira 5 150 mégawatts. Environ 45 % des 130 millions "
      "d'habitants n'ont pas d'électricité; le béton s'étend sur 1,8 kilomètre.")
FR_OTHER = ("Le barrage ouvre\n\nLe réservoir contient 74 milliards de mètres cubes. Il produira 5 150 mégawatts. "
            "Les travaux ont duré 14 ans et employé 8 600 ouvriers, pour 3,9 milliards d'euros.")


def _groups(tmp_path, pages):
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    a = helpers.analyse(helpers.load_corpus(tmp_path, manifest=False))
    return dict(zip(a.provenance["doc_id"], a.provenance["independent_group"]))


def test_two_languages_one_order_count_once(tmp_path):
    groups = _groups(tmp_path, {"en": EN, "fr": FR})
    assert groups["en"] == groups["fr"]


def test_two_languages_with_figures_in_one_order_but_no_name_in_common_stay_independent(tmp_path):
    """Figures alone, in a fact sheet's usual order, are two reports of one event (a reviewer's case)."""
    groups = _groups(tmp_path, {"en": EN.replace("Prime minister Abiy Ahmed said the", "The"),
                                "fr": FR.replace("Selon le Premier ministre Abiy Ahmed, l'ouvrage", "L'ouvrage")})
    assert groups["en"] != groups["fr"]


def test_two_languages_sharing_two_figures_stay_independent(tmp_path):
    groups = _groups(tmp_path, {"en": EN, "fr": FR_OTHER})
    assert groups["en"] != groups["fr"]
