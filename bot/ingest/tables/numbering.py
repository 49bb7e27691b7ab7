"""A table's first column that only numbers its rows ("Line | Description | 2024-25": 1, 2,
3 ...), as regulatory returns and filings print them: no caption and no figure, so the
table is read as if the column were not there."""

from __future__ import annotations

import re

# "Line", "No.", "#", "S. No.", "Sr. No.", "Ref", "Item": the heading of a numbering column
_NUMBERING_HEAD = re.compile(
    r"\s*(?:line|lines|no\.?|nos\.?|number|#|s\.?\s?no\.?|sr\.?\s?no\.?|sl\.?\s?no\.?|ref\.?"
    r"|item|row)\s*",
    re.IGNORECASE,
)
# "1", "12", "1A", "3b", "(a)", "iv": a row's number
_ROW_NUMBER = re.compile(r"\s*(?:\d{1,3}[A-Za-z]?|\(?[a-z]\)|[ivx]{1,5})\.?\s*")

Cells = list[str]


def without_numbering(header: Cells, body: list[tuple[Cells, list]]) -> tuple[Cells, list]:
    """HEADER and BODY without a first column that numbers the rows, when there is one and a
    column of labels after it."""
    if len(header) < 3 or not _NUMBERING_HEAD.fullmatch(header[0]):
        return header, body
    # (a Markdown rule "|---|---|" is no row)
    rows = [values for values, _ in body if any(v.strip(" -:=") for v in values)]
    if not rows or not all(
        len(values) > 2 and _ROW_NUMBER.fullmatch(values[0]) and re.search(r"[A-Za-z]", values[1])
        for values in rows
    ):
        return header, body
    return header[1:], [(values[1:], refs[1:]) for values, refs in body]
