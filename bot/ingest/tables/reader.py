"""The table reader: every figure cell of a table is one proposal, with the period of its
column and the metric of its row, quoted by its row.

Tables come as Markdown rows ("| Revenue | $1.71 billion |") or space-aligned columns
("A220 Family      93      49"); `bot/ingest/layout.py` marks both as rows. The first
header cell is the caption: it may give the period ("Second quarter", "Fiscal year ending
March 31, 2009"), the kind ("2011 sales target") and the product ("LG smartphones, Q2
2011"). The other header cells give each column its own period ("2018"), its role in a
revision ("Previous forecast" / "Revised"), or its measure ("Deliveries", "Gross
orders"). Footnote markers (*, **, ¹) are dropped from cells; a footnote that dates a
figure ("Forecast announced in November 2008") dates the cells it marks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from lemminflect import getAllLemmas

from bot.facts import reporting
from bot.facts.model import Kind, Period, SalesBotError
from bot.facts.quantities import DOLLAR_SIGNS, currency_names, normalize_unit
from bot.facts.unit_scales import short_unit
from bot.ingest import lexicon as lx
from bot.ingest.data_units import DATA_NOTE, short_data_unit, with_data_unit
from bot.ingest.figures import find_figures
from bot.ingest.layout import Layout, Sentence
from bot.ingest.leads import lead_measure
from bot.ingest.local_signs import (
    cents_note,
    coded_label,
    coded_note,
    led_in_note,
    report_signs,
    without_cents_note,
)
from bot.ingest.metric_names import COUNTED_DONE, part_name, singular
from bot.ingest.model import KnownEntity, Proposal
from bot.ingest.rate_units import rate_named, rate_unit, table_rate
from bot.ingest.tables.cells import (
    NOTE_TEXT,
    cell_figures,
    cells,
    changes_named,
    comma_decimals,
    counted_change,
    footnotes,
    own_name,
    paired_cells,
    plain_number,
    row_heading,
    unmark,
    worded_days,
)
from bot.ingest.tables.deductions import deducted
from bot.ingest.tables.headers import (
    DIMENSION,
    TOTAL,
    _Column,
    caption_measure,
    change_name,
    column_currency,
    lists_measures,
    merged_header,
    metric_columns,
    narrowest_period,
    read_columns,
    residue,
    special_cell,
    stacked_header,
    timed_rows,
    transpose,
    unnoted,
    without_times,
)
from bot.ingest.tables.level_rows import counts_a_level
from bot.ingest.tables.levels import (
    SOLD_NAME,
    at_level,
    counted_level,
    held_count,
    level_day,
    movement,
    span_columns,
    year_span_columns,
)
from bot.ingest.tables.note_scales import in_english
from bot.ingest.tables.numbering import without_numbering
from bot.ingest.tables.placement import (
    BARE_NOTE,
    GENERIC_TITLE,
    NOTE_SCALES,
    bare_count_caption,
    excepted_counts,
    excepted_names,
    find_tables,
    heading_above,
    indent_of,
    keyed_list,
    line_after,
    line_at,
    placed_rows,
    previously_stated,
    price_note,
    report_note,
    spanning_title,
    table_note,
    title_above,
    uncaptioned,
    unit_note,
    unsigned,
    unwrap,
    without_exception,
    year_named_above,
)
from bot.ingest.tables.relative_heads import relative_columns
from bot.ingest.tables.row_metrics import VALUE_NOTE, table_metric
from bot.ingest.tables.unit_column import with_row_units
from bot.ingest.thresholds import labelled_count

# "Indore (IDR)": a name's initials in brackets, no part of the name
# a row its label calls a target, in a table of forecasts: "Golf balls (target)"
_TARGET_ROW = re.compile(r"\((?:target|goal|plan)\)", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# a row's own unit in brackets at the end of its label: "(EUm)", "(t)", "(units)"
_OWN_UNIT = re.compile(r"\((?P<u>[A-Za-z][A-Za-z0-9/²³.]{0,7})\)\s*$")
_COUNT_NOTES = frozenset({"units", "unit", "number", "no", "no.", "count"})


def _currency_word(word: str) -> bool:
    """ "(EUR)", "(US$)", "(yen)": a currency, which the table's notes already read."""
    try:
        return normalize_unit(word) in currency_names()
    except SalesBotError:
        return False


