"""Finding tables in a report and what is written around them: header-like rows, wrapped
rows, section headings, captions and notes above or after a table."""

from __future__ import annotations

import re
from datetime import date

from bot.facts.model import Kind, Period, SalesBotError
from bot.facts.periods import CALENDAR
from bot.facts.quantities import DOLLAR_SIGNS, currency_names, normalize_unit
from bot.ingest.columns import aligned
from bot.ingest.layout import Layout, Sentence
from bot.ingest.local_signs import coded_note, report_signs
from bot.ingest.model import KnownEntity
from bot.ingest.signs import defined_signs
from bot.ingest.spans import resolve_time
from bot.ingest.tables.cells import CHANGE_HEADER, NOTE_TEXT, cells, unmark, unslashed
from bot.ingest.tables.note_scales import in_english
from bot.ingest.timing import find_times

_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}


# "YTD 2025", "Year to date": from the year's start to the end of the table's latest
# period in that year, not the whole year the header names
YEAR_TO_DATE_HEAD = re.compile(r"\b(?:ytd|year[\s-]to[\s-]date)\b", re.IGNORECASE)
_TABLE_NOTE = re.compile(
    # ("(unaudited; in thousands of U.S. dollars)": a word of the note's own before its units)
    r"\(\s*(?:[\w ]{1,20}[;,]\s*)?(?:(?:in|(?:all\s+)?amounts\s+in|figures\s+in)\s+)?"
    r"(?P<scale>thousands|millions|billions"
    r"|trillions)"
    r"(?:\s+of\s+(?P<cur>[A-Za-z.$€£¥ ]+?))?\s*(?:[,;]|\))",
    re.IGNORECASE,
)


def line_blocks(text: str, least: int) -> list[list[tuple[int, str]]]:
    """The report's runs of at least LEAST lines with no blank line between, each line with
    its offset."""
    out: list[list[tuple[int, str]]] = [[]]
    at = 0
    for line in text.split("\n"):
        if line.strip():
            out[-1].append((at, line))
        elif out[-1]:
            out.append([])
        at += len(line) + 1
    return [b for b in out if len(b) >= least]


def line_at(text: str, at: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : len(text) if end < 0 else end]


NOTE_SCALES = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3, "000s": 1e3, "'000": 1e3,
    "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12,
    # "(Unit: 100 million yen)": a Japanese filing counts in oku, a hundred million
    "100 million": 1e8, "hundred million": 1e8, "hundreds of millions": 1e8,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}  # fmt: skip
_NOTE_CURRENCY = re.compile(
    # ("(EURm)", "(ZARbn)": a currency's code joined to its scale's letter)
    # ("(in millions of FCFA)": a CFA franc, its franc told by the report's countries)
    r"(?-i:\b[A-Z]{1,2}\$)|[$€£¥₹]|\brs\b\.?|(?-i:\bF\s?CFA\b)|(?-i:\b[A-Z]{3}(?:\b|(?=(?:mn|bn|m|k)\b)))|\bzł|\bkč"
    r"|\b(?:usd|eur|gbp|jpy|chf|sek|yen|won|yuan|renminbi|rupees?|euros?|dollars?"
    r"|pounds?|u\.s\.\s+dollars)\b",
    re.IGNORECASE,
)


BARE_NOTE = re.compile(
    # ("S$ million", "HK$ m": a dollar prefixed by its country's letters)
    r"^\s*(?:in\s+|all\s+figures\s+in\s+)?(?:(?-i:[A-Z]{1,2})?\$|[€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr"
    r"|chf|sek|(?-i:[A-Z]{3}))\s*"
    r"(?:thousands?|millions?|billions?|trillions?|m|mn|bn|tn|k|'000|crores?|lakhs?|cr)\s*$"
    r"|^\s*(?:in\s+)?(?:thousands?|millions?|billions?)\s+(?:of\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|yen"
    r"|euros?|dollars?)\s*$"
    # "Key figures, EUR million": a caption's units after a comma
    r"|,\s*(?:in\s+)?(?:[$€£¥₹]|rs\.?|usd|eur|gbp|jpy|inr|chf|sek|(?-i:[A-Z]{3}))\s*"
    # ("Total payment volume (TPV), $B": billions written as a capital B)
    r"(?:thousands?|millions?|billions?|m|mn|bn|b|k|'000|crores?|lakhs?|cr)\s*$",
    re.IGNORECASE,
)


