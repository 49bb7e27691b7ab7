"""The headers of a table's columns: each column's period, kind, measure or role in a
revision, from one header row, a stacked or merged header, or rows that carry the
periods instead."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bot.facts import reporting
from bot.facts.model import Kind, Period, SalesBotError
from bot.facts.periods import resolve
from bot.facts.quantities import CURRENCY_WORDS, DOLLAR_SIGNS, normalize_unit
from bot.ingest.figures import Figure
from bot.ingest.layout import Sentence
from bot.ingest.lexicon import FORECAST_CUES, KIND_NOUNS, TARGET_CUES
from bot.ingest.local_signs import coded_note, report_signs
from bot.ingest.model import KnownEntity
from bot.ingest.spans import fiscal_year, resolve_time
from bot.ingest.tables.cells import (
    CHANGE_HEADER,
    NOTE_TEXT,
    cells,
    unmark,
    unslashed,
    worded_days,
)
from bot.ingest.tables.placement import (
    AMOUNT_CELL,
    BARE_NOTE,
    LABEL_ONLY,
    READING_NOTE,
    SET_IN,
    YEAR_TO_DATE_HEAD,
    header_like,
    heading_above,
    line_at,
    unit_note,
)
from bot.ingest.timing import find_times

_OLD = re.compile(r"\b(?:previous|prior|earlier|original|old|initial|before)\b", re.IGNORECASE)
# "previous fiscal year", "prior-year quarter": an earlier period, never an earlier statement
_EARLIER_PERIOD = re.compile(
    r"\b(?:previous|prior|earlier)[\s-]+(?:fiscal\s+|financial\s+|business\s+)?"
    r"(?:year|quarter|half|period|month|term)\b",
    re.IGNORECASE,
)
_SEGMENT_MEASURE = re.compile(
    r"segment\s+(?:profit|income|loss|earnings|sales|revenues?|assets)", re.IGNORECASE
)
_NEW = re.compile(r"\b(?:revised|new|current|updated|latest|now)\b", re.IGNORECASE)
# Header words that say nothing about a column: "Metric", "Figure", "2025 by programme".
_HEADER_WORDS = frozenset(
    "by figure figures value values amount amounts in for the metric metrics item items measure"
    " measures kpi kpis indicator indicators line programme program category ending ended ends"
    " through until to of revision revisions revised results result summary highlights reference"
    " consolidated full-year selected key financial notice regarding actual actuals"
    # a column of periods is headed by what it holds: "Period", "Quarter", "Fiscal year"
    " period periods quarter quarters year years month months half week weeks date fiscal"
    # and its length written short: "FY2024 (53 wks)", "H1 (6 mths)"
    " wk wks mth mths mos"
    # "Quarterly results by division": how often, which the columns' periods say
    " quarterly monthly annual yearly half-yearly interim"
    # "Preceding 3 months", "Corresponding 3 months": which span, beside the one reported
    " preceding corresponding"
    # and by what its rows are: "by region"
    " region regions segment segments market markets country countries division divisions"
    " vertical verticals industry industries geography geographies banner banners"
    # "FY 2025 guidance (raised)": what happened to the plan, no part of what it counts
    " raised lowered cut narrowed tightened widened reaffirmed confirmed unchanged maintained"
    " reiterated upgraded downgraded increased reduced".split()
)
TOTAL = re.compile(
    r"^\s*(?:total|all|overall|group\s+total|grand\s+total)\b|^\s*(?:group|consolidated)\s*$",
    re.IGNORECASE,
)


def _kind_of(text: str) -> Kind | None:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    if words & TARGET_CUES or any(KIND_NOUNS.get(w) is Kind.TARGET for w in words):
        return Kind.TARGET
    if words & FORECAST_CUES or any(KIND_NOUNS.get(w) is Kind.FORECAST for w in words):
        return Kind.FORECAST
    return None


@dataclass(frozen=True)
class _Column:
    period: Period | None
    kind: Kind | None
    role: str | None  # "old" / "new" in a Previous / Revised pair
    measure: str | None  # "Deliveries": what the column counts
    marks: str = ""  # footnote markers on the header cell ("Previous²")
    change: bool = False  # "Δ", "% change", "yoy": the change of the column it follows
    day: bool = False  # "30 Sep 2025": a level on that day (a backlog), not a period
    percent: bool = False  # "% change", "change %": its bare numbers are percentages
    ytd: bool = False  # "YTD 2025": the year so far
    sequential: bool = False  # "QoQ": the change on the quarter before, not the year before
    thing: str | None = None  # "Smartphones": what the column counts, under a caption's measure
    basis: str = ""  # "YoY CC growth": a change at constant currency
    share: bool = False  # "Share", "% of revenue", "Mix": each row's share of the whole
    # "FY2024 net sales (USD millions)": the scale and currency of this column's bare numbers
    note: tuple[float, str | None] | None = None
    # "Sep 30, 2025 / RMB" over a column: the currency its amounts are in (a "US$" column
    # beside "RMB" ones is a convenience translation, `tables/reader.py` leaves it out)
    currency: str | None = None
    # "Original (13 Mar 2025)" in a table of successive forecasts: the day it was stated
    said: date | None = None


_FULL_YEAR = re.compile(r"full[\s-]year", re.IGNORECASE)


# "FY2027 (ending March 2028)": the month a named year ends in, no period of its own
_ENDS_ANOTHER = re.compile(r"\b(?:ending|ended|ends)\s*(?:in\s+)?$", re.IGNORECASE)


def narrowest_period(
    texts: list[str], entity: KnownEntity, published: date, kind: Kind
) -> Period | None:
    """The narrowest period any of TEXTS names (the caption and the column combined)."""
    best, named = None, False
    for text in texts:
        found = [
            t
            for t in find_times(text, published)
            if not t.is_date and not _ENDS_ANOTHER.search(text[: t.start])
        ]
        for t in found:
            p = resolve_time(t, cal=entity.calendar, as_of=published, kind=kind, anchor=None)
            # ("Full Year Fiscal 2026": the year it names, never the bare "full year" read as
            # the last one completed)
            explicit = t.mode == "absolute"
            if p is not None and (
                best is None
                or p.months < best.months
                or (p.months == best.months and explicit and not named)
            ):
                best, named = p, explicit
    return best


_MONEY_SCALE = re.compile(r"(?:[A-Z]{0,2}\$|[€£¥₹])\s?(?:mn|m|bn|b|k|'000)?(?![\w])")


def residue(text: str, published: date) -> str:
    """What a header says besides its time phrases and kind words."""
    for t in sorted(find_times(text, published), key=lambda t: -t.start):
        text = text[: t.start] + " " + text[t.end :]
    text = _MONEY_SCALE.sub(" ", text)  # "Net sales F25 £m": the column's unit, no word
    words = [
        w
        for w in re.findall(r"[\w’'&.-]+", text)
        if w.lower() not in TARGET_CUES
        and w.lower() not in FORECAST_CUES
        and w.lower() not in KIND_NOUNS
        and not _OLD.fullmatch(w)
        and not _NEW.fullmatch(w)
        and w.lower() not in _HEADER_WORDS
    ]
    return " ".join(words)


def without_times(text: str, published: date) -> str:
    """TEXT less its time phrases: "FY26 adjusted profit before tax" -> "adjusted profit
    before tax" (the words around them kept as written)."""
    for t in sorted(find_times(text, published), key=lambda t: -t.start):
        text = text[: t.start] + " " + text[t.end :]
    return " ".join(text.split())


