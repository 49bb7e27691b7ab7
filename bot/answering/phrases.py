"""How facts are named in sentences: periods in the entity's calendar, amounts the way
people write them, dates, and the 'X sold' metric names that read best as verbs."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from bot import patterns
from bot.answering.scales_written import (
    LAKH,
    counted_in_lakh,
    counts_billions_in_millions,
    in_billions_too,
    in_millions_too,
    said_in_millions,
)
from bot.facts import reporting
from bot.facts.model import Fact, FactView, Kind, Period, Quantity
from bot.facts.periods import (
    FiscalCalendar,
    describe,
    fiscal_label,
    in_whole_months,
    label,
    span,
)
from bot.facts.periods.eras import era_name
from bot.facts.quantities import SCALE_NAMES, format_number, format_quantity, scale_of

_SOLD = patterns.compile(
    r"^(?P<noun>.+?)\s+(?P<verb>sold|shipped|delivered|carried)$", re.IGNORECASE
)
_BASE_VERB = {"sold": "sell", "shipped": "ship", "delivered": "deliver", "carried": "carry"}
# Metrics where less is better: beating a loss forecast means losing less.
_LOWER_IS_BETTER = patterns.compile(
    r"\b(loss|losses|cost|costs|expense|expenses|debt|churn)\b", re.I
)


@dataclass(frozen=True)
class CountedMetric:
    """A metric named 'smartphones sold' reads as a verb: 'Sony sold 39 million smartphones'."""

    noun: str
    verb: str  # past tense, as in the name
    base: str  # "sell"


@functools.lru_cache(maxsize=1024)  # (a pattern matched of a few metric names, again and again)
def counted(metric: str, unit: str) -> CountedMetric | None:
    m = _SOLD.match(metric.strip())
    if m is None or unit != "units":
        return None
    return CountedMetric(m["noun"], m["verb"].lower(), _BASE_VERB[m["verb"].lower()])


def lower_is_better(metric: str) -> bool:
    return bool(_LOWER_IS_BETTER.search(metric))


def calendar_of(view: FactView) -> FiscalCalendar:
    return calendar(view.fiscal_year_end, view.fiscal_year_named_by)


@functools.lru_cache(maxsize=256)
def calendar(year_end: str | None, named_by: str | None) -> FiscalCalendar:
    """The fiscal calendar of a company stating these settings."""
    return FiscalCalendar.of(year_end, named_by)  # validated once per distinct calendar


def when(view: FactView) -> str:
    """The period in full, in the entity's calendar: 'FY2013 (Apr 2013 – Mar 2014)'; a
    fiscal-calendar company's quarters and halves by its own name first, as its reports
    name them: 'fiscal Q2 FY2013 (Jul – Sep 2013)'."""
    return _when(view.fact.period, calendar_of(view))


def at_or_in(view: FactView) -> str:
    """The preposition before the period's name: "at" a point in time (backlog at 31 Dec
    2025), "in" a span (revenue in Q3 2025)."""
    return "at" if view.fact.period.days == 1 else "in"


def when_period(period: Period, view: FactView) -> str:
    """PERIOD named in full in the calendar of VIEW's entity, as when() names a fact's:
    for a figure derived from the view's (a quarter carved from a half and nine months)."""
    return _when(period, calendar_of(view))


def short_when(view: FactView) -> str:
    return _short_when(view.fact.period, calendar_of(view))


# Naming a period is date arithmetic (which fiscal year, whole months or not) redone for
# the same few periods answer after answer, several times in each: named once per period
# and calendar instead.
@functools.lru_cache(maxsize=4096)
def _when(period: Period, cal: FiscalCalendar) -> str:
    era = _in_its_era(period, cal)
    if era:  # ("FY 2081/82 (FY2025, 16 Jul 2024 – 16 Jul 2025)": as its reports name it)
        name, days = _named_by_months(period, cal) or label(period, cal), span(period)
        return f"{era} ({name}, {days})" if name != days else f"{era} ({days})"
    fiscal = _fiscal_part(period, cal)
    if fiscal:
        return f"fiscal {fiscal} ({span(period)})"
    weeks = _named_by_months(period, cal)
    return f"{weeks} ({span(period)})" if weeks else describe(period, cal)