# "£ million (unless stated)", "US$ millions, unless otherwise noted", "PLN million / as
# stated": the rule's exception says which rows differ, nothing of the note itself
_UNLESS = re.compile(
    r"\s*\(\s*unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)\s*\)"
    r"|,?\s*unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|specified)(?:\s+otherwise)?"
    r"|\s*[/,;]\s*(?:or\s+)?as\s+(?:stated|noted|indicated|shown)\b",
    re.IGNORECASE,
)


_EXCEPTION = re.compile(r",?\s*\bexcept\b", re.IGNORECASE)


def without_exception(cell: str) -> str:
    """A note cell without its "(unless stated)"."""
    return _UNLESS.sub("", cell)


# "($ in millions, except restaurant data)", "(EUR m, except store counts)": the rows the
# note's scale and currency spare, named by a word of their own
_EXCEPT_ROWS = re.compile(
    r"\bexcept\s+(?:for\s+)?(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?:data|figures|counts|numbers|information|statistics)\b",
    re.IGNORECASE,
)
# "($ in millions, except VPG)": the rows a note's scale spares, named by what the note says
_EXCEPT_NAMED = re.compile(
    r"\bexcept\s+(?:for\s+)?(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*\)"
)


def excepted_names(cell: str) -> tuple[str, ...]:
    """The words of a note's exception ("except VPG" -> ("VPG",)): a row they name holds
    amounts as written, in the note's currency but never its scale."""
    m = _EXCEPT_NAMED.search(cell)
    return (m["words"],) if m is not None else ()


_NOT_COUNT_EXCEPTIONS = frozenset("per share margin margins ratio ratios percentage rate".split())


def excepted_counts(cell: str) -> tuple[str, ...]:
    """The words naming the rows a table's money note excepts as counts ("except restaurant
    data" -> ("restaurant",)); none for a per-share or percentage exception."""
    m = _EXCEPT_ROWS.search(cell)
    if m is None:
        return ()
    words = m["words"].lower().split()
    if any(w in _NOT_COUNT_EXCEPTIONS for w in words):
        return ()
    stem = words[-1].removesuffix("s")
    return (stem,) if len(stem) > 3 else ()


# "(000)": a count in thousands, the zeros it leaves out
_THOUSANDS_NOTE = re.compile(r"\(\s*0{3}\s*\)")
# a row's own note that its cells are a plain count: "(number)", "(no.)", "(#)"
# ("Deliveries (number of ships)": what the count counts, after "of")
_COUNT_NOTE = re.compile(
    r"\(\s*(?:(?:number|no\.?)(?:\s+of\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})?|#|count"
    r"|headcount)\s*\)",
    re.IGNORECASE,
)
# a count's scale and what it counts: "(millions of 9L cases)", "(m, 9L)", "(thousand units)"
_COUNT_SCALE_NOTE = re.compile(
    r"\(\s*(?:in\s+)?(?P<scale>thousands?|millions?|billions?|'000|000s|mn|mln|m|k|bn)"
    r"(?:\s*,\s*|\s+of\s+|\s+)(?P<what>[A-Za-z0-9][\w .-]{0,30}?)\s*\)",
    re.IGNORECASE,
)
# what such a note may not count: money, or a physical unit the table reader scales itself
_NOT_COUNTED = re.compile(
    r"\b(?:tonnes?|tons?|t|mt|kt|m3|m2|litres?|liters?|hl|hectolitres?|barrels?|bbl|boe|oz"
    r"|ounces?|kg|lbs?|pounds?|[kmgt]wh?|square|cubic|acres?|hectares?|km|miles?|except|unless"
    r"|stated|noted|otherwise)\b",
    re.IGNORECASE,
)


# signs written after the amount, which the quantity reader does not know: "mln zł" (the
# złoty), "mil. Kč" (the koruna)
_SIGNS_AFTER = {"zł": "PLN", "kč": "CZK"}


# "(In Php millions)": a currency's code written as a word, in title case, before its scale
# (never "All figures in EUR million": Albania's code is no word of a note's)
_TITLE_CODE = re.compile(
    r"(?<![\w$])[A-Z][a-z]{2}(?=\s*(?:thousands?|millions?|billions?|mn|mln|m|bn|k)\b)"
)


def _codes_in_capitals(cell: str) -> str:
    """CELL with each currency code written in title case ("Php") in capitals ("PHP"), as
    the notes' readers know codes; any other word of three letters ("Net") as it is."""
    return _TITLE_CODE.sub(
        lambda m: m.group().upper() if m.group().upper() in currency_names() else m.group(),
        cell,
    )


