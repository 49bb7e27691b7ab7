"""From a decision (match.py) to an Answer: the sentences a person reads.

Every number in a sentence comes from a fact in the Answer's `facts`, so every figure
stated is cited; derived figures (a shortfall, a growth rate) are computed here from them.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from bot.answering.answer import Answer, Status
from bot.answering.matching.decision import RANGE_END, Choice, Decision, Miss, Pick
from bot.answering.matching.period_fit import carved_part
from bot.answering.phrases import (
    amount,
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
from bot.answering.reading.intent import Intent, Revision
from bot.facts.model import FactView, Kind, Period


def compose(question: str, decision: Decision) -> Answer:
    if isinstance(decision, Miss):
        return unknown(question, decision.message)
    if isinstance(decision, Choice):
        return _choice(question, decision)
    compose_pick = {
        Intent.VALUE: _value,
        Intent.HISTORY: _history,
        Intent.TARGET_MET: _target_met,
        Intent.GROWTH: _growth,
        Intent.TREND: _trend,
        Intent.SOURCE: _source,
        Intent.RANGE: _range,
        Intent.SUM: _sum,
        Intent.DIFFERENCE: _difference,
        Intent.PROGRESS: _progress,
        Intent.SHARE: _share,
    }[decision.intent]
    text = compose_pick(decision)
    return Answer(
        question=question,
        status=Status.ANSWERED,
        text=text,
        facts=decision.facts,
        intent=decision.intent.value,
        headline=_headline(decision),
    )


def with_verdict(answer: Answer, way: str | None) -> Answer:
    """'Yes: …' or 'No: …' before the change between two figures, when the question
    asked whether it went one WAY (asks.direction_asked). A loss that narrows is better."""
    if way is None or answer.status is not Status.ANSWERED or answer.intent != "growth":
        return answer
    levels = answer.facts[1:] if _stated_growth_first(answer.facts) else answer.facts
    if len(levels) != 2 or any(v.fact.value_high is not None for v in levels):
        return answer
    later, earlier = levels[0].fact, levels[1].fact
    delta = later.value - earlier.value
    if way in ("better", "worse"):
        higher_is_better = not (lower_is_better(later.metric) and later.value >= 0)
        way = "up" if (way == "better") == higher_is_better else "down"
    met = delta > 0 if way == "up" else delta < 0
    return replace(answer, text=f"{'Yes' if met else 'No'}: {answer.text}")


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
        return f"{f.entity} {f.metric}, {span}: {_between(main, *_total(pick.facts))} (sum)"
    if pick.intent is Intent.RANGE:
        high = pick.facts[1]
        base = RANGE_END.sub("", f.metric)
        span = f"{bare_amount(main)} to {bare_amount(high)}"
        return f"{f.entity} {base}{kind}, {short_when(main)}: {span}"
    if pick.intent is Intent.GROWTH:
        earlier = (
            pick.facts[-1] if _stated_growth_first(pick.facts) else pick.facts[max(pick.split, 1)]
        )
        return f"{f.entity} {f.metric}: {short_when(earlier)} → {short_when(main)}"
    if pick.intent is Intent.DIFFERENCE:
        others = pick.facts[1:]
        delta = _between(main, *_less(main, *others))
        taken = " − ".join(bare_amount(v) for v in others)
        sums = f"{bare_amount(main)} − {taken} = {delta}"
        return f"{f.entity} {f.metric}: {sums}"
    if pick.intent is Intent.SHARE:
        whole = pick.facts[1]
        pct = _share_pct(main, whole)
        return f"{f.entity} {f.metric}, {short_when(main)}: {pct} of {whole.fact.metric}"
    if pick.intent is Intent.PROGRESS:
        goal = pick.facts[1]
        # a range's two ends (one fact, or two end metrics): the share of each, never one
        ends = (goal.fact.value, pick.facts[2].fact.value) if len(pick.facts) == 3 else None
        share = _share_pct(main, goal, ends)
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


def _ends(view: FactView) -> tuple[float, float]:
    """A figure's low and high ends: one figure is both ends of itself."""
    f = view.fact
    return f.value, f.value if f.value_high is None else f.value_high


def _total(views: tuple[FactView, ...]) -> tuple[float, float]:
    """Figures added up, each range by its ends: the least and the most the sum can be."""
    return sum(_ends(v)[0] for v in views), sum(_ends(v)[1] for v in views)


