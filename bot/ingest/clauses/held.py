"""Counts held on a day: what a company had, operated or served when the text counts it
("Open rooms reached 312,400 at 31 December 2025", "we ended the year with 14 clinics",
"it had 412 wholesale doors at the end of September"), each a level of the things counted
on that day, never a count of what it sold over a period."""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.kinds import DETERMINERS
from bot.ingest.figures import Figure, find_figures
from bot.ingest.metric_names import Metric
from bot.ingest.timing import MONTH_PATTERN

# "Open rooms reached 312,400 at 31 December 2025", "Annual active consumers in China were
# 1,018 million as at September 30, 2025": the subject names a count the company had on the
# day the clause names, never a count of what it sold over a period
_LEVEL_VERB = re.compile(
    r"(?P<measure>(?:[A-Za-z][\w&'’²-]*\s+){0,4}?[A-Za-z][\w²-]*)\s+(?:reached|stood\s+at|was|were"
    r"|totall?ed|amounted\s+to"
    # "the order bank shrank to 4,310 cars at the end of September": a level moved to
    r"|(?:shrank|shrunk|grew|rose|fell|climbed|dropped|increased|decreased|declined)\s+to)"
    r"\s+(?:(?:about|around|nearly|some|roughly|a\s+record)\s+)?$",
    re.IGNORECASE,
)


def _day(year_optional: bool) -> str:
    """A day a level is counted on: "at 31 March 2025", "as of December 31, 2025", "at the
    end of September", "at end of Q3", "at quarter-end" (the last day of that span)."""
    year = r"\s+(?:19|20)\d\d"
    after_day, after_month = (
        (rf"(?:{year})?", rf"(?:,?{year})?") if year_optional else (year, f",?{year}")
    )
    return (
        r"(?:at|as\s+at|as\s+of|as\s+on|on)\s+(?:the\s+)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}){after_day}"
        rf"|(?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?{after_month}"
        rf"|end\s+of\s+(?:the\s+|its\s+|our\s+)?(?:{MONTH_PATTERN}|quarter|year|half|period"
        r"|fiscal|financial|first|second|third|fourth|Q[1-4]|H[12]|FY|(?:19|20)\d\d)"
        r"|(?:quarter|year|half|period)[\s-]end)\b"
    )