def unit_note(cell: str) -> tuple[float, str | None] | None:
    """ "(¥ billion)", "(£m)", "Units (millions)", "(millions of yen)", "(in thousands)",
    "EUR million": the scale (and currency) of a table's or a row's bare numbers."""
    cell = _codes_in_capitals(without_exception(in_english(cell)))  # ("(mil. Kč)")
    if _COUNT_NOTE.search(cell):
        return 1.0, None  # "Permanent placements (number)": a count as written, no money
    if _THOUSANDS_NOTE.search(cell):
        return 1e3, None  # "LTL shipments/day (000)": thousands of the things counted
    m = NOTE_TEXT.search(cell) or BARE_NOTE.search(cell)
    if m is None:
        return _count_scale(cell)
    # ("(in millions, except per pound)": the exception names no currency of the table's)
    note = _EXCEPTION.split(m.group())[0]
    scale = re.search(
        r"(?:100|hundreds?(?:\s+of)?)\s+millions?|thousands?|millions?|billions?|trillions?|crores?|lakhs?|'000"
        r"|000s|(?<=[₹\s(])cr\b|(?<=[$€£¥\s(])(?:mn|mln|bn|bln|tn|m|k|b)\b"
        r"|(?<=[$€£¥])(?:mn|bn|m|k|b)\b|(?<=(?-i:[A-Z]{3}))(?-i:mn|bn|m|k)\b",
        note,
        re.IGNORECASE,
    )
    cur = _NOTE_CURRENCY.search(note)
    unit = None
    if cur is not None:
        try:
            unit = _SIGNS_AFTER.get(cur.group().lower()) or normalize_unit(cur.group())
        except SalesBotError:
            unit = None
    if unit is not None and unit not in currency_names():
        unit = None  # "('000 FFE)", "(m TEU)": capitals of a physical unit, no currency
    if (
        unit is None
        and scale is not None
        and re.fullmatch(r"[A-Z]{3}", note[scale.start() - 3 : scale.start()])
    ):
        scale = None  # "(TEUm)": a physical unit's capitals, joined to no currency's scale
    if scale is None and unit is None:
        return None
    return (NOTE_SCALES[" ".join(scale.group().lower().split())] if scale else 1.0), unit


# ... or what it counts first, its scale last: "Paying users (monthly average, million)"
_COUNT_SCALE_LAST = re.compile(
    r"\(\s*(?P<what>[A-Za-z][\w .-]{0,30}?)\s*,\s*(?P<scale>thousands?|millions?|billions?|'000"
    r"|000s|mn|mln|m|k|bn)\s*\)",
    re.IGNORECASE,
)


# ... or a caption's words with no brackets at all: "thousand units", "Sales volumes,
# thousand units" (the whole cell, or its last part after a comma)
_COUNT_SCALE_BARE = re.compile(
    r"(?:^|,\s*)(?P<scale>thousands?|millions?)\s+(?:of\s+)?(?P<what>[A-Za-z][\w-]*)\s*$",
    re.IGNORECASE,
)


def bare_count_caption(cell: str) -> bool:
    """A caption that is only a count's scale in words: "thousand units"."""
    m = _COUNT_SCALE_BARE.fullmatch(cell.strip())
    return m is not None and m.start("scale") == 0 and _count_scale(cell) is not None


def _count_scale(cell: str) -> tuple[float, str] | None:
    """ "Cases shipped (m, 9L)", "(millions of 9L cases)", "(monthly average, million)": a
    count in the note's scale, its unit the store's "units" (never the table's money: the
    note names what it counts)."""
    m = (
        _COUNT_SCALE_NOTE.search(cell)
        or _COUNT_SCALE_LAST.search(cell)
        or _COUNT_SCALE_BARE.search(cell)
    )
    if m is None or _NOT_COUNTED.search(m["what"]) or _NOTE_CURRENCY.search(m["what"]):
        return None
    if m["what"].lower().rstrip(".") in ("of", "in", "and"):
        return None
    try:
        if normalize_unit(m["what"].split()[-1]) in currency_names():
            return None  # "(millions of yen)": money the notes above read
    except SalesBotError:
        pass
    return NOTE_SCALES[m["scale"].lower()], "units"


def line_after(text: str, end: int) -> str:
    """The line right below a table: "(Millions of yen)" gives its units there too."""
    start = text.find("\n", end)
    if start < 0:
        return ""
    stop = text.find("\n", start + 1)
    line = text[start + 1 : len(text) if stop < 0 else stop].strip()
    return line if line.startswith("(") and line.endswith(")") else ""


def year_named_above(text: str, top: int, entity: KnownEntity, published: date) -> Period | None:
    """The last fiscal year the paragraphs above a table name: "its forecast for the fiscal
    year ending March 31, 2026"."""
    found = None
    above = text[max(0, top - 800) : top]
    for t in find_times(above, published):
        p = resolve_time(t, cal=entity.calendar, as_of=published, kind=Kind.FORECAST, anchor=None)
        if p is not None and p.months == 12:
            found = p
    return found