def _less(a: FactView, *others: FactView) -> tuple[float, float]:
    """A less the OTHERS, each a figure or a range: the least and the most it can be."""
    (a_lo, a_hi), (b_lo, b_hi) = _ends(a), _total(others)
    return a_lo - b_hi, a_hi - b_lo


def _between(view: FactView, lo: float, hi: float, *, noun: bool = False) -> str:
    """An amount worked out from figures that may be ranges: one figure, or 'X to Y'; the
    counted noun after it with NOUN ('500 to 540 boats')."""
    said = amount if noun else bare_amount
    return said(view, lo) if lo == hi else f"{bare_amount(view, lo)} to {said(view, hi)}"


def _changed(old: FactView, new: FactView) -> str:
    """How a figure moved, both ends of a range counted: a range that moved one end up and
    the other down was widened or narrowed, never 'raised' by its low end alone."""
    (lo, hi), (old_lo, old_hi) = _ends(new), _ends(old)
    if lo >= old_lo and hi >= old_hi and (lo, hi) != (old_lo, old_hi):
        return "raised"
    if lo <= old_lo and hi <= old_hi and (lo, hi) != (old_lo, old_hi):
        return "lowered"
    if (lo, hi) == (old_lo, old_hi):
        return "restated unchanged"
    return "widened" if hi - lo > old_hi - old_lo else "narrowed"


def _figure(view: FactView, the: str = "a") -> str:
    """'785', or 'a range of 780 to 800': a range never reads as 'from 780 to 800'. THE
    ('the original') leads a range and stands before one figure when it is not 'a'."""
    if view.fact.value_high is not None:
        return f"{the} range of {bare_amount(view)}"
    return bare_amount(view) if the == "a" else f"{the} {bare_amount(view)}"


def _stated(view: FactView) -> str:
    return f"stated {day(view.fact.as_of)}"


def _value(pick: Pick) -> str:
    main, others = pick.facts[0], pick.facts[1:]
    revised = bool(others)
    ends = [v for v in others if RANGE_END.search(v.fact.metric)]
    sides = {m[1].lower() for v in ends if (m := RANGE_END.search(v.fact.metric))}
    if pick.revision is Revision.ORIGINAL and len(ends) == 2 and sides == {"low", "high"}:
        # one figure later given as a range (never two later statements of one end)
        low, high = sorted(ends, key=lambda v: v.fact.value)
        return (
            f"{statement(main, adjective='original')} ({_stated(main)}); it was later given "
            f"as a range of {bare_amount(low)} to {bare_amount(high)} ({_stated(low)})."
        )
    if pick.revision is Revision.CURRENT and len(ends) == 2 and sides == {"low", "high"}:
        # one figure that replaced a range stated under the two end metrics
        low, high = sorted(ends, key=lambda v: v.fact.value)
        (new, _), old_lo, old_hi = _ends(main), low.fact.value, high.fact.value
        moved = "lowered" if new < old_lo else "raised" if new > old_hi else "narrowed"
        return (
            f"{statement(main)} ({_stated(main)}); it replaced a range of {bare_amount(low)} "
            f"to {bare_amount(high)} ({_stated(low)}), {moved}: {_signed(main, new - old_lo)} "
            f"against the low end, {_signed(main, new - old_hi)} against the high end and "
            f"{_signed(main, new - (old_lo + old_hi) / 2)} against its midpoint."
        )
    if pick.revision is Revision.ORIGINAL and revised:
        latest = others[-1]
        text = f"{statement(main, adjective='original')} ({_stated(main)}); it was "
        if len(others) > 1:
            # revised more than once: the first step, then the whole way
            first = others[0]
            text += (
                f"first {_revised(main, first)} to {_figure(first)} ({_stated(first)}), and in all "
            )
        else:
            text += "later "
        return text + f"{_revised(main, latest)} to {_figure(latest)} ({_stated(latest)})."

    if pick.revision is Revision.PREVIOUS:
        latest = others[-1]
        return (
            f"{statement(main, adjective='earlier')} ({_stated(main)}), before it was "
            f"{_revised(main, latest)} to {_figure(latest)} ({_stated(latest)})."
        )
    if pick.revision is Revision.AS_OF:
        later = [v for v in others if v.fact.as_of > main.fact.as_of]
        text = f"{statement(main)} ({_stated(main)})"
        if later:
            newest = later[-1]
            text += (
                f"; it was later {_revised(main, newest)} to {_figure(newest)} ({_stated(newest)})"
            )
        return text + "."
    if revised:
        before = others[-1]
        text = (
            f"{statement(main)} ({_spread(main)}{_stated(main)}; {_revised(before, main)} from "
            f"{_figure(before)}, {_stated(before)}"
        )
        first = others[0]
        if len(others) > 1 and first.fact.as_of < before.fact.as_of:
            # several revisions: every step, and the whole way from the first statement
            steps = [
                f"{_revised(a, b)} to {_figure(b)} ({_stated(b)})"
                for a, b in itertools.pairwise(others)
            ]
            text += (
                f"; {_revised(first, main)} in all from {_figure(first, 'the original')} "
                f"({_stated(first)}): first {', then '.join(steps)}"
            )
        return text + ")."
    if main.fact.kind is not Kind.ACTUAL:
        return f"{statement(main)} ({_spread(main)}{_stated(main)})."
    if main.fact.value_high is not None:
        return f"{statement(main)} ({_spread(main)}{_stated(main)})."
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
    (lo, hi), (old_lo, old_hi) = _ends(new), _ends(old)
    if (lo, hi) == (old_lo, old_hi):
        return _changed(old, new)
    if new.fact.value_high is not None or old.fact.value_high is not None:
        middle = (lo + hi) / 2 - (old_lo + old_hi) / 2
        if lo - old_lo == hi - old_hi:
            return f"{_changed(old, new)} by {difference(new, lo - old_lo)} at both ends"
        if (lo - old_lo) * (hi - old_hi) < 0:  # the ends moved apart or together
            return (
                f"{_changed(old, new)}: {_signed(new, lo - old_lo)} at the low end, "
                f"{_signed(new, hi - old_hi)} at the high end and "
                + (
                    f"{_signed(new, middle)} at the midpoint"
                    if middle
                    else "the midpoint unchanged"
                )
            )
        return (
            f"{_changed(old, new)} by {difference(new, lo - old_lo)} at the low end and "
            f"{difference(new, hi - old_hi)} at the high end ({difference(new, middle)} at "
            "the midpoint)"
        )
    delta = lo - old_lo
    pct = "" if new.fact.unit == "percent" else _percent(delta, old.fact.value, signed=False)
    return f"{_changed(old, new)} by {difference(new, delta)}{pct}"


