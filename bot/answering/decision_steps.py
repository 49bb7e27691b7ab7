"""The steps from a first decision to the one answered: what is worked out when no
stated figure answers (implied growth, progress toward a goal, what is still needed, a
level reached, growth from levels), and the last checks on a pick (the actual asked is
an actual, the kind asked is held, a share asked is a share, an amount asked in a
currency is stated in it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot import patterns
from bot.answering.answer_steps import Asking, running_total
from bot.answering.deriving import siblings
from bot.answering.deriving.goals import (
    growth_to_goal,
    implied_growth,
    level_implied,
    progress_to_end,
    remaining,
    toward_later_goal,
)
from bot.answering.deriving.growth_from_levels import growth_from_levels, growth_of_base
from bot.answering.deriving.named_figures import share_names, share_of, share_of_whole
from bot.answering.deriving.ratios import as_share_of_other, share_of_longer_period
from bot.answering.english.lexicon import FUNCTION_WORDS
from bot.answering.english.words import EXPECTATION_WORDS, name_lemmas
from bot.answering.matching.decision import RANGE_END, Decision, Miss, Pick, a_year_apart
from bot.answering.matching.match import select
from bot.answering.matching.period_fit import (
    COUNTED_FROM_NOW,
    carved_part,
    running_total_before,
    running_total_before_start,
)
from bot.answering.phrases import calendar_of, fact_label
from bot.answering.reading import asks
from bot.answering.reading.agreement import is_share
from bot.answering.reading.currencies import (
    amount_in_currency,
    amount_in_unit_asked,
    currencies_said,
    is_currency_code,
)
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import MetricHit, Vocabulary
from bot.facts import reporting
from bot.facts.model import FactView, Kind
from bot.facts.periods import ExactRef, LatestRef, PeriodMention, RelativeRef, resolve
from bot.facts.periods.arithmetic import year_earlier
from bot.facts.periods.references import UNIT_MONTHS
from bot.facts.quantities import CURRENCY_WORDS
from bot.facts.store import FactStore


def derived_on_miss(
    store: FactStore, query: Query, decision: Decision, facts: list[FactView], asking: Asking
) -> Decision:
    """What is worked out when no stated figure answers: implied growth, progress toward a
    goal or an end of it, what is still needed, a stated rate, growth from levels."""
    if (
        isinstance(decision, Miss)
        and query.intent in (Intent.TARGET_MET, Intent.GROWTH)
        and len(query.periods) == 2
    ):
        # "next year's top of guidance against this year's actual sales": the expectation
        # for one named period against the actual of the other
        decision = implied_growth(query, facts, asking.pool() or facts) or decision
    if (
        isinstance(decision, Miss)
        and query.intent in (Intent.TARGET_MET, Intent.GROWTH)
        and asks.GROWTH_NEEDED.search(asking.said)
    ):
        # "how much growth does it need in 2026 to reach its goal": the goal against the
        # last actual before it, never against the year before's goal
        decision = growth_to_goal(query, facts, asking.pool() or facts) or decision
    if (
        isinstance(decision, Pick)
        and decision.intent in (Intent.GROWTH, Intent.TARGET_MET)
        and len({m.ref for m in query.periods}) == 2
        # (an actual against the goal of one of the periods: the other period left out)
        and (
            decision.intent is Intent.TARGET_MET
            or all(v.fact.kind is not Kind.ACTUAL for v in decision.facts)
        )
        and (asks.THAN_DONE.search(asking.said) or _one_expectation_said(query))
    ):
        # "more homes guided for FY26 than it delivered in FY25", "how much above its FY25
        # revenue is the low end of its FY26 outlook": the expectation against what was
        # done, never against the year before's expectation (an expectation said once)
        decision = implied_growth(query, facts, asking.pool() or facts) or decision
    if isinstance(decision, Pick) and asks.IMPLIES.search(asking.said):
        # "what revenue would the top of the growth range imply": the level that growth
        # makes of the year before's actual, never the growth again
        # (the year before's level read beside the growth: "what TEU does the growth
        # range imply" says no level's name)
        wide = [*(asking.pool() or facts), *asking.beside(decision.facts[0])]
        pool = list({v.fact.id or id(v): v for v in wide}.values())  # (each figure once)
        decision = level_implied(decision, pool, query.range_end, asking.midpoint) or decision
    # "the 2026 target as a % of 2025 sales": the one over the other, as said
    decision = as_share_of_other(query, decision)
    if (
        isinstance(decision, Pick)
        and asks.progress_toward(asking.said)
        and not asks.GROWTH_NEEDED.search(asking.said)
    ):
        # "how far along toward its FY28 goal, going by FY24 sales": the actual as a
        # share of a later goal, not the growth the goal implies ("how much would it need
        # to grow to hit it" asks that growth)
        decision = toward_later_goal(decision)
    if (
        isinstance(decision, Miss)
        and asking.by_entity
        and query.range_end is not None
        and (asks.progress(asking.said) or asks.HOW_FAR.search(asking.said))
    ):
        # "how far from the low end of its FY24 target after nine months": that end of
        # the target whose period holds the one named, against the actual up to there
        decision = progress_to_end(query, facts, asking.pool()) or decision
    if asking.by_entity and (
        (isinstance(decision, Miss) and asks.STILL_NEEDED.search(asking.said))
        or asks.IMPLIED_BY_YEAR.search(asking.said)
    ):
        # "what is still needed over Q4 for the 2025 guidance", "the Q4 its full-year
        # guidance implies" (never Q4's own guidance): what the year leaves for the part
        # (of the series read, where the question names its figure by a verb: "produce")
        chosen = None if query.metrics else {RANGE_END.sub("", v.fact.metric) for v in facts}
        decision = remaining(query, asking.pool() or facts, chosen) or decision
    if (
        isinstance(decision, Miss)
        and query.intent is Intent.GROWTH
        and not query.sequential
        and len(query.metrics) == 1
        and asking.vocab.metric_families.get(query.metrics[0].metric.id) == "growth"  # type: ignore[arg-type]
        and query.metrics[0].metric.unit == "percent"
        and (
            asks.against_year_before(asking.said)
            # ("revenue growth 1T25 vs. 1T24": the growth's whole name said, no amount asked
            # in a unit: "revenue increase in crore vs Q3 FY25" is the amount)
            or (
                _named_a_year_apart(query, facts)
                and query.metrics[0].coverage >= 1
                and query.metrics[0].own  # (never "how much did the basket *rise*")
                and not amount_in_unit_asked(query.reading, query.text)
                and not asks.SCALE_SAID.search(asking.said)
            )
        )
    ):
        # "North America growth in Q3 vs last year": the rate the company states year
        # on year is that comparison already, never a growth of the growth rate
        stated = select(replace(query, intent=Intent.VALUE, periods=query.periods[:1]), facts)
        decision = stated if isinstance(stated, Pick) else decision
    if (
        isinstance(decision, Miss)
        and (query.intent is Intent.TARGET_MET or query.kind is Kind.ACTUAL)
        and asks.ASPIRED.search(asking.said)
        and not asks.YES_NO.search(asking.said)  # ("will they hit it?": not known yet)
    ):
        # "how many homes does it hope to hit in FY26", "what must it achieve": the goal
        # asked, where no actual is held to set against it
        goal = select(replace(query, intent=Intent.VALUE, kind=None, expected=True), facts)
        decision = goal if isinstance(goal, Pick) else decision
    if (
        isinstance(decision, Miss)
        and query.intent is Intent.GROWTH
        and len(query.periods) <= 1
        and asks.LEVEL_REACHED.search(asking.said)
    ):
        # "capex rose to what in 2024": the level it reached, where the year before
        # it is not held to say by how much
        level = select(replace(query, intent=Intent.VALUE), facts)
        decision = level if isinstance(level, Pick) else decision
    if isinstance(decision, Miss) and asking.by_entity:
        decision = (
            growth_from_levels(query, asking.pool(), asking.vocab)
            or growth_of_base(store, query, asking.scope, asking.named, asking.vocab)
            or siblings.expected_as_growth(query, decision, asking.pool(), asking.vocab)
            or siblings.profit_as_loss(query, decision, asking.pool())
            or siblings.stated_change(query, decision, asking.pool())
            or siblings.before_a_turn(query, decision, asking.pool())
            or decision
        )
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.VALUE
        and decision.facts[0].fact.unit == "percent"
        and asking.by_entity
        and amount_in_unit_asked(query.reading, query.text)
    ):
        # "how much did PAT rise, in crore": the amount, from the two levels, never the rate
        decision = (
            growth_of_base(store, query, asking.scope, asking.named, asking.vocab) or decision
        )
    return decision


def _named_a_year_apart(query: Query, facts: list[FactView]) -> bool:
    """Are the question's two periods one and the same period a year before ("1T25 vs.
    1T24"), the comparison a rate stated year on year already makes?"""
    if len(query.periods) != 2 or not facts:
        return False
    cal = calendar_of(facts[0])
    later, earlier = (resolve(m.ref, cal) for m in query.periods)
    return bool(later and earlier) and year_earlier(later[0]) == earlier[0]


