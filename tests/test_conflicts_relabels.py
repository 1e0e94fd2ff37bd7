"""A figure given to another quantity, two share prices after one day's move, and figures of another
organisation named on the page. Sentences written for this file."""
import helpers


def _load(tmp_path, pages: dict[str, str]):
    for name, text in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = helpers.load_corpus(tmp_path, manifest=False)
    return docs, helpers.extract_claims(docs)


def _numeric(conflicts):
    return conflicts[(conflicts["kind"] == "numeric") & (conflicts["severity"] != "wording")]


def _pairs(conflicts) -> set[frozenset]:
    return {frozenset(p) for p in zip(conflicts["doc_a"], conflicts["doc_b"])}


def test_hardware_and_operating_costs_are_their_own_subjects(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Analysts put the server investment at about $1.6 billion, while operating costs reach $944 million.\n",
        "b": "Les coûts matériels grimpent à 944 millions de dollars, selon les analystes.\n",
        "c": "该公司的硬件投资约为16亿美元，运营成本为9.44亿美元。\n",
    })
    got = sorted(zip(claims["doc_id"], claims["value"].round(0), claims["subject"]))
    assert ("a", 1.6e9, "hardware cost") in got and ("a", 944e6, "operating cost") in got
    assert ("b", 944e6, "hardware cost") in got
    assert ("c", 1.6e9, "hardware cost") in got and ("c", 944e6, "operating cost") in got


def test_a_figure_one_source_gives_to_another_quantity_is_a_conflict(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Analysts put the server investment at about $1.6 billion, while operating costs reach $944 million.\n",
        "b": "Les coûts matériels grimpent à 944 millions de dollars, selon les analystes.\n",
        "c": "The operating costs reach $944 million a year, the analysts wrote.\n",
        "d": "Hardware spending came to $944 million and operating costs to $1.6 billion, another estimate says.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # b gives a's operating cost as the hardware cost
    row = got[got.apply(lambda r: {r.doc_a, r.doc_b} == {"a", "b"}, axis=1)].iloc[0]
    assert row.severity == "high" and "operating cost" in row.why
    assert frozenset("ac") not in pairs and frozenset("bc") not in pairs  # another subject, or the same figure
    assert frozenset("bd") not in pairs  # d gives both numbers itself: two quantities listed, not one relabelled


def test_two_closing_prices_after_the_same_days_fall_disagree(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Nvidia's stock dropped 17% to close at $118.58.\n",
        "b": "英伟达股价暴跌近17%，收于118.42美元。\n",
        "c": "Nvidia shares rose 3% to $121.10 in a calmer session.\n",
        "d": "英伟达股价盘中一度涨超10%，摸高至121.98美元。\n",
        "e": "At 13:37, Nvidia's share price jumped 9.93% to $121.40.\n",
        "f": "Orbex's stock dropped 17% to close at $18.40.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    pairs = _pairs(got)
    assert frozenset("ab") in pairs  # one day's 17% fall, two closing prices
    assert not pairs & {frozenset("ac"), frozenset("bc"), frozenset("de"), frozenset("ae")}  # other moves
    assert not any("f" in p for p in pairs)  # another company's fall of the same size


def test_inside_one_page_another_named_models_figure_is_not_a_contradiction(tmp_path):
    docs, claims = _load(tmp_path, {
        "a": "Zorin trains V3 on a budget\n\nZorin says its V3 model is cheap to train. "
             "The Zorin V3 model, while larger than Llama 4 Maverick, used fewer training tokens at 14.8 trillion. "
             "By contrast, Llama 4 required between 22 and 40 trillion tokens. Zorin declined to comment.\n",
    })
    got = _numeric(helpers.find_conflicts(claims, docs))
    assert got.empty, got[["value_a", "value_b", "why"]].to_string()
