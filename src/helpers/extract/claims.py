"""Quantities bound to what they count -> the claims table.

``extract_claims(docs)`` reads every quantity in each ``clean_text``
(:func:`helpers.extract.quantities.find_quantities`: number formats and magnitudes of English, French
and Chinese, vague amounts, hedges; non-quantities rejected by kind) and binds it to the noun
or unit it counts or measures (:func:`helpers.extract.binding.bind`, lexicons in ``data/``). A
number bound to nothing is not a claim; sentences in a language other than English, French
or Chinese are left unclaimed rather than misread. Each row has:

- ``subject``: an open, normalised phrase from the counted noun or unit ("data centres",
  "chips", "servers", "training cost", "electricity"), never a word elsewhere in the sentence;
- ``dimension``: count | money | energy | power | area | compute | model_size | percent |
  duration | other; ``counted``: the noun or unit as written; ``unit`` (normalised: USD,
  kWh, MW, m², PFLOPS, parameters, percent, ...) and ``currency`` for money;
- ``value_low``..``value_high`` (``inf`` when open-ended) and a qualifier:

==========  =================================================================
exact       the number as written
approx      around / about / environ / 约 / 左右: +-10 % (``APPROX``)
approx_below nearly / près de / 近: 90-100 %
more_than   more than / plus de / 超过 / 30多 (30多 = 30..39)
at_least    at least / 100,000+ / 以上
at_most     up to / jusqu'à / 多达 (0..value)
less_than   fewer than / moins de
range       30-40, between 30 and 40, 30至40
vague       thousands (1,000-9,999), des dizaines de milliers, 数万 ... (``data/vague.csv``)
==========  =================================================================

``is_forecast`` comes from future markers in the number's clause (``data/forecast_claims.csv``:
will, expected to, by 2028, 将, 预计, 到2030年, devrait, d'ici 2030); a reported plan ("plans
to build 40 data centres") is a fact about a plan, not a forecast.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

import pandas as pd

from helpers.extract.attachment import UNITS_SOLD
from helpers.extract.binding import Binding, bind, nouns
from helpers.extract.duration_kinds import duration_kind, right_after_amount, spread_over
from helpers.extract.glosses import animals_befallen, classified_noun, glossed
from helpers.extract.built_cost import built_cost
from helpers.extract.tariff_cost import tariff_cost
from helpers.extract.job_cuts import job_cut
from helpers.extract.military_posts import military_post
from helpers.extract.trade_flows import trade_flow
from helpers.extract.people_kinds import age_aside, compact_injured, located_subjects, located_toll, nationals_of
from helpers.extract.heads import casualty_of, destroyed_of
from helpers.extract.quake_magnitude import magnitude_class
from helpers.extract.lengths import aftershock_of, area_of, depth_of
from helpers.extract.people_fates import cjk_head_count, fate_after, lives_lost, part_of_toll
from helpers.extract.substances import substance_of
from helpers.extract.votes import voters_side
from helpers.extract.bare_amounts import bare_amount
from helpers.extract.speeds import speed_kind
from helpers.extract.products import named_units
from helpers.extract.temperatures import bare_degree_word, bare_degrees, below_zero, below_zero_range
from helpers.extract.word_currencies import sign_currency, word_currency
from helpers.extract.open_nouns import cjk_count_word, noun_reaching, product_digit, subject_reaching
from helpers.extract.joins import attributed_twin, elided_head, halves, join_durations, join_ranges, part_of_whole, range_to_next
from helpers.core.lexicon import alternation
from helpers.extract.quantities import APPROX, Quantity, find_quantities, value_range
from helpers.extract.currency_signs import BARE_YUAN, currency_named_before, page_fits_sign, page_yuan
from helpers.extract.hyphen_counts import hyphen_count
from helpers.extract.restatements import (conversions_share_subject, figures_restated, located_item, page_amount,
                                          restated)
from helpers.extract.per_period import per_period
from helpers.extract.rates import measure_of
from helpers.extract.shared_heads import units_named_before
from helpers.extract.referents import referred, resolve
from helpers.core.schema import typed
from helpers.extract.scope import announced_plan, claim_scope, is_share_price, price_endpoint
from helpers.extract.sentences import clause as _clause, sentence_spans
from helpers.extract.timed import timed_event

__all__ = [
    "APPROX",
    "CLAIM_COLUMNS",
    "CLAIM_DTYPES",
    "Quantity",
    "claim_matrix",
    "describe",
    "extract_claims",
    "find_quantities",
    "read_claims",
    "subject_of",
    "value_range",
]

CLAIM_COLUMNS = ["claim_id", "doc_id", "label", "start", "end", "line", "text", "quote", "subject", "value_low",
                 "value_high", "value", "unit", "currency", "qualifier", "is_forecast", "scope", "dimension", "counted",
                 "measure_of", "per"]
CLAIM_DTYPES = {**{c: "str" for c in CLAIM_COLUMNS}, "start": "int64", "end": "int64", "line": "int64",
                "value_low": "float64", "value_high": "float64", "value": "float64", "is_forecast": "bool"}
#: how claim_matrix marks a plan or a part of a total (forecasts are marked [forecast])
_MARK = {"planned": " [plan]", "part": " [part]", "joint": " [joint]"}
#: money raised or invested: "up to" it is a plan's ceiling, never an amount had
_CEILING_PLANS = frozenset({"funds raised", "investment"})
#: languages whose number formats and lexicons are known; other text stays unclaimed
LANGUAGES = ("en", "fr", "zh")


@lru_cache(maxsize=2)
def _forecast_rx(position: str = "any") -> re.Pattern[str]:
    """Forecast markers (``data/forecast_claims.csv``) that count anywhere in a number's clause, or (``position``
    "before") only before the number."""
    return alternation("forecast_claims.csv", where=("position", position))


def subject_of(text: str, q: Quantity) -> str | None:
    """The subject ``q`` is bound to in ``text`` (None when it binds to nothing)."""
    b = bind(text, q)
    return b.subject if b else None


def _language(text: str) -> str | None:
    """The main language of ``text`` if it is one we read (en, fr, zh), else None; "en" when unsure."""
    from helpers.read.language import detect_languages

    langs = detect_languages(text)
    if not langs:
        return "en"
    return langs[0] if langs[0] in LANGUAGES else None


@lru_cache(maxsize=2)
def _continuation_rx(kind: str = "continue") -> re.Pattern[str]:
    """Clause openings of ``kind`` (``continue``: 达到, reaching; ``new_topic``: 其中, but) from
    ``data/clause_continuations.csv``."""
    return alternation("clause_continuations.csv", where=("kind", kind))


#: the first value of a change ("passer de 180 à 300 millions", "from 4 to 9", "从3家增至8家")
_CHANGE_FROM = re.compile(r"(?i)(?:\bfrom|\bde|\bdu|从|從|由)\s*$")
#: the peso's P glued to its amount ("P600 million"), not the sign ₱
_P_SIGN = re.compile(r"(?<![\w.])P\d")
_CHANGE_TO = re.compile(r"\s*(?:[%％]|\s?(?:percent|per cent|pour cent))?\s*(?:à|to|到|至|增至|升至|降至)\s*[$€£¥]?[\d０-９]")
#: a clause that says its number holds now ("elles sont aujourd'hui de 145 %", "目前为145%"): no forecast
_NOW = re.compile(r"(?i)\b(?:aujourd['’]hui|actuellement|currently|at present)\b|目前|现时|現時|现阶段|現階段")


#: money subjects that say nothing of what the amount is (a share price may take their place)
_BARE_MONEY = frozenset({"money", "cost", "value"})
#: amounts per share, and the largest one believable (no share trades or earns 100,000 of a currency)
_PER_SHARE = frozenset({"earnings per share", "share price"})
PER_SHARE_MAX = 1e5
#: no share trades at ten million of a currency (Berkshire's A shares, $720,000; SK hynix, 210,000 won):
#: "市值蒸发了5890亿美元" beside a closing price is a market value
SHARE_PRICE_MAX = 1e7


#: how long a fronted phrase may be to lend its tense to the clause after it ("By 2030,", "国际能源署（IEA）预计，")
_FRONTED = 30
#: an opening bracket not closed before a number, and the closing one after it: the number stands in an aside
_ASIDE, _CLOSE = re.compile(r"[(（][^()（）]*$"), re.compile(r"[)）]")


@lru_cache(maxsize=2)
def _tense_rx(kind: str) -> re.Pattern[str]:
    """``data/tense_markers.csv``: 将 marking an object (``disposal``), a verb of an aside's own (``aside_verb``)."""
    return alternation("tense_markers.csv", where=("kind", kind))