@functools.lru_cache(maxsize=4096)
def _short_when(period: Period, cal: FiscalCalendar) -> str:
    fiscal = _fiscal_part(period, cal)
    return f"fiscal {fiscal}" if fiscal else _named_by_months(period, cal) or label(period, cal)


def _in_its_era(period: Period, cal: FiscalCalendar) -> str | None:
    """PERIOD's name in the era a company whose years end mid-month counts in (None for
    one whose years end at a month's end: era_name asks no calendar of those)."""
    return era_name(period.start, period.end, cal.fiscal_year_end)


def _named_by_months(period: Period, cal: FiscalCalendar) -> str | None:
    """A period counted in weeks by the name of the months it stands for: 'FY2024' for
    4 Feb 2024 – 1 Feb 2025 (periods.in_whole_months), when those months have a name; a
    fiscal half or quarter by its fiscal name first, as `_when` names whole months
    ('fiscal H1 FY2026' for 29 Jun – 27 Dec 2025, never 'H2 2025')."""
    months = in_whole_months(period)
    if months is None:
        return None
    fiscal = _fiscal_part(months, cal)
    if fiscal:
        return f"fiscal {fiscal}"
    name = label(months, cal)
    return None if name == span(months) else name


def _fiscal_part(period: Period, cal: FiscalCalendar) -> str | None:
    """A fiscal quarter's or half's own name where its calendar name differs."""
    fiscal = fiscal_label(period, cal)
    if fiscal is None or fiscal.startswith("FY") or fiscal == label(period, cal):
        return None
    return fiscal


def amount(view: FactView, value: float | None = None) -> str:
    """'39 million smartphones' for counted metrics, else '$1.25 billion', '29.6%'."""
    if value is None:  # (the fact's own amount: worded once per Fact, see _worded)
        return _worded(_amounts, view, "", lambda: _amount(view, None))
    return _amount(view, value)


def _amount(view: FactView, value: float | None) -> str:
    f = view.fact
    c = counted(f.metric, f.unit)
    if c is not None:
        return f"{_number_or_range(view, value)} {c.noun}"
    return _quantity_or_range(view, value)


def _as_loss(view: FactView) -> str | None:
    """'a loss of €85 million' for a profit below zero ('net profit … was -€85 million'
    reads as a typo); None for anything else, or a metric that is a loss already."""
    f = view.fact
    if f.value >= 0 or getattr(f, "value_high", None) is not None or reporting.is_loss(f.metric):
        return None
    family = reporting.family_of(f.metric, reporting.measure_of_unit(f.unit))
    if family is None or family.key not in reporting.PROFIT_LEVELS:
        return None
    return f"a loss of {format_quantity(Quantity(-f.value, f.unit))}"


def bare_amount(view: FactView, value: float | None = None) -> str:
    """An amount without its noun, for second mentions: '40 million', '$490 million'."""
    if value is None and (loss := _as_loss(view)):
        return loss
    if view.fact.unit == "units":
        return _number_or_range(view, value)
    return _quantity_or_range(view, value)


def _high(view: FactView, value: float | None) -> float | None:
    """The range's upper end, when the fact states a range and no other value is asked."""
    return getattr(view.fact, "value_high", None) if value is None else None


_CRORE = 10_000_000


# The scale a question asks amounts in ("in crore", "in mn"; asks.scale_asked), while
# its answer is worded
_scale: ContextVar[str | None] = ContextVar("scale", default=None)


@contextlib.contextmanager
def amounts_in(scale: str | None) -> Iterator[None]:
    """Amounts worded inside are written in SCALE (a word of SCALE_NAMES), if given."""
    token = _scale.set(scale)
    try:
        yield
    finally:
        _scale.reset(token)