def _sum(pick: Pick) -> str:
    """'Kestrel Motors' vehicle deliveries in Jan – Jun 2024 add up to 825,000 units: Q1
    2024 383,800 + Q2 2024 441,200.'"""
    parts = pick.facts
    first, last = parts[0], parts[-1]
    f = first.fact
    total = _between(first, *_total(parts), noun=True)
    if len({v.fact.metric for v in parts}) > 1:
        # "Brazil and Latin America South normalized EBITDA": figures of one period
        terms = " + ".join(f"{v.fact.metric} {bare_amount(v)}" for v in parts)
        return f"{possessive(f.entity)} figures for {when(first)} add up to {total}: {terms}."
    whole = Period(first.fact.period.start, last.fact.period.end)
    period = when_period(whole, first)
    terms = " + ".join(f"{short_when(v)} {bare_amount(v)}" for v in parts)
    return f"{possessive(f.entity)} {f.metric} in {period} add up to {total}: {terms}."


def _difference(pick: Pick) -> str:
    """One figure less another, both cited: two running totals or point-in-time counts of
    one metric ('6.5 million between 30 Jun and 31 Dec 2024: 36.5 million then, 30 million
    before'), or a group figure less a segment's."""
    later, other = pick.facts[0], pick.facts[1]
    f, g = later.fact, other.fact
    lo, hi = _less(later, *pick.facts[1:])  # one figure, or the least and most of a range
    part = carved_part(pick.facts)
    if part is not None:
        # a period's figure as the longer one less the rest of it
        rest = " and ".join(f"{bare_amount(v)} for {when(v)}" for v in pick.facts[1:])
        return (
            f"{possessive(f.entity)} {f.metric} in {when_period(part, later)} came to "
            f"{_between(later, lo, hi, noun=True)}: {bare_amount(later)} for {when(later)} less "
            f"{rest}."
        )
    if f.metric == g.metric:
        if lo < 0 < hi or (lo != hi and 0 in (lo, hi)):  # ranges: it may have gone either way
            change, by = "changed", f" by between {_signed(later, lo)} and {_signed(later, hi)}"
        else:
            change = "up" if lo > 0 else "down" if hi < 0 else "unchanged"
            near, far = sorted((abs(lo), abs(hi)))
            by = (
                ""
                if (lo, hi) == (0, 0)
                else f" {difference(later, near)}"
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
        return _between(view, lo, hi)
    sign = "−" if hi < 0 else ""
    if lo == hi:
        return f"{sign}{difference(view, lo)}"
    return f"{_signed(view, lo)} to {_signed(view, hi)}"


def _share(pick: Pick) -> str:
    """'Kestrel Motors' Model K3 deliveries in 2024 were 61.3% of its vehicle deliveries:
    1,088,700 of 1,776,890.'"""
    part, whole = pick.facts[0], pick.facts[1]
    pct = _share_pct(part, whole)
    return (
        f"{possessive(part.fact.entity)} {part.fact.metric} in {when(part)} were {pct} "
        f"of its {whole.fact.metric}: {bare_amount(part)} of {bare_amount(whole)}."
    )


def _share_pct(part: FactView, whole: FactView, ends: tuple[float, float] | None = None) -> str:
    """PART as a share of WHOLE: '18.0%', or where either is a range the least and the most
    it can be ('16.7% to 19.0%'), never the low ends' ratio alone. ENDS: the whole's two
    ends where they are stated as two facts."""
    (p_lo, p_hi), (w_lo, w_hi) = _ends(part), ends or _ends(whole)
    if w_lo <= 0:
        return "0.0%"
    lo, hi = p_lo / w_hi * 100, p_hi / w_lo * 100
    return f"{lo:.1f}%" if f"{lo:.1f}" == f"{hi:.1f}" else f"{lo:.1f}% to {hi:.1f}%"


def _progress(pick: Pick) -> str:
    """'Tamsin Toys' net sales in Apr – Dec 2024 were ¥400 billion, 76.9% of its forecast
    of ¥520 billion for FY2025 (¥120 billion to go).'"""
    actual, goal = pick.facts[0], pick.facts[1]
    kind = kind_word(goal.fact.kind)
    if len(pick.facts) == 3 or goal.fact.value_high is not None:  # both ends of a range
        lo, hi = (
            (goal.fact.value, pick.facts[2].fact.value) if len(pick.facts) == 3 else _ends(goal)
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
            f"{statement(actual)}, {low_share:.1f}% of the low end and {high_share:.1f}% of "
            f"the high end of its {kind} range of {bare_amount(goal, lo)} to "
            f"{bare_amount(goal, hi)} for {when(goal)} ({_stated(goal)}){to_go}."
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
        f"{statement(actual)}, {share:.1f}% of {name} of {bare_amount(goal)} for "
        f"{when(goal)} ({left}, {_stated(goal)})."
    )


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
        f"(low end and high end of the range, midpoint {middle}, {width} wide, {_stated(low)})"
    )
    earlier = pick.facts[2:]
    ends = {m[1].lower(): v for v in earlier if (m := RANGE_END.search(v.fact.metric))}
    single = [v for v in earlier if not RANGE_END.search(v.fact.metric)]
    steps = []
    if pick.revision is Revision.CURRENT and {"low", "high"} <= ends.keys():
        # the latest step first: the range this one replaced
        old_low, old_high = ends["low"], ends["high"]
        old_middle = (old_low.fact.value + old_high.fact.value) / 2
        middle = (low.fact.value + high.fact.value) / 2
        steps.append(
            f"{_changed(old_low, low)} from {bare_amount(old_low)} to "
            f"{bare_amount(old_high)} ({_stated(old_low)}): "
            f"{difference(low, low.fact.value - old_low.fact.value)} at the low end and "
            f"{difference(high, high.fact.value - old_high.fact.value)} at the high end"
            + (
                ""
                if low.fact.value - old_low.fact.value == high.fact.value - old_high.fact.value
                else f" ({difference(low, middle - old_middle)} at the midpoint)"
            )
        )
    moved = [side for side in ("low", "high") if side in ends]
    if pick.revision is Revision.CURRENT and len(moved) == 1:
        # one end moved, the other restated: the move of that end, and the other kept
        side = moved[0]
        now, old = (low if side == "low" else high), ends[side]
        kept = "high" if side == "low" else "low"
        steps.append(
            f"the {side} end {_revised(old, now)} from {bare_amount(old)} "
            f"({_stated(old)}), the {kept} end unchanged"
        )
    if single and pick.revision is Revision.CURRENT:
        # first given as one figure: how far each end moved from it
        first = single[0]
        steps.append(
            f"{'in all since it was ' if steps else ''}first given as {bare_amount(first)} "
            f"({_stated(first)}): {_revised(first, low)} at the low end and "
            f"{difference(high, high.fact.value - first.fact.value)} at the high end"
        )
    text += "".join(f"; {step}" for step in steps)
    return text + "."


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
    changed = _changed(view, latest)
    return f"; it has since been {changed} to {_figure(latest, 'a')} ({_stated(latest)})"


