"""How figures worked out from facts are said: a range's ends, a sum or a difference as one
figure or 'X to Y', how a figure moved, signed differences and percentages.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from bot.answering.phrases import (
    amount,
    bare_amount,
    day,
    difference,
)
from bot.facts import reporting
from bot.facts.model import FactView


def range_ends(view: FactView) -> tuple[float, float]:
    """A figure's low and high ends: one figure is both ends of itself."""
    f = view.fact
    return f.value, f.value if f.value_high is None else f.value_high


def sum_ends(views: tuple[FactView, ...]) -> tuple[float, float]:
    """Figures added up, each range by its ends: the least and the most the sum can be."""
    return sum(range_ends(v)[0] for v in views), sum(range_ends(v)[1] for v in views)


def less_ends(a: FactView, *others: FactView) -> tuple[float, float]:
    """A less the OTHERS, each a figure or a range: the least and the most it can be."""
    (a_lo, a_hi), (b_lo, b_hi) = range_ends(a), sum_ends(others)
    return a_lo - b_hi, a_hi - b_lo


def amount_between(view: FactView, lo: float, hi: float, *, noun: bool = False) -> str:
    """An amount worked out from figures that may be ranges: one figure, or 'X to Y'; the
    counted noun after it with NOUN ('500 to 540 boats')."""
    said = amount if noun else bare_amount
    return said(view, lo) if lo == hi else f"{bare_amount(view, lo)} to {said(view, hi)}"


def how_changed(old: FactView, new: FactView) -> str:
    """How a figure moved, both ends of a range counted: a range that moved one end up and
    the other down was widened or narrowed, never 'raised' by its low end alone."""
    (lo, hi), (old_lo, old_hi) = range_ends(new), range_ends(old)
    if lo >= old_lo and hi >= old_hi and (lo, hi) != (old_lo, old_hi):
        return "raised"
    if lo <= old_lo and hi <= old_hi and (lo, hi) != (old_lo, old_hi):
        return "lowered"
    if (lo, hi) == (old_lo, old_hi):
        return "restated unchanged"
    return "widened" if hi - lo > old_hi - old_lo else "narrowed"


def figure_words(view: FactView, the: str = "a") -> str:
    """'785', or 'a range of 780 to 800': a range never reads as 'from 780 to 800'. THE
    ('the original') leads a range and stands before one figure when it is not 'a'."""
    if view.fact.value_high is not None:
        return f"{the} range of {bare_amount(view)}"
    return bare_amount(view) if the == "a" else f"{the} {bare_amount(view)}"


def stated_on(view: FactView) -> str:
    return f"stated {day(view.fact.as_of)}"


def share_percent(part: FactView, whole: FactView, ends: tuple[float, float] | None = None) -> str:
    """PART as a share of WHOLE: '18.0%', or where either is a range the least and the most
    it can be ('16.7% to 19.0%'), never the low ends' ratio alone. ENDS: the whole's two
    ends where they are stated as two facts."""
    (p_lo, p_hi), (w_lo, w_hi) = range_ends(part), ends or range_ends(whole)
    if w_lo <= 0:
        return "0.0%"
    lo, hi = p_lo / w_hi * 100, p_hi / w_lo * 100
    if places(lo, 1) == places(hi, 1):
        return percent(lo)
    return f"{places(lo, 1)}% to {places(hi, 1)}%"


def percent_in_brackets(delta: float, base: float, *, signed: bool = True) -> str:
    if base <= 0 or base + delta < 0:
        return ""  # from a loss, or into one: a percentage of it says nothing
    # (an ASCII minus: what a spreadsheet or a script reading the reply takes for one)
    sign = ("+" if delta > 0 else "-" if delta < 0 else "") if signed else ""
    pct = _percent_of(delta, base)
    # (one decimal, or two where one would round a change to nothing: "0.04%", never "0.0%")
    written = f"{places(pct, 1 if pct == 0 or pct >= 0.05 else 2)}%"
    two = _to_two_places(pct, written)
    # (both roundings where two decimals say more: "+0.9%; 0.85% to 2 dp", as a reader
    # checks either against a sheet)
    return f" ({sign}{written}; {two} to 2 dp)" if two else f" ({sign}{written})"


