"""What the engine keeps between questions (the understanding of a question, its whole
answer, the store's reads): a question asked again is answered from them, but never
across a write, never across servers, and never differently from answering it anew."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.answering import Engine
from bot.answering.memo import Memo
from bot.answering.reading.settle import settle
from bot.answering.reading.understand import read
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.bundle import read_bundle_file
from bot.facts.model import SHARED_SCOPE, Fact, Kind, Period
from bot.facts.store import FactStore

DATA = Path(__file__).parent / "data"

GUILD = "123456789"
PHONES = "how many phones did sony sell in fiscal 2013"
QUESTIONS = (
    PHONES,
    "sony smartphone target for fy2013",
    "how much did sony's smartphone sales grow in fy2013",
    "sony net loss fy2013",
    "what did sony forecast for group profit in fy2013",
    "sony revenue 2013",  # a metric Sony lacks: unknown
    "what is the weather",
)


def _restated(value: float, scope: str) -> Fact:
    """Sony's FY2013 smartphones, stated again later (the newest statement is current)."""
    return Fact(
        entity="Sony",
        metric="smartphones sold",
        kind=Kind.ACTUAL,
        period=Period(date(2013, 4, 1), date(2014, 3, 31)),
        value=value,
        unit="units",
        as_of=date(2014, 6, 1),
        source="sony-fy2013-results",
        quote="Sony said it sold 39 million smartphones last year",
        scope=scope,
    )


def _figure(engine: Engine, question: str, scope: str = SHARED_SCOPE) -> float | None:
    answer = engine.ask(question, scope)
    return answer.facts[0].fact.value if answer.status.value == "answered" else None


def test_a_kept_answer_is_the_answer_given_anew(engine: Engine) -> None:
    for question in QUESTIONS:
        first = engine.ask(question)
        again = engine.ask(question)
        anew = engine.ask(question, kept=False)
        assert again is first  # kept
        assert anew == first and anew is not first
        assert [v.history for v in anew.facts] == [v.history for v in first.facts]


