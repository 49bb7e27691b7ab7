"""Pounds of weight: "sold 2.52 billion pounds", "26.3 million pounds of uranium" in a report
that never writes sterling are a weight, never an amount of British money."""

from __future__ import annotations

import re

from bot.ingest.model import Proposal

# the signs of British money anywhere in a report: "£", "GBP", "sterling", "pence"
_STERLING = re.compile(r"£|\bGBP\b|\bsterling\b|\bpence\b|\bquid\b", re.IGNORECASE)
# a figure written with the word "pounds" after it: "2.52 billion pounds", "28 million lbs"
_POUNDS_WORD = re.compile(
    r"\d[\d,.]*\s*(?:thousand|million|billion|mln|bln|mn|bn|m|k)?\s+(?:of\s+)?pounds?\b",
    re.IGNORECASE,
)


def weighed_in_pounds(p: Proposal, text: str) -> bool:
    """P is read as British money from a figure written in "pounds" in TEXT, a report with
    no other sign of sterling: a weight."""
    return p.unit == "GBP" and bool(_POUNDS_WORD.search(p.quote)) and not _STERLING.search(text)


def weighs_in_pounds(text: str) -> bool:
    """TEXT writes figures in "pounds" and never sterling: its pounds are a weight."""
    return bool(_POUNDS_WORD.search(text)) and not _STERLING.search(text)