def table_note(text: str, table_start: int) -> tuple[float, str] | None:
    """ "Selected figures (in millions of U.S. dollars, ...)" just above a table: the scale
    and currency of its bare numbers."""
    title = title_above(text, table_start)
    # ("SUMMARY OF RESULTS (JD million)": a local sign the report names a currency for)
    coded = coded_note(title, report_signs(text))
    title_note = unit_note(coded) or unit_note(_lead_in_above(text, table_start))
    if title_note is not None and title_note[1] is not None:
        return title_note  # type: ignore[return-value]
    set_right = _units_set_right(text, table_start)
    if set_right is not None:
        return set_right
    signed = _signed_note(title, defined_signs(text))
    if signed is not None:
        return signed
    before = in_english(text[max(0, table_start - 400) : table_start].split("\n\n")[-1])
    m = _TABLE_NOTE.search(before) or _TABLE_NOTE.search(
        in_english(text[max(0, table_start - 400) : table_start])
    )
    if m is None or not m["cur"]:
        return None
    try:
        unit = normalize_unit(m["cur"].strip())
    except SalesBotError:
        return None
    return _SCALES[m["scale"].lower()], unit


def _lead_in_above(text: str, table_start: int) -> str:
    """The line that leads into a table, closed by a colon, a blank line at most between:
    "Selected preliminary data of the Group (mln zł, unless stated otherwise):"."""
    lines = [ln.strip() for ln in text[:table_start].split("\n")[-4:-1]]
    while lines and not lines[-1]:
        lines.pop()
    return lines[-1] if lines and lines[-1].endswith(":") else ""


# "1.", "2-1.", "III." opening a filing's section title
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:[-.]\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?=[A-Za-z<\[])")


def _units_set_right(text: str, table_start: int) -> tuple[float, str] | None:
    """ "<Summary of Consolidated Results>          (Unit: KRW billion)" on the line above
    a table: a title with the table's units set to its right, the scale and currency of
    its bare numbers (the line reads as a row of two cells, never as a title)."""
    lines = [ln for ln in text[:table_start].rstrip("\n").split("\n")[-3:] if ln.strip()]
    if not lines:
        return None
    cells = re.split(r"\s{2,}", lines[-1].strip())
    # ("1. Summary of consolidated operating results   (Unit: 100 million won, %)": a
    # filing's section number opens the title, no figure of a row)
    title = _SECTION_NUMBER.sub("", cells[0])
    if len(cells) != 2 or re.search(r"\d", title) or not cells[1].startswith("("):
        return None
    note = unit_note(cells[1])
    return (note[0], note[1]) if note is not None and note[1] is not None else None


# "Dollar amounts in tables are in millions unless otherwise indicated", "Amounts are in
# millions of Brazilian reais (R$ mn) unless otherwise indicated": the scale the report states
# once, in its prose, for every table's bare amounts (said of its tables, or as a rule)
_REPORT_NOTE = re.compile(
    r"\b(?:(?P<what>dollar|euro|yen|pound|sterling|rupee|franc)\s+)?amounts\s+"
    r"(?:(?:shown|presented)\s+)?(?P<tables>in\s+(?:the\s+|these\s+|our\s+|all\s+)?tables?\s+)?"
    r"(?:are\s+|is\s+)?(?:(?:stated|presented|expressed|shown|given)\s+)?"
    r"in\s+(?P<scale>thousands|millions|billions)"
    r"(?:\s+of\s+(?P<cur>[A-Za-z.$€£¥ ]+?))?"
    r"(?=\s*(?:\([^()]{1,12}\)\s*)?(?:,|\.|;|$|(?P<rule>unless\s+otherwise)))",
    re.IGNORECASE,
)


# "Figures in HK$ m unless stated.", "All figures in EUR million unless stated otherwise.": a
# report's rule for its bare amounts, stated once in its prose (the rule's "unless" says so)
_FIGURES_RULE = re.compile(
    r"\b(?:all\s+)?(?:figures|numbers|amounts)\s+(?:are\s+)?(?:(?:stated|shown|given)\s+)?in\s+"
    r"(?P<note>[^.;:()\n]{1,30}?),?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated)",
    re.IGNORECASE,
)


