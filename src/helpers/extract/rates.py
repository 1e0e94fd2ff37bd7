"""What a percentage or a multiple is of: the quantity that rises or falls ("revenue rose 22%": revenue), or whose share
or part it gives ("15.2% of revenue"), named by the money or count noun of its clause (lexicon
``data/subjects.csv``), or "share price" when the clause quotes a share price. Used by the claims table's
``measure_of`` column and by the conflicts table, which never compares two growth rates of different things;
and, for the same column, what goods an amount of money is the value of, what a duration spans, which index
a level is of."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from helpers.core.lexicon import alternation
from helpers.core.paths import DATA_DIR
from helpers.extract.binding import money_subject
from helpers.extract.scope import is_share_price
from helpers.extract.sentences import clause
from helpers.extract.timed import timed_event

#: the subjects whose "of what" a reader needs: a change, a share, a multiple (a stake is of a company, a
#: margin of itself; a duration's noun is too often another clause's: "trained on 512 chips for 80 hours")
RATE_SUBJECTS = frozenset({"rise", "fall", "share", "percent", "multiple"})
#: a multiple is of an amount of money only ("20 times that cost"); its count nouns are what is compared
#: ("faster than closed models 5 times")
_MONEY_ONLY = frozenset({"multiple"})
#: money subjects that name no thing a rate is of: none, or a verb of losing ("蒸发", "lost": the fall itself)
_NO_THING = frozenset({"money", "loss"})


@lru_cache(maxsize=1)
def _index_rx() -> tuple[re.Pattern[str], tuple[str, ...]]:
    with open(DATA_DIR / "market_indices.csv", encoding="utf-8", newline="") as fh:
        rows = [(r["index"], r["pattern"]) for r in csv.DictReader(fh)]
    return re.compile("|".join(f"(?P<i{k}>{p})" for k, (_, p) in enumerate(rows)), re.I), tuple(n for n, _ in rows)


@lru_cache(maxsize=16384)
def indices(text: str) -> list[tuple[int, int, str]]:
    """Stock market indices named in ``text`` (``data/market_indices.csv``): (start, end, name)."""
    rx, names = _index_rx()
    return [(m.start(), m.end(), names[int(m.lastgroup[1:])]) for m in rx.finditer(text)]


@lru_cache(maxsize=1)
def _share_move_rx() -> re.Pattern[str]:
    return alternation("share_moves.csv")


def share_move(clause_text: str) -> bool:
    """Whether a rise or fall in ``clause_text`` is a share price's move: the clause speaks of shares or a
    trading session (``data/share_moves.csv``: "Nvidia shares plummeted 17% in midday trading", "a chuté de
    17 % en clôture", "盘中跌超10%")."""
    return bool(_share_move_rx().search(clause_text))


#: the word for a stock index in three languages, for an index the list does not name
_INDEX_WORD = re.compile(r"\bindex\b|\bindices\b|\bindice\b|指数|指數", re.I)


def changed_of(sentence: str, start: int, end: int, subject: str = "") -> str:
    """What the percentage at ``sentence[start:end]`` is of, first found of: a stock index its clause names
    ("S&P 500"); the money noun of its own clause before it ("股价盘中大跌17%，营收增长20%": revenue); "share
    price" when its sentence quotes a share price before it; the money noun of its own clause after it;
    its count noun ("shipments were up 4.3%"; shares are their price); "share price" for a rise or fall in
    a clause about shares or trading (:func:`share_move`); "index" for an index the list does not name;
    the nearest money noun of the clauses before it ("revenue of $57.0 billion, marking a 22% increase");
    "" when none. A ``subject`` "multiple" takes money nouns only."""
    own = clause(sentence, start, end)
    at = sentence.find(own)
    if indices(own):  # "納斯達克綜合指數跌3.07%": an index moved, not a share
        return indices(own)[0][2]
    i, j = start - at, end - at
    before = money_subject(own[:j], i, j)[0]
    if before not in _NO_THING:
        return before
    if is_share_price(sentence[:start], "money"):
        return "share price"  # "its share price closed at 1,372 yuan, a 3.25% increase"
    money = money_subject(own, i, j)[0]
    if money not in _NO_THING:
        return money
    count, word = money_subject(own, i, j, "count") if subject not in _MONEY_ONLY else ("count", "")
    if count != "count" and re.search(re.escape(word) + r"['’]s?\s", own):
        count = "count"  # "the company’s shares declined 6%": an owner, not what fell
    if count != "count" and len(word) >= 2:  # not a single Chinese character (人 of 人民币)
        return "share price" if count == "shares" else count
    if subject in ("rise", "fall") and share_move(own):
        return "share price"  # a company's fall "in midday trading" is its share price's
    if _INDEX_WORD.search(own):
        return "index"  # (after money: "revenue at the index provider rose 10%" is revenue)
    earlier = money_subject(sentence[:at], at, at)[0] if at > 0 else "money"
    return "" if earlier in _NO_THING else earlier


#: what links an amount of money to the goods it is the value of, after it ("$400 million worth of banned
#: chips", "$1 billion in Nvidia chips", "10 milliards de dollars de puces", "5亿美元的芯片") ...
_GOODS_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:worth\s+of|worth|in|of|de|d['’]|en|的)\s*", re.I)
#: ... or before it ("chips worth $1 billion", "des puces d'une valeur de 2 milliards", "价值5亿美元的")
_GOODS_BEFORE = re.compile(r"(?:\bworth|\bvalued at|d['’]une valeur (?:de|d['’]environ)|pour une valeur de|价值|價值|总值|總值)"
                           r"\s*(?:about|around|roughly|nearly|almost|more than|over|some|up to|environ|près de|plus de|"
                           r"约|約|近|超过|超過|逾)?\s*(?:US)?[$€£¥]?\s*$", re.I)
#: count subjects that are no goods (people, events, places)
_NOT_GOODS = frozenset({"companies", "people", "deaths", "injured", "missing", "jobs", "users", "households",
                        "occurrences", "countries", "cities", "cases", "experts", "projects", "police", "soldiers",
                        "volunteers", "athletes", "spectators", "TV viewers", "visitors", "investigators",
                        "patients"})


def _goods_at(text: str, pos: int) -> str:
    """The count subject of a goods noun starting within three words (six Chinese characters) of ``pos``."""
    from helpers.extract.binding import nouns

    window = re.match(r"(?:[\w'’-]+\s+){0,3}[\w'’-]*|[\u3400-\u9fff\w]{0,10}", text[pos:pos + 60])
    hay = window.group(0) if window else ""
    for m in re.finditer(r"(?<![A-Za-zÀ-ÿ])[A-Za-zÀ-ÿ]|[\u3400-\u9fff]", hay):
        for subject, role, rx in nouns():
            if role == "count" and subject not in _NOT_GOODS and rx.match(hay, m.start()):
                return subject
        if m.start() >= 6 and re.match(r"[\u3400-\u9fff]", hay[m.start()]):
            break
    return ""


def goods_of(sentence: str, start: int, end: int) -> str:
    """What goods an amount of money at ``sentence[start:end]`` (its unit included) is the value of, named
    by their count subject (``data/subjects.csv``): "chips" for "$400 million worth of banned chips", "over
    $1 billion in Nvidia's AI chips", "des puces d'une valeur de 2 milliards", "价值5亿美元的芯片"; "" when
    the amount names no goods ("$1.4 trillion in financial obligations")."""
    after = _GOODS_AFTER.match(sentence, end)
    if after:
        goods = _goods_at(sentence, after.end())
        if goods:
            return goods
    link = _GOODS_BEFORE.search(sentence[max(0, start - 40):start])
    if link is None:
        return ""
    head = sentence[:start - len(link.group(0))]
    words = re.search(r"(?:[\w'’-]+\s+){0,3}[\w'’-]*$|[\u3400-\u9fff]{1,8}$", head)
    return _goods_at(head, words.start()) if words else ""


#: a duration that dates something rather than spans it ("two years ago", "six years earlier", "il y a trois
#: ans", "三个月后", "three months after ...")
_POINT_IN_TIME = re.compile(r"\s*(?:ago|earlier|later|after|before|since|following|plus tard|après|avant|auparavant|"
                            r"前|后|後|以前|以后|以後|之前|之后|之後)", re.I)
#: a span's preposition right before a duration ("over 4 years", "pendant deux ans", "未来三年")
_SPAN_BEFORE = re.compile(r"(?:\b(?:over|for|in|during|within|across|sur|en|pendant|durant|dans)(?:\s+(?:the|a|les|des|l['’]|"
                          r"next|past|last|first|prochaines?|premi[eè]res?|derni[eè]res?|about|nearly|environ|près de))*"
                          r"|未来|未來|过去|過去|今后|今後|此后|此後)\s*$", re.I)


def timed_of(sentence: str, start: int, end: int) -> str:
    """What a duration at ``sentence[start:end]`` spans, named by the money word before it in its own clause
    (``data/subjects.csv``): "investment" for "invest $500B over 4 years"; "" when none stands before it (a
    word after it is often another thing's: "over the past five years due to heavy investments" is a share
    price's rise), when it dates rather than spans ("two years ago") or has no span's word before it ("over",
    "pendant", 未来). Count nouns are not read: "trained on 512 chips for 80 hours" does not time the chips."""
    if _POINT_IN_TIME.match(sentence, end) or not _SPAN_BEFORE.search(sentence[max(0, start - 40):start]):
        return ""
    own = clause(sentence, start, end)
    at = max(sentence.find(own), 0)
    head = re.split(r"\b(?:and|but|while|et|mais)\b|并|並|而", sentence[at:start])[-1]  # "paid $2 billion and has
    found = money_subject(head, len(head), len(head))[0]  # been monitored for three years": no payment's span
    return "" if found in _NO_THING else found


#: words that end a noun phrase after a number: verbs, function words, days (English and French)
_FUNCTION_WORDS = (r"was|were|is|are|has|have|had|will|would|could|in|on|at|by|for|from|to|and|or|that|which|with|"
                   r"the|its|their|them|these|those|this|us|you|it|eux|elles|ceux|celles|said|say|says|think|thinks|believe|"
                   r"believes|support|supports|want|wants|agree|agreed|expect|expects|voted|[a-zà-ÿ]+(?<!m)ent|"
                   r"a|été|est|sont|était|dans|en|par|pour|et|ou|qui|que|au|aux|à|sur|avec|of|de|du|des|yesterday|today|now|last|"
                   r"this|next|since|after|before|as|than|but|according|hier|aujourd|demain|ce|cette|cet|selon|depuis|"
                   r"après|avant|comme|mais")
#: "of the whole" after a percentage: "60% of its national demand", "99 % de l'approvisionnement" (a determiner, then
#: up to three words up to a function word, a verb or a mark)
_SHARE_OF = re.compile(r"\s+(?:(?:of|de|du|des)\s+|d['’]\s*)(?:(?:the|its|their|his|her|our|all|total|la|le|les|sa|son|ses|"
                       r"leur|leurs)\s+|l['’]\s*)*"
                       r"((?:(?!(?:" + _FUNCTION_WORDS + r")\b)"
                       r"[A-Za-zÀ-ÿ][\w'’-]*\s*){1,2})", re.I)


def share_of(sentence: str, unit_end: int) -> str:
    """What a bare percentage is a share of ("92 percent of its electricity demand": electricity demand; "48.2% of
    the grid": grid); "" when no noun phrase follows "of"/"de" (a share of a number is a ratio, not named here)."""
    m = _SHARE_OF.match(sentence, unit_end)
    return m.group(1).strip().lower() if m else ""


#: a word that cannot be what a percentage right before it names: a function word, a comparative, an adverb or verb form
_NOT_ATTRIBUTIVE = re.compile(r"(?:[a-z]+(?:(?<!e)ed|ly|ing)|more|less|higher|lower|faster|slower|cheaper|larger|smaller|bigger|"
                              r"greater|better|worse|fewer|above|below|over|under|year|month|week|day|time|times|" +
                              _FUNCTION_WORDS + r")$")
_WORD_AFTER = re.compile(r" ([a-z][a-z-]{3,})(?: ([a-z]{4,}))?\b")


def attributive_of(sentence: str, unit_end: int) -> str:
    """What a percentage names with the noun right after it, as an adjective ("93% compression ratios": compression
    ratios; "a 5% salary increase": salary, a second word kept only as a plural head); "" when a function word, comparative, adverb or verb form follows ("5% more",
    "48% voted", "5% since 2020") or nothing does."""
    m = _WORD_AFTER.match(sentence, unit_end)
    if not m or _NOT_ATTRIBUTIVE.match(m.group(1)):
        return ""
    two = m.group(2) and re.search(r"[^su]s$", m.group(2)) and not _NOT_ATTRIBUTIVE.match(m.group(2))
    return f"{m.group(1)} {m.group(2)}" if two else m.group(1)  # a plural head after its modifier: "railway plans"


#: an amount written as a compound adjective ("trillion-dollar", "$5-billion"): it qualifies the noun after it
_COMPOUND_AMOUNT = re.compile(r"\w-[A-Za-z]+$")


def compound_noun(sentence: str, start: int, unit_end: int) -> str:
    """The noun an amount written as a compound adjective qualifies when the lexicon holds no money word for it
    ("trillion-dollar infrastructure plans": infrastructure plans); "" for an amount written otherwise or one the
    lexicon names ("a $5-billion deal": the subject says it)."""
    from helpers.extract.binding import nouns

    noun = attributive_of(sentence, unit_end) if _COMPOUND_AMOUNT.search(sentence, start, unit_end) else ""
    return "" if any(role == "money" and rx.match(noun) for _, role, rx in nouns()) else noun


def compound_subject(text: str, start: int, unit_end: int, subject: str) -> str:
    """``subject`` for the amount at ``text[start:unit_end]``, unless it is a compound adjective before a noun the
    lexicon holds no money word for (:func:`compound_noun`): then plain money, never a money word of the sentence
    around it ("training cost" a clause away names other amounts)."""
    return "money" if compound_noun(text, start, unit_end) else subject


#: what a length measures, written before it ("waves of up to 3 metres", "vagues de 30 cm", "heights of 3-5 metres")
_THING_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]{3,})\s+(?:of|de|d['’])\s*(?:(?:up to|jusqu['’]à|about|environ|some|près de|"
                           r"seulement|only|just|quelque)\s+)?$", re.I)
