"""The table reader: every figure cell of a table is one proposal, with the period of its
column and the metric of its row, quoted by its row.

Tables come as Markdown rows ("| Revenue | $1.71 billion |") or space-aligned columns
("A220 Family      93      49"); `layout.py` marks both as rows. The first header cell is
the caption: it may give the period ("Second quarter", "Fiscal year ending March 31,
2009"), the kind ("2011 sales target") and the product ("LG smartphones, Q2 2011"). The
other header cells give each column its own period ("2018"), its role in a revision
("Previous forecast" / "Revised"), or its measure ("Deliveries", "Gross orders"). Footnote
markers (*, **, ¹) are dropped from cells; a footnote that dates a figure ("Forecast
announced in November 2008") dates the cells it marks.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.facts import reporting
from bot.facts.model import Kind, Period, SalesBotError
from bot.facts.periods import CALENDAR
from bot.facts.quantities import DOLLAR_SIGNS, normalize_unit
from bot.ingest import lexicon as lx
from bot.ingest.columns import aligned
from bot.ingest.figures import Figure, find_figures
from bot.ingest.layout import Layout, Sentence
from bot.ingest.leads import lead_measure
from bot.ingest.lexicon import FORECAST_CUES, KIND_NOUNS, TARGET_CUES
from bot.ingest.metrics import part_name, table_metric
from bot.ingest.model import KnownEntity, Proposal
from bot.ingest.thresholds import labelled_count
from bot.ingest.timing import find_times, fiscal_year, resolve_time

_SCALE_NOTE = re.compile(
    r"\(\s*(?:in\s+)?(?P<cur>[$€£¥]|usd|eur|jpy|gbp)?\s*(?P<scale>thousands|millions|billions)\s*\)",
    re.IGNORECASE,
)
_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_MARKS = "*†‡§#¹²³⁴⁵⁶⁷⁸⁹⁰"
# "*", "¹", "(a)" at a cell's end, "items1)" after a word (German reports)
# ("(m)", "(k)", "(p)" are millions, thousands and pence, not notes)
_MARKER = re.compile(
    rf"[{re.escape(_MARKS)}]+|\((?:[a-jlnoq-z]|\d)\)(?=\s*$)|(?<=[A-Za-z])(?<!\bm)(?<!\bkm)\d\)(?=\s*$)"
)
_FOOTNOTE = re.compile(rf"^\s*(?P<mark>[{re.escape(_MARKS)}]+|\(\w\)|\d\))\s+(?P<text>\S.*)$")
_OLD = re.compile(r"\b(?:previous|prior|earlier|original|old|initial|before)\b", re.IGNORECASE)
_NEW = re.compile(r"\b(?:revised|new|current|updated|latest|now)\b", re.IGNORECASE)
_EMPTY = re.compile(r"^\s*(?:n/?a|—|–|-+|nm|n\.m\.|)\s*$", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(
    r"\b(?i:announced|issued|published|given|stated|set)\b.*?\b(?:in|on)\s+(?P<when>[A-Z][a-z]+\.?"
    r"(?:\s+\d{1,2},?)?\s+\d{4})",
)
# Header words that say nothing about a column: "Metric", "Figure", "2025 by programme".
_HEADER_WORDS = frozenset(
    "by figure figures value values amount amounts in for the metric metrics item items measure"
    " measures kpi kpis indicator indicators line programme program category ending ended ends"
    " through until to of revision revisions revised results result summary highlights reference"
    " consolidated full-year selected key financial notice regarding actual actuals"
    # a column of periods is headed by what it holds: "Period", "Quarter", "Fiscal year"
    " period periods quarter quarters year years month months half week weeks date fiscal"
    # and by what its rows are: "by region"
    " region regions segment segments market markets country countries division divisions"
    " vertical verticals industry industries geography geographies banner banners".split()
)
# a row's physical unit in brackets: "(million tonnes)", "(million m3)", "(thousand hl)"
_PHYSICAL_NOTE = re.compile(
    r"\(\s*(?:(?:thousands?|millions?|billions?|mn|m|k|'000)\s+)?(?:of\s+)?(?:metric\s+)?"
    r"(?:tonnes|tons|t|mt|m3|m³|cubic\s+met(?:re|er)s|litres|liters|hl|hectolitres|barrels|bbl"
    r"|boe|oz|ounces|kg|mwh|gwh|twh)\s*\)",
    re.IGNORECASE,
)
# "(Domestic + Exports)" after "Total": the parts it adds up, no name of its own
_BRACKETED_SUM = re.compile(r"\s*\([^()]*\+[^()]*\)\s*")
_TOTAL = re.compile(
    r"^\s*(?:total|all|overall|group\s+total|grand\s+total)\b|^\s*(?:group|consolidated)\s*$",
    re.IGNORECASE,
)


def cells(row: str) -> list[str]:
    if "|" in row:
        parts = row.split("|")
        if parts and not parts[0].strip():
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
    elif "\t" in row:
        parts = row.split("\t")
    else:
        parts = re.split(r"\s{2,}", row.strip())
        # "$   1.48": a currency sign set apart from its amount is part of the cell
        joined: list[str] = []
        for part in parts:
            if joined and joined[-1].strip() in ("$", "€", "£", "¥"):
                joined[-1] = f"{joined[-1].strip()} {part}"
            else:
                joined.append(part)
        parts = joined
        glued = _GLUED_FIRST.fullmatch(parts[0]) if parts else None
        if glued is not None and len(parts) > 1:
            # "Full year FY2024 (Actual) 1,184.6   3.9": a long label leaves one space
            parts = [glued["label"], glued["n"], *parts[1:]]
    return [p.strip() for p in parts]


# a label closed by a bracket, then one space and the row's first amount
_GLUED_FIRST = re.compile(r"(?P<label>.*\S\))\s(?P<n>[(\-–−]?\d[\d,.]*%?\)?)")


# Thousands grouped with a space, a no-break space or an apostrophe: "4 812", "5'412.8".
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?![\d'’])")
# A decimal comma no thousands group can be: "212,4", "1.024,9", "(12,4)".
_COMMA_DECIMAL = re.compile(r"^[(\-−–△▲+]?\s*(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}\)?$")


def comma_decimals(values: list[str]) -> bool:
    """A table whose figure cells write a decimal comma ("212,4", "1.024,9"): its dots
    group thousands and its commas are decimal points, in every cell."""
    return any(_COMMA_DECIMAL.match(_unmark(v)[0].strip()) for v in values)


def plain_number(cell: str, comma_decimal: bool = False) -> str:
    """A cell's number in the notation the figure reader knows: "4 812" -> "4,812",
    "5'412.8" -> "5,412.8", and in a decimal-comma table "1.024,9" -> "1,024.9"."""
    if comma_decimal:
        cell = re.sub(
            r"\d[\d.]*,\d+|\d{1,3}(?:\.\d{3})+(?![\d,])",
            lambda m: m.group().replace(".", "\0").replace(",", ".").replace("\0", ","),
            cell,
        )
    cell = _DASH_MINUS.sub("-", cell)  # "–12,3": a typeset minus
    return _GROUPED.sub(lambda m: re.sub(r"[ \u00a0\u202f'’]", ",", m.group()), cell)


_DASH_MINUS = re.compile(r"(?:(?<=^)|(?<=[\s(]))[–−△▲](?=\s?\d)")  # (△: Japanese minus)


_BARE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")


def cell_figures(cell: str) -> list[Figure]:
    """The figures of a table cell; a bare number is one even where prose would take it
    for a year ("2034" subscriptions under "30 Jun 2025")."""
    found = find_figures(cell)
    if not found and _BARE.fullmatch(cell.strip()):
        value = float(cell.strip().replace(",", "").replace("−", "-"))
        found = [Figure(0, len(cell), cell, value, "units", False)]
    return found


def _unmark(cell: str) -> tuple[str, str]:
    """ "8.24 million units**" -> ("8.24 million units", "**")."""
    marks = "".join(m.group() for m in _MARKER.finditer(cell))
    return _MARKER.sub("", cell).strip(), marks


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


_FULL_YEAR = re.compile(r"full[\s-]year", re.IGNORECASE)


def _period(texts: list[str], entity: KnownEntity, published: date, kind: Kind) -> Period | None:
    """The narrowest period any of TEXTS names (the caption and the column combined)."""
    best = None
    for text in texts:
        found = [t for t in find_times(text, published) if not t.is_date]
        for t in found:
            p = resolve_time(t, cal=entity.calendar, as_of=published, kind=kind, anchor=None)
            if p is not None and (best is None or p.months < best.months):
                best = p
    return best


def _residue(text: str, published: date) -> str:
    """What a header says besides its time phrases and kind words."""
    for t in sorted(find_times(text, published), key=lambda t: -t.start):
        text = text[: t.start] + " " + text[t.end :]
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


def _without_times(text: str, published: date) -> str:
    """TEXT less its time phrases: "FY26 adjusted profit before tax" -> "adjusted profit
    before tax" (the words around them kept as written)."""
    for t in sorted(find_times(text, published), key=lambda t: -t.start):
        text = text[: t.start] + " " + text[t.end :]
    return " ".join(text.split())