def is_forecast(sentence: str, rel_start: int, rel_end: int) -> bool:
    """True when the clause around a number (with a short fronted phrase such as "By 2030,"
    or "D'ici 2030,") speaks of the future. A clause that only continues the verb before it
    ("将增长一倍以上，达到945太瓦时") takes that clause's tense (``data/clause_continuations.csv``);
    the starting value of a change ("passer de 180 à 300 millions d'ici 2035") is today's, not a forecast."""
    if _CHANGE_FROM.search(sentence[max(0, rel_start - 6):rel_start]) and _CHANGE_TO.match(sentence, rel_end):
        return False
    clause = _clause(sentence, rel_start, rel_end)
    i = sentence.find(clause)
    aside = _ASIDE.search(sentence[:rel_start])
    close = _CLOSE.search(sentence, rel_end) if aside else None
    inside = sentence[aside.start() + 1:close.start()] if aside and close else ""
    if inside and _tense_rx("aside_verb").search(inside):
        return bool(_forecast_rx().search(inside))  # a bracketed aside with a verb of its
        # own has its own tense ("il devra livrer 20 millions de voitures (Tesla en a écoulé 1,7 million)")
    if 0 < i <= _FRONTED and not _continuation_rx("new_topic").search(clause):  # a short fronted phrase ("By 2030,")
        clause = _tense_rx("disposal").sub("", sentence[:i]) + clause  # (not 将 linking two things: "将薪酬与目标挂钩，")
    elif i > 0 and _continuation_rx().search(clause):
        prev = _clause(sentence, i - 2, i - 1) if i >= 2 else ""
        clause = prev + clause
    at = clause.find(sentence[rel_start:rel_end])
    if at > 0 and _NOW.search(clause[max(0, at - 30):at]):
        return False  # "elles sont aujourd'hui de 145 %": today's figure in a sentence about what will be
    return bool(_forecast_rx().search(clause) or at > 0 and _forecast_rx("before").search(clause[:at]))


