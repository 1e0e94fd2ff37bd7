"""Lengths, distances and areas by what they measure: a depth (a quake 10 km deep), a height (a tower 130 m tall), an
altitude (a camp at 4,900 metres above sea level, 海拔4900米), a length end to end (a 2.6 km bridge), an amount of
rain (400 mm of rain), the land a fire burned (403.000 ha brûlés, 燒毁34.3萬公頃). The words around the number decide;
the unit alone says only that it is a length or an area.
"""
from __future__ import annotations

import re

from helpers.extract.binding import Binding

#: words that make a distance a depth ("at a depth of 10 km", "震源深度为10公里", "à 10 km de profondeur")
_DEPTH = re.compile(r"(?i)\bdepth\b|\bdeep\b|\bprofond(?:e|s|es|eur)?\b|深度|水深|深(?=\s*(?:[达達约約为為近超逾]|\d))")
#: words that make a distance a length: what something measures end to end ("a 2.6 km long bridge", "long de 2,5 km",
#: "全长2.57公里"), or a distance written as a compound before its noun ("the nearly 2-mile bridge")
_HIGH = re.compile(r"(?i)\b(?:tall|high|height|haute?s?|hauteur|culmin\w*)\b|高度|[高楼樓塔]高|高(?=\s*(?:[达達约約为為近超逾]|\d))|(?<=[米尺])高")
#: words that make a length an altitude: how high above the sea a place is ("at 4,900 metres above sea level", "à
#: 5 000 mètres d'altitude", "海拔4900米", "an elevation of 16,000 feet"), or how high a craft flies ("was flying at 300
#: feet", "volait à 100 mètres": development 118's unseen pages had it a length)
_ALTITUDE = re.compile(r"(?i)\baltitudes?\b|\belevations?\b|\babove (?:sea level|the ground)\b|\bau-dessus du (?:niveau de la mer|sol)\b|"
                       r"飞行高度|飛行高度|"
                       r"海拔|(?:距离|距離|离|離)地面|"
                       r"(?<=[mM]) au-dessus du niveau de la mer|(?<=mètres) au-dessus du niveau de la mer")
#: a craft flying at a height right before a length ("was flying at 300 feet", "volait à 100 mètres"), not a distance
#: from a place after it ("flew at 30 km from the city")
_FLYING = re.compile(r"(?i)\b(?:fl(?:y|ying|ies|ew|own)|cruis(?:e|es|ing|ed)|hover(?:s|ing|ed)?)\s+(?:at|as low as|as high as)"
                     r"\s+(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+|environ\s+)?$|"
                     r"\bvol(?:ait|aient|ant|e|ent)\s+à\s+(?:environ\s+|près de\s+)?$")
_FROM_AFTER = re.compile(r"(?i)\s*(?:from|away|off|of|de|du|des|d['’]|inside|into|within|over|beyond|across|past|"
                         r"north\w*|south\w*|east\w*|west\w*|à l['’]intérieur|au-delà|au nord|au sud|à l['’]est|à l['’]ouest)\b")
#: the units of a distance along the ground, never a craft's height in the news ("flew at 20 kilometres inside")
_GROUND_UNITS = frozenset({"km", "kilometres", "kilometers", "kilomètres", "kilometre", "kilometer", "kilomètre", "miles",
                           "mile", "公里", "千米"})
_LONG = re.compile(r"(?i)\blong\b|\blength\b|\blongueur\b|长|長")
#: words that make a small length (millimetres, centimetres, inches) an amount of rain ("400 mm of rain", "降雨量超过400毫米",
#: "jusqu'à 300 mm de pluie", "5 inches of rainfall")
_RAIN = re.compile(r"(?i)\brain(?:fall|s|ed|ing)?\b|\bprecipitations?\b|\bdownpours?\b|\bpluies?\b|\bpluviom\w*|\bprécipitations?\b|"
                   r"\bcumuls?\b|降雨|降水|雨量|暴雨|大雨|豪雨|[降下]了?雨")