# "9M/2025", "Q3/2025": a heading's part of a year and the year, slashed (German style)
_SLASHED = re.compile(r"\b(?P<part>Q[1-4]|H[12]|[1-9]M|FY)/(?P<year>(?:19|20)?\d\d)\b")


def _heading(cell: str) -> str:
    return _SLASHED.sub(r"\g<part> \g<year>", cell)


def _columns(header: list[str], entity: KnownEntity, published: date) -> list[_Column]:
    header = [_heading(h) for h in header]
    caption = _unmark(header[0])[0] if header else ""
    cap_kind = _kind_of(caption)
    out = [_Column(None, None, None, None)]
    for cell in header[1:]:
        cell, marks = _unmark(cell)
        note = _unit_note(cell)
        if note is not None:
            # the column's units are no part of what it counts
            cell = _BARE_NOTE.sub(" ", _NOTE_TEXT.sub(" ", cell)).strip()
        kind = _kind_of(cell) or cap_kind
        period = _period(
            [f"{caption} {cell}", f"{cell} {caption}", cell, caption],
            entity,
            published,
            kind or Kind.ACTUAL,
        )
        part = _period([caption], entity, published, kind or Kind.ACTUAL)
        # ("Full year FY2024 (Actual)": the year the cell names, not "full year" read as
        # the current one)
        year = _period([_FULL_YEAR.sub(" ", cell)], entity, published, kind or Kind.ACTUAL)
        if year is not None and part is not None and year.months == part.months:
            period = year  # "Results for FY3/24" under a caption about FY3/25
            if _kind_of(cell) is None and year.end < published:
                kind = None  # a year already over, with no forecast word: results
        if part is not None and year is not None and part.months < 12 <= year.months:
            # "Fiscal third quarter" over columns "FY2024" / "FY2023": that quarter of
            # each column's year, not the quarter nearest the publication date
            period = _same_part_of(part, year, entity)
        role = "old" if _OLD.search(cell) else "new" if _NEW.search(cell) else None
        rest = _residue(cell, published)
        measure = rest if rest and reporting.family_of(rest) is not None else None
        pct = "%" in cell or re.search(r"\bper\s?cent\b", cell, re.IGNORECASE) is not None
        versus = _VERSUS.search(cell)
        if versus is not None:
            # "H1 2025 vs H1 2024": the change of the first over the second
            left = _period([cell[: versus.start()]], entity, published, kind or Kind.ACTUAL)
            if left is not None and _period([cell[versus.end() :]], entity, published, Kind.ACTUAL):
                out.append(_Column(left, kind, None, None, marks, change=True))
                continue
        if _CHANGE_HEADER.fullmatch(cell.strip()) and (period is None or year is None):
            # "Δ" after "9M 2025 | 9M 2024": the change over the first of the pair
            first = next((c for c in reversed(out) if c.period is not None and not c.change), None)
            group = [c for c in out if c.period is not None and not c.change]
            since = [c for c in out[::-1] if c.change]
            start = group if not since else [c for c in group if out.index(c) > out.index(since[0])]
            first = start[0] if start else first
            if out[-1].change and out[-1].period is not None:
                # "QoQ | YoY" side by side: two changes of the same column
                first = next(c for c in group if c.period == out[-1].period)
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
                        basis="constant currency" if _CC_HEADER.search(cell) else "",
                    )
                )
                continue
            out.append(_Column(None, None, None, None, marks, change=True, percent=pct))
            continue
        if _SHARE_HEADER.fullmatch(cell.strip()):
            # "Share", "% of revenue": each row's share of the whole, for the caption's period
            share_period = _period([caption], entity, published, kind or Kind.ACTUAL)
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
        thing = _residue(re.sub(r"\([A-Z](?:\s*[-–]\s*[A-Z])?\)", " ", cell), published)
        thing = thing if len(thing) > 2 and measure is None and not _YTD.search(cell) else None
        if thing and " " not in thing and thing[1:].islower():
            thing = thing.lower()  # "Smartphones" as a heading, "smartphones" in a name
        out.append(
            _Column(
                period,
                kind,
                role,
                measure,
                marks,
                ytd=bool(_YTD.search(cell)),
                thing=thing,
                note=note,
            )
        )
    return _to_date(out)


# "YTD 2025", "Year to date": from the year's start to the end of the table's latest
# period in that year, not the whole year the header names
_YTD = re.compile(r"\b(?:ytd|year[\s-]to[\s-]date)\b", re.IGNORECASE)


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


_CHANGE_HEADER = re.compile(
    r"(?:%\s*)?(?:(?:yoy|y/y|qoq|q/q)\s+)?(?:(?:cc|constant[\s-]currency|organic|reported)\s+)?"
    r"(?:Δ|∆|change|chg\.?|ch\.?|yoy|y/y|qoq|q/q|var(?:iance)?\.?|growth)(?:\s*(?:in\s*)?\(?\s*%\s*\)?)?"
    # "Change at CER", "Growth at constant currency": a change on a stated basis
    r"(?:\s+(?:at|in)\s+(?:cer|cc|constant\s+(?:currency|currencies|exchange\s+rates?)))?"
    r"|\+/-|\+/−|%",
    re.IGNORECASE,
)
_VERSUS = re.compile(r"\s(?:vs\.?|versus|v\.?|compared\s+with)\s", re.IGNORECASE)
_SEQUENTIAL = re.compile(r"\b(?:qoq|q/q)\b", re.IGNORECASE)
_CC_HEADER = re.compile(
    r"\b(?:cc|cer|constant[\s-]currency|constant\s+exchange\s+rates?)\b", re.IGNORECASE
)
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
_STOCK_ROW = re.compile(
    # (a subscription's revenue is earned over a period: no level)
    r"backlog|order\s+book|subscri(?!ptions?\s+(?:revenue|sales|income|fees))|inventor"
    r"|headcount|employees|stores|customers|users"
    # a subscription company's levels: "ARR", "RPO", "cRPO"
    r"|\bARR\b|\bc?RPO\b|recurring\s+revenue|performance\s+obligations"
    r"|members|cash\s+(?:and|position)|net\s+debt"
    # a label that says it is counted on a day: "Pubs operated at period end"
    r"|\bat\s+(?:the\s+)?(?:period|year|quarter|half[\s-]year)[\s-]end\b|\bend\s+of\s+(?:the\s+)?"
    r"(?:period|year|quarter)\b|\bat\s+(?:period|year)\s+end\b",
    re.IGNORECASE,
)
_PERCENT_LABEL = re.compile(r"\(\s*%\s*\)|\bin\s+%|\(\s*per\s?cent\s*\)|,\s*%\s*$", re.IGNORECASE)
_PERCENT_ROW = re.compile(
    r"margin|(?<!per\s)share|rate|ratio|%|percent|growth|change|yield|load\s+factor|occupancy"
    r"|utili[sz]ation",
    re.I,
)
_UNIT_SUFFIX = re.compile(r",\s*(?:in\s+)?%\s*$")
_SUB_ROW = re.compile(r"^\s*(?:[–—-]|of\s+which|thereof|o/w|incl\.?|including)\s*:?\s*", re.I)
# "(35)", "($0.12)", "$ (0.12)": an accountant's minus
_PAREN_NUMBER = re.compile(
    r"(?P<cur>[$€£¥]\s*)?\(\s*(?P<n>[$€£¥]?\s*\d[\d,.]*)\s*(?P<inner>%)?\s*\)"
    r"(?P<scale>\s*(?:m|mn|bn|k|million|billion|%))?"  # "$(38)m", "(0.4)%", "(1.8%)"
)
_NOT_MONEY_ROW = re.compile(
    r"\bunits?\b|per\s+share|\(\s*(?:thousands|millions)\s*\)|%|percent|margin|employees"
    r"|headcount|stores|customers|subscri(?!ptions?\s+(?:revenue|sales|income|fees))",
    re.IGNORECASE,
)
_TABLE_NOTE = re.compile(
    r"\(\s*(?:(?:in|amounts\s+in|figures\s+in)\s+)?(?P<scale>thousands|millions|billions)"
    r"(?:\s+of\s+(?P<cur>[A-Za-z.$€£¥ ]+?))?\s*(?:,|\))",
    re.IGNORECASE,
)
_CELL = re.compile(r"\S+(?:\s\S+)*")
_SCALE_WORD = re.compile(
    r"\d\s*(?:thousand|million|billion|trillion|mn|mln|bn|bln|m|k|b)\b", re.IGNORECASE
)


