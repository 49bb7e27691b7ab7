"""Outlets opened or closed, whatever the outlets are: "we opened 131 new clubs in the
quarter", "opened 32 greenfield sites", "closed six showrooms". A chain's openings and
closures are counts of their own over the period, named by the thing opened ("club
openings"), though the vocabulary's list of held places (`lexicon.LEVEL_NOUNS`, read by
`measures.counted_event`) does not name it."""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.ingest import lexicon as lx
from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.measures import event_word
from bot.ingest.counts import deal_noun
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric, singular
from bot.ingest.number_words import NUMBER_WORD

# the verb right before the figure: "opened 131", "we closed about 14", "after opening seven"
# (never "added": an amount of anything may be added)
_VERB = re.compile(
    r"\b(?:(?P<open>opened|opens|opening)|(?P<close>closed|closes|closing|shut|shuts)"
    # ("acquired 21 practices", "disposed of 1"): outlets bought or sold off
    r"|(?P<acquire>acquired|acquiring)|(?P<dispose>disposed\s+of|divested))\s+"
    r"(?:(?:about|around|some|nearly|a\s+further|another)\s+)?$",
    re.IGNORECASE,
)
# what was opened: "new clubs", "greenfield sites", "showrooms" (a plural noun, one word of
# kind before it), then the clause goes on or ends
_THINGS = re.compile(
    r"\s+(?:(?:new|more|further|additional)\s+)?(?P<mods>[a-z][a-z-]+\s+)?(?P<noun>[a-z][a-z-]{2,}s)\b"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|in|during|across|over|this|last|so|since|at|for|to|from"
    r"|worldwide|while)\b)"
)
# things a company closes that are no outlets: deals, homes sold, books, positions
_NOT_OUTLETS = frozenset(
    "homes houses books positions accounts trades transactions sales orders years quarters"
    " months weeks days points percent shares units".split()
)


def outlet_event(text: str, f: Figure, held: Metric | None = None) -> Metric | None:
    """ "opened 131 new clubs" -> "club openings", "closed six showrooms" -> "showroom
    closures": outlets the vocabulary does not list, opened or closed over the period; None
    for anything else (a level the vocabulary names is `counted_event`'s, people and
    accounts come and go with no opening, a deal closed is a deal won). HELD: the things the
    text counted last as held, which a count with no noun of its own opens or closes."""
    if f.unit != "units":
        return None
    verb = _VERB.search(text, max(0, f.start - 30), f.start)
    if verb is None:
        return None
    m = _THINGS.match(text, f.end)
    if m is None and _NO_NOUN.match(text, f.end):
        # "opened four showrooms and closed 2 in the half": the outlets named before
        m = next(iter(_events_before(text, f.start)), None)
        if m is None:
            return _held_event(held, event_word(verb))
    if m is None:
        return None
    noun = m["noun"].lower()
    mods = (m["mods"] or "").strip().lower()
    if (
        noun in lx.LEVEL_PLURAL  # (read by counted_event)
        or noun in _NOT_OUTLETS
        or noun in lx.PLURAL_TO_SINGULAR  # products
        or deal_noun(noun)
        or reporting.family_of(f"{mods} {noun}".strip()) is not None
        or mods in ("net", "million", "thousand", "billion")
        or ((verb["acquire"] or verb["dispose"]) and noun in _NOT_OUTLETS_BOUGHT)
    ):
        return None
    word = event_word(verb)
    name = " ".join([*([mods] if mods else []), singular(noun), word])
    return Metric(name, "units", None, (), name)


# things bought that are no outlets: a company's deals, land, rights
_NOT_OUTLETS_BOUGHT = frozenset(
    "companies businesses brands firms stakes startups parcels plots sites hectares acres"
    " licences licenses patents rights assets portfolios".split()
)
# the count's noun left out ("and closed 2 during the year")
_NO_NOUN = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|in|during|over|this|last|so|since|at|for)\b")
_EARLIER = re.compile(
    # ("having acquired 16 funeral homes and closed one": the homes acquired are the ones)
    rf"\b(?:opened|opens|closed|closes|shut|shuts|acquired|bought)\s+(?:[a-z]+\s+)?(?:\d[\d,]*|{NUMBER_WORD})\b",
    re.I,
)


def _events_before(text: str, end: int) -> list[re.Match[str]]:
    """The outlets named after an earlier count of the sentence's openings or closures,
    nearest first."""
    found = [_THINGS.match(text, e.end()) for e in _EARLIER.finditer(text, 0, end)]
    return [m for m in reversed(found) if m is not None]


# the name of things held: a plural noun, a word of kind before it ("depots", "funeral homes")
_HELD_NAME = re.compile(r"(?:(?P<mods>[a-z][a-z-]+)\s+)?(?P<noun>[a-z][a-z-]{2,}s)")


def _held_event(held: Metric | None, word: str) -> Metric | None:
    """ "We ended the quarter with 221 depots, after opening seven", "... 1,667 depots at
    the end of 2024. We opened 90 and closed 23 during the year": the things counted as held
    just before, opened or closed; None when they are no outlets (people, products, deals)."""
    m = _HELD_NAME.fullmatch(held.name) if held is not None and held.family == "units" else None
    if m is None:
        return None
    noun, mods = m["noun"], m["mods"] or ""
    if (
        noun in _NOT_OUTLETS
        or noun in lx.PLURAL_TO_SINGULAR
        or noun in ("employees", "customers", "users", "members", "subscribers", "people")
        or deal_noun(noun)
        or reporting.family_of(held.name) is not None
    ):
        return None
    things = lx.LEVEL_PLURAL.get(noun) or singular(noun)
    name = " ".join([*([mods] if mods else []), things, word])
    return Metric(name, "units", None, (), name)


_EVENT_NAME = re.compile(r"\b(?:openings|closures)$")


def held_before(slots: list[Slot], i: int, ctx: Context) -> Metric | None:
    """The things last counted as held on a day: a level of the sentence before slot I, else
    the count the text stated last (what a count with no noun of its own opens or closes)."""
    for p in reversed(slots[:i]):
        if p.skip or p.metric is None or p.fig.unit != "units":
            continue
        if _EVENT_NAME.search(p.metric.name):
            continue  # ("opened 90 and closed 23": the openings name no things held)
        return p.metric  # ("with 221 depots, after opening seven": named as things held)
    last = ctx.count
    on_a_day = last is not None and last.period is not None and last.period.days <= 1
    return last.metric if on_a_day else None
