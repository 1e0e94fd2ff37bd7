"""Nationals counted by their nationality, the dead counted where they were (on board, on the ground), and two
bulletins of one day on pages naming the same disaster. Sentences written for this file."""
import pytest

from corpus_tools import claim_rows, conflicts_of, numeric as _numeric, pairs as _pairs


def _subjects(text: str) -> list[tuple[float, str]]:
    return [(r["value"], r["subject"]) for r in claim_rows(text)]


@pytest.mark.parametrize("text, expected", [
    ("They included 169 Indians, 53 Britons and a Canadian.", [(169, "indian nationals"), (53, "british nationals")]),
    ("(169 Indiens, 53 Britanniques, 7 Portugais et 1 Canadien)",
     [(169, "indian nationals"), (53, "british nationals"), (7, "portuguese nationals"), (1, "canadian nationals")]),
    ("其中包括169名印度公民、53名英国公民和7名葡萄牙公民。",
     [(169, "indian nationals"), (53, "british nationals"), (7, "portuguese nationals")]),
    ("机上有53名英國籍乘客和2名美籍乘客。", [(53, "british nationals"), (2, "american nationals")]),
    ("Officials said 53 British nationals were on board.", [(53, "british nationals")]),
])
def test_a_nationality_after_a_number_counts_its_nationals(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The group had 53 Chinese companies.", [(53, "companies")]),  # a nationality before another noun
    ("The attack killed 12 British nationals.", [(12, "deaths")]),  # their fate first
    ("共有3名法人代表出席。", [(3, "representatives")]),  # 法人 is a legal person, not a Frenchman
])
def test_a_nationality_before_another_noun_or_a_fate_leaves_them(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The crash killed 259 people on board and 19 on the ground in the city.",
     [(259, "deaths on board"), (19, "deaths on the ground")]),
    ("241 morts – 240 à bord et 1 personne au sol.",
     [(241, "deaths"), (240, "deaths on board"), (1, "deaths on the ground")]),
    ("机上242名乘客和地面19人罹难。", [(242, "deaths on board"), (19, "deaths on the ground")]),
    ("坠机事故共造成274人遇难，其中包括33名地面人员。", [(274, "deaths"), (33, "deaths on the ground")]),
    ("The crash has claimed the lives of at least 274 individuals, including 29 people on the ground.",
     [(274, "deaths"), (29, "deaths on the ground")]),
    ("The accident caused the loss of 33 lives on the ground.", [(33, "deaths on the ground")]),
])
def test_the_dead_on_board_and_on_the_ground_are_tolls_of_their_own(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The plane had 242 on board.", [(242, "people")]),  # no toll near: people, not the dead
    ("It dropped 500 on the ground.", []),  # nothing counted
])
def test_people_on_board_without_a_toll_are_people(text, expected):
    assert _subjects(text) == expected


def test_tolls_of_one_day_on_two_pages_are_not_tied_by_a_name_both_pages_mention(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "2025-06-13\nCrash\n\nThe crash in Gujarat killed 241 people, officials said. Boeing shares fell on Friday.\n",
        "b": "2025-06-13\nCrash\n\nThe crash in Kazakhstan killed 179 people, officials said. Boeing shares fell on Friday.\n",
    }))
    assert got.empty  # Boeing makes both planes: no name says these are one crash, and two places say two


def test_one_crash_told_twice_the_same_day_is_one_event(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "2025-06-13\nCrash\n\nThe crash killed 241 people, officials said.\n",
        "b": "2025-06-13\nCrash\n\nThe crash killed 179 people, officials said.\n",
    }))
    assert got.subject.tolist() == ["deaths"]  # one event word, one week, no other place: one toll, two figures


