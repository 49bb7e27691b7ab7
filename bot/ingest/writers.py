"""Who writes a report: the company, or someone writing about it in a voice of their own.

A broker's research note ("Kanda Securities Equity Research", "Rating: Buy", "Target
price: ...") tells the company's figures in the third person and its own in the first: "we
cut our own FY2025 estimate to ...", "our arithmetic puts September-November operating profit
at ...". A figure in the writer's first person is the writer's, never the company's; a
company's own release speaks as "we" about itself, so only a report whose head shows an
outside writer is read this way.
"""

from __future__ import annotations

import re

# a research note's head: its desk, its rating, its price target
_RESEARCH = re.compile(
    r"\b(?:equity\s+research|research\s+(?:note|report|update)|initiating\s+coverage"
    r"|rating\s*:|target\s+price|price\s+target)\b",
    re.IGNORECASE,
)
_HEAD = 600  # the title, the credit line and the byline
_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us)\b", re.IGNORECASE)
# a quotation of someone else's words: "'We expect ...,' the CFO said"
_QUOTED = re.compile(r"[\"“”]")


def outside_writer(text: str) -> bool:
    """Whether the report's head shows a writer outside the company (a research desk)."""
    return _RESEARCH.search(text[:_HEAD]) is not None


def writers_own(sentence: str) -> bool:
    """Whether a sentence of an outside writer's report speaks in the writer's voice (an
    aside in brackets, "(we had modelled 4.2%)", speaks for its own figures only: see
    `writers_aside`)."""
    bare = _ASIDE.sub(" ", sentence)
    return _FIRST_PERSON.search(bare) is not None and _QUOTED.search(sentence) is None


# "(we estimate the extra week added about $230 million)", "(we had modelled 4.2%)": the
# writer's aside in the company's sentence
_ASIDE = re.compile(r"\((?=[^()]*\b(?:we|our|us)\b)[^()]*\)", re.IGNORECASE)


def writers_aside(sentence: str, pos: int) -> bool:
    """Whether POS sits in a bracketed aside in the writer's first person."""
    return any(m.start() < pos < m.end() for m in _ASIDE.finditer(sentence))
