"""The Engine: the one way every front door asks a question.

    engine = Engine(store)
    answer = engine.ask("how many phones did sony sell in fy13?", scope="shared")

It reads the store but never writes to it, except to log questions it could not answer
when asked to (`log_misses`), so admins can see what people want that the store lacks.
"""

from __future__ import annotations

import calendar
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bot.answering import asks
from bot.answering.answer import Answer, Status
from bot.answering.compose import compose, unknown
from bot.answering.match import Choice, Decision, Miss, Pick, select
from bot.answering.phrases import calendar_of, fact_label, possessive, short_when, when
from bot.answering.understand import (
    MAX_QUESTION_LENGTH,
    Intent,
    Query,
    Revision,
    settle,
    understand,
)
from bot.answering.vocabulary import MetricHit, Vocabulary
from bot.answering.words import SOURCE_WORDS, lemmas
from bot.facts import reporting
from bot.facts.model import SHARED_SCOPE, FactView, Kind, Period, Quantity, SalesBotError
from bot.facts.periods import (
    ExactRef,
    HalfRef,
    PeriodMention,
    PeriodRef,
    QuarterEndingRef,
    QuarterRef,
    YearRef,
    resolve,
)
from bot.facts.quantities import format_quantity
from bot.facts.store import FactStore

# How many companies a question that names none may be about before we ask which.
MAX_ENTITIES_WITHOUT_NAME = 6
# How many recent facts an "I don't have that" answer looks at to say what the store has.
OVERVIEW_SIZE = 100
# "more … than", "fewer … than": two figures compared, which a one-figure answer is not.
_THAN_BEFORE = re.compile(
    r"\bthan\s+(?:in\s+|during\s+)?(?:a\s+year\s+(?:before|earlier|ago)|last\s+year|"
    r"the\s+(?:year|quarter|period|half)\s+(?:before|earlier)|the\s+(?:prior|previous|same)\b|"
    r"(?:a|one)\s+(?:year|quarter)\s+(?:before|earlier|ago))",
    re.I,
)
_COMPARISON = re.compile(r"\b(?:more|fewer|less|higher|lower|bigger|smaller)\b.*\bthan\b", re.I)


class QuestionError(SalesBotError):
    """The question itself cannot be asked (empty, too long)."""


def check_question(question: str) -> str:
    text = " ".join((question or "").split())
    if not text:
        raise QuestionError(
            "Ask a question, for example: how many phones did Sony sell in fiscal 2013?"
        )
    if len(text) > MAX_QUESTION_LENGTH:
        raise QuestionError(
            f"That question is too long ({len(text)} characters; "
            f"the limit is {MAX_QUESTION_LENGTH})."
        )
    return text


