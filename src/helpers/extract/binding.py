"""Binding a number to what it counts or measures, from the lexicons in ``data/``.

- ``units.csv``: currencies, energy, power, area, compute, model size, percent, duration units and more (token,
  dimension, normalised unit, scale to it, currency, default subject); ``unit_exclusions.csv``: what may not follow;
- ``subjects.csv``: counted nouns ("chips", "服务器", "centres de données") with the subject they name (role ``count``),
  money nouns ("training cost"; role ``money``), counters (role ``counter``: never a claim) and pronouns;
- ``measure_words.csv``: Chinese classifiers (家 companies, 颗 chips; 台, 张 take their noun); ``classifier_nouns.csv``:
  the nouns a default yields to when the sentence names them before the number (片: wafers after 晶圆).

A unit must follow the number at once ("5 GW", "5,6 millions de dollars", "50亿元"); a counted noun may follow
after up to three modifiers ("512 Nvidia H800 chips"; a verb ends them: "117 drones auraient ciblé des aérodromes"),
or, in Chinese, stand before the number with a classifier after it ("数据中心30多座"). The subject is the counted
noun's, never a word elsewhere; money the nearest money noun of its clause ("training cost"), else "money"; a percentage
the word of its clause (stake, share, fall, rise). A head named away from the number is found by ``heads``.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from helpers.core.paths import DATA_DIR
from helpers.extract.attachment import GOODS_OF, OWN_NUMBER, ambiguous_currency, beside, beside_only, year_before_noun
from helpers.extract.moves import percent_subject
from helpers.extract.verb_forms import verb_form
from helpers.extract.quantities import Quantity
from helpers.extract.raised import RAISED_DEFAULT, raised_for
from helpers.extract.scale_letters import metre_context
from helpers.extract.sentences import HARD_BREAK
from helpers.extract.worth import worth_owner
from helpers.extract.number_context import word_reference

_STOP = set("""in on at to for from by with and or but that which who whom whose is are was were be been being has have
had will would can could may might should than as per each into over under about after before while when where though
although whereas because unless until despite yet if
dans pour par avec et ou qui que est sont ont a au aux sur en sans selon contre plus moins entre se ne pas à vers chez parmi
depuis pendant durant issu issus issue issues provenant venant the""".split()) - {"the"}  # ("43 milliards issus des GPU": from GPUs)
_CONNECT = {"of", "de", "d'", "d’", "des", "du", "the", "les", "la", "le", "l'", "l’",
            "its", "their", "his", "her", "our", "ses", "leurs", "son", "sa"}  # "600,000 of its 910C chips"
#: an elided French article glued to the next word: "millions d’utilisateurs", "l’usine"
_ELIDED = re.compile(r"(?i)[dl]['’](?=[A-Za-zÀ-ÿ])")
#: a model number: three or more digits glued to a capital B ("Ascend 910B"), not "910 billion"
_MODEL_B = re.compile(r"\d{3,}B")
_PRODUCT_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s$")  # "Ascend 910B model": a product's model number, not parameters
_TOKEN = re.compile(r"\s*([A-Za-zÀ-ÿ0-9][\wÀ-ÿ'’.&-]*|\S)")  # "R&D staff"
_CJK = re.compile(r"[\u3400-\u9fff]")
#: a magnitude spelled out in words: prose, never a page widget's compact counter ("1.2K")
_SPELLED_MAGNITUDE = re.compile(r"(?i)illion|illiard|[万萬亿億]")
#: "to 128K", "or 40", "à 50", "到40": a second number whose noun the first one shares
_SHARED_HEAD = re.compile(r"\s*(?:to|or|and|à|ou|et|到|至|或|-|–)\s*[$€£¥]?\d[\d.,]*\s?(?:[kKmMbB](?![A-Za-z])|万|亿|"
                          r"thousand|million|billion|milliards?|millions?)?", re.I)
_QUOTES = ('"', "“", "”", "«", "»")
#: an owner or determiner before a bare year ("Cambricon's 2025 results", "its 2024 chips"): the year names a period
_YEAR_OWNER = re.compile(r"(?i)(?:['’]s|\b(?:its|their|this|last|next|fiscal))\s+$")
#: words that cannot stand between a number and its duration unit: a determiner ("95 this year") or a verb ("1,002 total
#: announced just hours earlier"); an adjective can ("12 grueling months", "deux bonnes heures", "5 more hours")
_NOT_SPAN = re.compile(r"(?i)\b(?:this|next|last|that|each|every|per|the|ce|cette|chaque|total|just|only|ago|announced|reported|"
                       r"said|released|issued|recorded|confirmed|published|given)\b")


@dataclass(frozen=True)
class Binding:
    """What a number counts or measures."""

    subject: str
    dimension: str
    counted: str
    unit: str | None
    currency: str | None
    end: int  # where the quantity's text ends (after an attached unit)
    scale: float = 1.0  # multiply the value by this to reach ``unit`` (MWh -> kWh: 1000)


@dataclass(frozen=True)
class _Unit:
    token: str
    dimension: str
    unit: str
    scale: float
    currency: str | None
    subject: str


@lru_cache(maxsize=1)
def units() -> tuple[re.Pattern[str], dict[str, _Unit]]:
    """Regex matching any unit token at the start of a string, and the table by token (lower)."""
    with open(DATA_DIR / "units.csv", encoding="utf-8", newline="") as fh, \
            open(DATA_DIR / "unit_exclusions.csv", encoding="utf-8", newline="") as ex:
        rows, never = list(csv.DictReader(fh)), {r["token"]: r["not_before"] for r in csv.DictReader(ex)}  # 5米其林
    table: dict[str, _Unit] = {}
    alts = []
    for r in sorted(rows, key=lambda r: -len(r["token"])):
        key = r["token"] if r["case"] == "s" else r["token"].lower()
        table.setdefault(key, _Unit(r["token"], r["dimension"], r["unit"], float(r["scale"]), r["currency"] or None,
                                    r["subject"] or r["dimension"]))
        esc = re.escape(r["token"]).replace(r"\ ", "[ -]")  # (a 9,670-square-kilometre area)
        tail = r"(?![A-Za-zÀ-ÿ])" if re.search(r"[A-Za-z]$", r["token"]) else ""
        tail += r"(?!\d{2})" if tail else ""  # "GB200", "TB300" name products: a unit is never glued to digits
        if len(r["token"]) == 1 and tail:
            tail = r"(?![A-Za-zÀ-ÿ0-9])"  # "10x" is a multiple, "1920x1080" a size
        tail += f"(?!{never[r['token']]})" if r["token"] in never else ""
        alts.append(f"(?-i:{esc}){tail}" if r["case"] == "s" else f"{esc}{tail}")
    return re.compile("(?:" + "|".join(alts) + ")", re.I), table


def _unit(token: str) -> _Unit:
    table = units()[1]
    return table.get(token) or table.get(token.lower()) or table[token.lower().replace("-", " ")]


@lru_cache(maxsize=1)
def nouns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(subject, role, regex anchored at a word start) of each row of ``subjects.csv``."""
    with open(DATA_DIR / "subjects.csv", encoding="utf-8", newline="") as fh:
        return tuple((r["subject"], r["role"], re.compile(rf"(?:{_any_apostrophe(r['pattern'])})(?![A-Za-zÀ-ÿ])", re.I))
                     for r in csv.DictReader(fh))


