"""Period mentions folded into the periods a question means: an end date that closes the
period before it, a season inside its year, a relative period ('the year before') that only
restates a definite one beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bot import patterns
from bot.answering.english.lexicon import verb_lemma
from bot.answering.english.words import EXPECTATION_WORDS, MOVE_VERBS, RANGE_WORDS, lemmas
from bot.facts.model import Period
from bot.facts.periods import (
    DayEventRef,
    ExactRef,
    ExtraWeekRef,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthEndRef,
    MonthsEndingRef,
    PeriodMention,
    PeriodRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    SeasonRef,
    WeekNumberRef,
    YearRef,
    is_definite,
)
from bot.facts.periods.arithmetic import is_whole_months, month_count, month_end
from bot.facts.periods.words import MONTH_PATTERN, month_number

_JOINER = patterns.compile(r"^\s*(?:of|than|to)?\s*$", re.IGNORECASE)

_APPOSITION = patterns.compile(
    r"^\s*[,(:\-–—]\s*$|^\s*\)\s*$"
    r"|^\s*,?\s*(?:i\.?e\.?|that\s+is|so|meaning|namely|aka)\s*,?\s*$"
)

_COUNTS_FROM = patterns.guarded(
    r"\b(?:before|after|prior|earlier|later|preceding|following)\s*$", re.I
)
# "the year-ago q3": the hyphened adjective counts from a quarter it stands before that
# names no year ("the year-ago September quarter (Q2 FY25)" names its own)
_AGO_BEFORE = patterns.guarded(r"(?<=\w-)ago\s*$", re.I)

_THEN_ENDED = patterns.compile(
    r"^\s*,?\s*\(?\s*(?:(?:that|which)\s+)?(?:ended|ending|ends|to|through|thru)\s+"
    # "the first half, to end of March 2026", "the quarter ending in June"
    r"(?:the\s+)?(?:end\s+of\s+)?(?:in\s+|on\s+)?$",
    re.I,
)

# "9m revenue to April 2025": the words of a figure, then where the months ran to
_THEN_RAN_TO = patterns.compile(
    r"^\s*(?:[a-z&'-]+\s+){0,3}?(?:to|through|thru|until|ended|ending)\s+(?:end\s+of\s+)?$",
    re.IGNORECASE,
)


# "what was it for the half", "from the 12 weeks to the full half": a half or quarter
# named by its kind alone ("the half-year report" is an occasion, named by its period)
_BARE_PART = patterns.guarded(
    r"(?<!\w)the\s+(?:(?:full|whole|entire)\s+)?(?P<part>half(?:[\s-]year)?|quarter)(?![\w'’-])"
    r"(?!\s+(?:reports?|results?|calls?|updates?|statements?|presentations?|reviews?"
    r"|releases?|meetings?|webcasts?|numbers|prints?|briefings?|letters?|filings?))",
    re.IGNORECASE,
)


def bare_parts(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS with each half or quarter a question names by its kind alone ("for the
    half") as the latest one held. (Questions only: in a report, "the quarter" is the one
    the report is about, which its reader knows from the report.)"""
    found = [
        PeriodMention(
            LatestRef("half" if m["part"].lower().startswith("half") else "quarter"),
            m.start(),
            m.end(),
            m.group(),
        )
        for m in _BARE_PART.finditer(text)
        if not any(p.start <= m.start() < p.end or m.start() <= p.start < m.end() for p in mentions)
    ]
    return sorted([*mentions, *found], key=lambda p: p.start) if found else mentions


# "the latest monthly gmv", "most recent quarterly volume": the length of the period the
# latest is asked of, said as the adjective of its parts
_OF_A_LENGTH = patterns.compile(
    r"[\s-]*(?P<length>monthly|quarterly|half[\s-]?yearly|semi[\s-]?annual|yearly|annual)(?!\w)",
    re.IGNORECASE,
)
_LENGTHS = {"monthly": "month", "quarterly": "quarter", "yearly": "year", "annual": "year"}
_LENGTHS |= {"halfyearly": "half", "semiannual": "half"}