def _one_expectation_said(query: Query) -> bool:
    """Does the question name an expectation once ("the FY26 outlook"), for one of its two
    periods, the other's figure being what was done?"""
    tokens = query.reading.tokens if query.reading is not None else ()
    return sum(1 for t in tokens if t.lemma in EXPECTATION_WORDS) == 1


def checked(
    store: FactStore, query: Query, decision: Decision, facts: list[FactView], asking: Asking
) -> Decision:
    """Last checks on a pick: the actual asked is an actual, the kind asked is held, a year
    on year change is a year apart, a share asked is a share, a currency asked is the
    figures' own."""
    decision = _a_count_asked_in_money(store, query, _in_currency_asked(query, decision), asking)
    decision = _toward_the_original(query, decision, facts)
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.GROWTH
        and asks.actual(asking.said)
        and len({m.ref for m in query.periods}) >= 2
        and all(v.fact.kind is not Kind.ACTUAL for v in decision.facts)
    ):
        # "next year's guidance top vs this year's actual": the actual is asked for one;
        # a forecast of that year in its place would be a figure nobody asked for
        decision = implied_growth(query, facts, asking.pool() or facts) or Miss(
            "kind",
            "I can't set that expectation against the actual figure of the other period:"
            " I have no actual figure of that metric for it.",
            decision.facts,
        )
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.TARGET_MET
        and query.kind in (Kind.TARGET, Kind.FORECAST)
        and len(decision.facts) >= 2
        and decision.facts[1].fact.kind not in (query.kind, Kind.ACTUAL)
    ):
        # "forecast vs actual" where only a target is held: a target is not a forecast
        decision = Miss(
            "kind",
            f"I have no {query.kind.value} for that figure to compare with, only a"
            f" {decision.facts[1].fact.kind.value}.",
            decision.facts[1:2],
        )
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.GROWTH
        and asks.YEAR_ON_YEAR.search(asking.said)
        and not a_year_apart(decision)
    ):
        # "how much did Q4 grow year on year": against the same period a year before,
        # never the quarter before it
        decision = Miss(
            "comparison",
            "I don't have the same period a year earlier to compare it with.",
            decision.facts[:1],
        )
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.DIFFERENCE
        and asks.SHARE_OF.search(asking.said)
        and decision.facts[0].fact.unit != "percent"
        and carved_part(decision.facts) is not None
    ):
        # "what share of 2025 GMV came in Q4", Q4 only implied (the year less nine months):
        # that remainder's share of the year
        decision = replace(decision, intent=Intent.SHARE)
    elif (
        isinstance(decision, Pick)
        and decision.intent in (Intent.VALUE, Intent.GROWTH)
        and asks.SHARE_OF.search(asking.said)
        and decision.facts[0].fact.unit != "percent"
    ):
        # "what % of its H1 units came from Europe": a share, never the part's level;
        # "what share of FY25 revenue came in H1": a period's share of the year holding it
        named = share_of_longer_period(query, decision, asking.pool() or facts)
        if named is None and asking.by_entity:
            named = share_of(query, asking.pool())
        decision = named or _share(store, decision.facts[0], asking.scope, asking.vocab)
    elif (
        isinstance(decision, Miss)
        and decision.reason == "period"
        and asking.by_entity
        and asks.SHARE_OF.search(asking.said)
        and query.metrics
        and query.reading is not None
        and is_share(query.metrics[0], asking.vocab)
    ):
        # "Indonesia's share of Q2 GMV", the share stated only for other periods: worked
        # out from the two levels of that period, where both are held (read as a level's
        # question: "share" names no level)
        levels = [h for h in query.reading.candidates if h.metric.unit != "percent"]
        named = share_of(replace(query, metrics=levels[:1]), asking.pool()) if levels else None
        if isinstance(named, Pick) and _part_of_share(query.metrics[0].metric.name, named):
            decision = named
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.VALUE
        and decision.facts[0].fact.kind is Kind.ACTUAL
        and (
            asks.SINCE_LAUNCH.search(asking.said)
            or (
                asks.CUMULATIVE.search(asking.said)
                and (not query.periods or asks.AT_A_DAY.search(asking.said))
            )
        )
        and not running_total(decision.facts[0])
    ):
        # "how many has it sold since launch": a running total, never one quarter's; the
        # latest held where no period is said; "cumulative at the end of FY25": a later
        # running total less what was counted since
        pool = asking.pool() or facts
        totals = _running_totals_of(decision.facts[0], pool)
        if query.periods:  # ("cumulative up to 31 December 2025": the total ending that day)
            end = decision.facts[0].fact.period.end
            totals = [v for v in totals if v.fact.period.end == end]
        before = running_total_before(decision.facts[0], pool) if query.periods else None
        decision = (
            replace(decision, facts=(totals[-1],))
            if totals
            else Pick(Intent.DIFFERENCE, before)
            if before
            else Miss(
                "period",
                "I have no running total since launch of that figure.",
                decision.facts[:1],
            )
        )
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.VALUE
        and query.periods
        and asks.BEFORE_IT_BEGAN.search(asking.said)
        and decision.facts[0].fact.kind is Kind.ACTUAL
        and decision.facts[0].fact.unit != "percent"
        and not running_total(decision.facts[0])
    ):
        # "how many had it mailed before fiscal 2025 started": the running total to the
        # day that year began, never the year's own figure
        before = running_total_before_start(decision.facts[0], asking.pool() or facts)
        decision = (
            Pick(Intent.DIFFERENCE, before)
            if before
            else Miss(
                "period",
                "I have no running total to the start of that period.",
                decision.facts[:1],
            )
        )
    if isinstance(decision, Pick) and _answers_with_the_part_left_out(decision, asking):
        # "cards in force that were NOT premium": never the premium cards themselves, nor
        # their change ("premiums written outside Switzerland": never Switzerland's)
        decision = Miss(
            "comparison",
            "I can't take that part out of the whole with the figures I hold.",
            decision.facts,
        )
    if (
        isinstance(decision, Pick)
        and len(decision.facts) == 2
        and len({v.fact.metric for v in decision.facts}) == 2
        and asks.several_taken_out(asking.said)
    ):
        # "cigarette volume outside Europe and the Americas": the whole less every part
        # listed, never one part less another (nor the whole less one of them)
        decision = Miss(
            "comparison",
            "I can take only one part I hold out of a whole at a time; ask for each part.",
            decision.facts[:1],
        )
    if (
        isinstance(decision, Pick)
        and decision.intent is Intent.VALUE
        and decision.facts[0].fact.value_high is None
        and len({m.ref for m in query.periods}) <= 1
        and asks.added_up(asking.said, decision.facts[0].fact.metric)
    ):
        # "the combined Eagle Ford + GoM output": a sum of two lines, never one of them
        # alone ("Q1 + Q2" may be a half stated whole: two periods, one figure)
        decision = Miss(
            "comparison",
            "I can only add up figures I hold for each part named; I have only one of them.",
            decision.facts[:1],
        )
    return decision


