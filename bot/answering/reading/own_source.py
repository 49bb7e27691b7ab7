"""The company's own reporting named as a question's source: "… according to their latest
report", "per the latest results, …", "… in its most recent release", "as per Sony's
last filing".

Every answer already comes from the company's reports, newest statement first, so such a
phrase adds nothing, but its words mislead where they stand: "per" reads as a rate
("revenue per store"), "latest" as the newest revision even beside "the original target",
and "report" as a thing the store should hold. A phrase that dates its report ("the
August report", "the Q2 release") is a statement date and stays for the date readers;
so does anyone else's report ("according to analysts").
"""

from __future__ import annotations

import calendar
import re

from bot import patterns

# the report's age when it is not a date: only ever the newest
_NEWEST = r"(?:latest|last|most\s+recent|newest|recent|new|current|own|official|public)"
# a report's kind, where it says what the document is and not when
_DOCUMENT_KIND = r"(?:annual|quarterly|interim|earnings|results|press|investor|financial)"
# documents that are the reporting itself, the newest unless dated ("per the results")
_REPORTING = r"(?:reports?|results|filings?|numbers|figures|data|disclosures?|accounts)"
# ... and those that are one occasion of it ("from the earnings call", "the investor
# day's presentation"): the newest only where the question says so ("their latest update")
_OCCASION = r"(?:releases?|statements?|updates?|announcements?|presentations?|decks?|calls?)"
# (a kind of report with no "latest" is one document: "the annual report" may be dated)
_DOCUMENT = (
    rf"(?:(?:{_NEWEST}\s+)(?:{_DOCUMENT_KIND}\s+)?(?:{_REPORTING}|{_OCCASION})|{_REPORTING})"
)
# whose report: a determiner or pronoun, or a name in the possessive (which stays)
_PRONOUN_OWNER = r"(?:the|their|its|our|the\s+(?:company|group|firm)['’]s|management['’]s)"
_NAMED_OWNER = r"(?P<name>(?:[^\W\d_][\w&.-]*\s+){0,2}[^\W\d_][\w&.-]*)['’]s"
_SOURCE = (
    r"(?:(?:according\s+to|as\s+per|per|going\s+by|based\s+on)\s+"
    rf"(?:{_PRONOUN_OWNER}|{_NAMED_OWNER})"
    r"|(?:in|from)\s+" + _PRONOUN_OWNER + r")"
    rf"\s+{_DOCUMENT}"
)
# at the end ("…, according to their latest report?") or the start ("per the latest
# results, what …"), with the pause that sets it off
_TRAILING = patterns.compile(rf"[\s,;:-]*\b{_SOURCE}\b(?=[\s?.!]*$)", re.IGNORECASE)
_LEADING = patterns.compile(rf"^\s*{_SOURCE}\b[\s,;:-]*", re.IGNORECASE)

# a possessive that dates the report ("last year's", "August's") is no owner
_TIME_WORDS = frozenset(
    {"year", "quarter", "month", "half", "week", "last", "this", "next", "previous", "prior"}
    | {name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name}
)


def without_own_source(question: str) -> str:
    """QUESTION without a phrase naming the company's own latest reporting as its source;
    a company named in it ("per Sony's latest results") stays in the question."""

    def keep_name(m: re.Match[str]) -> str:
        if not m["name"]:
            return " "
        if set(m["name"].lower().split()) & _TIME_WORDS:  # "last year's report": a date
            return m.group()
        return f" {m['name']} "

    trimmed = _LEADING.sub(keep_name, question, count=1)
    trimmed = _TRAILING.sub(keep_name, trimmed, count=1)
    trimmed = re.sub(r"\s+([?.!])", r"\1", " ".join(trimmed.split()))
    return trimmed or question