_ON_DAY = re.compile(
    # ("412 wholesale doors at the end of September": what is counted, a few words; "1,530
    # kiosks operating at 31 March", "3,540 technicians on its books at 28 June": what they
    # are doing or where they are kept); the day's year may be left to the text ("Open rooms
    # reached 312,400 at 31 December", "stood at 118 resorts at June 30"): the verb of a
    # level before the count, or of holding, says it is counted on that day
    r"(?:\s+(?:[a-zA-Z²-]+|m2|sq\.?\s*m)){0,4}?\s+" + _day(year_optional=True),
    re.IGNORECASE,
)
# ... or the day opens the sentence, before the holder and its verb: "At 30 September we were
# serving 2,419,900 connected properties", "As of December 31, 2025, we operated 94 ..."
_DAY_FIRST = re.compile(r"^\W*" + _day(year_optional=True) + r",?\s", re.IGNORECASE)
# ... or it stands right before the holder anywhere in the sentence
_DAY_BEFORE = re.compile(
    _day(year_optional=True) + r",?\s+(?:[A-Za-z][\w&.'’-]*\s+){1,4}$", re.IGNORECASE
)
# "Service base: 415,500 units at quarter end": a label line naming the level
_LEVEL_LABEL = re.compile(r"[\s*•-]*(?P<measure>[A-Za-z][\w&'’ -]{1,40}?)\s*:\s*")
# "Installed base at 31 Dec 2025: 2,279", "Own showrooms at end-June: 47", "Dealer
# showrooms at FYE: 2,140": a label line naming the level and the day it is counted on
_LABEL_WITH_DAY = re.compile(
    r"[\s>*•-]*(?:\*\*)?(?P<measure>[A-Za-z][\w&'’ -]{1,40}?)(?:\*\*)?\s+"
    rf"(?:{_day(year_optional=True)}|at\s+end-(?:{MONTH_PATTERN})|at\s+FYE)"
    r"\s*:\s*(?:\*\*)?",
    re.IGNORECASE,
)
_MORE_COUNTS = re.compile(r"[^()\n]*?[,;]\s*[^()\n]*?\d")
_SPEAKER_LEAD = re.compile(
    r"^.*\b(?:said|says|reported|reports|announced|noted|added|told\s+\w+)\s+(?:that\s+)?",
    re.IGNORECASE,
)
_HELD_ORDERS = re.compile(r"\border\s+(?:bank|book)$")
_REGION_TAIL = re.compile(r"\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
_NOT_LEVEL_WORDS = frozenset("it this that which these those they we".split())
_TIME_WORD = re.compile(r"\b(?:(?:19|20)\d\d|quarter|year|half|month|week|period|fy\d*)", re.I)
_OWNER_WORDS = re.compile(r"^(?:[\w&.-]+\s+){0,3}?[\w&.-]+['’]s?\s+")


def held_on_day(text: str, start: int, f: Figure) -> bool:
    """The clause from START says F is what its subject stood at on a day it names right
    after F, whatever F measures: "Coal stockpiles stood at 1.9 Mt at 30 September 2025",
    "Grain storage capacity was 16.5 million tonnes at 31 December"."""
    if _ON_DAY.match(text, f.end) is None:
        return False
    return _LEVEL_VERB.search(_unaside(text[start : f.start])) is not None


def on_day_after(text: str, f: Figure) -> bool:
    """A day is named right after F: "... 3,780 MW of installed capacity at 31 December"."""
    return _ON_DAY.match(text, f.end) is not None


def day_first(text: str) -> bool:
    """The sentence opens with a day: "As of 30 June 2025 the Company had ..."."""
    return _DAY_FIRST.match(text) is not None


def on_a_day(text: str, f: Figure) -> bool:
    """The sentence counts F on a day: named right after it ("... of 10.4 million tonnes per
    annum at June 30, 2025") or opening the sentence ("As of 30 June 2025 the Company had
    effective production capacity of 210 GWh")."""
    return (
        _ON_DAY.match(text, f.end) is not None
        or _DAY_FIRST.match(text) is not None
        or _DAY_SAID.search(text, 0, f.start) is not None
    )


# a day with its year said anywhere before a figure: "A: As of 30 September 2025 the ..."
_DAY_SAID = re.compile(_day(year_optional=False), re.IGNORECASE)


def level_on_day(text: str, start: int, f: Figure) -> Metric | None:
    """The count a clause's subject names where the clause counts it on a day it names:
    "Fibre homes passed reached 6.1 million at 31 March 2025" -> "fibre homes passed". None
    for a measure the vocabulary knows (sales, deliveries, revenue: flows, read elsewhere)."""
    if f.unit != "units":
        return None
    if _ON_DAY.match(text, f.end) is None:
        # "Clients at 31 December 2025: 61,240", "Flex workers at quarter end: 96,400": the
        # day in the line's label, before its colon
        m = _LABEL_WITH_DAY.fullmatch(text, 0, f.start)
        if m is None or _MORE_COUNTS.match(text, f.end):
            # ("Development pipeline at 30 September: 3 schemes, 2,960 beds": a list of
            # counts under the label, each of its own thing)
            return None
    else:
        m = _LEVEL_VERB.search(_unaside(text[start : f.start])) or _LEVEL_LABEL.fullmatch(
            text, 0, f.start
        )
    if m is None and start > 0:
        # ("The order bank, long the company's pride, shrank to": a subject before the aside)
        m = _LEVEL_VERB.search(_unaside(text[: f.start]))
    if m is None:
        return None
    return _held_name(m["measure"])


# "The installed base ended the year at 500 systems", "Dealer count closed the quarter at
# 2,140": the subject's level on the last day of the period the verb closes
_ENDED_AT = re.compile(
    r"(?P<measure>(?:[A-Za-z][\w&'’²-]*\s+){0,4}?[A-Za-z][\w²-]*)\s+"
    r"(?:ended|closed|finished|exited)\s+(?:the|its|our|their)\s+(?:(?:fiscal|financial)\s+)?"
    r"(?:year|quarter|half|period)\s+at\s+(?:(?:about|around|nearly|some|roughly)\s+)?$",
    re.IGNORECASE,
)


def ended_at_level(text: str, start: int, f: Figure) -> Metric | None:
    """The count a clause's subject names where the clause closes a period at it: "The
    installed base ended the year at 500 systems" -> "installed base"; None for a measure
    the vocabulary knows (read elsewhere) or a pronoun ("We ended the year at ...")."""
    if f.unit != "units":
        return None
    m = _ENDED_AT.search(_unaside(text[start : f.start]))
    return _held_name(m["measure"]) if m is not None else None


def _held_name(measure: str) -> Metric | None:
    """The level a subject's words name, or None for a pronoun, a time or a measure the
    vocabulary knows (a flow, read elsewhere)."""
    # ("... in China": the region read apart; "Tarrow's trading space": whose, not what)
    phrase = _OWNER_WORDS.sub("", _REGION_TAIL.sub("", measure))
    # ("Zephyr said its subscribers reached ...": the subject after the speaker's verb)
    phrase = _SPEAKER_LEAD.sub("", phrase)
    words = [
        w.lower()
        for w in phrase.split()
        if w.lower() not in DETERMINERS and w.lower() not in ("total", "our", "its", "their")
    ]
    # ("the order bank shrank to ...": orders held on a day, whatever "order" names alone)
    held = _HELD_ORDERS.search(" ".join(words)) is not None
    if (
        not words
        or words[0] in _NOT_LEVEL_WORDS
        or any(w in _NOT_LEVEL_WORDS for w in words)
        or (reporting.family_of(" ".join(words)) is not None and not held)
        or (any(reporting.family_of(w) is not None for w in words) and not held)
        or _TIME_WORD.search(phrase)
    ):
        return None
    name = " ".join(words)
    return Metric(name, "units", None, (), name)


# "we ended the year with 63,480 clients", "At year end we operated 402 funeral homes": a
# count the company had at the year's end, never a count of what it sold over the year (a
# quarter's "the quarter" is left to the readers of quarters: it may be read against a
# comparison's quarter nearby)
# a verb that closes a period, in every form a result or a plan writes it ("ended", "to
# finish", "expects to close"): one list for each reader of a count at a period's end
ENDING_VERB = (
    r"(?:end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|finishing"
    r"|exit|exits|exited|exiting)"
)
_ENDED_WITH = re.compile(
    # ("plans to end the year with", "aims to finish fiscal 2027 with": the plan's own verb)
    rf"\b{ENDING_VERB}"
    r"\s+(?:(?:the|its|our|their|this)\s+(?:(?:first|second|third|fourth)\s+)?"
    r"(?:(?:fiscal|financial)\s+)?(?:year|half|quarter|period)(?:\s+\w+)?"
    # ("the second quarter of fiscal 2025")
    r"(?:\s+of\s+(?:(?:fiscal|financial)\s+)?(?:19|20)\d\d)?"
    # ("ending 2025 with 2,226 car parks", "ended March with 15,390 towers", "ended September
    # 2025 with"): a year or month,
    # a fiscal year by its number ("fiscal 2026", "FY26", "FY2025")
    rf"|(?:(?:fiscal|financial)\s+)?(?:19|20)\d\d|FY\s?(?:19|20)?\d\d"
    rf"|(?:{MONTH_PATTERN})(?:\s+(?:19|20)\d\d)?)"
    r"\s+with\s+"
    r"|\bat\s+(?:the\s+)?(?:fiscal\s+)?year[\s-]end,?\s+"
    r"(?:we|it|they|the\s+(?:company|group))\s+(?:operated|had|ran|owned|managed|counted|served)\s+"
)
_HELD_VERB = re.compile(
    r"\b(?:had|has|have|served|serves|operated|operates|ran|runs|owned|owns|managed|manages"
    r"|counted|employed|employs|(?:(?:were|was|are|is)\s+)?(?:serving|operating|running))\s+$",
    re.IGNORECASE,
)
_EMPLOYED = re.compile(r"employ", re.IGNORECASE)
# who is employed, named by a word with no plural's "s": "4,870 people", "1,412 staff"
_PEOPLE = re.compile(
    r"\s+(?:(?:full[\s-]time|permanent)\s+)?(?:people|persons|staff|personnel|workers|employees)\b",
    re.IGNORECASE,
)
# "94 active landfills and 238 transfer stations": the things after the one counted before,
# joined to it; "74 hotels with 10,180 rooms", "9,870 places across 78 homes": what the
# things held hold, or where they are, counted on the same day
_AND_AFTER_COUNT = re.compile(
    r"(?P<n>\d[\d,.]*(?:\s+(?:million|thousand|mn|m|k))?)(?P<np>(?:\s+[A-Za-z][\w&'’-]*){1,4})"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+with\s+|\s+across\s+)$"
)
# an aside set off by commas between a subject and its verb ("The order bank, long the
# company's pride, shrank to ...", "ended the year, at 31 March 2025, with ..."): left out
_ASIDE = re.compile(r",[^,;]{1,60},\s*")