def _any_apostrophe(pattern: str) -> str:
    """A lexicon pattern whose straight apostrophes also match the typographic one (chiffre d’affaires)."""
    return pattern.replace("['’]", "\x00").replace("'", "['’]").replace("\x00", "['’]")


@lru_cache(maxsize=1)
def measure_words() -> dict[str, str]:
    """Chinese classifier -> the subject it implies ("" when it implies none)."""
    with open(DATA_DIR / "measure_words.csv", encoding="utf-8", newline="") as fh:
        return {r["word"]: r["subject"] for r in csv.DictReader(fh)}



def _noun_at(s: str) -> tuple[str, str, str] | None:
    """The lexicon noun starting ``s``: (subject, role, as written), longest first."""
    best = None
    for subject, role, rx in nouns():
        m = rx.match(s)
        if m and (best is None or m.end() > len(best[2])):
            best = (subject, role, m.group(0))
    return best


def _unit_after(text: str, end: int, allow_gap: bool) -> tuple[_Unit, str, int] | None:
    rx = units()[0]
    m = re.match(r"(?:\s*(?:de|of)\s+|\s*d['’]\s*|\s?-?)", text[end:end + 6], re.I) if allow_gap else None
    pos = end + (m.end() if m else 0)
    u = rx.match(text, pos)
    if not u and allow_gap:
        u = rx.match(text, end)
        pos = end
    if not u or len(u.group(0)) == 1 and u.group(0).isascii() and u.group(0).isalpha() and pos != end and not (
            u.group(0) == "m" and metre_context(text, end)):
        return None  # a one-letter unit is glued to its number ("10x"); "3 x 4" is a size; the metre is spaced
    return _unit(u.group(0)), u.group(0), u.end()


