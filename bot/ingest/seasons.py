"""A season the report defines by its months: "The 2024-25 season (October 2024 – February
2025) is closed", "Sugar Season (SS) 2024-25 (October 2024 - September 2025)", "the 2024-25
and 2023-24 seasons (October – February)". A grower, a sugar mill or a fishery counts its
year in seasons that are neither its fiscal year nor the calendar's; once the text says which
months a season runs, every "2023-24 season", "season 2024-25" or "SS 2024-25" it names is
those months of those years, not the fiscal year the bare "2024-25" would be.

`season_months(text)` reads the definition once per report; `seasons_named` turns the
season's split years in one sentence into the span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.facts.model import Period
from bot.facts.periods import ExactRef, SplitYearRef
from bot.ingest.timing import MONTH_NUMBERS, MONTH_PATTERN, TimeMention, month_end

# the words that name a season's year: "season", "crop", "harvest", "campaign", a sugar
# mill's "SS" (sugar season), and "seasons" in a footnote naming two
_SEASON_WORD = r"(?:season|crop(?:\s+year)?|harvest|campaign|SS)"
_SPLIT_YEAR = r"(?:19|20)\d\d\s*[-/–]\s*\d\d(?:\d\d)?"
# "The 2024-25 season (October 2024 – February 2025)", "Sugar Season (SS) 2024-25 (October
# 2024 - September 2025)", "2024-25 and 2023-24 seasons (October – February)"
_DEFINED = re.compile(
    rf"(?:{_SPLIT_YEAR}(?:\s+and\s+{_SPLIT_YEAR})?\s+{_SEASON_WORD}s?"
    rf"|\b{_SEASON_WORD}s?(?:\s+\(SS\))?\s+{_SPLIT_YEAR})"
    rf"\s*\(\s*(?P<m1>{MONTH_PATTERN})[a-z]*\.?(?:\s+(?P<y1>(?:19|20)\d\d))?"
    rf"\s*(?:[-–—]|to|through)\s*"
    rf"(?P<m2>{MONTH_PATTERN})[a-z]*\.?(?:\s+(?P<y2>(?:19|20)\d\d))?\s*\)",
    re.IGNORECASE,
)
# "the second quarter of the", "the first nine months of": the months of a part of the season
_PART_OF = re.compile(r"\b(?:quarter|half|months?|weeks?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a split year the season word names, just before or after it: "the 2023-24 season",
# "season 2024-25", "SS 2023-24", "the 2025-26 crop"
_SEASON_BEFORE = re.compile(rf"\b{_SEASON_WORD}s?(?:\s+\(SS\))?\s+$", re.IGNORECASE)
_SEASON_AFTER = re.compile(rf"\s+{_SEASON_WORD}s?\b", re.IGNORECASE)


def season_months(text: str) -> tuple[int, int] | None:
    """(first month, months) of the season the text defines, or None: one definition, or
    several that agree."""
    found: set[tuple[int, int]] = set()
    for m in _DEFINED.finditer(text):
        if _PART_OF.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the second quarter of the 2025/26 crop year (July to September)"
        first = MONTH_NUMBERS[m["m1"].lower()[:3]]
        last = MONTH_NUMBERS[m["m2"].lower()[:3]]
        months = (last - first) % 12 + 1
        if m["y1"] and m["y2"] and int(m["y2"]) - int(m["y1"]) != (first + months - 2) // 12:
            continue  # "(October 2024 – February 2026)": no one season's months
        if months < 12 or first != 1:
            found.add((first, months))
    return found.pop() if len(found) == 1 else None


def seasons_named(
    text: str, times: list[TimeMention], months: tuple[int, int] | None
) -> list[TimeMention]:
    """TIMES, with each split year a season word names ("the 2023-24 season") as the
    season's MONTHS of those years."""
    if months is None:
        return times
    first, length = months
    out = []
    for t in times:
        # (a season the period grammar reads whole, "the 2024-25 season", gives its years)
        as_years = getattr(t.ref, "as_years", None)
        ref = as_years() if as_years is not None else t.ref
        after = _SEASON_AFTER.match(text, t.end)
        if (
            t.mode == "absolute"
            and isinstance(ref, SplitYearRef)
            and ref.part is None
            and ref.ending is None
            and (
                as_years is not None
                or _SEASON_BEFORE.search(text, max(0, t.start - 20), t.start)
                or after
            )
        ):
            y, m = divmod(first - 1 + length - 1, 12)
            end = month_end(date(ref.start_year + y, m + 1, 1))
            # (the mention takes the word after it: "(2023-24 season: 6,884,000 boxes)" keys
            # one figure, as "(2024: ...)" does)
            t = replace(
                t,
                end=after.end() if after else t.end,
                text=text[t.start : after.end()] if after else t.text,
                ref=ExactRef(Period(date(ref.start_year, first, 1), end)),
            )
        out.append(t)
    return out
