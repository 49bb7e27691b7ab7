"""Time phrases in a sentence that name no figure's period: the day a plan was stated ("the
range we narrowed in November", "the range we gave you in May"), the time of an event a
figure is explained by ("raised following the east wall slip in November"), the results a
statement came with ("issued ... with its fourth quarter fiscal 2024 results"); and a figure
only compared with ("EPS was $0.38, compared with $0.41"), whose own period the sentence
never says."""

from __future__ import annotations

import re

from bot.ingest.timing import TimeMention

# "the range we narrowed in November", "the target it set in March": when a plan was stated
_STATING = (
    r"(?:we|I|it|they|the\s+company|the\s+group|management|the\s+board)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:narrowed|raised|lowered|cut|set|gave|given|issued|published|announced|guided|updated"
    r"|confirmed|presented|reaffirmed|lifted|tightened|provided|introduced|reiterated|released"
    r"|set\s+out|laid\s+out)(?:\s+(?:it|them|again|first|you|us|investors))?"
    # ("the target I set at our investor day on September 17": the occasion, then its day)
    r"(?:\s+(?:at|with)\s+(?:our|its|their|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"(?:\s+(?:in|on|at|back\s+in))?\s*$"
)
_DATES_A_STATEMENT = re.compile(
    r"\b(?:range|target|forecast|guidance|outlook|goal|plan|estimate)s?\s+(?:that\s+|which\s+)?"
    + _STATING
    # "inside the range of 3,150 to 3,300 that we gave in October": the plan named before
    # its figures, the day it was stated after them
    + r"|\b(?:that|which)\s+"
    + _STATING,
    re.IGNORECASE,
)
# "raised following the east wall slip in November", "cut after the fire at its plant in March"
# "rose 9.4%, helped by the reopening of the enlarged flagship in April": what moved it
_AFTER_EVENT = re.compile(
    r"\b(?:following|after|due\s+to|because\s+of|owing\s+to|(?:helped|driven|boosted|supported"
    r"|lifted|hit|hurt|held\s+back|weighed\s+down)\s+by|thanks\s+to)\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w-]+\s+){1,8}?(?:in|on|at)?\s*$",
    re.IGNORECASE,
)
# "... with its fourth quarter fiscal 2024 results": the occasion a statement came with
_OCCASION = re.compile(r"\s+(?:results|earnings|report|release|statement)\b", re.IGNORECASE)
_WITH_ITS = re.compile(r"\b(?:with|at)\s+(?:(?:its|the|their|our)\s+)?$", re.IGNORECASE)
# a comparison's figure right after its cue: "compared with $0.41", "versus 12.4%"
_BARE_COMPARISON = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s+(?:[$€£¥]|[A-Z]{1,3}\$|US\s)?$",
    re.IGNORECASE,
)


# "Given the first half and the festive bookings, ...", "Given the August shortfall, ...": what
# a figure is explained by
_GIVEN = re.compile(
    r"\b(?:given|despite|considering)\s+(?:(?:the|a|an|its|our|their|this|that)\s+)?$",
    re.IGNORECASE,
)


# "our fastest growth since 2022", "the highest margin since fiscal 2019", "the first time
# since 2021": the time a record is measured back to, no figure's period
_RECORD_SINCE = re.compile(
    r"\b(?:fastest|slowest|highest|lowest|strongest|weakest|biggest|largest|smallest|best|worst"
    r"|sharpest|steepest|deepest|quickest|leanest|busiest|most|least|first\s+time|record)\b"
    r"[\w\s’'-]{0,40}?\bsince\s+(?:the\s+|its\s+|our\s+)?$",
    re.IGNORECASE,
)


def of_an_event(text: str, t: TimeMention) -> bool:
    """T is the time of an event a figure is explained by."""
    return (
        _AFTER_EVENT.search(text, max(0, t.start - 100), t.start) is not None
        or _GIVEN.search(text, max(0, t.start - 20), t.start) is not None
    )


def frames_nothing(text: str, t: TimeMention) -> bool:
    """T dates a statement, an event or an occasion: no period for the sentence's figures."""
    return (
        _DATES_A_STATEMENT.search(text, max(0, t.start - 60), t.start) is not None
        or of_an_event(text, t)
        or _RECORD_SINCE.search(text, max(0, t.start - 60), t.start) is not None
        or (
            _OCCASION.match(text, t.end) is not None
            and _WITH_ITS.search(text, max(0, t.start - 12), t.start) is not None
        )
    )


# a wire's shorthand base right after its figure: "EUR 231.9 MLN VS EUR 244.6 MLN", "168 vs 149"
_WIRE_VERSUS = re.compile(
    r"[\d.,]+\s*(?:%|pct|[a-z]{1,5}|mln|bln|million|billion)?(?:\s+[A-Za-z$€£¥]{1,6})?\s+"
    r"(?:vs\.?|versus)\s+(?:[$€£¥]|[A-Z]{1,3}\$|[A-Z]{3}\s)?$",
    re.IGNORECASE,
)


def wire_versus(text: str, fig_start: int) -> bool:
    """The figure at FIG_START is a wire's "vs" base, right after the figure it is set
    against."""
    return _WIRE_VERSUS.search(text, max(0, fig_start - 40), fig_start) is not None and not (
        _OWN_TIME_AFTER.match(text, fig_start)  # "VS $421.0 MLN YR AGO": its time is said
    )


_OWN_TIME_AFTER = re.compile(
    r"\S+(?:\s+(?:mln|bln|million|billion|units?|[A-Za-z$€£¥]{1,4}))*\s+"
    r"(?:yr|year|a\s+year|the\s+year|in|for|at|last|prior|previous)\b",
    re.IGNORECASE,
)


def only_compared(text: str, fig_start: int) -> bool:
    """The figure at FIG_START stands right after a comparison's cue ("compared with")."""
    return _BARE_COMPARISON.search(text, max(0, fig_start - 30), fig_start) is not None


# a figure a change started from: "expanded 70 basis points to 41.2% from 40.5%"
_FROM_LEVEL = re.compile(r"\bto\s+[^,;()]{1,30}?\s+from\s+(?:[$€£¥]|[A-Z]{1,3}\$)?$", re.IGNORECASE)
# a list's heading naming what its figures are compared with
_COMPARED_HEADING = re.compile(
    r"\(\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?P<base>[^()]{4,60})\)\s*:?\s*$",
    re.IGNORECASE,
)


def a_base(text: str, fig_start: int) -> bool:
    """The figure at FIG_START is what another is compared with, or a change started from."""
    return (
        only_compared(text, fig_start)
        or _FROM_LEVEL.search(text, max(0, fig_start - 60), fig_start) is not None
    )


def compared_heading(line: str) -> str | None:
    """The period words of a heading's "(compared with the third quarter of fiscal 2024)"."""
    m = _COMPARED_HEADING.search(line)
    return m["base"] if m is not None else None
