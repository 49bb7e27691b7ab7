"""Data packs: rows of comma-separated values pasted into a report, a header naming which
column holds the metric, the region and the unit, and one column per period:

    metric,region,unit,2Q25,2Q24,1H25,1H24
    net_sales,Consolidated,USD million,"4,127","4,203","7,988","8,102"
    net_sales,Mexico,USD million,"1,318","1,392",,

Each filled period cell is one proposal: the row's metric ("net_sales" -> "net sales"), for
its region unless the region is the whole company ("Consolidated", "Group", "Total"), in the
row's unit and scale, for the period its column names. The block is a table, never prose:
`pack_spans` tells the sentence reader which stretches of text to leave alone.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date

from lemminflect import getAllLemmas

from bot.facts.model import Kind, Period, SalesBotError
from bot.facts.quantities import measure_unit, normalize_unit
from bot.ingest.lexicon import KIND_NOUNS, RECONCILING
from bot.ingest.model import KnownEntity, Proposal
from bot.ingest.spans import resolve_time
from bot.ingest.timing import find_times

# what a header cell says its column holds
_ROLES = {
    "metric": "metric",
    "measure": "metric",
    "kpi": "metric",
    "item": "metric",
    "line": "metric",
    "indicator": "metric",
    "region": "region",
    "segment": "region",
    "market": "region",
    "geography": "region",
    "country": "region",
    "division": "region",
    "unit": "unit",
    "units": "unit",
    "currency": "unit",
}
# a region that is the whole company, not a part of it
_WHOLE = re.compile(r"^(?:consolidated|group|total|company|all|worldwide|global)$", re.I)
_SCALES = {
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
}
_NUMBER = re.compile(r"^\(?-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?$|^\(?-?\d+(?:\.\d+)?\)?$")


@dataclass(frozen=True)
class _Pack:
    start: int  # offset of the header line
    end: int  # offset after the last row
    header: list[str]
    rows: list[tuple[int, str, list[str]]]  # (offset, line, cells)


def _cells(line: str, delimiter: str = ",") -> list[str]:
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter))]


def _delimiter(line: str) -> str | None:
    """What separates a header line's cells: a semicolon (where a comma may group thousands,
    "1;Sales;1,984") or a comma; None for a line of neither."""
    if line.count(";") >= 2:
        return ";"
    if line.count(",") >= 3:
        return ","
    return None


def _packs(text: str) -> list[_Pack]:
    """Blocks of comma- or semicolon-separated lines whose first line names a metric
    column."""
    out: list[_Pack] = []
    offset, lines = 0, []
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        at, line = lines[i]
        delimiter = _delimiter(line)
        header = _cells(line, delimiter) if delimiter else []
        roles = [_ROLES.get(h.lower()) for h in header]
        if delimiter is None or "metric" not in roles:
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(lines) and lines[j][1].count(delimiter) >= len(header) - 1 >= 1:
            cells = _cells(lines[j][1], delimiter)
            if len(cells) != len(header):
                break
            rows.append((lines[j][0], lines[j][1], cells))
            j += 1
        if rows:
            end = rows[-1][0] + len(rows[-1][1])
            out.append(_Pack(at, end, header, rows))
        i = j
    return out


def pack_spans(text: str) -> list[tuple[int, int]]:
    """Where the data packs of TEXT stand: no sentence is read inside them."""
    return [(p.start, p.end) for p in _packs(text)]


def _period(cell: str, entity: KnownEntity, published: date) -> Period | None:
    found = find_times(cell, published)
    if len(found) != 1 or found[0].is_date or found[0].text.strip() != cell.strip():
        return None  # a column names one period and nothing else
    return resolve_time(
        found[0], cal=entity.calendar, as_of=published, kind=Kind.ACTUAL, anchor=None
    )


# "US$/oz sold", "$ per tonne", "EUR/t": an amount of money for each unit of something
_PRICE = re.compile(r"^\s*(?P<cur>[A-Z]{0,2}\$|[€£¥₹]|[A-Z]{3})\s*(?:/|per\s)", re.IGNORECASE)
# "Mlbs", "koz", "kt", "Moz": a mass counted in thousands or millions of its unit
_PREFIXED_MASS = re.compile(r"^\s*(?P<p>[kM])(?:lbs?|oz|t|boe)\s*$")


def _unit(cell: str) -> tuple[float, str] | None:
    """'USD million' -> (1e6, 'USD'), 'million tonnes' -> (1e6, 'units'), '%' -> percent,
    'US$/oz' -> (1, 'USD'), 'Mlbs' -> (1e6, 'units')."""
    price = _PRICE.match(cell)
    if price is not None:
        try:
            return 1.0, normalize_unit(price["cur"])
        except (ValueError, SalesBotError):
            return None
    mass = _PREFIXED_MASS.match(cell)
    if mass is not None:
        return (1e3 if mass["p"] == "k" else 1e6), "units"
    words = cell.replace("%", " % ").split()
    scale, unit = 1.0, None
    for w in words:
        if w.lower() in _SCALES:
            scale = _SCALES[w.lower()]
        elif w == "%" or w.lower() in ("percent", "pct"):
            unit = "percent"
        elif re.fullmatch(r"[A-Z]{3}", w):
            try:
                unit = normalize_unit(w)
            except ValueError:
                return None
    if unit is None:
        unit = "units"  # tonnes, cubic metres, vehicles: a count of what the metric names
    return scale, unit


def _metric_column(pack: _Pack, roles: list[str | None]) -> int:
    """The metric column among those whose header may name one: the one whose cells are
    words ("line;item;..." numbers its rows in "line" and names them in "item")."""
    named = [i for i, role in enumerate(roles) if role == "metric"]

    def numbered(i: int) -> int:
        return sum(bool(re.fullmatch(r"[\w.]{0,4}\d+[\w.]{0,2}", c[i])) for _, _, c in pack.rows)

    return min(named, key=lambda i: (numbered(i), named.index(i)))


# a row label that ends in its unit: "Sales, EUR million", "Deliveries, tonnes",
# "Margin, %", "Average price, EUR per tonne" (a remark in brackets after it is no unit)
_LABEL_UNIT = re.compile(r"^(?P<label>.+?),\s*(?P<unit>[^,()]+?)\s*(?:\([^()]*\))?$")
# a line of costs or expenses ("Energy costs", "Other operating expenses")
_COST = re.compile(r"\b(?:costs|expenses)$", re.IGNORECASE)
_PER = re.compile(r"^(?P<unit>.*?)\s+per\s+(?P<per>[a-z ]+)$", re.IGNORECASE)


def _labelled_unit(cell: str) -> tuple[str, tuple[float, str] | None]:
    """('Sales', (1e6, 'EUR')) of 'Sales, EUR million'; a price per a measure keeps the
    measure in its name ('Average price per tonne', EUR). A tail that names no currency,
    scale, percent or measure ('Sales, Nordic') is part of the label."""
    m = _LABEL_UNIT.match(cell)
    if m is None:
        return cell, None
    label, tail = m["label"].strip(), m["unit"].strip()
    per = _PER.match(tail)
    if per is not None:
        label, tail = f"{label} per {per['per'].strip()}", per["unit"]
    words = tail.replace("%", " % ").split()
    if not words or not all(
        w == "%"
        or w.lower() in _SCALES
        or w.lower() in ("percent", "pct", "cubic")
        or re.fullmatch(r"[A-Z]{3}", w)
        or measure_unit(w.lower()) is not None
        for w in words
    ):
        return cell, None
    return label, _unit(tail)


def _stated_kind(label: str) -> tuple[str, Kind | None]:
    """A row that says what kind of figure it holds ('Capex plan for 2025': a target):
    the label without that noun and the year it is for, and the kind."""
    words = label.split()
    kinds = [KIND_NOUNS[w.lower()] for w in words if w.lower() in KIND_NOUNS]
    if len(set(kinds)) != 1:
        return label, None
    kept = " ".join(w for w in words if w.lower() not in KIND_NOUNS)
    return re.sub(r"\s+for\s+\S*\d{2}\S*$", "", kept).strip() or label, kinds[0]


def _metric_name(raw: str) -> str:
    """'net_sales' -> 'net sales', 'ebitda_margin' -> 'EBITDA margin'; a label written as
    words keeps its own capitals but for the first word's ('Comparable EBIT' ->
    'comparable EBIT')."""
    if "_" not in raw and not raw.islower():
        first, *rest = raw.strip().split(" ", 1)
        return " ".join([first.lower() if first[1:].islower() else first, *rest])
    words = re.sub(r"[_\s]+", " ", raw).strip().split()
    named = [
        w.upper() if w.isalpha() and len(w) <= 6 and not getAllLemmas(w.lower()) else w
        for w in words
    ]
    return " ".join(named)


def pack_proposals(text: str, *, published: date, entity: KnownEntity) -> list[Proposal]:
    out: list[Proposal] = []
    for pack in _packs(text):
        roles = [_ROLES.get(h.lower()) for h in pack.header]
        periods = [
            None if role is not None else _period(h, entity, published)
            for h, role in zip(pack.header, roles, strict=True)
        ]
        if sum(p is not None for p in periods) < 1:
            out.extend(_parts_by_measure(text, pack, roles, entity, published))
            continue
        m = _metric_column(pack, roles)
        r = roles.index("region") if "region" in roles else None
        u = roles.index("unit") if "unit" in roles else None
        for at, line, cells in pack.rows:
            region = cells[r] if r is not None else ""
            if RECONCILING.search(region) or not cells[m]:
                continue
            label, named_unit = _labelled_unit(cells[m])
            if _COST.search(label):
                continue  # what the company spent on something: no figure it reports as sales
            unit = _unit(cells[u]) if u is not None else named_unit or (1.0, "units")
            if unit is None:
                continue
            scale, code = unit
            label, stated = _stated_kind(label)
            metric = _metric_name(label)
            if region and not _WHOLE.match(region):
                metric = f"{region} {metric}"
            for cell, period in zip(cells, periods, strict=True):
                if period is None or not _NUMBER.match(cell.replace(" ", "")):
                    continue
                out.append(
                    _cell_proposal(
                        entity, metric, stated, period, cell, (scale, code), published, (line, at)
                    )
                )
    return out


# the scale and currency a document states once for its figures: "EUR million unless stated"
_STATED_UNIT = re.compile(
    r"\b(?P<code>[A-Z]{3})\s+(?P<scale>thousand|million|billion)s?\s*(?:\(|,)?\s*unless\s+"
    r"(?:otherwise\s+)?(?:stated|noted|indicated)",
)
# a part's short form before its name in brackets: "KP (Kallvik Pulp)"
_SHORT_FORM = re.compile(r"^[A-Z]{1,6}\s*\((?P<name>[^()]+)\)$")


def _caption_period(text: str, at: int, entity: KnownEntity, published: date) -> Period | None:
    """The one period the line above a pack names ("[T3] SEGMENTS, Q1/2025"), else None."""
    above = text[:at].rstrip("\n").rsplit("\n", 1)[-1]
    found = [t for t in find_times(above, published) if not t.is_date]
    if len(found) != 1:
        return None
    return resolve_time(
        found[0], cal=entity.calendar, as_of=published, kind=Kind.ACTUAL, anchor=None
    )


def _parts_by_measure(
    text: str, pack: _Pack, roles: list[str | None], entity: KnownEntity, published: date
) -> list[Proposal]:
    """A pack of parts, one column per measure, for the one period its caption names:

        [T3] SEGMENTS, Q1/2025
        line;segment;sales;comparable EBIT
        9;KP (Kallvik Pulp);548;71

    in the scale and currency the document states once ("EUR million unless stated"); with
    no such statement no cell is read (a bare 548 is no count of anything)."""
    if "region" not in roles:
        return []
    period = _caption_period(text, pack.start, entity, published)
    stated = _STATED_UNIT.search(text)
    if period is None or stated is None:
        return []
    scale, code = _SCALES[stated["scale"]], stated["code"]
    r = roles.index("region")
    measures = {
        i: _metric_name(h)
        for i, (h, role) in enumerate(zip(pack.header, roles, strict=True))
        if role is None and re.fullmatch(r"[A-Za-z][A-Za-z &-]*", h)
    }
    out: list[Proposal] = []
    for at, line, cells in pack.rows:
        region = cells[r]
        if not region or RECONCILING.search(region):
            continue
        short = _SHORT_FORM.match(region)
        part = short["name"].strip() if short else region
        for i, measure in measures.items():
            cell = cells[i]
            if not _NUMBER.match(cell.replace(" ", "")):
                continue
            metric = measure if _WHOLE.match(part) else f"{part} {measure}"
            out.append(
                _cell_proposal(
                    entity, metric, None, period, cell, (scale, code), published, (line, at)
                )
            )
    return out


def _cell_proposal(
    entity: KnownEntity,
    metric: str,
    stated: Kind | None,
    period: Period,
    cell: str,
    unit: tuple[float, str],
    published: date,
    row: tuple[str, int],
) -> Proposal:
    """A pack cell's figure, quoted by its ROW (line, offset): "(12)" is negative; a period
    not yet over is a forecast unless the row says what kind of figure it is."""
    value = float(cell.replace(",", "").strip("()"))
    value = -value if cell.startswith("(") else value
    scale, code = unit
    kind = stated or (Kind.ACTUAL if period.end <= published else Kind.FORECAST)
    return Proposal(
        entity=entity.name,
        metric=metric,
        kind=kind,
        period=period,
        value=float(f"{value * scale:.12g}"),
        unit=code,
        as_of=published,
        quote=row[0],
        start=row[1],
        from_table=True,
    )
