"""Counts whose thousands a report groups with a point, as Spanish, Portuguese, Italian or
German reports do even when written in English: "ended June with 1.412 stores", "32.150
tonnes", "Total products sold  263.900". The figure readers take the point for a decimal
point (1.412 stores), which no report that writes its decimals with a comma means. Where a
report writes its percentages with a decimal comma ("up 3,6%", at least twice) and never
with a decimal point, a count written with exactly three digits after one point is read in
thousands."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.ingest.model import Proposal

# "3,6%", "12,45 %": a percentage with a decimal comma; "3.6%": one with a decimal point
_COMMA_PERCENT = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s?%")
_POINT_PERCENT = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s?%")
_TIMES = 2  # how many decimal commas say the report writes its decimals so


def groups_with_points(text: str) -> bool:
    """TEXT writes its decimals with a comma (twice or more) and never with a point."""
    return len(_COMMA_PERCENT.findall(text)) >= _TIMES and _POINT_PERCENT.search(text) is None


def _in_thousands(value: float | None, quote: str) -> float | None:
    """VALUE times a thousand when QUOTE writes it with a point before three digits
    ("1.412" for 1.412), else None."""
    if value is None or value <= 0 or value >= 1000:
        return None
    whole = round(value * 1000)
    if abs(value * 1000 - whole) > 1e-6:
        return None  # more than three decimals: no group of thousands
    written = re.escape(f"{whole // 1000}.{whole % 1000:03d}")
    if re.search(rf"(?<![\d.,]){written}(?![\d]|[.,]\d)", quote) is None:
        return None
    return float(whole)


def in_point_groups(proposals: Iterable[Proposal], text: str) -> list[Proposal]:
    """PROPOSALS with each count written "1.412" read as 1,412, in a report (TEXT) that
    writes its decimals with a comma."""
    found = list(proposals)
    if not groups_with_points(text):
        return found
    out = []
    for p in found:
        value = _in_thousands(p.value, p.quote) if p.unit == "units" else None
        if value is None:
            out.append(p)
            continue
        high = _in_thousands(p.value_high, p.quote) if p.value_high is not None else None
        if p.value_high is not None and high is None:
            out.append(p)  # a range whose high end is written otherwise: left as read
            continue
        out.append(replace(p, value=value, value_high=high))
    return out
