"""A table's column of units: "Unit" over "kt", "koz", "US$/lb", "%" beside each row's
figures. The unit a row's cell states is the unit of that row, as a bracket after its
label would be ("Ore hoisted (kt)"), so the row notes' readers scale and name it; the
column itself holds no figure of its own."""

from __future__ import annotations

import re

# the heading of such a column: "Unit", "Units", "UoM", "Unit of measure"
_UNIT_HEAD = re.compile(r"\s*(?:units?|uom|unit\s+of\s+measure(?:ment)?)\s*", re.IGNORECASE)
# a cell that is a unit, never a figure: letters, signs, a slash ("R/4E oz", "US$/lb", "%")
_UNIT_CELL = re.compile(r"\s*[^\d\s(][^()]{0,15}\s*")


def unit_column(header: list[str]) -> int | None:
    """The index of the column headed as the rows' units, if one (not the caption's) is."""
    found = [j for j, cell in enumerate(header) if j > 0 and _UNIT_HEAD.fullmatch(cell)]
    return found[0] if len(found) == 1 else None


def with_row_units(
    header: list[str], body: list[tuple[list[str], list]]
) -> tuple[list[str], list[tuple[list[str], list]]]:
    """HEADER and BODY with the units column's cells put after each row's label in
    brackets, and the column left blank (so no reader takes a unit for a figure)."""
    j = unit_column(header)
    if j is None:
        return header, body
    cells = [values[j] for values, _ in body if len(values) > j and values[j].strip()]
    if not cells or not all(_UNIT_CELL.fullmatch(c) for c in cells):
        return header, body  # (a column of figures under "Units": units sold, no unit)
    out = []
    for values, quotes in body:
        if len(values) > j and values[j].strip() and values[0].strip():
            values = [f"{values[0].rstrip()} ({values[j].strip()})", *values[1:]]
            values[j] = ""
        out.append((values, quotes))
    return [*header[:j], "", *header[j + 1 :]], out
