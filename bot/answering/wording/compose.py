"""From a decision (match.py) to an Answer: the sentences a person reads.

Every number in a sentence comes from a fact in the Answer's `facts`, so every figure
stated is cited; derived figures (a shortfall, a growth rate) are computed here from them.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace

from bot import patterns
from bot.answering.answer import Answer, Status
from bot.answering.english.lexicon import parts_of_speech
from bot.answering.english.words import lemmas
from bot.answering.matching.decision import RANGE_END, Choice, Decision, Miss, Pick
from bot.answering.matching.period_fit import carved_part
from bot.answering.phrases import (
    amount,
    at_or_in,
    bare_amount,
    day,
    difference,
    fact_label,
    kind_word,
    lower_is_better,
    possessive,
    short_when,
    statement,
    when,
    when_period,
)
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.scales_written import worked_out_from
from bot.answering.wording.amounts_said import (
    amount_between,
    change_from_rate,
    figure_words,
    how_changed,
    less_ends,
    percent,
    percent_in_brackets,
    range_ends,
    share_percent,
    signed_difference,
    stated_growth_first,
    stated_on,
    sum_ends,
)
from bot.answering.wording.growth_and_goals import (
    growth_sentence,
    progress_sentence,
    target_met_sentence,
)
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import back_to_back


def compose(question: str, decision: Decision) -> Answer:
    if isinstance(decision, Miss):
        return unknown(question, decision.message)
    if isinstance(decision, Choice):
        return _choice(question, decision)
    compose_pick = {
        Intent.VALUE: _value,
        Intent.HISTORY: _history,
        Intent.TARGET_MET: target_met_sentence,
        Intent.GROWTH: growth_sentence,
        Intent.TREND: _trend,
        Intent.SOURCE: _source,
        Intent.RANGE: _range,
        Intent.SUM: _sum,
        Intent.DIFFERENCE: _difference,
        Intent.PROGRESS: progress_sentence,
        Intent.SHARE: _share,
        Intent.RATIO: _ratio,
        Intent.IMPLIED: _implied,
    }[decision.intent]
    with worked_out_from(decision.facts):  # (amounts written as their reports write them)
        text, headline = compose_pick(decision), _headline(decision)
    return Answer(
        question=question,
        status=Status.ANSWERED,
        text=text,
        facts=decision.facts,
        intent=decision.intent.value,
        headline=headline,
    )


def with_verdict(answer: Answer, way: str | None, bar: tuple[str, float] | None = None) -> Answer:
    """'Yes: …' or 'No: …' before the change between two figures, or the difference of
    one named before another ("did they book more than they delivered"), when the question
    asked whether it went one WAY (asks.direction_asked), by more or less than a BAR in
    percent where it sets one ("up more than 15%": asks.change_bar). A loss that narrows
    is better."""
    if way is None or answer.status is not Status.ANSWERED:
        return answer
    if answer.intent not in ("growth", "difference"):
        return answer
    levels = answer.facts[1:] if stated_growth_first(answer.facts) else answer.facts
    if len(levels) != 2 or any(v.fact.value_high is not None for v in levels):
        return answer
    later, earlier = levels[0].fact, levels[1].fact
    delta = later.value - earlier.value
    if way in ("better", "worse"):
        higher_is_better = not (lower_is_better(later.metric) and later.value >= 0)
        way = "up" if (way == "better") == higher_is_better else "down"
    met = delta > 0 if way == "up" else delta < 0
    if bar is not None:
        if earlier.value <= 0 or answer.intent != "growth":
            return answer  # (no percentage of a loss or of a gap between two figures)
        moved = 100 * delta / earlier.value * (1 if way == "up" else -1)
        side, percent = bar
        met = {
            "over": moved > percent,
            "at least": moved >= percent,
            "under": 0 < moved < percent,
            "at most": 0 < moved <= percent,
        }[side]
    return replace(answer, text=f"{'Yes' if met else 'No'}: {answer.text}")


# "how much did they come in under the guidance", "what was the shortfall": an amount is
# asked, not whether; a "No:" before it answers a question nobody put
_AMOUNT_ASKED = patterns.compile(
    r"^\W*(?:by\s+)?(?:how\s+(?:much|many|far|big|large)|what|which)\b"
    # ("at March 2025 how many short of the goal were they": a time said first)
    rf"|^(?:(?!\b{asks.AUXILIARY}\b).)*?\bhow\s+(?:much|many|far|big|large)\b",
    re.I,
)


def without_unasked_verdict(answer: Answer, question: str) -> Answer:
    """ANSWER without its 'Yes: '/'No: ' where QUESTION asks for an amount, or sets one
    figure against another without asking whether ("2025 output vs the guide")."""
    if not _AMOUNT_ASKED.search(question) and not (
        asks.VERSUS.search(question) and not asks.YES_NO.search(question)
    ):
        return answer
    text = re.sub(r"^(?:Yes|No): (\w)", lambda m: m[1].upper(), answer.text)
    return answer if text == answer.text else replace(answer, text=text)


# "did they miss it", "were they short": asks whether the goal was NOT met; "was it below
# (under) the guidance": whether the figure was less, whichever way is better
_MISS_ASKED = patterns.compile(
    r"\b(?:miss(?:ed|es)?|short|shy|behind|trail(?:ed|s)?|lag(?:ged|s)?|undershoot|undershot)\b",
    re.I,
)
_LESS_ASKED = patterns.compile(r"\b(?:below|under|beneath)\b", re.I)
# "did capex stay within its guidance", "kept within budget": one figure as a ceiling,
# met at or below it
_CEILING_ASKED = patterns.compile(
    r"\b(?:stay(?:ed|s|ing)?|kept|keep(?:s|ing)?|remain(?:ed|s)?)(?:\s+[\w'’]+){0,4}?"
    r"\s+(?:within|inside)\b"
    r"|\bwithin\s+(?:its\s+|the\s+|their\s+)?budget\b",
    re.I,
)


def verdict_as_asked(answer: Answer, question: str) -> Answer:
    """A target-met answer's 'Yes'/'No' said to the question as put: 'did they miss the
    target?' is answered 'Yes' when it was missed, 'was capex under guidance?' 'Yes' when
    capex was less. (The verdict is composed as 'was the goal met'.)"""
    if answer.intent == "progress":
        return _progress_verdict(answer, question)
    if answer.intent != "target-met":
        return answer
    said = re.match(r"(Yes|No): ", answer.text)
    if said is None or len(answer.facts) < 2:
        return answer
    actual, goal = answer.facts[0].fact, answer.facts[1].fact
    if goal.value_high is not None or actual.unit != goal.unit:
        return answer
    met = said[1] == "Yes"
    if _CEILING_ASKED.search(question):
        verdict = actual.value <= goal.value
    elif _LESS_ASKED.search(question):
        verdict = actual.value < goal.value
    elif _MISS_ASKED.search(question):
        verdict = not met
    else:
        return answer
    text = answer.text[said.end() :]
    if verdict != met and not _MISS_ASKED.search(question):
        # (asked which way it went, the other way from what is better: "beating" and
        # "short of" say better or worse, and the question's way is the one to say)
        text = _neutral_clause(text, above=actual.value > goal.value)
    return replace(answer, text=f"{'Yes' if verdict else 'No'}: {text}")


# "did they make a profit", "were they in the black": whether a profit figure was one,
# asked of the figure itself
_PROFIT_ASKED = patterns.compile(
    r"\b(?:profit|profitable|in\s+the\s+black|(?:make|made|earn|earned)\s+money)\b", re.I
)
_LOSS_ASKED = patterns.compile(
    r"\b(?:a\s+loss|loss[\s-]making|in\s+the\s+red|(?:lose|lost)\s+money)\b", re.I
)


def sign_as_asked(answer: Answer, question: str) -> Answer:
    """'Did Blue Mahoe Insurance make a profit in Q3?': one profit figure asked whether it
    was one, answered 'Yes'/'No' by its sign (a loss named so counts the other way)."""
    if answer.intent != "value" or not answer.facts or not asks.YES_NO.search(question):
        return answer
    if re.match(r"(?:Yes|No)\b", answer.text):
        return answer
    fact = answer.facts[0].fact
    if fact.value_high is not None or fact.value == 0:
        return answer
    loss_asked = _LOSS_ASKED.search(question)
    if reporting.measure_of_unit(fact.unit) != "money" or not (
        loss_asked or _PROFIT_ASKED.search(question)
    ):
        return answer
    made_a_loss = (fact.value < 0) != reporting.is_loss(fact.metric)
    verdict = made_a_loss if loss_asked else not made_a_loss
    return replace(answer, text=f"{'Yes' if verdict else 'No'}: {answer.text}")


# "beating its forecast of 62% by 0.8 percentage points", "0.8 points short of ...": each
# part runs to the clause's end, a comma that is no thousands separator ("by 100,000")
_IN_CLAUSE = r"(?:[^,]|,(?=\d{3}\b))"
_CLAUSE_END = r"(?=,(?!\d{3}\b)|\.(?:\s|$)|$)"
_JUDGED_ABOVE = patterns.compile(
    rf"\b(?:beating|better than) (?P<goal>.+?) by (?P<by>{_IN_CLAUSE}+?){_CLAUSE_END}"
)
_JUDGED_BELOW = patterns.compile(
    rf", (?P<by>{_IN_CLAUSE}+?) (?:short of|worse than) (?P<goal>{_IN_CLAUSE}+?){_CLAUSE_END}"
)


def _neutral_clause(text: str, above: bool) -> str:
    """TEXT with a verdict's judging words said as the way the figure went."""
    way = "above" if above else "below"
    text = _JUDGED_ABOVE.sub(lambda m: f"{m['by']} {way} {m['goal']}", text, count=1)
    return _JUDGED_BELOW.sub(lambda m: f", {m['by']} {way} {m['goal']}", text, count=1)