def _line(text: str, at: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : len(text) if end < 0 else end]


def _column_heads(line: str) -> bool:
    """A line of column headings below the first: "Quarter   ($ millions)   sales change",
    a label and two or more cells, none a figure."""
    parts = re.split(r"\s{2,}", line.strip())
    return len(parts) >= 3 and not any(re.search(r"\d", p) for p in parts[1:])


def _stacked_header(text: str, rows: list[Sentence]) -> tuple[list[str], int, int] | None:
    """A space-aligned table whose header is several indented lines ("Three Months Ended",
    "Sept 30,", "2024"; or headings wrapped over lines, "Profit attributable to" / "owners
    of parent"): each column's header is the lines' cells above it, a cell spanning the
    columns up to the next one ("Three Months Ended" over two). With the number of the
    table's rows that are header lines."""
    if "|" in rows[0].text or len(rows) < 2:
        return None
    lines_of = [_line(text, r.start) for r in rows]
    # the first data row is the first line with a label at the margin
    first_data = next(
        (
            i
            for i, (_, line) in enumerate(lines_of)
            if i > 0
            # a label at the margin, or set in a little with amounts after it ("  Subscription
            # $ 297,512" below "Revenue:", "  Coolabah Creek (CC)  71,240" below "Gold
            # produced (oz)"); a line set in with no amount is a header line
            and (
                line[:1].strip()
                or (
                    _SET_IN.match(line)
                    and _AMOUNT_CELL.search(line)
                    # (below a heading that says so: "Revenue:", "Gold produced (oz)"; a line
                    # set in below any other may be a header line or a period)
                    and _heading_above(text, rows[i]) is not None
                )
            )
            and not (line[:1] == "(" and _unit_note(line[:40]))
            and not _column_heads(line)
            and len(_CELL.findall(line)) >= 2  # ("Nine months ended" alone heads the rows)
        ),
        None,
    )
    if first_data is None:
        return None
    spans = [(m.start(), m.end()) for m in _CELL.finditer(lines_of[first_data][1])]
    if len(spans) < 2:
        return None

    def label(line: str) -> str:
        # "(in millions)" where a label would be is the table's unit, not a row's name
        head = line[: spans[0][1] + 1].strip()
        cell = _CELL.match(line)
        if head.startswith("(") and cell is not None and _unit_note(cell.group()) is not None:
            return ""
        return head

    if label(lines_of[0][1]):
        return None  # the first row has a label: an ordinary one-line header
    lines, at, note, top = [], lines_of[first_data - 1][0], "", lines_of[0][0]
    if first_data > 1 and _LABEL_ONLY.fullmatch(lines_of[first_data - 1][1]):
        # "Gold produced (oz)" at the margin over the rows set in below it heads those rows
        # (`_heading_above`), not the columns: never the table's caption
        at = lines_of[first_data - 2][0]
    while at > 0 and len(lines) < 5:
        start, line = _line(text, at)
        if not line.strip() or (label(line) and start < lines_of[0][0]):
            break  # (a labelled line of the table's own rows is its last heading line:
            # "Quarter   ($ millions)   sales change", its label the caption)
        if _READING_NOTE.fullmatch(line.strip()):
            # "(Percentages show changes from the same period of the previous fiscal year)"
            # over the headings: how to read the cells, no column's name
            at = start - 1
            continue
        top = start
        cell = _CELL.match(line)
        note = note or (cell.group() if cell is not None else "")
        cut = cell.end() if cell is not None else spans[0][1] + 1
        if cell is None and (first := _CELL.search(line)) is not None:
            cut = min(cut, first.start())  # a heading set in over the labels keeps its words
        lines.insert(0, " " * cut + line[cut:])
        at = start - 1
    if len(lines) < 2:
        return None
    header, units = [note], []
    for k, (a, b) in enumerate(spans[1:], start=1):
        parts = []
        for line in lines:
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
            elif above and not (k > 1 and above[-1].end() > spans[k - 1][0]):
                # a heading spanning this column and the one before ("Three Months Ended"),
                # never the heading of the column before ("52 weeks to" over a "Change")
                part = above[-1].group().rstrip(",")
            else:
                continue
            if _BARE_NOTE.fullmatch(part):
                units.append(part)  # "Million yen" over each amount: the table's unit
            else:
                parts.append(part)
        header.append(" ".join(parts))
    if units and len(set(units)) == 1:
        header[0] = f"{header[0]} ({units[0]})".strip()
    return header, first_data, top


_NOTE_SCALES = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3, "000s": 1e3, "'000": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}  # fmt: skip
_NOTE_TEXT = re.compile(
    r"\(\s*(?:in\s+|amounts\s+in\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|(?-i:[A-Z]{1,2})\$|(?-i:[A-Z]{3}))?\s*(?:thousands?|millions?"
    r"|billions?|m|mn|mln|bn|bln|k|'000|000s|crores?|lakhs?|cr)\b"
    r"(?:\s+of\s+[a-z.$€£¥ ]+?)?(?:\s+[a-z]+)?\s*\)"
    r"|\(\s*(?:(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr)\s*(?:m|mn|bn|b|k)?|(?-i:[A-Z]{3})\s*(?:m|mn|bn|k))\s*\)"
    r"|\(\s*(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr)\s+in\s+(?:thousands|millions|billions)\s*\)"
    # "(Dollars in millions, except per share data)"
    r"|\(\s*(?:u\.?s\.?\s+)?(?:dollars|euros?|pounds|yen|[$€£¥]|usd|eur|gbp|jpy)\s+in\s+"
    r"(?:thousands|millions|billions|crores?|lakhs?)\b[^)]*\)"
    # "($ millions, except per share)", "(EUR m, unless stated otherwise)"
    r"|\(\s*(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|(?-i:[A-Z]{3}))\s*(?:thousands|millions|billions|m|mn|bn)"
    r"\s*,[^)]*\)"
    # "(million yen)", "(billions of won)", "(yen)": a Japanese or Korean table's units
    r"|\(\s*(?:in\s+)?(?:(?:thousands?|millions?|billions?)\s+(?:of\s+)?)?"
    r"(?:yen|won|yuan|euros?|dollars?|pounds?|rupees?)\s*\)"
    # "(₹ crore unless stated)", "(EUR m unless otherwise stated)"
    r"|\(\s*(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr)\s*(?:thousands?|millions?|billions?|m|mn|bn"
    r"|crores?|lakhs?|cr)\s+unless\b[^)]*\)"
    # "(Q3FY25, USD million)": a title's period, then its units
    r"|\([^()]*?,\s*(?:[$€£¥₹]|usd|eur|gbp|jpy|inr|us\$)\s*(?:thousands?|millions?|billions?|mn|bn"
    r"|crores?|lakhs?)\s*\)"
    # "(Millions of US dollars, except volumes and percentages)"
    r"|\(\s*(?:in\s+)?(?:thousands|millions|billions)\s+of\s+[a-z.$€£¥ ]+?,[^)]*\)"
    # "(in millions, except percentages)": the scale, the cells' own signs the currency
    r"|\(\s*in\s+(?:thousands|millions|billions)\s*,[^)]*\)"
    # "(Rs crore)", "(₹ in crore)", "(in lakhs)": an Indian table's units
    r"|\(\s*(?:in\s+)?(?:[₹]|rs\.?|inr)?\s*(?:in\s+)?(?:crores?|lakhs?|cr)\s*\)",
    re.IGNORECASE,
)
_NOTE_CURRENCY = re.compile(
    r"(?-i:\b[A-Z]{1,2}\$)|[$€£¥₹]|\brs\b\.?|(?-i:\b[A-Z]{3}\b)|\b(?:usd|eur|gbp|jpy|chf|sek|yen|euros?|dollars?"
    r"|pounds?|u\.s\.\s+dollars)\b",
    re.IGNORECASE,
)


