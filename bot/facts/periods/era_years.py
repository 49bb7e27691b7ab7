"""Years and months a question counts in another era ("FY 2081/82", "EFY 2017", "dey 1403",
"shrawan to ashwin 2081", "B.E. 2567", "FY R6"), written again in the common era's
notation the period grammar reads ("FY2024/25", "21 December 2024 - 19 January 2025").

A year is another era's where a word beside it says so ("EFY", "B.S.", "Iranian year"), a
month of that era stands before it, or it cannot be ours ("2081/82"). A bare year ("1403")
or a two-digit split year ("81/82") is read in an era only where the company the question
names (or, naming none, a company in the store) counts its years in it (`era_year_ends`):
elsewhere it stays, and is refused as unread.
"FY 1404" is the fiscal year those companies end in 1404 (to Shahrivar or to Esfand).
An era's months said without a year ("magh to ashadh") take the year of the era's fiscal
year the question names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from bot import patterns
from bot.facts.periods.eras import (
    ERAS,
    MONTHLY_ERAS,
    PLAUSIBLE_YEARS,
    Era,
    era_month_of,
    era_year_of,
    fiscal_year_ending_in,
)
from bot.facts.quantities import find_quantities

# each spelling of a month, and the (era, month number) it can be
_MONTHS: dict[str, list[tuple[Era, int]]] = {}
for _era in MONTHLY_ERAS:
    for _number, _spellings in enumerate(_era.months, 1):
        for _spelling in _spellings:
            _MONTHS.setdefault(_spelling, []).append((_era, _number))
_MARKERS = {m: e for e in ERAS.values() for m in e.markers}


def _alternatives(words: Collection[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alternatives(_MONTHS)
_AFTER = _alternatives(_MARKERS)
# (short markers, "bs", "ec", "be", stand only after a year: before one they are words)
_BEFORE = _alternatives([m for m in _MARKERS if len(m) > 2 or not m.isascii()])
_JOIN = r"\s*(?:-|–|—|to|till|until|through|thru|and|&)\s*"
_TAIL = rf"(?:\s*(?:{_AFTER})(?![\w.]))?"  # "tir to sene 2017 EC"

_MONTH_RANGE = patterns.compile(
    rf"(?<!\w)(?P<first>{_MONTH}){_JOIN}(?P<last>{_MONTH})(?:\s+end)?,?\s+(?P<year>\d{{4}}){_TAIL}(?!\d)",
    re.IGNORECASE,
)
_MONTH_END = patterns.compile(
    rf"(?<!\w)(?:end\s+of\s+|end-)(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}}){_TAIL}(?!\d)",
    re.IGNORECASE,
)
_MONTH_ENDING = patterns.compile(
    rf"(?<!\w)(?P<month>{_MONTH})(?:\s+|-)end(?:\s+of)?,?\s+(?P<year>\d{{4}}){_TAIL}(?!\d)",
    re.IGNORECASE,
)
_MONTH_YEAR = patterns.compile(
    rf"(?<![\w.,])(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTH}),?\s+"
    rf"(?P<year>\d{{4}}){_TAIL}(?!\d)",
    re.IGNORECASE,
)
# the word before a month that makes it a day: its last ("year ended ashadh 2081") or first
_TO_ITS_END = patterns.compile(
    r"(?:to|until|till|through|thru|ended|ending|by|as\s+of|at)\s*$", re.IGNORECASE
)
_FROM_ITS_START = patterns.compile(r"(?:from|since)\s*$", re.IGNORECASE)

_FY = r"(?:(?P<fy>fy|fiscal(?:\s+year)?)\s*)?"
_MARKED_BEFORE = patterns.compile(
    rf"(?<![\w.]){_FY}(?P<marker>{_BEFORE})\s*(?:fy\s*)?(?P<year>\d{{1,4}})"
    rf"(?:\s*/\s*(?P<next>\d{{2}}|\d{{4}})"
    # ("民國113年8月", "令和6年度": a year, its fiscal year, or a month of it)
    rf"|\s*年(?P<nendo>度)?(?:\s*(?P<month>\d{{1,2}})\s*月)?)?(?!\d)",
    re.IGNORECASE,
)
# "114/08": a Taiwanese filing's year and month (ROC 114, August: August 2025)
_ROC_MONTH = patterns.compile(r"(?<![\w./,])(?P<year>1[0-2]\d)/(?P<month>0[1-9]|1[0-2])(?![\d/])")
_MARKED_AFTER = patterns.compile(
    rf"(?<![\w.,/$€£¥₹#]){_FY}(?P<year>\d{{1,4}})(?:\s*/\s*(?P<next>\d{{2}}|\d{{4}}))?"
    rf"\s*(?P<marker>{_AFTER})(?![\w])(?:\s+fiscal\s+year)?",
    re.IGNORECASE,
)
_INITIALS = _alternatives([e.initial for e in ERAS.values() if e.initial])
_INITIALED = patterns.compile(
    rf"(?<!\w)(?P<fy>fy)\s*(?P<initial>{_INITIALS})\s*(?P<year>\d{{1,2}})(?!\d)",
    re.IGNORECASE,
)
_SPLIT = patterns.compile(
    rf"(?<![\w./,$€£¥₹#]){_FY}(?P<year>\d{{4}}|\d{{2}})\s*[/-]\s*(?P<next>\d{{2}}|\d{{4}})(?![\d/%])",
    re.IGNORECASE,
)
# (a year may close a sentence or a clause: "in 1403.", "in 1403, against")
_BARE = patterns.compile(
    rf"(?<![\w$€£¥₹#.,/-]){_FY}(?P<year>\d{{4}})(?![\w/%-]|[.,]\d)", re.IGNORECASE
)
# a percentage, unless a year is said before it ("growth fiscal 1404 %") or it ends the
# question ("1403 growth in %")
_PERCENT_AFTER = patterns.compile(r"\s*(?:%|per\s?cent)(?!\s*[?!.]*\s*$)", re.IGNORECASE)
_YEAR_WORD_BEFORE = patterns.compile(r"\b(?:fiscal|financial|year|fy)\s*$", re.IGNORECASE)
# "31/06/1404", "1404/06/31": a day of an era written in figures, day first or year first
_ERA_DAY = patterns.compile(
    r"(?<![\w./])(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"|(?P<y2>\d{4})[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2}))(?![\w./])"
)
# two years set side by side ("2567 vs 2566", "2566 and 2567")
_BESIDE_A_YEAR = patterns.compile(
    r"\b\d{4}\s*(?:vs\.?|versus|and|to|against|compared\s+(?:with|to))\s*(?:fy\s*)?\d{4}\b",
    re.IGNORECASE,
)
# words before a number that make it an amount ("more than 1400", "the 1403 figure")
_AMOUNT_BEFORE = frozenset(
    "than pass over above below under beat top least most about around reach exceed".split()
)
_YEARLESS_RANGE = patterns.compile(
    rf"(?<!\w)(?P<first>{_MONTH}){_JOIN}(?P<last>{_MONTH})(?!\w)(?!,?\s+\d)", re.IGNORECASE
)
_YEARLESS_MONTH = patterns.compile(rf"(?<!\w)(?P<month>{_MONTH})(?!\w)(?!,?\s+\d)", re.IGNORECASE)


@dataclass(frozen=True)
class _FiscalYear:
    """An era's fiscal year a question names, for the months it says without a year."""

    era: Era
    year: int  # of the era, the one the fiscal year begins in
    month: int  # the month it begins with