def _name_part(prev: str, word: str, rest: str) -> bool:
    """A capitalised lexicon word right after another capitalised word, with a lower-case word after it: the end of a
    name ("10 Hewlett Packard Enterprise supercomputers"), not the counted noun (a Title Case headline capitalises
    the next word too)."""
    after = re.match(r"\s+([A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*)", rest[len(word):])  # (a headline's "Orders in 3 Minutes": "in"
    return prev[:1].isupper() and word[:1].isupper() and bool(after and after.group(1)[0].islower()  # is Title Case)
                                                               and after.group(1) not in _STOP | {"the", "a", "an"})


def _scan_after(text: str, end: int, limit: int = 3) -> tuple[str, str, str] | str | None:
    """The counted noun after a number (skipping up to ``limit`` modifiers), "pronoun",
    "counter", or None."""
    pos, skipped, prev = end, 0, ""
    seg_end = min(len(text), end + 80)
    while pos < seg_end:
        rest = text[pos:seg_end]
        stripped = rest.lstrip(" \t")
        if not stripped:
            return None
        lead = len(rest) - len(stripped)
        if stripped.startswith(("\n", "\r")):
            return None  # a line break ends the phrase (a headline's number does not count the next line)
        elided = _ELIDED.match(stripped)
        if elided:
            pos += lead + elided.end()
            continue
        if _CJK.match(stripped) or re.match(r"[A-Za-z0-9]+[\u3400-\u9fff]", stripped):
            return _scan_cjk(text, pos + lead)
        u = units()[0].match(stripped)
        if u and skipped and len(u.group(0)) > 2 and _unit(u.group(0)).dimension not in ("money", "percent") and \
                not (_unit(u.group(0)).dimension == "duration" and _NOT_SPAN.search(text, end, pos + lead)):
            return ("unit", _unit(u.group(0)), u.group(0))  # "2.8M H800 GPU hours"; not "95 this year"
        hit = _noun_at(stripped)
        hit = None if hit and _name_part(prev, hit[2], stripped) else hit  # ("Hewlett Packard Enterprise supercomputers")
        if hit and hit[1] != "money":  # a money noun before a counted noun is a modifier ("sales contracts")
            gap = re.match(r"\s*(?:([\w-]+)\s+)?", stripped[len(hit[2]):])
            for p in (len(hit[2]) + len(gap.group(0)) - len(gap.group(0).lstrip()), len(hit[2]) + gap.end()):
                u = units()[0].match(stripped, p)
                if u and len(u.group(0)) > 2 and _unit(u.group(0)).dimension == "compute":
                    return ("unit", _unit(u.group(0)), u.group(0))  # "H800 GPU hours": compute, not chips
            return hit[1] if hit[1] in ("pronoun", "counter") else hit
        tok = _TOKEN.match(rest)
        if not tok:
            return None
        word = tok.group(1)
        if word in _QUOTES:  # '"several hundred thousand" Nvidia GPUs', 'un million de « puces »': quotes are no stop
            pos += tok.end()
            continue
        if word.lower() in _STOP or skipped and verb_form(word) or not re.match(r"[\wÀ-ÿ]", word) and word not in "-–":
            return None
        if re.fullmatch(r"[\d.,]+", word):
            if prev[:1].isupper() and re.fullmatch(r"\d{1,4}", word) and prev.lower() not in _STOP:
                pos += tok.end()  # "two million Ascend 910 AI chips": a model's number, part of its name
                continue
            return None
        if re.search(r"['’]s$", word) or word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word):
            return None  # "3 Nvidia's chips": a possessive; "2 birds. The blast killed": a sentence's end (not U.S.)
        of = re.match(r"\s+(?:de\s+|d['’])", rest[tok.end():])
        if not skipped and word[-1:] in "sx" and _glossed_noun(word) and not (of and _noun_at(rest[tok.end() + of.end():])):
            return None  # a noun the glosses know heads the phrase ("176 000 demandes de remboursement de ses clients"),
            # unless a lexicon noun is its complement ("2,2 millions de demandes de précommande": orders)
        if word.lower() not in _CONNECT and word not in "-–":
            skipped += 1
            if skipped > limit:
                return None
        prev = word
        pos += tok.end()
    return None