_EMPTY = re.compile(r"^\s*(?:n/?a|—|–|-+|nm|n\.m\.|)\s*$", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
# a row's physical unit in brackets: "(million tonnes)", "(million m3)", "(thousand hl)"
_PHYSICAL_NOTE = re.compile(
    r"\(\s*(?:(?:thousands?|millions?|billions?|mn|bn|m|k|'000)\s+)?(?:of\s+)?(?:metric\s+)?"
    r"(?:tonnes|tons|t|mt|m3|m³|m2|m²|cubic\s+met(?:re|er)s|square\s+met(?:re|er)s|litres"
    r"|liters|hl|hectolitres|barrels|bbl"
    r"|boe|oz|ounces|kg|mwh|gwh|twh|kt|koz|klbs?|moz|mlbs?|lbs"
    # data carried or stored: "(PB)", "(terabytes)" (no "GB": Great Britain's row)
    r"|pb|tb|eb|(?:peta|tera|giga|exa)bytes)"
    # ("Harvest volume (tonnes GWT)", "(tonnes LCE)": the unit and the basis it is weighed on)
    r"(?:\s+(?-i:[A-Z]{2,4}))?\s*\)",
    re.IGNORECASE,
)
# "(Domestic + Exports)" after "Total": the parts it adds up, no name of its own
_BRACKETED_SUM = re.compile(r"\s*\([^()]*\+[^()]*\)\s*")
# subscribers and subscriptions are counted; "Subscription" alone (or "subscriptions
# revenue") is a revenue line, earned over a period
_SUBSCRIBED = r"subscri(?:bers?|bed|ptions\b(?!\s+(?:revenue|sales|income|fees)))"
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_STOCK_ROW = re.compile(
    # (a subscription's revenue is earned over a period: no level)
    r"backlog|order\s+book|" + _SUBSCRIBED + r"|inventor"
    r"|headcount|employees|stores|customers|users"
    # a subscription company's levels: "ARR", "RPO", "cRPO"
    r"|\bARR\b|\bc?RPO\b|recurring\s+revenue|performance\s+obligations"
    # ("Cash and cash equivalents", "Cash position"; "Customer-owned (cash and loan)" names
    # how a sale was paid for, no cash held)
    r"|members|cash\s+(?:and\s+(?:cash\b|short|equivalents|investments|deposits|marketable)"
    r"|position|balance)|net\s+debt"
    # a bank's or an asset manager's book, and a table of the balance sheet: levels on a day
    r"|\bdeposits\b|\badvances\b|\bloan\s+book\b|assets\s+under\s+management|\bAUM\b"
    # ("Gross loans", "Retail loans": the book lent out, not what was lent in the period)
    r"|\bloans\b(?!\s+(?:originated|disbursed|granted|issued|made|sold))"
    # what is "active" is counted on a day: "Active selling communities", "Active accounts"
    r"|^\s*active\s+[a-z]"
    # a label that says it is counted on a day: "Pubs operated at period end"
    r"|\bat\s+(?:the\s+)?(?:period|year|quarter|half[\s-]year)[\s-]end\b|\bend\s+of\s+(?:the\s+)?"
    r"(?:period|year|quarter)\b|\bat\s+(?:period|year)\s+end\b|\bEOP\b"
    # ("Biomass at sea at 31 December (tonnes)": a day of the column's year)
    r"|\bat\s+(?:\d{1,2}\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\.?\s+\d{1,2})\b",
    re.IGNORECASE,
)
# "... by game", "... BY REGION, EUR MILLION": the caption's last words say what its rows split
_SPLIT_NAMED = re.compile(r"\s+by\s+[A-Za-z-]+(?=\s*(?:,|\(|$))", re.IGNORECASE)
# a table of the balance sheet: every row a level on its column's day
_BALANCE_SHEET = re.compile(r"\bbalance\s+sheet\b", re.IGNORECASE)
# a caption that is only a unit of mass in its thousands or millions: "Mt", "koz", "Mlbs"
_MASS_CAPTION = re.compile(r"(?P<p>[kM])(?:t|oz|lbs?|bbl|boe)")
_OVER_A_SPAN = re.compile(r"\b(?:monthly|daily|weekly|average|avg\.?)\s", re.IGNORECASE)
_PERCENT_LABEL = re.compile(r"\(\s*%\s*\)|\bin\s+%|\(\s*per\s?cent\s*\)|,\s*%\s*\)?$", re.I)
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
# a column of openings or closures: "Opened in H1 2026", "Closures"
_EVENT_COLUMN = re.compile(r"\s*(?:new\s+)?(?:opened|closed|openings|closures)\b", re.IGNORECASE)
_NOT_MONEY_ROW = re.compile(
    r"\bunits?\b|per\s+share|\(\s*(?:thousands|millions)\s*\)|%|percent|margin|employees"
    r"|headcount|stores|customers|" + _SUBSCRIBED + r""
    # "Net new restaurants  71", "Hotels opened  12": places counted, never money
    r"|\b(?:restaurants|hotels|outlets|branches|clinics|gyms|clubs|cinemas|screens|units\s+opened)\b"
    r"(?!\s+(?:sales|revenues?))"
    # "Book-to-bill ratio  0.90" in a table in EUR million: a ratio, in no currency (so is
    # "Book-to-bill (net awards / NSR)  1.11", a quotient of two amounts named as one)
    r"|\bratio\b|\b(?:book|loan|debt|net[\s-]debt)-to-[a-z]+\b"
    # "Active sales centers  41": things that are active, counted
    r"|^\s*active\s+(?!.*\b(?:value|revenue|amount)\b)"
    # "Funeral calls performed  78,910", "Working days  252": deeds done and days counted
    r"|\b[a-z]+s\s+(?:performed|completed|conducted|treated|admitted|installed|enrolled|hired)$"
    r"|^\s*(?:working|trading|business|selling|operating|billing)\s+days\b",
    re.IGNORECASE,
)
# what a bank lends to, or takes from, its customers: "Gross loans to customers", "Deposits
# from retail customers", "Receipts from customers" are money owed or paid, no customers
# counted
_OWED_BY_CUSTOMERS = re.compile(
    r"\b(?:to|from|due\s+to)\s+(?:[a-z-]+\s+){0,2}customers\b", re.IGNORECASE
)


def _counts_no_money(label: str) -> bool:
    """LABEL names a row of things counted, never money (under a table's money note)."""
    return _NOT_MONEY_ROW.search(_OWED_BY_CUSTOMERS.sub(" ", label)) is not None


# a price of one thing, in the currency's own units whatever the table's scale
_UNIT_PRICE_ROW = re.compile(r"\baverage\s+(?:[a-z]+\s+)?price\b", re.IGNORECASE)
# a row's bracket naming the things it counts: "Net new orders (homes)", "Backlog (units)"
_COUNT_NOTE = re.compile(
    r"\(\s*(?!(?:dollars|euros|pounds|cents|pence|rupees|millions|billions|thousands|trillions"
    r"|crores|lakhs|rands|loss|losses|gains|earnings|sales|revenues|profits|dividends)\b)"
    r"[a-z]*[a-rt-z]s\s*\)"
)
# a row counting shares: "Diluted weighted average shares", "Shares outstanding"
_SHARE_COUNT_ROW = re.compile(
    r"\bweighted[\s-]+average\s+(?:number\s+of\s+)?(?:(?:basic|diluted|common|ordinary)\s+)?"
    r"shares\b|\bshares\s+outstanding\b|\bnumber\s+of\s+(?:\w+\s+)?shares\b",
    re.IGNORECASE,
)
# "sales by supply mode", "Revenue by vaccine": a measure split into parts of any kind
_SPLIT_BY = re.compile(r"\bby\s+[a-z]", re.IGNORECASE)
# a row that is a ratio of two of the company's own figures: "Book-to-bill ratio"
_RATIO_ROW = re.compile(r"[A-Za-z][\w /-]{0,40}\bratio", re.IGNORECASE)
_SCALE_WORD = re.compile(
    r"\d\s*(?:thousand|million|billion|trillion|mn|mln|bn|bln|m|k|b)\b", re.IGNORECASE
)


# ("C1 cash cost (US¢/lb)": US cents a pound)
_CENTS_NOTE = re.compile(
    r"\(\s*(?:(?:US\s?)?cents?|(?:US\s?)?¢)(?:\s+per\s+share|\s*/\s*[a-z]{1,4})?\s*\)",
    re.IGNORECASE,
)
# "(R$)", "(NOK)", "(EUR)": a row's amounts in that currency as written, no table's millions
_BARE_CURRENCY = re.compile(r"\(\s*(?P<cur>(?-i:[A-Z]{0,2})\$|(?-i:[A-Z]{3}))\s*\)")
_PER_THING = re.compile(r"\bper\s+[a-z]|/\s*[a-z]", re.IGNORECASE)
_PENCE_NOTE = re.compile(r"\(\s*(?:p|pence)\s*\)", re.IGNORECASE)
_PER_SHARE = re.compile(r"per\s+share|dividend|\beps\b", re.IGNORECASE)
# ("Net income per diluted share", "FFO per basic share"): the share's kind said between
_PER_SHARE_ROW = re.compile(
    r"\bper\s+(?:(?:diluted|basic|common|ordinary|weighted)\s+)?(?:share|ADS|ADR)\b"
    r"|\b[A-Z]?EPS\b",
    re.IGNORECASE,
)


# A caption that only names what the rows are: the title above says the rest
_BY_DIMENSION = re.compile(
    r"\bby\s+(?:(?:industry\s+)?verticals?|industr(?:y|ies)|regions?|segments?|markets?"
    r"|countr(?:y|ies)|divisions?|business(?:es)?|geograph(?:y|ies)|banners?|brands?)\b",
    re.IGNORECASE,
)

# A table that bridges a reported figure to an adjusted one: its first row and the adjusted
# rows are the figures, the rows between them the items added back
_RECONCILIATION = re.compile(r"\breconciliation\b", re.IGNORECASE)
_ADJUSTED_ROW = re.compile(
    r"\b(?:adjusted|non[\s-]?gaap|non[\s-]?ifrs|underlying|core|normali[sz]ed|recurring)\b",
    re.IGNORECASE,
)


def named_segment(label: str) -> str | None:
    """A part's label that is a name ("Memory", "Display Panel (DP)"), not a product noun
    ("Smartphones") or a word written small: the name as written, without its short form."""
    name = unnoted(label).strip()
    words = name.split()
    if not words or name.isupper() or not all(w[:1].isupper() for w in words):
        return None  # ("Professional services": a common noun written at a row's start)
    last = words[-1].lower()
    if singular(last) != last or last in lx.PRODUCTS:
        return None  # "Kayaks", "Smartphones": the things counted, as prose names them
    return name


def plan_title(caption_cell: str, caption: str) -> bool:
    """A caption that names a plan or its targets ("ORVIK VISION 2030 — numerical targets
    for FY2027", "Medium-term plan targets") gives the kind of the figures, and no measure or
    product of the rows: its other words are the plan's name."""
    kind = _PLAN_CAPTION.search(caption_cell)
    return kind is not None and reporting.family_of(caption) is None


_PLAN_CAPTION = re.compile(r"\b(?:targets|goals|objectives|plan|vision)\b", re.IGNORECASE)
# "Pounds sold (ready-to-cook) Fresh": a section of counts done, then the row's part
# (or a part set in below it, "prepared foods pounds sold (ready-to-cook) fresh"); never a
# cost ("Cost of goods sold") nor a money word after ("units sold value")
_COUNTED_SECTION = re.compile(
    r"(?<!\bcost of )(?<!\bcosts of )\b[a-z]+s\s+(?:carried|handled|shipped|delivered|produced"
    r"|sold|booked)\b(?:\s*\(?[\w-]+\)?)?\s+(?!(?:revenues?|sales|value|price|cost)\b)[a-z-]+$",
    re.IGNORECASE,
)
# a unit note in brackets opening a header line: "(in millions, except per pound)"
_HEADER_NOTE = re.compile(
    r"^[ \t]*(?P<note>\([^()\n]*\b(?:thousands|millions|billions)\b[^()\n]*\))", re.M | re.I
)


def in_own_currency(
    columns: list[_Column], amounts: tuple[float, str | None] | None
) -> list[_Column]:
    """Columns headed by their currency ("RMB | RMB | US$"): each in the table's scale and
    its own currency; a column in a currency the others are not in is a convenience
    translation ("US$" beside "RMB": the same figures at one day's rate), no figure of the
    report's, so it is left out."""
    named = [c.currency for c in columns if c.currency is not None]
    if not named:
        return columns
    counts = {cur: named.count(cur) for cur in named}
    own = max(counts, key=lambda cur: counts[cur])
    if len(counts) > 1 and list(counts.values()).count(counts[own]) > 1:
        return [replace(c, period=None) if c.currency is not None else c for c in columns]
    scale = amounts[0] if amounts is not None else 1.0
    return [
        c
        if c.currency is None
        else replace(c, period=None)
        if c.currency != own
        else replace(c, note=c.note or (scale, c.currency))
        for c in columns
    ]


# a caption saying each cell is a change: "(change vs. prior-year period)", "(% change)"
_CHANGE_CAPTION = re.compile(
    r"\(\s*%?\s*changes?(?:\s+(?:vs\.?|versus|over|on|against|from)\s[^)]*)?\)",
    re.IGNORECASE,
)


# the title of a financial statement: its rows name their own measures
_STATEMENT_TITLE = re.compile(
    r"(?:(?:condensed|consolidated|unaudited|interim)\s+)*statements?\s+of\s+"
    r"(?:comprehensive\s+)?(?:income|operations|earnings|profit\s+(?:and|or)\s+loss)",
    re.IGNORECASE,
)


# the row that bridges the parts to the whole, in any table
_CONSOLIDATION_ROW = re.compile(
    r"^\s*(?:consolidation|eliminations?|intersegment|inter-segment)\b", re.IGNORECASE
)


_WORDED = re.compile(r"[A-Za-z$€£¥₹₩]")
_RANGE_WORD = re.compile(r"\b(?:to|and)\b")  # "310 to 337": as bare as "310–337"


# a metric prefix glued to a mass unit: "kt" (thousand tonnes), "koz", "Moz", "Mlb"
_PREFIXED_UNIT = re.compile(r"\(\s*(?P<p>k|M)(?:t|oz|lbs?)\s*\)")


def _segment_heading(label: str) -> str | None:
    """A heading row that names a segment ("Coating Solutions (CS)"), no measure of its own,
    no unit and no total: the segment, as written."""
    name = unnoted(label).strip()
    words = [w for w in name.split() if w not in ("&", "and", "of", "/")]
    if (
        not words
        or not all(w[:1].isupper() for w in words)
        or name.isupper()
        or reporting.family_of(name) is not None
        or _mass_scale(label) is not None
        or TOTAL.match(name)
    ):
        return None
    return name


def _mass_scale(label: str) -> tuple[float, None] | None:
    """A heading's unit of mass with its metric prefix ("Copper production (kt)"): the scale
    of the plain numbers of the rows below it."""
    m = _PREFIXED_UNIT.search(label)
    return (1e3 if m["p"] == "k" else 1e6, None) if m is not None else None


def _carried_mass(
    label: str, section: tuple[float, None] | None
) -> tuple[tuple[float, None] | None, tuple[float, None] | None]:
    """The scale a heading row's unit gives the row LABEL, and the one left for the rows
    after it: a row naming a unit of its own ("Copper sold (kt)") is past the section, and a
    total is its last row."""
    if section is None or NOTE_TEXT.search(label) or _PHYSICAL_NOTE.search(label):
        return None, None
    return section, (None if TOTAL.match(label) else section)


# a table of someone's estimates, not the company's figures: "Estimate changes", "consensus",
# "not company guidance", a year marked "e" ("FY26e")
# a column of someone else's figures: "CBER est.", "Our estimate", "Consensus", "Street"
_OTHERS_COLUMN = re.compile(
    r"\best(?:imates?|\.|s?\b)|\bconsensus\b|\bstreet\b|\bcons\.", re.IGNORECASE
)
# "Actual", "Reported", "Actual 4Q24": the company's own column in a table of estimates
_ACTUAL_COLUMN = re.compile(
    r"(?:actuals?|reported|results?)(?:\s*\([^()]*\)|\s+\S+)?", re.IGNORECASE
)
_OTHERS_VIEW = r"(?:the\s+|our\s+)?(?:expectations|estimates?|consensus|forecasts?|street)"
_VERSUS_OTHERS = re.compile(
    rf"\s*\b(?:(?:reported|actual|results?)\s+)?(?:vs\.?|versus|against|compared\s+with)\s+{_OTHERS_VIEW}(?:\s+and\s+{_OTHERS_VIEW})?\b",
    re.IGNORECASE,
)
_THEIR_ESTIMATES = re.compile(
    r"\bestimates\b|\bestimate\s+changes\b|\bnot\s+(?:company\s+)?guidance\b|\bconsensus\b"
    r"|\b(?:FY|CY|F)\d{2}(?:\d{2})?e\b",
    re.IGNORECASE,
)


def _section_title(caption: str) -> bool:
    """A title headed by a generic word ("Homebuilding operating data", "Group key
    figures"): the section the rows sit in, not what they count, when no word of it names a
    measure, a product or a region (rows keep their own names: never "homebuilding homes
    delivered")."""
    words = re.findall(r"[a-z]+", caption.lower())
    if len(words) < 2 or words[-1] not in GENERIC_TITLE - {"results", "performance"}:
        return False
    return not any(
        reporting.family_of(w) is not None or w in lx.PRODUCTS or singular(w) in lx.PRODUCTS
        for w in words
    ) and not reporting.regions_in(caption)


def _initials_of(label: str, at: int) -> bool:
    """Whether the capitals in brackets at AT are the initials of the words before them:
    "Machine Tools (MT)" (a short form), never "Copper (MT)" (metric tonnes)."""
    short = re.match(r"\(\s*([A-Z]{2,5})\s*\)", label[at:])
    words = re.findall(r"[A-Za-z][\w'-]*", label[:at])
    initials = "".join(w[0] for w in words if w[0].isupper())
    return short is not None and len(words) >= 2 and initials.endswith(short[1])


# a row heading naming the table's rows as companies: "Port operator", "Competitor", "Peers"
_COMPANIES_HEADING = re.compile(
    r"\b(?:operators?|compan(?:y|ies)|players?|(?P<others>competitors?|rivals?|peers?))\b",
    re.IGNORECASE,
)


def _names_one_of(label: str, names: list[str]) -> bool:
    folded = label.casefold()
    return any(re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded) for n in names)


