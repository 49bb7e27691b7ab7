"""A span of days in one month with no year: "1–15 November", "from 10 to 16 November",
"November 10-16". The grammar reads such a span only with its year ("1–15 Dec 2024"); a
trading update names the days of a week, a fortnight or a holiday weekend without one, and
its figure is of those days, never of the month nor of the last day alone. The year is the
one that puts the span nearest the day of the statement (a plan's "from 28 to 30 November"
a week ahead is this year's; a result's "1–15 November" told in December too).
"""

from __future__ import annotations

import re
from datetime import date

from bot.facts.model import Period
from bot.facts.periods import ExactRef
from bot.ingest.timing import MONTH_NUMBERS, MONTH_PATTERN, TimeMention

_YEAR_AFTER = r"(?!\s*,?\s*(?:19|20)\d\d\b)"
_SPAN = re.compile(
    rf"(?<![\w.,])(?:from\s+)?(?P<d1>[0-3]?\d)\s*(?:[-–]|to|until|through)\s*(?P<d2>[0-3]?\d)\s+"
    rf"(?P<m>{MONTH_PATTERN})(?!\w){_YEAR_AFTER}"
    rf"|\b(?P<m2>{MONTH_PATTERN})\s+(?P<e1>[0-3]?\d)\s*(?:[-–]|to|through)\s*(?P<e2>[0-3]?\d)"
    rf"(?![\d,.]){_YEAR_AFTER}",
    re.IGNORECASE,
)


def day_ranges(text: str, found: list[TimeMention], published: date) -> list[TimeMention]:
    """FOUND with each yearless span of days in a month a mention of those days, in place
    of the month or the last day read inside it."""
    out = list(found)
    for m in _SPAN.finditer(text):
        month = MONTH_NUMBERS.get((m["m"] or m["m2"]).lower().rstrip(".")[:3])
        first, last = int(m["d1"] or m["e1"]), int(m["d2"] or m["e2"])
        if month is None or not 1 <= first < last:
            continue
        spans = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                spans.append(Period(date(year, month, first), date(year, month, last)))
            except ValueError:
                break
        if len(spans) != 3:
            continue
        span = min(spans, key=lambda p: abs((p.end - published).days))
        inside = [t for t in out if m.start() <= t.end and t.start < m.end()]
        if any(t.end - t.start > m.end() - m.start() for t in inside):
            continue  # a longer phrase holds it
        out = [t for t in out if t not in inside]
        out.append(TimeMention(m.start(), m.end(), m.group(), "absolute", ExactRef(span)))
    return sorted(out, key=lambda t: t.start)