def _progress_verdict(answer: Answer, question: str) -> Answer:
    """'Were nine-month deliveries already past the floor?', 'did H1 sales top half of the
    forecast?': a running total against its goal (or the part of it said), asked whether,
    answered 'Yes'/'No' before the share."""
    part = _part_asked(question)
    if not asks.YES_NO.search(question) or part is None or len(answer.facts) < 2:
        return answer
    actual, goal = answer.facts[0].fact, answer.facts[1].fact
    if actual.unit != goal.unit:
        return answer
    mark = goal.value * part
    # ("is it below / short of the forecast": whether it fell short, said "Yes")
    short = _LESS_ASKED.search(question) or _MISS_ASKED.search(question)
    verdict = actual.value < mark if short else actual.value >= mark
    return replace(answer, text=f"{'Yes' if verdict else 'No'}: {answer.text}")


# "half of the forecast", "two thirds of", "60% of": the part of the goal a running total is
# set against
_PART_OF = patterns.compile(
    r"\b(?:(?P<n>one|a|two|three)\s+)?(?P<part>half|thirds?|quarters?)\s+of\b"
    r"|(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent)\s+of\b",
    re.I,
)
_PARTS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_COUNTS = {"two": 2, "three": 3}


def _part_asked(question: str) -> float | None:
    """The part of a goal QUESTION sets a figure against: 1 for the whole, None where a
    share is said that is not read here."""
    m = _PART_OF.search(question)
    if m is None:
        return None if re.search(r"%|\bper\s?cent", question, re.I) else 1.0
    if m["pct"]:
        return float(m["pct"]) / 100
    return _COUNTS.get((m["n"] or "").lower(), 1) / _PARTS[m["part"].lower()]


