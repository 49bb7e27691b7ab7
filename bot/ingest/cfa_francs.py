"""Which CFA franc an amount is in. "FCFA", "F CFA" and "CFA francs" name two currencies:
the Central African franc (XAF, whose English sign CLDR writes "FCFA") and the West African
one (XOF). The figures reader takes every such amount for the one its sign names; a report
of a company in Côte d'Ivoire or Senegal writes its own franc the same way. Where the
report names the countries of one of the two (their names, their people, their cities, as
a dateline does: "ABIDJAN") at least twice and more often than the other's, an amount that
writes "CFA" is in that one's franc.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from bot.ingest.model import Proposal
from bot.ingest.rupees import times_named

_FRANCS = ("XAF", "XOF")
_SAYS_CFA = re.compile(r"CFA", re.IGNORECASE)
_TIMES = 2  # how often a report must name the countries to say whose franc it writes


@functools.cache
def _lands() -> dict[str, tuple[str, ...]]:
    """Each CFA franc -> the countries whose tender it is (babel's CLDR data)."""
    from babel.core import Locale, get_global

    names = Locale("en").territories
    out: dict[str, list[str]] = {code: [] for code in _FRANCS}
    for territory, tenders in get_global("territory_currencies").items():
        for code, _start, end, tender in tenders:
            if code in out and end is None and tender and territory in names:
                out[code].append(names[territory])
    return {code: tuple(lands) for code, lands in out.items()}


def home_franc(text: str) -> str | None:
    """The CFA franc whose countries TEXT names at least twice and more often than the
    other's, if one."""
    # ("Côte d'Ivoire" as reports type it, "Côte d’Ivoire" as CLDR spells it; a dateline's
    # city in capitals, "ABIDJAN -", as the city)
    text = re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group().title(), text.replace("'", "’"))
    times = {code: times_named(text, code, lands) for code, lands in _lands().items()}
    (first, most), (_, other) = sorted(times.items(), key=lambda kv: -kv[1])
    return first if most >= _TIMES and most > other else None


def in_home_francs(proposals: Iterable[Proposal], text: str) -> list[Proposal]:
    """PROPOSALS with their CFA francs the report's own countries' franc."""
    found = list(proposals)
    if not any(p.unit in _FRANCS for p in found):
        return found
    code = home_franc(text)
    if code is None:
        return found
    return [
        replace(p, unit=code) if p.unit in _FRANCS and _says_no_code(p.quote) else p for p in found
    ]


def _says_no_code(quote: str) -> bool:
    """QUOTE writes "CFA", or names neither franc's code: a table row whose franc came from
    its note ("(in millions of FCFA)") is the report's own franc too."""
    return bool(_SAYS_CFA.search(quote)) or not _CODES.search(quote)


_CODES = re.compile(r"\bX[AO]F\b")