_BARE_NOTE = re.compile(
    r"^\s*(?:in\s+|all\s+figures\s+in\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|chf|sek|(?-i:[A-Z]{3}))\s*"
    r"(?:thousands?|millions?|billions?|m|mn|bn|k|'000|crores?|lakhs?|cr)\s*$"
    r"|^\s*(?:in\s+)?(?:thousands?|millions?|billions?)\s+(?:of\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|yen"
    r"|euros?|dollars?)\s*$"
    # "Key figures, EUR million": a caption's units after a comma
    r"|,\s*(?:in\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|chf|sek|(?-i:[A-Z]{3}))\s*"
    r"(?:thousands?|millions?|billions?|m|mn|bn|k|'000|crores?|lakhs?|cr)\s*$",
    re.IGNORECASE,
)


_CENTS_NOTE = re.compile(r"\(\s*(?:cents?|¢)(?:\s+per\s+share)?\s*\)", re.IGNORECASE)
_BARE_CURRENCY = re.compile(r"\(\s*(?P<cur>(?-i:[A-Z]{0,2})\$)\s*\)")
_PRICE_NOTE = re.compile(
    r"\(\s*(?P<cur>(?-i:[A-Z]{0,2})\$)\s*(?:per|/|a)\s*[\w-]+\s*\)", re.IGNORECASE
)
_PENCE_NOTE = re.compile(r"\(\s*(?:p|pence)\s*\)", re.IGNORECASE)
_PER_SHARE = re.compile(r"per\s+share|dividend|\beps\b", re.IGNORECASE)


def _unit_note(cell: str) -> tuple[float, str | None] | None:
    """ "(¥ billion)", "(£m)", "Units (millions)", "(millions of yen)", "(in thousands)",
    "EUR million": the scale (and currency) of a table's or a row's bare numbers."""
    m = _NOTE_TEXT.search(cell) or _BARE_NOTE.search(cell)
    if m is None:
        return None
    note = m.group()
    scale = re.search(
        r"thousands?|millions?|billions?|crores?|lakhs?|'000|000s|(?<=[₹\s(])cr\b|(?<=[$€£¥\s(])(?:mn|mln|bn|bln|m|k|b)\b"
        r"|(?<=[$€£¥])(?:mn|bn|m|k|b)\b",
        note,
        re.IGNORECASE,
    )
    cur = _NOTE_CURRENCY.search(note)
    unit = None
    if cur is not None:
        try:
            unit = normalize_unit(cur.group())
        except SalesBotError:
            unit = None
    if scale is None and unit is None:
        return None
    return (_NOTE_SCALES[scale.group().lower()] if scale else 1.0), unit


def _line_after(text: str, end: int) -> str:
    """The line right below a table: "(Millions of yen)" gives its units there too."""
    start = text.find("\n", end)
    if start < 0:
        return ""
    stop = text.find("\n", start + 1)
    line = text[start + 1 : len(text) if stop < 0 else stop].strip()
    return line if line.startswith("(") and line.endswith(")") else ""


def _year_named_above(text: str, top: int, entity: KnownEntity, published: date) -> Period | None:
    """The last fiscal year the paragraphs above a table name: "its forecast for the fiscal
    year ending March 31, 2026"."""
    found = None
    above = text[max(0, top - 800) : top]
    for t in find_times(above, published):
        p = resolve_time(t, cal=entity.calendar, as_of=published, kind=Kind.FORECAST, anchor=None)
        if p is not None and p.months == 12:
            found = p
    return found


def _table_note(text: str, table_start: int) -> tuple[float, str] | None:
    """ "Selected figures (in millions of U.S. dollars, ...)" just above a table: the scale
    and currency of its bare numbers."""
    title_note = _unit_note(_title_above(text, table_start))
    if title_note is not None and title_note[1] is not None:
        return title_note  # type: ignore[return-value]
    before = text[max(0, table_start - 400) : table_start].split("\n\n")[-1]
    m = _TABLE_NOTE.search(before) or _TABLE_NOTE.search(
        text, max(0, table_start - 400), table_start
    )
    if m is None or not m["cur"]:
        return None
    try:
        unit = normalize_unit(m["cur"].strip())
    except SalesBotError:
        return None
    return _SCALES[m["scale"].lower()], unit


_PREVIOUSLY = re.compile(
    r"(?:\b(?:previously|originally|first|which\s+(?:was|were))\s+|,\s*)"  # ", announced on"
    r"(?:announced|issued|published|released|disclosed|given)"
    r"\b[^.]{0,20}?\b(?:on|in)\s+(?P<when>[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
)


def _previously_stated(text: str, table_start: int, published: date) -> date | None:
    """ "forecasts ..., previously announced on May 9, 2024" before a revision table."""
    m = None
    for m in _PREVIOUSLY.finditer(text, max(0, table_start - 800), table_start):  # noqa: B007
        pass  # the last mention before the table
    if m is None:
        return None
    for t in find_times(m["when"], published):
        day = t.day
        if day is None and t.mode == "absolute":
            p = resolve_time(t, cal=CALENDAR, as_of=published, kind=Kind.ACTUAL, anchor=None)
            day = p.start if p is not None else None
        if day is not None and day < published:
            return day
    return None


def _title_above(text: str, table_start: int) -> str:
    """The short line right above a table, its title when the header has no caption."""
    lines = text[:table_start].rstrip("\n").split("\n")
    while len(lines) > 1 and _READING_NOTE.fullmatch(lines[-1].strip()):
        lines.pop()  # "(Percentages indicate year-on-year changes.)": how to read it
    line = lines[-1].strip() if lines else ""
    if "|" in line or re.search(r"\S\s{2,}\S", line):
        return ""  # the last row of the table above, not a title
    line = _SECTION_NUMBER.sub("", line)  # "1. Key operating metrics", "(b) Revenue"
    line = _SLIDE_MARK.sub("", line).strip()  # "[Slide 4] Revenue by region": where, not what
    if set(re.findall(r"[a-z]+", line.lower())) <= _GENERIC_TITLE:
        return ""  # "Key operating metrics", "Highlights": no product, period or measure
    return line if 0 < len(line) <= 120 and not line.endswith((".", ":")) else ""


# A bracketed note on how to read a table, between its title and itself
_READING_NOTE = re.compile(
    r"\((?:[^()]*\b(?:indicate|show|represent|denote)s?\b[^()]*)\)\.?"
    r"|\(\s*(?:un)?audited\s*\)",  # "(unaudited)" below the "(in thousands)" note
    re.IGNORECASE,
)
_SLIDE_MARK = re.compile(r"^\s*\[(?:slide|page|p\.?|chart|exhibit)\s*\d+\]\s*", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|\(?[a-zA-Z]\)|[A-Z]\.)\s+")
_GENERIC_TITLE = frozenset(
    "key main selected operating operational financial metrics figures highlights summary data"
    " statistics performance kpis kpi indicators overview results and table of operations"
    " consolidated condensed unaudited statements statement the particulars item items"
    # "(1) Consolidated operating results (cumulative)": a Japanese summary's year to date
    " cumulative".split()
)