def _figures_rule(text: str, table_start: int) -> tuple[float, str] | None:
    """The scale and currency of the last "Figures in CHF million unless stated" above a
    table; None where it names no scale or currency, or a physical unit too ("Figures in
    tonnes and € million": which rows are tonnes, unsaid)."""
    found = list(_FIGURES_RULE.finditer(text, 0, table_start))
    if not found or _NOT_COUNTED.search(found[-1]["note"].replace("unless", "")):
        return None
    note = unit_note(found[-1]["note"])
    if note is None or note[1] is None or note[0] == 1.0:
        return None
    return note[0], note[1]


def report_note(text: str, table_start: int) -> tuple[float, str] | None:
    """The last statement above a table, anywhere in the report's prose, of the scale and
    currency its tables' amounts are in ("Dollar amounts in tables are in millions")."""
    found = [m for m in _REPORT_NOTE.finditer(text, 0, table_start) if m["tables"] or m["rule"]]
    if not found:
        return _figures_rule(text, table_start)
    named = found[-1]["cur"] or found[-1]["what"]
    if named is None:
        return None  # "amounts in tables are in millions": of which currency, unsaid
    for written in (named.strip(), named.strip() + "s"):  # "Dollar amounts": dollars
        try:
            return _SCALES[found[-1]["scale"].lower()], normalize_unit(written)
        except SalesBotError:
            continue
    return None


# "(Ps. millions)" in a report that defined "Ps." for its currency ("Mexican pesos (Ps.)")
_SIGN_NOTE = re.compile(
    # (never a word: "(in million)" is a scale alone)
    r"\(\s*(?!(?:in|of)\s)(?P<sign>[^\s()\d]{1,4})\s*(?P<scale>thousands?|millions?|billions?)\s*\)",
    re.IGNORECASE,
)


_PRICE_NOTE = re.compile(
    # ("Average freight rate (USD/FFE)": a currency's code a unit too)
    r"\(\s*(?P<cur>(?-i:[A-Z]{0,2})\$|(?-i:[A-Z][a-z]{0,2}\.)|(?-i:[A-Z]{3}))\s*(?:per|/|a)\s*"
    r"[\w-]+\s*\)",
    re.IGNORECASE,
)


def price_note(label: str, text: str) -> tuple[float, str] | None:
    """ "Milk price ($ per kgMS)", "AISC (A$/oz)": that dollar a unit; "Mobile ARPU (Ps. per
    month)": the sign the report defined for its currency, a month."""
    m = _PRICE_NOTE.search(label)
    if m is None:
        return None
    if m["cur"].endswith("$"):
        return 1.0, DOLLAR_SIGNS.get(m["cur"].lower()[:-1], "USD")
    if m["cur"] in currency_names():
        return 1.0, m["cur"]  # "(USD/FFE)", "(EUR per tonne)": that currency a unit
    code = defined_signs(text).get(m["cur"])
    return (1.0, code) if code is not None else None


def unsigned(title: str) -> str:
    """A table's title less its "(Ps. millions)": units, no part of what a row counts."""
    return " ".join(_SIGN_NOTE.sub(" ", title).split())


def _signed_note(title: str, signs: dict[str, str]) -> tuple[float, str] | None:
    m = _SIGN_NOTE.search(title) if signs else None
    if m is None or m["sign"] not in signs:
        return None
    return NOTE_SCALES[m["scale"].lower()], signs[m["sign"]]


_PREVIOUSLY = re.compile(
    r"(?:\b(?:previously|originally|first|which\s+(?:was|were))\s+|,\s*)"  # ", announced on"
    r"(?:announced|issued|published|released|disclosed|given)"
    r"\b[^.]{0,20}?\b(?:on|in)\s+(?P<when>[A-Z][a-z]+\.?(?:\s+\d{1,2},?)?\s+\d{4}"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
)


def previously_stated(text: str, table_start: int, published: date) -> date | None:
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


def title_above(text: str, table_start: int) -> str:
    """The short line right above a table, its title when the header has no caption."""
    lines = text[:table_start].rstrip("\n").split("\n")
    while len(lines) > 1 and READING_NOTE.fullmatch(lines[-1].strip()):
        lines.pop()  # "(Percentages indicate year-on-year changes.)": how to read it
    line = lines[-1].strip() if lines else ""
    if "|" in line or re.search(r"\S\s{2,}\S", line):
        return ""  # the last row of the table above, not a title
    line = _SECTION_NUMBER.sub("", line)  # "1. Key operating metrics", "(b) Revenue"
    line = _SLIDE_MARK.sub("", line).strip()  # "[Slide 4] Revenue by region": where, not what
    if set(re.findall(r"[a-z]+", line.lower())) <= GENERIC_TITLE:
        return ""  # "Key operating metrics", "Highlights": no product, period or measure
    if _HEADING_COLON.fullmatch(line) and not _LEAD_WORDS.search(line):
        line = line[:-1].strip()  # "Homes delivered by region:": a heading, its colon aside
    return line if 0 < len(line) <= 120 and not line.endswith((".", ":")) else ""