def _glossed_noun(word: str) -> bool:
    """Whether ``word`` is a French noun of ``data/noun_glosses.csv`` (demandes, vols): what a number counts."""
    from helpers.extract.glosses import gloss_of
    return gloss_of(word, "fr") is not None


_LATIN_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\s?[（(][A-Za-z][A-Za-z .&-]{0,24}[)）]\s?")  # 輝達（NVIDIA）
_NAME_AFTER = re.compile(r"(?<=^.)「[^」]{1,20}」(?=[\u3400-\u9fff])")  # 兩枚「伊斯坎德爾-M」戰術導彈 (not “东数西算”)
#: Chinese head nouns of organisations: a noun before them only says what they make or do (芯片製造商, 芯片公司)
_ORG_HEAD = re.compile(r"制造商|製造商|生产商|生產商|厂商|廠商|厂家|廠家|出口商|进口商|進口商|公司|企业|企業|巨头|巨頭|供应商|供應商|集团|集團|设计商|設計商|代工厂|代工廠")


def _scan_cjk(text: str, pos: int) -> tuple[str, str, str] | str | None:
    """Chinese: a classifier, then a noun within a few characters (Latin model names skipped)."""
    from helpers.extract.cjk_people import people_compound
    from helpers.extract.classifier_defaults import classifier_counts
    from helpers.extract.glosses import (counted_word, inside_longer_word, noun_after_classifier, people_word, relative_head,
                                         verb_word)
    mw = measure_words()  # the phrase ends at a mark (《晶片法案》 is a title) or at another number with its classifier
    window = _NAME_AFTER.sub("", _LATIN_GLOSS.sub("", text[pos:pos + 40]), count=1)  # (輝達（NVIDIA）GB200晶片: a Latin gloss
    # in brackets is left out; so is a name quoted right after the classifier, before its noun)
    width = 26 if re.match(r".?\s*[A-Z][A-Za-z]+\s?\d", window[:12]) else 14  # (a Latin model's name first:
    seg = re.split(rf"[，。、；：！？,;:!?\n（）()「」“”《〈]|\d[\d.,]*\s*[{''.join(w for w in mw if len(w) == 1)}]|[過过逾][十百千萬万]+(?=[人名])"
                   r"|(?<=[\u3400-\u9fff])(?<![至到])\d[\d.,]*(?=[\u3400-\u9fff])(?!世[纪紀]|年|月|日|[号號]|[岁歲]|[周週]年|[亿億万萬千百元]|美元|[%％])", window[:width], maxsplit=1)[0]
    # ("两百万个Ascend 910 AI芯片"; "50场比赛中打进45个进球"; 17死17失聯, 19死過百人傷, 7棟超過30層樓; not 从约450亿降至300亿's far end)
    classifier = seg[0] if seg and seg[0] in mw else None
    if (people := people_compound(text, pos)) and (classifier is None or people[2] == people_word(seg)):
        return people  # "67万联邦雇员", "3万村民": the people word heading the compound, after its modifiers
    if classifier and (head := relative_head(text, pos, _noun_at)):
        return head  # "2台采用EPR技术的核电机组": a verb phrase with 的 qualifies the noun counted
    best = own = None
    for i in range(len(seg)):
        u = units()[0].match(seg, i)
        if u and i > 0 and len(u.group(0)) > 1 and not (classifier and re.search(r"\d", seg[:i])) and \
                not re.match(r"[A-Za-z]", seg[i - 1]):  # (not the ETH of "1.5 萬枚 cmETH": a word of its own)
            # "278.8万个GPU小时": a unit after the classifier (not "7棟超過30層樓": the 30's floors)
            return ("unit", _unit(u.group(0)), u.group(0))
        hit = _noun_at(seg[i:])
        if hit and i == 0 and classifier and hit[2] == classifier:  # 名 and 人 are nouns too: "10,500名运动员"
            own = hit  # counts athletes, "3名" people
            continue
        if hit and (hit[1] == "percent" or hit[1] == "money" and classifier and "的" in seg[1:i] and any(
                verb_word(seg[j:j + n]) for j in range(1, seg.index("的", 1)) for n in (2, 3))):
            break  # 股权, 占据: what a percentage measures ends the phrase; the classifier alone may count (a classifier
            # counts things, never the money a verb phrase before 的 leads to: "6300 个航班导致的收入损失": flights)
        if hit and i > 0 and best is None and classifier and mw[classifier] and (hit[0] == "companies" or hit[1] != "count") and (
                seg[1:2] in ("為", "为", "是", "由") or re.match(r"[\u4e00-\u9fff]{0,2}的", seg[i + len(hit[2]):])
                or people_word(seg[i + len(hit[2]):])):  # the maker, the owner, the employer ("1架麥道公司生產的MD-11",
            continue  # "294架為…公司所有", "3架波音公司的飞机", "10名公司员工"; a worth before 的, "8件价值难估的文化遗产"): not
            # what the classifier counts (a counted noun before 的 is: "4枚美製ATACMS飛彈的「恐怖攻擊」")
        if hit and best is None:
            if classifier is None and i > 2 and hit[0] == "people" and not re.search(r"[\d十百千万萬亿億]", seg[:i]):
                break  # "Switch 2发售不再呈现民众排队": people after a verb phrase are not what a bare number counts
                # (unless another number shares them: "數百甚至數千人")
            best = hit
            if not inside_longer_word(seg, i, hit[2]):
                break
        elif hit and hit[1] == best[1]:
            best = hit  # the first noun began a longer word (人 of 人工智能芯片): the head noun comes later
            break
        if seg[i] == "的" and i > 0 and (classifier is None or best is None and counted_word(seg, 1, i)):
            break  # (80個國家的企業代表: the countries, one word between the classifier and 的)
    if best and classifier in ("家", None) and \
            (head := _ORG_HEAD.match(seg, seg.find(best[2]) + len(best[2]) - (best[2][-1] in "厂廠"))):
        return ("companies", "count", head.group(0))  # 两家芯片製造商, 三家芯片公司: makers of chips, not chips
    if best and classifier and mw[classifier] and inside_longer_word(seg, seg.find(best[2]), best[2]):
        return (mw[classifier], "count", classifier)  # 两家人工智能企业: companies, not the 人 of 人工智能
    if own and (best is None or best[1] != "count" or seg.find(best[2]) != 1):
        return own  # "2亿人参与投资" counts people; only a count noun right after 名/人 names them (运动员)
    if best:
        return best[1] if best[1] in ("pronoun", "counter") else best
    if classifier and mw[classifier]:
        return noun_after_classifier(text, pos) or classifier_counts(text, pos, classifier)
    return ("classifier", classifier, "") if classifier else None


