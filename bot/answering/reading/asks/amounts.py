"""Amounts, units and scales: an amount of money or a count asked, the scale the
answer's amounts are asked in ("… in cr"), basis points, a worth, and an amount a figure is
set against ("did revenue pass 4bn")."""

from __future__ import annotations

import re

from bot.answering.reading.cues import cue
from bot.facts.quantities import SCALE_NAMES

# ("cost per pound change": the weight a cost is divided by, no currency asked)
# "how full were its stores", "how full are the planes": a share of what could be filled
HOW_FULL = cue(r"\bhow\s+full\b", re.I)

AMOUNT_ASKED = cue(
    # ("how many points", "how many pts": a percentage's difference, never an amount)
    r"\bhow\s+many\b(?!\s+(?:percentage\s+)?(?:points?|pts?|pps?|ppts?|bps|basis\s+points?)\b(?!\s+of\b))"
    r"|(?<!\bper\s)\b(?:dollars?|euros?|yen|pounds?|sterling|absolute)\b|[$€£¥]"
    # ("the change in units", "in unit terms": things counted, never a percentage)
    r"|\bin\s+(?:units|unit\s+terms|volume\s+terms)\b",
    re.I,
)

# "in cr", "in USD mn", "in $ million" (read as "in dollars million"): a scale said after
# "in", a currency before it or not
_CURRENCY_SAID = r"(?:rs\.?|inr|usd|us\$|\$|€|eur|₹|dollars?|euros?|pounds?|yen|rupees?)"
_IN_SCALE = (
    rf"\bin\s+(?:{_CURRENCY_SAID}\s*)?"
    r"(?P<scale>" + "|".join(sorted(SCALE_NAMES, key=len, reverse=True)) + r")\b"
)
# "increase in cr", "(in mn)", "in mn pln": the scale the answer's amounts are asked in,
# said last (a currency's code or name may follow it)
_SCALE_ASKED = cue(
    _IN_SCALE + rf"(?:\s+(?:[a-z]{{3}}|{_CURRENCY_SAID}))?\.?\s*\)?\s*[?.!]*\s*$",
    re.I,
)
# "revenue increase in crore vs Q3 FY25": a scale said anywhere, an amount asked in it
SCALE_SAID = cue(_IN_SCALE, re.I)

# "the margin change in bps", "how many basis points": a rates' gap asked in basis points
BASIS_POINTS = cue(r"\b(?:bps|bp|basis[\s-]+points?)\b", re.I)


def scale_asked(text: str) -> str | None:
    """The scale ("crore", "million") TEXT asks amounts in, said last ("… in cr")."""
    found = _SCALE_ASKED.search(text)
    return found["scale"].lower() if found else None


# "what was the backlog worth", "the backlog value": an amount of money asked, where a
# count fits as well
WORTH = cue(r"\b(?:worth|valued?)\b", re.I)

# "did revenue pass 4bn", "more than 40 million": an amount the figure is set against,
# never the figure's own name
BESIDE_AMOUNT = cue(
    r"\b(?:pass\w*|exceed\w*|top(?:s|ped)?|beat|above|over|more|less|fewer|below|under|hit"
    r"|hits|reach\w*|least|most|cross\w*|surpass\w*|break\w*|broke|than|vs|versus|if|would"
    r"|need\w*|to\s+go|short|shy)\b"
    # "of the 52,000 units in stock, how many were in Europe": the whole a
    # part is asked of
    r"|\bof\s+(?:the|its|their|those|these)\s+\S*\d",
    re.I,
)
