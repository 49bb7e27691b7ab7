"""The period grammar: its rules, each a pattern and the builder of what it matched, in
order of preference (a rule's rank breaks ties between equally long matches)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import patterns
from bot.facts.periods.builders import (
    Builder,
    bare_year,
    calendar_year_ref,
    day_event,
    day_span,
    days_of_a_month,
    digit_first_part,
    festival,
    first_quarters,
    first_quarters_of_split_year,
    fiscal_first_part,
    fiscal_month_end,
    fiscal_year_ref,
    half_month,
    half_year_word,
    iso_interval,
    latest,
    leading_months,
    leading_months_no_year,
    leading_weeks,
    mid_year,
    month_quarter,
    month_span,
    month_span_no_year,
    months_ending,
    months_to,
    named_season,
    numbered_month,
    numbered_months,
    numbered_part,
    numbered_trading_periods,
    numbered_weeks,
    one_day,
    one_month,
    part_of_named_year,
    part_of_split_year,
    part_of_year,
    part_to_date,
    quarter_ending,
    relative,
    same_span_a_year_before,
    season,
    split_year,
    to_date,
    travel_season,
    weeks_ending,
    year_end,
    year_ending,
    year_first_part,
    year_span,
)
from bot.facts.periods.festivals import festival_names
from bot.facts.periods.references import (
    ExtraWeekRef,
    HalfRef,
    LatestRef,
    MonthEndRef,
    QuarterRef,
    WeeksEndingRef,
    YearRef,
)
from bot.facts.periods.words import (
    CALENDAR_MARKER,
    COUNT_PATTERN,
    DASH,
    ENDING,
    FISCAL_MARKER,
    FY_MONTH_END,
    HALF_WORDS,
    ISO_INTERVAL,
    LEADING_YEAR,
    MONTHS_WORD,
    NOT_AFTER_YEAR,
    NOT_AMOUNT,
    NOT_AMOUNT_UNLESS_FY,
    NOT_BEFORE_YEAR,
    NUMBER_PATTERN,
    NUMERIC_DATE,
    ORDINALS,
    QUOTES,
    RANGE_WORD,
    SAID_BEFORE,
    SPAN_CONNECTOR,
    SPAN_START,
    SPLIT_PART,
    SPLIT_YEAR,
    WEEK_COUNT,
    YEAR_PART,
    count_of,
    day_date,
    end_date,
    end_of,
    first_group,
    month_group,
    month_num,
    plain_year_group,
    to_year,
    year_group,
    year_tail,
)


@dataclass(frozen=True)
class Rule:
    """A period phrase's pattern, and how a match of it is turned into a reference."""

    name: str
    pattern: re.Pattern[str]
    build: Builder


# A season's year or pair of years ("2025", "2024-25", "2024/2025"), its place among a
# year's seasons ("second"), and one word saying what kind ("crushing", "harvest"): any
# word but the little ones a sentence puts before "season" and the trading seasons' own
_SEASON_YEARS = r"(?P<y{s}>(?:19|20)\d\d)(?:\s*[/–—-]\s*(?P<y2{s}>(?:19|20)?\d\d))?"
_SEASON_ORDINAL = "(?P<ord{s}>" + "|".join(n for n, v in ORDINALS.items() if v <= 3) + ")"
_SEASON_DESCRIBED = (
    r"(?!(?:the|a|an|this|that|its|their|our|of|in|on|for|and|or|to|by|at|from|as|is|was"
    r"|new|next|last|whole|full|entire|summer|winter|holidays?|christmas|xmas|festive)\b)"
    r"[a-z]+"
)


def _rule(name: str, pattern: str, build: Builder) -> Rule:
    return Rule(name, patterns.compile(pattern, re.IGNORECASE), build)