_AND = re.compile(r"\s+(?:and|&)\s+|,\s+", re.IGNORECASE)


# a label's bracketed unit or short form: "Gold produced (oz)", "Coolabah Creek (CC)"
_BRACKETED = re.compile(r"\s*\([^()]{1,12}\)")


def _unnoted(label: str) -> str:
    """A row label or heading without its unit note or bracketed short form."""
    return _BRACKETED.sub(" ", _NOTE_TEXT.sub(" ", label)).strip()


def _lists_measures(caption: str) -> bool:
    """ "Production and cost", "Sales & earnings": a caption joining measures names the kinds
    of rows a table holds, none of them the product or measure of every row."""
    parts = [p for p in _AND.split(caption) if p.strip()]
    return len(parts) > 1 and any(reporting.family_of(p.split()[-1]) is not None for p in parts)


def _metric_columns(header: list[str], entity: KnownEntity, published: date) -> bool:
    """A table whose header cells name metrics ("Net sales | Operating profit") and no
    period: its rows are the periods or the revision's columns."""
    cols = [_NOTE_TEXT.sub(" ", _unmark(c)[0]) for c in header[1:]]
    named = [c for c in cols if c.strip() and reporting.family_of(_residue(c, published))]
    timed = [c for c in cols if _period([c], entity, published, Kind.ACTUAL) is not None]
    # (the rows decide: `_timed_rows` checks that every row label is a period or a statement)
    return len(named) >= 1 and not timed


def _timed_rows(
    body: list[tuple[list[str], list[Sentence]]], entity: KnownEntity, published: date
) -> bool:
    """Row labels that say when or which statement ("Previous forecast", "Results for
    FY3/24", "Q3 2024"), not what ("A320 Family")."""
    labels = [
        _unmark(values[0])[0]
        for values, _ in body
        if values and not set("".join(values)) <= set("-:| ")
    ]
    return bool(labels) and all(
        _CHANGE_ROW.match(x)
        or _kind_of(x) is not None
        or _OLD.search(x)
        or _NEW.search(x)
        or _period([x], entity, published, Kind.ACTUAL) is not None
        for x in labels
    )