def _answers_with_the_part_left_out(decision: Pick, asking: Asking) -> bool:
    """Does DECISION answer with the part the question leaves out: its one figure, or
    (where a part is left out of a whole, as typed) that part's change? "A minus B" of
    one figure over two periods leaves no part out, nor does "ex-cage cost"."""
    if decision.intent is Intent.VALUE and len(decision.facts) == 1:
        return _the_part_taken_out(decision.facts[0].fact.metric, asking.said)
    return (
        decision.intent is Intent.GROWTH
        and asks.leaves_out(asking.said)
        and all(
            _the_part_taken_out(v.fact.metric, said, parts_only=True)
            for v in decision.facts
            for said in (asking.said, asking.text)
        )
    )


def _the_part_taken_out(metric: str, said: str, *, parts_only: bool = False) -> bool:
    """Is METRIC the part the question takes out ("NOT premium" of "premium cards in
    force", "outside Switzerland" of "Switzerland Non-Life premiums"), rather than a
    figure named with it left out ("revenue excluding fuel surcharge")?"""
    taken = asks.words_taken_out(said)
    if not taken or _leaves_out_in_its_name(metric, taken):
        return False
    named = taken & set(name_lemmas(metric)) - FUNCTION_WORDS
    # (PARTS_ONLY: a part named by its own words, never the measure's: the "cost" of
    # "ex-cage cost" is what is asked)
    return bool(named - reporting.phrase_words() if parts_only else named)