def _number_or_range(view: FactView, value: float | None) -> str:
    """'39 million', or a range: '212,000 to 217,000'; a count words give to two decimals
    of millions or more with its digits too (see `_digits_too`)."""
    high, scale = _high(view, value), _scale.get()
    low = view.fact.value if value is None else value
    ends = (low,) if high is None else (low, high)
    size = scale_of(SCALE_NAMES[scale]) if scale is not None else None
    if size is not None and all(abs(v) < size for v in ends):
        scale = None  # ("1,339 buses", never "0 million": a count below the money's scale)
    worded = " to ".join(format_number(v, scale) for v in ends)
    if scale is None and counted_in_lakh(view) and all(abs(v) >= LAKH for v in ends):
        # ("1.235 million (12.35 lakh)": a count its report writes in lakh, so said too)
        lakh = " to ".join(format_number(v, "lakh").removesuffix(" lakh") for v in ends)
        return f"{worded} ({lakh} lakh)"
    billions = all(abs(v) >= 1e9 for v in ends)
    if scale is None and billions and counts_billions_in_millions(view, value is not None):
        return " to ".join(format_number(v, "million") for v in ends)  # ("1,298 million")
    if scale is None and all(_digits_too(v) for v in ends):
        return f"{worded} ({' to '.join(f'{int(v):,}' for v in ends)})"
    return worded


def _digits_too(value: float) -> bool:
    """Is VALUE a count below ten million that words write to two decimals of millions or
    more ('2.09 million', '1.295 million')? Such counts are written in digits as often
    ('2,090,000 pallets'), and the answer gives both; '1.7 million', '39 million' stay."""
    if not (1e6 <= abs(value) < 1e7 and value == int(value)):
        return False
    millions = format_number(value).removesuffix(" million")
    return len(millions.partition(".")[2]) >= 2


# "63 cents", "50–70 cents per share", "4.2p", "EPS (cents)": an amount its report
# writes in a currency's hundredth part
_IN_CENTS = patterns.compile(r"\b(?:cents?|pence|paise)\b|¢|\d\s*p\b", re.IGNORECASE)


def _in_cents_too(view: FactView, ends: tuple[float, ...]) -> str:
    """' (60 cents)' after an amount below one of a currency its report writes in cents
    ('earnings guidance of 50–70 cents per share'), else ''."""
    f = view.fact
    if f.unit in ("units", "percent") or not all(0 < abs(v) < 1 for v in ends):
        return ""
    if not _IN_CENTS.search(f.quote or ""):
        return ""
    return f" ({' to '.join(format_number(v, 'cents') for v in ends)})"


def _quantity_or_range(view: FactView, value: float | None) -> str:
    if view.fact.unit == "units":
        return f"{_number_or_range(view, value)} units"  # (a count: see `_digits_too`)
    high, scale = _high(view, value), _scale.get()
    amount = view.fact.value if value is None else value
    cents = (
        ""
        if scale is not None
        else _in_cents_too(view, (amount,) if high is None else (amount, high))
    )
    return _money_or_range(view, amount, high, scale, value is not None) + cents


def _money_or_range(
    view: FactView, amount: float, high: float | None, scale: str | None, worked_out: bool
) -> str:
    if high is None:
        worded = format_quantity(Quantity(amount, view.fact.unit), scale=scale)
        if view.fact.unit == "INR" and scale is None and abs(amount) >= _CRORE:
            # ("5.72 billion INR (572 crore)": rupees as Indian reports count them too)
            return f"{worded} ({format_number(amount, 'crore')})"
        if scale is None and in_billions_too(view, amount, worked_out):
            # ("1.418 trillion VND (1,418 billion)", as its reports write it)
            return f"{worded} ({format_number(amount, 'billion')})"
        if scale is None and (
            in_millions_too(amount)
            # ("up 384.58 billion COP (384,580 million)": worked out from a figure said in
            # millions, so said in them too)
            or (abs(amount) >= 1e9 and said_in_millions(view, worked_out))
        ):
            # ("€1,215,400,000 (1,215.4 million)": the digits, and the millions reports
            # write a billion of that precision in)
            return f"{worded} ({format_number(amount, 'million')})"
        if scale is None and _digits_only(amount):
            # ("13,652,545,000 PKR (about 13.65 billion)": ten digits are read by their
            # billions, as the reports' own text rounds them)
            return f"{worded} (about {amount / 1e9:,.2f} billion)"
        return worded
    return format_quantity(Quantity(view.fact.value, view.fact.unit, high), scale=scale)


