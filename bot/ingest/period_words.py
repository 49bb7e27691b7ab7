"""Names of periods that Japanese, Korean and German reports use and the shared period
grammar (`bot.facts.periods`) does not read: "the interim period" (the fiscal year's first
half), "the cumulative third quarter" and "1Q-3Q" (the first nine months, not the third
quarter alone), "the first half year 2025" (the first half) and a bare "4Q" (Q4). Each is
rewritten, in place and at the same length, into the notation the grammar reads ("first
half", "first nine months", "9M", "Q4"), so every offset of the sentence holds. A heading's
bracketed "(nine months)" with no end named is the first nine months too, and "the 2026
financial year" is fiscal 2026 ("financial year 2026"), never the calendar year 2026; a
day as it is spoken ("the 27th of December") is the day ("27 December")."""

from __future__ import annotations

import re

_ORDINAL = {"first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3}
_TO_DATE = {1: "first quarter", 2: "first half", 3: "first nine months"}
_SHORT = {2: "H1", 3: "9M"}

# "the cumulative third quarter", "the third quarter cumulative period", "third-quarter
# (cumulative)": the quarters from the year's start to the end of that one
_CUMULATIVE = re.compile(
    r"\bcumulative\s+(?P<a>first|second|third|1st|2nd|3rd)[\s-]quarter(?:\s+period)?\b"
    r"|\b(?P<b>first|second|third|1st|2nd|3rd)[\s-]quarter\s+\(?cumulative\)?(?:\s+period)?",
    re.IGNORECASE,
)
# "1Q-3Q", "Q1–Q3", "1Q~3Q": from the first quarter to that one (and as Chinese reports
# write it, "1-3Q"; "Q1-3", the second quarter's "Q" left out)
_QUARTERS = re.compile(
    r"\b(?:1Q?|Q1)\s*[-–~]\s*(?:(?P<a>[23])Q|Q(?P<b>[23]))\b"
    r"|\bQ1\s*[-–~]\s*(?P<c>[23])\b(?![.,]\d)",
)
_SLASHED_YEAR = re.compile(r"(?P<span>\b[1-9]M\s*)/(?P<year>(?:19|20)\d\d)\b")
# "the interim period", "interim net sales": the first half of a fiscal year
_INTERIM = re.compile(
    r"\binterim\s+(?:accounting\s+)?period\b"
    r"|\binterim(?=\s+(?:results?|net\s+sales|sales|revenues?|operating|ordinary|profits?"
    r"|net\s+income|earnings|figures))",
    re.IGNORECASE,
)


# "S1 2025", "T3 2024": a half (semestre, semestru) and a quarter (trimestre) as French and
# Romanian reports write them, before a year ("H1 2025", "Q3 2024"; a "T2" alone may be a
# terminal or a model)
_ROMANCE_PART = re.compile(r"\b(?:S(?P<s>[12])|T(?P<t>[1-4]))(?=[\s-]?(?:19|20)\d\d\b)")
# "3T24", "4T2023": the quarter as Spanish and Portuguese reports write "3Q24" (trimestre),
# its number first and the year glued after it
_ROMANCE_CODE = re.compile(r"\b(?P<n>[1-4])T(?=(?:19|20)?\d\d\b)")


# "4Q" with no year ("COMPANY 4Q GROUP SALES"): the fourth quarter, written "Q4"
_BARE_QUARTER = re.compile(r"\b(?P<n>[1-4])Q\b")
# "the first half year 2025", "the second half-year": a half, the year after it its year
_HALF_YEAR = re.compile(r"\b(?P<which>first|second)\s+half[\s-]year\b", re.IGNORECASE)


# "(nine months, cumulative)", "Net sales by region (nine months)": a heading's bracketed
# span with no end named is the fiscal year's first nine (or six) months to date
_BRACKETED_SPAN = re.compile(
    r"(?<=\()\s*(?P<n>nine|six)\s+months\b(?!\s+(?:ended|ending|to|through|from|of)\b)",
    re.IGNORECASE,
)


# "the 2025 smartphone shipment target": a year before the plan it names (the grammar reads
# "2025 smartphone" as a count); the space after it is set apart so the year is read
_YEAR_OF_PLAN = re.compile(
    r"\b(?P<det>the|its|our|their)\s(?P<year>(?:19|20)\d\d)\s(?=(?:[A-Za-z][\w-]*\s+){1,4}"
    r"(?:target|forecast|plan|guidance|goal|outlook|budget)s?\b)",
    re.IGNORECASE,
)


# "the 2026 financial year", "its 2027 fiscal year": a fiscal year named before its noun (the
# grammar reads "financial year 2026", and "2026" alone as the calendar year)
_YEAR_BEFORE_NOUN = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s(?P<noun>financial|fiscal)\syear\b", re.I
)


# a day as it is spoken: "the 27th of December", "on the 1st of March 2026" (the grammar
# reads "27 December")
_SPOKEN_DAY = re.compile(
    r"\b(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(?P<m>January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b"
)


def _padded(words: str, length: int) -> str:
    return words + " " * (length - len(words)) if len(words) <= length else words[:length]


def plain_periods(text: str) -> str:
    """TEXT with the period names above rewritten into the grammar's, at the same length."""
    if not re.search(
        r"cumulative|interim|[1Q][Q1]\s*[-–~]|half[\s-]year|\b[1-4]Q\b|\(\s*(?:nine|six)\s"
        r"|\b(?:19|20)\d\d\s|\d(?:st|nd|rd|th)\s+of\s|\b[ST][1-4][\s-]?(?:19|20)\d\d|\b[1-4]T\d\d",
        text,
        re.IGNORECASE,
    ):
        return text

    def half_year(m: re.Match[str]) -> str:
        return _padded(f"{m['which']} half", len(m.group()))

    def cumulative(m: re.Match[str]) -> str:
        n = _ORDINAL[(m["a"] or m["b"]).lower()]
        return _padded(_TO_DATE[n], len(m.group()))

    def quarters(m: re.Match[str]) -> str:
        return _padded(_SHORT[int(m["a"] or m["b"] or m["c"])], len(m.group()))

    def interim(m: re.Match[str]) -> str:
        return _padded("first half" if len(m.group()) >= 10 else "H1", len(m.group()))

    text = _SPOKEN_DAY.sub(lambda m: _padded(f"{m['d']} {m['m']}", len(m.group())), text)
    text = _YEAR_BEFORE_NOUN.sub(lambda m: f"{m['noun']} year {m['year']}", text)
    text = _YEAR_OF_PLAN.sub(lambda m: f"{m['det']} {m['year']}:", text)
    text = _BRACKETED_SPAN.sub(
        lambda m: _padded("9M" if m["n"].lower() == "nine" else "H1", len(m.group())), text
    )
    text = _CUMULATIVE.sub(cumulative, text)
    text = _QUARTERS.sub(quarters, text)
    # "Q1-Q3/2024" (now "9M   /2024"), "H1/2024": the year after a slash is the span's
    text = _SLASHED_YEAR.sub(lambda m: f"{m['span']} {m['year']}", text)
    text = _HALF_YEAR.sub(half_year, text)
    text = _BARE_QUARTER.sub(lambda m: f"Q{m['n']}", text)
    text = _ROMANCE_PART.sub(lambda m: f"H{m['s']}" if m["s"] else f"Q{m['t']}", text)
    text = _ROMANCE_CODE.sub(lambda m: f"{m['n']}Q", text)
    return _INTERIM.sub(interim, text)
