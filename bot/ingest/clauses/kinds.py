"""The kind of a figure (actual, forecast, target, ...) from the words around it, and plans
first issued on an earlier day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.facts import reporting
from bot.facts.model import Kind
from bot.ingest import lexicon as lx
from bot.ingest.figures import Figure, words_in
from bot.ingest.model import Proposal
from bot.ingest.timing import TimeMention

# "its £300 million revenue target", "the $2.0 billion to $2.1 billion range it set": the
# figure's own noun phrase ends on a plan's noun, whatever verb stands before it ("fell short
# of"). Up to three words of the measure come between, never a word of the clause's grammar.
_NAMED_PLAN = re.compile(
    r"\s+(?:(?!(?:the|a|an|its|our|their|of|in|on|at|for|to|from|by|with|and|or|but|than|as"
    r"|is|was|are|were|be|been|has|had|have|this|that|which|who|while|after|before|against"
    r"|versus|vs)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?P<noun>targets?|goals?|ambitions?|objectives?|range|guidance|forecasts?|outlook)\b",
    re.IGNORECASE,
)
_RANGE_KIND = {"range": Kind.FORECAST}


def plan_named_after(text: str, fig: Figure, end: int) -> Kind | None:
    """The plan a figure's own noun phrase names ("its £300 million revenue target": a target;
    "the 6% to 7% range": a forecast), else None."""
    m = _NAMED_PLAN.match(text, fig.end, max(fig.end, end))
    if m is None:
        return None
    noun = m["noun"].lower()
    return _RANGE_KIND.get(noun) or lx.KIND_NOUNS.get(noun)


def kind_near(text: str, start: int, fig: Figure, end: int) -> Kind | None:
    """The kind the words around a figure give it, nearest first."""
    named = plan_named_after(text, fig, end)
    if named is not None:
        return named
    before = text[start : fig.start]
    m = re.search(
        r"\b(?P<noun>[a-z]+)\s+(?:of|at|to|for)\s+(?:(?:around|about|approximately|roughly|nearly|almost"
        r"|some|just|over|under|more\s+than|less\s+than|up\s+to|at\s+least)\s+)*$",
        before,
        re.IGNORECASE,
    )
    if m and m["noun"].lower() in lx.KIND_NOUNS:
        return lx.KIND_NOUNS[m["noun"].lower()]
    if m and m["noun"].lower() in ("budget", "budgets"):
        # "on a capital budget of $4.0 billion", "raising our capex budget to US$3.4 billion":
        # what the company allows itself to spend, a target it sets (never a word alone:
        # "budget brand", "budget carrier")
        return Kind.TARGET
    ws = words_in(text, start, fig.start)
    i = len(ws) - 1
    while i >= 0:
        w = ws[i][0].lower()
        prev = ws[i - 1][0].lower() if i else ""
        prev2 = ws[i - 2][0].lower() if i > 1 else ""
        if prev.endswith(("'ll", "’ll")):
            prev = "will"  # "we'll ship": a modal, contracted
        if prev in ("than", "had") or prev2 == "than":
            i -= 1
            continue
        if w in lx.KIND_NOUNS and w not in ("plan", "plans", "view", "aim"):
            return lx.KIND_NOUNS[w]
        if w in ("plan", "view") and reporting.family_of(prev) is not None:
            return lx.KIND_NOUNS[w]  # "sales view", "delivery plan": nouns, not verbs
        following = ws[i + 1][0].lower() if i + 1 < len(ws) else ""
        if (
            w in ("plan", "plans")
            and prev
            and prev not in DETERMINERS
            and prev not in _PLANNERS
            and prev not in lx.EMPTY_MODIFIERS  # "the revised plan", "its new plan"
            and prev not in _PLAN_WORDS
            and prev.isalpha()
            and following != "to"
            # ("the facility investment plan is raised to": a plan that is revised)
            and not (
                following in ("is", "was", "has", "had")
                and i + 2 < len(ws)
                and ws[i + 2][0].lower() in _REVISED
            )
        ):
            i -= 1  # "the Care+ service plan", "a pension plan": a product, not a target
            continue
        if (
            w in ("project", "projects")
            and (not prev or prev in DETERMINERS or prev in ("its", "our", "their"))
            and following.isalpha()
            and following not in ("to", "that")
        ):
            # "Project backlog EUR 6.4bn", "our project pipeline": a noun naming the work,
            # never a verb of forecasting
            i -= 1
            continue
        cue = lx.kind_of_cue(w)
        if cue is not None:
            return cue
        if w == "for" and prev == "looking":
            return Kind.FORECAST  # "for the fourth quarter we're looking for a margin of 21%"
        if w == "at" and prev == "looking" and prev2 in ("are", "now", "we're", "we’re", "i'm"):
            # "for the full year we are now looking at something like $4.8 billion": spoken
            # for what is expected ("Looking at Q3, revenue was ..." opens a result)
            return Kind.FORECAST
        if w == "to" and prev in ("is", "are") and following not in ("be", ""):
            return Kind.TARGET  # "Industrial Service is to grow to SEK 15 billion": a goal
        if w in ("reported", "recorded", "organic") and prev in DETERMINERS:
            i -= 1
            continue  # "a reported EBIT margin of around 28%": an adjective, not a verb
        if w == "be" and prev in lx.MODALS:
            return Kind.FORECAST  # "margin should be around 21%", "will be about $2 billion"
        if w in lx.ACTUAL_CUES:
            if prev in lx.MODALS or (prev in ("to", "be") and prev2 in lx.MODALS):
                return Kind.FORECAST
            if prev == "to":
                i -= 1
                continue  # "hopes to sell": the word before decides
            if (
                w.endswith("ing")
                and lx.kind_of_cue(prev) is not None
                and not text[ws[i - 1][2] : ws[i][1]].strip()  # ("its target, reporting")
            ):
                return lx.kind_of_cue(prev)  # "anticipates shipping", "plans selling"
            if w.endswith("ing") and prev == "of" and prev2 in lx.KIND_NOUNS:
                return lx.KIND_NOUNS[prev2]  # "a goal of shipping 30 million"
            if prev in ("is", "are") and w.endswith("ing"):
                return Kind.FORECAST  # "is selling" ... rare; treat as expected
            return Kind.ACTUAL
        i -= 1
    for w, _, _ in words_in(text, fig.end, end):
        lw = w.lower()
        cue = lx.kind_of_cue(lw)
        if cue is not None:
            return cue
        if lw in ("reported", "posted", "recorded", "registered", "sold", "shipped", "booked"):
            return Kind.ACTUAL
    return None


# Who plans: "we plan 5,000", "the company plans": a verb after them, not a product's noun.
_PLANNERS = frozenset(
    "we i it they you he she also still now further company group firm management board".split()
)
_PLAN_WORDS = frozenset(
    "business strategic growth expansion production updated earlier annual medium long term"
    " five three multi year".split()
)
DETERMINERS = frozenset("a an the its our their this that".split())
_REVISED = frozenset(
    "raised lowered cut increased reduced lifted trimmed revised unchanged maintained been".split()
)


_CONFIRMS = re.compile(r"\b(?:confirm|reaffirm|reiterat|maintain|uphold)\w*\b", re.IGNORECASE)
_FIRST_ISSUED = re.compile(
    # ("maintains the forecasts we announced on May 13, 2025": the same, said by its issuer)
    r"\b(?:first|originally|initially|(?:we|it|they|which\s+were|that\s+were)(?:\s+had)?)\s+"
    r"(?:issued|given|published|released|announced|set|presented)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


# "the EBITA margin of 11 percent in 2028 that we presented at our Capital Markets Day in
# June 2024": a mid-term target, set on that day
_AT_INVESTOR_DAY = re.compile(
    r"\b(?:we|it|they|the\s+company|management)\s+(?:had\s+)?(?:presented|set|announced|gave"
    r"|unveiled|outlined|introduced)\s+at\s+(?:our|its|their|the)\s+(?:last\s+)?"
    r"(?:capital\s+markets?|investor|analyst|strategy)\s+day\s*(?:in|on)?\s*$",
    re.IGNORECASE,
)


# "The company's original fiscal 2025 outlook, issued on March 12, 2025 ..., called for":
# a plan as it was stated on that day, told again
_OUTLOOK_ISSUED = re.compile(
    r"\b(?:original|initial|first|earlier|previous|prior)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:outlook|guidance|forecast|targets?|plan)\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?"
    r"(?:issued|given|published|announced|set|released)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)


def _issued_then(
    text: str, times: list[TimeMention], found: list[Proposal], published: date
) -> list[Proposal]:
    """Plans of an earlier outlook the sentence dates: stated on that day, not this one."""
    day = _day_after(text, times, published, _OUTLOOK_ISSUED, 80)
    if day is None:
        return found
    return [
        replace(p, as_of=day) if p.kind is not Kind.ACTUAL and p.as_of == published else p
        for p in found
    ]


def _day_after(
    text: str, times: list[TimeMention], published: date, cue: re.Pattern[str], reach: int
) -> date | None:
    """The first day before PUBLISHED that a time names right after CUE (within REACH)."""
    return next(
        (
            d
            for t in times
            if (d := _day_or_month(t)) is not None
            and d < published
            and cue.search(text, max(0, t.start - reach), t.start)
        ),
        None,
    )


def _day_or_month(t: TimeMention) -> date | None:
    """The day a time names, or the first day of the month it names ("in June 2024")."""
    if t.day is not None:
        return t.day
    period = getattr(t.ref, "period", None)
    return period.start if period is not None and period.months == 1 else None


def _set_at_investor_day(
    text: str, times: list[TimeMention], found: list[Proposal], published: date
) -> list[Proposal]:
    """Plans the sentence says were set at an investor day on an earlier day: targets, stated
    that day (and standing on this one)."""
    day = _day_after(text, times, published, _AT_INVESTOR_DAY, 90)
    if day is None:
        return found
    plans = [p for p in found if p.kind is not Kind.ACTUAL and p.period.end > published]
    return [
        *(replace(p, kind=Kind.TARGET, confirmed=True) if p in plans else p for p in found),
        *(replace(p, kind=Kind.TARGET, as_of=day) for p in plans),
    ]


def first_issued(
    text: str, times: list[TimeMention], found: list[Proposal], published: date
) -> list[Proposal]:
    """ "confirms its outlook for 2024/25, first issued on June 18, 2024: ... expects revenue
    of ...": the plans were stated on that day too, and are confirmed on this one. FOUND
    with the earlier statements added."""
    found = _set_at_investor_day(text, times, found, published)
    if not _CONFIRMS.search(text):
        return _issued_then(text, times, found, published)
    day = next(
        (
            t.day
            for t in times
            if t.is_date
            and t.day is not None
            and t.day < published
            and _FIRST_ISSUED.search(text, max(0, t.start - 40), t.start)
        ),
        None,
    )
    if day is None:
        return found
    plans = [p for p in found if p.kind is not Kind.ACTUAL and p.as_of == published]
    return [
        *(replace(p, confirmed=True) if p in plans else p for p in found),
        *(replace(p, as_of=day) for p in plans if p.period.end >= day),
    ]


def other_kind_between(text: str, f: Figure, t: TimeMention, kind: Kind | None) -> bool:
    """ "Gross margin came in at 38.5%, and we expect it to be 39% in the second half": a
    time after a clause of another kind ("we expect") is that clause's, not the result's."""
    if t.start <= f.end or kind is not Kind.ACTUAL:
        return False
    return any(
        lx.kind_of_cue(w) is not None or w.lower() in lx.MODALS
        for w, _, _ in words_in(text, f.end, t.start)
    )