def _digits_only(amount: float) -> bool:
    """Is AMOUNT a billion or more that words could not write at a scale (digits only)?"""
    return abs(amount) >= 1e9 and not any(c.isalpha() for c in format_number(amount))


# Whether the question asks rates' gaps in basis points ("in bps"), while its answer is
# worded
_in_basis_points: ContextVar[bool] = ContextVar("in_basis_points", default=False)


@contextlib.contextmanager
def points_in_basis_points(asked: bool) -> Iterator[None]:
    """Percentage points worded inside are given in basis points too, if ASKED."""
    token = _in_basis_points.set(asked)
    try:
        yield
    finally:
        _in_basis_points.reset(token)


def difference(view: FactView, delta: float) -> str:
    """A change in the view's unit: percentage points for percentages (and basis points
    where the question asks so: "0.8 percentage points (80 basis points)")."""
    if view.fact.unit == "percent":
        noun = "percentage point" if abs(delta) == 1 else "percentage points"
        said = f"{format_number(abs(delta))} {noun}"
        if _in_basis_points.get():
            said += f" ({format_number(round(abs(delta) * 100, 4))} basis points)"
        return said
    return bare_amount(view, abs(delta))


def day(d: date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def kind_word(kind: Kind) -> str:
    return {"actual": "actual", "target": "target", "forecast": "forecast"}[kind.value]


def fact_label(view: FactView) -> str:
    """One line naming a fact, for lists of choices: 'Sony smartphones sold, FY2013 (target)'."""
    f = view.fact
    return f"{f.entity} {f.metric}, {short_when(view)} ({kind_word(f.kind)}): {amount(view)}"


# A fact's words (its sentence, its amount) per Fact object: the views of the store's
# series cache hold the same Fact objects while the store is unchanged, and every answer
# citing one would word it again. Its calendar is checked too (the view's, not the
# fact's). (id of the Fact, a variant) -> (the Fact, its calendar, the words)
_Worded = dict[tuple[int, str], tuple[Fact, tuple[str | None, str | None], str]]
_statements: _Worded = {}
_amounts: _Worded = {}
WORDED_KEPT = 4096  # facts a kind of words is kept for (all dropped at once past that)


def _worded(kept: _Worded, view: FactView, variant: str, word: Callable[[], str]) -> str:
    """WORD()'s words for VIEW's fact in VARIANT, kept in KEPT per Fact object."""
    if _scale.get() is not None:
        return word()  # (amounts in a scale asked: words of that one answer)
    fact, cal = view.fact, (view.fiscal_year_end, view.fiscal_year_named_by)
    key = (id(fact), variant)
    held = kept.get(key)
    if held is not None and held[0] is fact and held[1] == cal:
        return held[2]
    words = word()
    if len(kept) >= WORDED_KEPT:
        kept.clear()
    kept[key] = (fact, cal, words)
    return words


def statement(view: FactView, *, adjective: str = "") -> str:
    """The fact as a sentence without a full stop.

    'Sony sold 39 million smartphones in FY2013 (Apr 2013 – Mar 2014)'
    "Sony's target for FY2014 (Apr 2014 – Mar 2015) was to sell 50 million smartphones"
    "Sony's net loss forecast for FY2014 (Apr 2014 – Mar 2015) was $490 million"
    """
    return _worded(_statements, view, adjective, lambda: _statement(view, adjective))


def _statement(view: FactView, adjective: str) -> str:
    f = view.fact
    entity, period = f.entity, when(view)
    c = counted(f.metric, f.unit)
    lead = possessive(entity) + (f" {adjective}" if adjective else "")
    if f.kind is Kind.ACTUAL:
        if c is not None:
            on = "on" if f.period.days == 1 else "in"  # ("31,400 orders on 21 Dec 2025")
            return f"{entity} {c.verb} {amount(view)} {on} {period}"
        return f"{lead} {f.metric} {at_or_in(view)} {period} was {_as_loss(view) or amount(view)}"
    word = kind_word(f.kind)
    if c is not None:
        return f"{lead} {word} for {period} was to {c.base} {amount(view)}"
    return f"{lead} {f.metric} {word} for {period} was {_as_loss(view) or amount(view)}"