def unknown(question: str, message: str, suggestions: tuple[str, ...] = ()) -> Answer:
    return Answer(
        question=question,
        status=Status.UNKNOWN,
        text=message,
        suggestions=suggestions,
        headline="I don't have that",
    )


def _headline(pick: Pick) -> str:
    main = pick.facts[0]
    f = main.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    if pick.intent is Intent.TREND:
        return f"{f.entity} {f.metric}{kind}: {len({v.fact.period for v in pick.facts})} periods"
    if pick.intent is Intent.SOURCE:
        return f"Source of {amount(main)}: {main.source.title}"
    if pick.intent is Intent.SUM:
        span = f"{short_when(main)} – {short_when(pick.facts[-1])}"
        return f"{f.entity} {f.metric}, {span}: {amount_between(main, *sum_ends(pick.facts))} (sum)"
    if pick.intent is Intent.RANGE:
        high = pick.facts[1]
        base = RANGE_END.sub("", f.metric)
        span = f"{bare_amount(main)} to {bare_amount(high)}"
        return f"{f.entity} {base}{kind}, {short_when(main)}: {span}"
    if pick.intent is Intent.GROWTH and change_from_rate(pick.facts):
        rate = pick.facts[1]
        return f"{f.entity} {f.metric}, {short_when(main)}: {amount(rate)} on a year earlier"
    if pick.intent is Intent.GROWTH:
        earlier = (
            pick.facts[-1] if stated_growth_first(pick.facts) else pick.facts[max(pick.split, 1)]
        )
        return f"{f.entity} {f.metric}: {short_when(earlier)} → {short_when(main)}"
    if pick.intent is Intent.DIFFERENCE:
        others = pick.facts[1:]
        delta = amount_between(main, *less_ends(main, *others))
        taken = " - ".join(bare_amount(v) for v in others)
        sums = f"{bare_amount(main)} - {taken} = {delta}"
        return f"{f.entity} {f.metric}: {sums}"
    if pick.intent is Intent.RATIO:
        return f"{f.entity} {_ratio_label(pick)}, {short_when(main)}: {_ratio_value(pick)}"
    if pick.intent is Intent.IMPLIED:
        base = pick.facts[-1]
        return f"{f.entity} {base.fact.metric} implied, {short_when(main)}: {_implied_amount(pick)}"
    if pick.intent is Intent.SHARE:
        whole = pick.facts[1]
        pct = share_percent(main, whole)
        return f"{f.entity} {f.metric}, {short_when(main)}: {pct} of {whole.fact.metric}"
    if pick.intent is Intent.PROGRESS:
        goal = pick.facts[1]
        # a range's two ends (one fact, or two end metrics): the share of each, never one
        ends = (goal.fact.value, pick.facts[2].fact.value) if len(pick.facts) == 3 else None
        share = share_percent(main, goal, ends)
        range_ = " range" if ends or goal.fact.value_high is not None else ""
        end = RANGE_END.search(goal.fact.metric) if not ends else None
        side = f"{end[1].lower()} end of the " if end else ""
        of_goal = f"{share} of the {side}{kind_word(goal.fact.kind)}{range_}"
        return f"{f.entity} {f.metric}, {short_when(main)}: {of_goal}"
    if pick.intent is Intent.TARGET_MET:
        goal = pick.facts[1]
        return (
            f"{f.entity} {f.metric}, {short_when(main)}: {bare_amount(main)} vs "
            f"{kind_word(goal.fact.kind)} {bare_amount(goal)}"
        )
    return f"{f.entity} {f.metric}{kind}, {short_when(main)}: {amount(main)}"