def _transpose(
    header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> tuple[list[str], list[tuple[list[str], list[Sentence]]]]:
    rows = [
        (values, quotes)
        for values, quotes in body
        if len(values) >= 2
        and not set("".join(values)) <= set("-:| ")
        and not _CHANGE_ROW.match(_unmark(values[0])[0])  # "Change (B-A)": no figure of its own
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


def _footnotes(text: str, after: int, published: date) -> dict[str, tuple[str, date | None]]:
    """Footnotes just below a table: marker -> (its text, the date it gives a figure)."""
    out: dict[str, tuple[str, date | None]] = {}
    stop = after
    for _ in range(12):  # the next dozen lines only: a table's notes sit right below it
        nxt = text.find("\n", stop + 1)
        stop = len(text) if nxt < 0 else nxt
    for line in text[after:stop].split("\n")[1:12]:
        m = _FOOTNOTE.match(line)
        if m is None:
            if out and line.strip():
                break
            continue
        when = None
        d = _MONTH_YEAR.search(m["text"])
        if d is not None:
            for t in find_times(d["when"], published):
                day = t.day
                if day is None and t.mode == "absolute":  # "November 2008": its first day
                    p = resolve_time(
                        t, cal=CALENDAR, as_of=published, kind=Kind.ACTUAL, anchor=None
                    )
                    day = p.start if p is not None else None
                if day is not None and day <= published:
                    when = day
                    break
        out[m["mark"]] = (m["text"].strip(), when)
    return out


def _header_like(row: str) -> bool:
    """A row of column headings ("| EUR million | 30 Sep 2025 | 31 Dec 2024 | Δ |"): no
    cell after the first holds an amount."""
    rest = cells(row)[1:]
    if not rest or set("".join(rest)) <= set("-:| "):
        return False
    for cell in rest:
        bare = _heading(_YTD.sub("", _unmark(cell)[0]).strip())
        if not re.search(r"\d", bare) or _CHANGE_HEADER.fullmatch(bare.strip()):
            continue
        times = find_times(bare, date.today())
        if not times or sum(t.end - t.start for t in times) < len(bare.strip()) - 2:
            return False
    return True


def _tables(layout: Layout, text: str) -> list[list[Sentence]]:
    tables: list[list[Sentence]] = []
    previous = None
    for s in layout.sentences:
        if previous is not None and previous.role == "row" and _ROW_HEADING.fullmatch(s.text):
            continue  # "Revenue:" over rows set in below it: the table goes on
        if s.role == "row":
            # a heading row after data rows starts another table (HTML tables come with a
            # blank line after every row, so a blank line says nothing)
            apart = (
                previous is not None and _header_like(s.text) and not _header_like(previous.text)
            )
            if previous is not None and previous.role == "row" and not apart:
                tables[-1].append(s)
            else:
                tables.append([s])
        previous = s
    return [t for t in tables if len(t) >= 2]


# A heading line inside a space-aligned table, over the rows set in below it: "Revenue:",
# "Operating expenses:"
_ROW_HEADING = re.compile(r"[ \t]*[A-Z][A-Za-z&,'’ -]{1,40}:[ \t]*")
# a heading at the margin with no amount, its unit in brackets: "Gold produced (oz)"
_LABEL_ONLY = re.compile(r"[A-Z][A-Za-z&,'’ -]{1,40}\([^()\d]{1,12}\)[ \t]*")
_SET_IN = re.compile(r"[ \t]{1,8}[A-Za-z]")
_AMOUNT_CELL = re.compile(r"\s{2,}[(\-–$€£¥]?\s?\d[\d,.]*\)?%?(?:\s|$)")


# a bare heading at the margin: "Domestic", "Product sales" (no digits, no column gap)
_BARE_HEADING = re.compile(r"[A-Z][A-Za-z&'’ -]{1,40}")


def _section_heading(text: str, line_start: int) -> bool:
    """A label alone at the margin with two or more rows of amounts set in below it
    ("Domestic" over "   Motorcycles  2,41,386 ..." and "   Scooters  98,517 ..."): the
    heading of a group of rows, never the first line of a wrapped label."""
    end = text.find("\n", line_start)
    line = text[line_start : end if end >= 0 else len(text)].rstrip()
    if not _BARE_HEADING.fullmatch(line) or "  " in line:
        return False
    below = text[end + 1 :].split("\n", 2)[:2] if end >= 0 else []
    return len(below) == 2 and all(
        _SET_IN.match(b) and _AMOUNT_CELL.search(b) and _AMOUNT_CELL.search(b).start() > 0
        for b in below
    )


def _heading_above(text: str, row: Sentence) -> str | None:
    """The heading line right above ROW ("Revenue:"), or above the rows set in with it."""
    start = _line(text, row.start)[0]
    indent = _indent(text, row)
    at = start - 1
    while at > 0:
        line_start, line = _line(text, at)
        if _ROW_HEADING.fullmatch(line) or (
            indent > 0
            and line[:1].strip()
            and (_LABEL_ONLY.fullmatch(line) or _section_heading(text, line_start))
        ):
            return line.strip().rstrip(":").strip()
        if not line.strip() or len(line) - len(line.lstrip(" ")) < indent:
            return None
        at = line_start - 1
    return None


_LEADS_IN = re.compile(r"\b(?:ended|ending|to|through|until|as\s+of|as\s+at)$", re.IGNORECASE)


# A caption that only names what the rows are: the title above says the rest
_BY_DIMENSION = re.compile(
    r"\bby\s+(?:(?:industry\s+)?verticals?|industr(?:y|ies)|regions?|segments?|markets?"
    r"|countr(?:y|ies)|divisions?|business(?:es)?|geograph(?:y|ies)|banners?|brands?)\b",
    re.IGNORECASE,
)
_DIMENSION = re.compile(
    r"(?:regions?|segments?|markets?|countries|country|divisions?|business(?:es)?|categor(?:y|ies)"
    r"|products?|brands?|channels?|geograph(?:y|ies)|verticals?|industr(?:y|ies)|banners?)",
    re.IGNORECASE,
)


def _placed(
    text: str, first: Sentence, header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> list[tuple[list[str], list[Sentence]]]:
    """Rows of a space-aligned table with fewer cells than the header, each cell put under
    the column it stands below ("Revenue growth (%)          16.0" under the second one)."""
    head_line = _line(text, first.start)[1]
    if "|" in head_line or "\t" in head_line:
        return body
    out = []
    for values, quotes in body:
        if 1 < len(values) < len(header):
            placed = aligned(head_line, _line(text, quotes[0].start)[1], len(header))
            if placed is not None:
                values, quotes = placed, [quotes[0]] * len(placed)
        out.append((values, quotes))
    return out


def _indent(text: str, row: Sentence) -> int:
    """How far a row's label is set in: from the line's start, or in a Markdown row from its
    first cell's bar ("|   Rail Services |" under "| Revenue |")."""
    line = _line(text, row.start)[1]
    if "|" in line:
        first = line.lstrip(" ").removeprefix("|").split("|")[0]
        return len(first) - len(first.lstrip(" "))
    return len(line) - len(line.lstrip(" "))


def _uncaptioned(
    text: str, first: Sentence, header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> bool:
    """An indented heading row with one cell fewer than the rows below: its first cell heads
    the first column of figures, not the labels."""
    line = _line(text, first.start)[1]
    widths = [len(values) for values, _ in body if len(values) > 1]
    if "|" in line or not line[:1].isspace() or not widths or not header:
        return False
    if max(widths) == len(header) + 1:
        return True
    # "31 Oct 2025  31 Oct 2024" over rows that also have a change column with no heading:
    # the first heading stands right of every label, over the figures
    at = line.find(header[0])
    ends = []
    for values, quotes in body:
        row_line = _line(text, quotes[0].start)[1]
        if len(values) > 1 and values[0] in row_line:
            ends.append(row_line.find(values[0]) + len(values[0]))
    return bool(ends) and len(ends) == len([w for w in widths if w > 1]) and at > max(ends)


def _row_heading(
    header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> tuple[list[str], list[tuple[list[str], list[Sentence]]]]:
    """ "Nine months ended" above rows labelled "December 31, 2025": the caption leads into
    each row's label ("Nine months ended December 31, 2025"), keeping its unit note."""
    caption = _unmark(header[0])[0] if header else ""
    words = _NOTE_TEXT.sub("", caption).strip()
    if not _LEADS_IN.search(words):
        return header, body
    rows = [([f"{words} {values[0]}", *values[1:]], quotes) for values, quotes in body]
    return [caption.replace(words, "").strip(), *header[1:]], rows


def _changes_named(header: list[str]) -> list[str]:
    """ "Net sales | % | Operating income | %": each "%" column is the change of the metric
    before it, a percentage ("Net sales change (%)"), once the table is turned."""
    out = list(header)
    for j in range(2, len(out)):
        bare = _unmark(out[j])[0].strip()
        before = _unmark(header[j - 1])[0].strip()
        # ("Operating income %": the metric's heading reaching over its % column)
        same = bare.endswith("%") and bare[:-1].strip() in ("", before)
        if (same or _CHANGE_HEADER.fullmatch(bare)) and not _CHANGE_HEADER.fullmatch(before):
            metric = " ".join(_NOTE_TEXT.sub(" ", before).split())
            out[j] = f"{metric} change (%)" if metric else out[j]
    return out


def _merged_header(
    header: list[str], rows: list[Sentence], entity: KnownEntity, published: date
) -> tuple[list[str], list[Sentence]]:
    """Two heading rows of a Markdown or HTML table, the upper one with merged cells
    ("| | Third quarter | | Nine months | |" over "| (NOK million) | 2025 | 2024 | ..."):
    each column's heading is the upper cell spanning it (the nearest one to its left)
    and its own. A change column ("% change") stays a change column."""
    while len(rows) > 2 and "|" in rows[1].text and _header_like(rows[1].text):
        lower = cells(rows[1].text)
        upper = header + [""] * (len(lower) - len(header))
        merged, span = [" ".join(c for c in (upper[0], lower[0]) if c)], ""
        for j in range(1, len(lower)):
            span = upper[j] or span
            own = lower[j]
            bare = _unmark(own)[0].strip()
            mine = _period([bare], entity, published, Kind.ACTUAL)
            theirs = _period([span], entity, published, Kind.ACTUAL) if span else None
            # "Fourth quarter" over "Q4 FY24": the column's own period says it all
            alone = mine is not None and (theirs is None or theirs.months >= mine.months)
            alone = alone and theirs is not None
            merged.append(
                own if _CHANGE_HEADER.fullmatch(bare) or not span or alone else f"{span} {own}"
            )
        header, rows = merged, [rows[1], *rows[2:]]
    return header, rows


def _unwrap(text: str, rows: list[Sentence]) -> list[Sentence]:
    """A label wrapped over two lines is one row: "Revenue from connected" and the indented
    "services and spare parts   31,2 ..." below it, quoted together."""
    out: list[Sentence] = []
    for row in rows:
        previous = out[-1] if out else None
        if (
            previous is not None
            and len(cells(previous.text)) == 1
            and "|" not in row.text
            and text[_line(text, row.start)[0] : row.start].strip() == ""
            # indented under the label, or running on in lower case ("(Reference) Results
            # for the" / "fiscal year ended March 2025   468,215 ...")
            and (row.start > _line(text, row.start)[0] or row.text[:1].islower())
            and not _section_heading(text, _line(text, previous.start)[0])
        ):
            joined = f"{previous.text} {row.text}"
            out[-1] = Sentence(joined, previous.start, row.end, row.paragraph, row.role)
            continue
        out.append(row)
    return out


_OPENED = frozenset("opened openings opening new added additions".split())
_CLOSED = frozenset("closed closures closing closings shut".split())


def _counted_change(thing: str | None, counted: str | None) -> str | None:
    """ "Opened" beside "Stores": store openings; "Closed": store closures."""
    if thing is None or counted is None:
        return None
    word = thing.lower()
    noun = lx.LEVEL_PLURAL[counted.lower()]
    if word in _OPENED:
        return f"{noun} openings"
    if word in _CLOSED:
        return f"{noun} closures"
    return None


def _own_name(label: str, entity: KnownEntity) -> bool:
    names = {n.casefold() for n in (entity.name, *entity.aliases)}
    names |= {n.split()[0] for n in names if n.split()}  # "Wrenfield" of "Wrenfield Home Co."
    return label.strip().casefold() in names


def _change_name(level: str, col: _Column) -> str:
    """A change column's name for the row's level: "UK revenue change", "revenue sequential
    change", "BFSI revenue constant currency change"."""
    basis = f"{col.basis} " if col.basis else ""
    return f"{level} {basis}{'sequential change' if col.sequential else 'change'}"


def _special_cell(
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
    name = _NOTE_TEXT.sub(" ", label).strip()
    if _CHANGE_OF_ABOVE.fullmatch(name) and above:
        if col.change:
            return None  # the change of a change
        return _change_name(above, replace(col, sequential=bool(_SEQUENTIAL.search(name))))
    part = name and reporting.family_of(name) is None and not _TOTAL.match(name)
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
        # "| North America | 58.2% | 4.8% |": the change of the part's revenue
        return _change_name(f"{name} revenue", col)
    return None


def table_proposals(
    text: str, layout: Layout, *, ctx_published: date, entity: KnownEntity
) -> list[Proposal]:
    published = ctx_published
    out: list[Proposal] = []
    last_note: tuple[float, str | None] | None = None
    for rows in _tables(layout, text):
        header = cells(rows[0].text)
        stacked = _stacked_header(text, rows)
        top = _line(text, rows[0].start)[0]
        if stacked is not None:
            # "Three Months Ended / Sept 30, / 2024" over each column
            header, skip, top = stacked
            rows = [rows[0], *rows[skip:]]
        header, rows = _merged_header(header, rows, entity, published)
        first = _unmark(header[0])[0].strip() if header else ""
        by_word = first.lower() if _DIMENSION.fullmatch(first) else ""  # "Banner", "Region"
        amounts = _table_note(text, top) or _unit_note(_line_after(text, rows[-1].end))
        title = _title_above(text, top)
        if header and not _residue(_NOTE_TEXT.sub(" ", _unmark(header[0])[0]), published) and title:
            # "Revision of forecasts for FY3/25 (millions of yen)"
            header = [f"{title} {_unmark(header[0])[0]}".strip(), *header[1:]]
        elif header and title and _DIMENSION.fullmatch(_unmark(header[0])[0].strip()):
            # "Region | Smartphones | Tablets" under "Q3 2025 shipments by region (thousand
            # units)": the title says when, what and in what units
            header = [title, *header[1:]]
        body = [(cells(row.text), [row] * len(cells(row.text))) for row in _unwrap(text, rows[1:])]
        if stacked is None and _uncaptioned(text, rows[0], header, body):
            header = ["", *header]  # "      Fiscal 2025   Fiscal 2024": no caption cell
        if stacked is None:
            body = _placed(text, rows[0], header, body)
        header, body = _row_heading(header, body)
        if _metric_columns(header, entity, published) and _timed_rows(body, entity, published):
            header, body = _transpose(_changes_named(header), body)  # metrics across
        columns = _columns(header, entity, published)
        if any(c.period is None and c.role is not None for c in columns):
            # "Previous forecast (A) | Revised forecast (B)" with no year in the table: the
            # year of the forecast the text above it names
            year = _year_named_above(text, top, entity, published)
            columns = [
                replace(c, period=year) if c.period is None and c.role is not None else c
                for c in columns
            ]
        caption_cell = _unmark(header[0])[0] if header else ""
        caption_note = _unit_note(caption_cell)
        if caption_note is not None:
            amounts = caption_note  # "(¥ billion)", "Units (millions)" over the whole table
            caption_cell = _BARE_NOTE.sub(" ", _NOTE_TEXT.sub(" ", caption_cell))
        carried = amounts is None and last_note is not None and last_note[1] is not None
        if carried:
            amounts = last_note  # a second table of the same report, in the units of the first
        last_note = amounts if amounts is not None else last_note
        caption = _residue(caption_cell, published)
        if set(re.findall(r"[a-z]+", caption.lower())) <= _GENERIC_TITLE or _lists_measures(
            caption
        ):
            caption = ""  # "Key figures", "Production and cost": no one thing the rows count
        notes = _footnotes(text, rows[-1].end, published)
        lead = lead_measure(text, top)
        names = [entity.name, *entity.aliases]
        revised = any(c.role == "new" for c in columns) and any(c.role == "old" for c in columns)
        earlier = _previously_stated(text, rows[0].start, published) if revised else None
        parent: str | None = None
        parent_indent = 0
        parent_whole = False  # the row above is the whole company's total
        # the currencies the table's own cells write ("$ 842.6"): a bare money row's too
        currencies = {
            f.unit
            for values, _ in body
            for v in values[1:]
            for f in find_figures(_unmark(v)[0])
            if f.unit not in ("units", "percent")
        }
        comma = comma_decimals([v for values, _ in body for v in values[1:]])
        # "Region | Q3 ...", "Sales by segment": rows that are parts, named by no measure
        dimension = bool(
            _DIMENSION.fullmatch(caption_cell.strip()) or _BY_DIMENSION.search(title or "")
        )
        body_started, row_level = False, None
        # "Stores | Opened | Closed": the level a table counts, whose changes its other
        # columns count
        counted = next(
            (c.thing for c in columns if c.thing and c.thing.lower() in lx.LEVEL_PLURAL), None
        )
        for values, quotes in body:
            if len(values) < 2 or set("".join(values)) <= set("-:| "):
                continue
            label, label_marks = _unmark(values[0])
            if lx.RECONCILING.search(label) and (dimension or reporting.regions_in(title or "")):
                continue  # "Others and eliminations" in a table by region: no region's figure
            total = _TOTAL.match(label)
            summed = total is not None and _BRACKETED_SUM.fullmatch(label[total.end() :])
            if summed:
                # "Total (Domestic + Exports)": the sum its brackets spell out is all of it,
                # the table's measure with no part named
                label, total = "", None
            if total is not None and label[total.end() :].strip(" :"):
                # "Total revenue", "All mobile phones": the row names its own metric
                label, total = label[total.end() :].strip(" :"), None
            row_note = _unit_note(label)  # "Revenue (£m)", "Units shipped (thousands)"
            physical = _PHYSICAL_NOTE.search(label)
            if physical is not None and (row_note is None or row_note[1] is not None):
                # "Ready-mix (million m3)": a physical amount in its scale, never money
                scale = re.match(r"\(\s*(\w+)", physical.group())
                row_note = (_NOTE_SCALES.get(scale[1].lower(), 1.0) if scale else 1.0, None)
            if row_note is None and _PER_SHARE.search(label) and _PENCE_NOTE.search(values[0]):
                row_note = (0.01, "GBP")  # "Basic earnings per share (p)": pence, no footnote
            if row_note is None and _CENTS_NOTE.search(label):
                row_note = (0.01, "USD")  # "Earnings per share (cents)": the report's dollar
            bare_currency = _BARE_CURRENCY.search(label) if row_note is None else None
            if bare_currency is not None:
                # "Net revenue/hl (R$)" under "(R$ mn)": reais as written, no millions
                row_note = (1.0, DOLLAR_SIGNS.get(bare_currency["cur"].lower()[:-1], "USD"))
            price = _PRICE_NOTE.search(label) if row_note is None else None
            if price is not None:
                # "Milk price ($ per kgMS)", "AISC (A$/oz)": that dollar a unit
                row_note = (1.0, DOLLAR_SIGNS.get(price["cur"].lower()[:-1], "USD"))
            sub = _SUB_ROW.match(label)
            whole = False  # a "Group" row set in below its heading: the heading's metric
            indent = _indent(text, quotes[0])
            heading = _heading_above(text, quotes[0]) if indent else None
            if heading is not None and _residue(label, published).strip():
                # (a row named by a time, "  December 31, 2025" below "Nine months ended", is
                # a period of the table, never a part of its heading)
                # "  Subscription   $ 297,512" below "Revenue:": that heading's part
                parent, parent_indent = _residue(_unnoted(heading), published).lower(), 0
            whole_part = sub is not None and parent is not None and parent_whole
            if whole_part:
                # "of which Ashwa Electrix" below "Total": a part of the whole company, named
                # as written (a sub-brand keeps the company's name it carries)
                label = label[sub.end() :].strip()
            elif sub is not None and parent is not None:
                # "– Climate Solutions" under "Revenue": a part of the row above
                label = part_name(label[sub.end() :].strip(), parent)
            elif (
                parent is not None
                and indent > parent_indent
                and label.strip()
                # ("  December 31, 2025" below "Nine months ended": a period, no part)
                and _residue(label, published).strip()
            ):
                # "   E-bikes   40,500" set in below "Units sold": a part of it too; a
                # "Group" or "Total" row set in below it is all of it
                whole = total is not None
                label = parent if whole else part_name(label.strip(), parent)
            elif label.strip():
                parent = _residue(_unnoted(label), published).lower()
                parent_indent = indent
            parent_whole = bool(summed) or (
                total is not None and not label[total.end() :].strip(" :")
            )
            above_level = row_level if body_started else None  # the row above's metric
            body_started = True
            row_level = None  # the metric this row's level columns gave
            for j, raw in enumerate(values[1:], start=1):
                if j >= len(columns) or columns[j].period is None:
                    continue
                col = columns[j]
                row = quotes[j]
                cell, marks = _unmark(raw)
                if _EMPTY.match(cell) or _ORDINAL.search(cell):
                    continue
                cell = plain_number(cell, comma)
                negative = _PAREN_NUMBER.fullmatch(cell)
                if negative is not None:
                    # an accountant's minus
                    cell = (
                        (negative["cur"] or "").strip()
                        + negative["n"]
                        + (negative["inner"] or "")
                        + (negative["scale"] or "")
                    )
                cell_main = re.sub(r"\(.*?\)", "", cell)  # "+15% (from 4.7 million)"
                figures = cell_figures(cell_main)
                if len(figures) != 1:
                    continue  # a cell states one figure; anything else is not a value
                f = figures[0]
                if col.change and col.percent and f.unit == "units" and not f.explicit:
                    # "0.5" under "% change": a percentage the header states once
                    f = replace(f, unit="percent")
                special = _special_cell(
                    label, f, col, above_level, row_level, dimension, caption, title
                )
                if special is not None:
                    # the row above's change, a part's share of the whole, a region's change
                    out.append(
                        Proposal(
                            entity=entity.name,
                            metric=special,
                            kind=col.kind or Kind.ACTUAL,
                            period=col.period,
                            value=-f.value if negative is not None else f.value,
                            unit="percent",
                            as_of=published,
                            quote=row.text,
                            start=row.start,
                            metric_synonyms=(),
                            from_table=True,
                        )
                    )
                    continue
                # ("| PFS | ... | 20.4% |" under "Adj. EBITA margin Q3 2025": the column's rate)
                rate = _PERCENT_ROW.search(label) or _PERCENT_ROW.search(col.measure or "")
                if col.change != (f.unit == "percent" and not rate):
                    continue  # a change column holds changes; "-1.7 pp" is none we keep
                if col.change and _STOCK_ROW.search(label):
                    continue  # a level's change runs between two days: no figure of a period
                if col.day and not (_STOCK_ROW.search(label) or _STOCK_ROW.search(caption)):
                    continue  # a day's column only dates a level
                value, unit, high = f.value, f.unit, f.high
                bare = unit == "units" and not f.explicit
                if bare and _PERCENT_LABEL.search(label):
                    unit, bare = "percent", False  # "Occupancy (%)  68.4", "EBIT margin, %"
                note = row_note if row_note is not None else col.note or amounts
                if carried and row_note is None and col.note is None:
                    # the first table's money units fit only this table's money rows
                    row_fam = reporting.family_of(_residue(label, published))
                    note = note if row_fam is not None and row_fam.measure == "money" else None
                if (
                    note is not None
                    and unit in currencies
                    and not _SCALE_WORD.search(cell_main)
                    and not _NOT_MONEY_ROW.search(label)
                ):
                    value *= note[0]  # "$ 842.6" under "(in millions)": its scale too
                    high = None if high is None else high * note[0]
                elif note is not None and (bare or (row_note is not None and unit != "percent")):
                    factor, currency = note
                    money_row = not _NOT_MONEY_ROW.search(label) or row_note is not None
                    if currency is None or money_row or not bare:
                        value *= factor
                        high = None if high is None else high * factor
                        if (
                            currency is not None
                            and (bare or (row_note is not None and unit == "units"))
                            and money_row
                        ):
                            unit = currency  # "(in millions of U.S. dollars, except units)"
                        elif currency is None and bare and money_row and len(currencies) == 1:
                            # "Operating income 151.3" below "Net sales $ 842.6": dollars too
                            unit = next(iter(currencies))
                if negative is not None:
                    value = -value
                value = float(f"{value:.12g}")  # 1,024.9 thousand is 1,024,900, not ...0001
                suffix = cell_main[f.end :].strip().lower()
                if value < 0 and "(loss)" in label.lower():
                    suffix = "loss"  # "Operating income (loss)  (35)": an operating loss of 35
                named = _UNIT_SUFFIX.sub("", label)  # "EBIT margin, %": the unit said apart
                own = _period([label], entity, published, col.kind or Kind.FORECAST)
                if own is not None and col.role is not None:
                    # "FY26 adjusted profit before tax | £62m–£68m | £70m–£74m": under a
                    # Previous / Revised pair, the row says which year, and its name is the rest
                    named = _without_times(named, published) or named
                thing = _counted_change(col.thing, counted) or col.thing
                own_part = bool(counted) and not total and _own_name(named, entity)
                if own_part:
                    # "Wrenfield   318   9   5" in a table by banner: the company's name
                    # as one of its parts, never the whole company
                    named = f"{named} {by_word}".strip()
                metric = table_metric(
                    " ".join(x for x in ((named if not total or whole else ""), thing) if x)
                    + (" sequential change" if col.sequential else " change" if col.change else ""),
                    col.measure,
                    caption,
                    unit,
                    suffix,
                    names=[] if own_part or whole_part else names,
                )
                over = labelled_count(label) if unit == "units" else None
                if over is not None:
                    metric = over  # "Customers >$100k ARR": customers over $100,000
                if col.change and row_level and reporting.family_of(named) is None:
                    # "North America | 1,240 | 1,180 | 5%": the change of the row's own level,
                    # never a bare "change" or a region's "change"
                    metric = _change_name(row_level, col)
                counted_sales = False
                if metric is None and bare and not col.change and lead is not None:
                    # "Motorcycles  2,41,386" below "the sales figures of the Company ..." and
                    # "(in units)": a count the lines leading into the table say is sold
                    metric = table_metric(
                        named, lead, caption, unit, suffix, names=[] if whole_part else names
                    )
                    counted_sales = metric is not None
                if metric is None and unit == "units" and not col.change:
                    # "Cement (million tonnes)": an amount measured in a physical unit is the
                    # volume of what the row names
                    physical = _PHYSICAL_NOTE.search(label)
                    thing = label[: physical.start()].strip() if physical else ""
                    metric = f"{thing.lower()} volume" if thing else None
                if metric is None:
                    continue
                if (
                    unit not in ("units", "percent")
                    and not col.change
                    and reporting.family_of(metric) is None
                    and (dimension or reporting.regions_in(label))
                ):
                    # "| UK | 62.4 |" in a table by region, in money: the region's sales
                    metric = f"{metric} revenue"
                if not col.change:
                    row_level = metric
                fam = (
                    reporting.family_of(metric)
                    if bare and note is None and not counted_sales
                    else None
                )
                if fam is not None and fam.measure in ("money", "per_share"):
                    continue  # "Net sales | 1,600.0" with no currency anywhere: unknown amount
                if re.search(r"\bloss\b", metric) and value < 0:
                    value = -value
                kind = col.kind or Kind.ACTUAL
                period = own if own is not None and col.role is not None else col.period
                level = _STOCK_ROW.search(label) or (col.thing and _STOCK_ROW.search(col.thing))
                if level and not col.day and period.end <= published:
                    # "Stores at year end", "Order backlog" under a year: a level on its last day
                    period = Period(period.end, period.end)
                if kind is Kind.ACTUAL and (
                    period.start > published or (revised and period.end > published)
                ):
                    kind = Kind.FORECAST  # a revised figure for a year not yet over
                as_of, note = published, ""
                for mark in (marks, label_marks, col.marks):
                    if mark and mark in notes:
                        note = notes[mark][0]
                        as_of = notes[mark][1] or as_of
                if revised and col.role == "old" and as_of == published:
                    # "previously announced on May 9, 2024" above the table, else the day
                    # before: the earlier figure is history
                    as_of = earlier or published - timedelta(days=1)
                out.append(
                    Proposal(
                        entity=entity.name,
                        metric=metric,
                        kind=kind,
                        period=period,
                        value=value,
                        value_high=high,
                        unit=unit,
                        as_of=as_of,
                        quote=row.text,
                        start=row.start,
                        note=note,
                        metric_synonyms=(),
                        from_table=True,
                        total_row=total is not None,
                    )
                )
    return out
