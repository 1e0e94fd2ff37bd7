"""What a number sizes when the words around it say so: a delay, the cost of a thing built, the quantity a multiple
is of, and the noun a Chinese classifier counts across a verb phrase with 的. Sentences written for this file."""
import pytest
from corpus_tools import claim_rows, one_row


@pytest.mark.parametrize("text, number, lang", [
    ("EDF said the project could be delayed by a further four years, at a cost of £2.5 billion.", "four years", "en"),
    ("The reactor reached full power after a delay of more than 12 years.", "12 years", "en"),
    ("The line is now two years behind schedule.", "two years", "en"),
    ("Le chantier devrait connaître entre deux et quatre ans de retard.", "quatre ans", "fr"),
    ("La mise en service a été retardée de deux ans.", "deux ans", "fr"),
    ("La mise en route est attendue pour 2025, soit deux ans plus tard que prévu.", "deux ans", "fr"),
    ("法电表示工期将再延后 15 个月。", "15 个月", "zh"),
    ("该项目这一次可能推迟20年。", "20年", "zh"),
])
def test_a_length_after_or_before_a_word_of_delay_is_a_delay(text, number, lang):
    assert one_row(text, number, lang)["subject"] == "delay"


@pytest.mark.parametrize("text, number, subject", [
    ("The strike lasted 12 days and ended late last week.", "12 days", "duration"),
    ("The meeting lasted four hours.", "four hours", "duration"),
    ("The bridge was built in 18 months.", "18 months", "time to complete"),
])
def test_a_length_with_no_word_of_delay_keeps_its_kind(text, number, subject):
    assert one_row(text, number, "en")["subject"] == subject


@pytest.mark.parametrize("text, number, lang", [
    ("Ethiopia inaugurated the $4-billion hydroelectric megastructure on Tuesday.", "$4-billion", "en"),
    ("Intel will build a $20 billion chip plant in Ohio.", "$20 billion", "en"),
    ("Le barrage de 5 milliards de dollars a été inauguré mardi.", "5 milliards", "fr"),
    ("Cette mégastructure de 4 milliards de dollars est la plus grande d'Afrique.", "4 milliards", "fr"),
    ("这座50亿美元的大坝于周二落成。", "50亿", "zh"),
])
def test_an_amount_written_as_the_size_of_a_thing_built_is_its_cost(text, number, lang):
    row = one_row(text, number, lang)
    assert (row["subject"], row["dimension"]) == ("cost", "money")


@pytest.mark.parametrize("text, number, subject", [
    ("The firm holds $4 billion in cash for the plant.", "$4 billion", "money"),  # a preposition: not its size
    ("The company gave $2 billion to the project last year.", "$2 billion", "investment"),
])
def test_an_amount_set_apart_from_the_thing_built_is_not_its_cost(text, number, subject):
    assert one_row(text, number, "en")["subject"] == subject


@pytest.mark.parametrize("text, number, lang, of", [
    ("The dam's output is more than double Ethiopia's current capacity.", "double", "en", "capacity"),
    ("Its output could roughly double Ethiopia's electricity supply.", "double", "en", "electricity"),
    ("The H100 offers up to nine times the speed of the A100.", "nine times", "en", "speed"),
    ("Il produira 5 000 MW, soit plus du double de la capacité actuelle du pays.", "double", "fr", "capacité"),
    ("大坝的装机容量是埃塞俄比亚现有发电容量的两倍多。", "两倍", "zh", "capacities"),
    ("GPU數量是去年出貨量的兩倍。", "兩倍", "zh", "出貨量"),  # a quantity the dictionary lacks, as written
])
def test_a_multiple_is_of_the_noun_it_multiplies(text, number, lang, of):
    row = one_row(text, number, lang)
    assert (row["subject"], row["measure_of"]) == ("multiple", of)


def test_a_multiple_with_no_noun_after_it_keeps_its_money_word():
    assert one_row("Revenue more than doubled to $5 billion.", "doubled", "en")["measure_of"] == "revenue"
    assert one_row("Prices are 2 times higher than last year.", "2 times", "en")["measure_of"] == "cost"  # (prices)


