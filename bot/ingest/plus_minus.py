"""A figure given with its tolerance: "revenue of $1.90 billion ± $75 million", "$5.30
billion, plus or minus 2%", "a margin of 47%, plus or minus a percentage point", "66.5%,
plus or minus 50 bps". The guidance is the range the tolerance spans around the figure,
low end to high end, as a range said outright ("$1.825 billion to $1.975 billion") is."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.figures import Figure

# what stands between the figure and its tolerance
_BETWEEN = re.compile(r"\s*,?\s*(?:±|\+/-|\+/−|plus or minus)\s*$", re.IGNORECASE)
# a tolerance of one point said without a number ("plus or minus a percentage point")
_ONE_POINT = re.compile(
    r"\s*,?\s*(?:±|\+/-|plus or minus)\s*(?:a|one)\s+(?:percentage\s+)?point\b", re.IGNORECASE
)


def _span(f: Figure, low: float, high: float, end: int, text: str) -> Figure:
    return replace(
        f,
        end=end,
        text=text[f.start : end],
        value=round(low, 9),
        high=round(high, 9),
        explicit=True,
    )


def with_tolerances(text: str, figures: list[Figure]) -> list[Figure]:
    """FIGURES (in order) with each figure followed by its tolerance made one range; the
    tolerance is no figure of its own."""
    out: list[Figure] = []
    skip: set[int] = set()
    for i, f in enumerate(figures):
        if i in skip:
            continue
        if f.high is not None or f.unit == "units":
            out.append(f)
            continue
        one = _ONE_POINT.match(text, f.end)
        if one is not None and f.unit == "percent":
            out.append(_span(f, f.value - 1, f.value + 1, one.end(), text))
            continue
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if nxt is None or nxt.high is not None or not _BETWEEN.fullmatch(text[f.end : nxt.start]):
            out.append(f)
            continue
        if nxt.unit == f.unit:
            # "$1.90 billion ± $75 million", "47% ± 1 point" ("minus" made it negative)
            size = abs(nxt.value)
        elif nxt.unit == "percent":
            size = abs(f.value * nxt.value) / 100  # "$5.30 billion, plus or minus 2%"
        else:
            out.append(f)
            continue
        out.append(_span(f, f.value - size, f.value + size, nxt.end, text))
        skip.add(i + 1)
    return out