class Engine:
    def __init__(self, store: FactStore) -> None:
        self.store = store
        self._vocabularies: dict[str, tuple[int, Vocabulary]] = {}
        self._lock = threading.Lock()

    def vocabulary(self, scope: str = SHARED_SCOPE) -> Vocabulary:
        """The scope's names, rebuilt only when the store has changed since."""
        generation = self.store.generation()
        with self._lock:
            cached = self._vocabularies.get(scope)
            if cached is None or cached[0] != generation:
                vocab = Vocabulary(self.store.entities(scope), self.store.metrics(scope))
                cached = (generation, vocab)
                self._vocabularies[scope] = cached
            return cached[1]

    def understand(self, question: str, scope: str = SHARED_SCOPE) -> Query:
        return understand(check_question(question), self.vocabulary(scope))

    def ask(self, question: str, scope: str = SHARED_SCOPE, *, log_misses: bool = False) -> Answer:
        """Answer QUESTION from what SCOPE can see. Raises QuestionError for an unaskable one."""
        return self.answer(self.understand(question, scope), scope, log_misses=log_misses)

    def answer(
        self, query: Query, scope: str = SHARED_SCOPE, *, log_misses: bool = False
    ) -> Answer:
        """Answer a question already understood (front doors that look at the Query first
        need not have it understood twice)."""
        answer = self._answer(query, scope)
        if log_misses and answer.status is not Status.ANSWERED:
            self.store.log_question(query.text, scope=scope, status=answer.status.value)
        return answer

    def _answer(self, query: Query, scope: str) -> Answer:
        text = query.text
        vocab = self.vocabulary(scope)
        if query.reading is not None:
            folded = _part_of_year(query.reading.text, query.reading.periods)
            if folded != query.reading.periods:
                query = settle(replace(query.reading, periods=folded), vocab)
        names = [vocab.entities[i].name for i in query.entity_ids]
        entity_facts: list[FactView] | None = None
        if query.entity_ids and query.reading is not None and query.candidate_metric_ids:
            # Choose the metric among those the named companies have figures for: another
            # company's metric ("smartphones sold") must never explain a question's words.
            entity_facts = self.store.facts_for(
                scope,
                entity_ids=list(query.entity_ids),
                metric_ids=list(query.candidate_metric_ids),
            )
            available = {vocab.metric_id(v.fact.metric) for v in entity_facts}
            query = settle(query.reading, vocab, available)  # type: ignore[arg-type]
            query = _named_in_full(query, vocab, available)  # type: ignore[arg-type]
            query = _by_own_name(query, available)  # type: ignore[arg-type]
        if query.unexplained and query.periods:
            # words a period took in after the grammar ("1h" in "1H FY3/25") are explained
            said = " ".join(m.text.lower() for m in query.periods).split()
            query = replace(query, unexplained=tuple(w for w in query.unexplained if w not in said))
        idle = _idle_guesses(query)
        if idle:
            query = replace(query, unexplained=query.unexplained + idle)
        if query.unexplained and entity_facts is not None and asks.share(query.unexplained):
            # "what share of its 2024 deliveries were K3s": one named figure of another
            share = _share(query, entity_facts)
            if share is not None:
                return compose(text, share)
        if query.unexplained and entity_facts is not None and asks.gap(query.unexplained):
            # "the gap between gross and net orders": two named figures, one less the other
            apart = _between_named(query, entity_facts)
            if apart is not None:
                return compose(text, apart)
        midpoint = bool(query.unexplained) and asks.midpoint(query.unexplained)
        if midpoint:
            query = replace(query, unexplained=())
        if query.unexplained:
            return self._unexplained(text, query, names, scope)
        unread = _unread_year(query)
        if unread is not None:
            # "H1 FY3/25" read as a bare "H1": the latest first half would be some other
            # year's. Better to say so than to answer about the wrong year.
            overview = self._overview(scope, query.entity_ids)
            return unknown(
                text,
                f"I couldn't tell which period “{unread}” names." + self._holdings(overview),
                self._suggest(overview),
            )
        if query.intent is Intent.VALUE and _THAN_BEFORE.search(text):
            # "how much more did they sell than a year before": one figure against the
            # same figure of an earlier period is growth
            query = replace(query, intent=Intent.GROWTH)
        if query.intent is Intent.VALUE and _COMPARISON.search(text) and entity_facts:
            apart = _between_named(query, entity_facts, before=text.lower().rfind(" than "))
            if apart is not None:  # "how many more cars did they build than they delivered"
                return compose(text, apart)
        if query.intent is Intent.VALUE and _COMPARISON.search(text):
            # "how many more cars did they build than they delivered": a comparison read as
            # one figure would answer with half of it. Say so rather than cite a figure.
            message = "I can't compare those two figures yet; ask for each one on its own."
            overview = self._overview(scope, query.entity_ids)
            return unknown(text, message + self._holdings(overview), self._suggest(overview))
        if query.amounts and (query.intent is Intent.SOURCE or not query.metrics):
            return self._by_amount(text, query, scope)
        if query.metrics:
            metric_ids = [h.metric.id for h in query.metrics]
            if entity_facts is not None:
                chosen = {h.metric.name for h in query.metrics}
                facts = [v for v in entity_facts if v.fact.metric in chosen]
            else:
                entity_ids = list(query.entity_ids) or self.store.entities_having(
                    scope, metric_ids, limit=MAX_ENTITIES_WITHOUT_NAME
                )  # type: ignore[arg-type]
                facts = self.store.facts_for(scope, entity_ids=entity_ids, metric_ids=metric_ids)  # type: ignore[arg-type]
        else:
            facts = self._implied_series(query, scope)
            if not facts:
                return self._no_metric(text, query, names, scope)
        if not facts:
            metric = query.metrics[0].metric.name
            who = possessive(names[0]) + " " if names else ""
            return unknown(
                text,
                f"I don't have {who}{metric} figures.",
                self._suggest(self._overview(scope, query.entity_ids)),
            )
        if (
            query.intent is Intent.GROWTH
            and len(query.periods) <= 1
            and (query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected)
            and asks.actual(text)
        ):
            # "the difference between the FY2024 forecast and the actual": one period, two
            # kinds — the actual against its expectation, never last year's figure
            query = replace(query, intent=Intent.TARGET_MET)
        query = _weeks_to(query, facts)
        if not query.periods and _FULL_YEAR.search(text):
            # "comparable sales for the full year": the latest year, never the latest quarter
            facts = [v for v in facts if v.fact.period.months >= 12]
        decision = select(query, facts)
        revising = query.mentions_change or asks.changed(text)
        if isinstance(decision, Miss) and query.intent is Intent.TARGET_MET:
            as_value = select(replace(query, intent=Intent.VALUE), facts)
            ranged = _progress_to_range(query, entity_facts or facts)
            if ranged is not None and asks.progress(text):
                decision = ranged
            elif revising and (asks.size(text) or asks.revision_month(text)):
                # "how big a cut did they make to the guidance": the revision, not a verdict
                decision = select(replace(query, intent=Intent.VALUE, mentions_change=True), facts)
            elif isinstance(as_value, Pick) and as_value.intent is Intent.RANGE:
                # "did they hit the raised outlook" where the outlook is a range
                decision = _within_range(as_value, entity_facts or facts) or decision
            elif isinstance(as_value, Pick) and _END.search(as_value.facts[0].fact.metric):
                # "by how much did they beat the top of the outlook": against that end
                end = as_value.facts[0]
                actual = _actual_of(end, entity_facts or facts)
                if actual is not None:
                    decision = Pick(Intent.TARGET_MET, (actual, end))
        if isinstance(decision, Miss) and entity_facts is not None:
            decision = self._growth_from_levels(query, entity_facts, vocab) or decision
        decision = _stated_in_month(query, decision, facts) or decision
        decision = self._accounted(query, decision, facts, entity_facts or facts, vocab)
        if midpoint and not (isinstance(decision, Pick) and decision.intent is Intent.RANGE):
            decision = Miss("comparison", "I have no range for that figure to take a midpoint of.")
        answer = compose(text, decision)
        if isinstance(decision, Miss):
            nearby = list(decision.nearby) or facts
            return unknown(text, answer.text, self._suggest(nearby))
        return answer

    def _accounted(
        self,
        query: Query,
        decision: Decision,
        facts: list[FactView],
        pool: list[FactView],
        vocab: Vocabulary,
    ) -> Decision:
        """The decision, if it accounts for every derivation the question asks; else a
        derived answer built from the facts, or a Miss. One stated figure is never the
        answer to 'how much did it change', 'how big was the cut' or 'X excluding Y'."""
        if asks.excluding_at(query.text) is not None and query.metrics:
            less = _less_part(query, pool)
            if less is not None:
                return less
        if not isinstance(decision, Pick):
            return decision
        main = decision.facts[0]
        alone = len(decision.facts) == 1
        if decision.intent is Intent.RANGE and asks.within(query.text):
            # "did revenue land within its guidance range": the actual against both ends
            return _within_range(decision, pool, within=True) or Miss(
                "comparison",
                f"I have {fact_label(main)} but no actual figure for {when(main)} to compare.",
                decision.facts,
            )
        if decision.intent is Intent.VALUE and main.fact.period.days == 1 and asks.adds(query.text):
            # "how many subscriptions did they add": a change of a count, never the count
            growth = select(replace(query, intent=Intent.GROWTH), facts)
            if isinstance(growth, Pick):
                return growth
            return Miss(
                "comparison",
                f"I have {fact_label(main)}, but not the count at the start of that span.",
                (main,),
            )
        one_statement = (decision.intent is Intent.VALUE and alone) or (
            decision.intent is Intent.RANGE and len(decision.facts) == 2
        )
        if one_statement and query.revision in (Revision.ORIGINAL, Revision.PREVIOUS):
            revised = _revised_sibling(main, pool)
            if not query.periods and revised is not None:
                # "the top of the original guidance" with no period: the figure that was
                # revised is another period's; this end's latest is no one's original
                return Miss(
                    "revision",
                    f"{fact_label(main)} was stated once; the figure that was revised is "
                    f"{fact_label(revised)}. Which period do you mean?",
                    (main, revised),
                )
            earlier = _stated_before_as_another(main, pool)
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
        changed = query.mentions_change or asks.changed(query.text)
        if decision.intent is Intent.VALUE and changed and alone:
            is_change = vocab.metric_families.get(vocab.metric_id(main.fact.metric)) == "growth"  # type: ignore[arg-type]
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
            if main.fact.kind is not Kind.ACTUAL and asks.size(query.text):
                return _one_statement(main)
        if (
            decision.intent is Intent.RANGE
            and changed
            and asks.size(query.text)
            and len(decision.facts) < 3  # no earlier statement of the figure
        ):
            return _one_statement(main)
        return decision

    @staticmethod
    def _growth_from_levels(
        query: Query, entity_facts: list[FactView], vocab: Vocabulary
    ) -> Pick | None:
        """'deliveries growth 2024 vs 2023' when the stated change ('vehicle deliveries
        change') lacks that period: the growth computed from the two levels, citing both."""
        changes = {
            h.metric.id
            for h in query.metrics
            if vocab.metric_families.get(h.metric.id) == "growth"  # type: ignore[arg-type]
        }
        if not changes or query.reading is None:
            return None
        available = {vocab.metric_id(v.fact.metric) for v in entity_facts} - changes
        levels = settle(query.reading, vocab, available)  # type: ignore[arg-type]
        if not levels.metrics or levels.unexplained or levels.intent is not Intent.GROWTH:
            return None
        chosen = {h.metric.name for h in levels.metrics}
        decision = select(levels, [v for v in entity_facts if v.fact.metric in chosen])
        return decision if isinstance(decision, Pick) else None

    def _by_amount(self, text: str, query: Query, scope: str) -> Answer:
        """'Where does the 39 million figure come from?': the facts stating that amount."""
        if query.metrics:
            views = self.store.facts_for(
                scope,
                entity_ids=list(query.entity_ids) or None,  # type: ignore[arg-type]
                metric_ids=[h.metric.id for h in query.metrics],  # type: ignore[misc]
            )
        else:
            views = self._overview(scope, query.entity_ids, current_only=False)
        found = [v for v in views if any(_same_amount(v, q) for q in query.amounts)]
        if not found:
            wanted = " or ".join(format_quantity(q) for q in query.amounts)
            overview = self._overview(scope, query.entity_ids)
            return unknown(
                text,
                f"I have no figure of {wanted}." + self._holdings(overview),
                self._suggest(overview),
            )
        if query.intent in (Intent.TARGET_MET, Intent.GROWTH, Intent.HISTORY):
            # "how far below its original 2 mn target": the amount names the series
            vocab = self.vocabulary(scope)
            series = {(v.fact.entity, v.fact.metric) for v in found}
            facts = [
                v
                for v in self.store.facts_for(
                    scope,
                    entity_ids=[vocab.entity_id(e) for e, _ in series],  # type: ignore[misc]
                    metric_ids=[vocab.metric_id(m) for _, m in series],  # type: ignore[misc]
                )
                if (v.fact.entity, v.fact.metric) in series
            ]
            decision = select(query, facts)
            if isinstance(decision, Pick):
                return compose(text, decision)
        if len(found) > 1:
            return compose(text, Choice(tuple(found)))
        return compose(text, Pick(Intent.SOURCE, (found[0],)))

    def _implied_series(self, query: Query, scope: str) -> list[FactView]:
        """'what was the original target?', 'did they meet the target?': no metric named,
        but the question says enough (a kind, a revision, a comparison) to pick the
        figures that can answer it. Several such series make the answer ambiguous."""
        wants_kind = query.kind not in (None, Kind.ACTUAL) or query.expected
        says_enough = (
            wants_kind or query.intent is not Intent.VALUE or query.revision is not Revision.CURRENT
        )
        if says_enough:
            expectation = {Kind.TARGET, Kind.FORECAST} if query.kind is None else {query.kind}
            series = {
                (v.fact.entity, v.fact.metric)
                for v in self._overview(scope, query.entity_ids)
                if (
                    v.fact.kind in expectation or (not wants_kind and query.intent is Intent.GROWTH)
                )
                and (query.revision in (Revision.CURRENT, Revision.AS_OF) or v.revisions > 1)
            }
        elif query.units_wanted and query.entity_ids:
            # "how many xperias in q3 2013?": the company's only metric counted in units
            series = {
                (v.fact.entity, v.fact.metric)
                for v in self._overview(scope, query.entity_ids)
                if v.fact.unit in query.units_wanted
            }
            if len(series) != 1:
                return []
        else:
            return []
        if not series:
            return []
        entity_ids = list(query.entity_ids) or list(
            {self.vocabulary(scope).entity_id(name) for name, _ in series}
        )
        return [
            v
            for v in self.store.facts_for(scope, entity_ids=entity_ids, limit=5000)
            if (v.fact.entity, v.fact.metric) in series
        ]

    def _unexplained(self, text: str, query: Query, names: list[str], scope: str) -> Answer:
        words = ", ".join(f"“{w}”" for w in query.unexplained)
        if names and query.metrics:
            metric = query.metrics[0].metric.name
            message = f"I have {possessive(names[0])} {metric}, but nothing about {words}."
        elif names:
            message = f"I don't have anything about {words} for {names[0]}."
        else:
            message = f"I don't have anything about {words}."
        overview = self._overview(scope, query.entity_ids)
        return unknown(text, message + self._holdings(overview), self._suggest(overview))

    def _no_metric(self, text: str, query: Query, names: list[str], scope: str) -> Answer:
        overview = self._overview(scope, query.entity_ids)
        if names:
            message = f"I couldn't tell which of {possessive(names[0])} figures you mean."
        else:
            message = "I couldn't find a company or a figure I know in that question."
        return unknown(text, message + self._holdings(overview), self._suggest(overview))

    def _overview(
        self, scope: str, entity_ids: Sequence[int], *, current_only: bool = True
    ) -> list[FactView]:
        """A sample of what the store holds: for the named entities, else for the first few."""
        if entity_ids:
            views = self.store.facts_for(scope, entity_ids=list(entity_ids), limit=OVERVIEW_SIZE)
        else:
            ids = [e.id for e in self.store.entities(scope)[:MAX_ENTITIES_WITHOUT_NAME]]
            views = self.store.facts_for(scope, entity_ids=ids, limit=OVERVIEW_SIZE) if ids else []  # type: ignore[arg-type]
        return sorted(
            (v for v in views if v.is_current or not current_only),
            key=lambda v: (v.fact.period.end, v.fact.kind is Kind.ACTUAL),
            reverse=True,
        )

    @staticmethod
    def _holdings(views: Sequence[FactView]) -> str:
        by_entity: dict[str, list[str]] = {}
        for v in views:
            metrics = by_entity.setdefault(v.fact.entity, [])
            if v.fact.metric not in metrics:
                metrics.append(v.fact.metric)
        if not by_entity:
            return " The store has no facts yet."
        parts = [f"{name}: {', '.join(metrics)}" for name, metrics in list(by_entity.items())[:3]]
        return " I have figures for " + "; ".join(parts) + "."

    @staticmethod
    def _suggest(views: Sequence[FactView], limit: int = 3) -> tuple[str, ...]:
        """Questions the store can answer, one per figure, most recent first."""
        out: list[str] = []
        for v in views:
            f = v.fact
            kind = "" if f.kind is Kind.ACTUAL else f" {f.kind.value}"
            question = f"{f.entity} {f.metric}{kind} {short_when(v)}"
            if question not in out:
                out.append(question)
            if len(out) == limit:
                break
        return tuple(out)