_HOW_WRITTEN = re.compile(r"(?i:(?:expected\s+|estimated\s+)?(?:range|ranges|band|bracket))")


# a column head that names its time, then what it counts ("Q3 2024 units", "FY2025 sales")
_TIME_THEN_THING = re.compile(
    r"^\s*(?P<time>(?:Q[1-4]|[1-4]Q|H[12]|[1-2]H|FY|9M|6M|3M)\s*(?:19|20)\d\d)\s+"
    r"(?P<thing>[A-Za-z][A-Za-z -]*?)\s*$"
)


# "Fourth quarter and full year 2024 highlights": a caption naming the year beside its part,
# over columns of each ("Q4 2024 | FY 2024")
_AND_THE_YEAR = re.compile(
    r"\b(?:and|&)\s+(?:the\s+)?(?:full|whole|fiscal|financial)?[\s-]*year\b|\band\s+FY\b",
    re.IGNORECASE,
)


_YEAR_ON_YEAR = re.compile(r"\b(?:yoy|y/y|y-o-y|year[\s-]on[\s-]year)\b", re.IGNORECASE)


def _year_later(period: Period) -> Period:
    """The same span a year later (a month's last day stays its last day)."""

    def on(day: date, end: bool) -> date:
        last = monthrange(day.year + 1, day.month)[1]
        if end and day.day == monthrange(day.year, day.month)[1]:
            return date(day.year + 1, day.month, last)
        return date(day.year + 1, day.month, min(day.day, last))

    return Period(on(period.start, False), on(period.end, True))


