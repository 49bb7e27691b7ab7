"""A count the company plans, whatever it counts: "we now target 19,000 pupils for FY28",
"we are planning 62 to 68 new restaurant openings", "our guidance is 300 to 320 gross store
openings", "the group expects 29.1 million passengers", "is aiming for about 455,000
admissions". A plan says the number is one the company means to reach: a figure of its own,
even of things no vocabulary of sales lists, never a count of things merely mentioned."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric

# the plan's word right before the figure, with at most a few words between ("target of",
# "guidance for 2026 is", "expects to process", "is aiming for about")
_PLAN = re.compile(
    r"\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|guid(?:e|es|ed|ing|ance)"
    r"|expect(?:s|ed|ing)?|forecast(?:s|ing)?|outlook|goal|ambition|budget(?:s|ed)?)\b"
    r"(?P<between>[^.;:\d]{0,45}?)"
    r"(?:\b(?:about|around|roughly|approximately|some|nearly|up\s+to|between))?\s*$",
    re.IGNORECASE,
)
# who plans: the company, by a pronoun, a word for it or a word of its plan ("our target",
# "the Board", "management"), never a name the clause gives somebody else
_OWN = re.compile(
    r"\b(?:we|our|us|it|its|the\s+(?:company|group|board|chain|operator|airline|business"
    r"|carrier|bank|firm)|management)\b",
    re.IGNORECASE,
)
# an earlier plan set against, or another party's ("analysts expect", "consensus")
_OTHERS = re.compile(
    r"\b(?:analysts?|consensus|brokers?|the\s+street|market|we\s+estimate|our\s+estimate"
    r"|industry|government|regulator|ministry)\b",
    re.IGNORECASE,
)


# the things counted, right after the figure: up to four lower-case words ending on a plural
# ("pupils", "gross store openings", "new restaurant openings"), before a word that is none
_STOP = r"(?:for|in|at|by|of|to|from|with|and|or|a|an|the|this|that|next|per|during|over|each)"
_COUNTED = re.compile(
    rf"\s+(?P<what>(?:(?!{_STOP}\b)[a-z][a-z-]*\s+){{0,3}}(?!{_STOP}\b)[a-z][a-z-]{{2,}}s)\b"
    r"(?![\w-])"
)


# things held on a day ("policies in force at 31 March", "desks by March 31", "a year-end
# target"): a level on that day, read (or not) as such, never a plan for the year
_HELD_AFTER = re.compile(
    r"\s+(?:in\s+(?:force|operation|service|place)|operating|owned|open)\b"
    r"|\s*,?\s*(?:at|by|as\s+(?:of|at|on)|on)\s+(?:the\s+)?(?:end|year[\s-]end|\d{1,2}\s+[A-Z]"
    r"|[A-Z][a-z]+\.?\s+\d)"
)
_HELD_BEFORE = re.compile(r"\b(?:year|period|quarter)[\s-]end\b|\bend[\s-]of[\s-]", re.IGNORECASE)


def planned_count(text: str, clause: int, f: Figure, own: Sequence[str]) -> Metric | None:
    """The things F counts ("pupils", "new restaurant openings") when F is a count the
    company plans: a plan's word right before it, in a clause whose planner is the company
    (OWN: its names) or names no planner; else None."""
    if f.unit != "units":
        return None
    counted = _COUNTED.match(text, f.end)
    plan = _PLAN.search(text, clause, f.start)
    if counted is None or plan is None:
        return None
    if _HELD_AFTER.match(text, counted.end()) or _HELD_BEFORE.search(text, clause, f.start):
        return None
    # (who plans may be named clauses before: "Kutub Logistics, which plans to add ...")
    before = text[: plan.start()]
    if _OTHERS.search(before):
        return None
    names = [n for n in own if n]
    if not (_OWN.search(before) or any(n.lower() in before.lower() for n in names)) and (
        # ("Desk target: 55,000 desks"): no planner at all, but the plan's own word
        re.search(r"\b[A-Z][a-z]+\b", before.strip()[1:])
    ):
        return None
    name = " ".join(counted["what"].lower().split())
    return Metric(name, "units", None, (), name)
