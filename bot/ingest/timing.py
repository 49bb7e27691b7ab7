"""Time phrases in a report's sentence: where each is and what kind of mention it is.

`bot.facts.periods.find_periods` reads every period notation, for questions and reports
alike ("FY2013", "9M 2025", "the six months to June", "the 18 weeks to 4 January",
"Jan–Sep", "the first half"): this module adds no notation of its own. It decides what a
notation without a year means on the day it was stated (the span that closes nearest it,
the year to date), and finds what only a report says:

- deictic phrases, counted from the day the figure was stated: "last year", "this year",
  "the coming fiscal year", "last quarter";
- anaphoric phrases, counted from the period just talked about: "the year before",
  "the same period last year", "a year earlier", "the corresponding quarter";
- the bare "fiscal year", which for a reported figure is the last completed one and for
  a target or forecast the current one;
- a year named by its end: "its new fiscal year, which runs until March 2015",
  "the fiscal year (ending in March 2014)";
- dates that say when something was stated: "In February, ...", "on Jan. 30", and a
  month of the statement's year ("through the end of September this year").

What a mention means for one figure, against a date and the entity's fiscal calendar
(`FiscalCalendar`), is `bot.ingest.spans.resolve_time`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.facts.model import Period
from bot.facts.periods import (
    ExactRef,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthEndRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    ToDateRef,
    YearRef,
    find_periods,
)
from bot.facts.periods.words import MONTH_NUMBERS, MONTH_PATTERN, NUMBER_PATTERN, count_of
from bot.ingest.era_times import in_common_era
from bot.ingest.named_years import without_named_years
from bot.ingest.period_words import plain_periods

__all__ = ["MONTH_NUMBERS", "MONTH_PATTERN", "TimeMention", "find_times", "month_end"]


@dataclass(frozen=True)
class TimeMention:
    start: int
    end: int
    text: str
    mode: str
    # "absolute"  a period on its own (ref)
    # "deictic"   counted from the statement date (ref: RelativeRef or LatestRef)
    # "anaphoric" counted from the period just talked about (ref: RelativeRef)
    # "year"      a bare fiscal year, with a qualifier in `word`
    # "quarter"   a bare quarter ("the quarter", "the fourth quarter": ref QuarterRef or None)
    # "month"     a month with no year ("In February"): a date or a period, the caller decides
    # "day"       one day ("on Jan. 30", "October 30, 2013")
    ref: object = None
    word: str = ""  # qualifier: last, current, next, bare, latest
    day: date | None = None  # for month/day mentions, resolved against the published date

    @property
    def is_date(self) -> bool:
        return self.mode in ("month", "day")


_FY_WORDS = (
    r"(?:(?:the|its|their|this|that|a|his|her)\s+)?"
    r"(?P<quals>(?:(?:full|whole|entire|current|last|previous|past|prior|preceding|new|coming"
    r"|upcoming|next|following|same|latest|most\s+recent|present|ongoing|reported)[\s-]+)*)"
    r"(?:(?:fiscal|financial|business)\s+year|full[\s-]year(?:\s+period)?|fy"
    # "the whole season", "last season": a farming or sports company's year, when a word
    # says which one (a bare "the season" may be a retailer's holidays)
    r"|(?<=(?:full|hole|tire|last|this|rent|next|ious)[\s-])season)(?!\s*[-'’]?\d)(?!\w)"
)
_FY_PHRASE = re.compile(_FY_WORDS, re.IGNORECASE)
_FOR_THE_YEAR = re.compile(
    r"(?<=\bfor\s)the\s+(?P<quals>)year\b(?!\s*[-'’]?\d)(?![-\w])"
    # "In the year, revenue totalled ...": the same bare year; never "in the year to date",
    # "in the year before" or "in the year ended ..." (each a span of its own)
    # ("during the year", "throughout the year", "across the year": the same year, all of
    # it; never "over the year", which may be what a change is measured against)
    r"|(?:(?<=\b[Ii]n\s)|(?<=\b[Dd]uring\s)|(?<=\b[Tt]hroughout\s)|(?<=\b[Aa]cross\s))"
    r"the\s+(?P<quals2>)year\b(?!\s*[-'’]?\d)(?![-\w])"
    r"(?!\s+(?:to|ended|ending|through|thru|until|till|so\s+far|ago|before|earlier|prior|of|in"
    r"|since|that|when|which|as|after)\b)"
    # "We finished the year with 1,667 restaurants": the year just closed, as "in the year"
    r"|(?:(?<=\bended\s)|(?<=\bclosed\s)|(?<=\bfinished\s))the\s+(?P<quals3>)year\b"
    r"(?!\s*[-'’]?\d)(?![-\w])",
    re.IGNORECASE,
)
_YEAR_END_LINK = re.compile(
    r"\s*(?:,|\(|—|–|-)?\s*(?:which\s+|that\s+)?(?:runs?|ends?|ending|ended|closes?|closing|finish(?:es|ing)?)?"
    r"\s*(?:until|through|thru|till|to|in|on)?\s*(?:in\s+)?(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
_BARE_QUARTER = re.compile(
    r"(?:(?:the|its|their|this)\s+)(?P<quals>(?:(?:latest|most\s+recent|reported|current|same|final"
    r"|recent|just[\s-]ended|past)\s+)*)(?:fiscal\s+)?quarter(?!\s*(?:of|ending|ended|to)\b)(?![-\w])",
    re.IGNORECASE,
)
# "in the half", "for the half-year": the half the text is talking about
_BARE_HALF = re.compile(r"\b(?:in|for|during|over)\s+the\s+half(?:[\s-]year)?\b(?!\s+of\b)", re.I)
# "in the 18 weeks", "for the period": the span the text just named ("the 18 weeks to 4
# January"), said again without its end
_BARE_SPAN = re.compile(
    rf"\b(?:in|for|during|over|across)\s+the\s+(?:(?P<n>{NUMBER_PATTERN})"
    rf"[\s-]+(?P<unit>weeks?)|(?:same\s+|trading\s+|reporting\s+)?period)\b"
    rf"(?!\s+(?:to|ended|ending|through|until|till|of|since|ago|earlier|last|a\s+year)\b)",
    re.IGNORECASE,
)
# "the same period of 2024", "the comparable quarter of fiscal 2023": the period the
# sentence is about, moved to the year named
_SAME_OF_YEAR = re.compile(
    r"\b(?:the\s+)?(?:same|comparable|corresponding|equivalent|like)\s+(?:period|quarter"
    r"|half(?:[\s-]year)?|(?:\w+[\s-]+)?(?:months|weeks))\s+(?:of|in)\s+"
    r"(?:(?:fiscal|financial\s+year|FY)\s*)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_QUARTER_END = re.compile(
    r"\b(?:at\s+)?(?:the\s+)?(?:qtr|quarter)[\s-]end\b|\bat\s+the\s+end\s+of\s+the\s+(?:qtr|quarter)\b",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    rf"(?<![\w-])(?:(?P<pre>in|during|since|by|on|from|at\s+the\s+(?:start|end|beginning)\s+of|early|late|mid-?)\s+)?"
    rf"(?P<m>{MONTH_PATTERN})(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?(?![\w-])(?!\s*,?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    rf"(?<![\w-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_PATTERN})(?![\w-])"
    rf"(?!\s*,?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
_LAST_MONTH = re.compile(r"\b(?:last|earlier\s+this|this)\s+month\b", re.IGNORECASE)
_DEICTIC_WORDS = re.compile(
    r"\b(?:last|past|this|next|coming|current|latest|most\s+recent)\b", re.IGNORECASE
)
_ANAPHORIC_WORDS = re.compile(
    r"\b(?:same|before|earlier|ago|prior|previous|preceding|following|year[\s-]ago)\b"
    r"|\b(?-i:PY|LY)\b",  # "vs. PY": the prior year, as a slide or a brief writes it
    re.IGNORECASE,
)
# "May" is also a verb: only "in May", "May 5" or a capitalised May mid-sentence is a month.


# "9M", "nine-month", "6-month": a part of a year written as a modifier, not a noun phrase
_ATTRIBUTIVE = re.compile(r"(?:\d|\w+-month)", re.IGNORECASE)


def _month_number(text: str) -> int:
    return MONTH_NUMBERS[text.strip(".").lower()[:3]]


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


# "the half year ended 31 December 2024", "half-year ending June 30": six months, not a year
_HALF_BEFORE = re.compile(r"\bhalf[\s-]*$", re.IGNORECASE)


def _half_ending(year: Period) -> Period:
    """The six months that end where YEAR ends."""
    month = year.end.month - 5
    start = date(year.end.year - (1 if month < 1 else 0), (month - 1) % 12 + 1, 1)
    return Period(start, year.end)


# "year ago", "yr earlier" with no article: a wire brief's "a year ago"
_WIRE_AGO = re.compile(r"(?<![\w-])(?<!a\s)(?:year|yr)[\s-]+(?:ago|earlier)\b", re.IGNORECASE)
# "(corresponding quarter: 22.8%)", "the corresponding period of the previous year": the
# span just talked about, a year earlier (an Indian filing's word for it)
_CORRESPONDING = re.compile(
    r"\b(?:the\s+)?corresponding\s+(?:quarter|period|half(?:[\s-]year)?|(?:\w+[\s-]+)?months)\b"
    r"(?!\s+(?:of|in)\s+(?:(?:fiscal|financial\s+year|FY)\s*)?(?:19|20)\d\d)"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?:previous|prior|last)\s+(?:fiscal\s+|financial\s+)?year)?",
    re.IGNORECASE,
)


_MONTH_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_FIRST_MONTHS = re.compile(
    r"\b(?:the\s+)?first\s+(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,2})\s+months\s+(?:of|in)\s+(?P<fiscal>fiscal\s+(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "through the first 39 weeks of the year", "for the first thirty-nine weeks of the fiscal
# year", "39-WK REV": a week calendar's first quarters, counted in weeks (13 to a quarter),
# never the quarter the text talks about nor the whole year
_FIRST_WEEKS = re.compile(
    r"\b(?:(?:the\s+)?first\s+(?P<n>13|26|39|thirteen|twenty[\s-]six|thirty[\s-]nine)\s+weeks"
    r"(?:\s+(?:of|in)\s+(?:(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?['’]?)?(?P<y>(?:19|20)\d\d)\b"
    r"|FY\s?['’]?(?P<yy>\d\d)\b"
    r"|(?:the\s+|this\s+|its\s+|our\s+)?(?:current\s+)?"
    r"(?:(?:fiscal|financial)\s+)?year\b(?!\s+(?:ago|earlier|before)\b)))?"
    # (a wire's "39-WK" or "39-wk", hyphened: a table's "26 wks" column is read by its header)
    r"|(?-i:(?P<wire>26|39)-(?:WKS?|wks?))\b"
    # ("* 39 wks shipments 186,600": a wire bullet opening on its span and what it counts; a
    # table's "39 wks F2026" heading is read by the header)
    r"|(?m:^)[ \t]*(?:[*•-][ \t]*)?(?-i:(?P<bullet>26|39)\s(?:WKS|wks)(?=[ \t]+[a-z]))"
    # "Year to date (39 weeks)": a heading's span, counted in weeks
    r"|\byear[\s-]to[\s-]date\s*\(\s*(?P<ytd>13|26|39)\s+weeks\s*\))",
    re.IGNORECASE,
)
_WEEK_COUNTS = {"13": 3, "26": 6, "39": 9, "thirteen": 3, "twenty six": 6, "thirty nine": 9}


def _first_weeks(text: str, found: list[TimeMention]) -> list[TimeMention]:
    """FOUND with each count of a year's first weeks read as that many quarters' months
    (`_FIRST_WEEKS`; the week calendar turns the months back into its weeks)."""
    for m in _FIRST_WEEKS.finditer(text):
        n = (m["n"] or m["wire"] or m["bullet"] or m["ytd"]).lower().replace("-", " ")
        covered = [f for f in found if f.start < m.end() and m.start() < f.end]
        if any(f.end - f.start > m.end() - m.start() for f in covered):
            continue  # "the 39 weeks ended September 27, 2025": a span with its own end
        found = [f for f in found if f not in covered]
        year = int(m["y"]) if m["y"] else 2000 + int(m["yy"]) if m["yy"] else None
        fiscal = True if m["fiscal"] or m["yy"] else None
        ref = LeadingMonthsRef(_WEEK_COUNTS[" ".join(n.split())], year, fiscal)
        found.append(TimeMention(m.start(), m.end(), m.group(), "absolute", ref))
    return sorted(found, key=lambda t: t.start)


# "took output for the first nine months to 34,150 tonnes": the "to" leads to the figure
# the span reached, never to a day that ends the span ("the nine months to 30 June")
_SPAN_TO_FIGURE = re.compile(
    r"\b(?P<span>months|weeks)\s+(?P<to>to)(?=\s+(?:about\s+|around\s+|some\s+)?"
    r"(?:[$€£¥]|(?-i:[A-Z]{1,3})\$?\s?)?\d[\d,.]*(?!\d)(?!\s*(?:st|nd|rd|th)\b)"
    r"(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?<!\b(?:19|20)\d\d))",
    re.IGNORECASE,
)


# "Sept 28", "SEPT. 28": a month's short name and a number, read as a month of 2028 unless a
# word of a day stands before it
_SHORT_MONTH_NUMBER = re.compile(r"(?P<m>[A-Za-z]{3,4})\.?\s+(?P<d>\d{1,2})")
# a news story's dateline, "NEW YORK, Feb 25 — ...": the city in capitals, then the day
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,30},\s+")
_AT_A_DAY = re.compile(r"\b(?:at|on|as\s+(?:of|at)|through|thru|ended|ending)\s+$", re.IGNORECASE)


def _day_not_month(text: str, start: int, said: str, ref: object, published: date) -> date | None:
    """The day a month's short name and a number stand for after "at", "on", "as of" ... or
    in a dateline ("NEW YORK, Feb 25 —"), where the grammar read a month of a two-digit year."""
    m = _SHORT_MONTH_NUMBER.fullmatch(said.strip())
    if (
        m is None
        or not isinstance(ref, ExactRef)
        or ref.period.months != 1
        or not (
            _AT_A_DAY.search(text, max(0, start - 12), start) or _DATELINE.fullmatch(text[:start])
        )
        or not 1 <= int(m["d"]) <= 31
    ):
        return None
    return last_day_before(published, _month_number(m["m"]), int(m["d"]))


# "April and May", "March to May": a month before, so "May" is the month too
# a clause opening with the month a running total reached: "Through September, ...",
# "Through the end of June ...", "Year to date through May, ..."
_THROUGH_MONTH = re.compile(
    r"(?:^|[.;:]\s+|\n)\W*(?:year[\s-]to[\s-]date\s+)?(?:through|thru)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
_MONTH_AND = re.compile(rf"\b(?:{MONTH_PATTERN})\s+(?:and|to|through)\s+$", re.IGNORECASE)
_TWELVE = re.compile(r"(?:twelve|12)\s+months", re.IGNORECASE)
_YEAR_OF_MONTHS_BEFORE = re.compile(r"\s+(?:before|earlier|previously)\b", re.IGNORECASE)


def find_times(text: str, published: date) -> list[TimeMention]:
    """Every time phrase of one sentence, in order, without overlaps (another era's years
    read in ours: `era_times`)."""
    # ("the Finance Act 2024": a year that ends a name is none of the text's times)
    return without_named_years(
        text, in_common_era(text, lambda plain: _find_times(plain, published))
    )


def _find_times(text: str, published: date) -> list[TimeMention]:
    # ("the cumulative third quarter", "1Q-3Q", "the interim period": the grammar's words)
    text = plain_periods(text)
    text = _SPAN_TO_FIGURE.sub(
        lambda m: m["span"] + m.group()[len(m["span"]) :].replace("to", "  "), text
    )
    found: list[TimeMention] = []
    for m in find_periods(text):
        ref = m.ref
        if isinstance(ref, ExactRef) and _HALF_BEFORE.search(text, 0, m.start):
            ref = ExactRef(_half_ending(ref.period))  # "the half year ended 31 December"
        day = _day_not_month(text, m.start, m.text, ref, published)
        earlier = _YEAR_OF_MONTHS_BEFORE.match(text, m.end) if _TWELVE.fullmatch(m.text) else None
        if earlier is not None:
            # "against £56.1 million twelve months before": a year before the period talked
            # about, never the latest twelve months
            end = earlier.end()
            ref = RelativeRef(base=None, steps=-1, unit="year", span=None)
            found.append(TimeMention(m.start, end, text[m.start : end], "anaphoric", ref))
        elif day is not None:
            # "CENTRES IN OPERATION AT SEPT 28": a day, never September 2028
            found.append(TimeMention(m.start, m.end, m.text, "day", day=day))
        elif isinstance(ref, ExactRef) and ref.period.start == ref.period.end:
            found.append(TimeMention(m.start, m.end, m.text, "day", ref, day=ref.period.start))
        elif isinstance(ref, RelativeRef) and ref.base is None:
            mode = (
                "anaphoric"
                if (
                    _ANAPHORIC_WORDS.search(m.text)
                    and not re.search(
                        r"\b(?:last|past|this|next|coming)\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|fy)\b",
                        m.text,
                        re.IGNORECASE,
                    )
                )
                or re.search(r"\bsame\b", m.text, re.IGNORECASE)
                else "deictic"
            )
            found.append(TimeMention(m.start, m.end, m.text, mode, ref))
        elif isinstance(ref, LatestRef):
            if ref.unit not in ("year", "quarter"):
                continue  # "latest" alone says nothing about which period; months unread
            word = (
                "latest" if re.search(r"latest|most\s+recent", m.text, re.IGNORECASE) else "current"
            )
            found.append(TimeMention(m.start, m.end, m.text, "deictic", ref, word=word))
        elif (isinstance(ref, QuarterRef | HalfRef) and ref.year is None) or (
            isinstance(ref, QuarterEndingRef) and ref.year is None
        ):
            found.append(TimeMention(m.start, m.end, m.text, "quarter", ref))
        elif isinstance(ref, LeadingMonthsRef) and ref.year is None and _ATTRIBUTIVE.match(m.text):
            # "9M hardware sales", "nine-month revenue": a modifier of the metric, whose
            # figures ("9M") are no amounts
            found.append(TimeMention(m.start, m.end, m.text, "to-date", ref))
        elif isinstance(ref, MonthEndRef):
            continue  # "at the end of June": the month reader below dates it
        elif isinstance(ref, ToDateRef):
            continue  # "year-to-date": how many months, only the table or the store says
        else:
            found.append(TimeMention(m.start, m.end, m.text, "absolute", ref))
    for m in _FIRST_MONTHS.finditer(text):
        # "the first ten months of 2025": the grammar reads only three, six and nine; any
        # other count is that many months from the year's start, never the whole year
        n = int(m["n"]) if m["n"].isdigit() else _MONTH_COUNTS[m["n"].lower()]
        if not 1 <= n <= 12:
            continue
        covered = [f for f in found if f.start < m.end() and m.start() < f.end]
        if any(f.end - f.start >= m.end() - m.start() for f in covered):
            continue
        for f in covered:
            found.remove(f)
        fiscal = True if m["fiscal"] else None
        found.append(
            TimeMention(
                m.start(), m.end(), m.group(), "absolute", LeadingMonthsRef(n, int(m["y"]), fiscal)
            )
        )
    found = _first_weeks(text, found)
    spans = [(f.start, f.end) for f in found]

    extra: list[TimeMention] = []
    for pattern in (_FY_PHRASE, _FOR_THE_YEAR):
        for m in pattern.finditer(text):
            span = (m.start(), m.end())
            if _overlaps(span, spans) or _overlaps(span, [(e.start, e.end) for e in extra]):
                # "the last fiscal year" is a RelativeRef already; keep the longer one.
                overlapping = [f for f in found if f.start < span[1] and span[0] < f.end]
                if not overlapping or any(
                    f.end - f.start >= span[1] - span[0] for f in overlapping
                ):
                    continue
                for f in overlapping:
                    found.remove(f)
            extra.append(
                TimeMention(
                    m.start(),
                    m.end(),
                    m.group(),
                    "year",
                    # "in the year" said of a result: the year just closed, only while its
                    # results are news (below); "for the year" is any bare fiscal year
                    word="in-year"
                    if m.lastgroup in ("quals2", "quals3")
                    # ("this fiscal year": the determiner says which year too)
                    else _year_word(m.group() if m.lastgroup == "quals" else m["quals"] or ""),
                )
            )
    for m in _WIRE_AGO.finditer(text):  # "versus 380 bln won year ago": wire shorthand
        if not _overlaps((m.start(), m.end()), [(f.start, f.end) for f in found + extra]):
            ago = RelativeRef(None, -1, "year")
            extra.append(TimeMention(m.start(), m.end(), m.group(), "anaphoric", ago))
    for m in _CORRESPONDING.finditer(text):
        # (its "the previous year" is part of it, not a year of its own)
        found = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]
        if not _overlaps((m.start(), m.end()), [(f.start, f.end) for f in found + extra]):
            ago = RelativeRef(None, -1, "year")
            extra.append(TimeMention(m.start(), m.end(), m.group(), "anaphoric", ago))
    for m in _BARE_HALF.finditer(text):
        if not _overlaps((m.start(), m.end()), [(f.start, f.end) for f in found + extra]):
            extra.append(TimeMention(m.start(), m.end(), m.group(), "half", word="bare"))
    for m in _SAME_OF_YEAR.finditer(text):
        inside = [f for f in found + extra if m.start() <= f.start and f.end <= m.end()]
        found = [f for f in found if f not in inside]
        extra = [f for f in extra if f not in inside]
        extra.append(TimeMention(m.start(), m.end(), m.group(), "same-of", word=m["y"]))
    for m in _BARE_SPAN.finditer(text):
        if "same" in m.group().lower():
            continue  # "the same period" is last year's: not this span
        if not _overlaps((m.start(), m.end()), [(f.start, f.end) for f in found + extra]):
            days = 7 * count_of(m["n"]) if m["n"] else 0
            extra.append(TimeMention(m.start(), m.end(), m.group(), "span", word=str(days)))
    for m in _QUARTER_END.finditer(text):  # "13.1 mln at qtr end": the quarter just ended
        if not _overlaps((m.start(), m.end()), [(f.start, f.end) for f in found + extra]):
            extra.append(TimeMention(m.start(), m.end(), m.group(), "quarter", None, word="bare"))
    for m in _BARE_QUARTER.finditer(text):
        span = (m.start(), m.end())
        if not _overlaps(span, [(f.start, f.end) for f in found + extra]):
            quals = (m["quals"] or "").lower()
            word = (
                "latest"
                if re.search(r"latest|recent|reported|just|past|final", quals)
                else ("current" if "current" in quals else "bare")
            )
            extra.append(TimeMention(m.start(), m.end(), m.group(), "quarter", None, word=word))
    found.extend(extra)
    found.sort(key=lambda f: f.start)
    found = _merge_pairs(text, found, _year_end)
    found = _merge_pairs(text, found, _part_of_year)
    found = [_leading_months_of(text, f) for f in found]
    taken = [(f.start, f.end) for f in found]
    for pattern in (_DAY_FIRST, _MONTH_ONLY):  # "on 30 June": the day, not the month
        for m in pattern.finditer(text):
            span = (m.start("m") if "m" in m.groupdict() else m.start(), m.end())
            if _overlaps((m.start(), m.end()), taken):
                continue
            word = text[m.start("m") : m.end("m")]
            if (
                word.lower().startswith("may")
                and not (m.groupdict().get("pre") or m["d"])
                and not _MONTH_AND.search(text, 0, m.start("m"))
            ):
                continue  # "may" the verb (never in "April and May")
            if word[:1].islower() and not m.groupdict().get("pre"):
                continue
            day = last_day_before(published, _month_number(word), int(m["d"]) if m["d"] else None)
            if day is None:
                continue
            mode = "day" if m["d"] else "month"
            # "Through September the parks had drawn ...": the year so far, to that month's end
            so_far = mode == "month" and _THROUGH_MONTH.search(text, 0, m.start()) is not None
            found.append(
                TimeMention(m.start(), m.end(), m.group(), mode, day=day, word="through" * so_far)
            )
            taken.append(span)
    for m in _LAST_MONTH.finditer(text):
        if not _overlaps((m.start(), m.end()), taken):
            first = published.replace(day=1)
            if m.group().lower().startswith("last"):
                first = (first - timedelta(days=1)).replace(day=1)
            found.append(TimeMention(m.start(), m.end(), m.group(), "month", day=first))
    found.sort(key=lambda f: f.start)
    found = _merge_pairs(text, found, lambda t, a, b: _month_of_year(t, a, b, published))
    found = _merge_pairs(text, found, _year_span)
    found = _merge_pairs(text, found, _two_months)
    from bot.ingest.day_ranges import day_ranges
    from bot.ingest.to_days import to_days

    found = day_ranges(text, found, published)  # "Sales for 1–15 November"
    return to_days(text, found, published)  # "quarter-to-date sales through 15 December"


@dataclass(frozen=True)
class YearSpanRef:
    """ "from FY2025 to FY2027": the years from the first to the last, each as the company's
    calendar counts it (resolved with that calendar)."""

    first: YearRef
    last: YearRef


_YEARS_JOINED = re.compile(r"\s*(?:to|through|thru|until|till|and|[-–—])\s*", re.IGNORECASE)
_YEARS_OPEN = re.compile(r"\b(?:from|between|over|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _year_span(text: str, a: TimeMention, b: TimeMention) -> TimeMention | None:
    """ "from FY2025 to FY2027", "between fiscal 2026 and fiscal 2028": a span of years
    named by its first and last (a bare "2026 to 2028" is read whole by the grammar)."""
    if not (
        a.mode == b.mode == "absolute"
        and isinstance(a.ref, YearRef)
        and isinstance(b.ref, YearRef)
        and b.ref.year > a.ref.year
        and (joined := _YEARS_JOINED.fullmatch(text, a.end, b.start)) is not None
        # ("in 2025 and 2026": two years; "from ... to", "between ... and": one span)
        and (
            re.search(r"through|thru|until|till", joined.group(), re.IGNORECASE)
            or _YEARS_OPEN.search(text, max(0, a.start - 40), a.start)
        )
    ):
        return None
    return TimeMention(a.start, b.end, text[a.start : b.end], "absolute", YearSpanRef(a.ref, b.ref))


def _month_span(t: TimeMention) -> Period | None:
    if t.mode == "month" and t.day is not None:
        end = (t.day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return Period(t.day, end)
    if t.mode == "absolute" and isinstance(t.ref, ExactRef) and t.ref.period.months == 1:
        return t.ref.period
    return None


def _two_months(text: str, a: TimeMention, b: TimeMention) -> TimeMention | None:
    """ "in July and August": two months in a row, one span (read apart, the first alone
    was taken for the figure's period)."""
    if not re.fullmatch(r"\s+and\s+", text[a.end : b.start]):
        return None
    first, second = _month_span(a), _month_span(b)
    if first is None or second is None:
        return None
    if b.mode == "absolute" and a.mode == "month":  # "July and August 2025": August's year
        first = Period(
            first.start.replace(year=second.start.year), first.end.replace(year=second.start.year)
        )
    if second.start != first.end + timedelta(days=1):
        return None
    span = Period(first.start, second.end)
    return TimeMention(a.start, b.end, text[a.start : b.end], "absolute", ExactRef(span))


def _year_word(quals: str) -> str:
    q = quals.lower()
    if re.search(r"\b(?:new|coming|upcoming|next|following)\b", q):
        return "next"
    if re.search(r"\b(?:last|previous|past|prior|preceding|latest|most\s+recent|reported)\b", q):
        return "last"
    if re.search(r"\b(?:current|this|present|ongoing)\b", q):
        return "current"
    if "same" in q:
        return "same"
    return "bare"


def _merge_pairs(
    text: str,
    found: list[TimeMention],
    merge: Callable[[str, TimeMention, TimeMention], TimeMention | None],
) -> list[TimeMention]:
    """Each mention with the next one, read as one where MERGE says what they make."""
    out: list[TimeMention] = []
    i = 0
    while i < len(found):
        one = merge(text, found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(one or found[i])
        i += 2 if one is not None else 1
    return out


def _year_end(text: str, f: TimeMention, nxt: TimeMention) -> TimeMention | None:
    """ "its new fiscal year, which runs until March 2015" and "the fiscal year (ending in
    March 2014)": one mention, the twelve months ending with that month."""
    if not (
        f.mode == "year"
        and nxt.mode == "absolute"
        and isinstance(nxt.ref, ExactRef)
        and nxt.ref.period.months == 1
        and _YEAR_END_LINK.fullmatch(text[f.end : nxt.start])
    ):
        return None
    end = nxt.ref.period.end
    first = date(end.year - 1 + (end.month == 12), end.month % 12 + 1, 1)
    close = nxt.end
    if text[f.end : nxt.start].strip().startswith("(") and text[close : close + 1] == ")":
        close += 1
    return TimeMention(
        f.start, close, text[f.start : close], "absolute", ExactRef(Period(first, end))
    )


def _month_of_year(
    text: str, f: TimeMention, nxt: TimeMention, published: date
) -> TimeMention | None:
    """ "through the end of September this year", "in March last year": that month of the
    calendar year the second phrase counts from the statement (a month is a calendar's)."""
    if not (
        f.mode == "month"
        and f.day is not None
        and nxt.mode == "deictic"
        and isinstance(nxt.ref, LatestRef | RelativeRef)
        and nxt.ref.unit == "year"
        and re.fullmatch(r"\s+", text[f.end : nxt.start])
        and re.fullmatch(r"(?:this|last|next)\s+year", nxt.text.strip(), re.IGNORECASE)
    ):
        return None
    word = nxt.text.strip().split()[0].lower()
    year = published.year + _STATED_YEAR[word]
    month = f.day.month
    ref = ExactRef(Period(date(year, month, 1), month_end(date(year, month, 1))))
    return TimeMention(f.start, nxt.end, text[f.start : nxt.end], "absolute", ref, word=word)


_STATED_YEAR = {"last": -1, "this": 0, "next": 1}


_LEADING_OF = re.compile(
    r"(?:the\s+)?(?:first\s+)?(?P<n>three|six|nine)\s+months\s+of\s+$", re.IGNORECASE
)
_MONTHS_WORD = {"three": 3, "six": 6, "nine": 9}


def _leading_months_of(text: str, f: TimeMention) -> TimeMention:
    """ "output for the nine months of the financial year": the year's first nine months,
    not the year (the grammar reads the year alone)."""
    if f.mode not in ("year", "deictic", "absolute"):
        return f
    m = _LEADING_OF.search(text, max(0, f.start - 40), f.start)
    if m is None:
        return f
    part = LeadingMonthsRef(_MONTHS_WORD[m["n"].lower()])
    return TimeMention(m.start(), f.end, text[m.start() : f.end], "part", (part, f))


# "of its", "of their", "of the company's", "of Simba's", "of Acme Foods'"
_OWN_YEAR_OF = re.compile(
    r"\s+of\s+(?:its|their|our|(?:the\s+)?(?:company|group)['’]s"
    r"|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}(?:['’]s|s['’]))\s+"
)


def _part_of_year(text: str, f: TimeMention, nxt: TimeMention) -> TimeMention | None:
    """ "the first half of last year", "the third quarter of this year": one mention, that
    part of the year the second phrase names (resolved with the calendar later)."""
    if not (
        f.mode == "quarter"
        and isinstance(f.ref, QuarterRef | HalfRef | QuarterEndingRef)
        and (
            nxt.mode in ("deictic", "year", "anaphoric")
            # "the first half of the fiscal year ending March 2026": that year's half
            or (
                nxt.mode == "absolute"
                and (
                    isinstance(nxt.ref, YearRef)
                    or (
                        isinstance(nxt.ref, ExactRef)
                        and 360 <= (nxt.ref.period.end - nxt.ref.period.start).days <= 371
                    )
                )
            )
        )
        and (
            re.fullmatch(r"\s+of\s+(?:the\s+)?", text[f.end : nxt.start])
            # "the first quarter of its fiscal 2025", "the third quarter of Simba's financial
            # year": the year the company's own words name
            or _OWN_YEAR_OF.fullmatch(text[f.end : nxt.start])
            # "the first half last year", "the third quarter this year": the "of" left out
            or (
                nxt.mode == "deictic"
                and f.ref.year is None
                and re.fullmatch(r"\s+", text[f.end : nxt.start])
                and re.match(r"(?:last|this|next|previous)\s", nxt.text, re.IGNORECASE)
            )
            # "December quarter FY26", "Dec Qtr FY26": a quarter by its end month, then its year
            or (
                isinstance(f.ref, QuarterEndingRef)
                and f.ref.year is None
                and re.fullmatch(r"\s+(?:of\s+)?", text[f.end : nxt.start])
            )
        )
    ):
        return None
    return TimeMention(f.start, nxt.end, text[f.start : nxt.end], "part", (f.ref, nxt))


def last_day_before(published: date, month: int, day: int | None) -> date | None:
    """The latest date with this month (and day) on or before the published date."""
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day or 1)
        except ValueError:
            return None
        if d <= published:
            return d
    return None


def month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)