def read_columns(header: list[str], entity: KnownEntity, published: date) -> list[_Column]:
    header = _days_of_a_plan([worded_days(unslashed(h)) for h in header], published)
    header = [_dated_statement(h, published) for h in header]
    caption = unmark(header[0])[0] if header else ""
    cap_kind = _kind_of(caption)
    out = [_Column(None, None, None, None)]
    currencies: list[str | None] = []  # each column's own, in order (one column a cell)
    for cell in header[1:]:
        cell, marks = unmark(cell)
        # "Q3 2024 units": the year closes the quarter, never a count of 2024 units
        cell = _TIME_THEN_THING.sub(r"\g<thing> \g<time>", cell)
        currency = column_currency(cell)
        currencies.append(currency)
        if currency is not None:
            cell = _CURRENCY_HEAD.sub("", cell)  # the currency says nothing of the period
        note = unit_note(cell)
        if note is not None:
            # the column's units are no part of what it counts
            cell = BARE_NOTE.sub(" ", NOTE_TEXT.sub(" ", cell)).strip()
        # ("Actual" beside "Consensus" under "4Q24 vs. expectations": the company's result)
        kind = Kind.ACTUAL if _ACTUAL_HEAD.fullmatch(cell.strip()) else _kind_of(cell) or cap_kind
        period = narrowest_period(
            [f"{caption} {cell}", f"{cell} {caption}", cell, caption],
            entity,
            published,
            kind or Kind.ACTUAL,
        )
        part = narrowest_period([caption], entity, published, kind or Kind.ACTUAL)
        # ("Full year FY2024 (Actual)": the year the cell names, not "full year" read as
        # the current one)
        year = narrowest_period([_FULL_YEAR.sub(" ", cell)], entity, published, kind or Kind.ACTUAL)
        if year is not None and part is not None and year.months == part.months:
            period = year  # "Results for FY3/24" under a caption about FY3/25
            if _kind_of(cell) is None and year.end < published:
                kind = None  # a year already over, with no forecast word: results
        if year is not None and year.months >= 12 and _AND_THE_YEAR.search(caption):
            period = year  # "FY 2024" under "Fourth quarter and full year 2024 highlights"
        elif part is not None and year is not None and part.months < 12 <= year.months:
            # "Fiscal third quarter" over columns "FY2024" / "FY2023": that quarter of
            # each column's year, not the quarter nearest the publication date
            period = _same_part_of(part, year, entity)
        period = _own_year_of(cell, period, entity, published)
        # ("Actual results for previous fiscal year": a year's results, no earlier statement)
        role = (
            "old"
            if _OLD.search(cell) and not _EARLIER_PERIOD.search(cell)
            else "new"
            if _NEW.search(cell)
            else None
        )
        rest = residue(cell, published)
        measure = rest if rest and reporting.family_of(rest) is not None else None
        if measure is not None and _SEGMENT_MEASURE.fullmatch(without_times(cell, published)):
            measure = without_times(cell, published)  # "Segment profit": a measure of its own
        pct = "%" in cell or re.search(r"\bper\s?cent\b", cell, re.IGNORECASE) is not None
        versus = _VERSUS.search(cell)
        if versus is not None:
            # "H1 2025 vs H1 2024": the change of the first over the second
            left = narrowest_period(
                [cell[: versus.start()]], entity, published, kind or Kind.ACTUAL
            )
            if left is not None and narrowest_period(
                [cell[versus.end() :]], entity, published, Kind.ACTUAL
            ):
                out.append(_Column(left, kind, None, None, marks, change=True))
                continue
        bare = without_times(cell, published)  # "Three months ended June 30 % change"
        spanned = bare != cell.strip() and re.search(r"[A-Za-zΔ∆]", bare) is not None
        basis_only = _BASIS_HEADER.fullmatch(cell.strip()) is not None
        if (
            (CHANGE_HEADER.fullmatch(cell.strip()) or basis_only)
            and (period is None or year is None)
        ) or (spanned and CHANGE_HEADER.fullmatch(bare)):
            # "Δ" after "9M 2025 | 9M 2024": the change over the first of the pair
            first = next((c for c in reversed(out) if c.period is not None and not c.change), None)
            group = [c for c in out if c.period is not None and not c.change]
            since = [c for c in out[::-1] if c.change]
            start = group if not since else [c for c in group if out.index(c) > out.index(since[0])]
            # the latest: "9M 2025 | 9M 2024 | Δ" and "2024 | 2025 | % change" give 2025's
            first = max(start, key=lambda c: c.period.end) if start else first  # type: ignore[union-attr]
            if out[-1].change and out[-1].period is not None:
                # "QoQ | YoY" side by side: two changes of the same column
                first = next(c for c in group if c.period == out[-1].period)
            elif first is not None and _YEAR_ON_YEAR.search(cell):
                # "3Q24 | 2Q24 | QoQ | 3Q23 | YoY": a year-on-year change set after the
                # year-ago column is the change of the column a year later
                later = _year_later(first.period)
                first = next((c for c in group if c.period == later), first)
            if first is not None and not first.day and first.role is None:
                # (a change between two days, or between a previous and a revised figure,
                # is no figure of its own)
                out.append(
                    _Column(
                        first.period,
                        first.kind,
                        None,
                        None,
                        marks,
                        change=True,
                        percent=pct,
                        sequential=bool(_SEQUENTIAL.search(cell)),
                        # ("Organic change", "LFL growth": the basis said with the change)
                        basis="constant currency" if _CC_HEADER.search(cell) else _basis_word(cell),
                    )
                )
                continue
            out.append(_Column(None, None, None, None, marks, change=True, percent=pct))
            continue
        if _SHARE_HEADER.fullmatch(cell.strip()):
            # "Share", "% of revenue": each row's share of the whole, for the caption's period
            share_period = narrowest_period([caption], entity, published, kind or Kind.ACTUAL)
            out.append(_Column(share_period, kind, None, None, marks, share=True))
            continue
        mentions = find_times(cell, published)
        if len(mentions) == 1 and mentions[0].mode == "day" and mentions[0].day:
            days = [mentions[0].day]
            if days[0] <= published:
                out.append(_Column(Period(days[0], days[0]), kind, role, measure, marks, day=True))
                continue
        # a heading that is neither a time, a kind, a role nor a measure names a thing
        # ("Previous forecast (A)": a letter naming the column for a "Change (B-A)" row)
        thing = residue(re.sub(r"\([A-Z](?:\s*[-–]\s*[A-Z])?\)", " ", cell), published)
        thing = (
            thing
            if len(thing) > 2
            and not _ACTUAL_HEAD.fullmatch(cell.strip())
            and measure is None
            and not YEAR_TO_DATE_HEAD.search(cell)
            # ("Expected range, 26 weeks ended ...": how the cells are written, no thing)
            and not _HOW_WRITTEN.fullmatch(thing)
            else None
        )
        if thing and " " not in thing and thing[1:].islower():
            thing = thing.lower()  # "Smartphones" as a heading, "smartphones" in a name
        out.append(
            _Column(
                period,
                kind,
                role,
                measure,
                marks,
                ytd=bool(YEAR_TO_DATE_HEAD.search(cell)),
                thing=thing,
                note=note,
                # "EBITA margin (%)" over "Q3 25": its bare cells are percentages
                percent=bool(measure) and pct,
            )
        )
    out = [
        replace(c, currency=currency_of)
        for c, currency_of in zip(out, [None, *currencies], strict=True)
    ]
    out = _month_columns(out, header, published)
    planned = narrowest_period([caption], entity, published, Kind.FORECAST) if caption else None
    return _statement_days(_to_date(out), header, planned)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


# "Second Quarter 2025", "Six Months 2025": a part of a year the head names by its number alone
_PART_OF_BARE_YEAR = re.compile(
    r"(?:(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half(?:[\s-]year)?"
    r"|(?:three|six|nine)\s+months)\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


def _own_year_of(
    cell: str, period: Period | None, entity: KnownEntity, published: date
) -> Period | None:
    """A column head's year named by its number alone, over a company's results when its
    year ends in another month than December, is its own year, as its accounts count it (a
    report lays out its own years): "2025 | 2024" are its fiscal years, "Second Quarter
    2025" and "Six Months 2025" parts of its fiscal 2025."""
    if period is None or entity.calendar.is_calendar:
        return period
    head = cell.strip()
    if _BARE_YEAR.fullmatch(head):
        calendar_year = _calendar_year_of(int(head))
        return entity.calendar.year(int(head)) if period == calendar_year else period
    if not _PART_OF_BARE_YEAR.fullmatch(head):
        return period
    for t in find_times(head, published):
        readings = resolve(t.ref, entity.calendar) if t.mode == "absolute" else []  # type: ignore[arg-type]
        if len(readings) == 2 and readings[0] == period:
            return readings[1]  # the calendar's reading first, the company's own after it
    return period


def _calendar_year_of(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31))