def _noun_before_cjk(text: str, start: int, end: int | None = None) -> tuple[str, str, str] | None:
    """Chinese "数据中心30多座" / "项目约50个": a noun shortly before the number; none when a noun follows the classifier
    after the number ending at ``end`` ("全县共有12个乡镇": townships, not counties)."""
    from helpers.extract.heads import open_noun_cjk
    if end is not None and open_noun_cjk(text, end) not in (None, "units"):
        return None
    before = text[max(0, start - 16):start]
    m = re.search(r"(?:已|已经|已經|达到?|達到?|約|约|共|有|为|為|超过|超過|逾|近|计|計|合计|合計|增至|升至|增加到|增加了|上升至|上升到|"
                  r"攀升至|(?:售出|卖出|賣出|销售|銷售|发售|發售|开售|開售|突破)了?|[\s:：])*$", before)  # 门票售出约800万张
    head = before[:m.start()] if m else before
    head = re.sub(r"(?:出货量|出貨量|销量|銷量|产量|產量|数量|數量|交付量|总量|總量)$", "", head)  # 手机出货量达到2.6亿部
    found = None
    for i in range(len(head) - 1, -1, -1):
        if re.match(r"[，。、；：！？,;:!?\s的]", head[i]):
            break
        hit = _noun_at(head[i:])
        if hit and i + len(hit[2]) == len(head) and hit[1] == "count":
            found = hit  # the longest noun ending at the number: 电视观众 (TV viewers), not its 观众
    return found