def _value(pick: Pick) -> str:
    main, others = pick.facts[0], pick.facts[1:]
    revised = bool(others)
    ends = [v for v in others if RANGE_END.search(v.fact.metric)]
    sides = {m[1].lower() for v in ends if (m := RANGE_END.search(v.fact.metric))}
    if pick.revision is Revision.ORIGINAL and len(ends) == 2 and sides == {"low", "high"}:
        # one figure later given as a range (never two later statements of one end)
        low, high = sorted(ends, key=lambda v: v.fact.value)
        return (
            f"{statement(main, adjective='original')} ({stated_on(main)}); it was later given "
            f"as a range of {bare_amount(low)} to {bare_amount(high)} ({stated_on(low)})."
        )
    if pick.revision is Revision.CURRENT and len(ends) == 2 and sides == {"low", "high"}:
        # one figure that replaced a range stated under the two end metrics
        low, high = sorted(ends, key=lambda v: v.fact.value)
        (new, _), old_lo, old_hi = range_ends(main), low.fact.value, high.fact.value
        moved = "lowered" if new < old_lo else "raised" if new > old_hi else "narrowed"
        return (
            f"{statement(main)} ({stated_on(main)}); it replaced a range of {bare_amount(low)} "
            f"to {bare_amount(high)} ({stated_on(low)}), {moved}: "
            f"{signed_difference(main, new - old_lo)} against the low end, "
            f"{signed_difference(main, new - old_hi)} against the high end and "
            f"{signed_difference(main, new - (old_lo + old_hi) / 2)} against its midpoint."
        )
    if pick.revision is Revision.ORIGINAL and revised:
        latest = others[-1]
        text = f"{statement(main, adjective='original')} ({stated_on(main)}); it was "
        if len(others) > 1:
            # revised more than once: the first step, then the whole way
            first = others[0]
            text += (
                f"first {_revised(main, first)} to {figure_words(first)} "
                f"({stated_on(first)}), and in all "
            )
        else:
            text += "later "
        return text + f"{_revised(main, latest)} to {figure_words(latest)} ({stated_on(latest)})."

    if pick.revision is Revision.PREVIOUS:
        latest = others[-1]
        return (
            f"{statement(main, adjective='earlier')} ({stated_on(main)}), before it was "
            f"{_revised(main, latest)} to {figure_words(latest)} ({stated_on(latest)})."
        )
    if pick.revision is Revision.AS_OF:
        later = [v for v in others if v.fact.as_of > main.fact.as_of]
        text = f"{statement(main)} ({stated_on(main)})"
        if later:
            newest = later[-1]
            text += (
                f"; it was later {_revised(main, newest)} to {figure_words(newest)} "
                f"({stated_on(newest)})"
            )
        return text + "."
    if revised:
        before = others[-1]
        text = (
            f"{statement(main)} ({_spread(main)}{stated_on(main)}; {_revised(before, main)} from "
            f"{figure_words(before)}, {stated_on(before)}"
        )
        first = others[0]
        if len(others) > 1 and first.fact.as_of < before.fact.as_of:
            # several revisions: every step, and the whole way from the first statement
            steps = [
                f"{_revised(a, b)} to {figure_words(b)} ({stated_on(b)})"
                for a, b in itertools.pairwise(others)
            ]
            text += (
                f"; {_revised(first, main)} in all from {figure_words(first, 'the original')} "
                f"({stated_on(first)}): first {', then '.join(steps)}"
            )
        return text + ")."
    if main.fact.kind is not Kind.ACTUAL:
        return f"{statement(main)} ({_spread(main)}{stated_on(main)})."
    if main.fact.value_high is not None:
        return f"{statement(main)} ({_spread(main)}{stated_on(main)})."
    return f"{statement(main)}."


def _spread(view: FactView) -> str:
    """'midpoint €3.275 billion, €150 million wide, ': a range stated as one fact reads as
    one stated as its two ends does (see `_range`)."""
    f = view.fact
    if f.value_high is None:
        return ""
    middle = bare_amount(view, (f.value + f.value_high) / 2)
    return f"midpoint {middle}, {bare_amount(view, f.value_high - f.value)} wide, "


def _revised(old: FactView, new: FactView) -> str:
    """'lowered by 2 million (4.8%)', or where either statement is a range 'raised by $400
    million at the low end and $300 million at the high end': the size of a revision,
    each end's own, never the low end's move alone."""
    (lo, hi), (old_lo, old_hi) = range_ends(new), range_ends(old)
    if (lo, hi) == (old_lo, old_hi):
        return how_changed(old, new)
    if new.fact.value_high is not None or old.fact.value_high is not None:
        return _range_revised(old, new)
    delta = lo - old_lo
    pct = (
        ""
        if new.fact.unit == "percent"
        else percent_in_brackets(delta, old.fact.value, signed=False)
    )
    return f"{how_changed(old, new)} by {difference(new, delta)}{pct}"


def _range_revised(old: FactView, new: FactView) -> str:
    """A revision where either statement is a range: each end's move and the midpoint's
    ("raised by $400 million at the low end and $300 million at the high end (…)"); where
    the ends moved apart or together, or one stayed, each end's move signed and how much
    wider or narrower the range became ("narrowed: +1 point at the low end, -0.5 points at
    the high end and +0.25 points at the midpoint; 1.5 points narrower")."""
    (lo, hi), (old_lo, old_hi) = range_ends(new), range_ends(old)
    by_low, by_high = lo - old_lo, hi - old_hi
    middle = (by_low + by_high) / 2
    how = how_changed(old, new)
    if by_low == by_high:
        return f"{how} by {difference(new, by_low)} at both ends"
    if by_low * by_high > 0:
        return (
            f"{how} by {difference(new, by_low)} at the low end and "
            f"{difference(new, by_high)} at the high end ({difference(new, middle)} at "
            "the midpoint)"
        )
    ends = [
        f"{signed_difference(new, by)} at the {end} end" if by else f"the {end} end unchanged"
        for end, by in (("low", by_low), ("high", by_high))
    ]
    mid = (
        f"{signed_difference(new, middle)} at the midpoint" if middle else "the midpoint unchanged"
    )
    widened = (hi - lo) - (old_hi - old_lo)
    width = f"; {difference(new, abs(widened))} {'wider' if widened > 0 else 'narrower'}"
    return f"{how}: {ends[0]}, {ends[1]} and {mid}{width if widened else ''}"