def _leaves_out_in_its_name(metric: str, taken: frozenset[str]) -> bool:
    """Does METRIC's own name leave out a word TAKEN ("revenue excluding *fuel*
    surcharge"), rather than hold a "non-" of something else ("Switzerland Non-Life
    premiums", of which Switzerland is taken out)?"""
    return any(
        taken & set(name_lemmas(metric[m.end() :])) for m in _LEFT_OUT_IN_NAME.finditer(metric)
    )


# a name that says what it leaves out: "revenue excluding fuel surcharge", "non-GAAP EPS"
_LEFT_OUT_IN_NAME = patterns.compile(
    r"\b(?:ex|excl|exclud\w*|non|without|less|other\s+than|outside)\b", re.IGNORECASE
)


def _toward_the_original(query: Query, decision: Decision, facts: list[FactView]) -> Decision:
    """'How many more to reach the original goal', 'growth implied by the original plan':
    progress or growth toward the goal as first stated, never as it stands after its
    revisions; a goal first set as one figure and later as a range is the one figure
    ("9m revenue vs the original 1.15bn target")."""
    if (
        not isinstance(decision, Pick)
        or decision.intent not in (Intent.PROGRESS, Intent.GROWTH)
        or query.revision is not Revision.ORIGINAL
        or len(decision.facts) < 2
    ):
        return decision
    goals = [v for v in decision.facts if v.fact.kind in (Kind.TARGET, Kind.FORECAST)]
    if not goals or len(goals) == len(decision.facts):
        return decision  # (a goal's own revision, goal against goal, is read elsewhere)
    goal = goals[0].fact
    named = RANGE_END.sub("", goal.metric)
    stated = [
        v
        for v in facts
        if v.fact.kind is goal.kind
        and v.fact.entity == goal.entity
        and v.fact.period == goal.period
        and RANGE_END.sub("", v.fact.metric) == named
    ]
    first_day = min((v.fact.as_of for v in stated), default=None)
    first = sorted(
        (v for v in stated if v.fact.as_of == first_day), key=lambda v: (v.fact.metric, v.revision)
    )
    if not first or first == sorted(goals, key=lambda v: (v.fact.metric, v.revision)):
        return decision
    if decision.intent is Intent.GROWTH and len(first) != len(goals):
        return decision  # (a growth to a range's ends is no growth to one figure)
    at = decision.facts.index(goals[0])
    rest = [v for v in decision.facts if v not in goals]
    return replace(decision, facts=(*rest[:at], *first, *rest[at:]))


