"""The sentences of an answer that measures a figure: its growth (stated, of a range, of sums),
whether it met its target or forecast, and its progress toward one.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.matching.decision import RANGE_END, Pick
from bot.answering.phrases import (
    at_or_in,
    bare_amount,
    difference,
    kind_word,
    lower_is_better,
    possessive,
    short_when,
    statement,
    when,
    when_period,
)
from bot.answering.reading.intent import Revision
from bot.answering.wording.amounts_said import (
    amount_between,
    change_from_rate,
    figure_words,
    how_changed,
    how_moved,
    percent,
    percent_in_brackets,
    range_ends,
    stated_growth_first,
    stated_on,
    sum_ends,
)
from bot.facts.model import FactView, Period
from bot.facts.quantities import format_number


def progress_sentence(pick: Pick) -> str:
    """'Tamsin Toys' net sales in Apr – Dec 2024 were ¥400 billion, 76.9% of its forecast
    of ¥520 billion for FY2025 (¥120 billion to go).'"""
    actual, goal = pick.facts[0], pick.facts[1]
    kind = kind_word(goal.fact.kind)
    if len(pick.facts) == 3 or goal.fact.value_high is not None:  # both ends of a range
        lo, hi = (
            (goal.fact.value, pick.facts[2].fact.value)
            if len(pick.facts) == 3
            else range_ends(goal)
        )
        low_share = actual.fact.value / lo * 100 if lo else 0.0
        high_share = actual.fact.value / hi * 100 if hi else 0.0
        left = [x - actual.fact.value for x in (lo, hi)]
        to_go = (
            f"; {difference(actual, left[0])} to go to the low end and "
            f"{difference(actual, left[1])} to the high end"
            if min(left) > 0
            else ""
        )
        return (
            f"{statement(actual)}, {percent(low_share)} of the low end and "
            f"{percent(high_share)} of the high end of its {kind} range of "
            f"{bare_amount(goal, lo)} to {bare_amount(goal, hi)} for {when(goal)} "
            f"({stated_on(goal)}){to_go}."
        )
    share = actual.fact.value / goal.fact.value * 100 if goal.fact.value else 0.0
    rest = goal.fact.value - actual.fact.value
    left = (
        f"{difference(actual, rest)} to go"
        if rest > 0
        else f"already {difference(actual, rest)} beyond it"
    )
    end = RANGE_END.search(goal.fact.metric)
    if goal.revisions > 1 and goal.revision < goal.revisions:  # a goal restated since
        kind = f"{'original' if goal.revision == 1 else 'earlier'} {kind}"
    name = f"the {end[1].lower()} end of its {kind}" if end else f"its {kind}"
    return (
        f"{statement(actual)}, {percent(share)} of {name} of {bare_amount(goal)} for "
        f"{when(goal)} ({left}, {stated_on(goal)})."
    )


def growth_sentence(pick: Pick) -> str:
    if pick.split:
        return _growth_of_sums(pick)
    if change_from_rate(pick.facts):
        return _change_from_rate(*pick.facts)
    if stated_growth_first(pick.facts):
        # the company's own figure, then the levels it is the change between
        stated, later, earlier = pick.facts
        levels = f"{bare_amount(later)} against {bare_amount(earlier)} in {when(earlier)}"
        delta = later.fact.value - earlier.fact.value
        if later.fact.value_high is None and earlier.fact.value_high is None and delta:
            # (the amount too: "how much did shipments grow, in GW" asks it)
            levels += f", {'up' if delta > 0 else 'down'} {difference(later, delta)}"
        return f"{statement(stated)}: {levels}."
    later, earlier = pick.facts[0], pick.facts[1]
    if later.fact.value_high is not None or earlier.fact.value_high is not None:
        return _growth_of_range(later, earlier)
    delta = later.fact.value - earlier.fact.value
    if delta == 0:
        return f"{statement(later)}, unchanged from {when(earlier)}."
    direction = "up" if delta > 0 else "down"
    pct = "" if later.fact.unit == "percent" else percent_in_brackets(delta, earlier.fact.value)
    # "the FY2025 forecast against FY2024's actual figure": say which kind each one is
    kind = f"the {kind_word(earlier.fact.kind)} " if earlier.fact.kind != later.fact.kind else ""
    return (
        f"{statement(later)}, {direction} {difference(later, delta)}{pct} from "
        f"{kind}{bare_amount(earlier)} {at_or_in(earlier)} {when(earlier)}."
    )


