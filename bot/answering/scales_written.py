"""The scale a report writes its amounts in, so that answers write them so too: a billion
or more that reports write in millions ("1,214 million"), a trillion or more in billions
("VND 4,683 billion"), counts in lakh. An amount worked out from several facts (a quarter
from a year less nine months) is written as any of them is: see `worked_out_from`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from bot import patterns
from bot.facts.model import FactView
from bot.facts.quantities import format_number

# The facts an answer's worked-out amounts come from, while it is worded
_operands: ContextVar[tuple[FactView, ...]] = ContextVar("operands", default=())


@contextlib.contextmanager
def worked_out_from(views: Iterable[FactView]) -> Iterator[None]:
    """Amounts worked out inside are written as any of VIEWS' quotes writes its own."""
    token = _operands.set(tuple(views))
    try:
        yield
    finally:
        _operands.reset(token)


def _views(view: FactView, worked_out: bool) -> Iterator[FactView]:
    """VIEW, and for an amount WORKED_OUT from it the other facts of its unit it is worked
    out from (a table's "4,056" beside a sentence's "VND 1,186 billion": the table's
    heading is no part of its quote)."""
    yield view
    if worked_out:
        for other in _operands.get():
            if other is not view and other.fact.unit == view.fact.unit:
                yield other


def _quotes(view: FactView, worked_out: bool) -> Iterator[str]:
    return (v.fact.quote or "" for v in _views(view, worked_out))


def in_millions_too(amount: float) -> bool:
    """Is AMOUNT a billion or more that words could not write at that scale (format_number
    gave digits), or wrote to three decimals ("1.784 billion", which reports write as
    "1,784 million"), but can in millions to a decimal or two?"""
    if abs(amount) < 1e9:
        return False
    worded = format_number(amount)
    if not worded[-1].isdigit():
        billions = worded.removesuffix(" billion")
        if billions == worded or len(billions.partition(".")[2]) < 3:
            return False
    return _to_decimals(abs(amount) / 1e6, 2)


def _to_decimals(x: float, places: int) -> bool:
    """Is X written whole to PLACES decimals ("1,385.3" of billions, to two)?"""
    scaled = x * 10**places
    return abs(scaled - round(scaled)) < 1e-6


def said_in_millions(view: FactView, worked_out: bool = False) -> bool:
    """Does the fact's report write it in millions: a billion or more of that precision
    (`in_millions_too`), "1,214 million" in its quote, or a table's "700,640" under a
    "COP million" heading? Amounts worked out from it are said in millions too."""
    f = view.fact
    if abs(f.value) < 1e9 or f.unit in ("units", "percent"):
        return False
    return in_millions_too(f.value) or _quoted_in_millions(view, worked_out)


def _quoted_in_millions(view: FactView, worked_out: bool) -> bool:
    """Does a quote behind the figure write it in millions ("1,214 million", "700,640")?"""
    millions = abs(view.fact.value) / 1e6
    digits = f"{millions:,.0f}" if millions == int(millions) else None
    return counts_billions_in_millions(view, worked_out) or (
        digits is not None and digits in (view.fact.quote or "")
    )


def _thousands_of(scale: str) -> re.Pattern[str]:
    """Thousands of a scale written before its word ("1,214 " and SCALE's words)."""
    return patterns.compile(
        rf"(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?\s*(?:{scale})(?![a-z])", re.IGNORECASE
    )


# "2,512 mil. mc", "3,690 million cubic metres": billions a report writes in millions
_THOUSANDS_OF_MILLIONS = _thousands_of(r"million|mil\.|mln|mn")
# "VND 4,683 billion", "Rp 12,345 bn": trillions a report writes in billions
_THOUSANDS_OF_BILLIONS = _thousands_of(r"billion|bln|bn")


def counts_billions_in_millions(view: FactView, worked_out: bool = False) -> bool:
    """Does the fact's quote (or, for an amount WORKED_OUT, another operand's) write
    thousands of millions ('1,214 mil. mc')? Its figures of a billion or more are then
    said in millions, as its reports say them."""
    return any(_THOUSANDS_OF_MILLIONS.search(q) for q in _quotes(view, worked_out))


# "Net revenue (VND billion)   5,200   5,500": a table row under a heading in billions
_BILLIONS_HEADING = patterns.compile(r"\b[A-Z]{2,3}\s*(?:billion|bln|bn)\b")
_THOUSANDS = patterns.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def in_billions_too(view: FactView, amount: float, worked_out: bool = False) -> bool:
    """Is AMOUNT of money a trillion or more that the reports behind it write in
    thousands of billions ("VND 1,186 billion")? Answers say it so too, beside words."""
    if abs(amount) < 1e12 or view.fact.unit in ("units", "percent"):
        return False
    if _billions_not_trillions(amount) and not _quoted_in_millions(view, worked_out):
        return True  # ("1,385,300,000,000 KRW (1,385.3 billion)", never 1,385,300 million)
    return any(
        _THOUSANDS_OF_BILLIONS.search(q) or (_BILLIONS_HEADING.search(q) and _THOUSANDS.search(q))
        for q in _quotes(view, worked_out)
    ) or any(_quoted_in_billions(v) for v in _views(view, worked_out))


def _quoted_in_billions(view: FactView) -> bool:
    """Does the fact's quote write its own value in thousands of billions (a table's
    "| Net revenue | 3,392 |" for 3.392 trillion, its "VND billion" heading above)?"""
    billions = abs(view.fact.value) / 1e9
    if billions < 1000 or not _to_decimals(billions, 1):
        return False
    digits = f"{billions:,.1f}".removesuffix(".0")
    return bool(re.search(rf"(?<![\d.,]){re.escape(digits)}(?![\d,]|\.\d)", view.fact.quote or ""))


def _billions_not_trillions(amount: float) -> bool:
    """Is AMOUNT a trillion or more that words could not write at that scale (digits) but
    can in billions to a decimal or two? Won-, rupiah- and dong-reporting companies write
    such amounts in billions ("KRW 1,385.3 billion"), even where a table's heading, no part
    of the quote, says so."""
    if not format_number(amount)[-1].isdigit():
        return False
    return _to_decimals(abs(amount) / 1e9, 2)


LAKH = 100_000
# "11.46 lakh units", "5,12,384 units": a count written the Indian way
_INDIAN_COUNT = patterns.compile(r"\b(?:lakhs?|lacs?)\b|\b\d{1,2},\d\d,\d{3}\b", re.IGNORECASE)


def counted_in_lakh(view: FactView) -> bool:
    """Does the fact's own quote count the Indian way (in lakh, or '5,12,384')?"""
    return bool(_INDIAN_COUNT.search(view.fact.quote or ""))