def _part_rules(kind: type[QuarterRef] | type[HalfRef]) -> list[Rule]:
    letter, digits, word = ("q", "1-4", "quarter") if kind is QuarterRef else ("h", "12", "half")
    iberian = "t" if kind is QuarterRef else "s"
    ordinal = "|".join(n for n, v in ORDINALS.items() if v <= (4 if kind is QuarterRef else 2))
    if kind is HalfRef:
        ordinal += "|" + "|".join(HALF_WORDS)
    marker = r"(?:(?P<pf>fiscal|calendar)\s+)?"
    code_sep = r"(?:\s*,\s*|\s*[-/]\s*|\s+of\s+(?:the\s+)?|\s*)"
    word_sep = r"(?:\s*,?\s+(?:(?:of|in)\s+)?(?:the\s+)?)"
    build = numbered_part(kind)
    return [
        # "Q3 2013", "Q3 '13", "Q3 13", "fiscal Q2 FY2013", a bare "Q3", "fq3 24"
        _rule(
            f"{word}-code",
            rf"(?<!\w){marker}(?P<pf3>f)?{letter}(?P<n>[{digits}])"
            # a year after the code is no year when an amount's unit follows ("Q1 20
            # units"); the code alone is still a period ("H1 units: 131,900")
            + rf"(?:{year_tail(code_sep, True).removesuffix('?')}(?!\w){NOT_AMOUNT_UNLESS_FY})?"
            + r"(?!\w)",
            build,
        ),
        # "2024 Q2", "2024-H1", "2024 2Q": the year first
        _rule(
            f"year-first-{word}",
            rf"{NOT_BEFORE_YEAR}(?P<y>(?:19|20)\d\d)\s*[-/]?\s*"
            rf"(?:(?P<l>{letter})(?P<n>[{digits}])|(?P<n2>[{digits}])(?P<l2>{letter}))(?!\w)",
            year_first_part,
        ),
        # "3Q13", "2Q FY2013": the digit-first form needs its year ("1h" may be an hour)
        _rule(
            f"{word}-code-digit-first",
            rf"(?<!\w){marker}(?P<n>[{digits}]){letter}"
            rf"(?:\s*(?:(?P<fy>{FISCAL_MARKER}){year_group('yf')}|(?P<cy>{CALENDAR_MARKER}){year_group('yc')}|{year_group('yb')}))"
            r"(?!\w)",
            digit_first_part(kind),
        ),
        # "2T25", "1S24", "4T 2024": the trimestre and semestre of Spanish and Portuguese
        # reports, their year straight after ("2t" alone, "2t 2025", may be two tonnes)
        _rule(
            f"{word}-code-iberian",
            rf"(?<!\w)(?P<n>[{digits}])(?:{iberian}|(?-i:{iberian.upper()})\s(?=(?:19|20)\d\d))"
            rf"{year_group('yb')}(?!\w)",
            build,
        ),
        # "T3 2025", "S1 2024", "T2-25": the letter first, as French, Spanish and Italian
        # chat writes the trimestre and semestre; its year needed ("S1" alone may be a model)
        _rule(
            f"{word}-code-iberian-letter-first",
            rf"(?<!\w){iberian}(?P<n>[{digits}])"
            rf"{year_tail(code_sep, True).removesuffix('?')}(?!\w){NOT_AMOUNT_UNLESS_FY}",
            build,
        ),
        # a bare "3Q", "1H": the latest such part; a half's H in capitals, or in lower
        # case before a word, as chat writes it ("1h operating profit"); "1h" alone, "1h
        # of talk time" and "the 2h meeting" are hours
        _rule(
            f"bare-{word}-code-digit-first",
            rf"(?<!\w){marker}(?P<n>[{digits}])"
            + (letter if kind is QuarterRef else r"(?:(?-i:H)|(?<!the\s\d)h(?=\s+[a-z]{3,}))")
            + r"(?![\w'’])",
            build,
        ),
        # "the third quarter of 2013", "second fiscal quarter of 2013", "first half"
        _rule(
            f"{word}-words",
            rf"(?<!\w)(?:the\s+)?{marker}(?P<ord>{ordinal})[\s-]+(?:(?P<pf2>fiscal|calendar)\s+)?"
            rf"{word}{year_tail(word_sep, False, after_word=word)}(?!\w)",
            build,
        ),
        # "quarter 4 fiscal 2025", "Quarter 2 of 2024", "half 1 2025": the word, then its
        # number (never an amount: "quarter 2 million")
        _rule(
            f"{word}-numbered",
            rf"(?<!\w)(?:the\s+)?{marker}{word}\s+(?P<n>[{digits}])(?![\w.,])"
            rf"(?:{year_tail(word_sep, False).removesuffix('?')}(?!\w){NOT_AMOUNT})?"
            r"(?!\s+(?:million|billion|m|bn|k)\b)",
            build,
        ),
        # "FY2013 Q2", "FY13 2Q", "fiscal 2013 second half"
        _rule(
            f"fiscal-year-{word}",
            rf"(?<!\w){FISCAL_MARKER}{year_group('y')}\s*(?:[,/-]\s*)?(?:{letter}(?P<n>[{digits}])"
            rf"|(?P<n2>[{digits}]){letter}|(?P<ord>{ordinal})[\s-]+(?:fiscal\s+)?{word})(?!\w)",
            fiscal_first_part(kind),
        ),
    ]


# how many of a year's first months ("the first ten months")
_MONTH_COUNT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|[1-9]|1[01]"

# the year after numbered weeks or periods ("of fiscal 2025", ", 2025", "FY25"), what may
# not follow them, and the last of a span of periods ("-P13", " to period 13")
_WEEKS_YEAR = (
    r"(?:\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?"
    rf"(?:(?P<fy>{FISCAL_MARKER}){year_group('y')}|{plain_year_group('yp')}))"
)
# (a sentence's full stop or a clause's comma may follow: "in week 45.", "Period 7, when")
# a Japanese term by the month and year it ends: "2026年3月期", "26/3期"
_TERM_ENDING = r"(?P<y>\d{4}|\d\d)\s*(?:年|/)\s*(?P<m>0?[1-9]|1[0-2])\s*月?期"
_NO_MORE_DIGITS = r"(?![\w/%]|[.,]\d|\s*(?:weeks?|days?|months?)\b)"
_PERIODS_TO = r"(?:\s*(?:[-–]|to|through|thru)\s*(?:period\s*|p)?(?P<p2>\d{1,2}))"


def _alternation(names: list[str]) -> str:
    """NAMES as one pattern, longest first, a space or hyphen between words either way and
    an apostrophe optional ("eid al-fitr", "eid al fitr")."""
    forms = []
    for name in names:
        words = [re.escape(w).replace("'", "['’]?") for w in re.split(r"[\s-]+", name)]
        forms.append(r"[\s-]+".join(words))
    return "|".join(forms)


_FESTIVAL_NAMES = _alternation(festival_names())

