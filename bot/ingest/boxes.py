"""Text boxes drawn with ASCII frames, as an RNS "Highlights" box (and tables quoted with a
mail's or a forum's quote marks, "> | Revenue | ... |", read the same way):

    +--------------------------------------------+
    | HIGHLIGHTS                                 |
    |                       H1 FY26    H1 FY25   |
    |  Revenue              £221.4m    £197.3m   |
    +--------------------------------------------+

The frame is no part of what the box says: its borders and side bars are read as spaces, so
the table inside is a space-aligned table like any other. The text keeps its length, so
every offset holds, and a quote (the frame's side bars aside) is still the report's own
words: the store matches a quote to its source up to whitespace.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"[ \t]*\+[-=+]{10,}\+[ \t]*")
# a line inside the frame: a bar at each end and none between (a Markdown table has more)
_SIDES = re.compile(r"(?P<lead>[ \t]*)\|(?P<inside>[^|]*)\|(?P<trail>[ \t]*)")


def unboxed(text: str) -> str:
    """TEXT with every framed box's frame replaced by spaces."""
    if "+--" not in text and "+==" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        if not _BORDER.fullmatch(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _SIDES.fullmatch(lines[j]):
            j += 1
        if j == i + 1 or j >= len(lines) or not _BORDER.fullmatch(lines[j]):
            i += 1
            continue  # no box: a border with no sides, or sides with no closing border
        for k in (i, j):
            out[k] = " " * len(lines[k])
        for k in range(i + 1, j):
            m = _SIDES.fullmatch(lines[k])
            out[k] = f"{m['lead']} {m['inside']} {m['trail']}"
        i = j + 1
    return "\n".join(out)


# "> | Revenue ($m) | 4,870 | 4,310 |": a Markdown table row quoted in a mail or a post
_QUOTED_ROW = re.compile(r"^(?P<marks>[ \t]*(?:>[ \t]?)+)(?=\|)", re.MULTILINE)


def unquoted_tables(text: str) -> str:
    """TEXT with the quote marks before quoted table rows replaced by spaces: the table
    reader reads the rows as any table's (every offset holds, the quote stays verbatim up
    to whitespace)."""
    if ">" not in text:
        return text
    return _QUOTED_ROW.sub(lambda m: " " * len(m["marks"]), text)