#: ... or after it ("4-ft waves", "a 1.3-metre wave", "90厘米的海嘯波")
_THING_AFTER = re.compile(r"[\s-]*(?:(?:high|tall|long|deep)\s+)?([A-Za-z]{3,}s?)\b|(?:高|长|長|深)?的?([\u3400-\u9fff]{2,3})")
_NOT_THING = frozenset("the and for from with were was are that which this than into onto over under above below along at "
                       "les des une par sur dans avec entre plus moins".split())


def thing_measured(sentence: str, start: int, unit_end: int) -> str:
    """What a length, height or depth measures: the noun before "of"/"de" ahead of it, else the noun right after it
    (English, or a Chinese word glossed: 海嘯波 tsunami waves); "" when neither stands there."""
    from helpers.extract.glosses import cjk_word, gloss_of

    m = _THING_BEFORE.search(sentence[max(0, start - 40):start])
    if m and m.group(1).lower() not in _NOT_THING:
        return gloss_of(m.group(1), "fr" if re.search(r"\b(?:de|d['’])\s*", m.group(0)) else "en") or m.group(1).lower()
    a = _THING_AFTER.match(sentence, unit_end)
    if a and a.group(1) and a.group(1).lower() not in _NOT_THING and "-" in sentence[start:unit_end]:
        return a.group(1).lower()  # (only an attributive length, "4-ft waves": not "2.6 km long", "26 feet overnight")
    if a and a.group(2):
        word = cjk_word(sentence, a.start(2))
        return (gloss_of(word, "zh") or "") if word else ""
    return ""


