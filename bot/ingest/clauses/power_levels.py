"""Power a company holds on a day: "At 31 December 2025 the group had 3,780 MW of installed
capacity", "installed capacity was 2,200 MW at 30 June", "a further 410 MW was under
construction at 31 December". What stood then: a level named by the clause's capacity words
and the unit the text states, never a flow over the period around the day (`rate_units`
leaves such figures out of its flows). Without a day the sentence names, or words that say
what the power is, the figure stays unproposed."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.ingest.breaks import clause_start
from bot.ingest.clauses.held import day_first, on_day_after
from bot.ingest.clauses.kinds import DETERMINERS
from bot.ingest.clauses.planned_levels import planned_by
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric
from bot.ingest.rate_units import held_power_unit, power_unit

# the state the power is in, as a metric names it
_STATE = r"in\s+service|in\s+operation|under\s+construction|installed|operating"
# after the figure: "of installed capacity", "of IT capacity in service"
_OF_CAPACITY = re.compile(
    rf"\s+of\s+(?P<q>(?:[A-Za-z][\w-]*\s+){{0,2}}?)capacity\b(?:\s+(?P<state>{_STATE})\b)?",
    re.IGNORECASE,
)
# after the figure, its state alone: "3,610 MW installed", "410 MW was under construction"
# (a verb of being never before "installed": "200 MW was installed" is what a period added)
_STATE_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|now|already)\s+(?=under\s|in\s))*"
    rf"(?P<state>{_STATE})\b",
    re.IGNORECASE,
)
# before the figure, the clause's subject: "installed capacity was", "attributable capacity
# reached", "capacity under construction of", "Installed capacity remained"
_CAPACITY_BEFORE = re.compile(
    rf"(?P<q>(?:[A-Za-z][\w'’-]*\s+){{0,3}}?)capacity\b(?:\s+(?P<state>{_STATE})\b)?"
    r"(?:\s*\([^()]{0,30}\))?\s+(?:remained|stood\s+at|was|were|is|are|reached|totall?ed|of"
    r"|came\s+to|amounted\s+to|(?:rose|grew|increased|climbed)\s+to)"
    r"\s+(?:(?:about|around|nearly|some|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)
# words that end a capacity's qualifiers from the left: a clause's own words, no qualifier
_NOT_QUALIFYING = (
    frozenset("with of on at in for and or to from by as total combined whose has have had".split())
    | DETERMINERS
)
# how a state reads in a name: "installed capacity", "capacity under construction"
_BEFORE_CAPACITY = {"installed": "installed", "operating": "operating", "in operation": "operating"}


def _qualifiers(words: str) -> list[str]:
    """ "the Group's attributable generating " -> ["attributable", "generating"]: the words
    right before "capacity" that say which capacity, up to the first that belongs to the
    clause ("of", "its", a possessive, a figure)."""
    out: list[str] = []
    for w in reversed(words.split()):
        if w.lower() in _NOT_QUALIFYING or w.endswith(("'s", "’s")) or w[:1].isdigit():
            break
        out.insert(0, w if w.isupper() and len(w) > 1 else w.lower())
    return out


def _name(qualifiers: list[str], state: str | None) -> str:
    state = " ".join(state.lower().split()) if state else None
    if state in _BEFORE_CAPACITY and _BEFORE_CAPACITY[state] not in qualifiers:
        qualifiers = [_BEFORE_CAPACITY[state], *qualifiers]
    tail = f" {state}" if state and state not in _BEFORE_CAPACITY else ""
    return " ".join([*qualifiers, "capacity"]) + tail


def held_power(text: str, f: Figure) -> str | None:
    """The name, with its unit, of the power F is where its sentence holds it on a day:
    "installed capacity (MW)"; None for a flow of power, or a level with no day or no name
    ("a portfolio of 12 GW", "the pipeline grew to 9 GW")."""
    unit = held_power_unit(text, f)
    # (the day is the figure's own, right after it or opening the sentence: "On 13 November
    # it cut guidance, as projects with 21 MW of capacity slipped" holds nothing that day)
    if unit is None or not (on_day_after(text, f) or day_first(text) or planned_by(text, f)):
        return None
    if (m := _OF_CAPACITY.match(text, unit.end)) or (
        m := _CAPACITY_BEFORE.search(text, clause_start(text, f.start), f.start)
    ):
        name = _name(_qualifiers(m["q"]), m["state"])
    elif m := _STATE_AFTER.match(text, unit.end):
        name = _name([], m["state"])
    else:
        return None
    if name == "capacity":
        return None  # "projects with a combined capacity of 21 MW": whose, the words never say
    return f"{name} ({unit.label})"


_UNIT_NAMED = re.compile(r" \([kMGT]Wh?\)$")


def in_own_power_unit(metric: Metric, text: str, f: Figure) -> Metric:
    """METRIC, a level of power stated before F ("installed capacity (MW)"), named with the
    unit F itself states: "3,610 megawatts ..., up from 3.42 gigawatts" is 3.42 in GW."""
    own = power_unit(text, f)
    if own is None or not _UNIT_NAMED.search(metric.name):
        return metric
    name = _UNIT_NAMED.sub(f" ({own.label})", metric.name)
    return replace(metric, name=name, phrase=name)