#: a bound before a number that, with 的 after it, makes it a threshold ("确诊病例超过500的国家": countries over 500 cases)
_THRESHOLD = re.compile(r"超过|超過|逾|多于|多於|不少于|不少於|以上")
_PERCENT = re.compile(r"\d\s?(?:[%％]|percent|per cent|pour cent)")
#: a clause boundary inside a sentence (a comma between digits is a decimal or thousands mark)
_CLAUSE_MARK = re.compile(r"[，；、：]|[,;:](?!\d)|\s[–—]\s|\s(?:and|while|whereas|but|et|mais|tandis que|alors que)\s")


@lru_cache(maxsize=4)
def _money_nouns(role: str = "money") -> tuple[tuple[int, str, re.Pattern[str]], ...]:
    # a Latin word must start at a word boundary; a Chinese one may follow a Latin name ("Arm Holdings跌超10%")
    return tuple((rank, subject, re.compile(rf"(?:(?<![A-Za-zÀ-ÿ])|(?=[\u3400-\u9fff])){rx.pattern}", re.I))
                 for rank, (subject, r, rx) in enumerate(nouns()) if r == role)


def money_subject(text: str, start: int, end: int, role: str = "money") -> tuple[str, str]:
    """The money noun (``role`` "money") or percentage word (``role`` "percent": stake, share, fall,
    rise, score) nearest an amount within its sentence, else (role, ""). A percentage takes the word
    of its own clause; else one of a clause of its sentence that holds no other percentage ("漲24%，
    輝達下跌2%": the fall is the 2 %'s, never the 24 %'s)."""
    goods = GOODS_OF.match(text, end) if role == "money" else None
    traded = _nearest_word(text, start, end, role, [(max(0, start - 40), start)]) if goods else None
    if goods and traded[0] not in ("revenue", "purchases"):  # "$1 billion of advanced Nvidia chips", "10 milliards
        return ("value", goods.group(0).strip())  # de dollars de puces": what goods are worth; "sold $400 million
    if goods:  # worth of chips": the sales
        return traded
    lo, hi = max(0, start - 160), min(len(text), end + 120)
    stops = [m.end() for m in re.finditer(r"[;!?。；！？]|\.(?!\d)|\](?=\s+[-–•]\s)|" + HARD_BREAK, text[lo:start])]  # not "$1.30"
    lo += stops[-1] if stops else 0
    cut = re.search(r"[.;!?](?:\s|$)|[。；！？]|\](?=\s+[-–•]\s)|" + HARD_BREAK, text[end:hi])  # (a summary's "[3][4] - " bullet;
    # a Chinese full stop ends a sentence with no space after it)
    hi = end + cut.start() if cut else hi
    spans = [(lo, hi)]
    if role == "percent":
        marks = [lo] + [m.end() for m in _CLAUSE_MARK.finditer(text, lo, hi)] + [hi]
        clauses = list(zip(marks, marks[1:]))
        own = [(a, b) for a, b in clauses if a <= start < b or a < end <= b]
        others = [(a, b) for a, b in clauses if (a, b) not in own and not _PERCENT.search(text, a, b)]
        spans = [(own[0][0], own[-1][1])] if own else []
        found = _nearest_word(text, start, end, role, spans)
        return found if found[1] else _nearest_word(text, start, end, role, others)
    marks = [lo] + [m.end() for m in _CLAUSE_MARK.finditer(text, lo, hi)] + [hi]
    own = [(a, b) for a, b in zip(marks, marks[1:]) if a <= start < b or a < end <= b]
    found = _nearest_word(text, start, end, role, [(own[0][0], own[-1][1])]) if own else (role, "")
    # its own clause's money noun ("營收28.8億元，淨利潤10.38億元": net profit), else its sentence's nearest
    return found if found[1] else _nearest_word(text, start, end, role, spans)


#: a money word this many characters (beyond twice the nearest one's distance) from an amount still
#: competes with the nearest on specificity ("a dépensé 294.000 dollars pour entraîner": training cost)
NEAR_CHARS = 12


