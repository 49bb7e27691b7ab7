"""A measure the reporting vocabulary has no word for, named by the clause's own subject:
"Gross written premiums rose 6.1% to EUR 3.12 billion", "Carloads: 765k in Q3", "Net yields
rose 6.3%". The subject is taken as written, and only when it is a plain noun phrase standing
right before the verb (or the label's colon) that leads to the figure: no verb, pronoun,
time or other company inside it, and no word that makes it someone else's figure. The same
holds for the noun phrase right before "of" the figure ("wrote gross written premium of
£821.4 million"). What a plain noun phrase is, and how it is written as a name:
`noun_phrases.py`."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.breaks import subject_clause_start
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.noun_phrases import (
    NOT_IN_NAME,
    is_noun_phrase,
    known_word,
    participle,
    spelled_out,
    written_name,
)
from bot.ingest.data_units import data_unit_after
from bot.ingest.metric_names import Metric, named_part
from bot.ingest.timing import MONTH_PATTERN, find_times

_WORD = r"[A-Za-z][\w&'’/+-]*"
# up to five words, joined by "of", "and" or "&" ("cost of sales", "food and beverage")
# "in the half", "for fiscal 2025", "during the quarter": a phrase of when, which ends the
# subject before it ("Patient days in the half rose ...": patient days, never "... half")
_WHEN_PHRASE = (
    r"\s+(?:in|for|during|over)\s+(?:the\s+|this\s+|last\s+)?(?:(?:first|second|third|fourth"
    r"|latest|past|same|full|whole|current|fiscal|financial|calendar|final|last)\s+)*"
    r"(?:half|quarter|year|period|month|week|season|(?:six|nine|three|twelve)\s+months"
    r"|(?:19|20)\d\d|(?i:fy)\s?\d|(?i:[hq][1-4]|[1-4]q)\b)"
)
# ("return on average equity": a ratio's name with its own "on")
_NP = rf"(?P<np>{_WORD}(?:(?!{_WHEN_PHRASE})\s+(?:(?:of|and|&|(?<=return\s)on)\s+)?{_WORD}){{0,4}})"
# "For the full year availability was", "In the first quarter net awards were": a phrase of
# when that opens the clause with no comma after it, no part of the subject
_TIME_LEAD = (
    r"(?:(?:in|for|during|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|full|whole|latest"
    r"|past|fiscal|financial|calendar|last)\s+)*(?:half|quarter|year|season|(?:nine|six|three)"
    r"\s+months|(?:19|20)\d\d|(?i:fy)\s?\d{2,4}|(?i:[hq][1-4]))(?:\s+(?:of\s+)?(?:the\s+)?"
    r"(?:(?:fiscal|financial|calendar|current)\s+)?(?:(?:19|20)\d\d|year))?(?:\s+alone)?\s+)?"
)
_LEAD = (
    r"^[^\w]*(?:(?:and|but|so|while|also|meanwhile)\s+)?"
    rf"{_TIME_LEAD}(?:(?:the|our|its|their)\s+)?"
)
# "Revenue ton-miles (RTMs) were", a footnote's "(1)"
_GLOSS = r"(?:\s*\((?:[^()\d]{1,30}|\d)\))?"
# "for the year", "in the quarter", "at constant currency": a short phrase of when or how
_PHRASE = r"(?:\s+(?:in|for|during|over|at|across|on)\s+[^,;:()%$€£¥]{1,40}?)?"
_HEDGE = (
    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|just\s+over|just\s+under"
    r"|more\s+than|a\s+record|an\s+all-time\s+high\s+of)\s+)?"
)
_LEVEL_VERB = (
    r"(?:was|were|is|are|came\s+in\s+at|came\s+to|stood\s+at|totall?ed|reached|amounted\s+to"
    r"|ended\s+at|closed\s+at"
    # "Utilisation averaged 87.5% in the quarter": the level over the period the clause names;
    # "Stores numbered 412 at year-end": a count's level, said with the verb of counting
    r"|averaged|numbered"
    # "Customer deposits closed the year at", "Net debt ended December at": a level on the
    # last day of the period the verb names
    r"|(?P<ended>(?:ended|closed|finished|exited)\s+(?:the\s+|its\s+)?(?:(?:fiscal|financial)\s+)?"
    rf"(?:year|quarter|half|period|month|{MONTH_PATTERN})(?:\s+(?:19|20)\d\d)?\s+(?:at|on)))"
)
_RISING = (
    r"(?:rose|grew|increased|climbed|jumped|gained|advanced|improved|(?:was|were)\s+up"
    r"|edged\s+up)"
)
_FALLING = (
    r"(?:fell|declined|decreased|dropped|slipped|eased|shrank|(?:was|were)\s+down|edged\s+down)"
)
_BY_RATE = rf"(?:by\s+)?{_HEDGE}[-+]?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+"
# verbs that move a ratio to a level, said only with "to" ("the margin widened to 5.8%",
# "attrition ticked down to 12.1%"): never a rate of change of their own
_MOVED = (
    r"(?:widened|narrowed|expanded|contracted|ticked\s+(?:up|down)|softened|recovered"
    r"|deteriorated|worsened|strengthened|moved)"
)
# "<subject> was 4.1 billion", "<subject> rose 6.1% to 3.12 billion", "<subject> fell to 412"
_TO_LEVEL = re.compile(
    rf"{_LEAD}{_NP}{_GLOSS}{_PHRASE}\s+(?:{_LEVEL_VERB}|(?:{_RISING}|{_FALLING}|{_MOVED})\s+"
    rf"(?:{_BY_RATE})?to)\s+{_HEDGE}$",
    re.IGNORECASE,
)
# "<part> did €1,003 million", "<part> took in $6.98 billion": a part's share of the whole
_PART_VERB = (
    r"(?:did|took\s+in|brought\s+in|contributed|generated|accounted\s+for|posted|recorded"
    r"|made)"
)
_PART_DID = re.compile(
    rf"{_LEAD}{_NP}{_GLOSS}(?:\s+alone)?{_PHRASE}\s+{_PART_VERB}\s+{_HEDGE}$", re.IGNORECASE
)
_LEVEL_OR_PART = rf"(?:{_LEVEL_VERB}|{_PART_VERB})"
# "Northpaw, our outdoor brand, came in at $490 million": a subject set apart by a phrase
# about it, read past the phrase
_APPOSED = re.compile(
    rf"(?:^|[.;:]\s+|\n)[\s>*•-]*(?:(?:the|our|its)\s+)?{_NP},\s+"
    rf"(?:our|its|the|a|an|which|who|still|now)\b[^,;:]{{1,60}},\s+{_LEVEL_OR_PART}\s+{_HEDGE}$",
    re.IGNORECASE,
)
# "<subject> rose 6.3%", "<subject> were down 1.8%"
_CHANGED_BY = re.compile(
    rf"{_LEAD}{_NP}{_GLOSS}{_PHRASE}\s+(?:(?P<up>{_RISING})|(?P<down>{_FALLING}))"
    rf"(?:\s+by)?\s+{_HEDGE}$",
    re.IGNORECASE,
)
# "Carloads: 765k", "- Net yield: +5.8%": a line's label; "Clients at August 31, 2025:
# 61,240", "**Billboard faces** at 30 June 2025: 14,820": one with the day it counts at
_LABEL_DAY = (
    r"(?:\*\*)?(?:\s+(?:at|as\s+(?:of|at)|on)\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)"
    r"\s+(?:19|20)\d\d)?"
)
# "H1 cards shipped:", "Q3 FY25 revenue:": the period a label opens on, no part of its name
_LABEL_PERIOD = r"(?:(?:[HQ][1-4]|[1-4]Q|9M|FY\s?\d{2,4}|(?:19|20)\d\d)\s+)*"
# "Cards shipped in H1:", "Revenue for the quarter:": the period a label ends on
# "Occupancy 2025:", "Return rate Q3:", "Rent per bed 2024/25:": the period written bare after
# the label, no part of its name either
_BARE_PERIOD = (
    r"(?:(?:[HQ][1-4]|[1-4]Q|9M|FY\s?\d{2,4})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d(?:/\d\d)?)"
)
_LABEL_WHEN = (
    rf"(?:{_WHEN_PHRASE}(?:\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?(?:19|20)?\d\d)?"
    r"|\s+(?:in|for|during)\s+(?:[HQ][1-4]|[1-4]Q|9M|FY\s?\d{2,4})(?:\s+(?:19|20)\d\d)?"
    rf"|\s+{_BARE_PERIOD})?"
)
# (a label's words stop before a bare period: "Return rate Q3:" names the return rate)
_LABEL_NP = _NP.replace("(?!", rf"(?!\s+{_BARE_PERIOD}\b|", 1)
_LABEL = re.compile(
    rf"(?:^|\n)[\s>*•-]*{_LABEL_PERIOD}{_LABEL_NP}{_GLOSS}{_LABEL_DAY}{_LABEL_WHEN}\s*:\s*"
    rf"{_HEDGE}\+?\s*$"
)

# "... at August 31", "as of 30 September", "at year-end": a balance counted on a day
_AT_DAY = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,?\s*(?:at|as\s+(?:of|at)|on)\s+(?:the\s+)?"
    r"(?:\d|end\s+of|close\s+of|(?:year|quarter|period|half)[\s-]end"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# what may follow a rate that is the subject's level: the end, a stop, a phrase of when or
# where ("61.2% in Q3", "85.1%, against"), or the level it moved from ("improved to 38.2% from
# 44.9%"); never "38% of revenue", "3% higher", "3% rebate"
_LEVEL_END = re.compile(
    r"\s*(?:$|[.,;:)(]|[—–-]\s|(?:in|for|at|during|against|versus|vs\.?|compared|and)\b"
    r"|from\s+(?:the\s+)?[-+]?\d[\d.,]*\s*(?:%|per\s?cent|percent))",
    re.IGNORECASE,
)
# what may follow a bare count its subject names: the end, a stop, a comparison or a time
_BARE_END = re.compile(
    r"\s*(?:$|[.,;:)(]|[—–-]\s|(?:in|for|at|during|over|against|versus|vs\.?|compared|from|up"
    r"|down|a\s+year|last|this|year|on|as)\b)",
    re.IGNORECASE,
)


def _subject(pattern: re.Pattern[str], text: str, sl: Slot) -> re.Match[str] | None:
    # (sliced: "^" is the clause's start; one space before the figure, which may hold it)
    return pattern.search(
        text[subject_clause_start(text, sl.fig.start) : sl.fig.start].rstrip() + " "
    )


def _label(text: str, sl: Slot) -> re.Match[str] | None:
    """A line's label before the figure, in words of the language or acronyms: a coined
    brand's line ("Pelunor: CHF 380 million") is read by `coined.py`, with its own time."""
    m = _LABEL.search(text[: sl.fig.start].rstrip() + " ")
    if m is None or not all(known_word(w) for w in re.findall(r"[\w'’-]+", m["np"])):
        return None
    return m