def _sum(pick: Pick) -> str:
    """'Kestrel Motors' vehicle deliveries in Jan – Jun 2024 add up to 825,000 units: Q1
    2024 383,800 + Q2 2024 441,200.'"""
    parts = pick.facts
    first, last = parts[0], parts[-1]
    f = first.fact
    total = amount_between(first, *sum_ends(parts), noun=True)
    if len({v.fact.metric for v in parts}) > 1:
        # "Brazil and Latin America South normalized EBITDA": figures of one period
        terms = " + ".join(f"{v.fact.metric} {bare_amount(v)}" for v in parts)
        return f"{possessive(f.entity)} figures for {when(first)} add up to {total}: {terms}."
    whole = Period(first.fact.period.start, last.fact.period.end)
    # ("Q1 and Q3 summed": the periods named, never the span they leave a gap in)
    whole_span = all(
        back_to_back(a.fact.period, b.fact.period) for a, b in itertools.pairwise(parts)
    )
    period = when_period(whole, first) if whole_span else " and ".join(short_when(v) for v in parts)
    terms = " + ".join(f"{short_when(v)} {bare_amount(v)}" for v in parts)
    verb = "add" if _plural(f.metric) else "adds"  # "revenue adds up", "deliveries add up"
    return f"{possessive(f.entity)} {f.metric} in {period} {verb} up to {total}: {terms}."


def _plural(name: str) -> bool:
    """Does a metric's name end in a plural noun or a participle of things counted
    ("deliveries", "units sold"), never "revenue" or "gross margin"?"""
    last = RANGE_END.sub("", name).split()[-1].lower()
    # (a participle, "shipped", "sold": a verb's form that is not the verb itself)
    participle = parts_of_speech(last) == {"VERB"} and lemmas(last)[0] != last
    plural = last.endswith("s") and not last.endswith(("ss", "us"))
    return participle or last.endswith("ed") or plural


def _from_the_middle(part: Period, whole: Period) -> bool:
    """Is PART a span from inside WHOLE, touching neither of its ends?"""
    return part.days > 1 and whole.start < part.start and part.end < whole.end


def _difference(pick: Pick) -> str:
    """One figure less another, both cited: two running totals or point-in-time counts of
    one metric ('6.5 million between 30 Jun and 31 Dec 2024: 36.5 million then, 30 million
    before'), or a group figure less a segment's."""
    later, other = pick.facts[0], pick.facts[1]
    f, g = later.fact, other.fact
    lo, hi = less_ends(later, *pick.facts[1:])  # one figure, or the least and most of a range
    part = carved_part(pick.facts)
    if part is not None:
        # a period's figure as the longer one less the rest of it
        rest = " and ".join(f"{bare_amount(v)} for {when(v)}" for v in pick.facts[1:])
        return (
            f"{possessive(f.entity)} {f.metric} in {when_period(part, later)} came to "
            f"{amount_between(later, lo, hi, noun=True)}: "
            f"{bare_amount(later)} for {when(later)} less "
            f"{rest}."
        )
    if f.metric == g.metric and _from_the_middle(g.period, f.period):
        # "FY25 outside Q2": the year's figure less that of a part from its middle
        return (
            f"{possessive(f.entity)} {f.metric} in {when(later)} outside {when(other)} came "
            f"to {amount_between(later, lo, hi, noun=True)}: {bare_amount(later)} for "
            f"{when(later)} less {bare_amount(other)} for {when(other)}."
        )
    if f.metric == g.metric:
        if lo < 0 < hi or (lo != hi and 0 in (lo, hi)):  # ranges: it may have gone either way
            change, by = (
                "changed",
                f" by between {signed_difference(later, lo)} and {signed_difference(later, hi)}",
            )
        else:
            change = "up" if lo > 0 else "down" if hi < 0 else "unchanged"
            near, far = sorted((abs(lo), abs(hi)))
            by = (
                ""
                if (lo, hi) == (0, 0)
                # ("went up 88,000 (+3.8%)": the change as a share of where it started)
                else f" {difference(later, near)}"
                + ("" if f.unit == "percent" else percent_in_brackets(lo, g.value))
                if near == far
                else f" {difference(later, near)} to {difference(later, far)}"
            )
        return (
            f"{possessive(f.entity)} {f.metric} went {change}{by} from {day(g.period.end)} "
            f"to {day(f.period.end)}: {bare_amount(later)} for {when(later)}, against "
            f"{bare_amount(other)} for {when(other)}."
        )
    return (
        f"{possessive(f.entity)} {f.metric} less its {g.metric} for {when(later)} is "
        f"{_gap(later, lo, hi)}: {bare_amount(later)} less {bare_amount(other)}."
    )


def _gap(view: FactView, lo: float, hi: float) -> str:
    """One figure less another: an amount, or for two rates percentage points ('4
    percentage points', never '4%': a gap between rates is no rate of anything)."""
    if view.fact.unit != "percent":
        return amount_between(view, lo, hi)
    sign = "-" if hi < 0 else ""
    if lo == hi:
        return f"{sign}{difference(view, lo)}"
    return f"{signed_difference(view, lo)} to {signed_difference(view, hi)}"