def _history(pick: Pick) -> str:
    revisions = pick.facts
    first = revisions[0]
    f = first.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    lead = f"{possessive(f.entity)} {f.metric}{kind} for {when(first)}"
    if len(revisions) == 1:
        return (
            f"{lead} was stated once: {bare_amount(first)} ({_stated(first)}); "
            "it has not been revised."
        )
    steps = []
    for i, v in enumerate(revisions):
        step = f"{_figure(v) if i else bare_amount(v)} on {day(v.fact.as_of)}"
        if i:
            step = f"{_changed(revisions[i - 1], v)} to {step}"
        steps.append(step)
    net = ""
    if len(revisions) > 2:  # "how far has the floor moved since the first": in all
        first, last = revisions[0], revisions[-1]
        lo, hi = _less(last, first)
        net = f"; {_changed(first, last)} by {_between(last, lo, hi)} in all"
    return f"{lead} was stated {len(revisions)} times: {', then '.join(steps)} (current){net}."


def _percent(delta: float, base: float, *, signed: bool = True) -> str:
    if base <= 0 or base + delta < 0:
        return ""  # from a loss, or into one: a percentage of it says nothing
    sign = ("+" if delta > 0 else "−" if delta < 0 else "") if signed else ""
    return f" ({sign}{abs(delta) / abs(base) * 100:.1f}%)"


