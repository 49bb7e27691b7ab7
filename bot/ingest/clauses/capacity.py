"""A capacity is what could be done, never what was: "Annual handling capacity stood at 16.5
million TEUs", "Production capacity reached 40,000 tonnes a year". A figure whose clause
names it as a capacity, under a measure whose name does not say so, is that capacity's
figure, named by the clause's words ("annual handling capacity"), never the volume handled
or produced; with no such words it is left out."""

from __future__ import annotations

import re

from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Slot
from bot.ingest.clauses.held import on_a_day
from bot.ingest.clauses.kinds import DETERMINERS
from bot.ingest.metric_names import Metric

# the clause's subject is a capacity: "... capacity stood at", "capacity of", "capacity
# reached", "capacity was" (an aside in brackets allowed before the verb)
_CAPACITY_SUBJECT = re.compile(
    r"\bcapacit(?:y|ies)\b(?:\s*\([^()]{0,60}\))?\s+(?:(?:now\s+)?(?:stood|stands|reached|was|is"
    r"|were|are|rose|increased|grew|climbed|totall?ed|came|amounted)\b[^,;]{0,20}|of\s+)"
    r"(?:(?:about|around|nearly|some|roughly|approximately|to|at)\s+)*$",
    re.IGNORECASE,
)
# the words that qualify "capacity" right before it: "annual handling", "installed cement"
_QUALIFIERS = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){0,3})capacit(?:y|ies)\b", re.IGNORECASE)
# words that end the capacity's name from the left: a clause's own words, never a qualifier
_NOT_QUALIFYING = (
    frozenset("with of on at in for and or to from by as total combined whose has have had".split())
    | DETERMINERS
)


# "... of 500,000 tonnes a year by the end of 2028", "by end-2027", "by 2030": a day planned
_BY_A_DAY = re.compile(
    r"(?:\s+[\w²³/-]+){0,4}?\s+by\s+(?:the\s+end\b|end-|(?:19|20)\d\d\b)", re.IGNORECASE
)


def _capacity_name(text: str, start: int, end: int) -> str | None:
    """ "Annual handling capacity stood at" -> "annual handling capacity"; None when the
    clause says only "capacity" or "a total capacity of" (what it is of is said elsewhere)."""
    m = next(reversed(list(_QUALIFIERS.finditer(text, start, end))), None)  # the nearest
    if m is None:
        return None
    words: list[str] = []
    for w in reversed(m.group(1).split()):
        if w.lower() in _NOT_QUALIFYING or w.endswith(("'s", "’s")) or w[:1].isdigit():
            break
        words.insert(0, w.lower())
    return " ".join([*words, "capacity"]) if words else None


def unnamed_capacities(text: str, slots: list[Slot]) -> None:
    """Name each figure SLOTS hold that its clause says is a capacity while its measure's
    name is no capacity's by the capacity's own words, or skip it where the clause has none;
    a base after it ("up from 15.0 million") is the same capacity's."""
    capacity: tuple[str, Metric | None] | None = None  # the measure renamed, and its new name
    for sl in slots:
        if sl.skip or sl.metric is None or "capacit" in sl.metric.name.lower():
            continue
        start = clause_start(text, sl.fig.start)
        if _CAPACITY_SUBJECT.search(text, start, sl.fig.start):
            name = _capacity_name(text, start, sl.fig.start) if sl.fig.unit == "units" else None
            metric = Metric(name, "units", None, (), name) if name else None
            capacity = (sl.metric.name, metric)
        elif capacity is not None and sl.metric.name == capacity[0]:
            # "stood at 16.5 million TEUs ..., up from 15.0 million a year earlier"
            metric = capacity[1]
        else:
            continue
        # (what could be done is held on a day the sentence names, as a fleet is, or planned
        # for one: "to reach 300 GWh by the end of 2026"; a capacity with neither may be a
        # span's, "on capacity of 23.3 billion ASK", whose reading is left to its name)
        dated = sl.level or on_a_day(text, sl.fig) or _BY_A_DAY.match(text, sl.fig.end)
        if metric is None or not dated:
            sl.skip, sl.note = True, "a capacity named as another measure"
        else:
            sl.metric, sl.level = metric, True
