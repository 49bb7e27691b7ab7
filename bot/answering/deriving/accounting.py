"""Whether the figure picked for a question accounts for every derivation it asks: one
stated figure is never the answer to 'how much did it change', 'how big was the cut', 'how
far from the target' or 'X excluding Y'. Each check either answers (a derived Pick or a
Miss) or passes the pick on (None) to the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.answering.deriving.goals import settled_goal, so_far, within_range
from bot.answering.deriving.named_figures import less_part
from bot.answering.deriving.restatements import (
    actual_of,
    later_range,
    moved_since,
    range_before,
    revised_sibling,
    revised_then,
    stated_before_as_another,
)
from bot.answering.deriving.stated_amounts import states_amount, year_like
from bot.answering.matching.decision import RANGE_END, Decision, Miss, Pick, one_end
from bot.answering.matching.match import select
from bot.answering.matching.series import statements_of
from bot.answering.phrases import fact_label, possessive, when
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Quantity
from bot.facts.periods import is_definite
from bot.facts.quantities import format_quantity

Pool = Callable[[], list[FactView]]  # read only when a derivation needs it
Check = Callable[[Query, Pick, list[FactView], Pool, Vocabulary], Decision | None]


def accounted(
    query: Query, decision: Decision, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision:
    """The decision, if it accounts for every derivation the question asks; else a
    derived answer built from the facts, or a Miss. One stated figure is never the
    answer to 'how much did it change', 'how big was the cut' or 'X excluding Y'."""
    if asks.excluding_at(query.said) is not None and query.metrics:
        less = less_part(query, pool())
        if less is not None:
            return less
    if not isinstance(decision, Pick):
        return decision
    decision = _against_end_named(query, decision)
    settled = _goal_against_actual(query, decision, facts, pool)
    if not isinstance(settled, Pick):
        return settled
    for check in _CHECKS:
        answered = check(query, settled, facts, pool, vocab)
        if answered is not None:
            return answered
    return settled


def _against_end_named(query: Query, decision: Pick) -> Pick:
    """A target met asked against one end of a range: that end alone."""
    if (
        decision.intent is Intent.TARGET_MET
        and query.range_end is not None
        and len(decision.facts) == 2
        and decision.facts[1].fact.value_high is not None
    ):
        # "by how much did they beat the top of the outlook": against that end alone
        end = one_end(decision.facts[1], query.range_end)
        decision = replace(decision, facts=(decision.facts[0], end))
    return decision


def _goal_against_actual(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool
) -> Decision:
    """A target met: one period's goal against another's actual when two periods are
    named, else the goal's settled statement against its own period's actual."""
    if decision.intent is Intent.TARGET_MET:
        two = len({m.ref for m in query.periods}) == 2
        if two and decision.facts[0].fact.period == decision.facts[1].fact.period:
            # "how much more does it target for 2025 than it made in 2024": one period's
            # goal against another's actual, never the goal's own period's actual
            across = select(replace(query, intent=Intent.GROWTH), facts)
            if not isinstance(across, Pick) or len({v.fact.period for v in across.facts[:2]}) != 2:
                return Miss(
                    "comparison",
                    "I don't have both figures of the two periods named to compare.",
                    decision.facts,
                )
            decision = across
        else:
            decision = settled_goal(decision, pool())
    return decision


def _amount_named(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """A value asked by an amount it states ('the 1,100 order target'): that statement, never
    another amount as if it were it."""
    main = decision.facts[0]
    amounts = [q for q in query.amounts if not year_like(q, query.said)]
    if decision.intent is Intent.RANGE and len(amounts) >= 2:
        # ("the 5 to 7% range - still the guidance?": whether it stands is the latest's)
        if asks.STILL_STANDS.search(query.said):
            return None
        return _range_of_amounts(decision, amounts, pool)
    if decision.intent is Intent.VALUE and amounts and not states_amount(main, amounts):
        # "when did they give the 1,100 order target": the statement of that amount,
        # then what it became, never the latest figure as if it were that one
        named = [v for v in decision.facts[1:] if states_amount(v, amounts)]
        if query.original_named and named and main.fact.as_of < named[0].fact.as_of:
            # "given they cut it to 40m, what was the original?": the amount is a later
            # statement the premise names; the first one is asked
            return None
        if len(named) == 1:
            said = named[0]
            later = sorted(
                (v for v in decision.facts if v.fact.as_of > said.fact.as_of),
                key=lambda v: v.fact.as_of,
            )
            return Pick(Intent.VALUE, (said, *later), Revision.AS_OF)
        if not any(is_definite(m.ref) for m in query.periods):
            # "which quarter were its $701.3m net sales for": the figure of that amount
            # in the series, whatever its period; never another amount as if it were it
            stating = [
                v
                for v in pool()
                if v.fact.metric == main.fact.metric
                and v.fact.entity == main.fact.entity
                and states_amount(v, amounts)
            ]
            if len({v.fact.revision_key for v in stating}) == 1:
                return Pick(Intent.VALUE, (stating[-1],))
    return None


def _range_of_amounts(decision: Pick, amounts: list[Quantity], pool: Pool) -> Pick | None:
    """'The midpoint of the 120 to 135 store range': the statement of the range whose two
    ends are those amounts, where the latest one states others; None when it is the
    latest, or no one statement of both ends is."""
    ends = decision.facts[:2]  # (the current statement's; earlier ones follow)
    if len(ends) != 2 or all(states_amount(v, amounts) for v in ends):
        return None
    views = [*pool(), *decision.facts]
    low, high = (
        [v for v in statements_of(views, end) if states_amount(v, amounts)] for end in ends
    )
    # (a statement read both from the pool and from the decision's history: one)
    pairs = {a.fact.as_of: (a, b) for a in low for b in high if a.fact.as_of == b.fact.as_of}
    return Pick(Intent.RANGE, *pairs.values(), Revision.AS_OF) if len(pairs) == 1 else None


def _replaced_by_range(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """A growth of a figure a later range replaced: no one's current figure."""
    if decision.intent is Intent.GROWTH:
        for v in decision.facts:
            replaced = later_range(v, pool())
            if replaced:
                # a figure a later range replaced is no one's current figure
                return Miss(
                    "revision",
                    f"{fact_label(v)} was later given as a range of "
                    f"{format_quantity(replaced[0].fact.quantity)} to "
                    f"{format_quantity(replaced[1].fact.quantity)} (stated "
                    f"{replaced[0].fact.as_of.isoformat()}); ask about each end.",
                    (v, *replaced),
                )
    return None


