"""A currency sign a report defines for itself ("figures are in millions of Mexican pesos
(Ps.)", "Brazilian reais (R$)") and the amounts written after it ("Ps. 27,480 million"): no
sign means a currency until the report says which; the same sign may be another country's
in another report.
"""

from __future__ import annotations

import functools
import re

from bot.ingest.figures import CURRENCY_NAME, Figure, currency_named

_DEFINED_SIGN = re.compile(
    CURRENCY_NAME
    + r"\s*\(\s*[“\"]?(?P<sign>(?-i:[A-Z][a-z]{0,2})\.?|(?-i:[A-Z]{1,3})\$)[”\"]?\s*\)",
    re.IGNORECASE,
)
# a sign the report defined stands in the report's currencies under this prefix, apart from
# its currency words
SIGN_KEY = "sign:"


@functools.lru_cache(maxsize=4)
def defined_signs(text: str) -> dict[str, str]:
    """Each sign the report defines -> its currency ("Ps.": MXN); once a report."""
    out: dict[str, str] = {}
    for m in _DEFINED_SIGN.finditer(text):
        code = currency_named(m["nation"], m["word"])
        if code is not None:
            out.setdefault(m["sign"], code)
    return out


def signed_currencies(text: str) -> dict[str, str]:
    """The report's signs as its currencies hold them ("sign:Ps.": MXN)."""
    return {SIGN_KEY + sign: code for sign, code in defined_signs(text).items()}


def signed_currency(text: str, f: Figure, named: dict[str, str]) -> Figure:
    """ "Ps. 27,480 million" in a report that defined "Ps." for Mexican pesos: the amount
    in that currency, its sign part of its text. A sign the report never defined says
    nothing, and the figure stays a bare number."""
    if f.unit != "units":
        return f
    for key, code in named.items():
        if not key.startswith(SIGN_KEY):
            continue
        sign = key[len(SIGN_KEY) :]
        before = max(0, f.start - 8)
        m = re.compile(r"(?<![\w.$])" + re.escape(sign) + r"\s?$").search(text, before, f.start)
        if m is not None:
            return Figure(m.start(), f.end, text[m.start() : f.end], f.value, code, True, f.high)
    return f