def _share(pick: Pick) -> str:
    """'Kestrel Motors' Model K3 deliveries in 2024 were 61.3% of its vehicle deliveries:
    1,088,700 of 1,776,890.'"""
    remainder = carved_part(pick.facts)
    if remainder is not None:
        return _share_of_remainder(pick, remainder)
    part, whole = pick.facts[0], pick.facts[1]
    pct = share_percent(part, whole)
    amounts = f"{bare_amount(part)} of {bare_amount(whole)}"
    p, w = part.fact, whole.fact
    if (p.period, p.kind) != (w.period, w.kind):
        # "the 2026 target as a % of 2025 sales": each figure's period and kind said
        kind = "" if w.kind is Kind.ACTUAL else f" {kind_word(w.kind)}"
        of = f"its {w.metric}{kind} {at_or_in(whole)} {when(whole)}"
        return f"{statement(part)}: {pct} of {of} ({amounts})."
    were = "were" if p.metric.endswith("s") else "was"  # ("K3 deliveries were", "revenue was")
    return (
        f"{possessive(p.entity)} {p.metric} {at_or_in(part)} {when(part)} {were} {pct} "
        f"of its {w.metric}: {amounts}."
    )


def _share_of_remainder(pick: Pick, part: Period) -> str:
    """'Garderobia's gross merchandise volume in Q4 2025 (Oct – Dec 2025) came to €3.625
    billion, 27.6% of 2025's: €13.112 billion for 2025 less €9.487 billion for Jan – Sep
    2025': PART, only implied as the whole less the rest, over that whole."""
    whole, rest = pick.facts[0], pick.facts[1:]
    lo, hi = less_ends(whole, *rest)
    if lo != hi or not whole.fact.value:
        return _difference(pick)  # (a range, or nothing to take a share of: the remainder)
    w = whole.fact
    others = " and ".join(f"{bare_amount(v)} for {when(v)}" for v in rest)
    return (
        f"{possessive(w.entity)} {w.metric} in {when_period(part, whole)} came to "
        f"{amount_between(whole, lo, hi, noun=True)}, {percent(100 * lo / w.value)} of "
        f"{when(whole)}'s: {bare_amount(whole)} for {when(whole)} less {others}."
    )


def _ratio(pick: Pick) -> str:
    """'Tornvik Hiss' book-to-bill in 2025 was 1.01: orders received of 35.9 billion SEK
    over sales of 35.5 billion SEK.'"""
    part, whole = pick.facts[0], pick.facts[1]
    # (a count of the period's last day, "stores at 28 Dec 2025", is said so)
    counted = (
        f" {at_or_in(whole)} {when(whole)}, the period's end"
        if whole.fact.period != part.fact.period
        else ""
    )
    return (
        f"{possessive(part.fact.entity)} {_ratio_label(pick)} {at_or_in(part)} {when(part)} was "
        f"{_ratio_value(pick)}: {part.fact.metric} of {bare_amount(part)} over "
        f"{whole.fact.metric} of {bare_amount(whole)}{counted}."
    )


def _implied(pick: Pick) -> str:
    """'The high end of Marlowe Sound Group's revenue growth forecast for FY2026, 7%,
    implies revenue of £2,587,260,000: £2,418,000,000 in FY2025 grown by 7%.' Of a range
    (one fact, or its two ends), its midpoint's."""
    *rates, base = pick.facts
    growth = rates[0]
    if pick.each_end:
        return _implied_by_each_end(pick)
    end = RANGE_END.search(growth.fact.metric)
    middle = len(rates) == 2 or growth.fact.value_high is not None
    side = "the midpoint of " if middle else f"the {end[1].lower()} end of " if end else ""
    name = RANGE_END.sub("", growth.fact.metric)
    rate = f"{_implied_rate(pick):g}%"
    return (
        f"{side[:1].upper() + side[1:] if side else ''}{possessive(growth.fact.entity)} {name} "
        f"{kind_word(growth.fact.kind)} for {when(growth)}, {rate}, implies "
        f"{base.fact.metric} of {_implied_amount(pick)}: {bare_amount(base)} in {when(base)} "
        f"grown by {rate}."
    )


def _implied_by_each_end(pick: Pick) -> str:
    """'Jade Harbour Ports' total throughput growth forecast for 2025, 5% to 7%, implies
    total throughput of 51.05 million to 52.02 million: 48.62 million in 2024 grown by 5%
    and by 7%.'"""
    growth, base = pick.facts[0], pick.facts[-1]
    low, high = _implied_rates(pick)
    return (
        f"{possessive(growth.fact.entity)} {RANGE_END.sub('', growth.fact.metric)} "
        f"{kind_word(growth.fact.kind)} for {when(growth)}, {low:g}% to {high:g}%, implies "
        f"{base.fact.metric} of {_implied_amount(pick)}: {bare_amount(base)} in "
        f"{when(base)} grown by {low:g}% and by {high:g}%."
    )


def _implied_rates(pick: Pick) -> tuple[float, float | None]:
    """The growth of an IMPLIED pick: one figure, or a range's two ends (two end facts,
    or one fact with its high end)."""
    rates = pick.facts[:-1]
    low = rates[0].fact
    return low.value, rates[1].fact.value if len(rates) == 2 else low.value_high


def _implied_rate(pick: Pick) -> float:
    """The growth an IMPLIED pick applies: one figure, or the midpoint of a range."""
    low, high = _implied_rates(pick)
    return low if high is None else (low + high) / 2


