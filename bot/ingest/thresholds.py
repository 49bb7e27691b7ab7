"""Counts of customers over a size: "1,140 customers with ARR of $100,000 or more", "38
clients with revenue above $100 million", "412 accounts spending over $1m a year". The
amount is the bar the customers pass, never a figure of the company's (read as ARR or
revenue it would clash with the real one); the count is a level of its own, named by the
bar ("customers over $100,000"), so that a question about the company's customers in
general is not answered with it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.figures import Figure

# the bar after the amount ("$100,000 or more", "$1m+") or before it ("above $100 million")
_AFTER = re.compile(
    r"\s*(?:\+|or\s+(?:more|above|greater|higher|over)|and\s+(?:above|over|up)|plus\b)", re.I
)
_BEFORE = re.compile(
    r"\b(?:more\s+than|over|above|exceeding|at\s+least|greater\s+than|in\s+excess\s+of"
    r"|north\s+of|upwards\s+of)\s+$",
    re.IGNORECASE,
)
# the customers who pass it, before the amount in the same clause: "customers with ARR of",
# "clients with revenue above", "accounts spending over", "customers contributing"
_WHO = re.compile(
    r"\b(?P<noun>customers|clients|accounts|subscribers|members|logos|users)\s+"
    r"(?:(?:with|having|paying|spending|generating|contributing|worth|each\s+with)\b"
    r"[^,;.()]{0,50}$|(?:of|at|above|over)\s+$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Threshold:
    noun: str  # "customers"
    bar: str  # "$100,000", as written
    start: int  # where the customers' noun starts
    end: int = 0  # where the bar's amount ends


def bar_of(text: str, f: Figure) -> Threshold | None:
    """The threshold money figure F is, with the customers who pass it, or None."""
    if f.unit in ("units", "percent"):
        return None
    passed = _AFTER.match(text, f.end) or _BEFORE.search(text, max(0, f.start - 25), f.start)
    if passed is None:
        return None
    who = _WHO.search(text, max(0, f.start - 80), _bar_start(text, f))
    if who is None:
        return None
    return Threshold(who["noun"].lower(), f.text.strip(), who.start(), f.end)


def _bar_start(text: str, f: Figure) -> int:
    before = _BEFORE.search(text, max(0, f.start - 25), f.start)
    return before.start() if before is not None else f.start


def counted_over(text: str, count: Figure, bars: list[Threshold]) -> str | None:
    """The name of COUNT when its noun is that of customers over a bar just after it: "1,140
    customers with ARR of $100,000 or more" -> "customers over $100,000"."""
    for bar in bars:
        gap = text[count.end : bar.start]
        if bar.start >= count.end and len(gap) <= 25 and not re.search(r"[;:.()]", gap):
            return f"{bar.noun} over {_written_out(bar.bar)}"
        # "Customers with ARR over $100,000 reached 2,297", "CUSTOMERS WITH ARR OVER $100K:
        # 2,297": the customers and their bar named first, then their count
        lead = text[bar.end : count.start]
        if bar.end <= count.start and len(lead) <= 40 and _COUNT_AFTER.fullmatch(lead):
            return f"{bar.noun} over {_written_out(bar.bar)}"
    return None


def _written_out(bar: str) -> str:
    """ "$100K" -> "$100,000": a bar named the one way, however the text shortened it."""
    m = _BAR.fullmatch(bar.strip())
    if m is None or not m["s"]:
        return bar
    value = float(m["n"].replace(",", "")) * _SHORT_SCALE[m["s"].lower()]
    return f"{m['cur']}{value:,.0f}"


# between a bar and the count of those over it: a colon or a verb of reaching, no new clause
_COUNT_AFTER = re.compile(
    r"\s*(?::|(?:[a-z]+\s+){0,2}?(?:reached|rose\s+to|grew\s+to|increased\s+to|climbed\s+to"
    r"|totall?ed|numbered|was|were|stood\s+at|came\s+to|hit))\s*(?:about\s+|some\s+)?",
    re.IGNORECASE,
)


def compact(bar: str) -> str | None:
    """ "$100,000" -> "$100k", "$1,000,000" -> "$1m": the way people ask about them."""
    m = re.fullmatch(r"(?P<cur>[^\d\s]*)\s*(?P<n>\d{1,3}(?:,\d{3})+)", bar)
    if m is None:
        return None
    n = int(m["n"].replace(",", ""))
    for size, mark in ((1_000_000, "m"), (1_000, "k")):
        if n % size == 0:
            return f"{m['cur']}{n // size}{mark}"
    return None


# A table row counting customers over a bar: "Customers >$100k ARR", "$100k+ ARR customers",
# "Customers with ARR above $1m"
_LABEL_AFTER = re.compile(
    r"(?P<noun>customers|clients|accounts|subscribers|logos)\b[^$€£\d]{0,30}?"
    r"(?:>|≥|over|above|more\s+than|at\s+least|of)\s*(?P<bar>[$€£]\s?\d[\d,.]*\s*(?:k|m|mn)?)\b",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(
    r"(?P<bar>[$€£]\s?\d[\d,.]*\s*(?:k|m|mn)?)\s*\+\s*(?:\w+\s+){0,2}?"
    r"(?P<noun>customers|clients|accounts|subscribers|logos)\b",
    re.IGNORECASE,
)
_SHORT_SCALE = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000}
_BAR = re.compile(r"(?P<cur>[$€£])\s?(?P<n>\d[\d,.]*)\s*(?P<s>k|m|mn)?", re.IGNORECASE)


def labelled_count(label: str) -> str | None:
    """The name of a table row that counts customers over a bar, as prose names the same
    count ("customers over $100,000"), or None."""
    m = _LABEL_AFTER.search(label) or _LABEL_BEFORE.search(label)
    if m is None:
        return None
    bar = _BAR.fullmatch(m["bar"].strip())
    if bar is None:
        return None
    value = float(bar["n"].replace(",", "")) * _SHORT_SCALE.get((bar["s"] or "").lower(), 1)
    return f"{m['noun'].lower()} over {bar['cur']}{value:,.0f}"