def _same_amount(view: FactView, amount: Quantity) -> bool:
    """39 million matches 39,000,000 of any unit the question did not name ('units')."""
    f = view.fact
    if amount.unit not in ("units", f.unit):
        return False
    return abs(f.value - amount.value) <= 1e-9 * max(abs(f.value), 1.0)


def _one_statement(view: FactView) -> Miss:
    return Miss(
        "revision",
        f"I have only one statement of that figure: {fact_label(view)}, stated "
        f"{view.fact.as_of.isoformat()}; nothing to measure a revision by.",
        (view,),
    )


def _named_figures(query: Query, pool: list[FactView]) -> list[tuple[MetricHit, FactView]]:
    """Each metric the question names (same unit as the chosen one, not a percentage) with
    the figure it states for the question's period and kind."""
    reading = query.reading
    if reading is None or not query.metrics:
        return []
    chosen = query.metrics[0].metric
    value_of = replace(query, intent=Intent.VALUE)
    picked: list[tuple[MetricHit, FactView]] = []
    asked = {i for i, t in enumerate(reading.tokens) if asks.share((t.text,))}
    for h in reading.candidates:
        if _region_of(h.metric.name) not in (reading.regions or (None,)):
            continue  # a region's figure is never the whole company's, nor another's
        if h.metric.unit != chosen.unit or h.metric.unit == "percent" or h.coverage < 0.5:
            continue
        if h.explained & asked:
            continue  # "share" asks for a share; it does not name "earnings per share"
        decision = select(value_of, [v for v in pool if v.fact.metric == h.metric.name])
        if isinstance(decision, Pick) and decision.intent is Intent.VALUE:
            picked.append((h, decision.facts[0]))
    return picked