@pytest.mark.parametrize("text, lang, expected", [
    ("Only one person survived the crash.", "en", [(1, "survivors")]),
    ("One day later, one person died.", "en", [(1, "deaths")]),  # "one day": an article; "one person died": a toll
    ("Un seul passager a survécu.", "fr", [(1, "survivors")]),
    ("Seule une des 242 personnes à bord a survécu.", "fr", [(242, "people")]),  # the 242 are not the survivors
    ("Nine of the 14 passengers died.", "en", [(9, "deaths"), (14, "passengers")]),  # the 14 are not the dead
    ("A total of 312 people have died, officials said.", "en", [(312, "deaths")]),
    ("仅一名乘客幸存。", "zh", [(1, "survivors")]),
    ("事故造成三人死亡、五人受伤。", "zh", [(3, "deaths"), (5, "injured")]),
    ("这两人是朋友。", "zh", []),  # "the two": a reference back
])
def test_sole_survivors_and_small_counts_by_their_fate(text, lang, expected):
    assert [(r["value"], r["subject"]) for r in claim_rows(text, lang)] == expected


@pytest.mark.parametrize("text", [
    "The engine 1 and engine 2 fuel cutoff switches moved to cutoff.",
    "印度航空公司波音787-8型客機墜毀。",
    "这架从印度飞往伦敦的波音787梦想客机坠毁。",
])
def test_an_engines_number_and_an_aircraft_model_are_no_counts(text):
    assert claim_rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Le dernier bilan étant de 265 morts avec les occupants au sol, les recherches continuent.", [(265, "deaths")]),
    ("The toll of 274 includes 33 killed on the ground.", [(274, "deaths"), (33, "deaths on the ground")]),  # "includes" is a verb
])
def test_a_toll_given_with_those_on_the_ground_is_the_whole_toll(text, expected):
    assert _subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The crash killed 53 Britons.", [(53, "deaths")]),  # the fate first
    ("The attack killed 12 Israelis and wounded 30 Palestinians.", [(12, "deaths"), (30, "injured")]),
    ("The families of the 241 people killed are demanding answers.", [(241, "deaths")]),
    ("The crash killed 241 of the 242 people on board.", [(241, "deaths"), (242, "people")]),
    ("机上242人中有241人遇难。", [(242, "people"), (241, "deaths")]),
    ("The accident killed 12 on the ground and injured 60 on board.",
     [(12, "deaths on the ground"), (60, "injured")]),
    ("The plane crashed with 242 people on board and killed 241 of them.", [(242, "people"), (241, "deaths")]),
    ("Firefighters had 200 on the ground battling the blaze that killed 3.", [(3, "deaths")]),
    ("The fire killed 12 people on the ground floor of the building.", [(12, "deaths")]),
    ("以军地面攻势致200人死亡。", [(200, "deaths")]),
    ("Only one in five Americans owns a Tesla.", []),
    ("Storm Knocks Down 300 Poles Across Ohio", []),
    ("About 8,000 Indian workers were hired.", [(8000, "people")]),
    ("12名中国人民大学学生参加了比赛。", [(12, "students")]),  # (not Chinese nationals: students, glossed)
    ("All but one person died in the crash.", []),
    ("不只一人受伤。", []),
    ("这三人死亡的消息震惊全国。", []),
    ("唯一一人幸存。", []),
])
def test_review_lookalikes_of_nationals_tolls_and_sole_counts(text, expected):
    assert _subjects(text) == expected


def test_a_nationality_count_on_two_planes_is_not_one_quantity(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "2025-06-13\nCrash\n\nThe plane was carrying 53 Britons, officials said.\n",
        "b": "2025-06-20\nEvacuation\n\nThe plane was carrying 61 Britons, officials said.\n",
    }))
    assert got.empty


def test_a_provisional_toll_does_not_contradict_the_days_later_count(tmp_path):
    got = _numeric(conflicts_of(tmp_path, {
        "a": "2025-06-13\nCrash\n\nLe bilan provisoire fait état de 241 morts dans le crash d'Air India.\n",
        "b": "2025-06-13\nCrash\n\nLe dernier bilan du crash d'Air India est de 265 morts.\n",
        "c": "2025-06-13\nCrash\n\nLe crash d'Air India a fait 279 morts, selon la police.\n",
    }))
    pairs = _pairs(got)
    assert frozenset("ab") not in pairs and frozenset("ac") not in pairs  # the provisional count was superseded
    assert frozenset("bc") in pairs  # two counts of the day, neither provisional
