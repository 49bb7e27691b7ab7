"""A figure its own words count on a day: "412,000 units under maintenance contract at end
of Q2", "RMR STG 58.9 MLN AT END OF QTR", "96,400 tonnes of live fish at sea on 30 June
2025", "Retail doors: 2,385 (May 31, 2025)". What stood on that day, never a flow over the
quarter around it, whatever noun it counts."""

from __future__ import annotations

import re
from datetime import date

from bot.facts.model import Kind
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Slot
from bot.ingest.timing import TimeMention

# the figure's noun phrase (no clause break), then the day: "at (the) end of" a period, or
# "at", "on", "as of", "as at" a day, or a day in brackets
_AT_END = re.compile(
    r"(?P<noun>[^,;:.()\n]{0,50}?)\s*(?:\bat\s+(?:the\s+)?end\s+of\s+(?:the\s+)?"
    r"(?:Q[1-4]|qtr|quarter|half|year|period|fiscal|financial|first|second|third|fourth|H[12]"
    r"|FY)\b"
    # "at the year end", "at year-end", "at quarter end"
    r"|\bat\s+(?:the\s+)?(?:year|quarter|half|period)[\s-]end\b"
    r"|(?P<day>\b(?:at|on|as\s+of|as\s+at)\s+|\(\s*))",
    re.IGNORECASE,
)
# a verb of a flow before the figure: "shipped 4,000 units at the end of March" is what
# the days shipped, read elsewhere
_FLOW_VERB = re.compile(
    r"\b(?:sold|sell|sells|shipped|ships|delivered|delivers|produced|produces|generated"
    r"|added|adds|opened|opens|closed|booked|recorded|reported|earned|posted|grew|rose|fell"
    r"|increased|decreased|declined)\b",
    re.IGNORECASE,
)
# the words between the figure and its day name what it counts: no clause of its own ("we
# set out on 21 May")
_NOT_A_NOUN = re.compile(
    r"\b(?:we|it|they|he|she|was|were|is|are|had|has|have|set|said|announced|reported|gave"
    r"|given|issued|published)\b",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"\s*\)")
# a change or an average is no level on a day ("down 2% from a year ago", "averaged")
_NO_LEVEL = re.compile(r"\b(?:growth|change|increase|decrease|decline|average|averaged|per)\b")


def counted_at_a_day(text: str, times: list[TimeMention], sl: Slot) -> tuple[bool, date | None]:
    """Do SL's own words count it on a day (the end of a period they name, or a day)? With
    the day when a bracket gives it ("Retail doors: 2,385 (May 31, 2025)")."""
    if sl.metric is None or sl.fig.unit == "percent" or _NO_LEVEL.search(sl.metric.name):
        return False, None
    if sl.kind not in (None, Kind.ACTUAL):
        return False, None  # (a plan's day is read by `planned_levels`)
    m = _AT_END.match(text, sl.fig.end)
    if m is None or _NOT_A_NOUN.search(m["noun"]):
        return False, None
    # (a day, not a month or a year: "on 30 June 2025", "(May 31, 2025)"; a bracket that
    # holds the day alone, never a label of another figure, "(30 April 2024: 171,900)")
    day = next((t for t in times if t.start == m.end() and t.mode == "day"), None)
    if m["day"] is not None and day is None:
        return False, None
    if m["day"] is not None and m["day"].startswith("(") and not _CLOSED.match(text, day.end):
        return False, None
    if _NO_LEVEL.search(text, clause_start(text, sl.fig.start), m.end()):
        return False, None
    if _FLOW_VERB.search(text, clause_start(text, sl.fig.start), sl.fig.start) is not None:
        return False, None
    bracketed = m["day"] is not None and m["day"].startswith("(") and day is not None
    return True, day.day if bracketed and day is not None else None
