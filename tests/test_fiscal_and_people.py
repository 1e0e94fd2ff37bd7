"""Classes found on a fiscal story the package had never seen (tests/devcorpus81, cost estimates of a US budget
law, in English, Chinese and French): people counted in millions, fiscal amounts by what they cut, seats and ages.
Each sentence is written for this file."""
import pytest

from helpers.extract.claims import read_claims
from helpers.extract.quantities import parse_digits


def _rows(text: str, lang: str) -> list[tuple[str, str, str, float]]:
    return [(text[q.start:q.end], b.dimension, b.subject, q.value) for q, b, _, _ in read_claims(text, lang)]


@pytest.mark.parametrize("text,lang,written", [
    ("Medicaid covers about 71 million Americans on low incomes.", "en", "about 71 million"),
    ("Medicaid couvre environ 71 millions d'Américains à faible revenu.", "fr", "environ 71 millions"),
    ("Près de 11 millions de Français perdront leur mutuelle, selon le projet.", "fr", "Près de 11 millions"),
    ("Millions of Americans are expected to lose coverage under the bill.", "en", "Millions"),
])
def test_millions_of_a_nationality_are_people_not_money(text, lang, written):
    rows = _rows(text, lang)
    assert [(w, d) for w, d, _, _ in rows] == [(written, "count")]
    assert rows[0][2].endswith("nationals")


def test_a_possessive_nationality_counts_nobody():
    assert _rows("Two of Americans’ favourite brands merged this week.", "en") == []


@pytest.mark.parametrize("text", [
    "CBO: 10 Million To Lose Coverage",
    "Some 12 million will lose their coverage, the report says.",
])
def test_a_bare_amount_that_does_the_verb_is_no_money(text):
    assert [d for _, d, _, _ in _rows(text, "en")] == []


def test_a_bare_amount_beside_a_money_word_stays_money():
    assert _rows("Orbex pumps 170B into compute.", "en")[0][1:3] == ("money", "investment")


def test_a_chinese_amount_of_people_named_after_a_modifier():
    rows = _rows("赤字将增加,当中包括140万没有合法身份的人士。", "zh")
    assert [(w, d, s) for w, d, s, _ in rows] == [("140万", "count", "people")]
    assert _rows("中国投入3800亿新建的数据中心。", "zh")[0][1:3] == ("money", "investment")  # things: money spent on them
    rows = _rows("这是对富翁的减税,同时剥夺了数百万普通民众的医疗保障。", "zh")  # a word between: still people
    assert [(w, d, s) for w, d, s, _ in rows] == [("数百万", "count", "people")]
    assert _rows("首先,此次Switch 2发售不再呈现民众排队盛况。", "zh") == []  # people after a verb phrase: not counted


@pytest.mark.parametrize("written,lang,value", [
    ("2,400", "fr", 2400.0),  # an English thousands mark left in French: a decimal is never padded to "00"
    ("2,4", "fr", 2.4),
    ("5,576", "fr", 5.576),
    ("2,400", "en", 2400.0),
])
def test_a_comma_before_two_zeros_is_a_thousands_mark(written, lang, value):
    assert parse_digits(written, lang) == value


def test_french_deficit_in_english_digits():
    rows = _rows("Il augmenterait les déficits de 2,400 milliards de dollars sur dix ans.", "fr")
    assert (rows[0][2], rows[0][3]) == ("deficit", 2.4e12)


@pytest.mark.parametrize("text,lang,subjects", [
    ("The budget office estimates the bill will cut taxes by $3.7 trillion and cut spending by $1.2 trillion.", "en",
     ["tax cuts", "spending cuts"]),
    ("It would slash $1.2 trillion in spending across federal programs.", "en", ["spending cuts"]),
    ("It provides more than $5 trillion in tax giveaways.", "en", ["tax cuts"]),
    ("Le plan prévoit 4 500 milliards de dollars de réductions d’impôts et 1 200 milliards de dollars de réductions "
     "de dépenses.", "fr", ["tax cuts", "spending cuts"]),
    ("法案建議在未來十年削減聯邦開支1.3萬億元,並減稅3.75萬億元。", "zh", ["spending cuts", "tax cuts"]),
    ("该法案将使政府直接支出减少约1.1万亿美元。", "zh", ["spending cuts"]),
    ("The company spent $3 billion on chips.", "en", ["cost"]),  # spending is no cut
])
def test_fiscal_amounts_by_what_they_cut(text, lang, subjects):
    assert [s for _, d, s, _ in _rows(text, lang) if d == "money"] == subjects


