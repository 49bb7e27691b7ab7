"""Words a metric's name picks up from where its figure stood, which say nothing of what
it counts: a slide's number ("Slide 5 --- sales by end market"), the span its period
already carries ("52 wks", "9-MTH", a leading "Q3" or "FY"), and the units its value
already carries ("Revenue, EUR million"). Left in, they make two names of one measure, and a
name the questions never use."""

from __future__ import annotations

import re

from bot.facts.model import Period

_NOISE = (
    # "slide 5 ---", "Slide 4", a lone "---"
    re.compile(r"\bslide\s*\d*\b\s*(?:-{2,}|—)?|\s-{2,}\s", re.IGNORECASE),
    # "52 wks", "wks", "9-mth", "mth": the span the period says
    re.compile(r"\b(?:\d{1,2}[\s-]?)?(?:wks?|mths?)\b", re.IGNORECASE),
    # a leading "Q3", "H1", "FY", "3Q", "3T25" (a trimestre's code): the period says which
    re.compile(r"^\s*(?:q[1-4]|[1-4]q|h[12]|[12]h|fy|[1-4]t(?:19|20)?\d\d)\b\s*", re.IGNORECASE),
    # a trailing "EUR million", "USD m": the unit and scale the value holds
    re.compile(r"[\s,]+(?-i:[A-Z]{3})\s+(?:thousands?|millions?|billions?|m|mn|bn)\s*$"),
)


def tidy_name(name: str) -> str:
    """NAME without the slide, span and unit words it picked up; NAME itself where nothing
    would be left."""
    tidy = name
    for noise in _NOISE:
        tidy = noise.sub(" ", tidy)
    tidy = " ".join(tidy.split()).strip(" ,;:-")
    return tidy or name


# the span a name says: "39 wks", "53 weeks", "9-mth"
_SAID_SPAN = re.compile(r"\b(?P<n>\d{1,2})[\s-]?(?P<u>wks|weeks|mths?|months)\b", re.IGNORECASE)


def span_disagrees(name: str, period: Period) -> bool:
    """NAME says a span of weeks or months ("net sales 39 wks") that PERIOD, a span of more
    than a day, is not: the figure was given the wrong period (a 39-week column read as
    the year), and it is left out rather than answered for that period."""
    said = _SAID_SPAN.search(name)
    days = (period.end - period.start).days + 1
    if said is None or days <= 1:
        return False
    n = int(said["n"])
    if said["u"].lower().startswith("w"):
        return abs(days - 7 * n) > 3
    return abs(days - 30.44 * n) > 16
