"""The required-literal test that lets a scan skip a pattern: it may say "may match" too often, never too rarely."""
import re

from helpers.compare import attribution, sources
from helpers.core.literals import fold, may_match, required


def test_reads_required_words():
    rx = re.compile(r"(?P<name>[A-Z]\w+)\s+(?i:told|informed)\s+us")
    assert required(rx) == frozenset({("told", True), ("informed", True)})
    assert not may_match(rx, "Nothing here is relevant at all.")
    assert may_match(rx, "Reuters TOLD us so")


def test_optional_and_classes_require_nothing():
    assert required(re.compile(r"(?:press release)?\d+")) is None
    assert required(re.compile(r"[A-Z]+\d")) is None
    assert required(re.compile(r"(?:alpha|\d+)")) is None


def test_fold_keeps_every_case_insensitive_match_of_ascii():
    # every code point that matches an ASCII letter case-insensitively folds to that letter
    for c in "aiksz":
        rx = re.compile(c, re.I)
        assert all(fold(chr(cp)) == c for cp in range(0x3000) if rx.fullmatch(chr(cp)))


def test_case_folding_letters_are_kept():
    # "ſ" (long s) and "ı" (dotless i) match s and i case-insensitively: the test must not rule them out
    for pattern, text in ((r"(?i)news", "NEW\u017f"), (r"(?i)aidata", "A\u0131DATA"), (r"(?i)kilo", "\u212aILO"), (r"(?i)idata", "\u0130DATA")):
        assert re.compile(pattern).search(text), pattern
        rx = re.compile(pattern)
        if rx.search(text):
            assert may_match(rx, text), (pattern, text)


def test_chinese_and_french_literals():
    rx = re.compile(r"据(?P<name>\w{2,6})报道")
    assert not may_match(rx, "今天天气很好。")
    assert may_match(rx, "据新华社报道，数据中心开工。")
    fr = re.compile(r"(?i:selon)\s+(?P<name>[A-Z]\w+)")
    assert may_match(fr, "SELON Le Monde")
    assert not may_match(fr, "D'après Le Monde, le projet avance.")


def test_gate_never_hides_a_match_of_the_data_patterns():
    texts = ["According to Reuters, the data centre in Hami will use 115,000 chips.",
             "据新华社报道，新疆的数据中心将使用十万块芯片。",
             "Selon l'AFP, le centre de données consomme 2 GW. Cet article a été généré par IA.",
             "This summary was AI-generated. Read more at The Information.",
             "PRESS RELEASE — For Immediate Release. Media contact: press@example.com"]
    patterns = [rx for rx, *_ in attribution.phrases()] + [rx for rx, *_ in sources.markers()]
    for rx in patterns:
        for text in texts:
            if rx.search(text):
                assert may_match(rx, text), (rx.pattern[:60], text)
