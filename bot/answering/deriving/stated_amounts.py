"""Whether a figure is an amount the question names ('the 39 million figure', 'its $701.3m
net sales'), and which of a question's numbers are years rather than amounts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from bot import patterns
from bot.facts.model import FactView, Quantity


def same_amount(view: FactView, amount: Quantity, *, rounded: bool = False) -> bool:
    """39 million matches 39,000,000 of any unit the question did not name ('units').
    ROUNDED: an amount of three or more significant digits ('3.25 million') also matches a
    figure it is that figure rounded to (3,246,800)."""
    f = view.fact
    if amount.unit not in ("units", f.unit):
        return False
    slack = 1e-9 * max(abs(amount.value), 1.0)
    if rounded:
        said = f"{abs(amount.value):.9f}".rstrip("0").rstrip(".")
        digits = said.replace(".", "").lstrip("0").rstrip("0")
        if len(digits) < 3 or not amount.value:
            return False
        place = 10 ** (math.floor(math.log10(abs(amount.value))) - len(digits) + 1)
        slack = place / 2
    return any(
        abs(v - amount.value) <= slack
        for v in (f.value, f.value_high)  # either end of a range
        if v is not None
    )


def written_scaled(view: FactView, amount: Quantity) -> bool:
    """Is a bare AMOUNT ('2,317', '13.05') the figure as its quote writes it, in a table's
    scale or before a scale word ('2,317.0' for 2,317,000,000; '13.05 million tonnes')?"""
    return scaled_as_written(view.fact.quote, view.fact.value, amount)


def scaled_as_written(quote: str, value: float, amount: Quantity) -> bool:
    """Is VALUE (a figure or one end of its range) a bare AMOUNT in a scale, written so
    in QUOTE ('215' of '215 – 235 kt' for 215,000)?"""
    if amount.unit != "units" or not amount.value:
        return False
    if not any(math.isclose(value, amount.value * 10**k, rel_tol=1e-9) for k in (3, 6, 9)):
        return False
    return any(
        math.isclose(float(n.replace(",", "")), amount.value, rel_tol=1e-9)
        for n in _NUMBER.findall(quote)
    )


_NUMBER = patterns.compile(r"\d[\d,]*(?:\.\d+)?")


def states_amount(view: FactView, amounts: Sequence[Quantity]) -> bool:
    return any(same_amount(view, q) for q in amounts)


def a_year(amount: Quantity, said: str | None = None) -> bool:
    """A whole number a year could be, whatever its unit ("yoy 2024 %"), and written as one
    where SAID is given: never "1,925" or "1.925k"."""
    could_be = amount.value.is_integer() and 1900 <= amount.value <= 2100
    return could_be and (said is None or _written_bare(amount, said))


def year_like(amount: Quantity, said: str | None = None) -> bool:
    """'its 2011 goal': a bare whole number a year could be is no amount to match."""
    return amount.unit == "units" and a_year(amount, said)


def _written_bare(amount: Quantity, said: str) -> bool:
    """Is AMOUNT written in SAID as a year is: four digits of their own?"""
    return any(m.group() == str(int(amount.value)) for m in _NUMBER.finditer(said))