def _share(store: FactStore, part: FactView, scope: str, vocab: Vocabulary) -> Decision:
    """A region's figure as a share of the whole company's: the share the store states
    ('Europe share of units sold'), else worked out from the two levels, else a Miss."""
    p = part.fact
    names = share_names(p.metric)
    ids = [i for i in (vocab.metric_id(n) for n in names) if i is not None]
    entity = vocab.entity_id(p.entity)
    read = store.facts_for(scope, entity_ids=[entity], metric_ids=ids) if ids else []  # type: ignore[list-item]
    if p.value <= 0:  # (a loss is no share of a profit)
        said = f"I have {fact_label(part)}: a loss, so I can't give it as a share of a whole."
    else:
        said = (
            f"I have {fact_label(part)}, but not the whole it is a part of for that period, "
            "so I can't give its share."
        )
    return share_of_whole(part, read) or Miss("comparison", said, (part,))


def _part_of_share(share: str, worked_out: Pick) -> bool:
    """Is the part WORKED_OUT sets over its whole the one the stated SHARE's name is of
    ("Java" of "Java share of GMV"), never another line's level?"""
    part, _, _ = share.lower().partition(" share of ")
    return set(name_lemmas(part)) <= set(name_lemmas(worked_out.facts[0].fact.metric))


def _in_currency_asked(query: Query, decision: Decision) -> Decision:
    """'revenue in SEK' answered only by figures stated in kronor: a company may state
    one metric in two currencies over the years, and a figure in another is a conversion
    nobody stated (the metric's name saying the currency, "USD revenue", is its own)."""
    if not isinstance(decision, Pick) or query.reading is None:
        return decision
    said = {c for c in currencies_said(query.reading) if is_currency_code(c)}
    other = sorted(
        {
            v.fact.unit
            for v in decision.facts
            if is_currency_code(v.fact.unit) and v.fact.unit not in said
        }
    )
    if not said or not other:
        return decision
    return Miss(
        "currency",
        f"I have that figure only in {', '.join(other)}, not in the currency you named.",
        decision.facts[:1],
    )


def _a_count_asked_in_money(
    store: FactStore, query: Query, decision: Decision, asking: Asking
) -> Decision:
    """'The order book in tenge' of an order book held in wagons: a count is no amount of
    money. Only a currency the company reports in, with no amount said ("$100k customers"
    name a threshold; "pounds" of a company reporting dollars are weight)."""
    if (
        not isinstance(decision, Pick)
        or query.reading is None
        or query.amounts
        or not all(v.fact.unit == "units" for v in decision.facts)
        or not amount_in_currency(query.reading)
    ):
        return decision
    said = {c for c in currencies_said(query.reading) if is_currency_code(c)}
    entity = asking.vocab.entity_id(decision.facts[0].fact.entity)
    revenue = [m for m, family in asking.vocab.metric_families.items() if family == "revenue"]
    if entity is None or not revenue:
        return decision
    held = store.units_having(asking.scope, [entity], revenue)  # (the currency it reports in)
    if not said & {unit for units in held.values() for unit in units}:
        return decision
    return Miss(
        "currency",
        "I have that figure only as a count, not as an amount in the currency you named.",
        decision.facts[:1],
    )