def measure_of(sentence: str, start: int, end: int, unit_end: int, subject: str, dimension: str) -> str:
    """The claims table's ``measure_of`` for the number at ``sentence[start:end]`` whose unit ends at
    ``unit_end``: what a rate is of (:func:`changed_of`), which goods an amount is the value of
    (:func:`goods_of`), what event a duration times (:func:`~helpers.extract.timed.timed_event`) or else what
    it spans (:func:`timed_of`), which index a level is of ("報19341.83點"
    after 納斯達克)."""
    if subject == "multiple" and (times := multiplied(sentence, start, unit_end)):
        return times  # "more than double Ethiopia's current capacity", "现有发电容量的两倍多"
    if subject in RATE_SUBJECTS:
        changed = changed_of(sentence, start, end, subject)
        return changed or (share_of(sentence, unit_end) or attributive_of(sentence, unit_end) if subject == "percent"
                           else "")
    if dimension == "money":
        return goods_of(sentence, start, unit_end) or compound_noun(sentence, start, unit_end)
    if dimension == "duration":
        return timed_event(sentence, start, unit_end) or timed_of(sentence, start, unit_end)
    if subject == "index level":
        named = indices(sentence[:start])  # the index named last before the level
        return named[-1][2] if named else ""
    if subject in ("length", "height", "depth"):
        return thing_measured(sentence, start, unit_end)
    return ""