def _month_columns(columns: list[_Column], header: list[str], published: date) -> list[_Column]:
    """A column headed by a month's name alone ("October | November | December | Q4 2025")
    counts that month: of the year a neighbouring column's period puts it in, else the
    latest such month the report could speak of. (In prose "in October" dates a statement;
    over a column of figures it is the figures' period.)"""
    months: dict[int, date] = {}
    for k, cell in enumerate(header[1:], start=1):
        found = find_times(unmark(cell)[0], published)
        if (
            len(found) == 1
            and found[0].mode == "month"
            and found[0].day is not None
            # ("October deliveries": a heading with more to say than its month)
            and len(unmark(cell)[0].strip()) == found[0].end - found[0].start
        ):
            months[k] = found[0].day
    if not months:
        return columns
    out = list(columns)
    # (the caption's "Fourth-quarter traffic" gives a month column no period of its own)
    spans = [
        c.period
        for k, c in enumerate(columns)
        if c.period is not None and not c.day and k not in months
    ]
    spans += [c.period for k, c in enumerate(columns) if k in months and c.period is not None]
    for k, day in months.items():
        c = columns[k]
        if c.change or c.share:
            continue
        month = day.month
        year = next(
            (
                y
                for p in spans
                for y in range(p.start.year, p.end.year + 1)
                if p.start <= date(y, month, 1) <= p.end
            ),
            day.year,
        )
        first = date(year, month, 1)
        whole = Period(first, date(year, month, monthrange(year, month)[1]))
        out[k] = replace(c, period=whole, thing=None)
    return out


# a statement's heading whose bracketed day has no year: "Previous (Nov 11)", "Revised (10 Feb)"
_SAID_NO_YEAR = re.compile(
    r"^(?P<head>\s*(?:previous|prior|earlier|original|old|initial|revised|new|current|updated"
    r"|latest)\b[\w -]{0,20}\(\s*)"
    r"(?P<day>(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?))(?P<tail>\s*\)\s*)$",
    re.IGNORECASE,
)
_MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec".split()


# a plan's caption over columns headed by the days it was stated: "2025 outlook | January 28 |
# April 22 | July 22 (current)"
_PLAN_CAPTION = re.compile(r"\b(?:outlook|guidance|forecast|targets?|plan|view)\b", re.I)
_BARE_DAY = re.compile(
    r"^\s*(?P<day>[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9}\.?)"
    r"(?:\s*\((?P<note>[a-z ]{1,20})\))?\s*$"
)


def _days_of_a_plan(header: list[str], published: date) -> list[str]:
    """Columns of a plan's caption headed by bare days ("January 28 | April 22 | July 22
    (current)"): each the day that column's plan was stated, the last of them the current
    one, written as a statement's heading ("Previous (January 28)") for the reader of those."""
    if not header or not _PLAN_CAPTION.search(header[0]):
        return header
    days = [k for k, h in enumerate(header) if k and _BARE_DAY.match(h)]
    if len(days) < 2 or len(days) != len(header) - 1:
        return _months_of_a_plan(header)
    out = list(header)
    for k in days:
        m = _BARE_DAY.match(header[k])
        role = "Current" if k == days[-1] else "Previous"
        out[k] = f"{role} ({m['day']})"
    return out


# a column headed by a month and its year alone: "Aug-25 (AGM)", "Nov-25", "Feb 2026 (now)"
_BARE_MONTH = re.compile(
    r"^\s*\**(?P<month>[A-Za-z]{3,9})\.?[\s-]+(?P<year>\d{4}|\d{2})\**"
    r"(?:\s*\((?P<note>[^()]{1,20})\))?\s*$"
)
# the plan's own period in its caption: "FY26 volume target", "2026 guidance"
_CAPTION_YEAR = re.compile(r"\b(?:FY\s?'?\d{2,4}|F\d{2}|(?:19|20)\d{2})\b")


def _months_of_a_plan(header: list[str]) -> list[str]:
    """Columns of a plan for a year its caption names, headed by months ("FY26 volume target |
    Aug-25 (AGM) | Nov-25 | Feb-26 (now)"): the months its successive statements were made,
    never the plan's periods; written as statements' headings ("Previous (1 Aug 2025)")."""
    if not _CAPTION_YEAR.search(header[0]):
        return header
    months = [k for k, h in enumerate(header) if k and _BARE_MONTH.match(h)]
    if len(months) < 2 or len(months) != len(header) - 1:
        return header
    out = list(header)
    for k in months:
        m = _BARE_MONTH.match(header[k])
        if m["month"][:3].lower() not in _MONTH_NAMES:
            return header
        year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
        role = "Current" if k == months[-1] else "Previous"
        out[k] = f"{role} (1 {m['month'][:3].title()} {year})"
    return out


def _dated_statement(cell: str, published: date) -> str:
    """ "Previous (Nov 11)" in a report of 10 February 2026 -> "Previous (Nov 11, 2025)": the
    day a statement was made, in the latest year it could be (never the month of 2011 the
    bare "Nov 11" would read as)."""
    m = _SAID_NO_YEAR.match(cell)
    if m is None:
        return cell
    words = m["day"].replace(".", "").split()
    month_word, day_word = (words[0], words[1]) if words[0][0].isalpha() else (words[1], words[0])
    if month_word[:3].lower() not in _MONTH_NAMES:
        return cell
    month = _MONTH_NAMES.index(month_word[:3].lower()) + 1
    try:
        said = date(published.year, month, int(day_word))
    except ValueError:
        return cell
    if said > published:
        said = said.replace(year=published.year - 1)
    return f"{m['head']}{said.day} {month_word} {said.year}{m['tail']}"


# a column heading that is a statement and the day it was made: "Original (13 Mar 2025)",
# "Ad hoc (16 Oct 2025)", "Current (6 Nov 2025)"
_SAID_HEAD = re.compile(r"^\s*[A-Za-z][\w -]{0,20}\(\s*[^()]*\d{4}\s*\)\s*$")


def _statement_days(
    columns: list[_Column], header: list[str], planned: Period | None
) -> list[_Column]:
    """A table of successive statements of one plan ("Original (13 Mar 2025) | Ad hoc
    (16 Oct 2025) | Current (6 Nov 2025)"): each bracketed day is when the column's figures
    were stated, never their period; the last is the new figure, the others it replaced.
    PLANNED: the period the caption names."""
    said = [
        k
        for k, c in enumerate(columns)
        if c.day and c.period is not None and k and _SAID_HEAD.match(header[k])
    ]
    if len(said) < 2 or not any(columns[k].role is not None for k in said):
        return columns
    last = max(said, key=lambda k: columns[k].period.end)
    out = list(columns)
    for k in said:
        c = columns[k]
        out[k] = replace(
            c,
            period=planned,  # the caption's year ("Fiscal 2025"), else the text's above
            day=False,
            said=c.period.end,
            role="new" if k == last else "old",
            kind=c.kind or Kind.FORECAST,
        )
    return out