# a short heading closed by a colon ("Revenue by segment:"); a lead-in sentence ("The
# Company expects:", "as follows:") says what comes, but names no table's measure
_HEADING_COLON = re.compile(r"[A-Z][\w&'’()/-]*(?: [\w&'’()/-]+){0,5}:")
_LEAD_WORDS = re.compile(
    r"\b(?:we|our|it|its|the\s+company|expects?|sees|follows?|following|below|are|is|was"
    r"|were|include[sd]?|including|as)\b",
    re.IGNORECASE,
)


# A bracketed note on how to read a table, between its title and itself
READING_NOTE = re.compile(
    r"\((?:[^()]*\b(?:indicate|show|represent|denote)s?\b[^()]*)\)\.?"
    r"|\(\s*(?:un)?audited\s*\)",  # "(unaudited)" below the "(in thousands)" note
    re.IGNORECASE,
)
_SLIDE_MARK = re.compile(r"^\s*\[(?:slide|page|p\.?|chart|exhibit)\s*\d+\]\s*", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|\(?[a-zA-Z]\)|[A-Z]\.)\s+")
GENERIC_TITLE = frozenset(
    "key main selected operating operational financial metrics figures highlights summary data"
    " statistics performance kpis kpi indicators overview results and table of operations"
    " information info"
    " consolidated condensed unaudited statements statement the particulars item items"
    " description descriptions"
    # "(1) Consolidated operating results (cumulative)": a Japanese summary's year to date
    " cumulative"
    # "Line of business" over an insurer's rows: what the rows are, no measure of theirs
    " line lines business"
    # "Fourth quarter and full year 2024 highlights": the columns' periods, named whole
    " full".split()
)


# a span whose end the heading line below names: "17 weeks to", "26 weeks ended", "12 months
# ending"
OPEN_SPAN = re.compile(
    r"\s*\d{1,2}\s+(?:weeks?|months?)(?:\s+(?:to|ended|ending|through|until))?\s*",
    re.IGNORECASE,
)


def header_like(row: str) -> bool:
    """A row of column headings ("| EUR million | 30 Sep 2025 | 31 Dec 2024 | Δ |"): no
    cell after the first holds an amount."""
    rest = cells(row)[1:]
    if not rest or set("".join(rest)) <= set("-:| "):
        return False
    notes = [unit_note(cell) if not re.search(r"\d", cell) else None for cell in rest]
    if all(n is not None and n[1] is None for n in notes):
        # "Unit shipments        (Thousands of units)": a title with its count's scale above
        # the table, never the row of its column headings (a currency's note, "(Rs. in
        # crore)", is read as the table's first row)
        return False
    for cell in rest:
        bare = unslashed(YEAR_TO_DATE_HEAD.sub("", unmark(cell)[0]).strip())
        if not re.search(r"\d", bare) or CHANGE_HEADER.fullmatch(bare.strip()):
            continue
        if OPEN_SPAN.fullmatch(bare):
            continue  # "17 weeks to" over the day it ends, on the line below
        times = find_times(bare, date.today())
        if not times or sum(t.end - t.start for t in times) < len(bare.strip()) - 2:
            return False
    return True


def find_tables(layout: Layout, text: str) -> list[list[Sentence]]:
    tables: list[list[Sentence]] = []
    previous = None
    for s in layout.sentences:
        if previous is not None and previous.role == "row" and _ROW_HEADING.fullmatch(s.text):
            continue  # "Revenue:" over rows set in below it: the table goes on
        if s.role == "row":
            # a heading row after data rows starts another table (HTML tables come with a
            # blank line after every row, so a blank line says nothing)
            apart = (
                previous is not None
                and header_like(s.text)
                and not header_like(previous.text)
                # (a title row spanning the table, "| Sales by line (EUR m) |  |  |", heads it)
                and not (tables and len(tables[-1]) == 1 and _title_row(previous.text))
            )
            # a Markdown table right after a space-aligned one (or the other way round) is
            # a table of its own, never more rows of the first
            apart = apart or (previous is not None and ("|" in s.text) != ("|" in previous.text))
            # a Markdown row over its own rule ("| 2025 guidance | |" then "|---|---:|") heads
            # a table of its own, never a row of the table above it
            apart = apart or (
                previous is not None
                and "|" in s.text
                and _RULE_BELOW.match(text, s.end) is not None
            )
            if previous is not None and previous.role == "row" and not apart:
                tables[-1].append(s)
            else:
                tables.append([s])
        previous = s
    return [t for t in tables if len(t) >= 2]