def _implied_amount(pick: Pick) -> str:
    """The level the pick's growth makes of its base: of each end where EACH_END."""
    base = pick.facts[-1]
    low, high = _implied_rates(pick)
    rates = (low, high) if pick.each_end and high is not None else (_implied_rate(pick),)
    return " to ".join(bare_amount(base, base.fact.value * (1 + r / 100)) for r in rates)


def _ratio_label(pick: Pick) -> str:
    """The vocabulary's name of the ratio of the pick's two families ('book-to-bill'), else
    the two figures' names ("revenue per meals served")."""
    part, whole = pick.facts[0].fact, pick.facts[1].fact
    of, over = (reporting.family_of(f.metric, "money") for f in (part, whole))
    keys = (of.key if of else None, over.key if over else None)
    # (two figures of one unit: one as a multiple of the other, "… to …")
    to = part.unit == whole.unit != "units"  # (a count per thing counted is a rate: "per")
    named = f"{part.metric} {'to' if to else 'per'} {whole.metric}"
    return next((r.label for r in reporting.ratios() if (r.of, r.over) == keys), named)


@functools.cache
def _vocabulary_ratios() -> frozenset[str]:
    """The names of the ratios the reporting vocabulary defines ("book-to-bill")."""
    return frozenset(r.label for r in reporting.ratios())


def _ratio_value(pick: Pick) -> str:
    """The ratio to two decimals; in the first figure's currency when the second is a
    count ("€28.36" of revenue per hour), a bare number and its percentage when both are
    in one unit ("1.03 (102.8%)" of loans to deposits)."""
    part, whole = pick.facts[0], pick.facts[1]
    value = part.fact.value / whole.fact.value
    # (a ratio below one to four decimals: "$0.1102" of revenue per seat mile, never "$0.11")
    places = 4 if abs(value) < 1 else 2
    if whole.fact.unit == "units" and part.fact.unit not in ("units", "percent"):
        return bare_amount(part, round(value, places))
    if part.fact.unit == whole.fact.unit == "units":
        return f"{value:,.{places}f}"  # (things per thing counted: "108,200 m³ per sawmill")
    if part.fact.unit == whole.fact.unit and _ratio_label(pick) not in _vocabulary_ratios():
        # (two figures of one unit: a multiple, which many name as a percentage too; a
        # ratio the vocabulary names is written as the trade writes it, "1.01")
        # (a small percentage to two places: a take rate of 1.13%, never "1.1%")
        percent = value * 100
        return f"{value:.{places}f} ({percent:.{2 if abs(percent) < 10 else 1}f}%)"
    return f"{value:.{places}f}"


def _range(pick: Pick) -> str:
    """'Harley-Davidson's motorcycle shipments forecast for 2019 was 212,000 to 217,000
    units (low end and high end, stated 23 Jul 2019).'"""
    low, high = pick.facts[0], pick.facts[1]
    f = low.fact
    base = RANGE_END.sub("", f.metric)
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    revision = {
        Revision.ORIGINAL: "original ",
        Revision.PREVIOUS: "earlier ",
    }.get(pick.revision, "")
    span = f"{bare_amount(low)} to {bare_amount(high)}"
    unit = " units" if f.unit == "units" else ""
    middle = bare_amount(low, (low.fact.value + high.fact.value) / 2)
    width = bare_amount(low, high.fact.value - low.fact.value)  # "how wide is the range"
    text = (
        f"{possessive(f.entity)} {revision}{base}{kind} for {when(low)} was {span}{unit} "
        f"(low end and high end of the range, midpoint {middle}, {width} wide, {stated_on(low)})"
    )
    earlier = pick.facts[2:]
    ends = {m[1].lower(): v for v in earlier if (m := RANGE_END.search(v.fact.metric))}
    single = [v for v in earlier if not RANGE_END.search(v.fact.metric)]
    steps = []
    if pick.revision is Revision.CURRENT and {"low", "high"} <= ends.keys():
        # the latest step first: the range this one replaced
        old_low, old_high = ends["low"], ends["high"]
        # (its midpoint too: "how much did they raise the midpoint" reads both)
        old_middle = bare_amount(old_low, (old_low.fact.value + old_high.fact.value) / 2)
        steps.append(
            f"{how_changed(old_low, low)} from {bare_amount(old_low)} to "
            f"{bare_amount(old_high)} (midpoint {old_middle}, {stated_on(old_low)}): "
            + _ends_moved(low, high, old_low, old_high)
        )
    firsts = {
        side: min(views, key=lambda v: v.fact.as_of)
        for side in ("low", "high")
        if (
            views := [
                v
                for v in earlier
                if (m := RANGE_END.search(v.fact.metric)) and m[1].lower() == side
            ]
        )
    }
    if (
        steps
        and {"low", "high"} <= firsts.keys()
        and firsts["low"].fact.as_of == firsts["high"].fact.as_of < ends["low"].fact.as_of
    ):
        # revised more than once: how far each end moved in all, from the first range
        first_low, first_high = firsts["low"], firsts["high"]
        steps.append(
            f"in all {how_changed(first_low, low)} from the original {bare_amount(first_low)} "
            f"to {bare_amount(first_high)} ({stated_on(first_low)}): "
            + _ends_moved(low, high, first_low, first_high)
        )
    moved = [side for side in ("low", "high") if side in ends]
    if pick.revision is Revision.CURRENT and len(moved) == 1:
        # one end moved, the other restated: the move of that end, and the other kept
        side = moved[0]
        now, old = (low if side == "low" else high), ends[side]
        kept = "high" if side == "low" else "low"
        steps.append(
            f"the {side} end {_revised(old, now)} from {bare_amount(old)} "
            f"({stated_on(old)}), the {kept} end unchanged"
        )
    if single and pick.revision is Revision.CURRENT:
        # first given as one figure: how far each end, and the midpoint, moved from it
        first = single[0]
        mid = (low.fact.value + high.fact.value) / 2 - first.fact.value
        steps.append(
            f"{'in all since it was ' if steps else ''}first given as {bare_amount(first)} "
            f"({stated_on(first)}): {_revised(first, low)} at the low end and "
            f"{difference(high, high.fact.value - first.fact.value)} at the high end "
            f"({difference(high, mid)} at the midpoint)"
        )
    text += "".join(f"; {step}" for step in steps)
    return text + "."


