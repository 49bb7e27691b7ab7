"""A percentage written with its sign first and a decimal comma, as Turkish reports write it:
"%9,4", "%10,0–%11,5", "-%7,2". The quantity reader takes "%9,4" for nothing and a table's
"%9,4" for a bare count; these are read here, and blanked for the readers after."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.figures import Figure

_SIGN_FIRST_PERCENT = re.compile(
    r"(?<![\w%])(?P<neg>[-−])?%(?P<n>\d{1,3}(?:,\d{1,2})?)"
    r"(?:\s*[–-]\s*%(?P<hi>\d{1,3}(?:,\d{1,2})?))?(?![\d,]*\d)"
)


def sign_first_percents(text: str, plain: str) -> tuple[list[Figure], str]:
    """The sign-first percentages of PLAIN (TEXT with what was read blanked), and PLAIN with
    them blanked too (offsets kept)."""
    from bot.ingest.figures import Figure

    out = []
    for m in _SIGN_FIRST_PERCENT.finditer(plain):
        low = float(m["n"].replace(",", ".")) * (-1 if m["neg"] else 1)
        high = float(m["hi"].replace(",", ".")) if m["hi"] else None
        if high is not None and high <= low:
            continue
        out.append(
            Figure(m.start(), m.end(), text[m.start() : m.end()], low, "percent", True, high)
        )
        plain = plain[: m.start()] + " " * (m.end() - m.start()) + plain[m.end() :]
    return out, plain