def _peer_table(heading: str, labels: list[str], names: list[str]) -> bool:
    """A table whose rows are companies: its row heading says so ("Operator", "Company")
    and one row is the company's own (a heading of rivals or peers needs none)."""
    m = _COMPANIES_HEADING.search(heading)
    if m is None:
        return False
    return bool(m["others"]) or any(_names_one_of(unmark(v)[0], names) for v in labels)


def table_proposals(
    text: str, layout: Layout, *, ctx_published: date, entity: KnownEntity
) -> list[Proposal]:
    published = ctx_published
    out: list[Proposal] = []
    last_note: tuple[float, str | None] | None = None
    report_money = one_currency(text)
    signs = report_signs(text)  # "KSh", "R": the local signs the report names a currency for
    for rows in find_tables(layout, text):
        header = cells(rows[0].text)
        stacked = stacked_header(text, rows)
        top = line_at(text, rows[0].start)[0]
        heads = rows[0]  # the header line the columns stand below
        if stacked is not None:
            # "Three Months Ended / Sept 30, / 2024" over each column
            header, skip, top = stacked
            heads = rows[skip - 1]
            rows = [rows[0], *rows[skip:]]
        if stacked is None and (spanned := spanning_title(rows)) is not None:
            # "| Revenues by brand (in millions) |  |  |" over "|  | Q2 FY26 | Q2 FY25 |": the
            # title row spans the table, its words the caption of the headings below
            header, rows = spanned
            heads = rows[0]
        listed = keyed_list(text, rows, published) if stacked is None else None
        if listed is not None:
            # "United States ...... 7.1" under "SHIPMENTS BY DESTINATION — FY2024 (GW)"
            heads, header = listed
            rows = [heads, *rows]
            top = line_at(text, heads.start)[0]
        header, rows = merged_header(header, rows, entity, published)
        first = unmark(header[0])[0].strip() if header else ""
        by_word = first.lower() if DIMENSION.fullmatch(first) else ""  # "Banner", "Region"
        amounts = (
            table_note(text, top)
            or unit_note(line_after(text, rows[-1].end))
            or report_note(text, top)
        )
        # ("4Q24 vs. expectations": what the table compares with names nothing it counts)
        title = _VERSUS_OTHERS.sub("", unsigned(title_above(text, top))).strip()
        body = [(cells(row.text), [row] * len(cells(row.text))) for row in unwrap(text, rows[1:])]
        header, body = without_numbering(header, body)  # "Line | Description | 2024-25"
        if amounts is None:
            # "(HK$ million)" on a line of its own between the header and the rows
            amounts = next(
                (
                    note
                    for values, _ in body[:2]
                    if len([v for v in values if v.strip()]) == 1
                    and values[0].strip().startswith("(")
                    and values[0].strip().endswith(")")
                    and (note := unit_note(values[0].strip())) is not None
                ),
                None,
            )
        if amounts is None and len(rows) > 1:
            # "(in millions, except per pound)   Dec 27, 2025   Dec 28, 2024" opening a header
            # line whose first cell a section row below ("Net sales") took the place of
            opening = _HEADER_NOTE.search(text, top, rows[1].start)
            amounts = unit_note(opening["note"]) if opening is not None else None
        if stacked is None and uncaptioned(text, rows[0], header, body):
            # "      3Q25   2Q25   QoQ": no caption cell (and the title above is no heading
            # of the first column)
            header = ["", *header]
        if (
            header
            and title
            and (
                not residue(NOTE_TEXT.sub(" ", unmark(header[0])[0]), published)
                or bare_count_caption(unmark(header[0])[0])  # "thousand units" under a title
            )
        ):
            # "Revision of forecasts for FY3/25 (millions of yen)"
            cell = unmark(header[0])[0]
            cell = f"({cell.strip()})" if bare_count_caption(cell) else cell  # a unit, read so
            header = [f"{title} {cell}".strip(), *header[1:]]
        elif header and title and DIMENSION.fullmatch(unmark(header[0])[0].strip()):
            # "Region | Smartphones | Tablets" under "Q3 2025 shipments by region (thousand
            # units)": the title says when, what and in what units
            header = [title, *header[1:]]
        body = placed_rows(text, heads, header, body)
        header = paired_cells(header, body)  # "Net sales" over "327.4   6.8%"
        header, body = row_heading(header, body)
        header, body = with_row_units(header, body)  # "Unit" over "kt", "koz": each row's unit
        if metric_columns(header, entity, published) and timed_rows(body, entity, published):
            header, body = transpose(changes_named(header), body)  # metrics across
        columns = read_columns(header, entity, published)
        if len(columns) == len(header):
            # "Q3 FY26 | Q3 FY25 | y/y | CBER est.": the writer's estimate beside the
            # company's figures is no figure of the company's; its column is left unread
            columns = [
                _Column(None, None, None, None) if n and _OTHERS_COLUMN.search(cell) else c
                for n, (c, cell) in enumerate(zip(columns, header, strict=True))
            ]
        columns = span_columns(columns, header, text[:top], published)  # "Thirteen Weeks"
        columns = year_span_columns(columns, header, text, published)  # "26 weeks 2025"
        # "Current Quarter | Similar Quarter for Previous Year": the report's own quarter
        columns = relative_columns(columns, header, text[:top], entity.calendar, published)
        if any(c.period is None and c.role is not None for c in columns):
            # "Previous forecast (A) | Revised forecast (B)" with no year in the table: the
            # year of the forecast the text above it names
            year = year_named_above(text, top, entity, published)
            columns = [
                replace(c, period=year) if c.period is None and c.role is not None else c
                for c in columns
            ]
        # ("Beer volume by market (tis. hl)": the note's scale word put in English)
        caption_cell = in_english(without_exception(unmark(header[0])[0])) if header else ""
        if _CHANGE_CAPTION.search(caption_cell):
            caption_cell = _CHANGE_CAPTION.sub(" ", caption_cell).strip()
            # "COMPARABLE SALES (change vs. prior-year period)" over "Q3 FY25 | YTD FY25":
            # every cell is the change of its row over its column's period
            columns = [
                replace(c, change=True, percent=True) if c.period is not None else c
                for c in columns
            ]
        caption_note = unit_note(coded_note(caption_cell, signs))  # ("Rm")
        spared = excepted_counts(unmark(header[0])[0]) if header else ()
        unscaled = excepted_names(unmark(header[0])[0]) if header else ()
        if caption_note is None and (mass := _MASS_CAPTION.fullmatch(caption_cell.strip())):
            # "Mt" over "2Q25 | 2Q24": the table's amounts are millions of tonnes, no name
            caption_note = (1e3 if mass["p"] == "k" else 1e6, None)
            caption_cell = ""
        cents = cents_note(caption_cell, text) if caption_note is None else None
        if cents is not None:
            # "Per share (cents)" in a report whose cents are the rand's
            amounts, caption_cell = cents, without_cents_note(caption_cell)
        elif caption_note is not None:
            amounts = caption_note  # "(¥ billion)", "Units (millions)" over the whole table
            # (a local sign's note with its lead-in is taken off as its code: "(amounts in
            # GH¢'000)")
            if led_in_note(caption_cell):
                caption_cell = coded_note(caption_cell, signs)
            caption_cell = BARE_NOTE.sub(" ", NOTE_TEXT.sub(" ", caption_cell))
        # (the note opens the cell: the line above it, merged in, not the column's own unit)
        noted = {
            c.note
            for c, cell in zip(columns, header, strict=False)
            if c.note is not None and cell.lstrip().startswith("(")
        }
        if (
            amounts is None
            and len(noted) == 1
            and len(columns) == len(header)
            and all(c.measure is None and c.thing is None for c in columns)
            and all(c.note in noted for c in columns if c.note is not None)
            and any(c.period is not None and c.note is None and not c.change for c in columns)
        ):
            # "Consolidated results   (Millions of yen)" over "FY3/24   FY3/25": a note set
            # to the right of the title lands over the last column, yet is the whole table's
            amounts = next(iter(noted))
        columns = in_own_currency(columns, amounts)
        # (a count's note, "(millions of cases)", says nothing of another table's money)
        carried = amounts is None and last_note is not None and last_note[1] not in (None, "units")
        if carried:
            amounts = last_note  # a second table of the same report, in the units of the first
        last_note = amounts if amounts is not None else last_note
        # ("GROSS BOOKINGS BY GAME, EUR MILLION": what the rows split, never a word of the
        # measure's name)
        caption = residue(_SPLIT_NAMED.sub("", caption_cell), published)
        # a caption that names a rate ("Comparable sales"): its rows are the rate's parts
        rate_caption = (
            (fam := reporting.family_of(caption)) is not None
            and fam.states_change
            and fam.key != "growth"
        )
        if (
            set(re.findall(r"[a-z]+", caption.lower())) <= GENERIC_TITLE
            or lists_measures(caption)
            or _STATEMENT_TITLE.fullmatch(caption_cell.strip())
            or _section_title(caption)
        ):
            caption = ""  # "Key figures", "Production and cost": no one thing the rows count
        elif plan_title(caption_cell, caption):
            caption = ""  # "VISION 2028 — numerical targets for FY2027": a plan's name
        if _THEIR_ESTIMATES.search(f"{title or ''} {' '.join(header)}") and not any(
            _ACTUAL_COLUMN.fullmatch(unmark(cell)[0].strip()) for cell in header[1:]
        ):
            # "Estimate changes (QLS, not company guidance)", "FY26e": someone's model (an
            # "Actual" column beside "Consensus" is the company's, the others' left unread)
            continue
        notes = footnotes(text, rows[-1].end, published)
        lead = lead_measure(text, top)
        names = [entity.name, *entity.aliases]
        revised = any(c.role == "new" for c in columns) and any(c.role == "old" for c in columns)
        earlier = previously_stated(text, rows[0].start, published) if revised else None
        parent: str | None = None
        parent_indent = 0
        parent_whole = False  # the row above is the whole company's total
        parent_count: tuple[float, str] | None = None  # its count's note, "(m, 9L)"
        # the currencies the table's own cells write ("$ 842.6"): a bare money row's too
        currencies = {
            f.unit
            for values, _ in body
            for v in values[1:]
            for f in find_figures(unmark(v)[0])
            if f.unit not in ("units", "percent")
        }
        comma = comma_decimals([v for values, _ in body for v in values[1:]])
        # "Region | Q3 ...", "Sales by segment": rows that are parts, named by no measure
        dimension = bool(
            DIMENSION.fullmatch(caption_cell.strip())
            or _BY_DIMENSION.search(title or "")
            or by_word  # "| Segment | Net sales |" under "Segment information": by segment
        )
        # "H1 sales by supply mode (EUR m)" over "Packaged (cylinders)  1,270": the parts of a
        # money measure, a row's bracket saying what the part is, never what it counts
        money_split = (
            (dimension or _SPLIT_BY.search(f"{title or ''} {caption_cell}") is not None)
            and amounts is not None
            and amounts[1] not in (None, "units")
            and (fam_split := reporting.family_of(unnoted(title or caption_cell))) is not None
            and fam_split.measure == "money"
        )
        # "| Port operator (2025) | Throughput |" with the company one of the rows: a table of
        # companies, where every other row is another company's figure
        peers = _peer_table(caption_cell, [values[0] for values, _ in body], names)
        body_started, row_level = False, None
        # "Stores | Opened | Closed": the level a table counts, whose changes its other
        # columns count
        table_level = counted_level(caption_cell, [values[0] for values, _ in body])
        counted = next(
            (c.thing for c in columns if c.thing and c.thing.lower() in lx.LEVEL_PLURAL), None
        )
        # ("Reconciliation of GAAP and Non-GAAP Results" over "(All amounts in millions)")
        reconciling = bool(
            _RECONCILIATION.search(text[max(0, top - 300) : top].rstrip().split("\n\n")[-1])
        )
        spared_row = False
        cents_of = _cents_currency(body, amounts, signs)  # "HEPS (cents)": whose cents
        section_mass: tuple[float, None] | None = None  # "**Copper production (kt)**" above
        section_name: str | None = None  # "**Coating Solutions (CS)**" above: its rows' segment
        # columns of their own times ("2025 | 2024"), none a statement's ("Previous | Revised")
        timed_columns = any(c.period is not None for c in columns) and not any(
            c.role is not None for c in columns
        )
        for n_row, (values, quotes) in enumerate(body):
            heading_row = bool(values) and all(not v.strip() for v in values[1:])
            if heading_row:
                # "| **Copper production (kt)** | | |": a heading row whose unit of mass is
                # the unit of the rows below it, up to their total
                section_mass = _mass_scale(unmark(values[0])[0])
                # "| **Coating Solutions (CS)** | | |": a segment's heading row, whose rows
                # below, up to the next heading row, are that segment's
                section_name = _segment_heading(unmark(values[0])[0])
            if len(values) < 2 or set("".join(values)) <= set("-:| "):
                continue
            spared_before, spared_row = spared_row, False
            label, label_marks = unmark(values[0])
            carried_mass = None
            if not heading_row:
                carried_mass, section_mass = _carried_mass(label, section_mass)
            if timed_columns and _timed_label(label, entity, published):
                # "2025/07" under "Net revenue | Same month of 2024": the row says one time,
                # the column another; which the figure is of, the table leaves unsaid
                continue
            if peers and not _names_one_of(label, names):
                continue  # another company's row in a table of companies
            if reconciling and n_row > 0 and not _ADJUSTED_ROW.search(label):
                # "Share-based compensation" between "Net loss (GAAP)" and "Adjusted net loss
                # (non-GAAP)": an adjustment that bridges the two, no figure of its own
                continue
            if lx.RECONCILING.search(label) and (dimension or reporting.regions_in(title or "")):
                continue  # "Others and eliminations" in a table by region: no region's figure
            if _CONSOLIDATION_ROW.search(label):
                continue  # "Consolidation / other" between the divisions and the group: a bridge
            total = TOTAL.match(label)
            summed = total is not None and _BRACKETED_SUM.fullmatch(label[total.end() :])
            if summed:
                # "Total (Domestic + Exports)": the sum its brackets spell out is all of it,
                # the table's measure with no part named
                label, total = "", None
            if total is not None and label[total.end() :].strip(" :"):
                # "Total revenue", "All mobile phones": the row names its own metric
                label, total = label[total.end() :].strip(" :"), None
            label = coded_label(label, signs)  # "EBIT (KSh bn)": the shilling's billions
            row_note = unit_note(label)  # "Revenue (£m)", "Units shipped (thousands)"
            if row_note is None and (stated := _comma_unit(label)) is not None:
                # "Cans shipped, million" and "Net price per can, SEK" under "SEK m unless
                # stated": the row states its own unit after a comma
                label, row_note = stated
            # ("Ethanol production (thousand m³)": the "³" is the unit's, no footnote mark)
            en_label = in_english(label)  # ("(tis. hl)": a scale word of another language)
            physical = _PHYSICAL_NOTE.search(en_label) or _PHYSICAL_NOTE.search(
                in_english(values[0])
            )
            if physical is not None and physical.string is not en_label:
                row_note = None  # (its scale read below, "(thousand m)" no money note)
            if physical is not None and _initials_of(physical.string, physical.start()):
                physical = None  # "Machine Tools (MT)": a division's short form, no tonnes
            if physical is not None and (row_note is None or row_note[1] is not None):
                # "Ready-mix (million m3)": a physical amount in its scale, never money
                scale = re.match(r"\(\s*(\w+)", physical.group())
                row_note = (NOTE_SCALES.get(scale[1].lower(), 1.0) if scale else 1.0, None)
                if (prefixed := _PREFIXED_UNIT.search(physical.group())) is not None:
                    # "(kt)", "(koz)", "(Moz)": thousands or millions of the unit
                    row_note = (1e3 if prefixed["p"] == "k" else 1e6, None)
            if row_note is None and physical is None and table_rate(label) is not None:
                # "Order intake (MW)" under "NOK million": power as written, named with its
                # unit below, never the caption's millions of money
                row_note = (1.0, None)
            if row_note is None and physical is None and carried_mass is not None:
                row_note = carried_mass  # "Quebrada Larga (QL)" below "Copper production (kt)"
            if row_note is None and _PER_SHARE.search(label) and _PENCE_NOTE.search(values[0]):
                row_note = (0.01, "GBP")  # "Basic earnings per share (p)": pence, no footnote
            if row_note is None and (cents := _CENTS_NOTE.search(label)) is not None:
                # "Earnings per share (cents)": the cents of the table's one money, else the
                # dollar's ("(US cents)" says so)
                row_note = (0.01, "USD" if "US" in cents[0].upper() else cents_of or "USD")
            bare_currency = _BARE_CURRENCY.search(label) if row_note is None else None
            if bare_currency is not None:
                # "Net revenue/hl (R$)" under "(R$ mn)": reais as written, no millions
                # ("Operational EBIT per kg (NOK)" under "NOK million (unless stated)": an
                # amount per thing in a currency's code, as written)
                cur = bare_currency["cur"]
                code = (
                    DOLLAR_SIGNS.get(cur.lower()[:-1], "USD")
                    if cur.endswith("$")
                    else (cur if cur in currency_names() and _PER_THING.search(label) else None)
                )
                row_note = (1.0, code) if code is not None else None
            if row_note is None:  # "Milk price ($ per kgMS)", "ARPU (Ps. per month)"
                row_note = price_note(label, text)
            if row_note is None and (
                (
                    any(re.search(rf"\b{re.escape(w)}", label, re.IGNORECASE) for w in spared)
                    and _not_money(label)
                )
                or (spared_before and _qualifier_only(label))
            ):
                # "Restaurant openings" under "except restaurant data", and the "Franchised"
                # row set below a spared count: counts as written, no millions of money
                row_note = (1.0, None)
                spared_row = True
            own_unit = _OWN_UNIT.search(label) if row_note is None else None
            if (
                own_unit is not None
                and amounts is not None
                and amounts[1] is not None
                and not _initials_of(label, own_unit.start())
                and not _currency_word(own_unit["u"])
                # (a word, "(homes)", "(value)", or a name's capitals, "(PEM)", is no unit)
                and not own_unit["u"].isupper()
                and not getAllLemmas(own_unit["u"].lower())
            ):
                if own_unit["u"].lower() not in _COUNT_NOTES:
                    # "Volume (EUm)" in a "£ million" table: counted in a unit of its own,
                    # whose scale no note gives; never the table's money
                    continue
                row_note = (1.0, None)  # "Deliveries (units)": plain counts
            sub = _SUB_ROW.match(label)
            as_labelled = label  # (a row set in below a parent is named by it, not a section)
            whole = False  # a "Group" row set in below its heading: the heading's metric
            indent = indent_of(text, quotes[0])
            heading = heading_above(text, quotes[0]) if indent else None
            if heading is not None and residue(label, published).strip():
                # (a row named by a time, "  December 31, 2025" below "Nine months ended", is
                # a period of the table, never a part of its heading)
                # "  Subscription   $ 297,512" below "Revenue:": that heading's part
                parent, parent_indent = residue(unnoted(heading), published).lower(), 0
                # ("Revenue (C$M)" over "  Physical lane   79.4": the heading's own units
                # are its parts', where the table states none)
                parent_count = unit_note(heading) if amounts is None else None
            whole_part = sub is not None and parent is not None and parent_whole
            segment = None  # a part named as a name ("Memory" below "Revenue"), its capitals kept
            if whole_part:
                # "of which Acme Electric" below "Total": a part of the whole company, named
                # as written (a sub-brand keeps the company's name it carries)
                label = label[sub.end() :].strip()
            elif sub is not None and parent is not None and label[sub.end() :].strip():
                # "– Climate Solutions" under "Revenue": a part of the row above (a marker
                # with no words after it names no part)
                segment = named_segment(label[sub.end() :])
                label = part_name(label[sub.end() :].strip(), parent)
                row_note = row_note or parent_count  # "– Matai Bay" under "Cases shipped (m, 9L)"
            elif (
                parent is not None
                and indent > parent_indent
                and label.strip()
                # ("  December 31, 2025" below "Nine months ended": a period, no part)
                and residue(label, published).strip()
            ):
                # "   E-bikes   40,500" set in below "Units sold": a part of it too; a
                # "Group" or "Total" row set in below it is all of it
                # ("  Total revenue" below "Revenue (C$M)": the heading's measure itself)
                whole = total is not None or label.strip().lower() == parent
                segment = None if whole else named_segment(label)
                label = parent if whole else part_name(label.strip(), parent)
                row_note = row_note or parent_count
            elif label.strip():
                # ("Gross loans to customers": its parts are parts of the loans)
                parent = residue(unnoted(_OWED_BY_CUSTOMERS.sub(" ", label)), published).lower()
                parent_indent = indent
                # (a count's note, or a scale the row names with no currency, "Stems sold
                # (million)": its parts are counted alike; a money row's parts keep the
                # table's own notes, but never a note carried from another table: "GMV (KRW
                # billion)" over "- Korea" where only the table above said "100 million won";
                # in a table with no note of its own, "Revenue ($m)" is its parts' unit too)
                parent_count = (
                    row_note
                    if row_note is not None
                    and (row_note[1] in ("units", None) or carried or amounts is None)
                    else None
                )
            if (
                section_name is not None
                and not heading_row
                and segment is None
                and not whole_part
                and label == as_labelled
                and label.strip()
                and reporting.family_of(unnoted(label)) is not None
            ):
                # "Sales" below "**Coating Solutions (CS)**": Coating Solutions sales
                row = label.strip()
                if not row.split()[0].isupper():
                    row = row[:1].lower() + row[1:]  # "Sales": "Coating Solutions sales"
                label, segment = part_name(section_name, row), section_name
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
                cell, marks = unmark(raw)
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
                special = special_cell(
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
                rate = (
                    _PERCENT_ROW.search(label)
                    or _PERCENT_ROW.search(col.measure or "")
                    # "Comparable sales | +1.5% to +2.5%": a measure that is a rate
                    or (
                        (fam := reporting.family_of(label)) is not None and fam.measure == "percent"
                    )
                )
                if col.change != (f.unit == "percent" and not rate):
                    continue  # a change column holds changes; "-1.7 pp" is none we keep
                # "Stores | +1.4%" under "Comparable sales (change ...)": a part of a rate
                # the caption names, no level
                rate_part = (
                    col.change
                    and rate_caption
                    and reporting.family_of(label) is None
                    and not reporting.regions_in(label)
                )
                if col.change and _STOCK_ROW.search(label) and not rate_part:
                    continue  # a level's change runs between two days: no figure of a period
                known_level = (
                    _STOCK_ROW.search(label)
                    or _STOCK_ROW.search(caption)
                    # ("Balance sheet and asset quality (₹ crore)" over "Mar 31, 2025")
                    or _BALANCE_SHEET.search(title or "")
                )
                # "Towers owned  14,820" under "30 Sep 2025": a count held on the day; never
                # "Private Clients 104.6" under "AuM 30.06.2025 (CHF bn)" (no whole count,
                # nor a ratio, nor a count in a scale a note states)
                held = (
                    col.day
                    and not known_level
                    and held_count(label, f)
                    and (
                        float(f.value).is_integer()
                        or _RATIO_ROW.search(label) is not None
                        or (row_note or col.note or amounts) is not None
                    )
                )
                if col.day and not (known_level or held):
                    continue  # a day's column only dates a level
                value, unit, high = f.value, f.unit, f.high
                # (a range of bare numbers, "8.5 – 9.5", is as bare as one number)
                bare = unit == "units" and (
                    not f.explicit
                    or (f.high is not None and not _WORDED.search(_RANGE_WORD.sub("", f.text)))
                )
                if bare and (_PERCENT_LABEL.search(label) or (col.percent and not col.change)):
                    unit, bare = "percent", False  # "Occupancy (%)  68.4", "EBIT margin, %"
                note = row_note if row_note is not None else col.note or amounts
                if (
                    row_note is None
                    and note is not None
                    and note[0] > 1
                    # (the row's label, or in a table of measures across, its column's)
                    and _PER_SHARE_ROW.search(f"{label} {col.measure or ''}")
                ):
                    # "Diluted EPS  $1.41" under "(in millions, except per-share data)": an
                    # amount per share is never in the table's millions (its cents may be)
                    note = (1.0, note[1])
                if (
                    row_note is None
                    and note is not None
                    and note[0] > 1
                    and any(re.search(rf"\b{re.escape(w)}\b", label) for w in unscaled)
                ):
                    # "Volume per guest (VPG)  $ 3,890" under "($ in millions, except VPG)"
                    note = (1.0, note[1])
                if carried and row_note is None and col.note is None:
                    # the first table's money units fit only this table's money rows
                    # ("| Drive Systems | 98.4 |" under "Net sales": the column's measure)
                    row_fam = reporting.family_of(residue(label, published)) or (
                        reporting.family_of(col.measure) if col.measure else None
                    )
                    money = row_fam is not None and row_fam.measure == "money"
                    note = note if money or VALUE_NOTE.search(label) else None
                if (
                    note is not None
                    and unit in currencies
                    and not _SCALE_WORD.search(cell_main)
                    and not _counts_no_money(label)
                    # ("dollars in millions, except average selling price": a price a unit)
                    and not (row_note is None and _UNIT_PRICE_ROW.search(label))
                ):
                    value *= note[0]  # "$ 842.6" under "(in millions)": its scale too
                    high = None if high is None else high * note[0]
                elif note is not None and (bare or (row_note is not None and unit != "percent")):
                    factor, currency = note
                    # ("Homes delivered  3,837" under "(dollars in millions)": a count)
                    counted_row = bool(
                        _counts_no_money(label)
                        # ("City | Dark stores | Opened in H1 2026" under "All amounts in
                        # PLN m": a column of openings counts what opened, never money)
                        or (j < len(header) and _EVENT_COLUMN.match(unmark(header[j])[0]))
                        or COUNTED_DONE.search(unnoted(label))
                        or _COUNTED_SECTION.search(unnoted(label))
                        or (_COUNT_NOTE.search(label) and not money_split)
                    )
                    money_row = not counted_row or row_note is not None
                    if currency is None or money_row or not bare:
                        value *= factor
                        high = None if high is None else high * factor
                        if (
                            currency is not None
                            and (bare or (row_note is not None and unit == "units"))
                            and money_row
                        ):
                            unit = currency  # "(in millions of U.S. dollars, except units)"
                        elif (
                            currency is None
                            and bare
                            and money_row
                            # ("Room nights booked (millions)  46.2": a count in millions)
                            and not counted_row
                            # ("Cane crushed (million t)  21.4": tonnes, never pounds)
                            and physical is None
                            and len(currencies) == 1
                            # ("Plan members (000s)  486" below "Revenue £412.6m": a row
                            # giving its own scale and no currency counts things)
                            and row_note is None
                        ):
                            # "Operating income 151.3" below "Net sales $ 842.6": dollars too
                            unit = next(iter(currencies))
                        elif (
                            currency is None
                            and bare
                            and not counted_row
                            and physical is None
                            and not currencies
                            and report_money is not None
                            and _names_money(label)
                        ):
                            # "Total revenue  301.8" under "(In millions, except per-user
                            # data)" in a report whose every amount is in dollars: dollars
                            unit = report_money
                if (
                    negative is not None
                    and not (col.change or f.unit == "percent")
                    and (deducted(label))
                ):
                    negative = None  # "Cancellations  (58.3)": a deduction shown, itself 58.3
                if negative is not None:
                    value = -value
                value = float(f"{value:.12g}")  # 1,024.9 thousand is 1,024,900, not ...0001
                if unit not in ("units", "percent") and _SHARE_COUNT_ROW.search(label):
                    # "Diluted weighted average shares  63,442" under "(in thousands, except
                    # per share)": so many thousand shares, never dollars
                    unit = "units"
                suffix = cell_main[f.end :].strip().lower()
                if value < 0 and "(loss)" in label.lower():
                    suffix = "loss"  # "Operating income (loss)  (35)": an operating loss of 35
                named = _UNIT_SUFFIX.sub("", label)  # "EBIT margin, %": the unit said apart
                own = narrowest_period([label], entity, published, col.kind or Kind.FORECAST)
                if own is not None and col.role is not None:
                    # "FY26 adjusted profit before tax | £62m–£68m | £70m–£74m": under a
                    # Previous / Revised pair, the row says which year, and its name is the rest
                    named = without_times(named, published) or named
                thing = counted_change(col.thing, counted) or col.thing
                own_part = bool(counted) and not total and own_name(named, entity)
                if own_part:
                    # "Wrenfield   318   9   5" in a table by banner: the company's name
                    # as one of its parts, never the whole company
                    named = f"{named} {by_word}".strip()
                metric = table_metric(
                    " ".join(x for x in ((named if not total or whole else ""), thing) if x)
                    + (
                        " sequential change"
                        if col.sequential
                        # ("organic" over a column of changes: the basis they are measured on)
                        else f" {col.basis} change"
                        if col.change and col.basis
                        else " change"
                        if col.change
                        else ""
                    ),
                    col.measure,
                    caption,
                    unit,
                    suffix,
                    names=[] if own_part or whole_part else names,
                )
                if metric is not None and segment and metric.lower().startswith(segment.lower()):
                    # ("memory revenue" would read as revenue with a filler word before it)
                    metric = segment + metric[len(segment) :]
                over = labelled_count(label) if unit == "units" else None
                if over is not None:
                    metric = over  # "Customers >$100k ARR": customers over $100,000
                moved = movement(label, table_level) if unit == "units" else None
                if moved is not None:
                    metric, value = moved, abs(value)  # "Closed  (9)": nine closures
                elif at_level(label, table_level) and unit == "units":
                    metric = table_level  # "Stores, beginning of period": the level that day
                if rate_part:
                    # "digital comparable sales change": the caption's rate for the row's part
                    words = named.split()
                    words[-1] = singular(words[-1].lower()) if words[-1].istitle() else words[-1]
                    metric = f"{' '.join(words)} {caption.lower()} change"
                elif col.change and row_level and reporting.family_of(named) is None:
                    # "North America | 1,240 | 1,180 | 5%": the change of the row's own level,
                    # never a bare "change" or a region's "change"
                    metric = change_name(row_level, col)
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
                    physical = _PHYSICAL_NOTE.search(in_english(label))
                    thing = in_english(label)[: physical.start()].strip() if physical else ""
                    metric = f"{thing.lower()} volume" if thing else None
                    data = DATA_NOTE.search(physical.group()) if physical and thing else None
                    if data is not None:
                        # "Data traffic (PB)": named with its unit, as power is ("(MW)")
                        metric = with_data_unit(thing.lower(), short_data_unit(data))
                if (
                    metric is None
                    and unit == "units"
                    and not col.change
                    and dimension
                    and (measured := caption_measure(caption)) is not None
                    and reporting.family_of(measured) is None
                    and (part := _BRACKETS.sub("", named).strip())
                ):
                    # "Indore (IDR)  1.34" under "Passenger traffic (in million)" and "Airport":
                    # that part's count of the measure the caption names
                    metric = f"{part} {measured}"
                if metric is None and unit == "units" and not col.change:
                    # "Capacity installed (MW)  52.4", "Average system size (kW)  7.3": the
                    # row measures what it names in a unit of power, energy or mass, kept;
                    # "FTK (million)", "Revenue passenger-km": traffic, named as written
                    metric = measured_in_unit(label) or traffic_measure(label)
                if metric is None and unit == "units" and _RATIO_ROW.fullmatch(named.strip()):
                    metric = " ".join(named.lower().split())  # "Book-to-bill ratio  0.90"
                if metric is None:
                    continue
                if held and SOLD_NAME.search(metric):
                    continue  # "Software" under "Units" and "Cumulative to Mar 31": sold, no level
                if (
                    unit not in ("units", "percent")
                    and not col.change
                    and reporting.family_of(metric) is None
                    and (dimension or reporting.regions_in(_CENTS_NOTE.sub(" ", label)))
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
                if re.search(r"\bloss\b", metric) and value < 0 and not col.change:
                    value = -value  # a loss of (96); a change of -87.5% in it stays a fall
                kind = col.kind or Kind.ACTUAL
                if kind is Kind.FORECAST and _TARGET_ROW.search(label):
                    kind = Kind.TARGET  # "Golf balls (target)" under "Revised forecast"
                period = own if own is not None and col.role is not None else col.period
                if (
                    own is not None
                    and col.role is None
                    and period is not None
                    and period.months == 1
                    and own.months > 1
                    and own.end.month == period.end.month
                ):
                    # "Cumulative revenue (Jan.–Oct.)" under "2025/10 | 2024/10": the months
                    # the row counts up to each column's month, never that month alone
                    years = period.end.year - own.end.year
                    period = Period(own.start.replace(year=own.start.year + years), period.end)
                    # (the period says "cumulative": the name is the measure's own)
                    metric = _RUNNING_WORD.sub("", metric).strip() or metric
                level = (
                    not rate_part
                    and (  # (a "Subscribers" caption: each row a level)
                        _STOCK_ROW.search(f"{label} {caption}" if unit == "units" else label)
                        or (col.thing and _STOCK_ROW.search(col.thing))
                        or (unit == "units" and counts_a_level(label))  # "Service routes"
                        # ("Balance sheet (S/ millions)" over "Jun-25  Mar-25": each row held
                        # on its month's last day)
                        or _BALANCE_SHEET.search(f"{title or ''} {caption}")
                    )
                    # ("Monthly transacting users", "Average daily members": a count over
                    # the column's span, never a level on its last day)
                    and not _OVER_A_SPAN.search(label)
                )
                if level and not col.day and period.end <= published:
                    # "Stores at year end", "Order backlog" under a year: a level on its last day
                    # ("Stores, beginning of period": the day before it starts)
                    period = level_day(label, period) or Period(period.end, period.end)
                if kind is Kind.ACTUAL and (
                    period.start > published or (revised and period.end > published)
                ):
                    kind = Kind.FORECAST  # a revised figure for a year not yet over
                if unit == "units" and (rated := table_rate(label, col.measure, caption)):
                    # "Order intake, turbines (GW)  17.6": a flow or power in its own unit
                    metric = rate_named(metric, rated[0])
                    value *= rated[1]
                    high = None if high is None else high * rated[1]
                elif unit == "units" and (own := rate_unit(cell_main, f)) is not None:
                    # "Module shipments | 21 – 24 GW": the cell states its unit itself
                    metric = rate_named(metric, own.label)
                    value *= own.factor
                    high = None if high is None else high * own.factor
                as_of, note = published, ""
                for mark in (marks, label_marks, col.marks):
                    if mark and mark in notes:
                        note = notes[mark][0]
                        as_of = notes[mark][1] or as_of
                if col.said is not None:
                    as_of = col.said  # "Ad hoc (16 Oct 2025)": the day the column was stated
                elif revised and col.role == "old" and as_of == published:
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


# "Cumulative revenue", "Year-to-date sales": a running total's word before its measure
_RUNNING_WORD = re.compile(r"^\s*(?:cumulative|year[- ]to[- ]date|ytd|accumulated)\s+", re.I)


def _cents_currency(
    body: list[tuple[list[str], list[Sentence]]],
    amounts: tuple[float, str | None] | None,
    signs: dict[str, str],
) -> str | None:
    """The one currency a table's caption or its money rows note ("R million" over "Revenue",
    "Revenue (R million)"): a row "in cents" counts that currency's cents. None where the
    table notes none, or more than one."""
    if amounts is not None and amounts[1] not in (None, "units"):
        return amounts[1]
    noted = {
        note[1]
        for values, _ in body
        if values and (note := unit_note(coded_label(unmark(values[0])[0], signs))) is not None
    } - {None, "units"}
    return next(iter(noted)) if len(noted) == 1 else None


def _timed_label(label: str, entity: KnownEntity, published: date) -> bool:
    """A row label that is a time and nothing else ("2025/07", "Q3 2024"): no metric."""
    label = worded_days(label)  # "2025/07": July 2025
    if not label.strip() or residue(label, published).strip(" .:()-"):
        return False
    return narrowest_period([label], entity, published, Kind.ACTUAL) is not None


# a unit a row label states after a comma: "Cans shipped, million", "Price per can, SEK"
_COMMA_UNIT = re.compile(r",\s*(?P<u>[^,()]{1,12}?)\s*$")


def _comma_unit(label: str) -> tuple[str, tuple[float, str | None]] | None:
    """The label without the unit it states after a comma, and that unit as a note: a
    scale word counts the row's things in that scale unless the row names money ("Net sales,
    million" keeps the table's currency); a currency alone states amounts as written."""
    m = _COMMA_UNIT.search(label)
    if m is None:
        return None
    unit, name = m["u"].strip(), label[: m.start()].strip()
    scale = NOTE_SCALES.get(unit.lower())
    if scale is not None:
        return (name, (scale, None)) if _not_money(name) else None
    currency = column_currency(unit) if len(unit.split()) == 1 else None
    return (name, (1.0, currency)) if currency is not None else None


# a row's unit of power, energy or mass in brackets at its end: "Capacity installed (MW)"
_SCALED_UNIT = re.compile(r"^(?P<what>[A-Za-z][\w /&-]{2,50}?)\s*\((?P<u>[^()]{1,12})\)\s*$")


def measured_in_unit(label: str) -> str | None:
    """ "Capacity installed (MW)" -> "capacity installed (MW)": a row named by what it
    measures and the unit it measures it in (bot/facts/unit_scales.py), as prose names it."""
    m = _SCALED_UNIT.match(unmark(label)[0])
    unit = short_unit(m["u"].strip()) if m is not None else None
    if m is None or unit is None:
        return None
    what = " ".join(m["what"].split())
    return f"{what[:1].lower()}{what[1:]} ({unit})"


# a transport company's traffic: so many tonnes, passengers or seats carried a kilometre or
# a mile ("Freight tonne-km (FTK), million", "RPK (bn)", "Available seat miles")
_TRAFFIC = re.compile(
    r"^(?P<name>(?:[A-Za-z]+\s+){0,3}(?:tonne|ton|passenger|seat|vehicle|car|train|freight)"
    r"[\s-](?:km|kilomet(?:re|er)s?|miles?)|(?:A|R)?(?:FTK|RTK|ATK|RPK|ASK|RPM|ASM)s?)\b"
    r"(?:\s*\([A-Z]{2,5}\))?\s*(?:,\s*[a-z]+|\([^()]*\))?\s*$",
    re.IGNORECASE,
)


def traffic_measure(label: str) -> str | None:
    """ "Freight tonne-km (FTK), million" -> "freight tonne-km"; "FTK (million)" -> "FTK":
    a row counting traffic in tonne-, passenger- or seat-kilometres or miles."""
    m = _TRAFFIC.match(unmark(label)[0].strip())
    if m is None:
        return None
    name = " ".join(m["name"].split())
    return name if name.isupper() else name[:1].lower() + name[1:]


def one_currency(text: str) -> str | None:
    """The currency nearly every amount of the report is written in (a stray "10:00 p.m."
    read as pence aside), or None."""
    found = Counter(f.unit for f in find_figures(text) if f.unit not in ("units", "percent"))
    if not found:
        return None
    unit, n = found.most_common(1)[0]
    return unit if n >= 3 and n >= 0.9 * found.total() else None


def _names_money(label: str) -> bool:
    """LABEL's last word names a measure of money ("Total revenue", "Net income", "Adjusted
    EBITDA"), never a count named after one ("Revenue ton-km")."""
    words = unnoted(label).split()
    family = reporting.family_of(words[-1]) if words else None
    return family is not None and family.measure == "money"


def _not_money(label: str) -> bool:
    """LABEL names no measure of money ("Restaurant openings", never "Company restaurant
    sales")."""
    family = reporting.family_of(label)
    return family is None or family.measure != "money"


def _qualifier_only(label: str) -> bool:
    """A label that is one qualifying word and names no thing ("Franchised",
    "Company-operated"): a part of the row above it."""
    words = label.split()
    if len(words) != 1 or not words[0].replace("-", "").isalpha():
        return False
    word = words[0].lower()
    return not getAllLemmas(word).get("NOUN") and (word.endswith("ed") or "-" in word)
