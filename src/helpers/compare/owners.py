"""Whose number it is: the names around a claim, its owners, and when an unnamed figure is its page's.

Two claims are one quantity only when nothing says they belong to different owners. The names
of a claim's clause (gazetteer entities, capitalised words that are not units, counted nouns,
weekdays or months: ``data/calendar_words.csv``) are its owners; names found around claims in
most documents (the story's protagonist) are not distinctive. A clause that names no one may
take its document's main organisation (:func:`helpers.compare.comparable.doc_actors`) when its
whole sentence names no one either and the two values look like one figure reported twice.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

import pandas as pd

from helpers.core.lexicon import column_values
from helpers.compare.countries import country_names, country_words, region_words
from helpers.compare.comparable import _named_rx, _plain_word, located_names, magnitude_slip, needs_name, report_periods, sig_digits
from helpers.compare.lone_figures import lone_pair
from helpers.core.paths import DATA_DIR
from helpers.compare.sayers import sayers
from helpers.compare.sides import sides_apart
from helpers.extract.entities import find_entities

#: a name around claims in more than this share of the documents is not distinctive (see common_anchors)
COMMON_SHARE = 0.2


def _s(x: object) -> str:
    return x if isinstance(x, str) else ""


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@lru_cache(maxsize=65536)
def _context(quote: str) -> tuple[frozenset[str], frozenset[str]]:
    """Places (gazetteer canonical names) and years named in a quote."""
    places = frozenset(e.canonical for _, _, _, e in find_entities(quote) if e.type == "place")
    return places, frozenset(_YEAR.findall(quote))


@lru_cache(maxsize=65536)
def _places(quote: str) -> frozenset[str]:
    """Place names in a quote, lower-cased as :func:`_anchors` writes them: the gazetteer's,
    and capitalised names right after a locative preposition ("in Arizona", "au Texas")."""
    found = frozenset(p.lower() for p in _context(quote)[0]) | located_names(quote)
    return found | {part for p in found & _countries() for part in p.split("-")}  # (États-Unis: not "unis", a name)


def _named_places(claim: dict) -> frozenset[str]:
    """The places of a claim's clause, with the English names of its countries (泰國 and Thailand are one country)."""
    return _places(around(claim)) | country_names(around(claim))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every country's names, lower-cased (``data/countries.csv``: ISO 3166-1 in English, French and Chinese)."""
    with open(DATA_DIR / "countries.csv", encoding="utf-8", newline="") as fh:
        return frozenset(n.lower() for r in csv.DictReader(fh) for n in r["names"].split("|") if n)


def same_reach(a: dict, b: dict) -> bool:
    """Two counts of goods sold of which neither sets its number in the world or abroad while the other does not
    ("初代Switch的全球銷量達到了1.53億台" against "1,538,260 units across Japan": a lifetime worldwide total and one
    country's month); any two claims of another subject."""
    from helpers.compare.local_places import local_place, wide_places
    from helpers.compare.windows import sold_goods

    if a.get("subject") not in sold_goods():
        return True  # (a revenue of $394 billion "worldwide" against $39.4 billion: one figure, a slip)
    wa, wb = (local_place(x.get("quote"), x.get("text")) for x in (a, b))
    return (wa if wa in wide_places() else "") == (wb if wb in wide_places() else "")


def local_places(claim: dict) -> frozenset[str]:
    """The places of a claim's sentence, a country only when the number's own clause names it ("killed 5,900 people
    in Syria": Syria's toll); a country elsewhere in the sentence is most often the story's own ("le bilan de la
    contestation, la plus meurtrière au Népal, a été relevé à 51 morts"), no part of it."""
    return _places(_s(claim.get("quote"))) - (_countries() - _places(around(claim)))


def around(claim: dict) -> str:
    """The clause of a claim's quote around its number (the whole quote if the number is not found)."""
    return _around_of(_s(claim.get("quote")), _s(claim.get("text")))