def latest_of_a_length(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS with "latest monthly" as the latest month held, "most recent quarterly" as
    the latest quarter: one period of that length, never a series of its parts."""
    out, grown = [], []
    for m in mentions:
        said = _OF_A_LENGTH.match(text, m.end)
        if m.ref == LatestRef(None) and said:
            unit = _LENGTHS[re.sub(r"[\s-]", "", said["length"].lower())]
            m = PeriodMention(LatestRef(unit), m.start, said.end(), f"the latest {unit}")
            grown.append(m)
        out.append(m)
    # ("latest annual": the whole-year word is read once, inside the latest's mention)
    return [
        m for m in out if not any(g is not m and g.start <= m.start < m.end <= g.end for g in grown)
    ]


# "the current year-end target for 2025": the end of a period said after "current" or
# "latest", of a goal whose period the question names
_AN_END_AFTER = patterns.compile(r"[\s-]+end\b", re.IGNORECASE)


def latest_goal_of_a_year_named(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS without "the current year-end" where the question asks a goal and names
    the year it is for ("the current year-end wallet target for 2025"): "current" says
    which statement of the goal (its latest), never a second period."""
    if len(mentions) != 2 or not set(lemmas(text)) & EXPECTATION_WORDS:
        return mentions
    latest = [m for m in mentions if isinstance(m.ref, LatestRef)]
    named = [m for m in mentions if isinstance(m.ref, YearRef) and m.ref.year is not None]
    if len(latest) != 1 or len(named) != 1 or not _AN_END_AFTER.match(text, latest[0].end):
        return mentions
    return named


# "how much of FY25 revenue was still to come after 9m", "the rest of the year": what a
# year held after its first months, its last quarter or half
_STILL_TO_COME = patterns.guarded(
    r"\b(?:still\s+to\s+come|(?:was|were)\s+left\s+to\s+come|(?:in|for)\s+the\s+rest\s+of"
    r"|over\s+the\s+rest\s+of)\b",
    re.IGNORECASE,
)
_THE_REST = {9: QuarterRef(4), 6: HalfRef(2)}


def rest_of_a_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS with a year's first nine (or six) months, and the year itself where it is
    named, as its last quarter (or half), where the question asks what was still to come
    after them ("how much of 2024 revenue was still to come after 9m"): the year less the
    months, worked out from both. Never of a goal ("still to come to reach the target"),
    which the progress toward it answers."""
    if not _STILL_TO_COME.search(text) or set(lemmas(text)) & EXPECTATION_WORDS:
        return mentions
    leading = [m for m in mentions if isinstance(m.ref, LeadingMonthsRef)]
    years = [m for m in mentions if isinstance(m.ref, YearRef) and m.ref.year is not None]
    if len(leading) != 1 or len(mentions) - len(leading) - len(years) or len(years) > 1:
        return mentions
    first, named = leading[0], [m.ref for m in years if isinstance(m.ref, YearRef)]
    head = first.ref
    assert isinstance(head, LeadingMonthsRef)
    rest = _THE_REST.get(head.months)
    year = head.year or (named[0].year if named else None)
    if rest is None or year is None:
        return mentions
    fiscal = head.fiscal if head.fiscal is not None or not named else named[0].fiscal
    ref = replace(rest, year=year, fiscal=fiscal)
    # (the year's words are the period's too: never a word left unread)
    also = tuple(span for m in years for span in m.spans) + tuple(
        m.span() for m in _STILL_TO_COME.finditer(text) if "rest" in m.group().lower()
    )
    return [PeriodMention(ref, first.start, first.end, first.text, said_also=also)]


# "july 2025 revenue vs june", "than in may": a month set against the one named with its
# year, said without one
_BARE_MONTH_COMPARED = patterns.compile(
    rf"\b(?:vs\.?|versus|than(?:\s+in)?|against|compared\s+(?:with|to)|over)\s+"
    rf"(?:(?:the\s+)?month\s+of\s+)?(?:(?P<month>{MONTH_PATTERN})(?![a-z])(?!\s*,?\s*(?:\d|['‘’]\d))"
    r"|(?P<before>(?:the\s+)?(?:previous|prior|preceding|last)\s+month|(?:the\s+)?month\s+"
    r"(?:before|earlier)|a\s+month\s+(?:earlier|before|ago)))",
    re.IGNORECASE,
)


def bare_month_compared(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS with a month set against the one month they name ("July 2025 revenue vs
    June", "vs the month before"): the latest such month up to the named one's, a year
    before where it is later in the year ("Feb 2026 vs December" is December 2025)."""
    if len(mentions) != 1 or _calendar_month(mentions[0]) is None:
        return mentions
    if set(lemmas(text)) & (EXPECTATION_WORDS | RANGE_WORDS):
        return mentions  # ("the plan in Feb 2026 vs November": two statements' months)
    named = mentions[0].ref.period.start  # type: ignore[union-attr]
    found = []
    for m in _BARE_MONTH_COMPARED.finditer(text):
        key = "before" if m["before"] else "month"
        # ("vs the month before": the month before the one named)
        month = named.month - 1 or 12 if m["before"] else month_number(m["month"])
        if month is None or month == named.month:
            continue
        year = named.year if month < named.month else named.year - 1
        period = Period(date(year, month, 1), month_end(year, month))
        found.append(PeriodMention(ExactRef(period), m.start(key), m.end(key), m[key]))
    first = _BARE_MONTH_FIRST.search(text, 0, mentions[0].start)
    if first is not None and not found:
        # ("dec vs oct 2025": the month said first is of the named one's year)
        month = month_number(first["month"])
        if month is not None and month != named.month:
            period = Period(date(named.year, month, 1), month_end(named.year, month))
            at = first.start("month")
            found.append(PeriodMention(ExactRef(period), at, first.end("month"), first["month"]))
    return sorted([*mentions, *found], key=lambda p: p.start) if found else mentions


# "dec vs oct 2025": a month without its year set against the named one after it
_BARE_MONTH_FIRST = patterns.compile(
    rf"\b(?P<month>{MONTH_PATTERN})(?![a-z])(?!\s*,?\s*(?:\d|['‘’]\d))\s+(?:\w+\s+){{0,2}}?"
    r"(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:month\s+of\s+)?$",
    re.IGNORECASE,
)


# "the half-year end, 1 march 2025", "the quarter end (30 June)": a bare part's end, then
# the date it fell on
_THEN_ITS_DATE = patterns.compile(
    r"\s*[-\s]?end(?:ing)?\s*[,(:]\s*(?:i\.?e\.?,?\s*|that\s+is,?\s*)?", re.IGNORECASE
)


# "on 21 dec", "the 3rd of March", "on dec 21st": a day and month with no year of their own
_DAY_NO_YEAR = patterns.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_PATTERN})(?![a-z])"
    rf"|\bon\s+(?P<month2>{MONTH_PATTERN})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?=(?:\s*[,.]?\s*(?!\d)|$))",
    re.IGNORECASE,
)