_RULE_BELOW = re.compile(r"[ \t]*\|?[ \t]*\r?\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


# A heading line inside a space-aligned table, over the rows set in below it: "Revenue:",
# "Operating expenses:"
_ROW_HEADING = re.compile(r"[ \t]*[A-Z][A-Za-z&,'’ -]{1,40}:[ \t]*")
# a heading at the margin with no amount, its unit in brackets: "Gold produced (oz)"
LABEL_ONLY = re.compile(r"[A-Z][A-Za-z&,'’ -]{1,40}\([^()\d]{1,12}\)[ \t]*")
SET_IN = re.compile(r"[ \t]{1,8}[A-Za-z]")
AMOUNT_CELL = re.compile(r"\s{2,}[(\-–$€£¥]?\s?\d[\d,.]*\)?%?(?:\s|$)")


# a bare heading at the margin: "Domestic", "Product sales" (no digits, no column gap)
# (with its short form: "Mt Ossa (MtO)")
_BARE_HEADING = re.compile(r"[A-Z][A-Za-z&'’ -]{1,40}(?: \([A-Za-z&]{1,6}\))?")


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
        SET_IN.match(b) and AMOUNT_CELL.search(b) and AMOUNT_CELL.search(b).start() > 0
        for b in below
    )


def heading_above(text: str, row: Sentence) -> str | None:
    """The heading line right above ROW ("Revenue:"), or above the rows set in with it."""
    start = line_at(text, row.start)[0]
    indent = indent_of(text, row)
    at = start - 1
    while at > 0:
        line_start, line = line_at(text, at)
        if _ROW_HEADING.fullmatch(line) or (
            indent > 0
            and line[:1].strip()
            and (LABEL_ONLY.fullmatch(line) or _section_heading(text, line_start))
        ):
            return line.strip().rstrip(":").strip()
        if not line.strip() or len(line) - len(line.lstrip(" ")) < indent:
            return None
        at = line_start - 1
    return None