# a clause whose verb is "averaged"; the words that name a price, a cost or a yield of ours
_AVERAGED = re.compile(r"\baveraged\s+\S*\s*$", re.IGNORECASE)
_PER_THING = re.compile(r"\s*(?:a|an|per|to\s+the|against\s+the)\s+[A-Za-z]", re.IGNORECASE)
_PRICE_WORD = re.compile(
    r"\b(?:prices?|costs?|returns?|fares?|rates?|revenues?|yields?|spend|value|basket|ticket"
    r"|income|margins?|earnings|sales|wages?|fees?|realis[a-z]*|realiz[a-z]*|ASPs?|ARPU|RevPAR"
    r"|ADR|premiums?|charges?|balances?)\b",
    re.IGNORECASE,
)


def subject_amount(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The measure of an amount or a count whose clause names it by a subject no vocabulary
    word heads: "Network vehicle-km totalled 4,412 million", "TPV for the year was $277.9
    billion". A place as the subject of an amount is a part of the whole the text is about
    ("Japan was €452 million")."""
    money = sl.fig.unit != "units"
    part = _subject(_PART_DID, text, sl) or _APPOSED.search(text[: sl.fig.start].rstrip() + " ")
    if part is not None and money and is_noun_phrase(part["np"], ctx.published, ctx):
        return _part_of_whole(part["np"], sl, ctx)
    m = _subject(_TO_LEVEL, text, sl) or _label(text, sl)
    if m is None or not is_noun_phrase(m["np"], ctx.published, ctx):
        return None
    np = m["np"]
    region = reporting.regions_in(_without_whole(np))
    if region:
        whole_np = len(region) == 1 and region[0].start == 0 and region[0].end >= len(np)
        if not money or ctx.whole is None or not whole_np:
            return None
        return named_part(ctx.whole, np)
    if not money and np.lower() in lx.MONEY_HEADS:
        return None  # "Revenue was four billion ...": an amount whose currency went unread
    if "/" in np:
        return None  # "the average CHF/USD rate": a currency's rate, no measure of ours
    if (
        money
        and _AVERAGED.search(m.group())
        and _PER_THING.match(text, sl.fig.end)
        and not _PRICE_WORD.search(np)
    ):
        # "Whole milk powder averaged USD 3,840 a tonne", "The rupee averaged Rs. 298 to the
        # dollar": a market's price of a thing, never a measure the company names as its own
        # ("the enterprise line averaged 610,000 yen": its own line's, with no unit after)
        return None
    if _AT_DAY.match(text, sl.fig.end) or _ended_at(m):
        sl.level = True  # "Net debt was £2.61bn at 31 March": a balance on that day
    name = written_name(np)
    return Metric(name, "money" if money else "units", None, (), name)


# a later clause joined to the one before: "... and franchise fees were", "; bran was"
_JOINED = re.compile(r"^\W*(?:and|while|whereas|but)\s+|^\s*;\s*", re.IGNORECASE)


def joined_subject_amount(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The amount a later clause's own subject names after "and", "while" or a semicolon
    ("Bakery sales were $262.4 million and franchise fees were $38.8 million"): that
    subject, never the measure the sentence opened with."""
    own = text[sl.left : sl.fig.start]
    joined = _JOINED.match(own)
    if sl.left == 0 or sl.fig.unit in ("units", "percent") or joined is None:
        return None
    m = _TO_LEVEL.search(own[joined.end() :].rstrip() + " ")
    if m is None or not is_noun_phrase(m["np"], ctx.published, ctx):
        return None
    if reporting.regions_in(_without_whole(m["np"])):
        return None  # ("and Europe was $400 million": a part, read by the parts' rules)
    name = written_name(m["np"])
    return Metric(name, "money", None, (), name)


# "... wrote gross written premium of £821.4 million", "closed 2025 with assets under
# management of CHF 197.6 billion": the words before "of" and the amount
_OF_AMOUNT = re.compile(rf"(?P<before>[^,;:()]*?)\s+of\s+{_HEDGE}$", re.IGNORECASE)
# words a measure's name never opens with: an article, a preposition, a pronoun
_OPENERS = frozenset("a an the with of for to in on at by from as its our their his her".split())
# ("Assets under management of", "Policies in force of"): a name's own inner words
_INNER = frozenset("under in on at".split())
# heads of amounts that are no measure of the business: one-off items, payouts, rates
_NOT_OF_HEAD = frozenset(
    """
    rate rates impairment impairments charge charges writedown write-down dividend interim
    investment investments provision provisions payment payments loan loans fine settlement
    cost costs
    """.split()
)
# "ended the quarter with": what it had when the period closed
_ENDED_WITH = re.compile(
    r"\b(?:ended|closed|finished|exited)\s+(?:the|its|our|their)\s+(?:fiscal\s+)?"
    r"(?:year|half|quarter|period)\s+with\b",
    re.IGNORECASE,
)
# "<subject> at 30 June 2025 was": the day the subject is counted on, before its verb
_DAY_SUBJECT = re.compile(
    _AT_DAY.pattern + r"[\w\s]{0,12}?,?\s+(?:was|were|stood|amounted|came)\b", re.IGNORECASE
)
# "an average of €1.58 per kilogram": a price, the amount of one unit of what it sells
_PER_AFTER = re.compile(r"\s*(?:per|a|an)\s+[a-z]", re.IGNORECASE)


def _phrase_ending(words: list[str]) -> list[str]:
    """The noun phrase that ends WORDS, read back over nouns, adjectives and participles
    ("wrote gross written premium" -> "gross written premium") and a name's inner
    preposition ("assets under management"), up to a verb, an article or a preposition."""
    name: list[str] = []
    for w in reversed(words[-6:]):
        low = w.lower().strip("'’")
        if low in _INNER and name and len(name) < 4:
            name.insert(0, w)
            continue
        if low in _OPENERS or not re.fullmatch(r"[A-Za-z][\w&'’-]*", w):
            break
        tags = set(getAllLemmas(low))
        if not tags & {"NOUN", "PROPN", "ADJ"} and not (
            name and participle([low, *(x.lower() for x in name)], 0)
        ):
            break  # "wrote", "closed": the verb the phrase follows
        name.insert(0, w)
    while name and name[0].lower() in _INNER:
        name = name[1:]
    return name


def named_before_of(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The measure of an amount or a count named by the noun phrase right before "of" it,
    where no vocabulary word names it: "The insurer wrote gross written premium of £821.4
    million", "closed 2025 with assets under management of CHF 197.6 billion", "Policies in
    force of 1,284,000". The phrase is read back from "of" over words of the language, up to
    a verb, an article or a preposition; never a change, a total or a part of something."""
    start = subject_clause_start(text, sl.fig.start)
    m = _OF_AMOUNT.search(text[start : sl.fig.start].rstrip() + " ")
    if m is None:
        return None
    words = m["before"].split()
    name = _phrase_ending(words)
    np = " ".join(name)
    if not np or not is_noun_phrase(np, ctx.published, ctx):
        return None
    if reporting.regions_in(np):
        return None  # a part ("Europe revenue of"): read where parts are read
    head = next((w for w in name[1:] if w.lower() in _INNER), None)
    head = (name[name.index(head) - 1] if head else name[-1]).lower()
    priced = _PER_AFTER.match(text, sl.fig.end) is not None
    if head in _NOT_OF_HEAD or (head == "average" and not priced):
        return None  # "a one-time impairment of", "at an average rate of": no measure of ours
    lead = " ".join(words[max(0, len(words) - len(name) - 2) : len(words) - len(name)])
    if re.fullmatch(r"(?i:at\s+an?)", lead) and not priced:
        return None  # "acquired ... at a land premium of": what it was done at, a price
    if sl.fig.unit == "units" and not head.endswith("s"):
        return None  # "a tray of 18 eggs", "a library of 120 courses": one thing, no count
    if sl.fig.unit != "units" and len(name) < 2 and not priced:
        return None  # "cash of $61.4m", "an interim of 6 cents": a word too bare to name it
    if sl.fig.unit != "units" and np.lower() in lx.MONEY_HEADS:
        return None
    clause = text[start : sl.fig.start]
    if _AT_DAY.match(text, sl.fig.end) or _ENDED_WITH.search(clause) or _DAY_SUBJECT.search(clause):
        # "we ended the quarter with net debt of $214 million", "policies in force of
        # 1,284,000 at 30 September 2025", "Net financial position at 30 June 2025 was a net
        # cash of €538 million": a balance on that day
        sl.level = True
    name_ = written_name(np)
    return Metric(name_, "units" if sl.fig.unit == "units" else "money", None, (), name_)


def _without_whole(np: str) -> str:
    """The subject without a word that only says it is the whole company's ("Total washes",
    "Group admissions", "Overall occupancy"): the whole's measure, never a region's part."""
    found = reporting.regions_in(np)
    if not found or not found[0].region.whole or found[0].start != 0 or found[0].end >= len(np):
        return np
    rest = np[found[0].end :].strip()
    return rest if rest and not reporting.regions_in(rest) else np


# A wire's item: "* Q2 visitation 2.31 mln vs 2.08 mln", "Q1 PRIZE PAYOUT RATIO 52.4 PCT VS
# 51.9 PCT", "; HEATERS 44,100 VS 47,800": a label (after the period's token, if any) names
# the figure set against its base
_WIRE_ITEM = re.compile(
    # ("9-mth shop visits 315": a wire's months to date, its shorthand)
    r"(?:^|;)[\s*•-]*(?:(?:[QH][1-4]|[1-4]Q|9M|6M|FY|YTD|(?i:\d{1,2}[\s-]?mths?))(?:\s*FY)?"
    r"(?:\s*['’]?\d{2,4})?\s+)?"
    r"(?P<np>[A-Za-z][\w&'’/.-]*(?:\s+[A-Za-z][\w&'’/.-]*){0,5}?)(?:\s*\([A-Z]{2,6}\))?\s*$"
)
# words that end no label of a figure: a change's direction, a preposition
_NOT_LABEL_END = frozenset(
    "up down higher lower rose fell grew increased decreased declined at of to by in for from on"
    " was were is are".split()
)
# an item's figure alone to the end of its line, or before its bracketed comparative or
# change: "Trading volume KRW 512.8 tn (3Q24: KRW 388.1 tn)", "Ground ADV 9.87M (+5.2% YoY)"
_ITEM_END = re.compile(
    r"\s*(?:[A-Za-z]{1,5}\.?)?\s*(?:$|;|\((?:[^()]*:|\s*[+\-–−]?[\d.,]+\s*%)[^()]*\)\s*(?:$|;)"
    # ("Revenue $880 mln, up 5.1% yoy": the item's change after it, its own figure)
    r"|,\s*(?:up|down)\s+[\d.,]+\s*(?:%|pct|percent)\s)"
)
_AGAINST_BASE = re.compile(
    r"\s*(?:%|pct|[A-Za-z]{1,5}\.?)?(?:\s+[A-Za-z]{1,5}\.?)?\s+(?:vs\.?|versus)\s", re.I
)


def _initials(word: str) -> bool:
    """ "GGR", "ADV": a short word of capitals that is no word of the language."""
    return len(word) <= 4 and not getAllLemmas(word.lower())


def wire_label(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The measure a wire item's label names, the figure set against its base: "Q2 visitation
    2.31 mln vs 2.08 mln" is visitation, "Q2 avg donor fee per donation $63 vs $61" the
    average donor fee per donation."""
    against = _AGAINST_BASE.match(text, sl.fig.end)
    if (
        not against
        and not _ITEM_END.match(text, sl.fig.end)
        and not _ON_DAY.match(text, sl.fig.end)
    ):
        return None  # ("CARDS IN FORCE 18.91 MLN AT END-DEC": an item's count on a day)
    m = _WIRE_ITEM.search(text, 0, sl.fig.start)
    if m is None:
        return None
    words = [w for w in m["np"].split() if not find_times(w, ctx.published)]
    np = " ".join(words)
    if not words or not is_noun_phrase(np.lower(), ctx.published, ctx):
        return None
    if words[-1].lower() in _NOT_LABEL_END:
        return None  # "COMPARABLE FUNERAL CALLS DOWN 1.9 PCT", "attrition at 12.9%"
    if not against and all(w[:1].isupper() and not w.isupper() for w in words):
        return None  # "Jakarta -0.6%; Bangkok +0.2%": names in a list, no measure
    parts = [r for r in reporting.regions_in(np) if not r.region.whole]
    if parts and (sl.fig.unit != "units" or not against):
        # ("Q2 Europe $412 mln vs ..."): a part, read where parts are read; a word for the
        # whole ("Total deposits $49.52 bln", "Group revenue ...") names the company's own
        return None
    if np.isupper():  # a wire in capitals: its words in lower case, its initials kept
        np = " ".join(w if _initials(w) else w.lower() for w in words)
    name = re.sub(r"\bavg\b\.?", "average", written_name(np))
    family = {"units": "units", "percent": "percent"}.get(sl.fig.unit, "money")
    return Metric(name, family, None, (), name)


def item_count(text: str, sl: Slot, ctx: Context) -> bool:
    """Whether a bare number is a count an item of a list states right after its label,
    alone to the item's end: "* Q3 engine shop visits 101; 9-mth shop visits 315" under a
    wire's dateline."""
    if (
        sl.fig.unit != "units"
        or ctx.lead_in is None
        or re.search(r"[A-Za-z]-$", text[: sl.fig.start])  # "KM-200": a model's code
    ):
        return False
    on_day = _ON_DAY.match(text, sl.fig.end)
    based = _BARE_BASE.match(text, sl.fig.end)
    rest = text[on_day.end() if on_day else based.end() if based else sl.fig.end :]
    if re.match(r"\s*(?:$|;|\n)", rest) is None:
        return False
    before = text.rfind(";", 0, sl.fig.start)
    if on_day or (before >= 0 and _ON_DAY.search(text[:before] + " ") is not None):
        # "Active merchants 283,900 at Sept 30; POS terminals 131,200": counted on that day
        sl.level = True
    return True


# "PERMANENT PLACEMENTS 4,860 VS 5,410": a bare count's base a year earlier, to the item's end
_BARE_BASE = re.compile(r"\s+(?:vs\.?|versus)\s+\d[\d,]*(?:\.\d+)?(?=\s*(?:$|;|\n))", re.I)
# "at Sept 30", "AT QTR END", "at end-December": the day an item's count is counted on
_ON_DAY = re.compile(
    r"\s+(?:at|as\s+(?:of|at)|on)\s+(?:the\s+)?(?:end[\s-]\w+|(?:qtr|quarter|year|period)"
    r"[\s-]end|[a-z]{3}[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+[a-z]{3}[a-z]*)\s*"
    r"(?=$|;|\n|,\s*(?:up|down)\s+[\d.,]+\s*(?:%|pct|percent)\s)",
    re.IGNORECASE,
)


def names_count(text: str, sl: Slot, ctx: Context) -> bool:
    """Whether a bare number (no scale, no unit) is a count its clause's subject names:
    "Inpatient admissions rose to 111,500", "Admissions were 111,500 in 2025"."""
    # ("Data traffic was 611 PB": a data unit says how the count is measured, not what)
    unit = data_unit_after(text, sl.fig.end)
    if sl.fig.unit != "units" or not _BARE_END.match(text, unit.end() if unit else sl.fig.end):
        return False  # ("EPS was 231.6 pence": a word after the number says what it is)
    m = _subject(_TO_LEVEL, text, sl)
    return (
        m is not None
        and is_noun_phrase(m["np"], ctx.published, ctx)
        and m["np"].lower() not in lx.MONEY_HEADS
        and not reporting.regions_in(_without_whole(m["np"]))
    )


def _part_of_whole(np: str, sl: Slot, ctx: Context) -> Metric | None:
    """A part's amount, of the last whole stated at least as large ("Revenue was €4.2 billion
    ... the Americas did €1,003 million": Americas revenue); none without such a whole."""
    whole = next((m for m, value in reversed(ctx.wholes) if abs(value) >= abs(sl.fig.value)), None)
    if whole is None or np.lower() in whole.name.lower():
        return None
    sl.part = True
    return named_part(whole, np)


def labelled_count(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """A bare number a line's label names: "Cabin nights: 812,000"."""
    m = _label(text, sl)
    if m is None or sl.fig.unit != "units" or not is_noun_phrase(m["np"], ctx.published, ctx):
        return None
    if not re.match(r"[.,;]?(?:\s|$)", text[sl.fig.end :]):
        return None  # "TEL: +81-3-...": a number of some other kind
    if m["np"].lower() in lx.MONEY_HEADS or reporting.regions_in(m["np"]):
        return None
    name = written_name(m["np"])
    return Metric(name, "units", None, (), name)


# words that end a qualifier read leftwards: "led the regions with | organic growth"
_CONNECTIVES = (
    frozenset("the a an with for in on at of by to from and or but as than".split()) | NOT_IN_NAME
)
# "organic growth of 2% to 4%", "new unit growth was 5%", "its organic growth outlook to 4%":
# a growth the words before "growth" qualify, with no measure the vocabulary names
_QUALIFIED_GROWTH = re.compile(
    rf"(?P<np>(?:{_WORD}\s+){{1,4}})growth(?:\s+(?:outlook|guidance|view|forecast|target))?"
    rf"{_PHRASE}\s+(?:of|was|is|at|to|came\s+in\s+at|(?:rose|fell|slowed|picked\s+up)\s+to)"
    rf"\s+{_HEDGE}(?:between\s+)?[-+]?$",
    re.IGNORECASE,
)


def qualified_growth(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """ "We expect organic growth of 2% to 4%": the growth its qualifying words name, as
    written; none when the words are no noun phrase of ours (a verb, a time, a company)."""
    start = subject_clause_start(text, sl.fig.start)
    m = _QUALIFIED_GROWTH.search(text, start, sl.fig.start)
    if m is None or any(not r.region.whole for r in reporting.regions_in(text[: m.end()])):
        # ("The Americas led with organic growth of 9.4%", "In Latin America, organic growth
        # of 9.6%": a part's, not ours)
        return None
    words = m["np"].split()
    if any(w.lower() in ("their", "his", "her") for w in words):
        return None  # "Their full-year organic growth was 7%": another company's
    times = find_times(m["np"], ctx.published)
    if times:  # "For the nine months organic growth was": what follows the time
        words = m["np"][max(t.end for t in times) :].split()
    cut = max((n + 1 for n, w in enumerate(words) if w.lower() in _CONNECTIVES), default=0)
    words = words[cut:]  # "led the regions with organic": what follows the last function word
    while words and not is_noun_phrase(" ".join(words), ctx.published, ctx):
        words = words[1:]  # "expects organic": the qualifier is what follows the verb
    if not words:
        return None
    name = f"{written_name(' '.join(words))} growth"
    return Metric(name, "percent", None, (), name)


def subject_rate(text: str, sl: Slot, ctx: Context) -> Metric | None:
    """The measure of a percentage whose clause names it by its subject: a change ("Net
    yields rose 6.3%": net yields growth, a fall negative) or a level the subject is ("The
    operating ratio was 61.2%", "OR: 61.2%"). A percentage of something after it ("38% of
    revenue") or said to be higher or lower is no level of the subject."""
    changed = _subject(_CHANGED_BY, text, sl)
    if changed is not None and is_noun_phrase(changed["np"], ctx.published, ctx):
        if reporting.regions_in(_without_whole(changed["np"])):
            return None
        if changed["down"]:
            sl.value = -abs(sl.fig.value)
        name = f"{written_name(spelled_out(changed['np'], ctx))} growth"
        return Metric(name, "percent", None, (), name)
    if not _LEVEL_END.match(text, sl.fig.end):
        return None
    m = _subject(_TO_LEVEL, text, sl) or _label(text, sl)
    if m is None or not is_noun_phrase(m["np"], ctx.published, ctx):
        return None
    if reporting.regions_in(_without_whole(m["np"])):
        return None
    sl.level = sl.level or _ended_at(m)  # "The past-due loan ratio closed the year at 3.18%"
    name = written_name(spelled_out(m["np"], ctx))
    return Metric(name, "percent", None, (), name)


def _ended_at(m: re.Match[str]) -> bool:
    """The subject's verb closes a period at the figure ("ended the year at"): its level on
    the period's last day, never the period's flow."""
    return "ended" in m.groupdict() and m["ended"] is not None