def _nearest_word(text: str, start: int, end: int, role: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """The lexicon word of ``role`` in ``spans``: among those about as near as the nearest, the most
    specific (row order: "training cost" before "cost"); a far word never beats a near one. A word's lookahead
    reads past its span ("dommages" not before "et intérêts"), the word itself ends inside it."""
    found = [(start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0, rank, m.start(),
              m.end(), subject, m.group(0)) for rank, subject, pat in _money_nouns(role) for lo, hi in spans
             for m in pat.finditer(text, lo, min(len(text), hi + 40)) if m.end() <= hi]
    found = [f for f in found if f[4] not in beside_only() or beside(text, start, end, f[2], f[3])]  # (a theft word
    if not found:  # names the amount beside it, not the sentence's "$36 billion in daily trades")
        return (role, "")
    near = min(found)[0] * 2 + NEAR_CHARS  # words about as near as the nearest: the most specific wins
    # (a word after the amount that heads an amount of its own, "une levée de 1,7", is that amount's)
    mine = [f for f in found if f[0] <= near and not (f[2] >= end and OWN_NUMBER.match(text, f[3]))]
    if not mine:
        return (role, "")
    adjacent = [f for f in mine if beside(text, start, end, f[2], f[3])]
    near_all = mine
    if adjacent:  # "380亿美元的估值", "a $14.3 billion investment", "估值達100億歐元", "valuation of $2 billion"
        mine = adjacent
    _, _, s0, _, subject, word = min((r, d, s, e, subj, w) for d, r, s, e, subj, w in mine)
    if subject == "share" and re.match(r"(?i)of\b|d[eu]\b|[营營收销銷]", word):  # "margin was 25% of sales", "lost 20%
        moved = sorted((f[1], f[0], f[4], f[5]) for f in near_all if f[4] in ("margin", "fall", "rise"))  # of its
        subject, word = (moved[0][2], moved[0][3]) if moved else (subject, word)  # revenue": the margin, the fall
    subject, word = worth_owner(text, start, end, word, s0, found) or (subject, word)  # "an aid package worth
    # 10.6 billion euros", "價值1090億歐元的AI投資計劃": what the worth is of, when the lexicon names it
    return (raised_for(text, start, end, RAISED_DEFAULT.get(subject, "")) if subject in RAISED_DEFAULT else subject, word)


def _multiple_word(q: Quantity) -> Binding | None:
    """A multiple the quantity reader found as a word ("doubled", "翻倍": ``data/multiple_words.csv``)."""
    return Binding("multiple", "other", q.text, "times", None, q.end) if q.unit == "times" else None


def _read_itself(text: str, q: Quantity) -> Binding | None:
    """What a number says by its own form: a tally's votes ("voted 60-40"), a multiple, a vague word's own noun, an
    earthquake's magnitude (7.7级地震), a count of times."""
    from helpers.extract.heads import vague_inner
    from helpers.extract.quake_magnitude import magnitude_of, times_counted
    from helpers.extract.votes import vote_tally

    return vote_tally(text, q) or _multiple_word(q) or vague_inner(text, q) or magnitude_of(text, q) \
        or times_counted(text, q)


def bind(text: str, q: Quantity) -> Binding | None:
    """What ``q`` counts or measures in ``text``, or None when it binds to nothing (not a claim)."""
    end = q.end
    from helpers.extract.heads import age_of, bind_unattached, measure_before_cjk, money_or_sold
    from helpers.extract.rates import compound_subject

    if re.fullmatch(r"(?:19|20)\d\d", q.text) and _YEAR_OWNER.search(text, max(0, q.start - 12), q.start):
        return None  # "Cambricon's 2025 half-year results", "its 2024 chips": a year, not a count
    if (inner := _read_itself(text, q)) is not None:
        return inner
    if q.unit == "fraction":  # "a third of", "三分之一": a share written as a fraction, in percent (33.3 %)
        return Binding(money_subject(text, q.start, end, "percent")[0].replace("percent", "share"), "percent", "fraction", "percent", None, end, 100.0)
    if q.unit == "percent":  # "三成": the quantity reader found its own unit (tenths, as a percentage)
        return Binding(money_subject(text, q.start, end, "percent")[0], "percent", "成", "percent", None, end)
    # full-width "９１０Ｃ" is glued like "910C"; "15.5万亿token": a word after a Chinese magnitude is not glued
    glued = " " if _CJK.match(q.text[-1:]) else unicodedata.normalize("NFKC", text[end:end + 1])
    u = _unit_after(text, end, allow_gap=not (glued.isascii() and glued.isalpha()))
    u = None if u and ambiguous_currency(u[1], q.value) else u  # "8 won on appeal", "2 SAR instruments"
    if glued.isascii() and glued.isalpha() and not u:
        return None  # "5G", "6000D", "4o": an identifier, not a quantity
    u = None if u and u[1] in ("年", "月") and text[u[2]:u[2] + 1] == "化" else u  # "百亿年化收入": annualised, no span
    if u and u[0].dimension == "duration" and u[0].unit == "years" and q.value >= 1000:
        return None  # "2025年" is a date
    if u and not (u[0].currency and q.currency and u[0].currency != q.currency):
        unit, written, uend = u
        if unit.unit == "index points" and q.value < 100:
            return None  # "3点" is a time of day, "2 points" a score: index levels are large
        if unit.dimension == "money":  # ("trillion-dollar infrastructure plans": money for plans the lexicon lacks)
            subject = compound_subject(text, q.start, uend, money_subject(text, q.start, uend)[0])
            return Binding(subject, "money", written, unit.currency, unit.currency, uend, unit.scale)
        if unit.unit == "years" and age_of(text, q.start, q.end, uend):  # "une startup de 2 ans": an age, not a span
            return Binding("age", "duration", written, "years of age", None, uend)
        subject = percent_subject(text, q, uend) if unit.dimension == "percent" else unit.subject
        return Binding(subject, unit.dimension, written, "percent" if unit.dimension == "percent" else unit.unit,
                       None, uend, unit.scale)
    if q.currency:
        subject, _ = money_subject(text, q.start, end)
        return Binding(subject, "money", q.currency, q.currency, q.currency, end)
    hit = _scan_after(text, end)
    if hit == "counter" and _SPELLED_MAGNITUDE.search(q.text):
        from helpers.extract.open_nouns import prose_counter
        return prose_counter(text, end)
    shared = _SHARED_HEAD.match(text, end)
    if hit is None and shared:  # "from 4K to 128K tokens", "30 or 40 data centres": the head noun is shared
        u = _unit_after(text, shared.end(), allow_gap=True)
        if u and u[0].unit == "years" and age_of(text, q.start, q.end, u[2]):  # "aged 37 and 38 years"
            return Binding("age", "duration", u[1], "years of age", None, end)
        if u and u[0].dimension != "money":
            return Binding(u[0].subject, u[0].dimension, u[1], u[0].unit, None, end, u[0].scale)
        hit = _scan_after(text, shared.end())
    if isinstance(hit, tuple) and hit[0] == "unit":
        unit, written = hit[1], hit[2]
        return Binding(unit.subject, unit.dimension, written, unit.unit, unit.currency if written in measure_words() else None,
                       end, unit.scale)  # (coins counted by 枚 are money in their coin: classifier_defaults.py)
    if isinstance(hit, tuple) and hit[0] == "classifier":
        before = _noun_before_cjk(text, q.start, end)
        hit = before or None
    elif hit is None and (re.match(r"\s*(?:多|余|餘)?\s*(?:" + "|".join(measure_words()) + ")", text[end:end + 3])
                          or re.match(r"\s*(?:[，。；、,;)）]|$)", text[end:end + 2]) and _CJK.search(text[q.start - 1:q.start])
                          or text[end:end + 1] == "的" and not _THRESHOLD.search(text[max(0, q.start - 4):end])):
        hit = _noun_before_cjk(text, q.start, end)  # the noun before: "项目约50个", "用戶已達7億。", "人口約2.5萬的科查尼"
    if isinstance(hit, tuple):
        subject, role, written = hit
        if role == "count":
            if subject == "models" and q.value >= 1e6 and not _PRODUCT_BEFORE.search(text, max(0, q.start - 20), q.start):
                return Binding("parameters", "model_size", written, "parameters", None, end)  # "a dense 671B model"
            if _MODEL_B.fullmatch(q.text) or word_reference(text, q):
                return None  # "910B units": a model number ("170B into compute" is money); "the two men": a reference
            if year_before_noun(text, q.start, q.text, written):
                return None  # "the 2022 chip ban": a year before a singular noun (not "utilisé 2048 GPU")
            if subject == "shares" and written.lower().startswith("action") and q.value < 1000:
                return None  # "trois actions prioritaires": measures; a block of shares is large
            return Binding(subject, "count", written, None, None, end)
        before = measure_before_cjk(text, q.start) if role == "money" and q.value >= 1e6 else None
        if before is not None:  # "参数量从约370亿降至320亿以降低成本": the parameters named before, not the cost after
            return Binding(before.subject, before.dimension, before.token, before.unit, None, end, before.scale)
        if role == "money" and q.value >= 1000:
            return money_or_sold(subject, written, end)
        return None
    return bind_unattached(text, q) if hit is None else None
