"""Space-aligned tables: which column a cell is in, read by where it stands, not by how many
cells come before it. A row with an empty cell ("Revenue growth (%)        16.0" under
"3Q   9M   9M prior") has its figure under the column it stands below."""

from __future__ import annotations

import re

_CELL = re.compile(r"\S+(?:\s\S+)*")


def spans(line: str) -> list[tuple[int, int]]:
    """Where each cell of a space-aligned line stands (cells are set apart by two spaces)."""
    return [m.span() for m in _CELL.finditer(line)]


def aligned(header_line: str, row_line: str, width: int) -> list[str] | None:
    """The row's cells placed under the header's columns, WIDTH cells in all ("" where the
    row leaves a column empty); None when a cell stands under no column or two cells under
    one (then the row is read cell by cell as before)."""
    heads = spans(header_line)
    cells = spans(row_line)
    offset = width - len(heads)  # a header with no caption cell over the labels
    if not cells or offset not in (0, 1) or len(cells) - 1 >= width - 1 + 1:
        return None
    out = [""] * width
    out[0] = row_line[slice(*cells[0])]
    taken: set[int] = set()
    first = 1 - offset  # the first header cell over figures
    for start, end in cells[1:]:
        best, score = None, 0
        for j in range(max(first, 0), len(heads)):
            hs, he = heads[j]
            overlap = min(end, he) - max(start, hs)
            if overlap > score:
                best, score = j, overlap
        if best is None or best + offset in taken:
            return None
        taken.add(best + offset)
        out[best + offset] = row_line[start:end]
    return out