def _unaside(before: str) -> str:
    return _ASIDE.sub(" ", before)


_APPROX_LEAD = re.compile(
    r"(?:about|around|nearly|some|roughly|approximately|just\s+over|at\s+least|a\s+record)\s+$",
    re.I,
)
# Things whose plural is the word itself ("170 aircraft"): the vocabulary's products so
# written, and a few more a company holds
_SAME_PLURALS = "|".join(
    sorted({k for k, v in lx.PRODUCTS.items() if k == v.lower()} | {"spacecraft", "rolling stock"})
)
_COUNTED_NOUNS = re.compile(
    # ("2,310 bakeries — 1,980 franchised and 330 company-run —": its parts between dashes)
    r"\s+(?P<np>(?:[A-Za-z][\w&'’-]*\s+){0,3}?"
    rf"(?:[a-z][\w-]*s|{_SAME_PLURALS}))(?=\s*(?:[,.;:()—–]|$)|\s+(?:and|up"
    # ("126 showrooms rather than 128": an earlier plan set against it)
    r"|down|compared|against|versus|rather|from|in|at|as|across|on|under|worldwide|globally|with"
    # ("1,530 kiosks operating at 31 March", "15,390 towers owned and ..."): what they are
    r"|operating|operated|owned|open|installed|leased)\b)"
)