# a currency alone at a column heading's end: "Sep 30, 2025 RMB", "US$", "KRW"
_CURRENCY_HEAD = re.compile(r"(?:^|\s)(?:(?-i:[A-Z]{3})|(?-i:[A-Z]{1,2})\$|[$€£¥₩₹])\s*$")


def column_currency(cell: str) -> str | None:
    """The currency a column heading ends with, alone: "Sep 30, 2025 RMB" -> "CNY"."""
    m = _CURRENCY_HEAD.search(cell.strip())
    if m is None:
        return None
    token = m.group().strip()
    if token.endswith("$"):
        return DOLLAR_SIGNS.get(token.lower()[:-1])
    if len(token) == 1:
        try:
            return normalize_unit(token)
        except SalesBotError:
            return None
    # (a code the currency table knows: "YTD" and "CER" close headings too)
    return CURRENCY_WORDS.get(token.lower())


def _to_date(columns: list[_Column]) -> list[_Column]:
    out = []
    for c in columns:
        if c.ytd and c.period is not None:
            ends = [
                o.period.end
                for o in columns
                if o is not c
                and o.period is not None
                and not o.ytd
                and not o.day
                and c.period.start <= o.period.start
                and o.period.end < c.period.end
            ]
            if not ends:
                c = replace(c, period=None)  # up to when, the table does not say
            else:
                c = replace(c, period=Period(c.period.start, max(ends)))
        out.append(c)
    return out


_VERSUS = re.compile(r"\s(?:vs\.?|versus|v\.?|compared\s+with)\s", re.IGNORECASE)
_SEQUENTIAL = re.compile(r"\b(?:qoq|q/q)\b", re.IGNORECASE)
# "Actual", "Reported (LNR)": the company's own result beside others' estimates
_ACTUAL_HEAD = re.compile(r"(?:actuals?|reported|results?)(?:\s*\([^()]*\))?", re.IGNORECASE)
_CC_HEADER = re.compile(
    r"\b(?:cc|cer|constant[\s-]currency|constant\s+exchange\s+rates?)\b", re.IGNORECASE
)
# "reported | organic*" after "Q3 2025/26 | Q3 2024/25": a heading that only says on what
# basis its column's changes are measured
_BASIS_HEADER = re.compile(
    r"(?:reported|organic|like[\s-]for[\s-]like|lfl|l-f-l|cc|cer|at\s+cer|at\s+cc"
    r"|(?:at\s+)?constant\s+(?:currency|currencies|exchange\s+rates?))\s*(?:\(?%\)?)?",
    re.IGNORECASE,
)


def _basis_word(cell: str) -> str:
    """The basis a change heading names, as a metric says it ("" for the reported one)."""
    low = cell.lower()
    if "organic" in low:
        return "organic"
    if "like" in low or "lfl" in low or "l-f-l" in low:
        return "like-for-like"
    return ""


_SHARE_HEADER = re.compile(
    r"(?:share|mix|%\s+of\s+(?:total|revenues?|sales)|share\s+of\s+(?:total|revenues?|sales))"
    r"(?:\s*\(?%\)?)?",
    re.IGNORECASE,
)
# A row that is the change of the row above it: "YoY   +6.9%   +7.9%" (a "Change" row is
# read by its caption, as it always was)
_CHANGE_OF_ABOVE = re.compile(
    r"^\s*(?:yoy|y/y|qoq|q/q|vs\.?\s*(?:py|ly))"
    r"(?:\s*\(?%\)?)?\s*$",
    re.IGNORECASE,
)
# A revision table's difference rows: "Change (B-A)", "Change (%)", "Difference", "Rate of change"
_CHANGE_ROW = re.compile(
    r"^\s*(?:change|difference|increase\s*/\s*decrease|increase|decrease|rate\s+of\s+change"
    r"|amount\s+of\s+change|variance|Δ|∆)\b",
    re.IGNORECASE,
)
# a cell: words one space apart, never across ") (", where two bracketed heads set one
# space apart stand over two columns ("(Jul 24 – Jun 25) (Jul 23 – Jun 24)")
_CELL = re.compile(r"\S+(?:(?:(?<!\))\s|\s(?!\())\S+)*")


def _column_heads(line: str) -> bool:
    """A line of column headings below the first: "Quarter   ($ millions)   sales change",
    a label and two or more cells, none a figure."""
    parts = re.split(r"\s{2,}", line.strip())
    if len(parts) >= 3 and all(_DAY_HEAD.fullmatch(p) for p in parts[1:]):
        return True  # "Particulars   31.03.2025   31.12.2024": the days the columns end on
    return len(parts) >= 3 and not any(re.search(r"\d", p) for p in parts[1:])


# a column's heading that is only its year: "2025", "FY2025", "2024/25", "FY25"
_YEAR_HEAD = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2})?|FY\s?\d{2}", re.IGNORECASE)


_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _year_heads(line: str) -> bool:
    """The last line of stacked column heads, its label the table's units: "P'000   2024
    2023" below "year ended / 31 March" over each column. Its cells are years, never
    figures (a count of 2,024 is written with its comma)."""
    parts = re.split(r"\s{2,}", line.strip())
    return len(parts) >= 3 and all(_YEAR_HEAD.fullmatch(p) for p in parts[1:])


# a currency sign set apart from its amount in a filing's table: "$  612,418"
_LONE_SIGN = re.compile(r"(?:[A-Z]{0,2}[$€£¥₹]|R\$)")


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Where a row's cells stand, a currency sign set apart from its amount ("Net sales
    $  612,418     $  588,874") standing with the amount: one cell, not two columns."""
    spans: list[tuple[int, int]] = []
    sign_at: int | None = None
    for m in _CELL.finditer(line):
        if _LONE_SIGN.fullmatch(m.group()):
            sign_at = m.start() if sign_at is None else sign_at
            continue
        spans.append((m.start() if sign_at is None else sign_at, m.end()))
        sign_at = None
    return spans


