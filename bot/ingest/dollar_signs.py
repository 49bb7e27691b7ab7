"""Dollar signs with a country's letters before them ("J$", "TT$", "FJ$", "N$", "RD$"): the
signs the press of a country whose money is written "$" sets before its amounts, so that
they are not read as U.S. dollars. CLDR lists a few of them (the Dominican "RD$", Tonga's
"T$"), but most such countries' locales write a bare "$" for their own currency, and their
newspapers and filings add the letters of the country to tell it apart: the country's
ISO code ("TT$", "FJ$", "BZ$") or its first letter ("J$", "N$", "B$").

A sign made so may fit several currencies ("B$": the Bahamas', Brunei's or Bermuda's
dollar), so each sign keeps every currency it may stand for with its countries, and
`local_signs` reads it, as it reads any local sign, in the one currency the report names
(its code, its name, its country or a city of it). Signs the quantity reader already knows
("US$", "A$", "HK$", "S$", "R$") are left to it.
"""

from __future__ import annotations

import datetime


def dollar_signs(known: set[str]) -> dict[str, dict[str, set[str]]]:
    """Each sign of letters and "$" -> the currencies written so -> their countries' English
    names; none of KNOWN (lower case), the signs the quantity reader has already."""
    from babel import Locale
    from babel.localedata import locale_identifiers
    from babel.numbers import get_territory_currencies

    english = Locale("en").territories
    day = datetime.date(2025, 1, 1)
    out: dict[str, dict[str, set[str]]] = {}

    def add(sign: str, code: str, territory: str) -> None:
        if sign.lower() not in known and territory in english:
            out.setdefault(sign, {}).setdefault(code, set()).add(english[territory])

    dollars: set[tuple[str, str]] = set()  # the countries whose own locale writes "$"
    for lid in locale_identifiers():
        loc = Locale.parse(lid)
        in_use = get_territory_currencies(loc.territory, day) if loc.territory else []
        if not in_use:
            continue
        for code in in_use:  # (Namibia's dollar beside the rand)
            sign = loc.currency_symbols.get(code, "")
            if sign == "$":
                dollars.add((loc.territory, code))
            elif sign.endswith("$") and sign[:-1].isalpha():
                add(sign, code, loc.territory)  # CLDR's own ("RD$", "T$", "WS$")
    for territory, code in sorted(dollars):
        if not code.startswith(territory):
            continue  # a country that writes another's dollar ("$" in Panama, Ecuador)
        add(territory + "$", code, territory)
        add(territory[0] + "$", code, territory)
    return out
