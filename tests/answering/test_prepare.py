"""Readying a long-lived engine: what a first question about any company would look up
word by word (its name's words in the lemma dictionary, the spelling tables) is made
before it, and the answers are those of an engine not readied."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.answering.english import dictionary, words
from bot.answering.prepare import prepare
from bot.answering.reading import correction
from bot.facts.store import FactStore

QUESTIONS = (
    "how many phones did sony sell in fiscal 2013",
    "what was Sony's smartphones sold in FY2013",
    "sony smartfone target fy2013",
)


@pytest.fixture
def looked_up(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Words the dictionary is asked about one at a time (one query each), none known yet."""
    asked: list[str] = []
    finder = dictionary._finder()

    def find(word: str) -> dict:
        asked.append(word)
        return finder(word)

    monkeypatch.setattr(dictionary, "_finder", lambda: find)
    monkeypatch.setattr(dictionary, "_looked_up", {})
    words.lemma.cache_clear()
    words._tokens.cache_clear()
    return asked


@pytest.mark.parametrize("readied", [True, False])
def test_a_readied_engine_looks_no_name_word_up_alone(
    tmp_path, seed, looked_up: list[str], readied: bool
) -> None:
    path = tmp_path / "t.db"
    Engine(FactStore.open(path, seed=seed)).vocabulary()  # saves the index of names
    engine = Engine(FactStore.open(path))  # as an answering process: the index loaded
    if readied:
        prepare(engine)
    looked_up.clear()
    engine.ask("what was Sony's smartphones sold in FY2013")
    vocab = engine.vocabulary()
    if readied:  # (unreadied, what is looked up depends on what the process met before)
        assert not {"sony", "sony's", "xperia", "smartphones"} & set(looked_up)
    assert (correction.speller(vocab)._made is not None) is readied  # the spelling tables


def test_a_readied_engine_answers_as_one_not_readied(tmp_path, seed) -> None:
    # one store seeded once: two seedings a second apart differ in the facts' created_at
    path = tmp_path / "t.db"
    FactStore.open(path, seed=seed).close()
    readied, plain = Engine(FactStore.open(path)), Engine(FactStore.open(path))
    prepare(readied)
    for question in QUESTIONS:
        assert readied.ask(question) == plain.ask(question)


def test_a_readied_engine_reads_a_series_without_a_query_for_its_names(tmp_path, seed) -> None:
    """The store's names are read whole before the first question: a company's first
    series read takes its name and calendar from them, and the answer is the same."""
    path = tmp_path / "t.db"
    Engine(FactStore.open(path, seed=seed)).vocabulary()  # saves the index of names
    answers = {}
    for readied in (True, False):
        engine = Engine(FactStore.open(path))  # as an answering process: the index loaded
        if readied:
            prepare(engine)
        statements: list[str] = []
        engine.store.conn.set_trace_callback(statements.append)
        answers[readied] = engine.ask(QUESTIONS[0])
        engine.store.conn.set_trace_callback(None)
        names_read = [s for s in statements if "FROM entities" in s]
        assert bool(names_read) is not readied
    assert answers[True] == answers[False]