#: the noun phrase a multiple is of, after it: "double Ethiopia's current capacity", "nine times the speed", "plus du
#: double de la capacité actuelle", "triple that of its revenue"
_TIMES_OF = re.compile(r"\s*(?:(?:that|those) of\s+|cel(?:le|ui|les|ux) d[eu]\s+|of\s+|de la\s+|de l['’]|du\s+|des\s+|de\s+)?"
                       r"(?:(?:the|its|their|his|her|la|le|les|l['’]|son|sa|ses|leur|leurs)\s*)?(?:[A-ZÀ-Ý][\w-]*['’]s\s+)?"
                       r"(?:(?:current|existing|present|total|annual|entire|whole|country['’]s)\s+)*([A-Za-zÀ-ÿ]{3,})")
@lru_cache(maxsize=1)
def _multiplied_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word after a multiple that names no quantity, a Chinese quantity noun's ending) from
    ``data/multiplied_words.csv``."""
    with open(DATA_DIR / "multiplied_words.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    words = "|".join(r["pattern"] for r in rows if r["kind"] == "not_quantity")
    endings = "|".join(r["pattern"] for r in rows if r["kind"] == "zh_quantity")
    return re.compile(rf"(?i)(?:{words})$"), re.compile(rf"(?:{endings})$")


def multiplied(sentence: str, start: int, end: int) -> str:
    """The quantity a multiple at ``sentence[start:end]`` is of, read from the noun it multiplies: after it in English and
    French (glossed to English where the table knows the word: "la capacité actuelle" is capacité as written),
    before 的 in Chinese ("现有发电容量的两倍多": capacities, CC-CEDICT's gloss); "" when none stands there."""
    from helpers.extract.binding import nouns
    from helpers.extract.glosses import cjk_word, gloss_of

    not_quantity, zh_quantity = _multiplied_words()
    m = _TIMES_OF.match(sentence, end)
    if m and not not_quantity.match(m.group(1)):
        lang = "fr" if re.match(r"\s*(?:cel|de|du|des|d['’])", sentence[end:]) else "en"
        named = next((subject for subject, _, rx in nouns() if (w := rx.match(m.group(1))) and w.end() == len(m.group(1))), "")
        return named or gloss_of(m.group(1), lang) or m.group(1).lower()  # ("des prix du riz": the lexicon's cost)
    head = sentence[max(0, start - 12):start]
    if not head.endswith("的"):
        return ""
    head = head[:-1]
    for i in range(len(head) - 2, -1, -1):
        word = cjk_word(head, i)
        if word and i + len(word) == len(head):
            return (gloss_of(word, "zh") or word) if zh_quantity.search(word) else ""
    tail = re.search(r"(?:去年|今年|明年|现有|現有|目前|当前|當前)?([\u3400-\u9fff]{1,3}?" + zh_quantity.pattern[:-1] + ")$", head)
    return tail.group(1) if tail else ""  # a quantity the dictionary lacks, as written ("去年出貨量的兩倍": 出貨量)
