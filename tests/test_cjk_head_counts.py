"""A Chinese head count written with a bare classifier (人, 人次, 名) names its kind around it: a count word before it
(入場人數達2529萬人), a noun before a verb of reaching (游客超过80万人次), or a visit right after it (2508萬人次造訪).
Sentences written for this file after the Expo 2025 pages of tests/devcorpus60, where the Chinese counts of visitors
were read as people and never met the English and French ones."""
import pytest

from helpers.extract.claims import read_claims


def _subjects(text: str) -> dict[str, str]:
    return {text[q.start:q.end]: b.subject for q, b, s, e in read_claims(text, "zh")}


@pytest.mark.parametrize("text,number,subject", [
    ("博览会累计入场人数达2529万人，创下新纪录。", "2529万", "visitors"),
    ("一般進場的參觀人次已達2,529萬人。", "2,529萬", "visitors"),
    ("29日訪客人數正式突破千萬人。", "突破千萬", "visitors"),
    ("黄金周期间，景区接待游客超过80万人次。", "超过80万", "visitors"),
    ("展期内共吸引约2508万人次造访会场。", "约2508万", "visitors"),
    ("展期有逾2,550萬人次入場。", "逾2,550萬", "visitors"),
    ("该市常住人口达到2100万人。", "2100万", "population"),
])
def test_head_count_takes_the_kind_named_around_it(text, number, subject):
    assert _subjects(text)[number] == subject


@pytest.mark.parametrize("text,number,subject", [
    ("该医院门诊人次达到120万。", "120万", "people"),  # a count word the lexicon does not know: people still
    ("仍低於預期的2,800萬人次。", "2,800萬", "people"),  # no word of a kind around it
    ("地震已造成2000人死亡。", "2000", "deaths"),  # a fate of the lexicon stays the toll's
    ("死亡人数已达到158人。", "158", "deaths"),
])
def test_head_count_without_a_kind_or_with_a_fate(text, number, subject):
    assert _subjects(text)[number] == subject