@pytest.mark.parametrize("text, number, subject", [
    ("该项目将建设2台采用EPR技术的核电机组。", "2", "nuclear reactors"),
    ("工厂新增了3台用于生产芯片的光刻机。", "3", "photolithography machines"),
    ("售出5台搭载麒麟芯片的手机。", "5", "phones"),
    ("新建了2座可容纳5万人的体育场。", "2", "stadiums"),
    ("来自80個國家的企業代表出席。", "80", "countries"),  # a noun before 的: the count is its
    ("另有三座正在興建的資料中心。", "三", "data centres"),
])
def test_a_classifier_counts_the_noun_after_a_verb_phrase_with_de(text, number, subject):
    assert one_row(text, number, "zh")["subject"] == subject


def test_the_amount_inside_the_verb_phrase_keeps_its_own_noun():
    rows = {r["text"]: r["subject"] for r in claim_rows("新建了2座可容纳5万人的体育场。", "zh")}
    assert rows == {"2": "stadiums", "5万": "people"}


@pytest.mark.parametrize("text, number, subject", [
    ("超过25万人在为期三天的公众瞻仰中向他告别。", "25万", "people"),  # 人 names what it counts: 在 is the verb
    ("华为基于 384 颗 Ascend 910C 构建的全互联架构。", "384", "chips"),  # a model's name, no verb phrase
])
def test_a_classifier_that_is_a_noun_or_meets_a_name_keeps_its_count(text, number, subject):
    assert one_row(text, number, "zh")["subject"] == subject


@pytest.mark.parametrize("text, number, lang, of", [
    ("Operating profit was more than double the previous year's figure.", "double", "en", "operating profit"),
    ("Le bénéfice trimestriel a plus que doublé pour atteindre 5 milliards.", "doublé", "fr", "profit"),
    ("其投资是三峽工程的三倍。", "三倍", "zh", "investment"),  # 三峽工程 is the thing compared, not the quantity
])
def test_a_word_that_points_back_to_another_figure_is_not_what_a_multiple_is_of(text, number, lang, of):
    assert one_row(text, number, lang)["measure_of"] == of  # the sentence's money word, not "previous" or "pour"


def test_a_classifier_of_people_takes_only_a_lexicon_noun_right_after_de():
    assert one_row("其中包括至少27名来自基督教女孩夏令营的营员。", "27", "zh")["subject"] == "people"  # (not 县 further on)
    assert one_row("约莫有30位身着橙色制服的环卫工人在清扫。", "30", "zh")["subject"] == "people"


@pytest.mark.parametrize("text, number, lang, subject", [
    ("Macron unveiled an investment plan worth 109 billion euros.", "109 billion euros", "en", "investment"),
    ("Le président a présenté un plan d’investissement d’une valeur de 109 milliards d’euros.",
     "109 milliards d’euros", "fr", "investment"),
    ("L'entreprise a signé un contrat d'une valeur de 3 milliards de dollars.", "3 milliards de dollars", "fr",
     "deal value"),
    ("法國總統公布價值1090億歐元的AI投資計劃。", "1090億歐元", "zh", "investment"),
    ("兩家公司簽署價值約30億美元的合同。", "30億美元", "zh", "deal value"),
    ("這是一座價值50億美元的大壩。", "50億美元", "zh", "cost"),
])
def test_a_worth_phrase_gives_its_amount_to_the_noun_it_qualifies(text, number, lang, subject):
    assert one_row(text, number, lang)["subject"] == subject


@pytest.mark.parametrize("text, number, lang", [
    ("He sold a stake worth $2 billion last week.", "$2 billion", "en"),
    ("Les voleurs ont emporté des bijoux d'une valeur de 88 millions d'euros.", "88 millions d'euros", "fr"),
    ("他持有價值20億美元的股份。", "20億美元", "zh"),
    ("微軟的投資如今已轉變為價值1350億美元的股權。", "1350億美元", "zh"),
    ("公司估值達到290億美元。", "290億美元", "zh"),
])
def test_a_worth_of_a_stake_goods_or_company_stays_a_value(text, number, lang):
    assert one_row(text, number, lang)["subject"] == "value"


@pytest.mark.parametrize("text, number, subject", [
    ("公司从16个团队整合为五个小组。", "16", "teams"),         # the noun after 个, not the topic before 从
    ("公司正在整合为五个专注小组。", "五", "groups"),            # 专注小组 (focus groups): the compound's head
    ("研发团队从12个扩大到20个。", "12", "研发团队"),           # 扩大 (to expand) is no noun: the topic counts
    ("专家数量从256个增至384个。", "256", "专家"),
])
def test_a_chinese_classifier_counts_the_noun_after_it_and_never_a_verb(text, number, subject):
    assert one_row(text, number, "zh")["subject"] == subject