def _planned_before(sentence: str, rel_start: int, rel_end: int) -> bool:
    """Whether the clause of a number only goes on with the previous clause's verb
    (``data/clause_continuations.csv``) and that clause speaks of a plan (``scope_markers.csv``)."""
    from helpers.extract.scope import scope_markers

    clause = _clause(sentence, rel_start, rel_end)
    i = sentence.find(clause)
    if i < 2 or not _continuation_rx().search(clause):
        return False
    prev = _clause(sentence, i - 2, i - 1)
    return any(kind == "planned" and rx.search(prev) for kind, rx in scope_markers())


def _row(doc_id: str, label: str, text: str, sentence: str, s: int, q: Quantity, b: Binding, line: int,
         earlier: frozenset[str] = frozenset()) -> dict:
    """One claims-table row; the value is normalised to the unit's base (945 TWh -> 9.45e11 kWh) so
    that claims in different units of one dimension compare; ``counted`` keeps the unit as written."""
    k = b.scale or 1.0
    if b.dimension == "duration":  # "$500B over 4 years": the span the amount is spread over
        q = spread_over(q, "money" in earlier or right_after_amount(sentence[:q.start - s]))  # ("surged to 4,014 over
        # two weeks"; not "300 workers have been on strike for over two weeks")
    forecast = b.subject != "age" and is_forecast(sentence, q.start - s, q.end - s)  # (an age is a fact of its person)
    scope = claim_scope(sentence, q.start - s, max(q.end, b.end) - s, b.dimension, earlier, text[max(0, s - 400):s])
    if scope == "reported" and _planned_before(sentence, q.start - s, q.end - s):
        scope = "planned"  # "计划建设39座数据中心，使用超过11.5万块芯片": the chips belong to the plan
    elif scope == "reported" and b.subject in _CEILING_PLANS and q.qualifier in ("at_most", "less_than"):
        scope = "planned"  # "集資最多約310億港元", "to raise up to $3bn": an offer's ceiling is its terms, before the deal
    elif scope == "part" and b.subject in located_subjects():
        scope = "reported"  # "274 dead, including 33 on the ground": the whole of the dead on the ground
    subject = b.subject
    if subject in _PER_SHARE and q.value * k >= PER_SHARE_MAX:
        subject = "money"  # "61,66 milliards" near "bénéfice par action" is not an amount per share
    if b.dimension == "money" and subject not in _PER_SHARE and q.value * k < SHARE_PRICE_MAX and (is_share_price(_clause(sentence, q.start - s, q.end - s, keep_numbers=True), b.dimension)
                                   or subject in _BARE_MONEY and price_endpoint(sentence, q.start - s)):
        subject = "share price"  # "收在1,329元", "closed at $118.42": not a market value or a cost
    currency, unit = b.currency, b.unit
    if b.dimension == "money" and b.counted in BARE_YUAN:
        currency = currency_named_before(sentence, q.start - s) or page_yuan(text) or currency  # "新台幣66億元": TWD
        unit = currency if unit == b.currency else unit
    if forecast and announced_plan(sentence, q.start - s, q.end - s):
        forecast, scope = False, ("planned" if scope == "reported" else scope)  # "will build five": a plan
    unit_end = max(q.end, b.end) - s
    if subject == "duration" and not timed_event(sentence, q.start - s, unit_end):  # a lag, a window, a term
        subject = duration_kind(sentence, q.start - s, q.end - s, unit_end) or subject
    if subject in ("money", "value") and b.dimension == "money":  # "the $4-billion megastructure", "价值50亿美元的大坝":
        # what it costs
        subject = built_cost(sentence, q.start - s, unit_end) or subject
    if b.dimension == "money":  # "a $1.1 billion tariff impact": what tariffs cost
        subject = tariff_cost(sentence, q.start - s, unit_end, subject) or subject
    if b.dimension == "count" and (at := (sentence, q.start - s, unit_end, subject)):  # "cut 200 employees": let go;
        subject = job_cut(*at) or military_post(*at) or subject  # "21 hostile positions": a force's, not jobs
    return {
        "claim_id": f"{doc_id}#{q.start}", "doc_id": doc_id, "label": label, "start": q.start,
        "end": max(q.end, b.end), "line": line, "text": text[q.start:max(q.end, b.end)].strip(), "quote": sentence,
        "subject": subject, "value_low": q.low * k, "value_high": q.high * k, "value": q.value * k, "unit": unit,
        "currency": currency, "qualifier": q.qualifier, "is_forecast": forecast,
        "scope": scope,
        "dimension": b.dimension, "counted": b.counted,
        "measure_of": measure_of(sentence, q.start - s, q.end - s, unit_end, subject, b.dimension),
        "per": per_period(sentence, q.start - s, q.end - s, unit_end, subject, b.dimension),
    }


