"""Years and months a report counts in another era ("FY 2081/82", "EFY 2017", "Ashwin end
2081", "B.E. 2567", "民國113年8月", "令和6年度", and a bare "1403" from a company that counts
in the Solar Hijri), read as the answering side reads them: `era_years.era_edits` writes
each in the common era's notation, the period grammar reads that, and every time phrase
found is put back on the words the report wrote, so quotes and offsets stay the report's.

A bare or two-digit year is read in an era only while the company being read counts its
years in it (its fiscal year ends the day one of that era's months ends): `extract` says
which company that is (`eras_of`), for every sentence and table cell read inside it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import replace
from types import MappingProxyType
from typing import TypeVar

from bot.facts.periods import FiscalCalendar
from bot.facts.periods.era_years import era_edits
from bot.facts.periods.eras import era_year_ends

_counted: ContextVar[Mapping[str, str | None]] = ContextVar(
    "eras_counted", default=MappingProxyType({})
)

_Mention = TypeVar("_Mention")


def eras_counted_by(calendar: FiscalCalendar | None) -> Mapping[str, str | None]:
    """The eras a company with CALENDAR counts its years in (`era_year_ends`)."""
    return era_year_ends([calendar.fiscal_year_end]) if calendar is not None else {}


@contextlib.contextmanager
def eras_of(calendar: FiscalCalendar | None) -> Iterator[None]:
    """While reading a report of a company with CALENDAR, read bare years in its era."""
    token = _counted.set(eras_counted_by(calendar))
    try:
        yield
    finally:
        _counted.reset(token)


def in_common_era(text: str, find: Callable[[str], list[_Mention]]) -> list[_Mention]:
    """FIND's time mentions in TEXT, with another era's years read in ours: found in the
    text rewritten, each mention's start, end and text are then the report's own."""
    edits = sorted(era_edits(text, _counted.get()))
    if not edits:
        return find(text)
    pieces: list[str] = []
    # (new start, new end, old start, old end) of each edit, in order
    moved: list[tuple[int, int, int, int]] = []
    at = shift = 0
    for start, end, new in edits:
        pieces += [text[at:start], new]
        moved.append((start + shift, start + shift + len(new), start, end))
        shift += len(new) - (end - start)
        at = end
    pieces.append(text[at:])
    rewritten = "".join(pieces)

    def back(offset: int, is_end: bool) -> int:
        delta = 0
        for new_start, new_end, old_start, old_end in moved:
            if new_start < offset <= new_end if is_end else new_start <= offset < new_end:
                return old_end if is_end else old_start
            if new_end > offset:
                break
            delta += (old_end - old_start) - (new_end - new_start)
        return offset + delta

    out: list[_Mention] = []
    for m in find(rewritten):
        start = back(m.start, False)  # type: ignore[attr-defined]
        end = back(m.end, True)  # type: ignore[attr-defined]
        out.append(replace(m, start=start, end=end, text=text[start:end]))  # type: ignore[type-var]
    return out
