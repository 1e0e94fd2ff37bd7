"""Which product model a claim's number is about: the model named nearest it in its clause ("GPT-5 n'a
atteint que 33 %"), else the one its sentence names. Two claims about different models are two
quantities; two claims whose clauses name one model are about the same thing."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.compare.comparable import indices, model_near, models


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


def claim_model(claim: dict) -> str | None:
    """The product model named nearest to a claim's number in its clause."""
    return model_of(_s(claim.get("quote")), _s(claim.get("text")))


@lru_cache(maxsize=16384)
def model_of(quote: str, text: str, fallback: bool = True) -> str | None:
    """The model named nearest the number ``text`` in its clause of ``quote``; with ``fallback``, else the
    one model its sentence names (None: none, or several)."""
    from helpers.extract.sentences import clause as _clause

    i = quote.find(text) if text else -1
    if i < 0:
        return None
    cl = _clause(quote, i, i + len(text), keep_numbers=True)
    j = quote.find(cl)
    near = model_near(cl, i - j, i - j + len(text)) if j >= 0 else None
    if near is None and fallback:  # none in the clause: the sentence's model, when it names only one
        named = {name for _, _, name in models(quote) + indices(quote)}
        near = named.pop() if len(named) == 1 else None
    return near


def same_model(a: dict, b: dict) -> bool:
    """Both clauses name one product model and the two sentences share another figure: one comparison
    retold (GPT-5's 33 % and GPT-5's 41.7 % beside Kimi's 44.9 % in both), not two benchmarks."""
    model = model_of(_s(a["quote"]), _s(a.get("text")), False)
    if not model or model != model_of(_s(b["quote"]), _s(b.get("text")), False):
        return False
    other = {f[1:] for f in a.get("figures") or ()} & {f[1:] for f in b.get("figures") or ()}
    return bool(other)


def retold_on_page(a: dict, b: dict) -> bool:
    """Two exact figures of one subject on one page, for one product model, in sentences that share another figure:
    the page retells one statement ("exported 40,000 A100 GPUs and attempted to smuggle 50 H200 chips" in its lead,
    "400 A100 GPUs and 50 H200 chips were shipped" in its key facts), so digits at two magnitudes are a slip."""
    return a.get("doc_id") == b.get("doc_id") and a.get("subject") == b.get("subject") \
        and a.get("qualifier") == b.get("qualifier") == "exact" and same_model(a, b)


#: subjects that compare one product with another: the pair of models named is whose figure it is
PAIRED_SUBJECTS = frozenset({"relative performance"})


def same_pair(a: dict, b: dict) -> bool:
    """Two figures of a subject that sets one product against another ("the H20 has 15% of the H100's computing
    power") whose sentences name the same two or more models and no other: one comparison, whoever reports it."""
    if a.get("subject") not in PAIRED_SUBJECTS or b.get("subject") != a.get("subject") or "quote" not in a:
        return False
    pa, pb = ({name for _, _, name in models(_s(x["quote"]))} for x in (a, b))
    ma, mb = (frozenset(w.lower() for w in _METRIC.findall(_s(x["quote"]))) for x in (a, b))
    return len(pa) >= 2 and pa == pb and not (ma and mb and ma != mb)  # (training against inference: two measures)


#: what a comparison of two products measures: a workload or a number format ("15% in training", "60% for inference")
_METRIC = re.compile(r"(?i)\b(?:training|inference|FP(?:4|8|16|32|64)|BF16|TF32|INT(?:4|8))\b|训练|訓練|推理|推論")