def day_in_year_said(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'busiest day 2025 - how many orders on 21 dec': a day and month said without a
    year, in a question naming one calendar year and no other period, is that day of the
    year; the year was only where the day fell."""
    if len(mentions) != 1 or not isinstance(mentions[0].ref, YearRef) or mentions[0].ref.fiscal:
        return mentions
    days = [
        m
        for m in _DAY_NO_YEAR.finditer(text)
        if not re.match(r"\s*,?\s*['’]?\d", text[m.end() :])
        and not (mentions[0].start <= m.start() < mentions[0].end)
    ]
    if len(days) != 1:
        return mentions
    m = days[0]
    month = month_number(m["month"] or m["month2"])
    day = int(m["day"] or m["day2"])
    try:
        when = date(mentions[0].ref.year, month, day)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return mentions  # ("31 feb": no day of any year)
    return [PeriodMention(ExactRef(Period(when, when)), m.start(), m.end(), m.group())]


def dated_bare_parts(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS less each bare half or quarter ("the half-year") whose end the next mention
    dates ("the half-year end, 1 march 2025"): the date names the day; the two are one
    time, never two to compare."""
    out: list[PeriodMention] = []
    for k, m in enumerate(mentions):
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        dated = (
            after is not None
            and isinstance(m.ref, LatestRef)
            and isinstance(after.ref, ExactRef)
            and after.ref.period.days == 1
            and _THEN_ITS_DATE.fullmatch(text, m.end, after.start) is not None
        )
        if not dated:
            out.append(m)
    return out


_THEN_UP_TO_MONTH = patterns.compile(
    r"\s*,?\s*(?:so\s+far\s*,?\s*)?(?:up\s+to|up\s+until|through|thru|until|till|to)\s+"
    rf"(?:the\s+end\s+of\s+)?(?P<month>{MONTH_PATTERN})(?![a-z])(?!\s*,?\s*['’]?\d)",
    re.IGNORECASE,
)


def year_up_to_month(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'deliveries so far in 2025, up to September': a calendar year then the month it
    runs up to, with no year of its own, is that year's first months to the month's end
    (never the whole year, the month said dropped)."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if not (isinstance(m.ref, YearRef) and m.ref.year is not None and not m.ref.fiscal):
            continue
        up_to = _THEN_UP_TO_MONTH.match(text, m.end)
        if up_to is None:
            continue
        month = month_number(up_to["month"])
        assert month is not None  # (the pattern matched a month's name)
        span = Period(date(m.ref.year, 1, 1), month_end(m.ref.year, month))
        out[k] = PeriodMention(ExactRef(span), m.start, up_to.end(), text[m.start : up_to.end()])
    return out


# "how far from the goal after August", "with August done", "through August": where a
# running total stops, a month with no year of its own
_MONTH_DONE = patterns.compile(
    rf"\b(?:after|through|thru|with)\s+(?:the\s+end\s+of\s+)?(?P<month>{MONTH_PATTERN})"
    r"(?![a-z])(?!\s*,?\s*['’]?\d)(?:\s+(?:done|over|in))?",
    re.IGNORECASE,
)


def months_done(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'after August', 'with August done': the end of that month, as 'by the end of
    August' is (a point, or where a running total stops), in a question naming no other
    period ('ytd fy2025 through March' is that year's months to March's end)."""
    if mentions:
        return mentions
    out = []
    for m in _MONTH_DONE.finditer(text):
        month = month_number(m["month"])
        assert month is not None  # (the pattern matched a month's name)
        out.append(PeriodMention(MonthEndRef(month), m.start(), m.end(), m.group()))
    return out


def fold_end_dates(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'the fiscal year before, ending March 2021', 'the previous quarter (ended June 30,
    2024)': a year, half or quarter with no year of its own, then the month it ended."""
    out: list[PeriodMention] = []
    for m in mentions:
        last = out[-1] if out else None
        size = _unit_months(last.ref) if last is not None else None
        between = text[last.end : m.start] if last is not None else ""
        if (
            last is not None
            and isinstance(last.ref, SeasonRef)
            and last.ref.year is None
            and _THEN_ENDED.match(between)
            and isinstance(m.ref, ExactRef)
        ):  # "the holiday period ended December 30, 2023"
            end = m.ref.period.end
            year = end.year - (end.month < 7)  # a season ending in January began the year before
            ref = SeasonRef(last.ref.season, year)
            out[-1] = PeriodMention(ref, last.start, m.end, text[last.start : m.end])
            continue
        ran_to = (
            last is not None
            and isinstance(last.ref, LeadingMonthsRef)
            and last.ref.year is None
            and _THEN_RAN_TO.match(between)
        )
        if ran_to:
            size = last.ref.months  # type: ignore[union-attr]
        if (
            last is not None
            and size
            and (_THEN_ENDED.match(between) or ran_to)
            and isinstance(m.ref, ExactRef)
        ):
            end = m.ref.period.end
            if m.ref.period.days == 1 and end.day <= 15:  # "ended 2 January": December
                end = end.replace(day=1) - timedelta(days=1)
            start = _months_back(end, size)
            # (words of the figure in between stay outside the period: "9m *revenue* to")
            stop = last.end if ran_to else m.end
            out[-1] = PeriodMention(
                ExactRef(Period(start, end)), last.start, stop, text[last.start : stop]
            )
            continue
        out.append(m)
    return out


def _unit_months(ref: object) -> int | None:
    """How many months a period phrase without a year spans, if it says."""
    if isinstance(ref, RelativeRef) and ref.base is None:
        return 12 if ref.unit == "year" else 3
    if isinstance(ref, QuarterRef | HalfRef) and ref.year is None:
        return 3 if isinstance(ref, QuarterRef) else 6
    if isinstance(ref, LatestRef) and ref.unit in ("half", "quarter"):
        return 6 if ref.unit == "half" else 3  # "the half to December 2025"
    return None


def _months_back(end: date, months: int) -> date:
    """The first day of the MONTHS whole months that close with END's month."""
    index = end.year * 12 + end.month - months
    return date(index // 12, index % 12 + 1, 1)


def fold_seasons(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'holiday sales in 2023': a season and a year apart are one season of that year; so
    are 'the 53rd week' and the year it closed ('what did the 53rd week add in FY24'), and
    numbered weeks or periods and their year ('period 13 sales fy2024'), and a named day
    and its ('black friday sales 2025')."""
    seasons = [m for m in mentions if _of_no_year(m)]
    years = [m for m in mentions if isinstance(m.ref, YearRef)]
    if len(seasons) != 1 or not years or len(mentions) != 1 + len(years):
        return mentions
    season = seasons[0]
    # ("fy2025 volume excluding the 53rd week": the year less the week, which no one
    # figure is)
    set_aside = bool(_SET_ASIDE.search(text[: season.start]))
    if len(years) > 1 and set_aside:
        return mentions
    if len(years) > 1:
        # ("black friday weekends: 2025 vs 2023", "week 46 sales 2025 vs 2024": the
        # season of each year)
        each = [(_of_year(season.ref, y.ref), y, f"{season.text} … {y.text}") for y in years]
        return tuple(PeriodMention(ref, y.start, y.end, said) for ref, y, said in each)
    year = years[0]
    first, last = sorted((season, year), key=lambda m: m.start)
    # the season's own words stand for both (the year's are blanked apart, and the words
    # between them, "sales" in "holiday sales in 2023", stay to be read), unless it is set
    # aside: then the words between stay blanked too, so nothing answers for the season
    start, end = (first.start, last.end) if set_aside else (season.start, season.end)
    said = f"{first.text} … {last.text}"
    return (PeriodMention(_of_year(season.ref, year.ref), start, end, said),)


# words right before a season that set it aside: "excluding the 53rd week", "ex the extra
# week", "not adjusted for the 53rd week"
_SET_ASIDE = patterns.compile(
    r"\b(?:excluding|excl\.?|ex|without|less|minus|except|other\s+than|outside(?:\s+of)?"
    r"|adjusted\s+for|net\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# what a year may be said apart from: a season, extra week, numbered week or named day
_OfAYear = SeasonRef | ExtraWeekRef | WeekNumberRef | DayEventRef


def _of_no_year(m: PeriodMention) -> bool:
    """Is M a season, extra week, numbered week or named day said without its year?"""
    return isinstance(m.ref, _OfAYear) and m.ref.year is None


def _of_year(season: PeriodRef, year: PeriodRef) -> PeriodRef:
    """SEASON (an `_OfAYear` said without its year) of YEAR (a YearRef); numbered weeks
    counted as the year is (fiscal or calendar) where they do not say."""
    assert isinstance(season, _OfAYear) and isinstance(year, YearRef)
    ref = replace(season, year=year.year)
    if isinstance(ref, WeekNumberRef) and ref.fiscal is None:
        ref = replace(ref, fiscal=year.fiscal)
    return ref


# "at the end of 2023", "by the close of 2025": the words that make a bare year's end a day
# (never "the low end of the 2030 target": a range's end)
_END_OF = patterns.compile(
    r"(?:^|\b(?:at|by|as\s+of|to|until|till|through|thru|from|since|before|after|in|on)\s+)"
    r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:year\s+)?$",
    re.I,
)
# "end-2023", "year-end 2023": the same words in the year's own mention
_ENDING_YEAR = patterns.compile(r"^(?:end-|year[\s-]end\b)", re.I)


def calendar_year_ends(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'greenhouse hectares at the end of 2023': the end of a bare year is 31 December of
    it, as people say it, whatever the company's fiscal year (its fiscal year's end is
    asked as "the end of FY2023"). Questions only: a report's "year-end 2025" is the
    company's own year's end."""
    return tuple(
        replace(m, ref=replace(m.ref, fiscal=False))
        if isinstance(m.ref, YearRef)
        and m.ref.fiscal is None
        and (_END_OF.search(text[: m.start]) or _ENDING_YEAR.match(m.text))
        else m
        for m in mentions
    )


# The longest span a season's dates run: a Christmas trading period of nine weeks, a
# holiday quarter of thirteen (and a day's slack either way)
_SEASON_DAYS = 16 * 7
# what may stand between a season and its dates when both name one span ("christmas lfl
# for X, the 5 weeks to 4 Jan"); a comparison word sets two spans against each other
_COMPARED = patterns.compile(r"\b(?:vs\.?|versus|than|compared|against|over|from)\b", re.I)
_POSSESSIVE = patterns.compile(r"^\s*(?:['’]s)?\s*$")


def season_dated(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'last year's christmas lfl, the 5 weeks to 4 Jan 2025': a season with no year of
    its own, beside the dated span it names, is that span; the year that describes the
    season ("last year's") is not another period to compare with."""
    seasons = [m for m in mentions if isinstance(m.ref, SeasonRef) and m.ref.year is None]
    spans = [
        m for m in mentions if isinstance(m.ref, ExactRef) and 1 < m.ref.period.days <= _SEASON_DAYS
    ]
    if len(seasons) != 1 or len(spans) != 1:
        return mentions
    season, span = seasons[0], spans[0]
    first, last = sorted((season, span), key=lambda m: m.start)
    if _COMPARED.search(text[first.end : last.start]):
        return mentions
    said_of_season = {
        m
        for m in mentions
        if isinstance(m.ref, RelativeRef)
        and m.ref.base is None
        and m.ref.unit == "year"
        and m.end <= season.start
        and _POSSESSIVE.match(text[m.end : season.start])
    }
    return tuple(m for m in mentions if m is not season and m not in said_of_season)


def _counts_from(m: PeriodMention, nxt: PeriodMention, others: int) -> bool:
    """Does relative M ("the year before", "year-ago") count from NXT, right after it?
    ("q3 2025 vs year-ago q3": beside another period, "year-ago" counts from that one.)"""
    return bool(_COUNTS_FROM.search(m.text)) or bool(
        _AGO_BEFORE.search(m.text) and not is_definite(nxt.ref) and not others
    )


def fold_relative(text: str, mentions: list[PeriodMention]) -> tuple[PeriodMention, ...]:
    """'the same quarter one year before Q2 2019': a relative period with no base of its
    own, right before another period, counts from that period: one mention, not two."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and isinstance(m.ref, RelativeRef)
            and m.ref.base is None
            and (
                (_counts_from(m, nxt, len(mentions) - 2) and _JOINER.match(text[m.end : nxt.start]))
                or _counted_from_next(m.ref, text[m.end : nxt.start])
            )
        ):
            ref = replace(m.ref, base=nxt.ref)
            out.append(PeriodMention(ref, m.start, nxt.end, text[m.start : nxt.end]))
            i += 2
            continue
        out.append(m)
        i += 1
    # "next fiscal year, FY14", "the fourth quarter, November to January 2024": a period
    # that needs a year beside one that has it restates it
    absolute = [m for m in out if is_definite(m.ref)]
    if absolute and len(absolute) < len(out):
        dropped: list[PeriodMention] = []
        changed = True
        while changed:  # "Q3 the year before, i.e. Q3 2024": the relative one restates it
            changed = False
            for m in out:
                if m in absolute or m in dropped or _heads_year_columns(m, out):
                    continue  # ("nine months ended October 31: 2025 vs 2024": spans.py)
                if any(_restates(text, m, a, dropped) for a in absolute):
                    dropped.append(m)
                    changed = True
        out = [_taking_in(m, dropped, text) for m in out if m not in dropped]
    return tuple(_bare_parts_counted_from(out))


def _bare_parts_counted_from(mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'first half revenue the year before H1 FY2025': a half (or quarter) with no year of
    its own, beside a period counted from that same half of a named year, is that period;
    never the latest first half set against it."""
    based = [
        m.ref.base
        for m in mentions
        if isinstance(m.ref, RelativeRef) and isinstance(m.ref.base, (QuarterRef, HalfRef))
    ]
    return [
        m
        for m in mentions
        if not (
            isinstance(m.ref, (QuarterRef, HalfRef))
            and m.ref.year is None
            and any(
                replace(b, year=None, fiscal=None) == replace(m.ref, fiscal=None) for b in based
            )
        )
    ]


# "last fiscal year, i.e. before FY27", "the previous fiscal year to FY27", "the prior
# year (before FY27)": words between a relative period and the one it counts from
_BEFORE_NEXT = patterns.compile(
    r"^\s*[,(]?\s*(?:i\.?\s?e\.?\s*,?\s*)?(?:before|prior\s+to|preceding|to)\s*$", re.I
)
_AFTER_NEXT = patterns.compile(r"^\s*[,(]?\s*(?:i\.?\s?e\.?\s*,?\s*)?(?:after|following)\s*$", re.I)


def _counted_from_next(ref: RelativeRef, between: str) -> bool:
    """Does a relative period count from the period after it, by the words BETWEEN them?"""
    return bool((_BEFORE_NEXT if ref.steps < 0 else _AFTER_NEXT).match(between))


def _taking_in(m: PeriodMention, dropped: list[PeriodMention], text: str) -> PeriodMention:
    """M with the restatements beside it taken into its span: their words ("a year
    earlier") are period words, never a revision's."""
    if is_definite(m.ref) and dropped:
        # (only those right beside it: the words between a bracketed restatement and
        # what it restates name the figure, "H1 *order intake* (Jan-Jun 2023)")
        beside = [d for d in dropped if _beside(text, d, m)]
        start = min([m.start] + [d.start for d in beside if d.end <= m.start])
        end = max([m.end] + [d.end for d in beside if d.start >= m.end])
        if (start, end) != (m.start, m.end):
            return PeriodMention(m.ref, start, end, text[start:end])
    return m


def _beside(text: str, d: PeriodMention, m: PeriodMention) -> bool:
    gap = text[min(d.end, m.end) : max(d.start, m.start)]
    return not gap.strip() or bool(_APPOSITION.match(gap))


def _restates(text: str, m: PeriodMention, a: PeriodMention, dropped: list[PeriodMention]) -> bool:
    """Is M beside the definite period A, with only a comma or the like between them
    (periods already found to restate A left out)? A season, numbered week or named day
    beside a bare year is never its restatement but that year's ("black friday
    weekends: 2025 vs 2024": fold_seasons)."""
    if isinstance(a.ref, YearRef) and _of_no_year(m):
        return False
    start, end = min(m.end, a.end), max(m.start, a.start)
    gap = text[start:end]
    for d in sorted(dropped, key=lambda d: d.start, reverse=True):
        if start <= d.start and d.end <= end:
            gap = gap[: d.start - start] + gap[d.end - start :]
    if _APPOSITION.match(gap) or (not gap.strip() and bool(dropped)):
        return True
    if m.end <= a.start and not gap.strip() and isinstance(m.ref, RelativeRef):
        # "the year-ago June quarter (Q1 FY24)": one period; never "vs previous quarter
        # 1Q25", the quarter before set against the one named
        before = text[: m.start].rstrip()
        return (
            m.ref.base is None and m.ref.unit == "year" and not _SETS_AGAINST.search(before[-12:])
        )
    return _restated_in_brackets(text, m, a)


# A comma, colon or dash right before a restating period ("q2 sales, jul-sep 2024"), or
# after it the words that say so ("q3 volume a year earlier, i.e. mar-may 2024")
_AFTER_COMMA = patterns.guarded(
    r"[,:\-–—]\s*(?:(?:i\.?\s?e\.?|that\s+is|namely|meaning)\s*,?\s*)?$", re.IGNORECASE
)
# Words that set one period against another: never a restatement across them
_SETS_AGAINST = patterns.compile(
    r"\b(?:vs\.?|versus|than|against|compared|from|over|and|or)\b", re.IGNORECASE
)


def _restated_in_brackets(text: str, m: PeriodMention, a: PeriodMention) -> bool:
    """'H1 order intake the year before (Jan-Jun 2023)', 'q3 operating profit, oct-dec
    2025': a period without its year, restated later in brackets or after a comma by a
    definite one of the same length, nothing setting them against each other between:
    one period, the restating one."""
    if not m.end <= a.start:
        return False
    if "(" not in text[m.end : a.end] and not _AFTER_COMMA.search(text[m.end : a.start]):
        return False
    if _SETS_AGAINST.search(text[m.end : a.start]):
        return False
    months = _span_months(m.ref)
    return months is not None and months == _span_months(a.ref)


def _span_months(ref: object) -> int | None:
    """How many months a period phrase spans, where it says, with or without its year."""
    if isinstance(ref, ExactRef):
        return ref.period.months
    if isinstance(ref, QuarterRef | QuarterEndingRef):
        return 3
    if isinstance(ref, HalfRef):
        return 6
    if isinstance(ref, YearRef):
        return 12
    if isinstance(ref, LeadingMonthsRef | MonthsEndingRef):
        return ref.months
    return None


def _heads_year_columns(m: PeriodMention, mentions: list[PeriodMention]) -> bool:
    """A span ended on a day with no year, before two bare years: the years are its
    columns, not a restatement of it."""
    if not isinstance(m.ref, (QuarterEndingRef, MonthsEndingRef)) or m.ref.year is not None:
        return False
    later = [n for n in mentions if n.start >= m.end]
    return len(later) >= 2 and all(isinstance(n.ref, YearRef) for n in later[:2])


def _part(ref: QuarterRef | HalfRef) -> int:  # type: ignore[valid-type]
    return ref.quarter if isinstance(ref, QuarterRef) else ref.half


def years_shared(mentions: Sequence[PeriodMention]) -> list[PeriodMention]:
    """'Q1 and Q2 FY2025', 'in Q2 FY24 than in Q1', 'Q4 vs Q3 2025': a quarter or half
    named without a year beside one of its kind that states one, earlier in the year or
    right after it, takes that year (and fiscal reading): the next one's when it is listed
    before it, else the one before it; never the latest Q1."""
    out = list(mentions)
    for i, m in enumerate(out):
        if not isinstance(m.ref, QuarterRef | HalfRef) or m.ref.year is not None:
            continue
        dated = [
            n.ref
            for n in (*out[i + 1 :], *reversed(out[:i]))
            if type(n.ref) is type(m.ref)
            and n.ref.year is not None  # type: ignore[union-attr]
            # "Q4 vs Q1 2025" may cross a year: left alone; "Q4 vs Q3 2025", the quarter
            # after it, is of its year
            and (_part(n.ref) > _part(m.ref) or _part(m.ref) == _part(n.ref) + 1)
        ]
        if dated:
            ref = replace(m.ref, year=dated[0].year, fiscal=dated[0].fiscal)  # type: ignore[union-attr]
            out[i] = replace(m, ref=ref)
    return out


_MONTH_THEN = patterns.compile(
    rf"\b(?P<month>{MONTH_PATTERN})(?![a-z])"
    r"\s+(?:and|to|through|until|till|-|–)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.I,
)


def month_shares_year(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'between end of June and end of September 2025': a month named without a year, just
    before another month that has one, is that year's (or the year before's, when it falls
    later in the year): the two ends of one span, never a month of any year."""
    out = list(mentions)
    for m in mentions:
        ref = m.ref
        if not (isinstance(ref, ExactRef) and ref.period.days <= 31 and ref.period.start.day == 1):
            continue
        said = _month_said_before(_MONTH_THEN, text, m, mentions)
        if said is None:
            continue
        before, month = said
        later = ref.period.start
        year = later.year - (month > later.month)
        start = date(year, month, 1)
        end = month_end(year, month)
        phrase = before.group(0)
        out.append(
            PeriodMention(
                ExactRef(Period(start, end)),
                before.start(),
                before.start() + len(before["month"]),
                phrase,
            )
        )
    return tuple(sorted(out, key=lambda n: n.start))


_MONTH_OF_QUARTER_THEN = patterns.compile(
    rf"\b(?:the\s+)?(?P<month>{MONTH_PATTERN})(?![a-z])"
    r"\s+(?:and|to|through|vs\.?|versus|against|till|until|-|–)\s+(?:the\s+)?$",
    re.I,
)


def quarter_shares_word(
    text: str, mentions: tuple[PeriodMention, ...]
) -> tuple[PeriodMention, ...]:
    """'from the September to the December quarter': a month just before a quarter named by
    its last month is that quarter too ("quarter" said once for both), of the same year or
    the one before when it falls later in the year."""
    out = list(mentions)
    for m in mentions:
        if not isinstance(m.ref, QuarterEndingRef):
            continue
        said = _month_said_before(_MONTH_OF_QUARTER_THEN, text, m, mentions)
        if said is None:
            continue
        before, month = said
        year = m.ref.year
        if year is not None and month > m.ref.month:
            year -= 1
        ref = QuarterEndingRef(month, year)
        out.append(PeriodMention(ref, before.start(), before.end(), before.group(0)))
    return tuple(sorted(out, key=lambda n: n.start))


def _month_said_before(
    pattern: re.Pattern[str], text: str, m: PeriodMention, mentions: Sequence[PeriodMention]
) -> tuple[re.Match[str], int] | None:
    """The month PATTERN finds just before M ("June and", "the September to the"), with
    its number, when no period mention already holds it."""
    before = pattern.search(text[: m.start])
    if before is None or any(n.start <= before.start() < n.end for n in mentions):
        return None
    month = month_number(before["month"])
    assert month is not None  # (the pattern matched a month's name)
    return before, month


# A bracket saying how a figure is worked out: "(the year minus H1)", "(Q1+Q2)"
_METHOD = patterns.guarded(
    r"\((?=[^()]*(?:\b(?:less|minus|plus|add|added|adding|sum|excluding)\b|\+))[^()]*\)",
    re.IGNORECASE,
)


def method_noted(
    text: str, periods: tuple[PeriodMention, ...]
) -> tuple[tuple[PeriodMention, ...], list[tuple[int, int]]]:
    """'Q3 2027 revenue (nine months minus the half)': a bracket saying how the figure is worked
    out names no period asked, where one is named outside it. The periods kept, and the
    brackets' spans (their words say nothing more about what is asked)."""
    spans = [(m.start(), m.end()) for m in _METHOD.finditer(text)]
    if not spans:
        return periods, []
    outside = tuple(p for p in periods if not any(a <= p.start and p.end <= b for a, b in spans))
    if not outside:
        return periods, []
    return outside, spans


# "(at) the start of", "the beginning of", right before a period; never "since the start
# of" or "from the beginning of", which count from it
_OPENING = patterns.guarded(
    r"\b(?P<word>start|beginning|opening)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_COUNTED_FROM = patterns.guarded(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
# "how many stores did they start fiscal 2025 with", "entered 2026 with": what was held
# as the period opened
_STARTED_WITH = patterns.guarded(
    r"\b(?P<word>start(?:s|ed)?|begin|began|begins|enter(?:s|ed)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WITH_AFTER = patterns.compile(r"\s+with\b", re.IGNORECASE)
# "how many shops did they have going into fy26", "stores heading into 2025", "entering
# 2026": what was held as the period opened
_GOING_INTO = patterns.guarded(
    r"\b(?P<word>(?:going|heading|coming)\s+into|entering)\s+(?:the\s+)?$", re.IGNORECASE
)


def _expected(text: str) -> bool:
    """Does TEXT ask about an expectation or a range ("guidance", "target", "range")?"""
    return bool(set(lemmas(text)) & (EXPECTATION_WORDS | RANGE_WORDS))


def opened_periods(
    text: str, periods: Sequence[PeriodMention]
) -> tuple[tuple[PeriodMention, ...], frozenset[int]]:
    """'the store count at the beginning of FY27': the period marked as the point in time
    it opens at (see PeriodMention.opens), and where the words saying so start."""
    marked, words = [], set()
    for m in periods:
        found = _OPENING.search(text, 0, m.start)
        if found is None and _WITH_AFTER.match(text, m.end) and not _expected(text):
            # ("the range they started fy2025 with": the year's first statement, no count)
            found = _STARTED_WITH.search(text, 0, m.start)
        if found is None:
            found = _GOING_INTO.search(text, 0, m.start)
            if found is not None and _expected(_GOING_INTO.sub(" ", text[: m.start])):
                found = None  # ("the guidance going into fy26": the range, no count)
        if found is None or _COUNTED_FROM.search(text, 0, found.start()):
            marked.append(m)
            continue
        marked.append(replace(m, opens=True))
        words.add(found.start("word"))
    return tuple(marked), frozenset(words)


# "since 2014", "since it started up in 2019", "since the very first one in 2019": words
# before the period a running total began in (none of them a number or another period)
_SINCE = patterns.guarded(r"\bsince(?:\s+[a-z'’-]+){0,5}?\s+(?:in\s+)?$", re.IGNORECASE)


def running_since(text: str, periods: Sequence[PeriodMention]) -> tuple[PeriodMention, ...]:
    """The periods a running total is said to have begun in (PeriodMention.begins_running):
    "how many have they installed since it started in 2014"."""
    return tuple(
        replace(m, begins_running=True) if _SINCE.search(text, 0, m.start) else m for m in periods
    )


# "July, August and September 2027", "nov plus dec 2025": months listed before the one
# carrying their year
_LISTED_MONTHS = patterns.guarded(
    rf"(?P<list>(?:\b{MONTH_PATTERN}\s*(?:[,+&]|\s+plus\b)\s*)*\b{MONTH_PATTERN}\s*,?\s*"
    r"(?:and|&|\+|plus)\s*)$",
    re.IGNORECASE,
)
_A_MONTH = patterns.guarded(rf"\b{MONTH_PATTERN}(?![a-z])", re.IGNORECASE)


def month_outside(text: str, periods: Sequence[PeriodMention]) -> int | None:
    """The month TEXT names by its name outside the PERIODS it names, if one ("the
    November target raise" -> 11; never the "March" of "the year to March")."""
    for found in _A_MONTH.finditer(text):
        if not any(p.start <= found.start() < p.end for p in periods):
            return month_number(found.group().rstrip("."))
    return None


def months_listed(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'July, August and September 2027 combined': each month listed before the dated
    one, in its year (a month later in the year than it, the year before: "Nov, Dec and
    Jan 2026"), never dropped, which would answer for fewer months than asked."""
    out: list[PeriodMention] = []
    for m in mentions:
        listed = _LISTED_MONTHS.search(text, 0, m.start)
        month = _calendar_month(m)
        if listed is None or month is None:
            out.append(m)
            continue
        for name in _A_MONTH.finditer(text, listed.start("list"), listed.end("list")):
            number = month_number(name.group().rstrip("."))
            if number is None or any(o.start <= name.start() < o.end for o in mentions):
                continue  # (a month already read, "between sept and dec 2025": once)
            year = month.start.year - (number > month.start.month)
            span = Period(date(year, number, 1), month_end(year, number))
            out.append(PeriodMention(ExactRef(span), name.start(), name.end(), name.group()))
        out.append(m)
    return out


def _calendar_month(m: PeriodMention) -> Period | None:
    """The calendar month M names, if it names one month with its year."""
    p = m.ref.period if isinstance(m.ref, ExactRef) else None
    return p if p is not None and is_whole_months(p) and month_count(p) == 1 else None


# "(dropped) from August to October 2027": two months a change runs between
_FROM_YEAR_TO_YEAR = patterns.compile(
    r"^(?:from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|and|through)\s+(?P<y2>(?:19|20)\d\d)$",
    re.IGNORECASE,
)
_FROM_MONTH_TO_MONTH = patterns.compile(
    rf"^(?:from|between)\s+(?P<m1>{MONTH_PATTERN})(?![a-z])"
    rf".*?(?P<to>\s+(?:to|and|through)\s+)(?P<m2>{MONTH_PATTERN})(?![a-z])",
    re.IGNORECASE,
)


def months_compared(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """'how far did bookings drop from August to October 2027': a change from one month to
    another, read as the two months (each compared with the other), never their span's
    figure, when a verb of change is said; without one ("bookings from August to October") the
    span stays whole."""
    if len(mentions) != 1 or not _changes(text):
        return mentions
    m = mentions[0]
    years = _FROM_YEAR_TO_YEAR.match(m.text)
    if years is not None:
        # ("how did deliveries change between 2024 and 2025": the two years compared)
        return [
            PeriodMention(
                YearRef(int(years[k]), None),
                m.start + years.start(k),
                m.start + years.end(k),
                years[k],
            )
            for k in ("y1", "y2")
        ]
    said = _FROM_MONTH_TO_MONTH.match(m.text)
    if said is None or not isinstance(m.ref, ExactRef):
        return mentions
    span = m.ref.period
    first = Period(span.start, month_end(span.start.year, span.start.month))
    last = Period(span.end.replace(day=1), span.end)
    if first.end >= last.start or not is_whole_months(span):
        return mentions  # ("gained between June 30 and September 30": a span of days)
    at = m.start
    return [
        PeriodMention(
            ExactRef(first),
            at + said.start("m1"),
            at + said.start("to"),
            m.text[said.start("m1") : said.start("to")],
        ),
        PeriodMention(ExactRef(last), at + said.start("m2"), m.end, m.text[said.start("m2") :]),
    ]


def _changes(text: str) -> bool:
    return any(verb_lemma(w) in _CHANGE_VERBS for w in re.findall(r"[a-z]+", text.lower()))


_CHANGE_VERBS = MOVE_VERBS | {"change"}


# "between july 1 and the end of the season", "from 1 April to year end": a span's first
# day said without its year, before the period that closes it
_OPEN_DAY = patterns.compile(
    rf"\b(?:between|from)\s+(?:the\s+)?(?P<day>(?:{MONTH_PATTERN})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_PATTERN}))(?!\s*,?\s*['’]?\d)"
    r"\s+(?:and|to|through|thru|until|till|[-–])\s",
    re.IGNORECASE,
)


def start_day_unread(text: str, mentions: Sequence[PeriodMention]) -> str | None:
    """The first day of a span the question asks about ("between july 1 and the end of
    the 2025 season") where no period read covers it: the span is not the period that
    closes it, and no figure over that period may answer for it."""
    for m in _OPEN_DAY.finditer(text):
        if not any(p.start <= m.start("day") < p.end for p in mentions):
            return m["day"]
    return None