def another_metric_holding(query: Query, decision: Decision, asking: Asking) -> Decision:
    """'Its September 2026 capacity target' where "capacity" fits a cell capacity and a module
    capacity alike and only the module capacity has a target for that date: of the
    company's metrics that explain the question's words as well as the one chosen, the
    one with a figure of the kind and period asked, when the chosen one has none (exactly
    one other; else the miss stands)."""
    if isinstance(decision, Pick):
        return _a_level_rather_than_a_flow(query, decision, asking)
    if not isinstance(decision, Miss):
        return decision
    variety = variety_holding_expectation(query, decision, asking)
    if variety is not None:
        return variety
    if decision.reason == "period" and _at_a_day(query, asking.said):
        # "beds at the end of 2024": of the figures the words name alike, the one counted
        # at that day ("operational beds"), never a flow of them ("beds sold")
        return _a_level_at_the_day(query, decision, asking)
    if decision.reason != "kind":
        return decision
    if not asking.by_entity or query.intent is not Intent.VALUE or query.amounts:
        return decision  # (a figure set against another needs both of one series)
    if _sets_against(asking.said):
        return decision  # ("how far did the actual top the 4.5 ceiling")
    if query.reading is None or not query.metrics:
        return decision
    return _the_one_holding(query, _named_alike(query), asking) or decision


_COUNT_AND_MONEY = {"units", "money"}


def _measure(hit: MetricHit) -> str:
    return reporting.measure_of_unit(hit.metric.unit or "units")


def _named_alike(query: Query) -> list[tuple[MetricHit, ...]]:
    """The other metrics the question's words explain exactly as the chosen one's do, each
    as a series of one; never a count for money or money for a count ("revenue passenger
    miles" for "operating revenue"; a rate may be either's: "the cage-free target" of
    hens is a share)."""
    top = query.metrics[0]
    others = {
        h.metric.id: (h,)
        for h in query.reading.candidates  # type: ignore[union-attr]
        if h.metric.id != top.metric.id
        and h.explained == top.explained
        and {_measure(top), _measure(h)} != _COUNT_AND_MONEY
    }
    return list(others.values())


def _at_a_day(query: Query, said: str) -> bool:
    """Does the question ask for a figure as it stood at a day ("at the end of 2024", "at
    31 Dec 2024")?"""
    one_day = any(
        isinstance(m.ref, ExactRef) and m.ref.period.start == m.ref.period.end
        for m in query.periods
    )
    return (
        bool(asks.AT_A_DAY.search(said))
        or bool(_END_OF.search(said))
        or (one_day and bool(_AT.search(said)))
    )


_AT = patterns.compile(r"\b(?:at|on|as\s+of)\s+(?:the\s+)?\d", re.IGNORECASE)
# "fleet end of 2023", "stores end-FY24": a year's end said with no preposition before it
_END_OF = patterns.compile(
    r"\bend(?:[-\s]+of)?[-\s]+(?:the\s+)?(?:fy|year\s+)?['‘’]?\d", re.IGNORECASE
)


def _a_level_rather_than_a_flow(query: Query, pick: Pick, asking: Asking) -> Decision:
    """'Fleet end of 2023' where "fleet" names the fleet's utilisation over the year and
    the vessels in it at the year's end alike: the one figure counted at the day asked,
    never one over the span that ends on it."""
    if (
        pick.intent is not Intent.VALUE
        or len(pick.facts) != 1
        or pick.facts[0].fact.period.days <= 1
        or not asking.by_entity
        or query.reading is None
        or not query.metrics
        or not _at_a_day(query, asking.said)
    ):
        return pick
    found = _the_one_holding(query, _named_alike(query), asking)
    if found is None or any(v.fact.period.days > 1 for v in found.facts):
        return pick
    return found


def _a_level_at_the_day(query: Query, decision: Miss, asking: Asking) -> Decision:
    """DECISION, or the one figure of another metric the question's words name as well as
    the one chosen that was counted at the day asked."""
    if not asking.by_entity or query.intent is not Intent.VALUE or query.reading is None:
        return decision
    if not query.metrics:
        return decision
    found = _the_one_holding(query, _named_alike(query), asking)
    if found is None or any(v.fact.period.days > 1 for v in found.facts):
        return decision
    return found


def additions_from_levels(
    store: FactStore, query: Query, decision: Decision, asking: Asking
) -> Decision:
    """'Net adds in Q1 FY26' where the company states its subscriber net additions for
    other quarters only, and its subscribers at each quarter's end: the change of the
    level over the period, each end cited. Only for a metric named as its level's net
    additions ("premium subscriber net additions" of "premium subscribers")."""
    if (
        not isinstance(decision, Miss)
        or decision.reason != "period"
        or not asking.by_entity
        or not asking.named
        or not query.metrics
        or query.intent is not Intent.VALUE
    ):
        return decision
    top = query.metrics[0]
    stem = _NET_ADDITIONS.sub(" ", top.metric.name).strip()
    if stem == top.metric.name.strip() or not stem:
        return decision
    # the level's own name: the stem, or its plural ("premium subscriber" -> "...s")
    ids = [asking.vocab.metric_id(name) for name in (stem, f"{stem}s", f"{stem}es")]
    found = [i for i in ids if i is not None]
    if len(found) != 1:
        return decision
    level = asking.vocab.metrics[found[0]]
    own = store.facts_for(asking.scope, entity_ids=asking.named, metric_ids=found)
    if not own or any(v.fact.period.days != 1 for v in own):
        return decision  # (a level is held at dates)
    picked = select(replace(query, metrics=(replace(top, metric=level),)), own)
    return picked if isinstance(picked, Pick) and len(picked.facts) == 2 else decision


