"""The words period phrases are made of: months, counts, ordinals, fiscal markers,
years and dates as regular-expression fragments, and readers of what they matched.

Fragments are strings; the grammar compiles them once. Every rule is matched with
re.IGNORECASE, starts at a word boundary and may not end inside a word."""

from __future__ import annotations

import calendar
import re
from datetime import date

from bot.facts.periods.arithmetic import nearest_month_end

MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_NUMBERS = {
    name: n
    for n, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
MONTH_ABBREVIATIONS = {n: name.title() for name, n in _MONTH_NUMBERS.items()}
# For readers of dates the grammar leaves alone ("In February", "on Jan. 30"): one list of
# month names for every reader.
MONTH_NUMBERS = dict(_MONTH_NUMBERS)
MONTH_PATTERN = rf"(?:{MONTH_WORDS})\.?"

QUOTES = "'‘’"
# "FY", "fy-", "fiscal year ", and the bare "F" of "F25", "Q2 F2025" (never "F-35", "F150")
# ("the full fiscal year 2026": the fiscal year, its "full" said)
FISCAL_MARKER = (
    r"(?:fy|f\.y\.|f(?=(?:20)?\d\d(?!\d))|(?:full[\s-]+)?(?:fiscal|financial)(?:\s+year)?)"
    r"\s*[-–]?\s*"
)
CALENDAR_MARKER = r"(?:cy|calendar(?:\s+year)?)\s*[-–]?\s*"
DASH = r"\s*[-–—]\s*"
RANGE_WORD = r"(?:\s+|\s*[-–—]\s*)(?:to|through|thru|until|till|and)(?:\s+|\s*[-–—]\s*)"
ENDING = (
    r"(?:\s*[,(]\s*|\s+|-)(?:(?:that|which)\s+)?(?:end(?:ing|ed|s)?|to|through|thru|until|till)\s+"
    r"(?:(?:in|on)\s+)?"
    # "the three months to the end of September", "to end of Sept", "to end-Sept": the
    # month's end is the span's
    r"(?:(?:the\s+)?(?:end|close)(?:\s+of\s+|[\s-]+))?"
)
COUNT_PATTERN = r"a|an|one|two|three|four|five|\d{1,2}"
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# fmt: off
STEP_UNITS = {"year": "year", "years": "year", "fy": "year", "fiscal": "year",
               "quarter": "quarter", "quarters": "quarter", "qtr": "quarter", "month": "month"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
HALF_WORDS = {"front": 1, "back": 2, "latter": 2}  # "the back half of the year"
# Counts of months and weeks: "the 18 weeks to 4 January", "the four months to April".
_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
_NUMBER_WORDS = {
    **_UNIT_WORDS, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# fmt: on
# the tens up to a 53-week year, alone and compounded: "twenty-six", "thirty-nine weeks"
for _tens, _n in {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}.items():
    _NUMBER_WORDS[_tens] = _n
    _NUMBER_WORDS.update({f"{_tens}-{u}": _n + k for u, k in _UNIT_WORDS.items()})
NUMBER_PATTERN = r"\d{1,2}|" + "|".join(
    w.replace("-", r"[\s-]") for w in sorted(_NUMBER_WORDS, key=len, reverse=True)
)


def count_or_one(word: str | None) -> int:
    """How many years or quarters a relative phrase steps: "two" or "2" -> 2; none said
    ("the year before") -> 1."""
    return (COUNTS.get(word.lower()) or int(word)) if word else 1


def count_of(word: str) -> int:
    """ "18", "eighteen" or "thirty nine" -> the count of a span of weeks or months."""
    return int(word) if word.isdigit() else _NUMBER_WORDS["-".join(word.lower().split())]


# A year is never followed by a scale or unit: "2000 units", "2013 million" are amounts.
# (A thing counted after it is what the year's figure is of: "the 2024 handset target".)
# A "%" set apart by a space is the unit asked for ("growth 2024 %"): no rate of two
# thousand percent is ever meant.
# ("2024 units": an amount; "2024 unit cases", "2024 unit sales": a year, the singular
# "unit" heading a compound noun)
NOT_AMOUNT = (
    r"(?!%|\s*(?:(?:percent|per\s+cent|pct|thousand|million|billion|trillion|bn|mn|k|m|b"
    r"|units(?!\s+(?:target|goal|forecast|guidance|plan|budget|outlook)\b)|unit(?!\s+[a-z])"
    r"|dollars?|yen|euros?|won)(?![\w€$£¥₹₩])))"
)  # ("its 2024 units target": the year's target, never one of 2,024 units; "2025 M€", as
# "2025 €m", the year and the unit its figure is asked in)
# A year written with its fiscal marker ("Q4FY25 dollar revenue") is never an amount.
NOT_AMOUNT_UNLESS_FY = (
    rf"(?:(?<=fy\d\d)|(?<=fy\d{{4}})|(?<=fy\s\d\d)|(?<=fy\s\d{{4}})|(?<=fiscal\s\d{{4}})"
    rf"|(?<=year\s\d{{4}})|{NOT_AMOUNT})"
)
# What may not touch a bare year: currency signs, decimal points, date separators.
NOT_BEFORE_YEAR = r"(?<![\w$€£¥.,/:#'‘’-])"
NOT_AFTER_YEAR = r"(?![\w%]|[.,]\d|[-–/]\d)"


def month_group(name: str) -> str:
    return rf"(?P<{name}>{MONTH_WORDS})\.?(?![a-z])"


def year_group(name: str) -> str:
    """A year after a prefix (FY, Q3): 2013, 13 or '13; never the whole of an amount with a
    fraction ("dispensed in Q3 of 29.7 million")."""
    return rf"(?P<{name}>\d{{4}}|[{QUOTES}]?\d\d)(?!\d|[.,]\d)"


def plain_year_group(name: str) -> str:
    """A year that has only itself to look like one: 2013 or '13, never plain 13."""
    return rf"(?P<{name}>\d{{4}}|[{QUOTES}]\d\d)(?!\d)"


def year_tail(separator: str, two_digit: bool, after_word: str | None = None) -> str:
    """An optional year after a quarter or half, itself maybe fiscal ("of fiscal 2013").
    AFTER_WORD: two digits right after that word are a year too ("first half 24"), unless
    an amount's unit or a count of time follows ("the first half 26 weeks")."""
    plain = year_group("yb") if two_digit else plain_year_group("yb")
    if after_word is not None and not two_digit:
        plain = (
            rf"(?P<yb>\d{{4}}|[{QUOTES}]\d\d|(?<={after_word}\s)\d\d(?!\d){NOT_AMOUNT}"
            r"(?!\s*(?:weeks?|months?|days?|years?)\b))(?!\d)"
        )
    fiscal = rf"(?P<fy>{FISCAL_MARKER}){year_group('yf')}"
    calendar_year = rf"(?P<cy>{CALENDAR_MARKER}){year_group('yc')}"
    return rf"(?:{separator}(?:{fiscal}|{calendar_year}|{plain}))?"


def end_date(year_required: bool) -> str:
    """The date a year or quarter ends on: "June 2013", "June 30, 2013", "30 June 2013"."""
    year = rf"\s*,?\s*{plain_year_group('ey')}"
    return (
        rf"(?:(?P<ed>\d{{1,2}}(?:st|nd|rd|th)?\s+|mid[\s-])(?:of\s+)?{month_group('em')}"
        rf"|{month_group('em2')}(?:\s+(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?)"
        + (year if year_required else f"(?:{year})?")
    )


# "31.10.2024", "10/31/24": a day in figures (which order: `_numeric_day`)
NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d\d|\d\d)(?![\d.]?\d)"


def day_date(p: str, year_required: bool) -> str:
    """One day: "3 Apr 2013", "April 3, 2013", "2013-04-03"; groups prefixed by `p`."""
    year = rf"\s*,?\s*{plain_year_group(p + 'y')}"
    return (
        rf"(?:(?:(?P<{p}d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month_group(p + 'm')}"
        rf"|{month_group(p + 'mb')}\s+(?P<{p}db>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))"
        + (year if year_required else f"(?:{year})?")
        + rf"|(?P<{p}iso>\d{{4}}-\d\d-\d\d)"
        + rf"|(?P<{p}num>{NUMERIC_DATE}))"
    )


# "months", and a wire brief's "9-mo", "nine mos", "6 mths"
MONTHS_WORD = r"(?:months?|mos?\.?|mths?)(?![\w])"
FY_MONTH_END = r"fye?\s*(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>\d{4}|\d\d)(?![\w/])"
YEAR_PART = (
    r"(?:(?P<pl>[qh])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[qh])"
    r"|(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)"
    r"|(?P<nm>(?:first\s+)?(?:nine|9)(?:[\s-]?months?|m)|(?:first\s+)?three\s+quarters))"
)
# the year after "the first nine months": required, maybe fiscal ("of fiscal 2021", "FY21")
# (a dash too: "9M-2025", as Gulf exchange filings write it)
_LEADING_SEPARATOR = r"(?:\s*,?\s+(?:(?:of|in|to)\s+)?(?:the\s+)?|\s*[-–]\s*|\s*)"
LEADING_YEAR = year_tail(_LEADING_SEPARATOR, True).removesuffix(")?") + ")"
# "the prior fiscal year, ended March 2021": the end date says which year; "prior" adds nothing
SAID_BEFORE = r"(?:(?:prior|previous|preceding|last|latest|most\s+recent|past|full)\s+)?"
WEEK_COUNT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
ISO_INTERVAL = r"(?P<a>\d{4}-\d\d-\d\d)\s*/\s*(?P<b>\d{4}-\d\d-\d\d)(?!\d)"
SPAN_START = r"(?<!\w)(?:(?P<between>between)\s+|from\s+)?"
SPAN_CONNECTOR = rf"(?P<conn>{DASH}|{RANGE_WORD})"


def end_of(name: str) -> str:
    """ "the end of March", "the start of July" before a month of a span."""
    return rf"(?:(?:the\s+)?(?P<{name}>end|close|start|beginning)(?:\s+of\s+|-|\s+(?=[a-z])))?"


SPLIT_YEAR = rf"(?:{FISCAL_MARKER})?{year_group('y')}\s*[/–—-]\s*{year_group('y2')}(?!\w)"
SPLIT_PART = (
    # (the trimestre and semestre, "1T25/26", "S1 2024/25": a split year says the code)
    r"(?:(?P<pl>[qhts])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[qhts])|(?P<lm>[369])m"
    r"|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
    r"(?P<unit>quarter|half))"
)


# Readers of the groups these fragments name, for the builders.


def first_group(m: re.Match[str], *names: str) -> str | None:
    """The first of these groups that matched."""
    for name in names:
        value = m.groupdict().get(name)
        if value is not None:
            return value
    return None


def to_year(text: str, century_of: int | None = None) -> int:
    """ "2013" -> 2013; "13"/"'13" -> 2013 (00-69 are 20xx, 70-99 are 19xx)."""
    digits = text.strip(QUOTES)
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    if century_of is not None:  # "2013/14": the end year follows the start year
        year = century_of // 100 * 100 + yy
        return year + 100 if year < century_of else year
    return 2000 + yy if yy < 70 else 1900 + yy


def month_num(text: str) -> int:
    return _MONTH_NUMBERS[text[:3].lower()]


def month_number(word: str) -> int | None:
    """1-12 for a month's name, its three-letter form or "sept"; None for any other word."""
    word = word.lower().rstrip(".")
    if word[:3] not in _MONTH_NUMBERS or not (
        word in ("sept", word[:3]) or calendar.month_name[_MONTH_NUMBERS[word[:3]]].lower() == word
    ):
        return None
    return _MONTH_NUMBERS[word[:3]]


def fiscal_flag(*words: str | None) -> tuple[bool, bool | None]:
    """Combine "fiscal"/"FY" and "calendar"/"CY" markers: (consistent, fiscal)."""
    flags = set()
    for word in words:
        if word:
            flags.add(not word.strip().lower().startswith("c"))  # cy, calendar
    if len(flags) > 1:
        return False, None
    return True, flags.pop() if flags else None


def tail_year(m: re.Match[str]) -> tuple[int | None, str | None]:
    """The year of a `year_tail` and its fiscal/calendar marker (none in a bare code)."""
    g = m.groupdict()
    if g.get("yf"):
        return to_year(g["yf"]), g["fy"]
    if g.get("yc"):
        return to_year(g["yc"]), g["cy"]
    if g.get("yb"):
        return to_year(g["yb"]), None
    return None, None


def end_month_of(m: re.Match[str]) -> tuple[int | None, int]:
    """(year, month) an `end_date` closes, day 1-15 counting as the previous month."""
    month = month_num(first_group(m, "em", "em2") or "")
    day = first_group(m, "ed", "ed2")
    year = to_year(m["ey"]) if m["ey"] else None
    said = day_number(day) if day else None
    y, mo = nearest_month_end(year if year is not None else 2001, month, said)
    return (y if year is not None else None), mo


def end_day_of(m: re.Match[str]) -> date | None:
    """The day an `end_date` names in digits with its year ("20 September 2025"), or None:
    a month alone, or "mid-July", names no day."""
    day, month = first_group(m, "ed", "ed2"), first_group(m, "em", "em2")
    if not (day and day[0].isdigit() and month and m["ey"]):
        return None
    try:
        return date(to_year(m["ey"]), month_num(month), day_number(day))
    except ValueError:  # ("31 June": no such day)
        return None


def _numeric_day(text: str) -> date | None:
    """ "31.10.2024" (dots: always day, month, year), "31/10/2024" or "10/31/2024" (slashes:
    whichever order the numbers allow); None when both orders are possible ("04/05/2024")
    or the separators differ: a guessed day would answer with another date's figure."""
    sep = "." if "." in text else "/"
    parts = text.split(sep)
    if len(parts) != 3:  # "31.10/2024": two separators, no convention
        return None
    first, second, year = int(parts[0]), int(parts[1]), to_year(parts[2])  # "24" is 2024
    if sep == "." or first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_of(m: re.Match[str], p: str, default_year: int | None) -> date | None:
    if m[p + "iso"]:
        return date.fromisoformat(m[p + "iso"])
    if m[p + "num"]:
        return _numeric_day(m[p + "num"])
    year = to_year(m[p + "y"]) if m[p + "y"] else default_year
    if year is None:
        return None
    return date(
        year,
        month_num(first_group(m, p + "m", p + "mb") or ""),
        int(first_group(m, p + "d", p + "db") or 0),
    )


def day_number(said: str) -> int:
    """ "15th " -> 15; "mid-" ("the year to mid-July") -> 15, the middle of any month."""
    digits = re.match(r"\d+", said)
    return int(digits.group()) if digits else _MIDDLE_OF_A_MONTH


_MIDDLE_OF_A_MONTH = 15