def _change_from_rate(level: FactView, rate: FactView) -> str:
    """'… was 1,084 crore INR, up 18% on a year earlier as stated: about 165 crore INR more
    (the year-earlier figure is worked out from the rate, not held).'"""
    g = rate.fact.value
    if g <= -100:
        return f"{statement(level)}; {statement(rate)}."
    earlier = _three_figures(level.fact.value / (1 + g / 100))  # ("about": no false precision)
    direction, more = ("up", "more") if g >= 0 else ("down", "less")
    moved = difference(level, _three_figures(level.fact.value - earlier))
    return (
        f"{statement(level)}, {direction} {format_number(abs(g))}% on a year earlier as "
        f"stated: about {moved} {more} (the "
        f"year-earlier figure, about {bare_amount(level, earlier)}, is worked out from the "
        "rate, not held)."
    )


def _three_figures(value: float) -> float:
    """VALUE rounded to three significant figures."""
    return float(f"{value:.3g}")


def _growth_of_range(later: FactView, earlier: FactView) -> str:
    """A change where either figure is a range: the change to each end, never the low
    end's alone ('up $3.4 billion to $5.4 billion (+5.9% to +9.4%) from …')."""
    kind = f"the {kind_word(earlier.fact.kind)} " if earlier.fact.kind != later.fact.kind else ""
    by = how_moved(later, range_ends(later), range_ends(earlier))
    return f"{statement(later)}, {by} from {kind}{figure_words(earlier)} in {when(earlier)}."


def _growth_of_sums(pick: Pick) -> str:
    """Two periods' figures, each added up from its parts where not stated whole."""
    later, earlier = pick.facts[: pick.split], pick.facts[pick.split :]
    first = later[0]
    f = first.fact

    def total(parts: tuple[FactView, ...]) -> tuple[tuple[float, float], str]:
        value = sum_ends(parts)  # (low, high): the same where no part is a range
        whole = Period(parts[0].fact.period.start, parts[-1].fact.period.end)
        terms = " + ".join(f"{short_when(v)} {bare_amount(v)}" for v in parts)
        said = when_period(whole, parts[0])
        return value, (f"{said}: {terms}" if len(parts) > 1 else said)

    (now, now_hi), now_text = total(later)
    (then, then_hi), then_text = total(earlier)
    came = (
        f"{possessive(f.entity)} {f.metric} came to {amount_between(first, now, now_hi, noun=True)}"
    )
    if (now, then) != (now_hi, then_hi):  # a part is a range: the change from end to end
        by = how_moved(first, (now, now_hi), (then, then_hi))
        then_said = amount_between(first, then, then_hi)
        return f"{came} in {now_text}; {by} from {then_said} in {then_text}."
    delta = now - then
    direction = "up" if delta > 0 else "down" if delta < 0 else "unchanged"
    by = f" {difference(first, delta)}{percent_in_brackets(delta, then)}" if delta else ""
    return f"{came} in {now_text}; {direction}{by} from {bare_amount(first, then)} in {then_text}."


