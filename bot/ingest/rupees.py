"""Which rupee "Rs" and "rupees" are: India's is only one of them. The figures reader takes
every "Rs 41.8 crore" for Indian rupees; a report of a company in Nepal, Sri Lanka,
Pakistan, Mauritius or the Seychelles writes its own currency the same way. Where the
company counts its years in that country's era (a Nepali year to Ashadh's end), or the report
names one such country (its name, its currency's code or its cities) at least twice and more
often than India or any other, a figure in rupees that does not say India's ("₹", "INR",
"Indian") is in that country's rupee.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from bot.facts.periods import FiscalCalendar
from bot.facts.periods.eras import ERAS
from bot.ingest.era_times import eras_counted_by
from bot.ingest.local_signs import territory_cities
from bot.ingest.model import Proposal

_INDIAN = "INR"
_SAYS_INDIAN = re.compile(r"₹|\bINR\b|\bIndian?\b", re.IGNORECASE)


@functools.cache
def _rupees() -> dict[str, tuple[str, ...]]:
    """Each rupee but India's -> the countries whose tender it is (babel's CLDR data)."""
    from babel.core import Locale, get_global
    from babel.numbers import get_currency_name

    names = Locale("en").territories
    out: dict[str, list[str]] = {}
    for territory, tenders in get_global("territory_currencies").items():
        for code, _start, end, tender in tenders:
            if end is not None or not tender or code == _INDIAN or territory not in names:
                continue
            if get_currency_name(code, locale="en").lower().endswith("rupee"):
                out.setdefault(code, []).append(names[territory])
    return {code: tuple(lands) for code, lands in out.items()}


def rupee_codes() -> frozenset[str]:
    """Every rupee's code but India's (LKR, NPR, PKR, MUR, SCR...)."""
    return frozenset(_rupees())


def home_rupee(text: str, calendar: FiscalCalendar | None) -> str | None:
    """The one rupee other than India's that TEXT's company writes "Rs" for, if one: its
    era's country's, else that of the one country the report names (or its cities, as a
    dateline does: "Karachi", "Colombo") at least twice and more often than India or any
    other (an Indian maker's report lists Nepal once among its export markets)."""
    lands = {land for era in eras_counted_by(calendar) for land in ERAS[era].lands}
    by_era = {code for code, where in _rupees().items() if lands & set(where)}
    if by_era:
        return by_era.pop() if len(by_era) == 1 else None
    times = {code: times_named(text, code, where) for code, where in _rupees().items()}
    times[_INDIAN] = times_named(text, _INDIAN, ("India",))
    ranked = sorted(times.items(), key=lambda kv: -kv[1])
    (first, most), (_, next_most) = ranked[0], ranked[1]
    if first == _INDIAN or most < _TIMES or most == next_most:
        return None
    return first


_TIMES = 2  # how often a country must be named to say whose rupee the report writes


def times_named(text: str, code: str, lands: Iterable[str]) -> int:
    """How often TEXT names the currency CODE, one of LANDS (or its people: "Nepali",
    "Sri Lankan") or one of their cities."""
    said = len(re.findall(rf"\b{code}\b", text))
    for land in lands:
        said += len(re.findall(rf"\b{re.escape(land)}(?:i|ese|n)?\b", text))
        said += sum(len(re.findall(rf"\b{re.escape(c)}\b", text)) for c in territory_cities(land))
    return said


def in_home_rupees(
    proposals: Iterable[Proposal],
    text: str,
    calendar: FiscalCalendar | None,
    known: str | None = None,
) -> list[Proposal]:
    """PROPOSALS with their rupees the report's own where they do not say India's: the rupee
    of the country the report names, else KNOWN, the one the company's earlier reports were
    in, unless the report names India as often as any country (an Indian company's)."""
    found = list(proposals)
    if not any(p.unit == _INDIAN for p in found):
        return found
    code = home_rupee(text, calendar)
    if code is None and known is not None and not _more_indian(text, known):
        code = known
    if code is None:
        return found
    return [
        replace(p, unit=code) if p.unit == _INDIAN and not _SAYS_INDIAN.search(p.quote) else p
        for p in found
    ]


def _more_indian(text: str, known: str) -> bool:
    """Does TEXT name India at least as often as the country of the rupee KNOWN?"""
    indian = times_named(text, _INDIAN, ("India",))
    return indian > 0 and indian >= times_named(text, known, _rupees().get(known, ()))
