"""A roll-forward of a count between two days, as a filing shows a chain's units:

                                        Company-operated    Franchised    Total
    Restaurants at December 26, 2023          507              1,093      1,600
    Openings                                    6                 19         25
    Closures                                   (1)                (4)        (5)
    Restaurants at April 16, 2024             512              1,108      1,620

A row labelled by the count and a day ("Restaurants at December 26, 2023") is the count on
that day, one figure a column: the column's part ("company-operated restaurants") or, under
"Total", the count itself ("restaurants"). "Openings" and "Closures" between two such rows
are what was opened and closed over the days after the first up to the second ("restaurant
openings"); a closure in brackets is no negative count. (`levels.py` reads the other shape,
a column headed by a span over rows "beginning / end of period".) A table of any other
shape, or whose rows do not add up (the first count, plus openings, less closures, is the
second), is left to the table reader: a figure read wrong is worse than none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.facts.model import Kind, Period
from bot.ingest.metric_names import singular
from bot.ingest.model import KnownEntity, Proposal
from bot.ingest.tables.cells import cells
from bot.ingest.tables.placement import line_blocks
from bot.ingest.timing import find_times

# "Restaurants at December 26, 2023", "Stores as of 1 February 2025"
_LEVEL_ROW = re.compile(r"(?P<level>[A-Za-z][A-Za-z -]*?),?\s+(?:at|as\s+of)\s+(?P<day>\S.*)")
# the moves between the two counts: what was opened and what was closed
_MOVE = re.compile(r"(?P<openings>openings|opened)|(?P<closures>closures|closed)", re.I)
_COUNT = re.compile(r"\(?\d{1,3}(?:,\d{3})*\)?")
_TOTAL = re.compile(r"total", re.IGNORECASE)


def _day(text: str, published: date) -> date | None:
    """The one day TEXT names in full ("December 26, 2023"), read as periods are."""
    found = find_times(text, published)
    if len(found) != 1 or found[0].mode != "day" or found[0].end - found[0].start < len(text) - 1:
        return None
    return found[0].day


def _counts(cells_: list[str]) -> list[int] | None:
    if not cells_ or not all(_COUNT.fullmatch(c.strip()) for c in cells_):
        return None
    return [int(c.strip("() ").replace(",", "")) for c in cells_]


def _metric(part: str, noun: str) -> str:
    return noun if _TOTAL.fullmatch(part) else f"{part.lower()} {noun}"


def rollforward_proposals(text: str, *, published: date, entity: KnownEntity) -> list[Proposal]:
    if not _LEVEL_ROW.search(text):
        return []
    out: list[Proposal] = []
    for block in line_blocks(text, 4):
        out.extend(_read(block, published, entity))
    return out


def _read(block: list[tuple[int, str]], published: date, entity: KnownEntity) -> list[Proposal]:
    read: list[tuple[tuple[int, str], str, str, date | None, list[int]]] = []
    for row in block:
        found = cells(row[1])
        if len(found) < 2:
            continue
        label, counts = found[0].strip(), _counts(found[1:])
        level = _LEVEL_ROW.fullmatch(label)
        if counts is None:
            continue
        if level is not None and (day := _day(level["day"], published)) is not None:
            read.append((row, "level", level["level"].lower(), day, counts))
        elif (move := _MOVE.fullmatch(label)) is not None:
            read.append((row, str(move.lastgroup), "", None, counts))
    levels = [r for r in read if r[1] == "level"]
    if len(levels) != 2 or read[0][1] != "level" or read[-1][1] != "level":
        return []
    _, _, noun, first, before = levels[0]
    _, _, noun2, last, after = levels[1]
    width = len(before)
    moves = read[1:-1]
    if (
        noun != noun2
        or first is None
        or last is None
        or not first < last
        or any(len(r[4]) != width for r in read)
        or not moves
        or len({r[1] for r in moves}) != len(moves)
    ):
        return []
    moved = {r[1]: r[4] for r in moves}
    opened, closed = moved.get("openings", [0] * width), moved.get("closures", [0] * width)
    if any(b + o - c != a for b, o, c, a in zip(before, opened, closed, after, strict=True)):
        return []  # other movements (transfers, refranchising) the rows leave unsaid
    at = block.index(read[0][0])
    if at == 0 or block[at : at + len(read)] != [r[0] for r in read]:
        return []  # no heads above the rows, or lines of another kind among them
    # the columns' names: the line right above the first row, one a column
    parts = [h.strip() for h in cells(block[at - 1][1])]
    if len(parts) != width or any(_COUNT.fullmatch(p) for p in parts):
        return []
    single = singular(noun)
    span = Period(first + timedelta(days=1), last)
    out: list[Proposal] = []
    for row, role, _, day, counts in read:
        for part, value in zip(parts, counts, strict=True):
            if role == "level":
                metric, period = _metric(part, noun), Period(day, day)
            else:
                metric, period = _metric(part, f"{single} {role}"), span
            out.append(
                Proposal(
                    entity=entity.name,
                    metric=metric,
                    kind=Kind.ACTUAL,
                    period=period,
                    value=float(value),
                    unit="units",
                    as_of=published,
                    quote=row[1].strip(),
                    start=row[0] + len(row[1]) - len(row[1].lstrip()),
                    from_table=True,
                )
            )
    return out