# A metric named as its level's net additions: "premium subscriber net additions"
_NET_ADDITIONS = patterns.compile(r"\s*\bnet\s+(?:additions?|adds)\b\s*", re.IGNORECASE)


def kind_held_elsewhere(query: Query, decision: Decision, asking: Asking) -> Decision:
    """'Is the 2025 sales target still 14bn?' where "sales" names revenue (guided by a
    forecast only) and property sales (with a target) alike: the one figure holding the
    kind said, never the other's expectation of another kind. DECISION as it is else."""
    if not isinstance(decision, Pick) or query.kind not in (Kind.TARGET, Kind.FORECAST):
        return decision
    if not asking.by_entity or query.reading is None or not query.metrics:
        return decision
    kinds = {v.fact.kind for v in decision.facts}
    if query.kind in kinds or Kind.ACTUAL in kinds:
        return decision
    # (only where the words name the other figure as written and the chosen one only by
    # its family: "sales" of "property sales" and of revenue; never "revenue" of revenue
    # and of "defence revenue", whose target stands for the guidance asked)
    said = {query.reading.tokens[i].lemma for i in query.metrics[0].explained}
    if said <= set(name_lemmas(query.metrics[0].metric.name)):
        return decision
    as_written = [h for h in _named_alike(query) if said <= set(name_lemmas(h[0].metric.name))]
    return _the_one_holding(query, as_written, asking, kind=query.kind) or decision


def _the_one_holding(
    query: Query,
    series: Iterable[tuple[MetricHit, ...]],
    asking: Asking,
    expected: bool = False,
    kind: Kind | None = None,
) -> Pick | None:
    """Of SERIES (each the hits of one figure: a metric, or a range's two end metrics), the
    one whose figures answer QUERY, when exactly one does (EXPECTED: with no actual; KIND:
    its figure of that kind, never one of another kind standing in for it)."""
    pool = asking.pool()
    found = []
    for hits in series:
        ids = {h.metric.id for h in hits}
        own = [v for v in pool if asking.vocab.metric_id(v.fact.metric) in ids]
        picked = select(replace(query, metrics=hits), own) if own else None
        if not isinstance(picked, Pick):
            continue
        if expected and any(v.fact.kind is Kind.ACTUAL for v in picked.facts):
            continue
        if kind is not None and picked.facts[0].fact.kind is not kind:
            continue
        found.append(picked)
    return found[0] if len(found) == 1 else None


def variety_holding_expectation(query: Query, miss: Miss, asking: Asking) -> Pick | None:
    """'Its FY26 growth outlook' where net sales growth has no forecast and only like-for-like
    net sales growth has one; 'the Q4 revenue guidance' of a company that guides revenue in
    US dollars: an expectation asked of a figure that has none for the period, held by
    exactly one variety of it on another basis (qualifiers, bases, a change of it, a
    currency; never a line, product or region of it). The answer names the variety."""
    if miss.reason not in ("kind", "period") or query.reading is None or not query.metrics:
        return None
    expecting = query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected
    if not (expecting or query.range_end or asking.midpoint) or query.kind is Kind.ACTUAL:
        return None
    growth = query.intent is Intent.GROWTH and len(query.periods) <= 1
    if not (query.intent in (Intent.VALUE, Intent.RANGE) or growth):
        return None
    if query.amounts or not asking.by_entity or _sets_against(asking.said):
        return None  # ("how much better than guided": the actual against its own goal)
    top = query.metrics[0]
    # ("the sales growth outlook" of sales: a growth figure stated as such, its own series)
    percent = growth or top.metric.unit == "percent"
    in_currency = bool(currencies_said(query.reading))  # ("revenue guidance in dollars")
    groups: dict[str, tuple[MetricHit, ...]] = {}
    for hit in query.reading.candidates:
        base = RANGE_END.sub("", hit.metric.name)
        if hit.explained >= top.explained and (
            (
                (hit.metric.unit == "percent") == percent
                and on_another_basis(base, RANGE_END.sub("", top.metric.name))
            )
            # ("the FY25 yield guidance" of a company guiding only its yields' change)
            or (not percent and not in_currency and _a_change_of(hit, top, asking))
        ):
            end = RANGE_END.search(hit.metric.name)
            if not query.range_end or (end and end[1].lower() == query.range_end):
                groups[base] = (*groups.get(base, ()), hit)  # (the end asked, if one is)
    asked = replace(query, intent=Intent.VALUE) if growth else query
    return _the_one_holding(asked, groups.values(), asking, expected=True)