def _between_named(query: Query, pool: list[FactView], before: int = -1) -> Pick | None:
    """Two figures the question names, of one company, period and kind, one less the
    other: the one named before 'than' first when the question says 'than', else the
    larger first ('the gap between gross and net orders')."""
    figures = _named_figures(query, pool)
    reading = query.reading
    if reading is None:
        return None
    ahead = {i for i, t in enumerate(reading.tokens) if 0 <= before and t.start < before}
    pairs = [
        (len(a.explained | b.explained), a.coverage + b.coverage, first, second)
        for a, first in figures
        for b, second in figures
        if a.metric.id != b.metric.id
        and not (_END.search(a.metric.name) or _END.search(b.metric.name))
        and (first.fact.entity, first.fact.period, first.fact.kind)
        == (second.fact.entity, second.fact.period, second.fact.kind)
        and (
            ((a.explained - b.explained) & ahead and not (b.explained - a.explained) & ahead)
            if ahead
            else first.fact.value >= second.fact.value
        )
    ]
    if not pairs:
        return None
    _, _, first, second = max(pairs, key=lambda p: (p[0], p[1]))
    return Pick(Intent.DIFFERENCE, (first, second))


def _share(query: Query, pool: list[FactView]) -> Pick | None:
    """The smaller of two named figures of one company, period and kind as a share of the
    larger ('what share of revenue came from cloud'): of the pairs that fit, the one
    whose names account for most of the question's words, then the closest names."""
    figures = _named_figures(query, pool)
    pairs = [
        (len(a.explained | b.explained), a.coverage + b.coverage, part, whole)
        for a, part in figures
        for b, whole in figures
        if (whole.fact.entity, whole.fact.period, whole.fact.kind)
        == (part.fact.entity, part.fact.period, part.fact.kind)
        and whole.fact.value > part.fact.value > 0
    ]
    if not pairs:
        return None
    _, _, part, whole = max(pairs, key=lambda p: (p[0], p[1]))
    return Pick(Intent.SHARE, (part, whole))