_LEVEL = re.compile(r"(?i)\b(?:rose|rise[sn]?|rising|level|levels|snow|mont(?:é|ée|ées)|crue|niveau|neige)\b|上涨|上漲|水位|积雪|積雪|雪")
#: words that make a volume a flow ("6,550 cubic metres of water every second", "每秒6550立方米")
_PER_SECOND = re.compile(r"(?i)\b(?:every|per|a|each) second\b|\bpar seconde\b|\bà la seconde\b|每秒|/s\b")
#: what may follow a length that ends its phrase: punctuation, a preposition, a date (a length with no noun of its own,
#: "reaching 543.4 mm, according to", "达到543.4毫米。"), so that rain named earlier in its sentence is what it measures
_BARE_END = re.compile(r"(?i)\s*(?:[,.;:!?)\]，。；：！？）、]|$|(?:by|on|in|at|over|during|according|since|until|between|"
                       r"par|en|le|selon|au|à|dans|depuis|entre|jusqu)\b)")
#: a verb of rain falling right after a length ("95 mm fell", "saw 95 mm fall")
_FELL_AFTER = re.compile(r"(?i)\s+(?:of\s+(?:rain|rainfall)\s+)?f[ae]ll(?:ing|s)?\b")
#: waves, whose height is told above the sea ("des vagues de 1 à 3 mètres au-dessus du niveau de la mer"): no altitude
_WAVES = re.compile(r"(?i)\bwaves?\b|\bvagues?\b|\btsunamis?\b|\bswells?\b|\bhoule\b|海浪|浪高|海嘯|海啸")
#: a change right before a length: it measures a fall or a climb, not where a thing stands ("a chuté de 3 000 mètres")
_CHANGE_BEFORE = re.compile(r"(?i)(?:\b(?:chuté|descendu|perdu|gagné|dropped|fell|plunged|plummeted|descended|climbed|"
                            r"lost|gained)\s+(?:de|by|of)?\s*(?:about|some|around|environ|près de|quelque)?\s*|"
                            r"(?:下降|下落|降低|上升|爬升)了?(?:约|約|近)?)$")
_COMPOUND_NOUN = re.compile(r"\s+(?!(?:from|away|of|to|in|north|south|east|west|off|and|or)\b)[a-z]{3,}")


