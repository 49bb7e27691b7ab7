"""What a table of bare counts counts, when only the lines leading into it say so.

A stock-exchange filing sets a table of units under "please find below the sales figures of
the Company for the month of September": its rows ("Motorcycles", "Exports") name what was
counted, the lead-in names the measure. The measure is taken only when the lead-in names one
measure of sales and no other, so a table under "production and sales" stays unnamed.
"""

from __future__ import annotations

import re

# the measures a lead-in may give a table of counts, each in the word a metric uses
_MEASURES = {
    "sales": "sales",
    "sold": "sales",
    "deliveries": "deliveries",
    "delivered": "deliveries",
    "shipments": "shipments",
    "shipped": "shipments",
    "despatches": "shipments",
    "dispatches": "shipments",
    "production": "production",
    "produced": "production",
    "registrations": "registrations",
}
_WORD = re.compile(r"\b(?:" + "|".join(_MEASURES) + r")\b", re.IGNORECASE)
# a line that only says how to read the table: "(in units)", "(Rs crore)"
_NOTE_LINE = re.compile(r"\s*\([^()]{1,40}\)\s*")


# a note that the table counts things: "(in units)", "(Nos.)", "(number of vehicles)"
_COUNT_NOTE = re.compile(
    r"\(\s*(?:in\s+)?(?:units|nos\.?|numbers?|number\s+of\s+\w+|vehicles|pieces)\s*\)",
    re.IGNORECASE,
)


def lead_in(text: str, top: int) -> tuple[str, list[str]]:
    """The paragraph right above a table that starts at offset TOP, and the note lines
    between the two ("(in units)")."""
    lines = text[:top].rstrip("\n").split("\n")
    notes: list[str] = []
    while lines and (not lines[-1].strip() or _NOTE_LINE.fullmatch(lines[-1])):
        notes.append(lines.pop())
    paragraph: list[str] = []
    while lines and lines[-1].strip():
        paragraph.append(lines.pop())
    return " ".join(reversed(paragraph)), notes


def lead_measure(text: str, top: int) -> str | None:
    """The one measure of sales the lead-in paragraph names ("sales"), when a note says the
    table counts units ("(in units)"): "sales" alone may be money in an unnamed currency."""
    paragraph, notes = lead_in(text, top)
    if not any(_COUNT_NOTE.fullmatch(n.strip()) for n in notes):
        return None
    found = {_MEASURES[m.group(0).lower()] for m in _WORD.finditer(paragraph)}
    return found.pop() if len(found) == 1 else None