#: the Unicode hyphen and non-breaking hyphen read as the ASCII one (one character each: spans do not move)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


#: a determiner or preposition before a bare year-shaped number ("the 2024 results", "at the 2025 interim results
#: conference", "de 2022"): the number names a year
_YEAR_DETERMINER = re.compile(r"(?i)\b(?:the|entire|its|their|this|de|du|des|le|la|les|en)\s+$")


def reaching(text: str, q: Quantity) -> Binding | None:
    """A bare count of digits (not a year) whose clause's subject is a plural noun before a verb of reaching
    ("Emergency admissions reached 1,200 last week": admissions; "Gaza fatalities pass 60,000": the lexicon's deaths;
    "Switch 2 sales top 3.5 million": units sold); None otherwise."""
    if q.numeric_kind != "digits" or q.currency or q.unit or re.fullmatch(r"(?:1[89]|20)\d\d", q.text):
        return None
    noun = noun_reaching(text, q.start, q.end)
    if not noun:
        return None
    known = "units" if UNITS_SOLD.fullmatch(noun) else next(
        (subject for subject, role, rx in nouns() if role == "count" and (m := rx.match(noun)) and m.end() == len(noun)), None)
    return Binding(known or noun, "count", noun, None, None, q.end)  # (the lexicon's name: "fatalities" are deaths,
    # "sales" reaching a bare count are units sold)