def _growth_spans(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """A growth between spans of different lengths, or of one period's two kinds: no change."""
    main = decision.facts[0]
    if decision.intent is Intent.GROWTH and not decision.split:
        same = decision.facts[1]
        spans_differ = not 0.8 <= same.fact.period.days / max(main.fact.period.days, 1) <= 1.25
        # (a rate, a ratio or a percentage is as much of a quarter as of its year: the
        # occupancy of Q1 against the half's, a margin against its target for a year)
        level = main.fact.unit == "percent" or not reporting.adds_up(main.fact.metric)
        if spans_differ and not level and not _share_of_the_longer(query, main, same):
            # a quarter against the year it ends or sits in, nine months against the
            # year: spans of different lengths are no change
            return Miss(
                "comparison",
                f"I have {fact_label(main)} and {fact_label(same)}, spans of different "
                "lengths: nothing to measure a change by.",
                (main, same),
            )
        if same.fact.period == main.fact.period and same.fact.entity == main.fact.entity:
            # one period's two kinds are not a change over time: the actual against
            # its expectation, or nothing
            kinds = {v.fact.kind is Kind.ACTUAL: v for v in (main, same)}
            if len(kinds) == 2:
                return Pick(Intent.TARGET_MET, (kinds[True], kinds[False]))
            return Miss("comparison", "Those two figures are of the same period.", (main,))
    return None


def _share_of_the_longer(query: Query, a: FactView, b: FactView) -> bool:
    """'What share of H1 output came in Q2': a share asked of two spans, one inside the
    other, is the shorter's share of the longer (worked out later), never a change."""
    if not asks.SHARE_OF.search(query.said):
        return False
    inner, outer = sorted((a.fact.period, b.fact.period), key=lambda p: p.days)
    return outer.start <= inner.start and inner.end <= outer.end


def _within_asked(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'Did revenue land within its guidance range': the actual against both ends."""
    main = decision.facts[0]
    one_range = decision.intent is Intent.VALUE and main.fact.value_high is not None
    if (decision.intent is Intent.RANGE or one_range) and asks.within(query.said):
        # "did revenue land within its guidance range": the actual against both ends
        return within_range(decision, pool(), within=True) or _no_actual(main, decision.facts)
    if (
        decision.intent is Intent.VALUE
        and main.fact.kind is not Kind.ACTUAL
        and asks.within(query.said)
    ):
        # "did they keep cost within its guidance" of a guidance of one figure: the
        # actual against it, met or not
        met = select(replace(query, intent=Intent.TARGET_MET), facts)
        return met if isinstance(met, Pick) else None
    return None


def _count_added(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How many subscriptions did they add': the change of a count, never the count."""
    main = decision.facts[0]
    if decision.intent is Intent.VALUE and main.fact.period.days == 1 and asks.adds(query.said):
        # "how many subscriptions did they add": a change of a count, never the count
        growth = select(replace(query, intent=Intent.GROWTH), facts)
        if isinstance(growth, Pick):
            return growth
        return Miss(
            "comparison",
            f"I have {fact_label(main)}, but not the count at the start of that span.",
            (main,),
        )
    return None


def _original_of_one_statement(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """The original of a figure stated once, where another period's figure or another
    form of it was revised: which is meant, or that it came later."""
    main = decision.facts[0]
    alone = len(decision.facts) == 1
    one_statement = (decision.intent is Intent.VALUE and alone) or (
        decision.intent is Intent.RANGE and len(decision.facts) == 2
    )
    if one_statement and query.revision in (Revision.ORIGINAL, Revision.PREVIOUS):
        revised = revised_sibling(main, pool())
        if not query.periods and revised is not None:
            # "the top of the original guidance" with no period: the figure that was
            # revised is another period's; this end's latest is no one's original
            return Miss(
                "revision",
                f"{fact_label(main)} was stated once; the figure that was revised is "
                f"{fact_label(revised)}. Which period do you mean?",
                (main, revised),
            )
        earlier = stated_before_as_another(main, pool())
        if earlier is not None:
            # the range's end asked for was first stated as one figure (or the other way
            # round): its only statement is not the original one
            return Miss(
                "revision",
                f"The first statement I have of that figure is {fact_label(earlier)}, "
                f"stated {earlier.fact.as_of.isoformat()}; {fact_label(main)} came later "
                f"({main.fact.as_of.isoformat()}).",
                (earlier, main),
            )
    return None


def _original_range_end(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """The original end of a range that replaced one figure: that figure was the original."""
    main = decision.facts[0]
    ended = decision.intent is Intent.RANGE or RANGE_END.search(main.fact.metric)
    if (
        ended
        and query.revision is Revision.ORIGINAL
        and decision.facts[0].revisions > 1
        and not asks.RANGE_WORD.search(query.said)  # "the first range" is the range's first
    ):
        earlier = stated_before_as_another(main, pool())
        if earlier is not None and earlier.fact.metric == RANGE_END.sub("", main.fact.metric):
            # the first range replaced one figure: that figure was the original guidance,
            # so the first range's end is no one's "original top end"
            return Miss(
                "revision",
                f"The original guidance was one figure, {fact_label(earlier)}, stated "
                f"{earlier.fact.as_of.isoformat()}; it had no range ends.",
                (earlier, main),
            )
    return None


def _how_far_from_range(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How far was the margin from its guidance' of a range: the actual against both ends
    (also of a range stated as one figure, as first stated or at a date)."""
    main = decision.facts[0]
    changed = _changed(query)
    if (
        (decision.intent is Intent.RANGE or main.fact.value_high is not None)
        and main.fact.kind is not Kind.ACTUAL
        and not changed
        and asks.HOW_FAR.search(query.said)
    ):
        # "how far was the margin from its guidance" where the guidance is a range: the
        # actual against both ends, never the range alone
        return within_range(decision, pool()) or _no_actual(main, decision.facts)
    return None


def _how_far_from_figure(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How far was profit from the top of the range': the actual (or what is left) against
    that figure, never the figure alone."""
    main = decision.facts[0]
    alone = len(decision.facts) == 1
    changed = _changed(query)
    if (
        decision.intent is Intent.VALUE
        # one statement: the latest; or the original, the one before or one of a date,
        # where each statement is one figure (a range end held as a metric of its own)
        and (
            alone
            or decision.revision is Revision.CURRENT
            or (decision.revision is not Revision.ALL and main.fact.value_high is None)
        )
        and main.fact.kind is not Kind.ACTUAL
        and not changed
        and asks.HOW_FAR.search(query.said)
    ):
        # "how far was profit from the top of the range": the actual against that
        # figure, never the figure alone
        if query.range_end is not None:  # "how far from the top of its guidance"
            main = one_end(main, query.range_end)
        reached = so_far(main, pool(), query, named_only=True)
        if reached is not None:  # "how far from its target after 9 months": what's left
            return Pick(Intent.PROGRESS, (reached, main))
        actual = actual_of(main, pool())
        if actual is not None:
            return Pick(Intent.TARGET_MET, (actual, main))
        reached = so_far(main, pool(), query)
        if reached is not None:
            # "how far from the low end of its target after 9 months": what is left
            return Pick(Intent.PROGRESS, (reached, main))
        return _no_actual(main, (main,))
    return None


def _moved_since(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How much has the guide been raised since March': the statement named by its date
    (the decision's, read so by statement_months) against the latest one, never only the
    revision made then."""
    main = decision.facts[0]
    if (
        decision.intent in (Intent.VALUE, Intent.RANGE)
        and main.fact.kind is not Kind.ACTUAL
        and _changed(query)
        and asks.size(query.said)
        and asks.SINCE.search(query.said)
        and not asks.SINCE_LAUNCH.search(query.said)
    ):
        return moved_since(decision, pool())
    return None


def _cut_made_then(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How much did they cut it in June': the statement made then against the one it replaced."""
    main = decision.facts[0]
    changed = _changed(query)
    if (
        decision.intent in (Intent.VALUE, Intent.RANGE)
        and decision.revision is Revision.AS_OF
        and changed
        and asks.size(query.said)
    ):
        # "how much did they cut it in June": the statement made then against the one
        # it replaced; the figure as stated then alone is not the size of that cut
        resized = revised_then(decision, pool(), query.as_of or main.fact.as_of)
        if resized is not None:
            return resized
        return Miss(
            "revision",
            f"I have {fact_label(main)}, stated {main.fact.as_of.isoformat()}, but can't "
            "tell the size of the change made then.",
            decision.facts,
        )
    return None


def _cut_from_range(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How big was the cut' where one figure replaced a range: from each end."""
    main = decision.facts[0]
    changed = _changed(query)
    if decision.intent is Intent.VALUE and changed and asks.size(query.said):
        replaced = range_before(main, pool())
        if replaced:
            # "how big was the cut" where one figure replaced a range: from each end
            return Pick(Intent.VALUE, (main, *replaced))
    return None


def _downgrade_of_actual(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """'How big was the net sales downgrade': a downgrade revises an expectation, never an
    actual figure."""
    main = decision.facts[0]
    if (
        decision.intent is Intent.VALUE
        and main.fact.kind is Kind.ACTUAL
        and main.revisions == 1  # a restated actual's revision is its own
        and query.kind is None
        and not query.expected
        and asks.REVISION_NOUN.search(query.said)
    ):
        # "how big was the net sales downgrade": a downgrade revises an expectation,
        # never an actual figure
        expecting = replace(query, expected=True)
        revised = select(expecting, facts)
        if not isinstance(revised, Pick):
            return revised
        return accounted(expecting, revised, facts, pool, vocab)
    return None


def _change_of_one_figure(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """A change asked of one figure: an actual's growth, or an expectation stated once (no
    revision to measure)."""
    main = decision.facts[0]
    alone = len(decision.facts) == 1
    changed = _changed(query)
    if decision.intent is Intent.VALUE and changed and alone:
        family = vocab.metric_families.get(vocab.metric_id(main.fact.metric))  # type: ignore[arg-type]
        is_change = family is not None and reporting.family(family).states_change
        if main.fact.kind is Kind.ACTUAL and not is_change and query.mentions_change:
            # "how did revenue change in 2023": a change of an actual figure is growth
            growth = select(replace(query, intent=Intent.GROWTH), facts)
            if isinstance(growth, Pick):
                return growth
            return Miss(
                "comparison",
                f"I have {possessive(main.fact.entity)} {main.fact.metric} for {when(main)} "
                "but nothing to measure the change against.",
                (main,),
            )
        if main.fact.kind is not Kind.ACTUAL and asks.size(query.said):
            return _one_statement(main)
    return None


def _range_revised_once(
    query: Query, decision: Pick, facts: list[FactView], pool: Pool, vocab: Vocabulary
) -> Decision | None:
    """The size of a revision of a range stated once: nothing to measure it by."""
    main = decision.facts[0]
    changed = _changed(query)
    if (
        decision.intent is Intent.RANGE
        and changed
        and asks.size(query.said)
        and len(decision.facts) < 3  # no earlier statement of the figure
    ):
        return _one_statement(main)
    return None


def _changed(query: Query) -> bool:
    """Does the question speak of a change made to the figure ('cut', 'raised')?"""
    return query.mentions_change or asks.changed(query.said)


def _no_actual(main: FactView, shown: tuple[FactView, ...]) -> Miss:
    """An expectation with no actual figure of its period to set against it."""
    return Miss(
        "comparison",
        f"I have {fact_label(main)} but no actual figure for {when(main)} to compare.",
        shown,
    )


def _one_statement(view: FactView) -> Miss:
    """No revision to measure: VIEW is the only statement of its figure."""
    return Miss(
        "revision",
        f"I have only one statement of that figure: {fact_label(view)}, stated "
        f"{view.fact.as_of.isoformat()}; nothing to measure a revision by.",
        (view,),
    )


# In this order: the first check that answers gives the answer.
_CHECKS: tuple[Check, ...] = (
    _amount_named,
    _replaced_by_range,
    _growth_spans,
    _within_asked,
    _count_added,
    _original_of_one_statement,
    _original_range_end,
    _how_far_from_range,
    _how_far_from_figure,
    _moved_since,
    _cut_made_then,
    _cut_from_range,
    _downgrade_of_actual,
    _change_of_one_figure,
    _range_revised_once,
)