def _stated_growth_first(facts: tuple[FactView, ...]) -> bool:
    """Is the first of three facts the growth the company stated, the other two the levels
    it is the change between (siblings.stated_growth)?"""
    if len(facts) != 3:
        return False
    stated, later = facts[0].fact, facts[1].fact
    return stated.unit == "percent" and stated.metric.startswith(f"{later.metric} growth")


def _growth(pick: Pick) -> str:
    if pick.split:
        return _growth_of_sums(pick)
    if _stated_growth_first(pick.facts):
        # the company's own figure, then the levels it is the change between
        stated, later, earlier = pick.facts
        levels = f"{bare_amount(later)} against {bare_amount(earlier)} in {when(earlier)}"
        return f"{statement(stated)}: {levels}."
    later, earlier = pick.facts[0], pick.facts[1]
    if later.fact.value_high is not None or earlier.fact.value_high is not None:
        return _growth_of_range(later, earlier)
    delta = later.fact.value - earlier.fact.value
    if delta == 0:
        return f"{statement(later)}, unchanged from {when(earlier)}."
    direction = "up" if delta > 0 else "down"
    pct = "" if later.fact.unit == "percent" else _percent(delta, earlier.fact.value)
    # "the FY2025 forecast against FY2024's actual figure": say which kind each one is
    kind = f"the {kind_word(earlier.fact.kind)} " if earlier.fact.kind != later.fact.kind else ""
    at = "at" if earlier.fact.period.days == 1 else "in"  # a count at a date
    return (
        f"{statement(later)}, {direction} {difference(later, delta)}{pct} from "
        f"{kind}{bare_amount(earlier)} {at} {when(earlier)}."
    )


def _growth_of_range(later: FactView, earlier: FactView) -> str:
    """A change where either figure is a range: the change to each end, never the low
    end's alone ('up $3.4 billion to $5.4 billion (+5.9% to +9.4%) from …')."""
    kind = f"the {kind_word(earlier.fact.kind)} " if earlier.fact.kind != later.fact.kind else ""
    by = _moved(later, _ends(later), _ends(earlier))
    return f"{statement(later)}, {by} from {kind}{_figure(earlier)} in {when(earlier)}."