def test_a_write_between_two_identical_questions_changes_the_answer(
    engine: Engine, store: FactStore
) -> None:
    assert _figure(engine, PHONES) == 39e6
    store.add_fact(_restated(41e6, SHARED_SCOPE), actor="t")
    assert _figure(engine, PHONES) == 41e6
    current = engine.ask(PHONES).facts[0].fact
    store.edit_fact(current.id, {"value": 43e6}, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    assert _figure(engine, PHONES) == 43e6
    store.remove_fact(current.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    assert _figure(engine, PHONES) == 39e6


def test_a_write_by_another_process_is_seen(tmp_path, seed) -> None:
    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    reader, writer = FactStore.open(path), FactStore.open(path)  # e.g. the bot and the CLI
    engine = Engine(reader)
    assert _figure(engine, PHONES) == 39e6
    writer.add_fact(_restated(41e6, SHARED_SCOPE), actor="t")
    assert _figure(engine, PHONES) == 41e6
    writer.add_alias("Sony", "Kestrelmark", scope=SHARED_SCOPE, actor="t")  # a new name, too
    assert _figure(engine, PHONES.replace("sony", "kestrelmark")) == 41e6
    reader.close()
    writer.close()


def test_two_servers_never_share_what_is_kept(engine: Engine, store: FactStore) -> None:
    for order in ((SHARED_SCOPE, GUILD), (GUILD, SHARED_SCOPE)):
        for scope in order:
            engine.ask(PHONES, scope)  # kept for each scope
        assert _figure(engine, PHONES, SHARED_SCOPE) == 39e6
        assert _figure(engine, PHONES, GUILD) == 39e6
    store.add_fact(_restated(41e6, GUILD), actor="t")  # the server's own restatement
    for scope in (SHARED_SCOPE, GUILD, SHARED_SCOPE, GUILD):
        assert _figure(engine, PHONES, scope) == (41e6 if scope == GUILD else 39e6)
    store.add_alias("Sony", "Kestrelmark", scope=GUILD, actor="t")  # a name only GUILD knows
    assert _figure(engine, PHONES.replace("sony", "kestrelmark"), GUILD) == 41e6
    assert _figure(engine, PHONES.replace("sony", "kestrelmark"), SHARED_SCOPE) is None


def test_nothing_is_kept_inside_a_transaction_that_may_roll_back(
    engine: Engine, store: FactStore
) -> None:
    assert _figure(engine, PHONES) == 39e6
    with pytest.raises(RuntimeError), store.db.atomic():
        store.add_fact(_restated(41e6, SHARED_SCOPE), actor="t")
        assert _figure(engine, PHONES) == 41e6  # read inside: not kept
        raise RuntimeError("roll back")
    assert _figure(engine, PHONES) == 39e6


def test_a_follow_up_is_never_answered_from_the_same_words_asked_alone(engine: Engine) -> None:
    from bot.answering.conversation import Conversations

    alone = engine.ask("and the target?")  # names nothing: kept as it is
    talk = Conversations(engine)
    talk.ask("someone", PHONES)
    followed = talk.ask("someone", "and the target?")  # the same words, completed
    assert followed.status.value == "answered" and followed.text != alone.text
    assert followed.facts[0].fact.kind is Kind.TARGET
    assert engine.ask("and the target?") is alone


def test_the_understanding_of_a_question_outlives_a_write_of_facts_not_of_names(
    engine: Engine, store: FactStore
) -> None:
    query = engine.understand(PHONES)
    store.add_fact(_restated(41e6, SHARED_SCOPE), actor="t")
    assert engine.understand(PHONES) is query  # the names are the same
    store.add_alias("Sony", "Kestrelmark", scope=SHARED_SCOPE, actor="t")
    assert engine.understand(PHONES) is not query  # read again with the new names
    assert engine.understand(PHONES) == query


def test_a_question_answered_anew_after_a_write_is_what_a_new_engine_answers(
    engine: Engine, store: FactStore
) -> None:
    # a write of facts alone keeps the names (and so the understanding of each question),
    # yet it may change which metrics a company has figures for: each question is settled
    # among those again, never as it was before the write
    for question in QUESTIONS:
        engine.ask(question, kept=False)
    sony = store.entity("Sony").id
    net_loss = next(m.id for m in store.metrics() if m.name == "net loss")
    for view in store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[net_loss]):
        store.remove_fact(view.fact.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    store.add_fact(_restated(41e6, SHARED_SCOPE), actor="t")
    for question in QUESTIONS:
        assert engine.ask(question, kept=False) == Engine(store).ask(question)


def test_what_is_kept_is_bounded() -> None:
    memo: Memo[int] = Memo(3)
    for i in range(10):
        memo.put(("scope", str(i)), 1, i)
        assert len(memo) <= 3
    assert memo.get(("scope", "9"), 1) == 9
    assert memo.get(("scope", "0"), 1) is None  # the least recently used went first
    assert memo.get(("scope", "9"), 2) is None  # another stamp: dropped
    assert len(memo) == 2
    nothing: Memo[int] = Memo(0)
    nothing.put("k", 1, 1)
    assert nothing.get("k", 1) is None


def test_kept_reads_of_the_store_see_every_write(store: FactStore) -> None:
    sony = store.entity("Sony").id
    metrics = {m.name: m.id for m in store.metrics()}
    net_loss = metrics["net loss"]
    assert store.metrics_having(SHARED_SCOPE, [sony], [net_loss]) == {net_loss}
    assert store.entities_having(SHARED_SCOPE, [net_loss]) == [sony]
    for view in store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[net_loss]):
        store.remove_fact(view.fact.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    assert store.metrics_having(SHARED_SCOPE, [sony], [net_loss]) == set()
    assert store.entities_having(SHARED_SCOPE, [net_loss]) == []
    assert store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[net_loss]) == []


def test_a_question_answered_anew_reads_the_generation_once(engine: Engine) -> None:
    # the vocabulary, the metrics a company has and its series each check the store's
    # generation; one question reads it once (and nothing else, its reads being kept)
    for _ in range(2):  # (a series is kept from its second read)
        engine.ask(PHONES, kept=False)
    statements: list[str] = []
    engine.store.conn.set_trace_callback(statements.append)
    assert _figure(engine, PHONES) is not None
    engine.ask(PHONES, kept=False)
    assert len(statements) == 2 and all("generation" in s for s in statements)


SETTLED = (
    *QUESTIONS,
    "wexford comparable sales growth fy2023",
    "how many stores did wexford close last year",
    "wexford online revenue q3 2023 vs the year before",
    "tamura units shipped fy3/22 target, low end",
    "what % of tamura's revenue came from overseas",
    "tamura non-gaap operating margin",
    "wexford net sales in dollars, q2",
)


def test_a_reading_settled_again_settles_as_one_never_settled(seed) -> None:
    """What settling works out is kept on the reading (a question is settled among every
    metric, then again among those its company has): settling it again, among any
    metrics, gives what a reading never settled before gives; and a vocabulary of other
    metrics is never answered from what was kept for another."""
    store = FactStore.in_memory(seed=seed)
    for name in ("wexford-retail.json", "tamura-games.json"):
        store.import_bundle(read_bundle_file(DATA / name), actor="t", scope=SHARED_SCOPE)
    vocab = Engine(store).vocabulary()
    for question in SETTLED:
        reading = read(question, vocab)
        ids = [h.metric.id for h in reading.candidates]
        for available in (None, set(ids), set(ids[:1]), set(ids[1:]), set()):
            settle(reading, vocab)  # (first among every metric, as the engine does)
            assert settle(reading, vocab, available) == settle(replace(reading), vocab, available)
        if reading.candidates:
            # the same metric ids, the best one now of another family: what was kept for
            # the vocabulary the question was read with is never used with this one
            top = reading.candidates[0].metric.id
            other = Vocabulary(
                list(vocab.entities.values()),
                [
                    replace(m, name="store count", unit="units") if m.id == top else m
                    for m in vocab.metrics.values()
                ],
            )
            settle(reading, vocab)
            assert settle(reading, other) == settle(replace(reading), other)
