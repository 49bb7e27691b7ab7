"""A physical unit the question asks its figure in ("2024 output in MWh", "capacity in
GW", "coal burnt in kt"), against the unit the figure's name states ("electricity
generated (kWh)"): the same unit says nothing more; another scale of one dimension is
the figure converted (10,850 million kWh is 10,850,000 MWh); another dimension is another
figure, never this one ("installed capacity in kWh" of a capacity in MW, "coal
consumption in kWh" of grams per kWh).

Only figures whose name states a unit of `unit_scales` are judged; a name that states
none says nothing either way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.answering.answer import Answer
from bot.answering.matching.decision import Pick
from bot.answering.reading.intent import Intent
from bot.answering.vocabulary.name_forms import metric_unit_tag
from bot.answering.wording.compose import unknown
from bot.facts.quantities import format_number
from bot.facts.unit_scales import SCALES, converted, dimension_of, metric_unit, short_unit

# what comes right before a rate's unit: "per", "a", "/"
_PER = patterns.compile(r"(?:\bper\s+|\ba\s+|/\s*)$", re.IGNORECASE)
# a unit as a question writes it: a short form or a written-out one ("megawatt hours")
_WORD = patterns.compile(r"(?:kilo|mega|giga|tera)watt(?:[\s-]+hours?|s)?|[a-z]+", re.IGNORECASE)
# a rate's unit at the end of a name: "(grams per kWh)", "average selling price per kWh"
_PER_UNIT_NAMED = patterns.compile(r"\bper\s+(\S+?)\)?$")


def units_asked(question: str) -> list[str]:
    """The units of `unit_scales` the question names a figure in, in its order ("in MWh" ->
    ["MWh"]); never a rate's unit ("per kWh"), a lone "t" ("can't"), nor "Mt" (a metric
    ton or a mountain)."""
    found = []
    for m in _WORD.finditer(question):
        if _PER.search(question[: m.start()]):
            continue  # ("price per kWh", "g/kWh": a rate's own unit, as its name says it)
        short = short_unit(m[0]) if len(m[0]) > 1 else None
        if short is not None and short not in found:
            found.append(short)
    return found


def in_unit_asked(question: str, pick: Pick, answer: Answer) -> Answer:
    """ANSWER to QUESTION as it stands, with its figure converted into the unit asked, or
    refused where the unit asked is not of the figure's dimension."""
    asked = units_asked(question)
    if not asked or not answer.facts:
        return answer
    main = pick.facts[0].fact
    unit = metric_unit(main.metric)
    if unit is None:
        # ("specific coal consumption (grams per kWh)" asked "in kWh": a rate per the unit
        # asked is not a figure in it)
        per = _PER_UNIT_NAMED.search(main.metric)
        if per and short_unit(per[1]) in asked:
            return _refused(question, f"{main.metric}, a figure per {per[1]}", asked[0])
        # ("sawn timber deliveries (cubic metres)" asked "in tonnes": a volume, no mass)
        tag = metric_unit_tag(main.metric)
        held = dimension_of(tag) if tag else None
        if held is not None and all(dimension_of(a) not in (None, held) for a in asked):
            return _refused(question, f"{main.metric} only in {tag}", asked[0])
        return answer
    if unit in asked:
        return answer
    same = [a for a in asked if SCALES[a][0] == SCALES[unit][0]]
    if not same:
        return _refused(question, f"{main.metric} only in {unit}", asked[0])
    if pick.intent is not Intent.VALUE or main.value_high is not None:
        return answer  # (a change, a range: said in the figure's own unit)
    value = converted(main.value, unit, same[0])
    assert value is not None  # (one dimension, checked above)
    return replace(answer, text=f"{answer.text} In {same[0]}: {_written(value)} {same[0]}.")


def _written(value: float) -> str:
    """'10.85 million (10,850,000)': the words, and the digits where the words round."""
    words = format_number(value)
    digits = f"{value:,.0f}" if value == int(value) else f"{value:,.3f}".rstrip("0")
    return words if words.replace(",", "") == digits.replace(",", "") else f"{words} ({digits})"


def _refused(question: str, held: str, asked: str) -> Answer:
    return unknown(question, f"I have {held}; nothing in {asked}, which measures another thing.")