def _ends_moved(low: FactView, high: FactView, old_low: FactView, old_high: FactView) -> str:
    """How far each end of a range moved from an earlier one, and its midpoint where the
    ends moved apart ("how much did the midpoint rise in all")."""
    by_low = low.fact.value - old_low.fact.value
    by_high = high.fact.value - old_high.fact.value
    moved = (
        f"{difference(low, by_low)} at the low end and {difference(high, by_high)} at the high end"
    )
    if by_low == by_high:
        return moved
    return f"{moved} ({difference(low, (by_low + by_high) / 2)} at the midpoint)"


def _source(pick: Pick) -> str:
    view = pick.facts[0]
    s = view.source
    where = ", ".join(p for p in (s.publisher, day(s.published) if s.published else None) if p)
    origin = f"“{s.title}”" + (f" ({where})" if where else "")
    return f"{statement(view)}, according to {origin}{_since(view)}."


def _since(view: FactView) -> str:
    """'; it has since been raised to 30 billion CHF (stated 13 Nov 2025)': a statement
    named by its figure that a later one replaced is no longer the company's word."""
    if view.is_current or not view.history:
        return ""
    latest = replace(view, fact=view.history[-1], revision=view.revisions)
    if latest.fact.as_of <= view.fact.as_of:
        return ""
    changed = how_changed(view, latest)
    return f"; it has since been {changed} to {figure_words(latest, 'a')} ({stated_on(latest)})"


def _history(pick: Pick) -> str:
    revisions = pick.facts
    first = revisions[0]
    f = first.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    lead = f"{possessive(f.entity)} {f.metric}{kind} for {when(first)}"
    if len(revisions) == 1:
        return (
            f"{lead} was stated once: {bare_amount(first)} ({stated_on(first)}); "
            "it has not been revised."
        )
    steps = []
    for i, v in enumerate(revisions):
        step = f"{figure_words(v) if i else bare_amount(v)} on {day(v.fact.as_of)}"
        if i:  # each step's size too: "how much did the November revision add"
            step = f"{_moved(revisions[i - 1], v)} to {step}"
        steps.append(step)
    net = ""
    if len(revisions) > 2:  # "how far has the floor moved since the first": in all
        net = f"; {_moved(revisions[0], revisions[-1])} in all"
    return f"{lead} was stated {len(revisions)} times: {', then '.join(steps)} (current){net}."


def _moved(earlier: FactView, later: FactView) -> str:
    """'lowered by ¥100 billion', or where either is a range each end's move ("lowered by
    400,000 at the low end and 1.3 million at the high end (…)"), never the least and the
    most one range less the other could be ("by -1.9 million to 200,000")."""
    if earlier.fact.value_high is not None or later.fact.value_high is not None:
        return f"{_revised(earlier, later)},"  # (its own commas: the step's end marked too)
    if earlier.fact.value and earlier.fact.value != later.fact.value:
        # ("by what % did they raise it": each step's size in percent too)
        return _revised(earlier, later)
    return f"{how_changed(earlier, later)}{_by(earlier, later)}"


def _by(earlier: FactView, later: FactView) -> str:
    """' by ¥100 billion': the size of a move from EARLIER to LATER (of a cut, not a
    negative), or nothing where they are the same."""
    lo, hi = less_ends(later, earlier)
    if hi <= 0:
        lo, hi = -hi, -lo
    return "" if lo == hi == 0 else f" by {amount_between(later, lo, hi)}"


def _trend(pick: Pick) -> str:
    current = [v for v in pick.facts if v.is_current]
    f = current[0].fact
    parts = []
    for v in sorted(current, key=lambda v: v.fact.period):
        tag = "" if v.fact.kind is Kind.ACTUAL else f" {kind_word(v.fact.kind)}"
        parts.append(f"{short_when(v)} {bare_amount(v)}{tag}")
    return f"{possessive(f.entity)} {f.metric} over {len(parts)} figures: {'; '.join(parts)}."


def _choice(question: str, choice: Choice) -> Answer:
    options = "; ".join(f"{i}) {fact_label(v)}" for i, v in enumerate(choice.options, 1))
    return Answer(
        question=question,
        status=Status.AMBIGUOUS,
        text=f"Several figures fit. Which one did you mean? {options}",
        facts=choice.options,
        headline="Which one did you mean?",
    )