RULES: list[Rule] = [
    _rule("iso-interval", ISO_INTERVAL, iso_interval),
    # "Q1–Q3 2024/25", "the first ten months of 2024/25", "10m 2024/25": the year's first
    # quarters or months
    _rule(
        "quarters-through-split-year",
        rf"(?<!\w)(?:Q1\s*[–—-]\s*Q(?P<qb>[2-4])|(?:the\s+)?(?:first|opening)\s+"
        rf"(?P<n>{_MONTH_COUNT})[\s-]+{MONTHS_WORD}|(?<![\d.,$€£¥])(?P<nm>[1-9]|1[01])"
        rf"(?:m|[\s-]+{MONTHS_WORD}))\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?"
        rf"(?:(?:fiscal|financial)\s+(?:year\s+)?)?{SPLIT_YEAR}",
        first_quarters_of_split_year,
    ),
    # "Q1–Q3 2025", "Q1-Q2 FY2025", and as East Asian reports write them "1-3Q 2025",
    # "1Q~3Q25": the first quarters of a year, as "9M 2025" counts them
    _rule(
        "quarters-through",
        rf"(?<!\w)(?:Q1\s*[–—~-]\s*Q(?P<qb>[2-4])|1Q?\s*[–—~-]\s*(?P<qb2>[2-4])Q)"
        rf"\s*,?\s*(?:(?:of|in)\s+)?(?P<fy>{FISCAL_MARKER})?"
        rf"{year_group('y')}(?![\w/])",
        first_quarters,
    ),
    # "half-year 2025", "HY25", "1HY25", "the half year", "the interim period 2024" (never
    # "the half year to June",
    # a span of its own, "the half-year results", an occasion, nor the year of "half-year
    # 2024/25", a split year)
    _rule(
        "half-year-word",
        rf"(?<![\w-])(?:(?:(?P<n>[12])\s*)?HY\s*{year_group('y')}(?!\s*/)"
        rf"|(?:half[\s-]?year|interim(?:\s+period)?)"
        rf"(?!\s*(?:to|ended|ending|end|through|thru|until|results?|reports?"
        rf"|statements?|updates?|calls?|presentations?|releases?|announcements?)\b)"
        rf"(?:\s*{year_group('y2')}(?!\s*/))?)(?![\w-])",
        half_year_word,
    ),
    # "1-3Q", "Q1-Q3" with no year: the first quarters of the year the answer finds
    _rule(
        "quarters-through-no-year",
        r"(?<!\w)(?:Q1\s*[–—~-]\s*Q(?P<qb>[2-4])|1Q?\s*[–—~-]\s*(?P<qb2>[2-4])Q)(?![\w/])",
        first_quarters,
    ),
    # "2025 Q1-Q3", "FY2025 Q1–Q2": the same, year first
    _rule(
        "year-quarters-through",
        rf"(?<![\w/])(?P<fy>{FISCAL_MARKER})?{year_group('y')}\s*,?\s*Q1\s*[–—-]\s*Q(?P<qb>[2-4])(?!\w)",
        first_quarters,
    ),
    # "Q2 2024/25", "H1 FY2024/25", "the second quarter of 2024/25", "2024/25 Q2"
    _rule(
        "part-of-split-year",
        rf"(?<!\w){SPLIT_PART}\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?{SPLIT_YEAR}",
        part_of_split_year,
    ),
    _rule(
        "split-year-first-part",
        rf"{NOT_BEFORE_YEAR}(?P<y>\d{{4}})\s*/\s*(?P<y2>\d{{4}}|\d\d)\s*,?\s*"
        rf"(?:(?P<pl>[qh])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[qh]))(?!\w)",
        part_of_split_year,
    ),
    # "FY2013/14", "FY2013-14", "fiscal 2013/2014", "2013/14", "2013-14"
    _rule(
        "fiscal-split-year",
        rf"(?<!\w){FISCAL_MARKER}{year_group('y')}\s*[/–—-]\s*{year_group('y2')}(?!\w)",
        split_year,
    ),
    _rule(
        "split-year-slash",
        rf"{NOT_BEFORE_YEAR}(?P<y>\d{{4}})\s*/\s*(?P<y2>\d{{4}}|\d\d)(?![\w/]|[.,]\d|-\d)",
        split_year,
    ),
    # "in 23/24", "for 25/26", "Ostmark's 25/26 guidance": two-digit years a year apart,
    # after a word that takes a year (a day and month are "on" or "at" a date)
    _rule(
        "split-year-short",
        r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bof\s)|(?<=\bthe\s)|(?<=\bduring\s)|(?<='s\s)|"
        r"(?<=’s\s))(?P<y>\d\d)\s*/\s*(?P<y2>\d\d)(?![\w/]|[.,]\d)",
        split_year,
    ),
    # "ethanol output 24/25": two-digit years a year apart that no day and month could be
    # (neither number a month), wherever they are written
    _rule(
        "split-year-short-undated",
        r"(?<![\w/.,])(?P<y>1[3-9]|[2-9]\d)\s*/\s*(?P<y2>1[4-9]|[2-9]\d)(?![\w/%]|[.,]\d|\s*%)",
        split_year,
    ),
    _rule(
        "split-year-dash",
        rf"{NOT_BEFORE_YEAR}(?P<y>\d{{4}})[-–](?P<y2>\d\d)(?![\w/]|[.,]\d|-\d)",
        split_year,
    ),
    # Japanese-style "FY3/14", "FY 3/2021": the fiscal year ending in that month
    _rule("fiscal-year-month-end", rf"(?<!\w){FY_MONTH_END}", fiscal_month_end),
    # as Japanese writes it: "2026年3月期", "26年3月期", "26/3期" (the term ending March 2026)
    _rule("fiscal-year-month-end-kanji", rf"(?<![\d/]){_TERM_ENDING}", fiscal_month_end),
    # "first half 26/3期", "3Q 2026年3月期"
    _rule(
        "part-of-fiscal-year-month-end-kanji",
        rf"(?<!\w)(?:the\s+)?{YEAR_PART}(?:\s*,\s*|\s+(?:of|in)\s+(?:the\s+)?|\s*)"
        rf"{_TERM_ENDING}",
        part_of_named_year,
    ),
    # "H1 FY3/22", "the third quarter of FY3/22", "9M FY3/22"; "FY3/22 Q3"
    _rule(
        "part-of-fiscal-year-month-end",
        rf"(?<!\w)(?:the\s+)?{YEAR_PART}(?:\s*,\s*|\s+(?:of|in)\s+(?:the\s+)?|\s*)"
        rf"{FY_MONTH_END}",
        part_of_named_year,
    ),
    _rule(
        "fiscal-year-month-end-part",
        rf"(?<!\w){FY_MONTH_END}\s*(?:[,/-]\s*)?{YEAR_PART}(?!\w)",
        part_of_named_year,
    ),
    # "FYE Sep 2019", "FYE March 31, 2021"
    _rule("year-end-date", rf"(?<!\w)fye\s*[-–]?\s*{end_date(True)}(?!\w)", year_ending),
    # "the first nine months of fiscal 2021", "9M 2021", "9M FY2021", "nine months of 2021"
    _rule(
        "leading-months",
        rf"(?<![\w.,$€£¥])(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?(?:(?:first|opening)\s+)?"
        rf"(?:(?P<n>nine|9|six|6|three|3)(?:[\s-]?{MONTHS_WORD}|(?P<code>m))(?:\s+period)?"
        r"|(?:first\s+)?(?P<q>(?:two|three)\s+quarters))(?P<pf2>)"
        rf"{LEADING_YEAR}(?!\w|[.,]\d)",
        leading_months,
    ),
    # "39 wks F2026", "the first 26 weeks of fiscal 2025": a fiscal year's first quarters
    # counted in weeks (a 52/53-week year's; its weeks are the week calendar's to place)
    _rule(
        "leading-weeks-of-fiscal-year",
        r"(?<![\w.,$€£¥])(?:the\s+)?(?:first\s+)?(?P<w>13|26|39|thirteen|twenty-six|thirty-nine)"
        rf"[\s-](?:weeks?|wks?)\s+(?:(?:of|in)\s+)?(?:the\s+)?{FISCAL_MARKER}{year_group('y')}"
        r"(?![\w/])",
        leading_weeks,
    ),
    # "the 53rd week of fiscal 2024", "the extra week": the week a 52/53-week year adds
    _rule(
        "extra-week",
        # ("an extra week of trading", "a 53rd week" say why a year grew, never which days)
        r"(?<!\w)(?<!\ba\s)(?<!\ban\s)(?:the\s+(?:extra|additional)\s+(?:(?:53rd|fifty[\s-]third)\s+)?"
        r"|(?:the\s+)?(?:(?:extra|additional)\s+)?(?:53rd|fifty[\s-]third)\s+)week(?!\w)"
        r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|fy\s?)"
        r"(?P<y>(?:19|20)?\d\d)(?!\w))?",
        lambda m: ExtraWeekRef(to_year(m["y"]) if m["y"] else None),
    ),
    # "12M25", "12M2024": the twelve months of Spanish and Portuguese reports, the company's
    # own year ("12M 2025" may be twelve million, then a year)
    _rule(
        "twelve-month-code",
        rf"(?<![\w.,$€£¥])12m{year_group('y')}(?!\w)",
        lambda m: YearRef(to_year(m["y"]), True),
    ),
    # "the first ten months of 2025", "first 8 months of fiscal 2024": any other count of a
    # year's first months is said with "first"
    _rule(
        "first-months",
        rf"(?<![\w.,$€£¥])(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?(?:first|opening)\s+"
        rf"(?P<n>one|two|four|five|seven|eight|ten|eleven|[1-9]|1[01])[\s-]{MONTHS_WORD}"
        rf"(?P<q>)(?P<code>)(?P<pf2>){LEADING_YEAR}(?!\w|[.,]\d)",
        leading_months,
    ),
    # no year: "the first nine months", "nine-month sales", "9M revenue", "the first two
    # quarters"; never "the last six months" (the months before now, not a year's first)
    _rule(
        "leading-months-no-year",
        r"(?<![\w.,$€£¥])(?<!last\s)(?<!past\s)(?<!next\s)(?<!recent\s)(?<!previous\s)"
        r"(?<!coming\s)(?<!trailing\s)(?<!rolling\s)"
        r"(?:(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?(?:first|opening)\s+"
        r"(?:(?P<n>nine|9|six|6|three|3)\s+months|(?P<q>(?:two|three)\s+quarters))"
        rf"|the\s+(?:(?P<pf3>fiscal|calendar)\s+)?(?P<n2>nine|9|six|6|three|3)[\s-]{MONTHS_WORD}"
        r"(?:\s+period)?"
        rf"|(?P<n3>nine|9|six|6|three|3)-{MONTHS_WORD}"
        r"|(?P<n4>9|6)(?P<code>m)"
        r"|(?<=after\s)(?P<n5>nine|9|six|6|three|3)\s+months"
        # "nine month sales" (a span's length before a noun), "the prior year's nine months"
        r"|(?P<n6>nine|9|six|6)\s+month(?=\s+[a-z])|(?<='s\s)(?P<n7>nine|9|six|6)\s+months"
        # "nine months revenue", "with nine months done": nine months are a year's first
        # nine (six or three months may be any span: "in six months they")
        r"|(?P<n8>nine)\s+months(?=\s+(?!(?:they|we|i|you|it|the|a|an|of|ago|later|earlier"
        r"|before|after|from|to|ended|ending|through|until|since|left|more|away)\b)[a-z]))"
        r"(?:\s+of\s+the\s+(?:(?P<pf2>fiscal|financial|calendar)\s+)?year)?"
        r"(?!\s*(?:to|ended|ending|through|thru|until|till|of|since|ago|earlier|later|before"
        r"|after|from|in\s+(?:19|20)\d\d|[-'‘’]?\d)\b)(?![\w-])" + NOT_AMOUNT,
        lambda m: leading_months_no_year(m),
    ),
    # "at the end of June", "by end-June", chat's "subs end sept": a point of a year not
    # said ("as of" is left to the reader of statement dates: "as of the end of June, what
    # did they expect ..."; "the top end of June's range" is a range's)
    _rule(
        "month-end-no-year",
        r"(?<!\w)(?:(?:at|by|as\s+(?:of|at))\s+(?:the\s+)?|(?<!high\s)(?<!low\s)(?<!top\s)"
        r"(?<!bottom\s)(?<!upper\s)(?<!lower\s)(?<!\bthe\s)(?<!year\s))(?:end|close)(?:\s+of\s+|-|\s+)"
        rf"(?:the\s+month\s+of\s+)?{month_group('m')}(?!\s*,?\s*(?:\d|['‘’]\d))(?![\w'’])",
        lambda m: MonthEndRef(month_num(m["m"])),
    ),
    # "year-to-date", "YTD", "FY to date", "so far this fiscal year"
    _rule(
        "to-date",
        r"(?<!\w)(?:(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?year[\s-]+to[\s-]+date"
        r"|(?P<fy>fy)[\s-]+to[\s-]+date"
        r"|(?P<ytd>f?ytd)|so\s+far\s+this\s+(?:(?P<pf2>fiscal|financial|calendar)\s+)?year"
        r"|this\s+(?:(?P<pf3>fiscal|financial|calendar)\s+)?year\s+so\s+far)(?!\w)",
        to_date,
    ),
    # "QTD", "quarter-to-date", "MTD", "month to date": from the quarter's or month's first day
    _rule(
        "part-to-date",
        r"(?<!\w)(?:(?:the\s+)?(?:(?P<q>quarter)|month)[\s-]+to[\s-]+date|(?P<qtd>qtd)|mtd)(?!\w)",
        part_to_date,
    ),
    # "FY2013", "FY13", "fy-2013", "fiscal year 2013", "fiscal 13"
    _rule("fiscal-year", rf"(?<!\w){FISCAL_MARKER}{year_group('y')}(?!\w)", fiscal_year_ref),
    _rule("calendar-year", rf"(?<!\w){CALENDAR_MARKER}{year_group('y')}(?!\w)", calendar_year_ref),
    # "end-2024", "year-end 2024": the year a point in time closes (period_fit.py reads the
    # point at its end), where a bare year never follows a hyphen
    _rule(
        "year-end",
        rf"(?<!\w)(?:end-|(?P<fis>(?:fiscal|financial)\s+)?year[\s-]end\s+)(?P<y>(?:19|20)\d\d)"
        rf"{NOT_AFTER_YEAR}",
        year_end,
    ),
    # a bare "2013" or "'13"
    _rule("year", rf"{NOT_BEFORE_YEAR}(?P<y>(?:19|20)\d\d){NOT_AFTER_YEAR}{NOT_AMOUNT}", bare_year),
    # "sales in 2011 dollars": after "in" a year, its figure in that currency (no one says
    # "in 2,011 dollars"); "2011 dollars" alone stays an amount
    _rule(
        "year-in-currency",
        r"(?<=\bin\s)(?P<y>(?:19|20)\d\d)(?=\s+(?:dollars?|yen|euros?|won)\b)",
        bare_year,
    ),
    _rule(
        "quoted-year",
        rf"(?<![\w{QUOTES}])(?P<y>[{QUOTES}]\d\d)(?![\w%]|[.,]\d){NOT_AMOUNT}",
        bare_year,
    ),
    *_part_rules(QuarterRef),
    *_part_rules(HalfRef),
    # "the September quarter", "the September quarter of 2021", "September 2021 quarter",
    # chat's "the dec q"
    _rule(
        "month-quarter",
        rf"(?<!\w)(?:the\s+)?{month_group('m')}(?:\s+{plain_year_group('y0')})?[\s-]+(?:quarter|qtr|q)"
        rf"(?:\s*,?\s+(?:(?:of|in)\s+)?{plain_year_group('y')})?(?!\w)",
        month_quarter,
    ),
    # "the quarter ending June 2013", "three months ended September 30, 2013"
    _rule(
        "quarter-ending",
        rf"(?<!\w)(?:the\s+)?(?:(?:fiscal\s+)?quarter|(?:three|3)[\s-]months?(?:\s+period)?)"
        # (never "from the Dec quarter to the Mar quarter": two quarters named by month)
        rf"{ENDING}{end_date(False)}(?!\w)(?![\s-]+(?:quarter|qtr|q)(?!\w))",
        quarter_ending,
    ),
    # "the last three months of 2024", "the first six months of fiscal 2011"
    _rule(
        "part-of-year",
        r"(?<!\w)(?:the\s+)?(?P<which>first|last|final|closing|opening)\s+"
        r"(?P<n>three|3|six|6)[\s-]months?\s+of\s+(?:the\s+)?"
        rf"(?P<fy>{FISCAL_MARKER})?(?:year\s+)?{year_group('y')}(?!\w)",
        part_of_year,
    ),
    # "the final quarter of 2024", "the last quarter of fiscal 2013"
    _rule(
        "last-quarter-of-year",
        r"(?<!\w)(?:the\s+)?(?:last|final|closing|fourth)\s+quarter\s+of\s+(?:the\s+)?"
        rf"(?P<fy>{FISCAL_MARKER})?(?:year\s+)?{year_group('y')}(?!\w)",
        lambda m: QuarterRef(4, to_year(m["y"]), True if m["fy"] else None),
    ),
    # "fiscal year ended June 30, 2019", "the year to June 2020", "12 months ending ..."
    _rule(
        "months-ending",
        rf"(?<!\w)(?:the\s+)?{SAID_BEFORE}(?:(?P<half>half[\s-]?year|interim\s+period)"
        rf"|(?:fiscal|financial)(?:\s+year)?|fy|year"
        rf"|(?P<n>{NUMBER_PATTERN})(?:[\s-]months?|m|[\s-]?mos?|[\s-]mths?)(?:\s+period)?),?"
        # ("the year to 20/9/25": a day in figures too)
        rf"{ENDING}(?:{end_date(True)}|(?P<nnum>{NUMERIC_DATE})|(?P<niso>\d{{4}}-\d\d-\d\d))"
        r"(?!\w)",
        months_ending,
    ),
    # "Apr 2013 - Mar 2014", "between April 2013 and March 2014", "the Jul–Sep 2013 quarter"
    _rule(
        "month-span",
        rf"(?<!\w)(?:the\s+)?{SPAN_START}{end_of('e1')}{month_group('m1')}"
        rf"(?:\s*,?\s*{plain_year_group('y1')})?"
        rf"{SPAN_CONNECTOR}{end_of('e2')}{month_group('m2')}"
        r"(?:\s+(?:quarter|period|half)\s+(?:of|in)?)?"
        rf"\s*,?\s*{plain_year_group('y2')}(?:\s+(?:quarter|period|half))?(?!\w)",
        month_span,
    ),
    # "the year to March", "the six months ended September 30": a year not said
    _rule(
        "months-to-month",
        rf"(?<!\w)(?:the\s+)?{SAID_BEFORE}(?:(?:fiscal|financial)(?:\s+year)?|fy|year"
        # ("the half to 31 December": the six months)
        rf"|(?P<half>half(?:[\s-]?year)?)"
        rf"|(?P<n>{NUMBER_PATTERN})[\s-]months?(?:\s+period)?),?{ENDING}"
        rf"(?:(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?{month_group('em')}"
        r"(?:\s+(?P<ed2>\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?!\s*,?\s*(?:\d|['‘’]\d))(?!\w)",
        months_to,
    ),
    # "Jan–Sep", "April to June": months of a year not said
    _rule(
        "month-span-no-year",
        rf"(?<!\w)(?:the\s+)?{SPAN_START}{end_of('e1')}{month_group('m1')}"
        rf"(?P<conn>{DASH}|{RANGE_WORD}){end_of('e2')}{month_group('m2')}"
        r"(?:\s+(?:quarter|period|half))?(?!\s*,?\s*(?:(?:of|in)\s+)?(?:\d|['‘’]\d))(?!\w)",
        month_span_no_year,
    ),
    # "3 Apr 2013 – 9 May 2013", "2013-04-03 to 2013-05-09"
    _rule(
        "day-span",
        rf"{SPAN_START}{day_date('a', False)}{SPAN_CONNECTOR}{day_date('b', True)}(?!\w)",
        day_span,
    ),
    # "14-20 May 2025", "between 23 and 29 October 2025", "May 14-20, 2025": days of one
    # month, its name said once
    _rule(
        "days-of-a-month",
        rf"{SPAN_START}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{SPAN_CONNECTOR}(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{month_group('m')}"
        rf"|{month_group('mb')}\s+(?P<d1b>\d{{1,2}})(?P<connb>{DASH}|{RANGE_WORD})"
        rf"(?P<d2b>\d{{1,2}}))\s*,?\s*{plain_year_group('y')}(?!\w){NOT_AMOUNT}",
        days_of_a_month,
    ),
    # "2012 to 2014", "between 2012 and 2014": whole calendar years
    _rule(
        "year-span",
        rf"{SPAN_START}{NOT_BEFORE_YEAR}(?P<y1>(?:19|20)\d\d){SPAN_CONNECTOR}"
        rf"(?P<y2>(?:19|20)\d\d){NOT_AFTER_YEAR}{NOT_AMOUNT}",
        year_span,
    ),
    _rule(
        # "September 2024", "Sept, 2024", "September of 2023"
        "month",
        rf"(?<!\w){month_group('m')}(?:\s*,?\s*|\s+of\s+){plain_year_group('y')}(?!\w){NOT_AMOUNT}",
        one_month,
    ),
    # "7-9/2025", "1–9/2025", "10–12/2025": months by their numbers, first to last, of
    # one year, as Nordic reports write a quarter or the months to date
    _rule(
        "months-numbered",
        r"(?<![\w/.,-])(?P<m1>0?[1-9]|1[0-2])\s?[-–]\s?(?P<m2>0?[1-9]|1[0-2])\s?/\s?"
        r"(?P<y>(?:19|20)\d\d)(?![\w/.,-])",
        numbered_months,
    ),
    # "9/2025", "09/2025", "9-2025": a month by its number, as Vietnamese, Spanish and
    # form-filling English write it (never a day's date: "04/05/2024" is read whole)
    _rule(
        "month-numbered",
        r"(?<![\w/.,-])(?P<mn>0?[1-9]|1[0-2])(?:\s?/\s?|-)(?P<y>(?:19|20)\d\d)(?![\w/.,-])",
        numbered_month,
    ),
    # "mid-2024", "mid-year 2024", "the middle of 2024"
    _rule(
        "mid-year",
        r"(?<!\w)(?:mid[\s-]?(?:year[\s-]+)?|the\s+middle\s+of\s+)(?P<y>(?:19|20)\d\d)"
        rf"{NOT_AFTER_YEAR}",
        mid_year,
    ),
    _rule("day", rf"(?<!\w){day_date('a', True)}(?!\w)", one_day),
    # "week 46 2025", "wk 46 of fiscal 2025", "ISO week 12", "weeks 1-46 of 2025", and year
    # first: "2025-W46", "2025 wk 46" (never "W24/25", a winter season)
    _rule(
        "numbered-weeks",
        r"(?<![\w-])(?:the\s+)?(?:(?P<iso>iso)\s+|calendar\s+)?(?:weeks?|wks?)\s*"
        r"(?:no\.?\s*|number\s+|#\s*)?(?P<w1>\d{1,2})"
        r"(?:\s*(?:[-–]|to|through|thru)\s*(?:(?:weeks?|wks?)\s*)?(?P<w2>\d{1,2}))?"
        rf"{_WEEKS_YEAR}?{_NO_MORE_DIGITS}"
        r"|(?<![\w-])(?P<y0>(?:19|20)\d\d)[\s-]*(?:(?P<iso0>iso)\s+)?(?:weeks?|wks?|w)\s*"
        r"(?P<w0>\d{1,2})(?![\w/%.,])",
        numbered_weeks,
    ),
    # "Period 13 FY2024", "period 5", "P5 FY25", "P11-P13": a retail year's four-week
    # periods ("P7" alone may be a product: a bare code needs a year or a span)
    _rule(
        "numbered-trading-periods",
        r"(?<![\w-])(?:the\s+)?(?:fiscal\s+|trading\s+|retail\s+)?period\s*(?P<p1>\d{1,2})"
        rf"{_PERIODS_TO}?{_WEEKS_YEAR}?{_NO_MORE_DIGITS}",
        numbered_trading_periods,
    ),
    _rule(
        "numbered-trading-period-codes",
        rf"(?<![\w-])p(?P<p1b>\d{{1,2}}){_PERIODS_TO}?{_WEEKS_YEAR}?{_NO_MORE_DIGITS}",
        numbered_trading_periods,
    ),
    # "the first fortnight of November 2025", "2nd quincena of December 2024"
    _rule(
        "half-month",
        r"(?<!\w)(?:the\s+)?(?P<o>first|1st|second|2nd|last)\s+(?:fortnight|quincena)\s+"
        rf"(?:of\s+|in\s+)?{month_group('m')}\s*,?\s*{plain_year_group('y')}(?!\w)",
        half_month,
    ),
    # "the nine weeks ended December 30, 2023", "the five weeks to 2 January 2024"
    _rule(
        "weeks-ending",
        rf"(?<!\w)(?:the\s+)?(?P<n>{NUMBER_PATTERN})[\s-]weeks?(?:\s+period)?"
        rf"{ENDING}{day_date('b', True)}(?!\w)",
        weeks_ending,
    ),
    # "the 18 weeks to 4 January", "the 52 weeks ended January 31": a year not said
    _rule(
        "weeks-ending-no-year",
        rf"(?<!\w)(?:the\s+)?(?P<n>{NUMBER_PATTERN})[\s-]weeks?(?:\s+period)?{ENDING}"
        rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month_group('m')}"
        rf"|{month_group('mb')}\s+(?P<db>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))"
        r"(?!\s*,?\s*(?:\d|['‘’]\d))(?!\w)",
        lambda m: WeeksEndingRef(
            count_of(m["n"]),
            month_num(first_group(m, "m", "mb") or ""),
            int(first_group(m, "d", "db") or 0),
        ),
    ),
    # "Ramadan 2025", "Eid al-Fitr 1446", "the Khmer New Year", "Lunar New Year week 2026",
    # "the Easter fortnight 2024": a festival, the span about it, its year
    _rule(
        "festival",
        rf"(?<!\w)(?:the\s+)?(?P<eve0>eve\s+of\s+(?:the\s+)?)?(?:{plain_year_group('fy0')}\s+)?"
        rf"(?P<fest>{_FESTIVAL_NAMES})(?:\s*,?\s+{plain_year_group('fy1')})?(?P<eve>\s+eve)?"
        r"(?:\s+(?P<fspan>weekends?|wknds?|weeks?|fortnights?|(?:two|2)\s+weeks|months?|season"
        r"|holidays?|festival|period|days|day|trading))?"
        rf"(?:\s*,?\s+(?:(?:of|in)\s+)?(?:{plain_year_group('fy')}|(?P<hy>1[345]\d\d)))?(?!\w)",
        festival,
    ),
    # "Black Friday 2025", "the 2024 Cyber Monday", "Singles' Day", "Christmas Eve",
    # "Black Friday weekend", "Thanksgiving week": a named day and the days about it
    _rule(
        "day-event",
        rf"(?<!\w)(?:the\s+)?(?:{plain_year_group('y0')}\s+)?"
        r"(?P<event>black\s+friday|cyber\s+monday|thanksgiving(?:\s+day)?|singles['’]?\s+day"
        r"|double\s+eleven|christmas\s+(?:eve|day)|boxing\s+day|new\s+year['’]?s\s+eve"
        r"|valentine['’]?s\s+day)(?:\s+(?P<span>weekends?|weeks?))?"
        rf"(?:\s*,?\s+(?:(?:of|in)\s+)?{plain_year_group('y')})?(?!\w)",
        day_event,
    ),
    # "the holiday season", "the nine-week holiday period 2023", "Christmas trading"
    _rule(
        "season",
        rf"(?<!\w)(?:the\s+)?(?:{plain_year_group('y0')}\s+)?(?:(?:\d{{1,2}}|{WEEK_COUNT})[\s-]weeks?\s+)?"
        r"(?P<season>holidays?|christmas|xmas|festive"
        r"|back[\s-]to[\s-]school|golden\s+week|(?:lunar|chinese)\s+new\s+year)"
        r"(?:\s+(?:season|period|(?P<quarter>quarter)|trading(?:\s+period)?|selling\s+season"
        r"|weeks?))?"
        rf"(?:\s*,?\s+(?:(?:of|in)\s+)?{plain_year_group('y')})?"
        r"(?!\s+(?:cut|raise|revision|update|downgrade|upgrade))(?!\w)",
        season,
    ),
    # "the 2025 season", "the 2024-25 crushing season", "season 2024/25", "the second
    # season 2025": a season the company names by its year or years ("2025 season passes"
    # and "season-to-date" name a product and a span, not the season)
    _rule(
        "named-season",
        rf"{NOT_BEFORE_YEAR}(?:the\s+)?(?:{_SEASON_YEARS.format(s='')}\s+"
        rf"(?:{_SEASON_ORDINAL.format(s='')}[\s-]+)?(?:{_SEASON_DESCRIBED}\s+)?"
        # ("the 2024/25 crop": a season by what it brings in; never "2025 crop protection
        # sales", a product; "the 2025 harvest" is often the harvest's amount, no season)
        r"(?:season|crop(?:\s+year)?(?![\s-]+[a-z]))"
        r"(?![\s-]+(?:pass|ticket|to[\s-]date))"
        rf"|(?:{_SEASON_ORDINAL.format(s='s')}[\s-]+)?season\s+(?:of\s+)?"
        rf"{_SEASON_YEARS.format(s='s')})(?![\w%]|[.,]\d)",
        named_season,
    ),
    # "the season before 2025-26", "the season after the 2024 season": the season a year off
    _rule(
        "season-beside-season",
        r"(?<!\w)(?:the\s+)?season\s+(?P<dir>before|after|prior\s+to|preceding|following)\s+"
        rf"(?:the\s+)?{_SEASON_YEARS.format(s='')}(?:\s+season)?(?![\w%]|[.,]\d)",
        named_season,
    ),
    # "summer 2025", "the winter 2024/25 season", "W24/25": a travel season of a year,
    # named by the year it starts in ("W24/25" is written with both years, "S25" never:
    # a product's name may read so)
    _rule(
        "travel-season",
        r"(?<!\w)(?:the\s+)?(?:(?P<season>summer|winter)(?:\s+season)?\s+(?:of\s+)?"
        r"(?P<y>\d{4}|\d\d)(?!\d)|(?P<season_>[sw])(?P<y0>\d\d)(?=\s*/))"
        r"(?:\s*/\s*\d\d(?:\d\d)?)?(?:\s+season)?(?!\w)",
        travel_season,
    ),
    # relative phrases that need no base
    _rule(
        "before-last",
        r"(?<!\w)(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>year|quarter|fy)"
        r"\s+before\s+last(?!\w)",
        relative(-2),
    ),
    _rule(
        "the-unit-before",
        r"(?<!\w)the\s+(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>year|quarter|fy|fiscal)"
        r"\s+(?P<dir>before|after|prior|earlier|following)(?!\w)",
        relative(),
    ),
    _rule(
        "previous-unit",
        r"(?<!\w)(?:the\s+)?(?P<dir>previous|prior|preceding|last|following|next)\s+"
        r"(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>year|quarter|qtr|fy)(?!\w)",
        relative(),
    ),
    # "last fiscal", "the previous fiscal": the fiscal year, "fiscal" said as its noun
    _rule(
        "previous-fiscal",
        r"(?<!\w)(?:the\s+)?(?P<dir>previous|prior|preceding|last|following|next)\s+"
        r"(?P<unit>fiscal)(?!\w)(?!\s+(?:year|yr|quarter|qtr|q[1-4]|h[12]|half|\d|['’]\d))",
        relative(),
    ),
    _rule(
        "units-ago",
        rf"(?<!\w)(?P<n>{COUNT_PATTERN})\s+(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>years?|quarters?)"
        r"\s+(?P<dir>earlier|ago|prior|later|before|after|back)(?!\w)",
        relative(),
    ),
    _rule(
        "same-period-last-year",
        # ("the quarter a year earlier" says "same" without the word)
        r"(?<!\w)(?:(?:the\s+)?same\s+|the\s+)(?:(?:fiscal|calendar)\s+)?"
        rf"(?P<span>quarter|qtr|period|half|month|time|(?P<n>{NUMBER_PATTERN})[\s-]+months?)\s+"
        r"(?:(?:of|in)\s+)?"
        r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before|prior)"
        r"|(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:fiscal\s+|calendar\s+)?year)(?!\w)",
        same_span_a_year_before,
    ),
    _rule(
        "year-ago-period",
        r"(?<!\w)(?:the\s+|a\s+)?(?:year[\s-]+(?:ago|earlier)|(?:prior|previous|last)[\s-]+year)"
        r"\s+(?:(?:fiscal|calendar)\s+)?(?P<span>quarter|period|half|month)(?!\w)",
        same_span_a_year_before,
    ),
    # "vs. PY $982.1M", "(PY 29.8%)", "yr-ago": a deck's or a brief's prior year, the
    # same span a year before
    _rule(
        "prior-year-abbreviation",
        r"(?<![\w.$€£¥])(?:(?-i:PY|LY)|prior[\s-]yr|yr[\s-]ago|year[\s-]ago)(?![\w-])",
        relative(-1),
    ),
    # "the latest quarter", "this year", "most recent"; never before the year it names
    # ("the current fiscal year 2025", "latest FY 25": that year; "this year 15 stores";
    # "the latest year end 2024 target": the latest statement of the goal for that day)
    _rule(
        "latest-unit",
        r"(?<!\w)(?:the\s+)?(?:latest|most\s+recent|current|this)\s+"
        r"(?:(?:reported|full|fiscal|financial|calendar)\s+)*(?P<unit>year|quarter|fy|period)(?!\w)"
        r"(?!(?:[\s-]+end(?:\s+of)?)?\s*\d{4}(?![\d%]))(?!(?<=fy)\s*['‘’]?\d\d(?![\d%]))",
        latest,
    ),
    # "deliveries last month", "this month's sales": the latest month held, as "last
    # quarter" is the latest quarter (never "the last month of the quarter")
    _rule(
        "latest-month",
        r"(?<!\w)(?:the\s+)?(?:latest|most\s+recent|current|this|last|past)\s+month"
        r"(?!\w)(?!\s+of\b)",
        lambda m: LatestRef("month"),
    ),
    # "revenue last half", "the most recent half-year": the latest half held, as "last
    # quarter" is (never "the last half of 2024", the year's second)
    _rule(
        "latest-half",
        r"(?<!\w)(?:the\s+)?(?:latest|most\s+recent|current|this|last|past)\s+half"
        r"(?:[\s-]+year)?(?!\w)(?!\s+of\b)",
        lambda m: LatestRef("half"),
    ),
    _rule("latest", r"(?<!\w)(?:latest|most\s+recent)(?!\w)", latest),
    # "full-year revenue", "annual sales": a whole year, the latest unless one is named
    _rule(
        "whole-year",
        r"(?<!\w)(?:(?:full|whole|entire)[\s-]+(?:fiscal\s+)?(?:year|yr)|annual|twelve[\s-]months?)(?!\w)",
        lambda m: LatestRef("year"),
    ),
]


WHOLE_YEAR_RANK = next(i for i, rule in enumerate(RULES) if rule.name == "whole-year")