def _to_two_places(pct: float, written: str) -> str:
    """'4.78%' of a percentage WRITTEN to one decimal ("4.8%") where two say more (a reader
    checking the figure against a sheet sees both roundings); else ''."""
    two = places(pct, 2)
    if written != f"{places(pct, 1)}%" or two.endswith("0"):
        return ""  # (written to two already, or the second decimal adds nothing)
    return f"{two}%"


def percent(value: float) -> str:
    """'76.9%' of a percentage worked out, '76.9% (76.92% to 2 dp)' where two decimals say
    more."""
    one = f"{places(value, 1)}%"
    two = _to_two_places(value, one)
    return f"{one} ({two} to 2 dp)" if two else one


def _change_percent(delta: float, base: float) -> str:
    """DELTA as a percentage of BASE, unsigned: one decimal, or two where one would misstate
    a small change by more than a twentieth of itself ("0.47%", never "0.5%"; "0.7%")."""
    pct = _percent_of(delta, base)
    one = float(places(pct, 1))
    return f"{places(pct, 2)}%" if pct > 0 and abs(one - pct) > pct / 20 else f"{places(pct, 1)}%"


def _percent_of(delta: float, base: float) -> float:
    """DELTA as a percentage of BASE, unsigned, to nine places: 450 of 100,000 is 0.45,
    never a float's 0.4499…, which rounds the wrong way."""
    return round(abs(delta) / abs(base) * 100, 9)


def places(value: float, n: int) -> str:
    """VALUE to N decimals, halves rounded up as people round them ("4.25" -> "4.3"; a
    float's own formatting rounds them to even)."""
    return str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-n), ROUND_HALF_UP))


def stated_growth_first(facts: tuple[FactView, ...]) -> bool:
    """Is the first of three facts the growth the company stated, the other two the levels
    it is the change between (siblings.stated_growth)?"""
    if len(facts) != 3:
        return False
    stated, later = facts[0].fact, facts[1].fact
    return stated.unit == "percent" and bool(reporting.change_rests(stated.metric, later.metric))


def change_from_rate(facts: tuple[FactView, ...]) -> bool:
    """Are the facts a level and the growth the company states for it, the earlier level
    not held (siblings.stated_growth): the change worked out from the rate?"""
    if len(facts) != 2:
        return False
    level, rate = facts[0].fact, facts[1].fact
    return (
        rate.unit == "percent"
        and level.unit != "percent"
        and rate.period == level.period
        and bool(reporting.change_rests(rate.metric, level.metric))
    )


def how_moved(view: FactView, now: tuple[float, float], then: tuple[float, float]) -> str:
    """'up $3.4 billion to $5.4 billion (+5.9% to +9.4%)': the change from THEN to NOW,
    each a figure's or a range's (low, high), from the least to the most it can be."""
    (lo, hi), (old_lo, old_hi) = now, then
    low, high = lo - old_hi, hi - old_lo  # the least and the most it can have moved
    if low > 0 or high < 0:  # every reading moves one way
        direction = "up" if low > 0 else "down"
        near, far = sorted((abs(low), abs(high)))
        by = f"{direction} {difference(view, near)} to {difference(view, far)}"
    else:
        by = f"between {signed_difference(view, low)} and {signed_difference(view, high)}"
    if view.fact.unit != "percent" and old_lo > 0 and lo >= 0:  # (as in percent_in_brackets)
        by += f" ({signed_percent(low, old_hi)} to {signed_percent(high, old_lo)})"
    return by


def signed_difference(view: FactView, delta: float) -> str:
    sign = "+" if delta > 0 else "-" if delta < 0 else ""
    return f"{sign}{difference(view, delta)}"


def signed_percent(delta: float, base: float) -> str:
    sign = "+" if delta > 0 else "-" if delta < 0 else ""
    return f"{sign}{_change_percent(delta, base)}"