def _a_change_of(hit: MetricHit, top: MetricHit, asking: Asking) -> bool:
    """Is HIT a percentage change of TOP's measure ("net yields change" of "net yield per
    passenger cruise day"): every word of its name but the change's and the basis's is a
    word of TOP's? Never another measure's change ("room nights booked growth" of
    bookings)."""
    family = asking.vocab.metric_families.get(hit.metric.id)  # type: ignore[arg-type]
    if hit.metric.unit != "percent" or family is None:
        return False
    if not reporting.family(family).states_change:
        return False
    # (the change's and the basis's words: "growth", "change", "constant currency")
    own = set(name_lemmas(RANGE_END.sub("", hit.metric.name))) - set(reporting.basis_words())
    return bool(own) and own <= set(name_lemmas(top.metric.name))


def _sets_against(said: str) -> bool:
    """Does the question set one figure against another ('than', 'vs', 'beat')? (Never the
    "top" of "the top end of the range".)"""
    verbs = _TOP_END.sub(" ", said)
    return bool(asks.compares(said) or asks.OUTDID.search(verbs) or asks.derive(said)) or (
        " than " in said
    )


_TOP_END = patterns.compile(r"\btop\s+(?:end|of)\b", re.IGNORECASE)


def on_another_basis(name: str, base: str) -> bool:
    """Is NAME the figure BASE on another basis ('like-for-like net sales growth', 'revenue
    in US dollars', 'gross margin change' of 'net sales growth', 'revenue', 'gross
    margin'), never a line, product or region of it ('Retail revenue', 'Europe revenue')?"""
    words, own = reporting.normalize(name), reporting.normalize(base)
    if words == own or not set(own) <= set(words) or reporting.regions_in(name):
        return False
    extra = [
        w
        for i, w in enumerate(words)
        if w not in own
        # ("in US dollars": a currency's country says the currency)
        and not (i + 1 < len(words) and words[i + 1] in CURRENCY_WORDS)
    ]
    return all(w in reporting.basis_words() or w in CURRENCY_WORDS or w in _JOINING for w in extra)


_JOINING = frozenset({"in", "for", "of", "on"})  # "like-for-like", "revenue in US dollars"


def _running_totals_of(view: FactView, pool: list[FactView]) -> list[FactView]:
    """The current running totals of VIEW's series (company, metric, kind), the latest last."""
    f = view.fact
    totals = [
        v
        for v in pool
        if v.is_current
        and (v.fact.entity, v.fact.metric, v.fact.kind) == (f.entity, f.metric, f.kind)
        and running_total(v)
    ]
    return sorted(totals, key=lambda v: v.fact.period.end)


def older_than_the_latest(
    store: FactStore, query: Query, decision: Decision, asking: Asking
) -> Decision:
    """'Net adds last qtr' where the company's latest quarter (its other figures' Q3)
    has no net adds and Q2 has: "last quarter" is the company's latest quarter, so an
    older one never answers it; what is missing is said instead."""
    if (
        not isinstance(decision, Pick)
        or decision.intent is not Intent.VALUE
        or decision.facts[0].fact.kind is not Kind.ACTUAL
        or len(query.periods) != 1
        or not query.entity_ids
        or query.anchor is not None  # ("and the previous quarter?": before the last answer's)
    ):
        return decision
    unit = _latest_part_asked(query.periods[0])
    picked = decision.facts[0].fact.period
    if unit is None or picked.months != UNIT_MONTHS[unit]:
        return decision
    held = store.actual_periods(asking.scope, query.entity_ids)
    latest = max((p for p in held if p.months == picked.months), key=lambda p: p.end, default=None)
    if latest is None or picked.end >= latest.end:
        return decision
    metric = decision.facts[0].fact.metric
    return Miss(
        "period",
        f"I don't have the {metric} for the latest {unit} ({latest.start:%b %Y} – "
        f"{latest.end:%b %Y}); the latest {unit} I have it for ends {picked.end:%d %b %Y}.",
        decision.facts,
    )


def _latest_part_asked(mention: PeriodMention) -> str | None:
    """The part of a year ("quarter", "half", "month") MENTION asks the latest of ("last
    quarter", "the most recent half", "this month"), or None."""
    ref = mention.ref
    if isinstance(ref, LatestRef) and ref.unit in _PARTS:
        return ref.unit
    if (
        isinstance(ref, RelativeRef)
        and ref.base is None
        and ref.steps == -1
        and ref.span is None
        and ref.unit in _PARTS
        and not COUNTED_FROM_NOW.search(mention.text)  # ("a quarter ago", "two back")
    ):
        return ref.unit
    return None


_PARTS = ("quarter", "half", "month")