def _less_part(query: Query, pool: list[FactView]) -> Decision | None:
    """'net sales excluding game software', 'revenue not from cloud': the group figure
    less the segment's, when the question names both and the store states both for the
    same period and kind. None when the question names only one figure."""
    reading = query.reading
    cue = asks.excluding_at(query.text)
    named = [
        h
        for h in (reading.candidates if reading else ())
        if h.metric.unit == query.metrics[0].metric.unit
        and h.metric.unit != "percent"
        and h.coverage >= 0.5
    ]
    if reading is None or cue is None or len({h.metric.id for h in named}) < 2:
        return None
    after = {i for i, t in enumerate(reading.tokens) if t.start >= cue}
    parts = [h for h in named if h.explained & after]
    if not parts:
        return None
    part = max(parts, key=lambda h: len(h.explained & after))
    figures = _named_figures(query, pool)
    segment = next((v for h, v in figures if h.metric.id == part.metric.id), None)
    wholes = [
        v
        for h, v in figures
        if h.metric.id != part.metric.id
        and segment is not None
        and (v.fact.entity, v.fact.period, v.fact.kind)
        == (segment.fact.entity, segment.fact.period, segment.fact.kind)
        and v.fact.value > segment.fact.value
    ]
    if segment is None or not wholes:
        return Miss(
            "comparison",
            "I don't have both figures for the same period, so I can't take one out of "
            "the other.",
            tuple(v for _, v in figures),
        )
    return Pick(Intent.DIFFERENCE, (wholes[0], segment))


