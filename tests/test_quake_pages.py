"""Classes found by an editor's review of a brief built on pages about the Noto Peninsula earthquake (January 2024,
English, French and Chinese), each tested with sentences written for this file."""
import pytest

from helpers.extract.claims import read_claims


def _rows(text: str, lang: str) -> dict[str, tuple]:
    return {text[q.start:q.end]: (q.value, q.low, q.high, q.qualifier, b.subject, b.currency)
            for q, b, s, e in read_claims(text, lang)}


def test_a_japanese_era_year_is_a_date():
    assert _rows("令和6年能登半島地震造成嚴重災情。", "zh") == {}


def test_an_aftershock_is_no_hedge():  # 餘震 is an aftershock: 5.5, not "more than 5.5"
    assert _rows("石川縣發生規模5.5餘震。", "zh")["5.5"][3] == "exact"


@pytest.mark.parametrize("text,lang,number", [
    ("日本氣象廳表示，震度1以上地震达1045次。", "zh", "1以上"),
    ("石川縣志賀町觀測到震度7。", "zh", "7"),
    ("Shika recorded an intensity of 7 on the Japanese scale.", "en", "7"),
])
def test_seismic_intensity_is_not_a_magnitude(text, lang, number):
    assert _rows(text, lang)[number][4] == "seismic intensity"


def test_a_whole_chinese_magnitude_is_a_class():  # 7級強震: a loose 7.0-7.9, no rival of 7.6
    value, low, high, qualifier, subject, _ = _rows("這場在元旦發生的7級強震造成多人死亡。", "zh")["7"]
    assert (value, low, high, qualifier, subject) == (7, 7, pytest.approx(7.9), "range", "magnitude")
    assert _rows("緬甸發生7.7級強震。", "zh")["7.7"][3] == "exact"


def test_a_french_threshold_is_a_floor():
    assert _rows("Plus de 1 000 séismes de magnitude égale ou supérieure à 3,2 ont été enregistrés.", "fr")[
        "égale ou supérieure à 3,2"][3] == "at_least"


def test_yen_sign_on_a_page_about_japan():
    text = ("Japan counts the cost of the quake. Japan and the Japanese prefectures.\n\nThe government estimated the damage at between ¥1.1 trillion "
            "to ¥2.6 trillion in Ishikawa, Toyama and Niigata prefectures.")
    assert _rows(text, "en")["between ¥1.1 trillion to ¥2.6 trillion"][5] == "JPY"
    assert _rows("The phone costs ¥3,999 at launch in Beijing.", "en")["¥3,999"][5] == "CNY"


@pytest.mark.parametrize("text,number,subject", [
    ("The number of people who suffered injuries totaled 305.", "305", "injured"),
    ("Le nombre de personnes qui ont été blessées a atteint 1 200.", "1 200", "injured"),
    ("The number of people who attended was 5,000.", "5,000", "people"),
    ("Around 33,500 people were staying in evacuation centers on Thursday.", "Around 33,500", "in shelters"),
    ("About 28,000 people were still at evacuation shelters.", "About 28,000", "in shelters"),
])
def test_what_befell_people_said_after_them(text, number, subject):
    lang = "fr" if text.startswith("Le ") else "en"
    assert _rows(text, lang)[number][4] == subject


def test_an_abbreviation_before_a_digit_or_a_name_ends_no_sentence():
    from helpers.extract.sentences import sentence_spans

    text = ("The toll stood at 84 as of 2 p.m. on Jan. 4, the prefecture said. Mr. Kishida spoke. "
            "It grew in the U.S. The firm said so.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The toll stood at 84 as of 2 p.m. on Jan. 4, the prefecture said.", "Mr. Kishida spoke.",
        "It grew in the U.S.", "The firm said so."]


@pytest.mark.parametrize("text,published,day", [
    ("日本在今年1月1日發生強烈地震。", "2024-07-01", "2024-01-01"),
    ("去年12月31日晚間發生火災。", "2024-07-01", "2023-12-31"),
])
def test_a_chinese_day_of_this_or_last_year(text, published, day):
    from helpers.extract.temporal import find_temporal, resolve

    (t,) = [resolve(x, published) for x in find_temporal(text)]
    assert (t.date_start, t.date_end, t.precision) == (day, day, "day")


@pytest.mark.parametrize("text,number,subject", [
    ("约3.14万灾民处于避难状态。", "约3.14万", "in shelters"),  # 灾民: people a disaster hit; their fate after them
    ("约3万灾民被疏散。", "约3万", "evacuated"),
    ("约3万灾民需要救助。", "约3万", "affected"),
    ("目前仍有1.5万名避难者。", "1.5万", "in shelters"),
    ("近千名游客被困。", "近千", "trapped"),  # 被困 is one word
])
def test_people_a_disaster_hit_and_their_fate(text, number, subject):
    assert _rows(text, "zh")[number][4] == subject


def test_a_page_code_is_no_outlet():
    from helpers.compare.attribution import credits

    assert credits("地震造成重大损失。\n来源：sp20241122\n") == []
    assert [c[0] for c in credits("地震造成重大损失。\n来源：新华社\n")] == ["Xinhua"]


@pytest.mark.parametrize("text,lang,number", [
    ("Victims trapped under buildings from the magnitude-7.6 earthquake in Ishikawa Prefecture.", "en", "7.6"),
    ("Le séisme a été enregistré à une magnitude de 7,5 selon l'Institut américain de géophysique (USGS) et de 7,6 "
     "selon l'agence météorologique japonaise (JMA).", "fr", "7,6"),
])
def test_magnitudes_written_with_a_hyphen_or_far_from_their_word(text, lang, number):
    assert _rows(text, lang)[number][4] == "magnitude"


@pytest.mark.parametrize("text,lang,number", [
    ("Parmi les victimes figurent 52 personnes décédées après être tombées malades.", "fr", "52"),
    ("Among the dead were 12 children.", "en", "12"),
])
def test_some_of_the_dead_are_a_part_of_the_toll(text, lang, number):
    from helpers.extract.scope import claim_scope

    (q,) = [q for q, b, s, e in read_claims(text, lang) if text[q.start:q.end] == number]
    assert claim_scope(text, q.start, q.end) == "part"


@pytest.mark.parametrize("quote,number,place", [
    ("地震已致石川县110人死亡", "110", "石川县"),  # not 已致石川县
    ("还造成该县516人受伤", "516", ""),  # 该县, "that county": no name of its own
    ("富山縣37人受傷", "37", "富山縣"),
])
def test_a_chinese_place_without_the_verb_before_it(quote, number, place):
    from helpers.compare.local_places import local_place

    assert local_place(quote, number) == place