def placed_rows(
    text: str, first: Sentence, header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> list[tuple[list[str], list[Sentence]]]:
    """Rows of a space-aligned table with fewer cells than the header, each cell put under
    the column it stands below ("Revenue growth (%)          16.0" under the second one)."""
    head_line = line_at(text, first.start)[1]
    if "|" in head_line or "\t" in head_line:
        return body
    out = []
    for values, quotes in body:
        if 1 < len(values) < len(header):
            placed = aligned(head_line, line_at(text, quotes[0].start)[1], len(header))
            if placed is not None:
                values, quotes = placed, [quotes[0]] * len(placed)
        out.append((values, quotes))
    return out


def indent_of(text: str, row: Sentence) -> int:
    """How far a row's label is set in: from the line's start, or in a Markdown row from its
    first cell's bar ("|   Rail Services |" under "| Revenue |")."""
    line = line_at(text, row.start)[1]
    if "|" in line:
        first = line.lstrip(" ").removeprefix("|").split("|")[0]
        return len(first) - len(first.lstrip(" "))
    return len(line) - len(line.lstrip(" "))


def uncaptioned(
    text: str, first: Sentence, header: list[str], body: list[tuple[list[str], list[Sentence]]]
) -> bool:
    """An indented heading row with one cell fewer than the rows below: its first cell heads
    the first column of figures, not the labels."""
    line = line_at(text, first.start)[1]
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
        row_line = line_at(text, quotes[0].start)[1]
        if len(values) > 1 and values[0] in row_line:
            ends.append(row_line.find(values[0]) + len(values[0]))
    return bool(ends) and len(ends) == len([w for w in widths if w > 1]) and at > max(ends)


def unwrap(text: str, rows: list[Sentence]) -> list[Sentence]:
    """A label wrapped over two lines is one row: "Revenue from connected" and the indented
    "services and spare parts   31,2 ..." below it, quoted together."""
    out: list[Sentence] = []
    for row in rows:
        previous = out[-1] if out else None
        if (
            previous is not None
            and len(cells(previous.text)) == 1
            and "|" not in row.text
            and text[line_at(text, row.start)[0] : row.start].strip() == ""
            # indented under the label, or running on in lower case ("(Reference) Results
            # for the" / "fiscal year ended March 2025   468,215 ...")
            and (row.start > line_at(text, row.start)[0] or row.text[:1].islower())
            and not _section_heading(text, line_at(text, previous.start)[0])
            # ("Revenue (C$M)" over "  Physical lane   79.4": a heading with its unit over
            # the rows set in below it, never the first line of a wrapped label)
            and not LABEL_ONLY.fullmatch(line_at(text, previous.start)[1])
        ):
            joined = f"{previous.text} {row.text}"
            out[-1] = Sentence(joined, previous.start, row.end, row.paragraph, row.role)
            continue
        out.append(row)
    return out


# a cell that opens on a figure: "7.1", "R$ 5,312 million", "(4.2)", "-3%", "US$0.8bn"
_LEADING_FIGURE = re.compile(r"\s*[(+\-–−]?\s*(?:[A-Z]{0,3}[$€£¥]\s?|[A-Z]{3}\s)?\d")


def keyed_list(
    text: str, rows: list[Sentence], published: date
) -> tuple[Sentence, list[str]] | None:
    """A list of rows, each a label and its figure, with no row of column headings under a
    title that says when ("SHIPMENTS BY DESTINATION — FY2024 (GW)" over "United States
    7.1", a fact sheet's "1Q25 AT A GLANCE (January–March 2025)" over "Net revenue  R$
    5,312 million"): the title's line as the header, its caption the title without its time
    phrase, the one column of figures headed by that time phrase. None for any other
    table."""
    if len(rows) < 2 or any("|" in r.text or "\t" in r.text for r in rows):
        return None
    if any(len(cells(r.text)) < 2 or not _LEADING_FIGURE.match(cells(r.text)[1]) for r in rows):
        return None  # (a row of headings, "Q3 F25 units   Q3 F24 units", heads its table)
    if header_like(rows[0].text):
        return None
    above = text[: line_at(text, rows[0].start)[0]].rstrip("\n").split("\n")
    while len(above) > 1 and AMOUNT_CELL.search(above[-1]) and re.match(r"\s*[A-Z]", above[-1]):
        above.pop()  # a first row read as a line of its own ("Revenue  €5.3bn  (2024: €4.9bn)")
    if len(above) > 1 and not above[-1].strip():
        above.pop()  # a blank line between a slide's title and its list
    if above and indent_of(text, rows[0]) < len(above[-1]) - len(above[-1].lstrip()):
        return None  # a column's heading set in over the figures, no title at the margin
    title = above[-1].strip() if above else ""
    if not title or re.search(r"\S\s{2,}\S", _SECTION_NUMBER.sub("", title)) or title.endswith("."):
        return None  # no title, a row of another table, or a sentence
    times = find_times(title, published)
    if not times or any(t.mode == "day" for t in times):
        return None  # no time for the column (or a date the list is "at": a level)
    when = title[times[0].start : times[0].end]  # "1Q25" of "1Q25 (January–March 2025)"
    caption = title
    for t in reversed(times):
        caption = f"{caption[: t.start]} {caption[t.end :]}"
    caption = re.sub(r"\(\s*\)|\bat\s+a\s+glance\b", " ", caption, flags=re.IGNORECASE)
    caption = _SECTION_NUMBER.sub("", " ".join(caption.split())).strip(" —–-:,")
    start = text.rindex(title, 0, rows[0].start)
    head = Sentence(title, start, start + len(title), rows[0].paragraph, "row")
    return head, [caption, when]


def _title_row(row: str) -> bool:
    """A Markdown row whose first cell alone holds words: "| Sales by line (EUR m) |  |  |"."""
    first = cells(row)
    return (
        "|" in row
        and len(first) > 1
        and bool(first[0].strip())
        and not any(c.strip() for c in first[1:])
    )


_FIGURE_CELL = re.compile(r"\s*[-+–(]?\s*(?:[A-Z]{0,3}[$€£¥])?\s*\d[\d,.']*\s*%?\)?\s*")


def spanning_title(rows: list[Sentence]) -> tuple[list[str], list[Sentence]] | None:
    """A table whose first row holds only a title ("| Revenues by brand (in millions) |  |  |"
    from an HTML table's spanning cell) above the row of column headings, whose first cell
    is empty: (the headings with the title as their caption, the rows from the headings
    on). None for any other table."""
    if len(rows) < 3:
        return None
    first, headings = cells(rows[0].text), cells(rows[1].text)
    if not _title_row(rows[0].text):
        return None
    if len(headings) < 2 or headings[0].strip() or any(_FIGURE_CELL.fullmatch(c) for c in headings):
        return None  # (a heading may carry a footnote's digit: "% change currency-neutral1")
    # "Revenues by brand, product and geography (in millions)": the measure, the rows' parts
    # aside, its note kept
    title = re.sub(r"\s+by\s+[^()]*", " ", first[0]).strip()
    return [" ".join(title.split()), *headings[1:]], rows[1:]
