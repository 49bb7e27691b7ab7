"""Countries the shared reporting vocabulary does not list, named after a word of place
("in Spain", "from Belgium"): a figure's region, so that a country's line in a list is
never taken for the whole company's figure.

The names are CLDR's English territory names as `bot.facts.country_names` writes them
beside the facts (babel's locale data is never loaded again here), rather than a hand
list. Only a name after "in", "from" or "for" counts: a bare capitalised word ("Jordan",
"Chad") may be a person's name or a brand.
"""

from __future__ import annotations

import re
from functools import cache

from bot.facts import country_names, reporting


@cache
def _country_pattern() -> re.Pattern[str]:
    names = {
        name
        for name in country_names.load().values()
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*", name)
    }
    alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|from|for)\s+(?:the\s+)?(?P<name>{alternatives})\b(?![\w$-])(?!\s+(?:dollars?"
        r"|francs?|pounds?|pesos?|kron\w+|crowns?|rand|rupees?|yen|yuan|won|lira|real|reais)\b)"
    )


def countries_in(text: str, known: list[reporting.RegionMention]) -> list[reporting.RegionMention]:
    """The countries TEXT names after a word of place that none of KNOWN (the shared
    vocabulary's mentions) covers, as region mentions labelled by their names."""
    out = []
    for m in _country_pattern().finditer(text):
        start, end = m.span("name")
        if any(k.start < end and start < k.end for k in known):
            continue
        name = m["name"]
        region = reporting.Region(f"country:{name.lower()}", name, (name.lower(),))
        out.append(reporting.RegionMention(region, start, end))
    return out