def in_common_era(text: str, counted: Mapping[str, str | None]) -> str:
    """TEXT with every year and month it counts in another era written in ours. COUNTED:
    the eras companies in the store count their years in, whose bare years are read, each
    with the fiscal year end ("09-22") those companies share, if one."""
    for start, end, new in sorted(era_edits(text, counted), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def era_edits(text: str, counted: Mapping[str, str | None]) -> list[tuple[int, int, str]]:
    """Where TEXT counts in another era: (start, end, the same in ours), in no order."""
    if not any(ch.isdigit() for ch in text):
        return []
    edits: list[tuple[int, int, str]] = []
    named: list[_FiscalYear] = []

    def edit(pattern: re.Pattern[str], rewrite: Callable[[re.Match[str]], str | None]) -> None:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in edits):
                continue
            new = rewrite(m)
            if new is not None:
                edits.append((m.start(), m.end(), new))

    edit(_ERA_DAY, _era_day)
    edit(_MONTH_RANGE, _month_range)
    edit(_MONTH_END, lambda m: _month_day(m, end=True))
    edit(_MONTH_ENDING, lambda m: _month_day(m, end=True))
    edit(_MONTH_YEAR, lambda m: _month(m, text))
    edit(_MARKED_BEFORE, lambda m: _marked_year(m, counted, named))
    edit(_MARKED_AFTER, lambda m: _marked_year(m, counted, named))
    edit(_INITIALED, _initialed_year)
    edit(_ROC_MONTH, lambda m: _month_of_ours(ERAS["minguo"], int(m["year"]), int(m["month"])))
    edit(_SPLIT, lambda m: _split_year(m, counted, named))
    edit(_BARE, lambda m: _bare_year(m, text, counted, named))
    if len({(f.era, f.year) for f in named}) == 1:
        edit(_YEARLESS_RANGE, lambda m: _yearless_range(m, named[0]))
        edit(_YEARLESS_MONTH, lambda m: _yearless_month(m, named[0]))
    return edits


