"""The dollar a report's bare "$" is when the report states its units in a local dollar
sign: "Units: FJ$ million unless stated", "(RD$ millions)", a column headed "FJ$m". A Fijian
retailer's announcement heads its table in "FJ$m" and writes "$448.3 million" in its prose;
both are the Fiji dollar.

Read only in a report that never writes a US dollar ("US$", "USD", "U.S. dollars"), whose
noted signs are of one dollar, and where the report names that dollar's currency or country
(`local_signs.report_signs`, as for any local sign): a note in "A$m" beside a US$ amount, or
two dollars noted, leave the bare "$" as it was.
"""

from __future__ import annotations

import re

from bot.ingest.local_signs import LOCAL_KEY

# a sign of letters and "$" before a scale, as a table's or a report's units: "FJ$m",
# "(RD$ millions)", "FJ$ million unless stated", "J$'000"
_NOTED = re.compile(
    r"(?<![A-Za-z$])(?P<sign>[A-Z][A-Za-z]{0,3}\$)\s?(?:m|mn|mln|millions?|bn|billions?|'000|000s)"
    r"(?![\w$])"
)
_US_WRITTEN = re.compile(r"\bUS\$|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)


def noted_dollar(text: str, signs: dict[str, str]) -> str | None:
    """The one dollar TEXT notes its units in, by a local sign SIGNS reads ("local:FJ$":
    FJD), in a report with no US dollar; None otherwise."""
    if _US_WRITTEN.search(text):
        return None
    noted = {signs.get(LOCAL_KEY + m["sign"]) for m in _NOTED.finditer(text)}
    return noted.pop() if len(noted) == 1 else None
