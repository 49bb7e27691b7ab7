"""A figure picked from an ambiguous answer's candidates, answered as a question naming it
exactly. Free of discord.py: it runs wherever questions are answered (answerers.py)."""

from __future__ import annotations

from bot.answering.answer import Answer, Status
from bot.answering.engine import Engine
from bot.answering.phrases import amount, kind_word, short_when, statement
from bot.facts.model import FactView, Kind, NotFoundError


def chosen_answer(engine: Engine, fact_id: int, scope: str) -> Answer:
    """The engine's own answer to a precise question naming the fact, when that is the fact
    (so it reads exactly as the command line would); else a one-fact answer."""
    view = engine.store.fact(fact_id, scope)
    if view.fact.deleted:
        raise NotFoundError(f"fact #{fact_id} was removed meanwhile; please ask again")
    question = precise_question(view)
    precise = engine.ask(question, scope)
    if precise.status is Status.ANSWERED and precise.facts and precise.facts[0].fact.id == fact_id:
        return precise
    return Answer(
        question=question,
        status=Status.ANSWERED,
        text=statement(view) + ".",
        facts=(view,),
        headline=headline(view),
    )


def precise_question(view: FactView) -> str:
    f = view.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    return f"{f.entity} {f.metric}{kind} {short_when(view)}"


def headline(view: FactView) -> str:
    f = view.fact
    kind = "" if f.kind is Kind.ACTUAL else f" {kind_word(f.kind)}"
    return f"{f.entity} {f.metric}{kind}, {short_when(view)}: {amount(view)}"