def target_met_sentence(pick: Pick) -> str:
    actual, goal = pick.facts[0], pick.facts[1]
    if len(pick.facts) == 3 and all(RANGE_END.search(v.fact.metric) for v in pick.facts[1:]):
        return _within(actual, goal, pick.facts[2], asked_within=pick.within)
    original = pick.facts[2] if len(pick.facts) > 2 else None
    if original is None and goal.fact.value_high is not None:  # one fact stating a range
        high = replace(goal, fact=replace(goal.fact, value=goal.fact.value_high, value_high=None))
        return _within(actual, goal, high, asked_within=pick.within)
    kind = kind_word(goal.fact.kind)
    if original is not None and pick.revision in (Revision.ORIGINAL, Revision.PREVIOUS):
        # asked against the earlier statement: that verdict first, the latest one after
        return (
            _verdict(actual, original, f"the original {kind}")
            + f" ({stated_on(original)}); against the {kind} as later {how_changed(original, goal)}"
            + f" ({stated_on(goal)}): "
            + _verdict(actual, goal, f"the {kind}", clause_only=True)
            + "."
        )
    end = RANGE_END.search(goal.fact.metric)
    name = f"the {end[1].lower()} end of its {kind}" if end else f"its {kind}"
    # (a count now against the goal for a later date: that date said)
    later = f" for {when(goal)}" if goal.fact.period != actual.fact.period else ""
    text = _verdict(actual, goal, name, later=later)
    if original is not None:
        text += (
            f" (the {kind} had been {how_changed(original, goal)} from {figure_words(original)})"
        )
        if pick.revision in (Revision.ORIGINAL, Revision.PREVIOUS):
            text += (
                "; against the original "
                + kind
                + ": "
                + _verdict(actual, original, f"the original {kind}", clause_only=True)
            )
    return text + "."


def _within(actual: FactView, low: FactView, high: FactView, *, asked_within: bool) -> str:
    """'Yes: … $6.63 billion, within its forecast range of $6.55 billion to $6.65 billion
    ($80 million above the low end, $20 million below the high end).' Above the range is a
    'no' to 'did it land within it' but a 'yes' to 'did it hit it'."""
    span = f"{bare_amount(low, low.fact.value)} to {bare_amount(high, high.fact.value)}"
    met, inside, clause = _range_clause(
        actual, low.fact.value, high.fact.value, f"its {kind_word(low.fact.kind)}", span
    )
    verdict = "Yes" if (inside if asked_within else met) else "No"
    return f"{verdict}: {statement(actual)}, {clause} ({stated_on(low)})."


def _range_clause(
    actual: FactView, low: float, high: float, name: str, span: str
) -> tuple[bool, bool, str]:
    """An actual against both ends of a range: (met, inside, the clause). The distance to
    each end is stated; neither end, nor the midpoint, is picked silently."""
    value = actual.fact.value
    lower = lower_is_better(actual.fact.metric)
    to_low = difference(actual, value - low)
    to_high = difference(actual, value - high)
    of_range = f"{name} range of {span}"
    if low <= value <= high:
        ends = f"{to_low} above the low end, {to_high} below the high end"
        if value in (low, high):
            ends = "at the low end" if value == low else "at the high end"
        return True, True, f"within {of_range} ({ends})"
    if value < low:
        return lower, False, f"{to_low} below {of_range} ({to_high} below its high end)"
    return not lower, False, f"{to_high} above {of_range} ({to_low} above its low end)"


def _verdict(
    actual: FactView, goal: FactView, name: str, clause_only: bool = False, later: str = ""
) -> str:
    if goal.fact.value_high is not None:  # a goal stated as a range: against both ends
        met, _, clause = _range_clause(
            actual, goal.fact.value, goal.fact.value_high, name, bare_amount(goal)
        )
        if clause_only:
            return ("met it" if met else "missed it") + f", {clause}"
        return f"{'Yes' if met else 'No'}: {statement(actual)}, {clause}"
    delta = actual.fact.value - goal.fact.value
    lower = lower_is_better(actual.fact.metric)
    met = delta <= 0 if lower else delta >= 0
    pct = (
        ""
        if actual.fact.unit == "percent"
        else percent_in_brackets(delta, goal.fact.value, signed=False)
    )
    of_goal = f"{name} of {bare_amount(goal)}{later}"
    if delta == 0:
        clause = f"exactly {of_goal}"
    elif met:
        verb = "better than" if lower else "beating"
        clause = f"{verb} {of_goal} by {difference(actual, delta)}{pct}"
    else:
        gap = "short of" if not lower else "worse than"
        clause = f"{difference(actual, delta)}{pct} {gap} {of_goal}"
    if goal.fact.value and actual.fact.unit != "percent" and not lower:
        clause += f", {percent(actual.fact.value / goal.fact.value * 100)} of it"  # progress
    if clause_only:
        return ("met it" if met else "missed it") + f", {clause}"
    return f"{'Yes' if met else 'No'}: {statement(actual)}, {clause}"
