"""Whether one figure is another written rounded: "a record $4.02 billion" beside a table's
4,018.6 million, a chief executive's post's "~SEK 14 bn" beside the report's MSEK 13,940.
The rounded one says nothing the exact one does not, and stored beside it under the same
name, period and day it would be a second, clashing statement of one fact."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def digits(value: float) -> int:
    """Significant digits a figure is written with: 4.02 billion has 3, 4,018.6 million 5."""
    mantissa = f"{abs(value):.11e}".split("e")[0].rstrip("0").rstrip(".")
    return len(mantissa.replace(".", ""))


def rounds_to(exact: float, shown: float) -> bool:
    """Whether SHOWN is EXACT written with fewer significant digits."""
    n = digits(shown)
    if n >= digits(exact):
        return False
    # halves go up, as reports round them: 6.5 billion written short is "7", never the
    # "6" that formatting's round-half-to-even gives (a "6.0 billion" beside it is another
    # figure)
    value = Decimal(repr(exact))
    step = Decimal(1).scaleb(value.adjusted() - n + 1)
    return float(value.quantize(step, rounding=ROUND_HALF_UP)) == float(f"{shown:.12g}")
