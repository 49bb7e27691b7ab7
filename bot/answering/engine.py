"""The Engine: the one way every front door asks a question.

    engine = Engine(store)
    answer = engine.ask("how many phones did sony sell in fy13?", scope="shared")

It reads the store but never writes to it, except to log questions it could not answer
when asked to (`log_misses`), so admins can see what people want that the store lacks.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

from bot.answering.answer import Answer, Status
from bot.answering.compose import compose, unknown
from bot.answering.match import Choice, Miss, Pick, select
from bot.answering.phrases import possessive, short_when
from bot.answering.understand import (
    MAX_QUESTION_LENGTH,
    Intent,
    Query,
    Revision,
    settle,
    understand,
)
from bot.answering.vocabulary import Vocabulary
from bot.facts.model import SHARED_SCOPE, FactView, Kind, Quantity, SalesBotError
from bot.facts.quantities import format_quantity
from bot.facts.store import FactStore

# How many companies a question that names none may be about before we ask which.
MAX_ENTITIES_WITHOUT_NAME = 6
# How many recent facts an "I don't have that" answer looks at to say what the store has.
OVERVIEW_SIZE = 100
# "more … than", "fewer … than": two figures compared, which a one-figure answer is not.
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
        # scope -> (the store's generation, its stamp of the names read, the vocabulary)
        self._vocabularies: dict[str, tuple[int, tuple[int, ...] | None, Vocabulary]] = {}
        self._lock = threading.Lock()

    def vocabulary(self, scope: str = SHARED_SCOPE) -> Vocabulary:
        """The scope's names, brought up to date when the store has changed since: only
        the companies and metrics added or changed are indexed again."""
        generation = self.store.generation()
        with self._lock:
            cached = self._vocabularies.get(scope)
            if cached is None or cached[0] != generation:
                changes = self.store.names_since(scope, cached[1] if cached else None)
                if cached is None or changes.whole:
                    vocab = Vocabulary(changes.entities, changes.metrics)
                else:
                    vocab = cached[2]
                    vocab.update(changes.entities, changes.metrics)
                cached = (generation, changes.stamp, vocab)
                self._vocabularies[scope] = cached
            return cached[2]

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
        names = [vocab.entities[i].name for i in query.entity_ids]
        candidate_ids = list(query.candidate_metric_ids)
        named = list(query.entity_ids)  # (a follow-up's settled query may name none)
        by_entity = bool(named and query.reading is not None and candidate_ids)
        if by_entity:
            # Choose the metric among those the named companies have figures for: another
            # company's metric ("smartphones sold") must never explain a question's words.
            # Which ones those are is a probe per metric; only the chosen series is read.
            available = self.store.metrics_having(scope, named, candidate_ids)
            query = settle(query.reading, vocab, available)  # type: ignore[arg-type]
        if query.unexplained:
            return self._unexplained(text, query, names, scope)
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
            if by_entity:
                facts = self.store.facts_for(scope, entity_ids=named, metric_ids=metric_ids)  # type: ignore[arg-type]
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
        decision = select(query, facts)
        if isinstance(decision, Miss) and by_entity:
            entity_facts = self.store.facts_for(scope, entity_ids=named, metric_ids=candidate_ids)
            decision = self._growth_from_levels(query, entity_facts, vocab) or decision
        answer = compose(text, decision)
        if isinstance(decision, Miss):
            nearby = list(decision.nearby) or facts
            return unknown(text, answer.text, self._suggest(nearby))
        return answer

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