def named_before(text: str, q: Quantity, sentence_start: int, lang: str) -> Binding | None:
    """A bare number (digits or words, no unit, not a year) whose count word stands before it: the subject of a verb of
    reaching it ends ("the death toll ... has reached 2,205": :func:`helpers.extract.open_nouns.subject_reaching`), or
    in Chinese a count word (入場人數約為19.5萬, 訪客數2820萬: :func:`helpers.extract.open_nouns.cjk_count_word`);
    None otherwise."""
    if q.currency or q.unit or re.fullmatch(r"(?:1[89]|20)\d\d", q.text):
        return None
    if lang == "zh":
        hit = cjk_count_word(text, q.start)
    else:
        digit = re.search(r"\d", q.text)  # (a hedge read into the number is the verb: "a dépassé 200 000")
        hit = subject_reaching(text, q.start + (digit.start() if digit else 0), q.end, sentence_start)
    return Binding(hit[0], "count", hit[2], None, None, q.end) if hit else None


def _year_naming(text: str, q: Quantity, b: Binding) -> bool:
    """A bare year (19xx, 20xx, no separator) after a determiner, counting a noun the lexicon does not know (its
    subject is the noun as written): the year of that noun, not a count ("the 2000 workers" keeps its lexicon
    noun, people, and stays a count)."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", q.text)) and b.dimension == "count" and \
        (b.subject or "").lower() == (b.counted or "").lower() and bool(_YEAR_DETERMINER.search(text, max(0, q.start - 8), q.start))


def read_claims(text: str, lang: str | None = None) -> list[tuple[Quantity, Binding, int, int]]:
    """Every claim in ``text``: (quantity, binding, sentence start, sentence end), by position.

    ``lang`` is the text's main language (detected when None). A text whose main language is
    not one we read (en, fr, zh) is left unclaimed; in a text that mixes a language we read
    with one we do not, long sentences in the other language are skipped (short ones are too
    short to tell, and take the text's language).
    """
    from helpers.read.language import detect_languages

    langs = [lang] if lang else detect_languages(text) or ["en"]
    text = text.translate(_HYPHENS)  # ("6.9‑magnitude" with a non-breaking hyphen; same length, same spans)
    text = text.replace("**", "  ").replace("__", "  ")  # Markdown bold ("**1.2 million** wafers"), same length
    out: list[tuple[Quantity, Binding, int, int]] = []
    if langs[0] not in LANGUAGES:
        return out
    mixed = any(x not in LANGUAGES for x in langs)
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        if mixed and len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", sentence)) >= 12 and _language(sentence) is None:
            continue
        found = []
        qs = [Quantity(q.start + s, q.end + s, q.text, q.value, q.low, q.high, q.qualifier, q.currency, q.unit,
                       q.numeric_kind) for q in find_quantities(sentence, langs[0])
              if not (q.currency == "PHP" and _P_SIGN.search(q.text) and not page_fits_sign("P", text))]  # (a P off a
        # Philippine page is a page, a patient or a route, "P1,234", or the pula: data/sign_pages.csv)
        bs = range_to_next(text, qs, part_of_whole(text, qs, [bind(text, q) or compact_injured(text, q) for q in qs]))
        for q, b in zip(qs, bs):
            if b is None and found and found[-1][2] == s:  # a count whose noun is left out ("and 4 in Pokhara"), a
                b = elided_head(text, q, found[-1][1], found[-1][0]) or attributed_twin(  # measure by another source
                    text, q, found[-1][1], found[-1][0])  # ("à 7,5 par l'Agence japonaise, à 7,4 par l'USGS")
            if langs[0] == "zh" and (b is None or text[q.end:q.end + 1] == "起"):  # (25所監獄; "3起案件中，2起涉及未成年
                b = classified_noun(text, q.end) or b  # 人": two of the cases, not two people)
            b = animals_befallen(text, q.end, b) if langs[0] == "zh" else b  # ("200萬只家禽死亡": poultry, no deaths)
            b = reaching(text, q) if b is None and langs[0] != "zh" else b  # ("admissions reached 1,200")
            b = named_before(text, q, s, langs[0]) if b is None else b  # ("the death toll ... has reached 2,205", 訪客數2820萬)
            b = named_units(text, q) if b is None else b  # ("3.5 million Switch 2 consoles", "sold 610,000")
            b = hyphen_count(text, q) if b is None else b  # ("a 115,000-seat arena", "a 500-bed hospital")
            b = restated(text, q, found[-1][:2] if found and found[-1][2] == s else None) if b is None else b  # ("a
            # toll that could rise to 20")
            b = located_item(text, q, found[-1][:2] if found and found[-1][2] == s else None) if b is None and \
                langs[0] != "zh" else b  # ("30 personnes sont mortes dans la ville de Bogo, dix dans la ville de X")
            b = referred(text, q) if b is None and langs[0] != "zh" else b  # ("350 of them": resolve() names them)
            b = age_aside(text, q) if b is None and langs[0] != "zh" else b  # ("Aaron Woon, 40, and Alan Wei, 48,")
            b = bare_degrees(text, q) if b is None and langs[0] == "zh" else b  # ("气温降至零下18度": °C)
            b = bare_degree_word(text, q, (s, e), b) if langs[0] != "zh" else b  # ("41 degrees"; "turned 22 degrees")
            q = below_zero_range(text, below_zero(text, q, b), b) if b is not None else q  # ("moins 18°C", "零下18度": -18)
            b = bare_amount(text, q, b) if langs[0] == "zh" else b  # (投3800亿建AI设施: money, no facilities)
            b = page_amount(text, q, b, out + found)  # ("Ce chiffre de 109 milliards" after "109 milliards d'euros")
            if b is not None and (_year_naming(text, q, b) or b.dimension == "count" and q.numeric_kind == "digits"
                                  and product_digit(text, q.start, q.value)):  # ("the Switch 2 units": a name's 2)
                continue  # ("the entire 2024 full-year results": the year's results, not 2,024 of them)
            if b is not None:
                b = destroyed_of(text, q.start, area_of(text, q.start, depth_of(text, q.start, speed_kind(text, q.start, (
                    fate_after(text, q.start, part_of_toll(text, q.start, lives_lost(text, q.start, casualty_of(
                        text, q.start, b)))))))))  # deaths,
                # buildings destroyed ("1,002 people were killed", "16,000 structures were destroyed")
                b = voters_side(text, q.start, b)  # ("364 lawmakers opposing", "194名表達信任": votes)
                b = aftershock_of(text, q.start, b)  # ("a 5.5 aftershock": not the main quake's magnitude)
                q = magnitude_class(text, q, b) if langs[0] == "zh" else q  # (7級強震: 7.0 to 7.9)
                b = cjk_head_count(text, q.start, b) if langs[0] == "zh" else b  # (入場人數達2529萬人: visitors)
                b = units_named_before(text, (s, e), q.start, b)  # ("doubled to 200,000 units": the GPUs named before)
                b = located_toll(text, q.start, b.end, nationals_of(text, q.end, b))  # ("53 British nationals", "53名英国
                # 公民": of a nationality; "19 on the ground", "240 à bord": the dead of one place)
                b = sign_currency(text, (s, e), q.start, q.text, word_currency(text, (s, e), q.start, b, langs[0]))
                b = trade_flow(text, (s, e), q.start, glossed(text, q.start, q.end, b, langs[0]))  # (5,774 tonnes exported)
                b = substance_of(text, b, langs[0])  # ("360 kg of ammonium nitrate", "350公斤硝酸銨")
                # ("220 cardinaux", "220名枢机主教": cardinals; "une aide de 2,5 millions de livres": pounds)
                found.append((q, b, s, e))
        out.extend(halves(text, join_durations(text, join_ranges(text, found))))
    return resolve(text, out)


def _doc_claims(doc: tuple[str, str, str, str, str]) -> list[dict[str, object]]:
    """The claim rows of one document: ``(doc_id, label, clean_text, raw_text, offset_map)``."""
    from helpers.read.offsets import OffsetMap

    doc_id, label, text, raw, omap_text = doc
    if not text:
        return []
    omap = OffsetMap.from_string(omap_text, len(text), raw)
    rows, earlier = [], {}  # the dimensions of the numbers before each one in its sentence
    for q, b, s, e in read_claims(text):
        rows.append(_row(doc_id, label, text, text[s:e], s, q, b, omap.position(omap.to_raw(q.start)).line,
                         frozenset(earlier.get(s, ()))))
        earlier.setdefault(s, set()).add(b.dimension)
    return _repeated_figures(text, figures_restated(text, conversions_share_subject(text, rows)))


#: an amount at least this large written again in one document is one figure, named once ("trained for $6 million"
#: ... "the $6 million figure is misleading"); smaller amounts (prices, fees) repeat by chance
FIGURE_MIN = 1e5
#: words that point back to a figure already given: a determiner or quotation mark before it ("the $6 million",
#: "les « 6 millions de dollars »", "le chiffre de 6 millions"), a word for a figure after it ("$500B is the announced
#: figure", "the $6M figure")
_POINTS_BACK_BEFORE = re.compile(r"(?i)(?:\b(?:the|this|that|those|these|le|la|les|ce|cette|ces)\s*[«“\"]?\s*|[«“\"]\s*|"
                                 r"\b(?:figure|number|sum|amount|claim|estimate|chiffre|somme|montant|réclamation|affirmation|"
                                 r"estimation|数字|金额|金額)(?:\s+[a-zà-ÿ]+)?\s+(?:of|de|d['’])\s*|"
                                 r"\b(?:figure|number|sum|amount|chiffre|somme|montant|数字|金额|金額)\s+)"
                                 r"(?:(?:US|C|A|HK)?[$€£¥]\s?)?$")
_POINTS_BACK_AFTER = re.compile(r"(?i)^\S*\s*[»”\"]|^\S*\s+(?:(?:is|was)\s+(?:the|an?)\s+(?:\w+\s+)?)?(?:figure|number|"
                                r"sum|price tag|estimate|chiffre|montant)\b")


#: a heading: a short line with no sentence end ("Why $500B", "The Stargate Gambit – $500 Billion")
_HEADING = re.compile(r"[^\n.!?。！？]{0,80}[^\n.。]?")


def _in_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a heading: its line is short, of at most 12 words, with no sentence end
    (a page's headings repeat its figures with no words of their own)."""
    lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[lo:hi if hi >= 0 else len(text)].strip()
    return bool(_HEADING.fullmatch(line)) and len(line.split()) <= 12


def _repeated_figures(text: str, rows: list[dict]) -> list[dict]:
    """A money amount with no money word of its own (subject "money") that points back to a figure ("the $6 million
    figure", "le chiffre de 6 millions") or stands in a heading ("Why $500B") takes the subject of the same amount
    (same currency and range) elsewhere in its document when that amount has one subject there; with two subjects,
    none, or no pointing word, it stays "money"; a range or a vague amount is never one figure with another."""
    def key(r: dict) -> tuple:
        return (r["currency"], r["value_low"], r["value_high"])
    named: dict[tuple, set[str]] = {}
    for r in rows:
        if r["dimension"] == "money" and r["subject"] != "money" and r["value"] >= FIGURE_MIN and \
                r["qualifier"] not in ("range", "vague"):
            named.setdefault(key(r), set()).add(r["subject"])
    for r in rows:
        subjects = named.get(key(r), set()) if r["subject"] == "money" and r["dimension"] == "money" else set()
        points = _POINTS_BACK_BEFORE.search(text, max(0, r["start"] - 40), r["start"]) or \
            _POINTS_BACK_AFTER.search(text[r["end"]:r["end"] + 40]) or _in_heading(text, r["start"], r["end"])
        if len(subjects) == 1 and points:
            r["subject"] = next(iter(subjects))
    return rows


def doc_tuples(docs: pd.DataFrame) -> list[tuple[str, str, str, str, str]]:
    """What the per-document stages need of each row, as plain picklable tuples."""
    return list(zip(docs["doc_id"], docs["label"], docs["clean_text"], docs["raw_text"], docs["offset_map"]))


def extract_claims(docs: pd.DataFrame, workers: int = 1, progress: bool | None = None) -> pd.DataFrame:
    """The claims table: one row per quantity in each document's clean text.

    Quantities with no subject keep ``subject = None`` (they are still listed). Sorted by
    ``doc_id`` and position; ``claim_id`` is ``<doc_id>#<start>``. ``workers`` > 1 runs the
    documents on that many processes.
    """
    from helpers.core.parallel import map_docs

    rows = [r for rs in map_docs(_doc_claims, doc_tuples(docs), workers, progress, "claims") for r in rs]
    out = typed(pd.DataFrame(rows, columns=CLAIM_COLUMNS), CLAIM_DTYPES)
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


def describe(row) -> str:
    """A claim's value in words: '≈ 36 (32–40)', '> 100,000', '10,000–99,999'."""
    lo, hi, v, q = row["value_low"], row["value_high"], row["value"], row["qualifier"]

    def f(x: float) -> str:  # the digits as written (203.71, 16.86; not 204, 16.9); below 1, significant digits
        if not math.isfinite(x) or float(x).is_integer():
            return f"{x:,.0f}" if math.isfinite(x) else str(x)
        if abs(x) < 1:
            return f"{x:.3g}"
        written = f"{x:.10g}"
        decimals = 0 if "e" in written or "." not in written else len(written.split(".")[1])
        decimals = 1 if decimals >= 6 else decimals  # (a computed value, a third as 33.3333333: no one wrote it so)
        shown = f"{x:,.{min(decimals, 4)}f}"
        return shown.rstrip("0").rstrip(".") if "." in shown else shown  # (9.99999 billion: "10", not "10.0000")
    if q == "exact":
        return f(v)
    if q in ("more_than",) and math.isinf(hi):
        return f"> {f(lo)}"
    if q == "at_least":
        return f"≥ {f(lo)}"
    if q in ("approx", "approx_below"):
        return f"≈ {f(v)}"
    if q in ("at_most", "less_than"):
        return f"≤ {f(hi)}" if q == "at_most" else f"< {f(hi)}"
    return f"{f(lo)}–{f(hi)}" if lo != hi else f"≈ {f(v)}"  # ("une douzaine": a vague twelve, not "12–12")


def claim_matrix(claims: pd.DataFrame, docs: pd.DataFrame, subjects: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Source x subject table of what each source says: described values with their hedges.

    Rows are sources (in ``docs`` order, by label), columns subjects; a cell lists each distinct
    claim as "value (“text”)", forecasts marked "[forecast]"; empty where the source is silent.
    """
    subjects = subjects or tuple(s for s in dict.fromkeys(claims["subject"].dropna()))
    table = pd.DataFrame(index=list(docs["label"]), columns=list(subjects), dtype=object)
    for (label, subject), g in claims.dropna(subset=["subject"]).groupby(["label", "subject"], sort=False):
        if subject not in subjects:
            continue
        cells = dict.fromkeys(f"{describe(r)} (“{r['text']}”)" + (" [forecast]" if r["is_forecast"] else _MARK.get(r.get("scope"), ""))
                              for _, r in g.iterrows())
        table.loc[label, subject] = "; ".join(cells)
    return table.fillna("")