_JOINED = re.compile(r"^[\s,]*(?:of\s+)?(?:the\s+)?$", re.I)


def _part_of_year(text: str, mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'H1 FY3/25', 'the first half of the fiscal year ending March 2025': a half or a
    quarter with no year of its own, right before a whole year, is that part of that year
    (one period), not a second period to compare with."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        before = _PART_BEFORE.search(text, 0, m.start)
        yearly_here = isinstance(m.ref, YearRef) or (
            isinstance(m.ref, ExactRef) and m.ref.period.months == 12
        )
        if before is not None and yearly_here and not (out and out[-1].end > before.start()):
            # "1H FY3/25", "Q2 FY3/24": a part the grammar did not take, before a year
            half = before["h1"] or before["h2"] or {"first": "1", "second": "2"}.get(
                (before["hw"] or "").lower()
            )
            part: PeriodRef = (
                HalfRef(int(half)) if half else QuarterRef(int(before["q1"] or before["q2"]))
            )
            m = PeriodMention(part, before.start(), before.end(), before.group())
            mentions = (*mentions[:i], m, *mentions[i:])
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        part = m.ref
        yearly = nxt is not None and (
            isinstance(nxt.ref, YearRef)
            or (isinstance(nxt.ref, ExactRef) and nxt.ref.period.months == 12)
        )
        if (
            nxt is not None
            and yearly
            and isinstance(part, (HalfRef, QuarterRef))
            and part.year is None
            and _JOINED.match(text[m.end : nxt.start])
        ):
            ref: PeriodRef
            if isinstance(nxt.ref, YearRef):  # the part of that year in the company's calendar
                fiscal = part.fiscal if nxt.ref.fiscal is None else nxt.ref.fiscal
                ref = replace(part, year=nxt.ref.year, fiscal=fiscal)
            else:
                size = 6 if isinstance(part, HalfRef) else 3
                index = part.half if isinstance(part, HalfRef) else part.quarter
                start = _add_months(nxt.ref.period.start, size * (index - 1))  # type: ignore[union-attr]
                end = _add_months(start, size) - timedelta(days=1)
                ref = ExactRef(Period(start, end))
            out.append(PeriodMention(ref, m.start, nxt.end, text[m.start : nxt.end]))  # type: ignore[union-attr]
            i += 2
            continue
        year = _YEAR_AFTER.match(text, m.end)
        if isinstance(part, (HalfRef, QuarterRef)) and part.year is None and year is not None:
            # "q2 2011" where the grammar took only "q2": the year written right after it
            fiscal = {"fy": True, "fiscal": True, "cy": False, "calendar": False}.get(
                (year["cal"] or "").lower()
            )
            ref = replace(part, year=int(year["year"]), fiscal=part.fiscal if fiscal is None else fiscal)
            m = PeriodMention(ref, m.start, year.end(), text[m.start : year.end()])
        out.append(m)
        i += 1
    return tuple(out)


_PART_BEFORE = re.compile(
    r"\b(?:h(?P<h1>[12])|(?P<h2>[12])h|(?P<hw>first|second)\s+half|q(?P<q1>[1-4])|(?P<q2>[1-4])q)"
    r"(?:\s+of)?(?:\s+the)?[\s,]*$",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"[\s,]*(?:of\s+)?(?:the\s+)?(?:(?P<cal>fy|cy|fiscal|calendar)\s*)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    return date(day.year + index // 12, index % 12 + 1, 1)


_FULL_YEAR = re.compile(r"\b(?:full[-\s]?year|annual|whole\s+year|for\s+the\s+year)\b", re.I)


def _idle_guesses(query: Query) -> tuple[str, ...]:
    """Words read as a misspelt lexicon word that then did nothing: 'comp' taken for
    'come' (a source question) in a question stating no amount names something else."""
    reading = query.reading
    if reading is None or query.amounts:
        return ()
    return tuple(
        reading.tokens[i].text
        for i, word in reading.signals
        if word in SOURCE_WORDS and reading.tokens[i].lemma != word
    )


_YEARISH = re.compile(r"\b(?:fy|f|cy)\s?'?\d{1,4}(?:/\d{2,4})?\b|\b(?:19|20)\d\d\b", re.I)


def _unread_year(query: Query) -> str | None:
    """A year the question writes that no period mention took in, beside a period with
    no year of its own ('H1 FY3/25' read as 'H1'): the year that was not understood."""
    if not any(
        isinstance(m.ref, (QuarterRef, HalfRef, QuarterEndingRef)) and m.ref.year is None
        for m in query.periods
    ):
        return None
    rest = query.text
    for m in query.periods:
        rest = rest.replace(m.text, " ")
    found = _YEARISH.search(rest)
    return found.group() if found else None


def _named_in_full(query: Query, vocab: Vocabulary, available: set[int]) -> Query:
    """'comparable sales in fiscal 2023' where the store states comparable sales only as a
    change ('comparable sales change', a percentage): the metric that accounts for more of
    the question's words than the level chosen is the one meant, never plain revenue."""
    reading = query.reading
    if reading is None or not query.metrics:
        return query
    claimed = frozenset().union(*(h.explained for h in query.metrics))
    richer = [
        h
        for h in reading.candidates
        if h.metric.id in available
        and h.explained > claimed
        and h.coverage >= 0.5
        and vocab.metric_families.get(h.metric.id) == "growth"  # type: ignore[arg-type]
        and vocab.metric_regions.get(h.metric.id) is None  # type: ignore[arg-type]
        and not reading.regions
    ]
    if not richer:
        return query
    most = max(len(h.explained) for h in richer)
    best = tuple(h for h in richer if len(h.explained) == most)
    return replace(query, metrics=best)


_END = re.compile(r"\s*\((?:low|high) end\)\s*$", re.I)


def _within_range(pick: Pick, pool: list[FactView], *, within: bool = False) -> Pick | None:
    """The actual figure of a range's metric for the range's period, against both ends."""
    low, high = pick.facts[0], pick.facts[1]
    actual = _actual_of(low, pool)
    if actual is None:
        return None
    return Pick(Intent.TARGET_MET, (actual, low, high), pick.revision, within=within)


def _actual_of(end: FactView, pool: list[FactView]) -> FactView | None:
    """The actual figure of a range end's metric ('revenue' for 'revenue (high end)') for
    the same company and period."""
    base = _END.sub("", end.fact.metric)
    return next(
        (
            v
            for v in pool
            if v.is_current
            and v.fact.kind is Kind.ACTUAL
            and v.fact.metric == base
            and v.fact.entity == end.fact.entity
            and v.fact.period == end.fact.period
        ),
        None,
    )


def _stated_before_as_another(view: FactView, pool: list[FactView]) -> FactView | None:
    """An earlier statement of the same figure under a sibling metric: 'revenue' stated as
    one figure before 'revenue (high end)' was, or one end before the whole."""
    base = _END.sub("", view.fact.metric)
    f = view.fact
    return next(
        (
            v
            for v in sorted(pool, key=lambda v: v.fact.as_of)
            if v.fact.metric != f.metric
            and _END.sub("", v.fact.metric) == base
            and (v.fact.entity, v.fact.period, v.fact.kind) == (f.entity, f.period, f.kind)
            and v.fact.as_of < f.as_of
        ),
        None,
    )


def _by_own_name(query: Query, available: set[int]) -> Query:
    """A store synonym is one company's way of speaking: Sony's 'handset sales' for its
    'smartphones sold' (all its handsets were smartphones) must not make LG's 'handset
    sales' mean LG's smartphones when LG has a figure named for handsets ('mobile phones
    sold'). A product word the chosen metric explains only through a synonym naming
    another kind of product goes to the company's metric whose own name has that word's
    kind, if there is one."""
    reading = query.reading
    if reading is None or len(query.metrics) != 1:
        return query
    chosen = query.metrics[0]
    words = [t.lemma for t in reading.tokens]
    for i in sorted(chosen.explained):
        # the word with a neighbour first: "smart phones" is a smartphone, not a phone
        pairs = [tuple(words[j : j + 2]) for j in (i - 1, i) if 0 <= j and j + 2 <= len(words)]
        kinds = [reporting.product_nouns(p) for p in pairs] + [reporting.product_nouns(words[i])]
        kind = set(next((k for k in kinds if k), ()))
        if not kind or _names_kind(chosen.metric.name, kind):
            continue
        named = [
            h
            for h in reading.candidates
            if h.metric.id in available
            and h.metric.id != chosen.metric.id
            and i in h.explained
            and h.metric.unit == chosen.metric.unit
            and _names_kind(h.metric.name, kind)
        ]
        if named:
            return replace(query, metrics=(named[0],))
    return query


def _names_kind(name: str, kind: set[str]) -> bool:
    """Does the metric's own name use a noun of that kind ('mobile phones sold': phone)?"""
    words = lemmas(name)
    pairs = [" ".join(words[j : j + 2]) for j in range(len(words) - 1)]
    return any(w in kind for w in (*words, *pairs))


def _revised_sibling(view: FactView, pool: list[FactView]) -> FactView | None:
    """A statement of the same company's figure (this metric, its other end or the whole
    range) that was revised, for another period than VIEW's."""
    base = _END.sub("", view.fact.metric)
    f = view.fact
    return next(
        (
            v
            for v in pool
            if v.revisions > 1
            and v.is_current
            and _END.sub("", v.fact.metric) == base
            and (v.fact.entity, v.fact.kind) == (f.entity, f.kind)
            and v.fact.period != f.period
        ),
        None,
    )


def _progress_to_range(query: Query, pool: list[FactView]) -> Pick | None:
    """'After Q1, how far along toward the 2025 delivery guidance' where the guidance is a
    range stated as two metrics: the actual so far against both ends."""
    chosen = {h.metric.name for h in query.metrics}
    for actual in sorted(pool, key=lambda v: v.fact.period.end, reverse=True):
        f = actual.fact
        if f.kind is not Kind.ACTUAL or f.metric not in chosen or not actual.is_current:
            continue
        if query.periods and not any(_mentions_period(m, actual) for m in query.periods):
            continue
        ends = {
            m[1].lower(): v
            for v in pool
            if v.is_current
            and v.fact.kind is not Kind.ACTUAL
            and v.fact.entity == f.entity
            and _END.sub("", v.fact.metric) == f.metric
            and v.fact.period.start == f.period.start
            and v.fact.period.end > f.period.end
            and (m := _END_SIDE.search(v.fact.metric))
        }
        if {"low", "high"} <= ends.keys() and ends["low"].fact.period == ends["high"].fact.period:
            return Pick(Intent.PROGRESS, (actual, ends["low"], ends["high"]))
    return None


_END_SIDE = re.compile(r"\((low|high) end\)\s*$", re.I)


def _mentions_period(mention: PeriodMention, view: FactView) -> bool:
    """Does the mention name the view's period, in the view's company's calendar?"""
    return view.fact.period in resolve(mention.ref, calendar_of(view))  # type: ignore[arg-type]


def _region_of(metric: str) -> str | None:
    region = reporting.region_of(metric)
    return None if region is None or region.whole else region.key


def _stated_in_month(query: Query, decision: Decision, facts: list[FactView]) -> Decision | None:
    """'In June, what did they forecast for the year to March 2025?': a month with no year,
    outside every period the question names, in a question about an expectation, is when
    it was said — the last such month before the period ended. The figure as stated then,
    never the latest."""
    if (
        query.as_of is not None
        or not isinstance(decision, Pick)
        or decision.intent not in (Intent.VALUE, Intent.RANGE)
        or decision.facts[0].fact.kind is Kind.ACTUAL
        or asks.revision_month(query.text)
    ):
        return None
    said = " ".join(m.text.lower() for m in query.periods)
    months = [n for word, n in asks.months_alone(query.text) if word.lower() not in said]
    if len(months) != 1:
        return None
    end = decision.facts[0].fact.period.end
    year = end.year if months[0] <= end.month else end.year - 1
    stated = date(year, months[0], calendar.monthrange(year, months[0])[1])
    return select(replace(query, as_of=stated, revision=Revision.AS_OF), facts)


_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()
    )
}
_WEEKS_TO = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")[\s-]+weeks?\s+"
    r"(?:to|ended|ending|through|thru|until)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _weeks_to(query: Query, facts: list[FactView]) -> Query:
    """'the nine weeks to 6 January 2024', 'the 52 weeks to 31 January': a retailer's
    trading period named by its length and last day. The period the store holds that ends
    that day and lasts about that long (a week either way) is the one meant."""
    periods = list(query.periods)
    for k, m in enumerate(periods):
        if not (isinstance(m.ref, ExactRef) and m.ref.period.days == 1):
            continue
        weeks = _WEEKS_TO.search(query.text[: m.start])
        if weeks is None:
            continue
        n = weeks["n"].lower()
        days = 7 * (int(n) if n.isdigit() else _NUMBER_WORDS[n])
        end = m.ref.period.end
        fits = sorted(
            {
                v.fact.period
                for v in facts
                if v.fact.period.end == end and abs(v.fact.period.days - days) <= 7
            },
            key=lambda p: abs(p.days - days),
        )
        if fits:
            periods[k] = PeriodMention(
                ExactRef(fits[0]), weeks.start(), m.end, query.text[weeks.start() : m.end]
            )
    return replace(query, periods=tuple(periods)) if periods != list(query.periods) else query