@pytest.mark.parametrize("text, number, lang", [
    ("Scale AI to cut 14% of staff", "14%", "en"),
    ("The company is cutting 200 full-time jobs, 14% of its workforce.", "14%", "en"),
    ("Layoffs hit 14% of the workforce.", "14%", "en"),
    ("Scale AI va licencier environ 14 % de ses effectifs.", "environ 14 %", "fr"),
    ("离职后，Scale AI裁员14%，同时整合团队。", "14%", "zh"),
])
def test_a_percentage_of_staff_laid_off_is_a_workforce_cut(text, number, lang):
    assert one_row(text, number, lang)["subject"] == "workforce cut"


@pytest.mark.parametrize("text, number", [
    ("The retailer will cut prices by 14% this summer.", "14%"),
    ("Shares were cut 14% after the layoffs.", "14%"),
])
def test_a_cut_that_is_no_share_of_staff_is_no_workforce_cut(text, number):
    assert one_row(text, number, "en")["subject"] in ("percent", "fall")  # (a cut of prices, a fall of shares)


@pytest.mark.parametrize("text, number, lang", [
    ("Tariffs could add $900 million to Apple’s costs this quarter, its chief executive said.", "$900 million", "en"),
    ("Trump’s tariffs could cost Apple $900 million this quarter.", "$900 million", "en"),
    ("Apple incurred around $800 million in tariff-related costs for the June quarter.", "around $800 million", "en"),
    ("Apple anticipates a $1.1 billion tariff impact for the quarter ending September.", "$1.1 billion", "en"),
    ("Apple reports strong revenue growth despite facing a tariff impact of $1.1 billion.", "$1.1 billion", "en"),
    ("Nous avons supporté environ 800 millions de dollars de coûts liés aux droits de douane.",
     "environ 800 millions de dollars", "fr"),
    ("苹果公司报告说，尽管面临11亿美元的关税影响，但收入增长强劲。", "11亿美元", "zh"),
])
def test_what_tariffs_cost_a_company_is_a_tariff_cost(text, number, lang):
    assert one_row(text, number, lang)["subject"] == "tariff cost"


@pytest.mark.parametrize("text, number, subject", [
    ("The US imposed tariffs on $300 billion of Chinese imports.", "$300 billion", "money"),  # goods tariffed
    ("The company spent $2 billion on a new plant and tariffs added costs.", "$2 billion", "cost"),  # another phrase
    ("Apple's revenue reached $94 billion despite tariffs.", "$94 billion", "revenue"),
])
def test_an_amount_beside_tariffs_that_is_no_cost_of_them_keeps_its_subject(text, number, subject):
    assert one_row(text, number, "en")["subject"] == subject


@pytest.mark.parametrize("text, number, lang", [
    ("Scale AI will cut 200 full-time employees and 500 contractors.", "200", "en"),
    ("The company is laying off hundreds of employees.", "hundreds", "en"),
    ("About 15,000 jobs will be cut by December.", "About 15,000", "en"),
    ("Scale AI va licencier environ 200 employés à temps plein.", "environ 200", "fr"),
    ("Au total, 1 200 postes seront supprimés.", "1 200", "fr"),
    ("Scale AI已裁员约200名全职员工。", "约200", "zh"),
    ("The company announced 1,000 layoffs.", "1,000", "en"),            # named as such
    ("Le plan prévoit 500 licenciements.", "500", "fr"),
])
def test_people_or_jobs_let_go_are_job_cuts(text, number, lang):
    assert one_row(text, number, lang)["subject"] == "job cuts"


@pytest.mark.parametrize("text, number, subject", [
    ("The company employs about 1,400 people.", "about 1,400", "people"),  # a headcount
    ("The plant will create 2,000 jobs.", "2,000", "jobs"),               # jobs made
    ("Police fired 200 rounds at the crowd.", "200", "rounds"),           # fired, not people
    ("The nation of 49 million people lost power for hours.", "49 million", "people"),  # lost power, not jobs
])
def test_a_count_with_no_verb_of_cutting_keeps_its_subject(text, number, subject):
    assert one_row(text, number, "en")["subject"] == subject
