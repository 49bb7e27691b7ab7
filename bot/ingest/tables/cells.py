"""Reading a table's cells: splitting a row into cells, the figures a cell holds (in either
decimal style), footnote markers, row headings and the names of change columns."""

from __future__ import annotations

import re
from calendar import month_name
from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import CALENDAR
from bot.facts.quantities import currency_names
from bot.ingest import lexicon as lx
from bot.ingest.figures import Figure, find_figures
from bot.ingest.layout import Sentence
from bot.ingest.model import KnownEntity
from bot.ingest.spans import resolve_time
from bot.ingest.timing import find_times

_MARKS = "*†‡§#¹²³⁴⁵⁶⁷⁸⁹⁰"
# "*", "¹", "(a)" at a cell's end, "items1)" after a word (German reports)
# ("(m)", "(k)", "(p)" are millions, thousands and pence, not notes)
# ("641,000 m³", "12 m²": a unit's power, no mark; left off, the "m" read as millions)
_MARKER = re.compile(
    rf"(?!(?<=\dm)[²³]|(?<=\sm)[²³])[{re.escape(_MARKS)}]+|\((?:[a-jlnoq-z]|\d)\)(?=\s*$)|(?<=[A-Za-z])(?<!\bm)(?<!\bkm)\d\)(?=\s*$)"
)
_FOOTNOTE = re.compile(rf"^\s*(?P<mark>[{re.escape(_MARKS)}]+|\(\w\)|\d\))\s+(?P<text>\S.*)$")
_MONTH_YEAR = re.compile(
    r"\b(?i:announced|issued|published|given|stated|set)\b.*?\b(?:in|on)\s+(?P<when>[A-Z][a-z]+\.?"
    r"(?:\s+\d{1,2},?)?\s+\d{4})",
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
        if glued is not None and _NOTE_MARK.fullmatch(glued["n"]):
            glued = None  # "Paying users (M) (1)   3.71": the label's footnote, no amount
        if glued is not None and len(parts) > 1:
            # "Full year FY2024 (Actual) 1,184.6   3.9": a long label leaves one space
            parts = [glued["label"], glued["n"], *parts[1:]]
    return [p.strip() for p in parts]


# a footnote's number in brackets after a label: "(1)", "(12)"
_NOTE_MARK = re.compile(r"\(\d{1,2}\)")
# a label closed by a bracket, then one space and the row's first amount
_GLUED_FIRST = re.compile(r"(?P<label>.*\S\))\s(?P<n>[(\-–−]?[$€£¥]?\d[\d,.]*%?\)?)")


# Thousands grouped with a space, a no-break space or an apostrophe: "4 812", "5'412.8".
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?![\d'’])")
# A decimal comma no thousands group can be: "212,4", "1.024,9", "(12,4)".
_COMMA_DECIMAL = re.compile(r"^[(\-−–△▲+]?\s*(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}\)?$")


def comma_decimals(values: list[str]) -> bool:
    """A table whose figure cells write a decimal comma ("212,4", "1.024,9"): its dots
    group thousands and its commas are decimal points, in every cell."""
    return any(_COMMA_DECIMAL.match(unmark(v)[0].strip()) for v in values)


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


_FLAT_TO = re.compile(r"\s*(?P<flat>flat)(?=\s+to\s+[+-]?\d[\d.]*\s*%)", re.IGNORECASE)


def cell_figures(cell: str) -> list[Figure]:
    """The figures of a table cell; a bare number is one even where prose would take it
    for a year ("2034" subscriptions under "30 Jun 2025")."""
    flat = _FLAT_TO.match(cell)
    if flat is not None:
        # "flat to +2.0%": a range from no change at all
        cell = " " * (flat.end("flat") - 2) + "0%" + cell[flat.end("flat") :]
    found = find_figures(cell)
    if not found and _BARE.fullmatch(cell.strip()):
        value = float(cell.strip().replace(",", "").replace("−", "-"))
        found = [Figure(0, len(cell), cell, value, "units", False)]
    return found


def unmark(cell: str) -> tuple[str, str]:
    """ "8.24 million units**" -> ("8.24 million units", "**")."""
    marks = "".join(m.group() for m in _MARKER.finditer(cell))
    return _MARKER.sub("", cell).strip(), marks


# "9M/2025", "Q3/2025": a heading's part of a year and the year, slashed (German style)
_SLASHED = re.compile(r"\b(?P<part>Q[1-4]|H[12]|[1-9]M|FY)/(?P<year>(?:19|20)?\d\d)\b")


# "4–6/2025", "1–12/2024": a Nordic report's months of a year, first to last, slashed
_MONTHS_SLASHED = re.compile(
    r"(?<![\w/.])(?P<a>1[0-2]|0?[1-9])\s?[–-]\s?(?P<b>1[0-2]|0?[1-9])/(?P<year>(?:19|20)\d\d)\b"
)


def _months_worded(m: re.Match[str]) -> str:
    first, last = int(m["a"]), int(m["b"])
    if first >= last:
        return m.group()
    return f"{month_name[first]}–{month_name[last]} {m['year']}"


def unslashed(cell: str) -> str:
    """ "Q3/2025" -> "Q3 2025"; "4–6/2025" -> "April–June 2025"."""
    return _MONTHS_SLASHED.sub(_months_worded, _SLASHED.sub(r"\g<part> \g<year>", cell))


# "30.09.2025", "31-03-2025": a day written the Indian and European way, day first (a US
# month-first date is written with slashes, which this never reads)
_DOTTED_DAY = re.compile(
    r"\b(?P<d>[0-3]?\d)(?P<sep>[.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"
)
# "3 months 30.06.2025" under "Preceding": a span and the day it ended, "ended" left unsaid
_SPAN_THEN_DAY = re.compile(
    r"\b(?P<span>(?:\d{1,2}|three|six|nine|twelve)\s+months)\s+(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b)",
    re.IGNORECASE,
)


def worded_days(cell: str) -> str:
    """A column heading with its day-first numeric dates written out ("3 months ended
    30.09.2025" -> "3 months ended 30 September 2025"), the way periods are read."""

    def word(m: re.Match[str]) -> str:
        day, month = int(m["d"]), int(m["m"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group()
        return f"{day} {month_name[month]} {m['y']}"

    month = _YEAR_MONTH.fullmatch(cell.strip())
    if month is not None and 1 <= int(month["m"]) <= 12:
        return f"{month_name[int(month['m'])]} {month['y']}"  # "2025/10": October 2025
    worded = _DOTTED_DAY.sub(word, cell)
    return _SPAN_THEN_DAY.sub(r"\g<span> ended ", worded) if worded != cell else cell


# "2025/10", "2024/10": a month written year first, a monthly revenue report's column
_YEAR_MONTH = re.compile(r"(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)")


CHANGE_HEADER = re.compile(
    r"(?:%\s*)?(?:(?:yoy|y/y|qoq|q/q)\s+)?(?:(?:cc|constant[\s-]currency|organic|reported)\s+)?"
    r"(?:Δ|∆|change|chg\.?|ch\.?|yoy|y/y|qoq|q/q|var(?:iance)?\.?|growth)(?:\s*(?:in\s*)?\(?\s*%\s*\)?)?"
    # "Change at CER", "Growth at constant currency": a change on a stated basis
    r"(?:\s+(?:at|in)\s+(?:cer|cc|constant\s+(?:currency|currencies|exchange\s+rates?)))?"
    r"|\+/-|\+/−|%",
    re.IGNORECASE,
)
# a currency's code written as a word, in title case: "(In Php millions)"
TITLE_CODES = "|".join(sorted(c.title() for c in currency_names() if re.fullmatch(r"[A-Z]{3}", c)))
NOTE_TEXT = re.compile(
    # ("(All figures in Rs. Mn)", "(Figures in GBP m)": the note says what it covers first)
    r"\(\s*(?:in\s+|(?:all\s+)?(?:amounts|figures)\s+in\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|(?-i:[A-Z]{1,2})\$|(?-i:[A-Z]{3})"
    rf"|(?-i:(?:{TITLE_CODES})\b))?\s*(?:thousands?|millions?"
    r"|billions?|trillions?|m|mn|mln|bn|bln|tn|k|'000|000s|crores?|lakhs?|cr)\b"
    r"(?:\s+of\s+[a-z.$€£¥ ]+?)?(?:\s+[a-z]+)?\s*\)"
    # ("(C$B)", "(US$M)": a country's dollar sign and its scale's letter)
    r"|\(\s*(?:(?:[$€£¥₹]|(?-i:[A-Z]{1,2})\$|rs\.?|usd|eur|gbp|jpy|inr)\s*(?:m|mn|bn|b|k)?"
    r"|(?-i:[A-Z]{3})\s*(?:m|mn|bn|k))\s*\)"
    r"|\(\s*(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr)\s+in\s+(?:thousands|millions|billions)\s*\)"
    # "(Dollars in millions, except per share data)"
    # (after an "unaudited;" that says how it was checked: "(unaudited; dollars in millions)")
    # ("(Rs in crore, except percentages)", "(₹ in lakh)": an Indian filing's the same way)
    r"|\(\s*(?:(?:un)?audited\s*[;,]\s*)?(?:u\.?s\.?\s+)?(?:dollars|euros?|pounds|yen|rupees|[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr)\s+in\s+"
    # ("(Rupees in '000)": a South Asian filing's thousands)
    r"(?:thousands|millions|billions|crores?|lakhs?|'000)\b[^)]*\)"
    # "($ millions, except per share)", "(EUR m, unless stated otherwise)", "(HK$ million,
    # unless otherwise stated)"
    r"|\(\s*(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|(?-i:[A-Z]{1,2})\$|(?-i:[A-Z]{3}))\s*"
    r"(?:thousands?|millions?|billions?|m|mn|bn)\s*[,;][^)]*\)"
    # "(Unit: 100 million yen, except per-share figures in yen)", "(All amounts in millions,
    # except for percentages)", "(Amounts in billions of yen, rounded; ...)": a filing's units
    r"|\(\s*(?:units?\s*:|(?:all\s+)?amounts\s+in|figures\s+in)\s*(?:100\s+million|hundreds?\s+of"
    r"\s+millions?|thousands?|millions?|billions?|trillions?)\b[^)]*\)"
    # "(mln zł, unless stated otherwise)", "(mln PLN)": the scale before the currency, as a
    # Polish or Czech report writes it
    r"|\(\s*(?:mln|mn|m|bn|bln|mld|thousands?|millions?|billions?)\s+(?:zł|Kč|(?-i:[A-Z]{3}))"
    r"\s*(?:[,;][^)]*)?\)"
    # "(Unit: NT$ thousand)", "(Unit: KRW million)", "(Unit: KRW 100 million, %)": the
    # currency before the scale
    # ("(Unit: KRW billion, except where noted)": rows with a unit of their own say so)
    r"|\(\s*units?\s*:\s*(?:[$€£¥₹]|(?-i:[A-Z]{1,2})\$|(?-i:[A-Z]{3}))\s*"
    r"(?:100\s+million|thousands?|millions?|billions?|trillions?)\s*(?:[,;][^)]*)?\)"
    # "(million yen)", "(billions of won)", "(yen)": a Japanese or Korean table's units
    r"|\(\s*(?:in\s+)?(?:(?:thousands?|millions?|billions?|trillions?)\s+(?:of\s+)?)?"
    r"(?:yen|won|yuan|euros?|dollars?|pounds?|rupees?)\s*\)"
    # "(₹ crore unless stated)", "(EUR m unless otherwise stated)"
    r"|\(\s*(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr)\s*(?:thousands?|millions?|billions?|m|mn|bn"
    r"|crores?|lakhs?|cr)\s+unless\b[^)]*\)"
    # "(Q3FY25, USD million)": a title's period, then its units; "(extract from template
    # S.05.01; amounts in EUR thousands)": a filing's source, then its units
    r"|\([^()]*?[,;]\s*(?:(?:all\s+)?(?:amounts|figures)\s+in\s+|in\s+)?"
    r"(?:[$€£¥₹]|usd|eur|gbp|jpy|inr|us\$|(?-i:[A-Z]{3}))\s*(?:thousands?|millions?|billions?|mn|bn"
    r"|crores?|lakhs?)\s*\)"
    # "(period end, 000s)", "(at year end, thousands)": a count's scale after what it says
    r"|\([^()]*?[,;]\s*(?:in\s+)?(?:'000|000s|thousands|millions)\s*\)"
    # "(Millions of US dollars, except volumes and percentages)"
    r"|\(\s*(?:in\s+)?(?:thousands|millions|billions)\s+of\s+[a-z.$€£¥ ]+?,[^)]*\)"
    # "(in millions, except percentages)": the scale, the cells' own signs the currency
    r"|\(\s*in\s+(?:thousands|millions|billions)\s*,[^)]*\)"
    # "(Rs crore)", "(₹ in crore)", "(in lakhs)": an Indian table's units
    r"|\(\s*(?:in\s+)?(?:[₹]|rs\.?|inr)?\s*(?:in\s+)?(?:crores?|lakhs?|cr)\s*\)",
    re.IGNORECASE,
)


def footnotes(text: str, after: int, published: date) -> dict[str, tuple[str, date | None]]:
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


_LEADS_IN = re.compile(r"\b(?:ended|ending|to|through|until|as\s+of|as\s+at)$", re.IGNORECASE)


def row_heading(
    header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> tuple[list[str], list[tuple[list[str], list[Sentence]]]]:
    """ "Nine months ended" above rows labelled "December 31, 2025": the caption leads into
    each row's label ("Nine months ended December 31, 2025"), keeping its unit note."""
    caption = unmark(header[0])[0] if header else ""
    words = NOTE_TEXT.sub("", caption).strip()
    if not _LEADS_IN.search(words):
        return header, body
    rows = [([f"{words} {values[0]}", *values[1:]], quotes) for values, quotes in body]
    return [caption.replace(words, "").strip(), *header[1:]], rows


_PERCENT_CELL = re.compile(
    r"^\s*(?:[+\-−–]?\s*\(?\s*[+\-−]?\d[\d.,]*\s*\)?\s*%|[+\-−–]?\d[\d.,]*\s*\(?%\)?)\s*$"
)


def paired_cells(header: list[str], body: list[tuple[list[str], list[Sentence]]]) -> list[str]:
    """ "Net sales   Operating profit" over rows of "327.4   6.8%   29.6   18.9%": each heading
    stands over a figure and its percentage change (a Japanese summary's "%" sub-column):
    the header with a "%" column after each heading, so `changes_named` names the change."""
    width = len(header) - 1
    rows = [values for values, _ in body if len(values) > 1 and any(v.strip() for v in values[1:])]
    if width < 1 or not rows or any(len(values) != 1 + 2 * width for values in rows):
        return header
    changes = [values[k] for values in rows for k in range(2, len(values), 2)]
    if not all(_PERCENT_CELL.match(v) or not v.strip() or v.strip() in "-–—" for v in changes):
        return header
    if not any(_PERCENT_CELL.match(v) for v in changes):
        return header
    return [header[0], *(cell for h in header[1:] for cell in (h, "%"))]


def changes_named(header: list[str]) -> list[str]:
    """ "Net sales | % | Operating income | %": each "%" column is the change of the metric
    before it, a percentage ("Net sales change (%)"), once the table is turned."""
    out = list(header)
    for j in range(2, len(out)):
        bare = unmark(out[j])[0].strip()
        before = unmark(header[j - 1])[0].strip()
        # ("Operating income %": the metric's heading reaching over its % column)
        same = bare.endswith("%") and bare[:-1].strip() in ("", before)
        if (same or CHANGE_HEADER.fullmatch(bare)) and not CHANGE_HEADER.fullmatch(before):
            metric = " ".join(NOTE_TEXT.sub(" ", before).split())
            out[j] = f"{metric} change (%)" if metric else out[j]
    return out


_OPENED = frozenset("opened openings opening new added additions".split())
_CLOSED = frozenset("closed closures closing closings shut".split())


def counted_change(thing: str | None, counted: str | None) -> str | None:
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


def own_name(label: str, entity: KnownEntity) -> bool:
    names = {n.casefold() for n in (entity.name, *entity.aliases)}
    names |= {n.split()[0] for n in names if n.split()}  # "Wrenfield" of "Wrenfield Home Co."
    return label.strip().casefold() in names
