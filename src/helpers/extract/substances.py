"""What a mass is of, when the words right after its unit say: "360 kg of suspected ammonium nitrate", "360 kg de nitrate
d'ammonium", "350公斤硝酸銨". The substance makes the weight one quantity across pages and languages ("weight of ammonium
nitrate"); a mass whose substance is not written, or not glossed, stays a weight."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.extract.binding import Binding

#: words that may stand between "of" and the substance ("of suspected ammonium nitrate", "of raw sugar")
_ADJECTIVES = r"(?:(?:suspected|some|raw|pure|illegal|refined|high-grade|crude|fresh|the|more|additional)\s+)*"
_EN = re.compile(rf"\s+of\s+{_ADJECTIVES}(?:[a-z]+ly\s+[a-z]+\s+)?((?:[a-z][a-z-]+\s+){{0,2}}[a-z][a-z-]+)")
_FR = re.compile(r"\s+(?:de|d['’])\s*((?:[a-zà-ÿ][a-zà-ÿ-]+)(?:\s+(?:de|d['’])\s*[a-zà-ÿ][a-zà-ÿ-]+)?)")
#: what may follow a Chinese substance: its clause's end or a conjunction ("350公斤硝酸銨，", "3吨可卡因和"), not more of a
#: noun phrase ("5公斤平均米價": the average price of a 5 kg bag)
_CJK_END = re.compile(r"\s|$|[，。；、,.;:：）)」”和及与與等被已]")
#: words that end an English substance's name ("of ammonium nitrate and a rifle", "of rice from Vietnam")
_STOP = frozenset("""and or from in at on was were is are be been being that which who with to by for near inside into
seized recovered found worth each per a an as than while had has have its their his her this these those during what
after before over under""".split())
#: masses of these are sizes of things, not substances ("5 kg of weight", "a 10 kg bag of")
_NOT_SUBSTANCES = frozenset({"weight", "weights", "mass", "bag", "bags", "load", "cargo", "goods", "material", "materials",
                             "it", "body"})


def _singular(noun: str) -> str:
    """A substance as one names it in the singular, so that pages and languages meet ("ammonium nitrates" from a
    Chinese gloss and "explosives" are "ammonium nitrate" and "explosive"; "glasses" is "glass"; "cannabis", "gas" and
    "asbestos" stay)."""
    if re.search(r"(?:ss|sh|ch|x|z)es$", noun):
        return noun[:-2]
    return noun[:-1] if re.search(r"[^aeiousy]s$|[^aeious]es$", noun) else noun


def _english(text: str, end: int) -> str | None:
    m = _EN.match(text, end, end + 60)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w in _STOP:
            break
        words.append(w)
    if not words or any(w in _NOT_SUBSTANCES for w in words) or not _english_noun(_singular(words[-1])):
        return None  # ("20 kg of body weight", "3 kg of sheer joy")
    return " ".join(words)


def _english_noun(word: str) -> bool:
    """Whether ``word`` is a noun that names a material or a thing: the last word of a noun sense of the Chinese
    dictionary the glosses use (CC-CEDICT)."""
    return word in _english_nouns()


@lru_cache(maxsize=1)
def _english_nouns() -> frozenset[str]:
    from helpers.extract.glosses import _cedict  # (the glosses' own reading of CC-CEDICT, read once)

    return frozenset(_singular(sense.split()[-1].lower()) for sense in _cedict().values()
                     if sense and re.fullmatch(r"[A-Za-z' -]+", sense))


def _french(text: str, end: int) -> str | None:
    from helpers.extract.glosses import gloss_of

    m = _FR.match(text, end, end + 60)
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group(1).replace("’", "'"))
    return gloss_of(phrase, "fr") or gloss_of(phrase.split()[0], "fr")


def _chinese(text: str, end: int) -> str | None:
    from helpers.extract.glosses import gloss_of

    at = end + (text[end:end + 1] == "的")
    for k in range(4, 1, -1):
        word = text[at:at + k]
        if re.fullmatch(r"[\u4e00-\u9fff]+", word) and _CJK_END.match(text, at + k) and (gloss := gloss_of(word, "zh")):
            return gloss
    return None


def substance_of(text: str, b: Binding, lang: str) -> Binding:
    """``b`` as the weight of the substance its unit is followed by, when ``b`` is a bare weight; else unchanged."""
    if b.subject != "weight" or b.dimension != "other":
        return b
    found = _chinese(text, b.end) if lang == "zh" else _french(text, b.end) if lang == "fr" else _english(text, b.end)
    if not found or any(w in _NOT_SUBSTANCES for w in found.lower().split()):
        return b  # ("减掉了15公斤体重": body weights)
    return Binding(f"weight of {_singular(found.lower())}", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
