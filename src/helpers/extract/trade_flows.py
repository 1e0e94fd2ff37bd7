"""What a mass of goods measures when its sentence says so (``data/trade_flows.csv``): exports ("exports stood at 5,774
metric tons", "exporté 3 188 tonnes", 出口量為656噸), imports, production. A tonnage its sentence names no flow for
stays a weight. The nearest flow word before the number in its sentence wins, else the first one after it."""
from __future__ import annotations

from helpers.core.lexicon import named_patterns
from helpers.extract.binding import Binding


def trade_flow(text: str, sentence: tuple[int, int], start: int, b: Binding) -> Binding:
    """``b`` with the flow its sentence names as subject when ``b`` is a weight, else ``b`` unchanged."""
    if b.subject != "weight":
        return b
    s, e = sentence
    before = [(m.end(), flow) for flow, rx in named_patterns("trade_flows.csv", "flow") for m in rx.finditer(text, s, start)]
    after = [(-m.start(), flow) for flow, rx in named_patterns("trade_flows.csv", "flow") for m in rx.finditer(text, b.end, e)]
    found = max(before) if before else max(after) if after else None
    return Binding(found[1], b.dimension, b.counted, b.unit, b.currency, b.end, b.scale) if found else b