# what may stand before a count that opens its line: a bullet, a number, markup
_LINE_LEAD = re.compile(r"[\s>*•·#–—-]*(?:\(?[a-z0-9]\)\s*)?(?:\*\*)?(?:c\.\s*|~\s*)?")


def _opens_its_line(text: str, f: Figure) -> bool:
    """F opens its line, with nothing before it but a bullet or markup: "188 branches at 30
    June 2025", a slide's or a wire's line that counts what was held and says no verb."""
    line = text.rfind("\n", 0, f.start) + 1
    return _LINE_LEAD.fullmatch(text, line, f.start) is not None


def _after_a_level(text: str, start: int, f: Figure) -> bool:
    """F follows a count of things held on a day, joined to it by "and" or a comma: "we
    operated 94 active landfills and 238 transfer stations"."""
    m = _AND_AFTER_COUNT.search(text, 0, f.start)
    if m is None or m.start() < start - 120:
        return False
    before = next((g for g in find_figures(m["n"]) if g.unit == "units"), None)
    if before is None:
        return False
    at = m.start()
    before = Figure(at + before.start, at + before.end, before.text, before.value, "units", False)
    return ended_with_level(text, clause_start(text, before.start), before) is not None


def ended_with_level(text: str, start: int, f: Figure) -> Metric | None:
    """The things a clause counts at a period's end ("we ended the year with 14 clinics, up
    from 9") -> "clinics"; None where the figure is not so counted, or the noun after it
    names a measure the vocabulary knows (sales, revenue: flows, read elsewhere)."""
    if f.unit != "units":
        return None
    if re.match(r"\W*with\b", text[start : f.start]):
        start = max(0, start - 100)  # "ended the year, at 31 March 2025, with 312 aircraft"
    before = _unaside(text[start : f.start])
    lead = _APPROX_LEAD.search(before)
    head = before[: lead.start()] if lead else before
    ended = re.search(rf"(?:{_ENDED_WITH.pattern})$", head, re.IGNORECASE)
    # "it had 412 wholesale doors at the end of September", "Tamarack served 62,050 client
    # businesses at the end of November", "At 30 September we were serving 2,419,900
    # connected properties": what it held on that day
    verb = _HELD_VERB.search(head)
    held = verb is not None and (
        _ON_DAY.match(text, f.end) is not None
        or _DAY_FIRST.match(text) is not None
        # "He said that at 30 September 2025 Vallancourt operated 2,203 car parks", "A: At
        # 31 December 2025, we operated 77 hotels": the day right before the holder
        or _DAY_BEFORE.search(text, max(0, start - 80), start + verb.start()) is not None
    )
    # ("188 branches at 30 June 2025": a line that opens on the count says what it held)
    counted = _opens_its_line(text, f) and _ON_DAY.match(text, f.end) is not None
    if not ended and not held and not counted and not _after_a_level(text, start, f):
        return None
    if verb is not None and held and _EMPLOYED.match(verb.group()) and _PEOPLE.match(text, f.end):
        # "At 31 August 2025 we employed 4,870 people": the people a company employs on a
        # day are its employees ("people" and "staff" have no plural's "s" to be counted by)
        return Metric("employees", "units", None, (), "employees")
    m = _COUNTED_NOUNS.match(text, f.end)
    if m is None:
        return None
    held_in = _HELD_IN.match(text, m.end())
    if held_in is not None and reporting.family_of(held_in["what"]) is not None:
        return None  # "4,050 homes in backlog": a measure the vocabulary knows holds them
    words = [w for w in m["np"].split() if w.lower() not in DETERMINERS]
    name = " ".join(words)
    if not words or reporting.family_of(name) is not None or reporting.family_of(words[-1]):
        return None
    return Metric(name, "units", None, (), name)


# "4,050 homes in backlog", "5,840 tractors in the fleet": what holds the things counted
_HELD_IN = re.compile(r"\s+in\s+(?:the\s+|its\s+|our\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)")