def _group_headings(lines: list[str], columns: int) -> dict[str, list[str]]:
    """Heading lines that name groups of columns ("Order intake   Revenue   EBITA margin"
    over "Q3 25  Q3 24  Q3 25  Q3 24  Q3 25  Q3 24"): a line of M headings over a line whose
    COLUMNS headings repeat in M equal groups. Each such line -> its heading per column."""
    out: dict[str, list[str]] = {}
    for n, line in enumerate(lines):
        heads = [m.group().rstrip(",") for m in _CELL.finditer(line)]
        if not 1 < len(heads) < columns or columns % len(heads):
            continue
        size = columns // len(heads)
        for lower in lines[n + 1 :]:
            below = [m.group() for m in _CELL.finditer(lower)]
            if len(below) == columns and all(below[k] == below[k % size] for k in range(columns)):
                out[line] = [heads[k // size] for k in range(columns)]
                break
    return out


def stacked_header(text: str, rows: list[Sentence]) -> tuple[list[str], int, int] | None:
    """A space-aligned table whose header is several indented lines ("Three Months Ended",
    "Sept 30,", "2024"; or headings wrapped over lines, "Profit attributable to" / "owners
    of parent"): each column's header is the lines' cells above it, a cell spanning the
    columns up to the next one ("Three Months Ended" over two). With the number of the
    table's rows that are header lines."""
    if "|" in rows[0].text or len(rows) < 2:
        return None
    if len(rows) > 3 and _caption_row(line_at(text, rows[0].start)[1]):
        # "STATEMENT OF RESULTS      (Rs. in crore)" over the stacked heads: the table's
        # title and units, no line of its heads
        below = stacked_header(text, rows[1:])
        if below is not None:
            units = cells(line_at(text, rows[0].start)[1])[1].strip()
            return [f"{below[0][0]} {units}".strip(), *below[0][1:]], below[1] + 1, below[2]
    lines_of = [line_at(text, r.start) for r in rows]
    # the table's margin: a table set in as a whole ("  Vehicle sales   16,020.4") has its
    # labels there, not at the line's start
    margin = min(len(line) - len(line.lstrip(" ")) for _, line in lines_of)
    # the first data row is the first line with a label at the margin
    first_data = next(
        (
            i
            for i, (_, line) in ((k, (s, ln[margin:])) for k, (s, ln) in enumerate(lines_of))
            if i > 0
            # a label at the margin, or set in a little with amounts after it ("  Subscription
            # $ 297,512" below "Revenue:", "  Coolabah Creek (CC)  71,240" below "Gold
            # produced (oz)"); a line set in with no amount is a header line
            and (
                line[:1].strip()
                or (
                    SET_IN.match(line)
                    and AMOUNT_CELL.search(line)
                    # (below a heading that says so: "Revenue:", "Gold produced (oz)"; a line
                    # set in below any other may be a header line or a period)
                    and heading_above(text, rows[i]) is not None
                )
            )
            and not (line[:1] == "(" and unit_note(line[:40]))
            and not _column_heads(line)
            # ("P'000   2024   2023" below heads naming no year: their last line, its
            # label the units; below heads that gave the years it is a row)
            and not (
                i < len(lines_of) - 1
                and _year_heads(line)
                and not any(_A_YEAR.search(lines_of[k][1]) for k in range(i))
            )
            and len(_CELL.findall(line)) >= 2  # ("Nine months ended" alone heads the rows)
        ),
        None,
    )
    if first_data is None:
        return None
    spans = _cell_spans(lines_of[first_data][1])
    if len(spans) < 2:
        return None

    def label(line: str) -> str:
        if len(line) - len(line.lstrip(" ")) > margin + 4:
            return ""  # a head set in far ("ended" under "3 months"), below a long label
        # "(in millions)" where a label would be is the table's unit, not a row's name
        head = line[: spans[0][1] + 1].strip()
        cell = _CELL.match(line)
        if head.startswith("(") and cell is not None and unit_note(cell.group()) is not None:
            return ""
        return head

    if (
        label(lines_of[0][1])
        and not (first_data >= 2 and not any(label(lines_of[k][1]) for k in range(1, first_data)))
        and not (first_data == 1 and _heads_above(text, lines_of[0][0], label))
    ):
        # the first row has a label: an ordinary one-line header (unless lines with none
        # follow it: "EUR million   Order intake   Revenue" over "Q3 25   Q3 24   Q3 25")
        return None
    lines, at, note, top = [], lines_of[first_data - 1][0], "", lines_of[0][0]
    if first_data > 1 and LABEL_ONLY.fullmatch(lines_of[first_data - 1][1]):
        # "Gold produced (oz)" at the margin over the rows set in below it heads those rows
        # (`heading_above`), not the columns: never the table's caption
        at = lines_of[first_data - 2][0]
    while at > 0 and len(lines) < 5:
        start, line = line_at(text, at)
        if not line.strip() or (label(line) and start < lines_of[0][0]):
            break  # (a labelled line of the table's own rows is its last heading line:
            # "Quarter   ($ millions)   sales change", its label the caption)
        alone = line.strip()
        if (
            alone.startswith("(")
            and alone.endswith(")")
            and len(_CELL.findall(line)) == 1  # ("(thousand hl)   (R$ mn)": each column's)
            and unit_note(alone) is not None
        ):
            # "(Millions of yen, except per-share data)" set to the right over the heads:
            # the whole table's units, never a heading of the columns it happens to sit over
            note = f"{note} {alone}" if note else alone  # ("Particulars" is no unit)
            top = start
            at = start - 1
            continue
        if READING_NOTE.fullmatch(line.strip()):
            # "(Percentages show changes from the same period of the previous fiscal year)"
            # over the headings: how to read the cells, no column's name
            at = start - 1
            continue
        top = start
        # (at the table's margin: "  (EUR'000)   31.10.2024" in a table set in as a whole)
        cell = _CELL.match(line, margin) if not line[:margin].strip() else _CELL.match(line)
        note = note or (cell.group() if cell is not None else "")
        cut = cell.end() if cell is not None else spans[0][1] + 1
        if cell is None and (first := _CELL.search(line)) is not None:
            cut = min(cut, first.start())  # a heading set in over the labels keeps its words
        lines.insert(0, " " * cut + line[cut:])
        at = start - 1
    if len(lines) < 2:
        return None
    header, units = [note], []
    groups = _group_headings(lines, len(spans) - 1)
    dated = [_dated_column(lines, a, b) for a, b in spans[1:]]
    for k, (a, b) in enumerate(spans[1:], start=1):
        parts = []
        for line in lines:
            if line in groups:
                parts.append(groups[line][k - 1])  # "Order intake" over its "Q3 25  Q3 24"
                continue
            found = list(_CELL.finditer(line))
            # (touching: aligned; a mark of one to three characters, "%" or "YoY", a little
            # off its column is still its own: "Millions of yen   %" over "42,010   8.1")
            over = [
                m
                for m in found
                if (m.start() <= b and m.end() >= a)
                or (len(m.group()) <= 3 and m.start() <= b + 3 and m.end() >= a - 3)
            ]
            above = [m for m in found if m.start() < b]
            if over:
                part = over[-1].group().rstrip(",")
            elif above and _SPAN_HEAD.fullmatch(above[-1].group()) and dated[k - 1]:
                # "Quarter ended" over three days ("31.03.2025  31.12.2024  31.03.2024"):
                # a length of time heads every dated column up to the next heading
                part = above[-1].group()
            elif above and not (k > 1 and above[-1].end() > spans[k - 1][0]):
                # a heading spanning this column and the one before ("Three Months Ended"),
                # never the heading of the column before ("52 weeks to" over a "Change")
                part = above[-1].group().rstrip(",")
            else:
                continue
            part = coded_note(part, report_signs(text))  # "Rm": the rand's millions
            part = _AUDIT_MARK.sub(" ", part).strip()
            if not part:
                continue  # "(Audited)" below a column's day: how it was checked, not what
            if BARE_NOTE.fullmatch(part):
                units.append(part)  # "Million yen" over each amount: the table's unit
            else:
                parts.append(part)
        header.append(" ".join(parts))
    if units and len(set(units)) == 1:
        header[0] = f"{header[0]} ({units[0]})".strip()
    return header, first_data, top


# a heading that names a length of time ending on the days below it: "Quarter ended",
# "Nine Months Ended", "Year to", "Six months ended"
_SPAN_HEAD = re.compile(
    r"(?:(?:three|six|nine|twelve|\d{1,2})\s+months?|quarter|half[- ]year|(?:fiscal\s+)?year"
    r"|\d{2}\s+weeks)\s+(?:ended|ending|to)",
    re.IGNORECASE,
)
# a column's own heading that is a day: "31.03.2025", "Sep 30, 2025", "30 June 2025"
_DAY_HEAD = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
)


# how a column's figures were checked: "(Audited)", "(Unaudited)", "(Reviewed)"
# (or a line of its own, "Audited   Audited", over a stack of heads)
_AUDIT_MARK = re.compile(
    r"\(\s*(?:un)?(?:audited|reviewed)\s*\)|^\s*(?:un)?(?:audited|reviewed)\b", re.IGNORECASE
)


def _dated_column(lines: list[str], a: int, b: int) -> bool:
    """Whether a heading line holds a day right over the column at A..B."""
    return any(
        m.start() <= b and m.end() >= a and _DAY_HEAD.fullmatch(m.group())
        for line in lines
        for m in _CELL.finditer(line)
    )


def _heads_above(text: str, top: int, label: Callable[[str], str]) -> bool:
    """Whether the line above a table's first row ("£m unless stated   Dec 2025   Dec 2024")
    holds the upper lines of its column heads ("ended 31   ended 31   30 June" below "Six
    months   Six months   Year ended"): set in with no label, two or more cells, no figure
    but a day or a year. The first row is then the heads' last line, its label the units."""
    if top == 0:
        return False
    line = line_at(text, top - 1)[1]
    if not line.strip() or label(line):
        return False
    found = _CELL.findall(line)
    return len(found) >= 2 and not any(
        re.search(r"\d", c) and not re.fullmatch(r"(?:\D*\b\d{1,2}\b\D*|\D*\b\d{4}\b\D*)", c)
        for c in found
    )


def _caption_row(line: str) -> bool:
    """A title with the table's units set to its right and nothing else ("STATEMENT OF
    STANDALONE RESULTS      (Rs. in crore)")."""
    found = cells(line)
    return (
        len(found) == 2
        and NOTE_TEXT.fullmatch(found[0].strip()) is None
        and NOTE_TEXT.fullmatch(found[1].strip()) is not None
    )


_AND = re.compile(r"\s+(?:and|&)\s+|,\s+", re.IGNORECASE)


# a label's bracketed unit or short form: "Gold produced (oz)", "Coolabah Creek (CC)"
_BRACKETED = re.compile(r"\s*\([^()]{1,12}\)")


def unnoted(label: str) -> str:
    """A row label or heading without its unit note or bracketed short form."""
    return _BRACKETED.sub(" ", NOTE_TEXT.sub(" ", label)).strip()


def lists_measures(caption: str) -> bool:
    """ "Production and cost", "Sales & earnings": a caption joining measures names the kinds
    of rows a table holds, none of them the product or measure of every row."""
    parts = [p for p in _AND.split(caption) if p.strip()]
    return len(parts) > 1 and any(reporting.family_of(p.split()[-1]) is not None for p in parts)


def metric_columns(header: list[str], entity: KnownEntity, published: date) -> bool:
    """A table whose header cells name metrics ("Net sales | Operating profit") and no
    period: its rows are the periods or the revision's columns."""
    cols = [NOTE_TEXT.sub(" ", unmark(c)[0]) for c in header[1:]]
    named = [c for c in cols if c.strip() and reporting.family_of(residue(c, published))]
    timed = [c for c in cols if narrowest_period([c], entity, published, Kind.ACTUAL) is not None]
    # (the rows decide: `timed_rows` checks that every row label is a period or a statement)
    return len(named) >= 1 and not timed


def timed_rows(
    body: list[tuple[list[str], list[Sentence]]], entity: KnownEntity, published: date
) -> bool:
    """Row labels that say when or which statement ("Previous forecast", "Results for
    FY3/24", "Q3 2024"), not what ("A320 Family")."""
    labels = [
        unmark(values[0])[0]
        for values, _ in body
        if values and not set("".join(values)) <= set("-:| ")
    ]
    return bool(labels) and all(
        _CHANGE_ROW.match(x)
        or _kind_of(x) is not None
        or _OLD.search(x)
        or _NEW.search(x)
        or narrowest_period([x], entity, published, Kind.ACTUAL) is not None
        for x in labels
    )


def transpose(
    header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> tuple[list[str], list[tuple[list[str], list[Sentence]]]]:
    rows = [
        (values, quotes)
        for values, quotes in body
        if len(values) >= 2
        and not set("".join(values)) <= set("-:| ")
        and not _CHANGE_ROW.match(unmark(values[0])[0])  # "Change (B-A)": no figure of its own
    ]
    new_header = [header[0], *[values[0] for values, _ in rows]]
    new_body = []
    for j in range(1, len(header)):
        cells_ = [header[j], *[values[j] if j < len(values) else "" for values, _ in rows]]
        quotes_ = [rows[0][1][0], *[quotes[min(j, len(quotes) - 1)] for _, quotes in rows]]
        new_body.append((cells_, quotes_))
    return new_header, new_body


def _same_part_of(part: Period, year: Period, entity: KnownEntity) -> Period:
    """PART (a quarter, a half, "the nine months to ...") moved into the fiscal YEAR."""
    if year.start <= part.start and part.end <= year.end:
        return part
    years = year.end.year - fiscal_year(entity.calendar, part.start).end.year
    end_year, end_month = part.end.year + years, part.end.month
    return Period(
        part.start.replace(year=part.start.year + years),
        date(end_year, end_month, monthrange(end_year, end_month)[1]),
    )


def merged_header(
    header: list[str], rows: list[Sentence], entity: KnownEntity, published: date
) -> tuple[list[str], list[Sentence]]:
    """Two heading rows of a Markdown or HTML table, the upper one with merged cells
    ("| | Third quarter | | Nine months | |" over "| (NOK million) | 2025 | 2024 | ..."):
    each column's heading is the upper cell spanning it (the nearest one to its left)
    and its own. A change column ("% change") stays a change column."""
    while len(rows) > 2 and "|" in rows[1].text and header_like(rows[1].text):
        lower = cells(rows[1].text)
        upper = header + [""] * (len(lower) - len(header))
        merged, span = [" ".join(c for c in (upper[0], lower[0]) if c)], ""
        for j in range(1, len(lower)):
            span = upper[j] or span
            own = lower[j]
            bare = unmark(own)[0].strip()
            mine = narrowest_period([bare], entity, published, Kind.ACTUAL)
            theirs = narrowest_period([span], entity, published, Kind.ACTUAL) if span else None
            # "Fourth quarter" over "Q4 FY24": the column's own period says it all
            alone = mine is not None and (theirs is None or theirs.months >= mine.months)
            alone = alone and theirs is not None
            if span and BARE_NOTE.fullmatch(bare):
                # "Net sales" over "Millions of yen": the column's measure in its units
                own = f"({bare})"
            merged.append(
                own if CHANGE_HEADER.fullmatch(bare) or not span or alone else f"{span} {own}"
            )
        header, rows = merged, [rows[1], *rows[2:]]
    return header, rows


def change_name(level: str, col: _Column) -> str:
    """A change column's name for the row's level: "UK revenue change", "revenue sequential
    change", "BFSI revenue constant currency change"."""
    basis = f"{col.basis} " if col.basis else ""
    return f"{level} {basis}{'sequential change' if col.sequential else 'change'}"


def special_cell(
    label: str,
    f: Figure,
    col: _Column,
    above: str | None,
    level: str | None,
    dimension: bool,
    caption: str,
    title: str,
) -> str | None:
    """The metric of a percentage cell that its row label alone does not name, or None: the
    change of the row above ("YoY  +6.9%" under "Revenue (£m)"), a part's share of the whole
    under "Share", and a part's change in a table by region or segment that gives no level
    ("| North America | 58.2% | 4.8% |")."""
    if f.unit != "percent" or col.period is None:
        return None
    name = NOTE_TEXT.sub(" ", label).strip()
    if _CHANGE_OF_ABOVE.fullmatch(name) and above:
        if col.change:
            return None  # the change of a change
        return change_name(above, replace(col, sequential=bool(_SEQUENTIAL.search(name))))
    part = name and reporting.family_of(name) is None and not TOTAL.match(name)
    if col.share and part:
        whole = next(
            (
                fam.label
                for text in (caption, title)
                if text
                and (fam := reporting.family_of(text)) is not None
                and fam.measure == "money"
            ),
            "revenue",
        )
        return f"{name} share of {whole}"
    if col.change and part and dimension and level is None:
        # "| North America | 58.2% | 4.8% |": the change of the part's revenue, or of the
        # measure the table's caption names ("Passenger traffic" over "Airport")
        return change_name(f"{name} {caption_measure(caption) or 'revenue'}", col)
    return None


# what a table's rows are parts of: "Region", "Segment", "Airport"
DIMENSION = re.compile(
    r"(?:regions?|segments?|markets?|countries|country|divisions?|business(?:es)?|categor(?:y|ies)"
    r"|products?|brands?|channels?|geograph(?:y|ies)|verticals?|industr(?:y|ies)|banners?"
    # the places and lines a company runs: "Airport", "Mine", "Terminal", "Product line"
    r"|(?:air)?ports?|terminals?|stores?|plants?|mines?|sites?|propert(?:y|ies)|hotels?|routes?"
    r"|concessions?|assets?|projects?|facilit(?:y|ies)|locations?|subsidiar(?:y|ies)"
    r"|product\s+lines?|models?|franchises?|platforms?|airlines?|networks?)",
    re.IGNORECASE,
)


# "A. Passenger traffic", "2) Cargo": a section's letter or number before its caption
_SECTION_MARK = re.compile(r"^\s*(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})[.)]\s+")


def caption_measure(caption: str) -> str | None:
    """The measure a table's caption names for its rows of parts ("A. Passenger traffic"
    -> "passenger traffic"), None for a caption that names none or a money line."""
    words = _SECTION_MARK.sub("", caption).strip()
    words = re.sub(r"\s*\([^()]*\)", "", words).strip()
    if not words or len(words.split()) > 4 or re.search(r"\d", words) or DIMENSION.fullmatch(words):
        return None
    fam = reporting.family_of(words)
    if fam is not None and fam.key == "revenue":
        return None  # "Net sales": the part's revenue, as the vocabulary names it
    return words.lower()