@pytest.mark.parametrize("text,counts", [
    ("共和党在参议院以 53 席略占多数。", [("53", "seats")]),
    ("众议院中共和党以220席对212席占多数。", [("220", "seats"), ("212", "seats")]),
])
def test_chinese_seats_are_counted(text, counts):
    assert [(w, s) for w, d, s, _ in _rows(text, "zh") if d == "count"] == counts


@pytest.mark.parametrize("text,lang,ages", [
    ("Aaron Woon, 40, and Alan Wei, 48, were charged along with Li Ming, 51.", "en", ["40", "48", "51"]),
    ("Les accusés, Aaron Woon, 40 ans, et Li Ming, 51, ont comparu.", "fr", ["40", "51"]),  # (the number as read; "ans" is its unit)
])
def test_an_age_set_off_by_commas_after_a_name(text, lang, ages):
    rows = _rows(text, lang)
    assert [(w, s) for w, _, s, _ in rows] == [(a, "age") for a in ages]


@pytest.mark.parametrize("text", [
    "In March, 40, 50 and 60 units were sold.",  # a month, then a list of numbers
    "The vote came late, said Thune, 12 minutes after midnight.",
])
def test_no_age_without_a_name_alone_before_it(text):
    assert "age" not in [s for _, _, s, _ in _rows(text, "en")]


@pytest.mark.parametrize("text,lang,subjects", [
    ("The law raises the debt ceiling by $5 trillion.", "en", ["debt ceiling"]),
    ("大美法案也提到,將會提高國債上限4萬億元,現時的國債已經超過36萬億元。", "zh", ["debt ceiling", "public debt"]),
    ("目前,美国联邦债务规模已达36.6万亿美元。", "zh", ["public debt"]),  # not GDP named later in the sentence
    ("La dette publique atteint environ 36 billions de dollars.", "fr", ["public debt"]),
    ("The bill will add $3.4 trillion to the national debt.", "en", ["public debt"]),
    ("The buyer raised $27bn of debt for the deal.", "en", ["debt"]),  # a company's borrowing stays debt
])
def test_a_states_debt_and_its_ceiling(text, lang, subjects):
    assert [s for _, d, s, _ in _rows(text, lang) if d == "money"] == subjects


def test_the_end_of_a_name_is_not_the_counted_noun():
    rows = _rows("They tried to export 10 Hewlett Packard Enterprise supercomputers to Malaysia.", "en")
    assert "companies" not in [s for _, _, s, _ in rows]
    assert _rows("They bought 512 Nvidia H800 chips last year.", "en")[0][2] == "chips"


def test_a_french_age_closing_the_sentence():
    rows = _rows("Les suspects sont Aaron Woon, 41 ans, et le ressortissant chinois Li Ming, 51 ans.", "fr")
    assert [s for _, _, s, _ in rows] == ["age", "age"]


@pytest.mark.parametrize("text,lang,subject", [
    ("Pakistani forces said they captured 19 Afghan posts overnight.", "en", "posts"),  # an English adjective
    ("Au moins 19 Afghans ont été tués, selon Kaboul.", "fr", "deaths"),
    ("Il y avait 20 Chinois et trois Suisses à bord.", "fr", "chinese nationals"),
    ("Pakistan said over 200 Afghan Taliban fighters were neutralized.", "en", "afghan nationals"),  # a name follows
])
def test_a_french_nationality_after_a_number_is_plural_and_an_english_adjective_is_not_one(text, lang, subject):
    """Development 112: "captured 19 Afghan security posts" had counted Afghan nationals."""
    assert _rows(text, lang)[0][2] == subject
