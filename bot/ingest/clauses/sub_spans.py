"""A figure told of a part of its period is no figure of the period: "The 53rd week of FY2024
contributed 11.2 million parcels", "that extra week added $68 million", "on Cyber Monday our
network handled 27.4 million packages", "delivered 412 tractors on Dhanteras day", "exported
27,840 tonnes in week 45". The period read for such a figure is the year or the quarter
around it, so it is left out rather than proposed as the whole period's; a week the grammar
reads by its number ("in week 45", `week_numbers`) is its own period, and its figure is
kept."""

from __future__ import annotations

import re

from bot.facts.periods import WeekNumberRef
from bot.ingest.breaks import BREAK, clause_start, subject_clause_start
from bot.ingest.clauses.context import Slot
from bot.ingest.timing import TimeMention

# a week or a day inside the period, told as the figure's own subject or time
_PART_SPAN = re.compile(
    r"(?i:\b(?:the|that|this|an?|its|our|their)\s+(?:53rd|fifty-third|14th|fourteenth|extra"
    r"|additional)\s+(?:trading\s+|selling\s+|operating\s+)?week\b"
    r"|\b(?:in|during)\s+week\s+\d{1,2}\b)"
    # a named day: "on Dhanteras day", "on Singles' Day", "on Cyber Monday", "on Black Friday"
    # (a meeting's day, "on Capital Markets Day", is when a plan was told, not what it is of)
    r"|\b[Oo]n\s+(?!(?:Capital\s+Markets?|Investors?|Analysts?|Strategy)\s+Day)"
    r"(?:[A-Z][\w'’-]*\s+){1,2}[Dd]ay\b"
    r"|\b[Oo]n\s+(?:Cyber\s+Monday|Black\s+Friday)\b",
)
# a clause that tells more of the noun before it: "the extra week, which contributed ..."
_RELATIVE = re.compile(r"\s*(?:which|that)\b", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding text[start:end] begins and ends, a relative clause with its
    noun's clause."""
    begin = subject_clause_start(text, start)
    if _RELATIVE.match(text, begin):
        before = len(text[:begin].rstrip(" ,"))
        begin = clause_start(text, before)
    stop = BREAK.search(text, end)
    return begin, stop.start() if stop else len(text)


def figures_of_part_spans(text: str, slots: list[Slot], times: list[TimeMention]) -> None:
    """Skip each figure of SLOTS whose clause tells it of a week or a day inside its period
    (never of weeks TIMES reads by their number: those are the figure's period)."""
    numbered = [t for t in times if isinstance(t.ref, WeekNumberRef)]
    for sl in slots:
        if sl.skip:
            continue
        begin, end = _clause_around(text, sl.fig.start, sl.fig.end)
        part = _PART_SPAN.search(text, begin, end)
        if part is None or any(t.start < part.end() and part.start() < t.end for t in numbered):
            continue
        sl.skip, sl.note = True, "a figure of a week or a day inside the period"