def _moved(view: FactView, now: tuple[float, float], then: tuple[float, float]) -> str:
    """'up $3.4 billion to $5.4 billion (+5.9% to +9.4%)': the change from THEN to NOW,
    each a figure's or a range's (low, high), from the least to the most it can be."""
    (lo, hi), (old_lo, old_hi) = now, then
    low, high = lo - old_hi, hi - old_lo  # the least and the most it can have moved
    if low > 0 or high < 0:  # every reading moves one way
        direction = "up" if low > 0 else "down"
        near, far = sorted((abs(low), abs(high)))
        by = f"{direction} {difference(view, near)} to {difference(view, far)}"
    else:
        by = f"between {_signed(view, low)} and {_signed(view, high)}"
    if view.fact.unit != "percent" and old_lo > 0 and lo >= 0:  # (as in _percent)
        by += f" ({_pct(low, old_hi)} to {_pct(high, old_lo)})"
    return by


def _signed(view: FactView, delta: float) -> str:
    sign = "+" if delta > 0 else "−" if delta < 0 else ""
    return f"{sign}{difference(view, delta)}"


def _pct(delta: float, base: float) -> str:
    sign = "+" if delta > 0 else "−" if delta < 0 else ""
    return f"{sign}{abs(delta) / abs(base) * 100:.1f}%"


def _growth_of_sums(pick: Pick) -> str:
    """Two periods' figures, each added up from its parts where not stated whole."""
    later, earlier = pick.facts[: pick.split], pick.facts[pick.split :]
    first = later[0]
    f = first.fact

    def total(parts: tuple[FactView, ...]) -> tuple[tuple[float, float], str]:
        value = _total(parts)  # (low, high): the same where no part is a range
        whole = Period(parts[0].fact.period.start, parts[-1].fact.period.end)
        terms = " + ".join(f"{short_when(v)} {bare_amount(v)}" for v in parts)
        said = when_period(whole, parts[0])
        return value, (f"{said}: {terms}" if len(parts) > 1 else said)

    (now, now_hi), now_text = total(later)
    (then, then_hi), then_text = total(earlier)
    came = f"{possessive(f.entity)} {f.metric} came to {_between(first, now, now_hi, noun=True)}"
    if (now, then) != (now_hi, then_hi):  # a part is a range: the change from end to end
        by = _moved(first, (now, now_hi), (then, then_hi))
        return f"{came} in {now_text}; {by} from {_between(first, then, then_hi)} in {then_text}."
    delta = now - then
    direction = "up" if delta > 0 else "down" if delta < 0 else "unchanged"
    by = f" {difference(first, delta)}{_percent(delta, then)}" if delta else ""
    return f"{came} in {now_text}; {direction}{by} from {bare_amount(first, then)} in {then_text}."


def _target_met(pick: Pick) -> str:
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
            + f" ({_stated(original)}); against the {kind} as later {_changed(original, goal)}"
            + f" ({_stated(goal)}): "
            + _verdict(actual, goal, f"the {kind}", clause_only=True)
            + "."
        )
    end = RANGE_END.search(goal.fact.metric)
    name = f"the {end[1].lower()} end of its {kind}" if end else f"its {kind}"
    text = _verdict(actual, goal, name)
    if original is not None:
        text += f" (the {kind} had been {_changed(original, goal)} from {_figure(original)})"
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
    return f"{verdict}: {statement(actual)}, {clause} ({_stated(low)})."


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


def _verdict(actual: FactView, goal: FactView, name: str, clause_only: bool = False) -> str:
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
    pct = "" if actual.fact.unit == "percent" else _percent(delta, goal.fact.value, signed=False)
    of_goal = f"{name} of {bare_amount(goal)}"
    if delta == 0:
        clause = f"exactly {of_goal}"
    elif met:
        verb = "better than" if lower else "beating"
        clause = f"{verb} {of_goal} by {difference(actual, delta)}{pct}"
    else:
        gap = "short of" if not lower else "worse than"
        clause = f"{difference(actual, delta)}{pct} {gap} {of_goal}"
    if goal.fact.value and actual.fact.unit != "percent" and not lower:
        clause += f", {actual.fact.value / goal.fact.value * 100:.1f}% of it"  # progress
    if clause_only:
        return ("met it" if met else "missed it") + f", {clause}"
    return f"{'Yes' if met else 'No'}: {statement(actual)}, {clause}"


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
