"""Follow-ups: "and the year before?", "what about the target?", "and Q3?".

People ask in a conversation. `Conversations` keeps, per key (the CLI chat, or one person
in one Discord channel), the slots of the last question that had any (company, metric,
period, kind, intent) and the period its answer was about, for a few minutes. A question
that names no company or no metric is read as a follow-up: it keeps what it names and
takes the rest from the last question, and the answer says what it assumed.

    conversations = Conversations(engine)            # one per process; thread-safe
    key = (guild_id, channel_id, user_id)             # any hashable; the scope is kept apart
    answer = conversations.ask(key, "sony handsets, fy13", scope)
    answer = conversations.ask(key, "and the year before?", scope)
    # -> "Following on from Sony smartphones sold: …" with FY2012's figure
    conversations.forget(key)                         # e.g. when the person says "new question"

The engine knows nothing of who asks: the key is the front door's business. Memory is
bounded (MAX_KEYS, least recently used dropped first) and expires after `ttl` seconds.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from bot.answering.answer import Answer, Status
from bot.answering.engine import Engine
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.facts.model import SHARED_SCOPE, Period

DEFAULT_TTL = 300.0  # seconds a conversation's context is kept
MAX_KEYS = 10_000
# Intents a follow-up carries over: "did they hit it?" then "and the year before?"
_CARRIED_INTENTS = (Intent.VALUE, Intent.GROWTH, Intent.TARGET_MET, Intent.TREND, Intent.HISTORY)


@dataclass(frozen=True)
class Context:
    """What a conversation remembers of its last question with slots."""

    scope: str
    query: Query
    anchor: Period | None  # the period the answer was about: "the year before" counts from it
    at: float


class Conversations:
    def __init__(
        self,
        engine: Engine,
        *,
        ttl: float = DEFAULT_TTL,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = MAX_KEYS,
    ) -> None:
        self.engine = engine
        self.ttl = ttl
        self._clock = clock
        self._max_keys = max_keys
        self._contexts: OrderedDict[Hashable, Context] = OrderedDict()
        self._followed: dict[Hashable, Query] = {}  # KEY's last understood follow-up
        self._lock = threading.Lock()

    def ask(
        self,
        key: Hashable,
        question: str,
        scope: str = SHARED_SCOPE,
        *,
        log_misses: bool = False,
    ) -> Answer:
        """Answer QUESTION in the conversation KEY. Raises QuestionError like Engine.ask."""
        return self.answer(key, self.understand(key, question, scope), scope, log_misses=log_misses)

    def understand(self, key: Hashable, question: str, scope: str = SHARED_SCOPE) -> Query:
        """QUESTION read in the conversation KEY: a follow-up is completed from its context."""
        query = self.engine.understand(question, scope)  # (checked there: QuestionError)
        context = self.recall(key, scope)
        merged = follow_up(query, context) if context is not None else None
        with self._lock:
            if merged is None:
                self._followed.pop(key, None)
            else:
                self._followed[key] = merged
        return merged or query

    def answer(
        self, key: Hashable, query: Query, scope: str = SHARED_SCOPE, *, log_misses: bool = False
    ) -> Answer:
        """Answer QUERY (from `understand`) and remember it as KEY's context."""
        answer = self.engine.answer(query, scope, log_misses=log_misses)
        with self._lock:
            followed = self._followed.pop(key, None) is query
        if followed:
            answer = _say_assumed(answer, query, self.engine, scope)
        self._remember(key, scope, query, answer)
        return answer

    def of(self, key: Hashable) -> Conversation:
        """KEY's conversation shaped like an Engine (`understand`, then `answer`), for
        callers such as charts that understand a question before answering it."""
        return Conversation(self, key)

    def recall(self, key: Hashable, scope: str) -> Context | None:
        """The live context of KEY in SCOPE, or None (never seen, expired, other scope)."""
        with self._lock:
            context = self._contexts.get(key)
            if context is None:
                return None
            if self._clock() - context.at > self.ttl or context.scope != scope:
                del self._contexts[key]
                return None
            return context

    def forget(self, key: Hashable) -> None:
        with self._lock:
            self._contexts.pop(key, None)

    def _remember(self, key: Hashable, scope: str, query: Query, answer: Answer) -> None:
        if not (query.entity_ids or query.metrics):
            return  # nothing to follow up on: keep the previous context
        anchor = answer.facts[0].fact.period if answer.status is Status.ANSWERED else None
        with self._lock:
            self._contexts[key] = Context(scope, query, anchor, self._clock())
            self._contexts.move_to_end(key)
            while len(self._contexts) > self._max_keys:
                self._contexts.popitem(last=False)


@dataclass(frozen=True)
class Conversation:
    """One key's conversation, with the Engine's two-step interface."""

    conversations: Conversations
    key: Hashable

    def understand(self, question: str, scope: str = SHARED_SCOPE) -> Query:
        return self.conversations.understand(self.key, question, scope)

    def answer(
        self, query: Query, scope: str = SHARED_SCOPE, *, log_misses: bool = False
    ) -> Answer:
        return self.conversations.answer(self.key, query, scope, log_misses=log_misses)


def is_follow_up(query: Query) -> bool:
    """A question that names no company or no metric leans on the one before it."""
    return not query.entity_ids or not query.metrics


def follow_up(query: Query, context: Context) -> Query | None:
    """QUERY completed from CONTEXT: what it names replaces, the rest is kept. None when
    QUERY stands on its own (it names both a company and a metric)."""
    if not is_follow_up(query):
        return None
    last = context.query
    if (query.entity_ids or not last.entity_ids) and (query.metrics or not last.metrics):
        return None  # the last question lacks what this one lacks: nothing to follow on
    says_kind = query.kind is not None or query.expected
    return dataclasses.replace(
        query,
        entity_ids=query.entity_ids or last.entity_ids,
        metrics=query.metrics or last.metrics,
        periods=query.periods or last.periods,
        kind=query.kind if says_kind else last.kind,
        expected=query.expected if says_kind else last.expected,
        intent=query.intent
        if query.intent is not Intent.VALUE or last.intent not in _CARRIED_INTENTS
        else last.intent,
        revision=query.revision if query.revision is not Revision.CURRENT else Revision.CURRENT,
        as_of=query.as_of,
        regions=query.regions or last.regions,
        anchor=context.anchor,
        reading=query.reading if query.metrics else None,  # the metric is settled already
    )


def _say_assumed(answer: Answer, query: Query, engine: Engine, scope: str) -> Answer:
    """'Following on from Sony smartphones sold: …': the answer says what it assumed."""
    vocab = engine.vocabulary(scope)
    names = [vocab.entities[i].name for i in query.entity_ids if i in vocab.entities]
    metrics = list(dict.fromkeys(h.metric.name for h in query.metrics))
    subject = " ".join(p for p in (", ".join(names), " / ".join(metrics)) if p)
    if not subject:
        return answer
    return dataclasses.replace(answer, text=f"Following on from {subject}: {answer.text}")