def depth_of(text: str, start: int, b: Binding) -> Binding:
    """A distance or length whose clause speaks of depth is a depth (a quake 10 km deep is not 10 km from a city; 水深约
    50米); a distance that something measures end to end is a length (a 2.6 km long bridge; the 2-mile bridge)."""
    if b.subject not in ("distance", "length", "volume"):
        return b
    lo = max(0, start - 30)
    cut = r"(?<!\d),|,(?!\d)|[;，、；。]|\.(?!\d)"  # (not the decimal comma of "7,6 mètres de profondeur")
    clause = re.split(cut, text[lo:start])[-1] + re.split(cut, text[start:b.end + 25])[0]
    if b.subject == "volume":  # "6,550 cubic metres of water every second": a flow
        return Binding("flow", b.dimension, b.counted, "m3/s", b.currency, b.end, b.scale) if _PER_SECOND.search(
            text[max(0, start - 12):start] + clause) else b
    before = re.split(r"[。！？!?\n]|\.(?!\d)\s", text[max(0, start - 150):start])[-1]  # its sentence, before it
    rain = _RAIN.search(clause) or _FELL_AFTER.match(text, b.end) or _RAIN.search(before) and _BARE_END.match(text, b.end)
    if b.subject == "length" and (b.unit == "mm" or (b.scale or 1) <= 0.0254) and rain \
            and not _LEVEL.search(clause):  # (a river that rose 30 cm after rain, snow 40 cm deep: no rainfall)
        # (mm, cm, inches, not a river's rise in feet), in millimetres as rain is told (543.4 mm; 60 cm is 600 mm)
        scale = 1.0 if b.unit == "mm" else round((b.scale or 1) * 1000, 6)
        return Binding("rainfall", b.dimension, b.counted, "mm", b.currency, b.end, scale)
    if _DEPTH.search(clause):
        return Binding("depth", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    wide = re.split(cut, text[max(0, start - 60):start])[-1]  # ("La dernière altitude connue de l'appareil était de")
    wide = wide if b.subject == "length" and (not re.search(r"\d", wide) or wide.rstrip().endswith(("(", "（"))) else ""
    # (a length, no figure between but the one it converts: "an elevation of more than 4,900 metres (16,000ft)")
    flying = _FLYING.search(text, max(0, start - 40), start) and not _FROM_AFTER.match(text, b.end) and \
        (b.counted or "").lower() not in _GROUND_UNITS
    if (flying or _ALTITUDE.search(wide) or _ALTITUDE.search(clause) or _ALTITUDE.match(text, b.end, b.end + 45)) and not _CHANGE_BEFORE.search(
            text, max(0, start - 40), start) and not _WAVES.search(clause):  # "4,900 metres above sea level", "海拔4900米", "5 000 mètres d'altitude"
        return Binding("altitude", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    if b.subject == "length" and _HIGH.search(clause):  # "130 metres tall", "haute de 96 mètres", "总高度约130米"
        return Binding("height", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    if b.subject == "distance" and (_LONG.search(clause) or "-" in text[start:b.end] and _COMPOUND_NOUN.match(text, b.end)):
        return Binding("length", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    return b


#: words of a fire that make a land area the area it burned ("fires have burned 382,000 hectares", "403.000 ha brûlés",
#: "le feu a ravagé 12 000 hectares", "山火燒毁34.3萬公頃", "過火面積達20.1萬公頃")
_BURNED = re.compile(r"(?i)\bburn(?:ed|t|ing|s)?\b|\bscorch\w*|\bcharred\b|\bblackened\b|\bwildfires?\b|\bbushfires?\b|"
                     r"\bfires?\b|\bblazes?\b|\bbrûl\w*|\bcalcin\w*|\bpartis? en fumée\b|\bincendies?\b|\bfeux?\b|"
                     r"烧毁|燒毁|燒毀|燒燬|焚毁|焚毀|焚烧|焚燒|过火|過火|烧掉|燒掉|山火|火灾|火災|野火|林火|大火")


def area_of(text: str, start: int, b: Binding) -> Binding:
    """A land area in a sentence about a fire is the area burned, a running count like a death toll (a park of 400
    hectares in a sentence without fire stays a land area)."""
    if b.subject != "land area":
        return b
    before = re.split(r"[。！？!?\n]|\.(?!\d)\s", text[max(0, start - 150):start])[-1]
    after = re.split(r"[。！？!?\n]|\.(?!\d)\s", text[b.end:b.end + 60])[0]
    if _BURNED.search(before + text[start:b.end] + after):
        return Binding("area burned", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale)
    return b


#: words for an aftershock: a quake of its own after the main one ("a magnitude 5.5 aftershock", "une réplique de
#: magnitude 5,2", "5.5级余震")
_AFTERSHOCK = re.compile(r"(?i)\baftershocks?\b|\brépliques?\b|余震|餘震|\banother (?:strong |powerful )?(?:earth)?quake\b|"
                         r"\bun (?:autre|second) séisme\b|\bune (?:autre|seconde|nouvelle) secousse\b|另一[场場次]|第二[场場次]|"
                         r"(?:再|又|再次|再度)(?:发生|發生)")  # (花蓮近海凌晨再發生地震: another quake)


_MAIN_SHOCK = re.compile(r"(?i)\bmain(?:\s+|-)?(?:quake|earthquake|shock)\b|\bséisme principal\b|\bsecousse principale\b|主震")


def aftershock_of(text: str, start: int, b: Binding) -> Binding:
    """A magnitude or a depth its clause gives to an aftershock is the aftershock's (``aftershock magnitude``,
    ``aftershock depth``), never the main quake's: "a 5.5 aftershock" does not dispute "a 6.0 earthquake"."""
    if b.subject not in ("magnitude", "depth"):
        return b
    cut = r"(?<!\d)[,;]|[,;](?!\d)|[，；。]|\.(?!\d)"  # (its sentence before it: "A series of aftershocks followed,
    before = re.split(r"[。！？!?\n;；]|\.(?!\d)\s", text[max(0, start - 150):start])[-1]  # including a 5.2-magnitude quake")
    clause = before + re.split(cut, text[start:b.end + 30])[0]
    return Binding(f"aftershock {b.subject}", b.dimension, b.counted, b.unit, b.currency, b.end, b.scale) \
        if _AFTERSHOCK.search(clause) and not _MAIN_SHOCK.search(clause) else b