def _day(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def _days(first: date, last: date) -> str:
    return f"{_day(first)} - {_day(last)}"


def _month_of(word: str, year: int) -> tuple[Era, int] | None:
    """The era and month WORD names in YEAR: of the eras it is a month of, the one YEAR
    falls among our years in ("tir 2017": Ethiopian; "tir 1404": Solar Hijri)."""
    for era, number in _MONTHS[word.lower()]:
        if era.common_year(year) is not None:
            return era, number
    return None


def _era_day(m: re.Match[str]) -> str | None:
    """A day of an era in figures, where its year can be no year of ours: "31/06/1404"."""
    year, month, day = (int(m[a] or m[b]) for a, b in (("y", "y2"), ("m", "m2"), ("d", "d2")))
    if year in PLAUSIBLE_YEARS:
        return None
    for era in MONTHLY_ERAS:
        known = era.common_year(year) and 1 <= month <= len(era.months)
        first = era.first_day(year, month) if known else None
        if first:
            span = era.month_span(year, month)
            if span and first + timedelta(days=day - 1) <= span[1]:
                return _day(first + timedelta(days=day - 1))
    return None


def _month_range(m: re.Match[str]) -> str | None:
    year = int(m["year"])
    first, last = _month_of(m["first"], year), _month_of(m["last"], year)
    if first is None or last is None or first[0] != last[0]:
        return None
    return _range(first[0], first[1], last[1], year, m.group(0))


def _range(era: Era, first: int, last: int, year: int, said: str) -> str | None:
    """From the start of month FIRST to the end of month LAST of YEAR (FIRST in the year
    before where it comes later: "hamle to meskerem 2017")."""
    if re.search(r"(?:\band\b|&)", said, re.IGNORECASE) and last != first % len(era.months) + 1:
        # ("dey and esfand 1403": two months, each of that year)
        spans = [era.month_span(year if n <= last else year - 1, n) for n in (first, last)]
        return " and ".join(_days(*s) for s in spans) if all(spans) else None  # type: ignore[misc]
    start = era.first_day(year if first <= last else year - 1, first)
    span = era.month_span(year, last)
    return _days(start, span[1]) if start and span else None


def _month_day(m: re.Match[str], end: bool) -> str | None:
    found = _month_of(m["month"], int(m["year"]))
    span = found and found[0].month_span(int(m["year"]), found[1])
    return _day(span[1] if end else span[0]) if span else None


def _month(m: re.Match[str], text: str) -> str | None:
    found = _month_of(m["month"], int(m["year"]))
    if m["day"] and found:  # ("the year ended 31 Shahrivar 1404": that day)
        first = found[0].first_day(int(m["year"]), found[1])
        span = found[0].month_span(int(m["year"]), found[1])
        day = first + timedelta(days=int(m["day"]) - 1) if first and span else None
        return _day(day) if day and day <= span[1] else None  # type: ignore[index]
    before = text[: m.start()]
    if _TO_ITS_END.search(before):
        return _month_day(m, end=True)
    if _FROM_ITS_START.search(before):
        return _month_day(m, end=False)
    span = found and found[0].month_span(int(m["year"]), found[1])
    return _days(*span) if span else None


def _two_digits(era: Era, year: str) -> int | None:
    """The year of ERA ending in these two digits within ten of this year of it."""
    now = era_year_of(era, date.today())
    near = (now // 100 * 100 + k + int(year) for k in (-100, 0, 100))
    return next((y for y in near if abs(y - now) <= 10), None)


def _fiscal_year(
    era: Era,
    named: int,
    said_fy: bool,
    named_years: list[_FiscalYear],
    year_end: str | None = None,
) -> str | None:
    """ERA's fiscal year NAMED in our notation: "FY2024/25", the year ending in 2025, for a
    year of an era with months of its own (the companies' own year, ending on YEAR_END,
    where known: "FY 1404" of a year to Shahrivar ended in September 2025); else the year."""
    if era.months:
        ends_in = named + (era.fiscal_year_named_by == "start" and era.fiscal_year_starts > 1)
        span = fiscal_year_ending_in(era, ends_in, year_end)
        if span is None or span[1].year not in PLAUSIBLE_YEARS:
            return None
        named_years.append(_FiscalYear(era, *era_month_of(era, span[0])))
        return f"FY{span[1].year - 1}/{span[1].year % 100:02d}"
    common = era.common_year(named)
    if common is None:
        return None
    if era.fiscal_year_starts > 1 and said_fy:
        return f"FY{common}/{(common + 1) % 100:02d}"  # ("FY Reiwa 6": April 2024 on)
    return f"FY{common}" if said_fy else str(common)


def _named_year(era: Era, m: re.Match[str]) -> int | None:
    """The year of ERA a match names: its first, or for a split year ("2081/82") the one
    the era's fiscal years are named by; None where the second does not follow the first."""
    year = _two_digits(era, m["year"]) if len(m["year"]) == 2 and era.months else int(m["year"])
    if year is None or not m["next"]:
        return year
    if int(m["next"]) % 100 != (year + 1) % 100:
        return None
    return year + 1 if era.fiscal_year_named_by == "end" else year


def _marked_year(
    m: re.Match[str], counted: Mapping[str, str | None], named: list[_FiscalYear]
) -> str | None:
    era = _MARKERS[m["marker"].lower()]
    said = m.groupdict()
    if said.get("month") and not era.months:
        return _month_of_ours(era, int(m["year"]), int(said["month"]))
    year = _named_year(era, m)
    if year is None:
        return None
    said_fy = bool(m["fy"]) or "fy" in m["marker"].lower() or "fiscal" in m.group(0).lower()
    said_fy = said_fy or bool(said.get("nendo"))
    return _fiscal_year(era, year, said_fy, named, counted.get(era.name))


def _month_of_ours(era: Era, year: int, month: int) -> str | None:
    """A month of an era that renumbers our years, in ours: "August 2024"."""
    common = era.common_year(year)
    if common is None or not 1 <= month <= 12:
        return None
    return f"{date(common, month, 1):%B} {common}"


def _initialed_year(m: re.Match[str]) -> str | None:
    era = next(e for e in ERAS.values() if e.initial == m["initial"].lower())
    return _fiscal_year(era, int(m["year"]), True, [])


def _split_year(
    m: re.Match[str], counted: Mapping[str, str | None], named: list[_FiscalYear]
) -> str | None:
    """ "2081/82", never ours; "81/82" where a company in the store counts in an era and
    our years of those digits are long past or far ahead."""
    if len(m["year"]) == 2:
        now = date.today().year
        ours = 2000 + int(m["year"])
        if ours - 100 * (ours > now + 10) in range(now - 40, now + 11):
            return None
        eras = [e for e in MONTHLY_ERAS if e.name in counted]
    elif int(m["year"]) in PLAUSIBLE_YEARS:
        return None
    else:
        eras = list(MONTHLY_ERAS)
    readings = [(e, y) for e in eras if (y := _named_year(e, m)) is not None and e.common_year(y)]
    if len(readings) != 1:
        return None
    era, year = readings[0]
    return _fiscal_year(era, year, True, named, counted.get(era.name))


def _bare_year(
    m: re.Match[str], text: str, counted: Mapping[str, str | None], named: list[_FiscalYear]
) -> str | None:
    year = int(m["year"])
    if year in PLAUSIBLE_YEARS:
        return None
    if _PERCENT_AFTER.match(text, m.end()) and not _YEAR_WORD_BEFORE.search(text, 0, m.start()):
        return None  # ("1403 %": a percentage)
    before = text[: m.start()].split()[-1:]
    if before and before[0].lower() in _AMOUNT_BEFORE:
        return None
    at = m.start("year")
    amounts = [q for q in find_quantities(text) if q.quantity.unit != "percent"]
    if any(q.start <= at < q.end and q.text != m["year"] for q in amounts):
        return None  # ("rs 1403 crore", "1403 units"): an amount
    readings = [e for e in MONTHLY_ERAS if e.name in counted and e.common_year(year)]
    if len(readings) == 1:
        return _fiscal_year(readings[0], year, True, named, counted.get(readings[0].name))
    # ("B.E. 2567 vs 2566", "net profit 2567 vs 2566": a year only the Buddhist era reads,
    # set beside another)
    renumbered = [e for e in ERAS.values() if not e.months and e.common_year(year)]
    if len(renumbered) == 1 and _BESIDE_A_YEAR.search(text):
        return _fiscal_year(renumbered[0], year, bool(m["fy"]), named)
    return None


def _yearless_range(m: re.Match[str], fiscal: _FiscalYear) -> str | None:
    months = [_in_era(m[g], fiscal.era) for g in ("first", "last")]
    if None in months:
        return None
    first, last = months
    year = fiscal.year + (last < fiscal.month)
    return _range(fiscal.era, first, last, year, m.group(0))


def _yearless_month(m: re.Match[str], fiscal: _FiscalYear) -> str | None:
    number = _in_era(m["month"], fiscal.era)
    if number is None:
        return None
    span = fiscal.era.month_span(fiscal.year + (number < fiscal.month), number)
    return _days(*span) if span else None


def _in_era(word: str, era: Era) -> int | None:
    return next((n for e, n in _MONTHS[word.lower()] if e == era), None)
