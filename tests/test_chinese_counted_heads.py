"""Chinese counts whose noun is not the word right after the classifier: a name, then the counted noun, then 的 and
a larger thing ("约20万个英伟达H200 GPU的算力集群" counts GPUs, not the cluster); a cryptocurrency's coins counted by 枚
when the sentence names the coin before the number ("被盗 ETH 数量为 49.9 万枚", development 63), or after the
classifier ("约40.1万枚ETH"). Sentences written for this file."""
import pytest

from corpus_tools import claim_rows


def _rows(text):
    return [(r["text"], r["subject"], r["currency"], r["dimension"]) for r in claim_rows(text)]


@pytest.mark.parametrize("text,subject", [
    ("美國將出售約20萬個輝達H200 GPU的算力叢集。", "chips"),  # a name, then the counted noun, then 的
    ("该省建成1万块昇腾芯片的算力集群。", "chips"),  # a name CC-CEDICT does not know
    ("中国订购了3台用于生产芯片的光刻机。", "photolithography machines"),  # a verb phrase: the noun after 的
    ("该地规划5个位于戈壁的数据中心。", "data centres"),
    ("会议邀请了80个国家的企业代表。", "countries"),  # a noun CC-CEDICT knows starts the phrase
    ("允許阿布達比每年進口50萬個輝達最先進的人工智慧晶片。", "chips"),  # not the 人 of 人工智慧 after 的
])
def test_the_noun_before_de_is_counted_after_a_name(text, subject):
    assert [r[1] for r in _rows(text) if r[3] == "count"] == [subject]


@pytest.mark.parametrize("text,currency", [
    ("被盗 ETH 数量为 49.9 万枚，价值约 15 亿美元。", "ETH"),
    ("该公司的比特币持仓量达到 64,452 枚。", "BTC"),
    ("黑客转移了约40.1万枚ETH。", "ETH"),
])
def test_coins_counted_by_mei_are_money_in_their_currency(text, currency):
    assert [(r[2], r[3]) for r in _rows(text) if r[2] != "USD"] == [(currency, "money")]


@pytest.mark.parametrize("text,subject", [
    ("该厂今年生产了300万枚。", "chips"),  # nothing named: 枚's default
    ("比特币矿机需要芯片，该厂生产芯片300万枚。", "chips"),  # a chip noun nearer the number than the coin
    ("军方称共发射了10枚导弹。", "missiles"),
])
def test_mei_keeps_its_count_without_a_coin_nearest(text, subject):
    assert [(r[1], r[2]) for r in _rows(text)] == [(subject, None)]


def test_a_token_named_inside_a_longer_name_is_not_that_currency():
    rows = claim_rows("除了这 1.5 万枚 cmETH。")
    assert len(rows) == 1 and "ETH" not in (rows[0]["currency"], rows[0]["counted"])