@lru_cache(maxsize=16384)
def _around_of(quote: str, text: str) -> str:
    from helpers.extract.sentences import clause as _clause

    i = quote.find(text) if text else -1
    return _clause(quote, i, i + len(text), keep_numbers=True, relative=True) if i >= 0 else quote


#: a capitalised word not opening a sentence (a sentence's first word is capitalised anyway); in a Chinese
#: sentence every capitalised Latin word is a name, its first one too ("Orbex 宣布完成...")
_LATIN_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÖØ-Ý][A-Za-zÀ-ÖØ-öø-ÿ]{2,}")  # (François, Élysée: whole)
_CJK_NAME = re.compile(r"(?<![A-Za-zÀ-ÿ])[A-ZÀ-ÖØ-Ý][A-Za-zÀ-ÖØ-öø-ÿ]{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=8192)
def _anchors(quote: str) -> frozenset[str]:
    """Names in a quote (gazetteer entities, capitalised Latin words): what a number is about.
    Product names (H800, Blackwell) say what kind of thing is counted, not which things: left out."""
    found = find_entities(quote)
    names = {e.canonical.lower() for s, e_, _, e in found
             if e.type != "product" and e.kind != "media" and not _brand_at(quote, s, e_)
             and not _compared_with(quote, s, e_)}
    products = {quote[s:e].lower() for s, e, _, ent in found if ent.type == "product"}
    words = re.findall(r"\b[A-Za-z][A-Za-z]+", quote)
    if len(words) < 4 or sum(w[0].isupper() for w in words) * 2 <= len(words):  # in a Title Case Headline every
        # word is capitalised (a Chinese sentence with one Latin name is not a headline)
        names |= {m.group(0).lower() for m in (_CJK_NAME if _CJK.search(quote) else _LATIN_NAME).finditer(quote)
                  if not _is_lexicon_word(m.group(0)) and m.group(0).lower() not in _outlet_names()
                  and not any(s <= m.start() < e_ for s, e_, _, _ in found)  # the gazetteer's reading wins
                  and not _brand_at(quote, m.start(), m.end()) and not _compared_with(quote, m.start(), m.end())
                  and not _complement(quote, m.start(), m.group(0))}
    return frozenset(names - products)


def _complement(quote: str, start: int, word: str) -> bool:
    """The capitalised complement of a counted compound ("54 chefs d'État", "heads of State"): part of what is
    counted (``data/noun_glosses.csv``), not a name."""
    from helpers.extract.glosses import complement_words

    return word.lower() in complement_words() and bool(re.search(r"(?:\bof|\bde|d['’])\s*$", quote[max(0, start - 4):start]))


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """News outlets and wire agencies (``data/outlets.csv``, ``data/wire_agencies.csv``), lower-cased:
    who reported a number ("Bloomberg reported", "selon Reuters"), never whose it is."""
    names = set()
    for name, key in (("outlets.csv", "alias"), ("wire_agencies.csv", "canonical")):
        with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
            names |= {r[key].lower() for r in csv.DictReader(fh)}
    return frozenset(names)


#: a name a figure is set against, not whose it is: "ahead of Nvidia", "位列英伟达之前", "surpassing Apple",
#: "devant Apple", "more than Microsoft's", "plus grand que Disneyland", "l'équivalent de", "相当于..." (who published a
#: figure is often its owner, "revenue reported by Nvidia": no such phrase makes a name a mere source)
_COMPARED_BEFORE = re.compile(r"(?:\bahead of|\bbehind|\bsurpass\w*|\bovertak\w*|\boutpac\w*|\bthan|\bdevant|"
                              r"\bdépass\w*|\bderrière|\b(?:plus|moins|aussi)\s+(?:\w+\s+)?que|"
                              r"\béquivalent d[eu]|\bequivalent (?:to|of)|\bcomparable (?:to|with|à)|相当于|相當於|(?<![同环環])比|"
                              r"超越|超过|超過|位列|领先|領先|落后于|落後於|高于|高於|低于|低於)\s*"
                              r"(?:(?-i:[A-Z][\w.-]*|\d[\w.]*)\s+){0,4}$", re.I)  # (the rest of a name: "than Llama 4 Maverick")
_COMPARED_AFTER = re.compile(r"\s*(?:之前|之后|之後|之上|之下)")


def _compared_with(quote: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is what a figure is compared with."""
    return bool(_COMPARED_BEFORE.search(quote[max(0, start - 60):start]) or _COMPARED_AFTER.match(quote, end))


#: what may stand between a brand and the goods it names: model designators, "high-end", "and"
_BRAND_GAP = re.compile(r"(?:\s*(?:[A-Za-z]*\d[A-Za-z0-9-]*|high-end|advanced|latest|高端|先进|先進|最新|和|及|与|與|、|and|et|,)\s*)*\s*")


def _brand_at(quote: str, start: int, end: int) -> bool:
    """A name that labels goods counted next to it ("Nvidia chips", "英伟达H100芯片", "puces Nvidia")
    is their brand, not whose quantity it is; a company's shares are its own ("l'action Nvidia a gagné 4,5 %")."""
    from helpers.extract.binding import _noun_at

    after = _BRAND_GAP.match(quote, end)
    hit = _noun_at(quote[after.end():after.end() + 40]) if after else None
    if hit and hit[1] == "count" and hit[0] != "shares":  # (a company's shares are its own: "l'action Nvidia")
        return True
    before = re.search(r"(\w+)\s+$", quote[max(0, start - 30):start])
    if before:
        hit = _noun_at(before.group(1))
        return bool(hit and hit[1] == "count" and hit[0] != "shares" and len(hit[2]) == len(before.group(1)))
    return False


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Weekdays and months (``data/calendar_words.csv``) and capitalised words that name a kind of company
    or a role (``data/generic_names.csv``: SPV, LLC, CEO): capitalised, yet naming no one."""
    words: set[str] = set()
    for name in ("calendar_words.csv", "generic_names.csv"):
        with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
            words |= {w for r in csv.DictReader(fh) for w in r["word"].split("|")}
    return frozenset(words)


def _is_lexicon_word(w: str) -> bool:
    """A counted noun or unit written in capitals (GPU, TWh) names a kind of thing, not a referent;
    a weekday or month (``data/calendar_words.csv``) names a time; a function word or hedge, nothing."""
    from helpers.extract.binding import _noun_at, units

    from helpers.extract.people_kinds import is_demonym

    if w.lower() in _calendar_words() or _plain_word(w) or is_demonym(w):
        return True  # a weekday, a month, a function word ("The" after a bracket), a nationality ("Britons")
    hit = _noun_at(w)
    u = units()[0].fullmatch(w)
    return bool(u) or bool(hit and len(hit[2]) == len(w))


def common_anchors(c: pd.DataFrame, share: float = COMMON_SHARE, min_docs: int = 10) -> frozenset[str]:
    """Names around claims in more than ``share`` of the documents (the story's protagonists, such
    as the company every page is about): too common to say two numbers are about the same thing."""
    docs = c["doc_id"].nunique()
    if docs < min_docs:
        return frozenset()
    per_doc: dict[str, set[str]] = {}
    for doc, quote, text in zip(c["doc_id"], c["quote"], c["text"]):
        per_doc.setdefault(doc, set()).update(_anchors(around({"quote": _s(quote), "text": _s(text)})))
    counts: dict[str, int] = {}
    for names in per_doc.values():
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    return frozenset(n for n, k in counts.items() if k > share * docs)


def _owners(claim: dict, fallback: bool = False) -> frozenset[str]:
    """Whose quantity a claim is: the names of its clause that are not places. With ``fallback``, a
    clause naming no one takes its sentence's name when the sentence names exactly one ("英伟达下跌
    16.86%，市值蒸发5888.62亿美元"), or, when the sentence names no one ("the fall wiped out $592.7
    billion"), its document's main organisation."""
    clause = around(claim)
    named = (_anchors(clause) - _places(clause) - sayers(clause, _anchors(clause))) | _possessor(clause, _s(claim.get("text")))
    if claim.get("dimension") != "money":  # ("the GenZ protests", "the Wang Fuk Court fire": the event's name; "Spain
        # has exceeded 400,000 hectares burned": a country is where a count is, whose only when money; a continent the
        # field of a superlative, "la plus grande centrale d'Afrique")
        named = named - _event_names(clause) - country_words(clause) - region_words(clause) if named else named
    if named or not fallback:
        return named
    quote = _s(claim.get("quote"))
    in_sentence = (_anchors(quote) - _places(quote) - sayers(quote, _anchors(quote))) | {
        o.lower() for o in _organisations(quote) if o.lower() in _anchors(quote)}  # (not a brand: "40,000 Nvidia GPUs")
    first = _first_company(quote)
    if len(_organisations(quote)) > 1 and first:  # several companies: the sentence's subject, named first ("比亚迪
        return frozenset({first})  # ...全年销量达225.7万辆,首次超越特斯拉的163.6万辆": BYD's; "Meta a investi dans Scale AI")
    if in_sentence:
        return frozenset(in_sentence)  # (several names: the figure is one of theirs)
    actor = _s(claim.get("doc_actor")).lower()
    return frozenset({actor}) if actor else named


@lru_cache(maxsize=16384)
def _event_names(clause: str) -> frozenset[str]:
    """Names written right before a word for the story's event (``data/story_events.csv``): "GenZ" of "the GenZ
    protests" names the event whose toll it is, no owner (an amount's owner stays: "the Nvidia crash wiped $600bn")."""
    low = clause.lower()
    out = set()
    for name in _anchors(clause):
        at = low.find(name)
        while at >= 0:
            after = clause[at + len(name):at + len(name) + 40]
            gap = re.match(r"\s*(?:['’]s\s+)?(?:[A-Za-z-]+\s+)?", after)
            if any(rx.match(after, gap.end()) or rx.match(after, len(after) - len(after.lstrip()))
                   for _, rx in _named_rx("story_events.csv", "event")):
                out.add(name)
            at = low.find(name, at + 1)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _possessor(clause: str, text: str) -> frozenset[str]:
    """A company named with a possessive right before the number ("特斯拉的163.6万辆", "Tesla's 1.64 million"):
    whose figure it is, even in a clause that names it as the one surpassed."""
    at = clause.find(text) if text else -1
    return frozenset(e.canonical.lower() for _, end, _, e in find_entities(clause[:max(at, 0)])
                     if e.type == "organisation" and re.fullmatch(r"\s*(?:的|['’]s)\s*(?:约|約|近|超过|超過)?\s*",
                                                                   clause[end:at])) if at > 0 else frozenset()


@lru_cache(maxsize=8192)
def _organisations(quote: str) -> frozenset[str]:
    return frozenset(e.canonical for _, _, _, e in find_entities(quote) if e.type == "organisation")


def _one_figure(a: dict, b: dict) -> bool:
    """Two precise values (3+ significant digits) within 10 %: likely one figure reported twice."""
    lo, hi = sorted((a["v"], b["v"]))
    return min(sig_digits(a["v"]), sig_digits(b["v"])) >= 3 and lo > 0 and hi / lo < 1.1


@lru_cache(maxsize=16384)
def _events_named(quote: str) -> frozenset[str]:
    """The kinds of event a sentence names (``data/story_events.csv``: earthquake, blackout, funeral ...)."""
    return frozenset(e for e, rx in _named_rx("story_events.csv", "event") if rx.search(quote))


#: how much of a page's beginning (after its title) says what event the page is about
LEAD_CHARS = 400


@lru_cache(maxsize=1)
def event_fixtures() -> frozenset[str]:
    """Subjects whose figure is fixed for one event (``data/event_fixtures.csv``: the fire engines sent, the floors of
    the tower that burned): the event a page's title and lead name ties them, as a toll's bulletin would not."""
    return frozenset(_fixture_words())


@lru_cache(maxsize=1)
def _fixture_words() -> dict[str, re.Pattern[str] | None]:
    """Each event fixture's words that both sentences must hold to tell the event (the aircraft hit), or None."""
    with open(DATA_DIR / "event_fixtures.csv", encoding="utf-8", newline="") as fh:
        return {r["subject"]: re.compile(r["told"], re.I) if r["told"] else None for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def event_states() -> frozenset[str]:
    """Subjects counted by state on a page about an event (``data/event_states.csv``: buildings engulfed, put out)."""
    return column_values("event_states.csv", "subject")


def story_event(a: dict, b: dict, lead: bool = True) -> bool:
    """Two sentences of pages published within a week name the same kind of event (an earthquake, a blackout, a
    funeral: ``data/story_events.csv``), or name none and their pages' title and lead name it, and no two different
    places: a quantity neither names an owner for (a depth, a toll, the fire engines sent) is that event's in both."""
    from helpers.compare.prices import close_in_time

    places_a, places_b = _places(_s(a.get("quote"))), _places(_s(b.get("quote")))
    if places_a and places_b and not places_a & places_b:
        return False  # a crash in Gujarat and one in Kazakhstan the same week: two events
    ea, eb = (_events_named(_s(x.get("quote"))) or lead and x.get("page_events") or frozenset() for x in (a, b))
    pa, pb = (x.get("page_places") or frozenset() for x in (a, b))
    if pa and pb and not pa & pb:
        return False  # a fire in Tai Po and one in Karachi, each page's lead naming its own place
    return bool(ea & eb) and close_in_time(a, b, 7)


def fixture_told(a: dict, b: dict) -> bool:
    """Whether ``a`` is an event fixture whose words, when the data file gives some, both clauses hold (aircraft
    "hit" or "destroyed" in both, not a fleet in service)."""
    if a.get("subject") not in event_fixtures():
        return False
    told = _fixture_words()[_s(a.get("subject"))]
    return told is None or bool(told.search(around(a)) and told.search(around(b)))


def fixture_tie(a: dict, b: dict) -> bool:
    """Two pages' figures of one event fixture (``data/event_fixtures.csv``: the floors of the tower that burned, the
    fire engines sent) whose titles and leads both name the same kind of event (:func:`story_event`): one quantity,
    even for a coarse subject (32 against 31 floors). A sentence's own words are not enough: "fire trucks" bought by
    a city name no fire."""
    return a.get("subject") == b.get("subject") and fixture_told(a, b) and a.get("doc_id") != b.get("doc_id") \
        and bool((a.get("page_events") or frozenset()) & (b.get("page_events") or frozenset())) and story_event(a, b)


def _whose(a: dict, b: dict) -> tuple[frozenset[str], frozenset[str]]:
    """The owners of two claims (:func:`_owners`); when only one clause names someone and the two
    values look like one figure reported twice (close and precise, or the same digits at another
    magnitude), the other's owner may come from its sentence or its document."""
    if "quote" not in a:
        return frozenset(), frozenset()
    whole_a, whole_b = _owners(a), _owners(b)
    if bool(whole_a) != bool(whole_b) and (a.get("doc_id") == b.get("doc_id") or (
            _one_figure(a, b) or magnitude_slip(a["v"], b["v"]) or claim_periods(a) and claim_periods(a) == claim_periods(b))):  # (inside one page: its main organisation's
        # figure against one its clause gives to another, as "Llama 4 required 22-40 trillion tokens")
        whole_a, whole_b = _owners(a, fallback=True), _owners(b, fallback=True)
    elif not (whole_a or whole_b) and a.get("doc_id") != b.get("doc_id"):
        fa, fb = _first_company(_s(a.get("quote"))), _first_company(_s(b.get("quote")))
        if fa and fb and fa != fb:  # neither clause names anyone: each sentence's first company is its subject
            return frozenset({fa}), frozenset({fb})  # ("比亞迪...純電動汽車銷量達225萬輛" vs "特斯拉...至164萬輛")
    return whole_a, whole_b


@lru_cache(maxsize=8192)
def _first_company(quote: str) -> str:
    """The first company (gazetteer organisation of kind company) a sentence names, lower-cased, else ""."""
    found = sorted((s, e.canonical) for s, _, _, e in find_entities(quote) if e.type == "organisation" and e.kind == "company")
    return found[0][1].lower() if found else ""


def owners_apart(whole_a: frozenset[str], whole_b: frozenset[str]) -> bool:
    """Each sentence names an owner and none is shared (Meta's capex, TSMC's fabs)."""
    return bool(whole_a and whole_b and not whole_a & whole_b)


def _unowned(a: dict, b: dict, whole_a: frozenset[str], whole_b: frozenset[str], same_event: bool,
             bounds_meet: bool = False) -> bool:
    """True when owners say two amounts are two quantities: each names its own (Meta's capex, TSMC's
    fabs); or a subject that needs a name (investment, market value) is named in neither sentence, nor
    tied by an event, a year, one figure written twice, each page's lone figure of a measure (:mod:`lone_figures`)
    or (not for money) a place both name; or, inside one page, not both named alike."""
    other_doc = a.get("doc_id") != b.get("doc_id")
    if owners_apart(whole_a, whole_b) or sides_apart(a, b):
        return True  # (two owners; two sides of a war, "12 soldats cambodgiens" and "Huit soldats" of the Thai side)
    if a.get("subject") in event_states() and other_doc and a.get("page_events") and b.get("page_events"):
        return not story_event(a, b, lead=False)  # (four towers put out, three showing no flame: two states)
    if a.get("subject") not in needs_name():
        return False
    if not other_doc:
        return not (whole_a and whole_a == whole_b  # one page lists many companies' values
                    or same_event and bool(a.get("headline")) != bool(b.get("headline")))  # (its headline's figure)
    pages = {_s(a.get("doc_actor")), _s(b.get("doc_actor"))}
    if not (whole_a or whole_b) and "" not in pages and len(pages) == 2:
        return True  # named by neither sentence, on pages about two different organisations (Meta's, TSMC's)
    return not (whole_a or whole_b or same_event or _one_figure(a, b) or bounds_meet or lone_pair(a, b) and (len(pages) < 2 or "" in pages)
                or magnitude_slip(a["v"], b["v"]) or _context(a["quote"])[1] & _context(b["quote"])[1]
                or a.get("dimension") != "money" and a.get("subject") != "magnitude" and story_event(
                    a, b, lead=fixture_told(a, b))  # (a toll changes by the hour: its own sentence)
                or a.get("dimension") != "money" and len(_named_places(a) & _named_places(b)) > (
                    a.get("subject") == "distance"))  # (deaths in Kerr County: a place names whose toll or length it is; a distance joins two places, so one shared place ("75 km from Everest
    # and the border with Nepal", "90 km north-east of Lobutse in Nepal") does not make it one distance; an amount's
    # place does not say whose money it is; the event both sentences name ties a depth or a distance, not two
    # agencies' magnitudes of one quake, 7.7 and 7.9)


#: a list whose items map in order onto what was named before ("2024 年和 2023 年的总交付量分别是 178 万辆和 180
#: 万辆", "in 2023 and 2024 respectively")
_RESPECTIVELY = re.compile(r"分别|分別|\brespectively\b|\brespectivement\b")
_LIST_NUMBER = re.compile(r"\d[\d,.\s]*\d|\d")
_QUARTER_RANGE = re.compile(r"(?<!\d)([1-4])\s*(?:至|到|-|–)\s*([1-4])\s*(?:季度|季)")


def _list_clauses(quote: str, start: int) -> list[tuple[int, int]]:
    """The clauses of ``quote`` from ``start`` to the end of its sentence (a comma between digits is not a cut)."""
    end = re.search(r"[。；;!?]|\.(?!\d)", quote[start:])
    stop = start + end.start() if end else len(quote)
    cuts = [start] + [start + c.end() for c in re.finditer(r"[,，](?!\s*\d)", quote[start:stop])] + [stop]
    return list(zip(cuts, cuts[1:]))


def respective_slot(claim: dict) -> tuple[str, str] | None:
    """("year", "2024") or ("period", "Q3") when a claim's number is the k-th item of a list its sentence maps
    "respectively" onto as many years or quarters named before the list; else None."""
    return _respective(_s(claim.get("quote")), _s(claim.get("text")))


@lru_cache(maxsize=65536)
def _respective(quote: str, text: str) -> tuple[str, str] | None:
    m = _RESPECTIVELY.search(quote)
    i = quote.find(text)
    if m is None or i < 0:
        return None
    head = quote[:m.start()] if i > m.start() else ""
    years = _YEAR.findall(head)
    quarters = [(int(q.group(1)), int(q.group(2))) for q in _QUARTER_RANGE.finditer(head)]
    k, numbers = None, []
    for piece in _list_clauses(quote, m.end()):  # the list, and a parallel list after it ("而特斯拉同期销量为...")
        numbers = [n.start() for n in _LIST_NUMBER.finditer(quote, piece[0], piece[1])]
        k = next((n for n, at in enumerate(numbers) if at <= i < at + max(1, len(text))), None)
        if k is not None:
            break
    if k is None:
        return None
    if quarters and quarters[0][1] - quarters[0][0] + 1 == len(numbers):
        return ("period", f"Q{quarters[0][0] + k}")
    return ("year", years[k]) if len(years) == len(numbers) and len(years) > 1 else None


def _periods(claim: dict) -> frozenset[str]:
    """The reporting periods a claim's clause names, else its sentence's when it names only one."""
    own = report_periods(around(claim))
    if own:
        return own
    whole = report_periods(_s(claim.get("quote")))
    return whole if len(whole) == 1 else frozenset()


def _page_period(claim: dict) -> frozenset[str]:
    """The page's main reporting period, for a claim whose sentence names none."""
    period = _s(claim.get("doc_period"))
    return frozenset({period}) if period and not report_periods(_s(claim.get("quote"))) else frozenset()


def claim_periods(claim: dict) -> frozenset[str]:
    """The reporting periods a claim is for: its place in a "respectively" list of quarters, else its clause's
    or sentence's (:func:`_periods`), else its page's main period."""
    slot = respective_slot(claim)
    if slot and slot[0] == "period":
        return frozenset({slot[1]})
    return _periods(claim) or _page_period(claim)


def _same_scope(a: dict, b: dict) -> bool:
    """No place and no year named in both quotes sets two claims apart; a year the number's own clause names
    is its year ("par rapport aux 1,79 million ... en 2024" in a sentence about 2025)."""
    from helpers.compare.windows import windows_apart

    (pa, ya), (pb, yb) = _context(a["quote"]), _context(b["quote"])
    own_a, own_b = _year_of(a) or _context(around(a))[1], _year_of(b) or _context(around(b))[1]
    ya, yb = own_a or ya, own_b or yb
    return not (pa and pb and not pa & pb) and not (ya and yb and not ya & yb) and not _older(own_a, b) \
        and not _older(own_b, a) and not windows_apart(a, b)


def _older(years: frozenset[str], other: dict) -> bool:
    """Years two or more before the other claim's page was published, when that claim names no year: its
    undated figure is recent (a 2026 page's "1.64 million vehicles" is not 2024's 1.79 million)."""
    pub = _s(other.get("published"))[:4]
    return bool(years) and pub.isdigit() and not _context(_s(other.get("quote")))[1] and \
        int(max(years)) + 2 <= int(pub)


def _year_of(claim: dict) -> frozenset[str]:
    slot = respective_slot(claim)  # "2024 年和 2023 年...分别是 178 万辆和 180 万辆": 180 万 is 2023's
    return frozenset({slot[1]}) if slot and slot[0] == "year" else frozenset()
