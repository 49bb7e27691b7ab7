"""The vocabulary kept in the store's file between processes
(bot/answering/vocabulary/index_cache.py): loaded instead of built while the store is
unchanged, built again once anything it was made from changed (in this process, another
one, or behind the store's back), and never read for another scope than its own."""

from __future__ import annotations

import marshal
import sqlite3
import subprocess
import sys

import pytest

from bot.answering import Engine
from bot.answering import engine as engine_module
from bot.answering.english.words import tokenize
from bot.answering.prepare import prepare
from bot.answering.vocabulary import index_cache, saved_entities
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.bundle import parse_bundle
from bot.facts.model import SHARED_SCOPE, Entity
from bot.facts.store import FactStore
from tests.answering.invented import bundle, fact

SERVER_A, SERVER_B = "111", "222"


def _company(name: str, alias: str) -> dict:
    return bundle(
        [{"name": name, "aliases": [alias]}],
        [fact(name, "widgets sold", "actual", "2023-01-01/2023-12-31", 120, "units", "2024-02-01")],
        "2024-02-01",
    )


@pytest.fixture
def path(tmp_path, seed):
    db = tmp_path / "store.db"
    store = FactStore.open(db, seed=seed)
    store.import_bundle(
        parse_bundle(_company("Quillon Tools", "Quillon")), actor="t", scope="shared"
    )
    store.close()
    return db


def _never_built(monkeypatch) -> None:
    """From here on, building a vocabulary fails the test: it must be loaded."""

    def refuse(*args, **kwargs):
        raise AssertionError("the vocabulary was built, not loaded")

    monkeypatch.setattr(engine_module, "Vocabulary", refuse)


def _same(a: Vocabulary, b: Vocabulary) -> None:
    assert a.spelling_words() == b.spelling_words()  # made on first use (or saved)
    assert a.state() == b.state()  # the whole index (a loaded one's parts read on use)
    assert {k for k in vars(a) if k not in saved_entities.UNSAVED_MEMOS} <= {
        *vars(b),
        "_unread",
    }


def test_the_state_holds_the_whole_index(path) -> None:
    store = FactStore.open(path)
    built = Vocabulary(store.entities(), store.metrics())
    loaded = Vocabulary.from_state(marshal.loads(marshal.dumps(built.state())))
    assert loaded._spelling is not None  # saved: never gathered again from every name
    _same(loaded, built)
    assert loaded.entity_id("quillon") == built.entity_id("quillon") is not None
    store.close()


def test_a_loaded_index_makes_companies_as_they_are_read(path) -> None:
    store = FactStore.open(path)
    built = Vocabulary(store.entities(), store.metrics())
    loaded = Vocabulary.from_state(marshal.loads(marshal.dumps(built.state())))
    quillon = built.entity_id("quillon")
    assert quillon in loaded.entities and len(loaded.entities) == len(built.entities)
    assert loaded.entities[quillon] == built.entities[quillon]
    assert loaded.entities.get(-1) is None and -1 not in loaded.entities
    assert dict(loaded.entities) == dict(built.entities)
    added = Entity("Brolly Tools", id=max(loaded.entities) + 1)
    loaded.update([added], [])  # a company added after the index was saved
    assert loaded.entities[added.id] == added and loaded.entity_id("brolly tools") == added.id
    store.close()


def test_a_loaded_index_reads_its_parts_as_they_are_used(path) -> None:
    store = FactStore.open(path)
    built = Engine(store).vocabulary()
    loaded = index_cache.load(store, SHARED_SCOPE)
    assert loaded is not None
    vocab = loaded[1]
    assert "_fuzzy_entity_ids" not in vars(vocab)  # read with the first misspelt name
    quillon = built.entity_id("quillon")
    misspelt = tokenize("quilon widgets")
    found = [h.entity_id for h in vocab.find_entities(misspelt, set())]
    assert found == [h.entity_id for h in built.find_entities(misspelt, set())] == [quillon]
    assert vocab.entity_words.get(quillon) == built.entity_words[quillon]
    assert vocab.entity_words.get(-1) is None and dict(vocab.entity_words) == built.entity_words
    added = Entity("Brolly Tools", id=max(vocab.entities) + 1)
    vocab.update([added], [])  # a company added after the index was saved
    assert vocab.entity_id("brolly") == added.id and vocab.entity_words[added.id]
    store.close()


def test_a_saved_mapping_is_turned_back_only_by_the_buckets_read(monkeypatch) -> None:
    monkeypatch.setattr(index_cache, "BUCKET_KEYS", 4)
    names = {("kolovide", "robotics"): 1, ("kolovide",): 1, ("brolly",): 2}
    names |= {(f"name{i}",): i for i in range(3, 40)}
    saved = index_cache._Buckets(*marshal.loads(marshal.dumps(index_cache._bucketed(names))))
    assert saved.get(("kolovide", "robotics")) == 1 and saved.get(("nobody",)) is None
    assert len(saved._read) <= 2 < len(saved._saved)  # the two lookups' buckets only
    assert ("brolly",) in saved and () not in saved and 7 not in saved
    saved[("new",)] = 41
    del saved[("brolly",)]
    assert len(saved) == len(names) and dict(saved) == {
        **{k: v for k, v in names.items() if k != ("brolly",)},
        ("new",): 41,
    }


def test_a_long_lived_process_reads_a_loaded_index_whole(path) -> None:
    Engine(store := FactStore.open(path)).vocabulary()
    store.close()
    store = FactStore.open(path)
    engine = Engine(store)
    prepare(engine)
    vocab = engine.vocabulary()
    assert isinstance(vocab, index_cache._SavedVocabulary)  # loaded, not built
    assert type(vocab._entity_names) is dict and type(vocab.entity_words) is dict
    assert type(vocab.entities._fields) is dict  # type: ignore[attr-defined]
    assert vocab.entity_id("quillon") is not None
    store.close()


def test_a_new_process_loads_the_index_instead_of_building_it(path, monkeypatch) -> None:
    first = FactStore.open(path)
    built = Engine(first).vocabulary()
    first.close()
    _never_built(monkeypatch)
    store = FactStore.open(path)
    engine = Engine(store)
    _same(engine.vocabulary(), built)
    answer = engine.ask("how many widgets did quillon sell in 2023")
    assert answer.status.value == "answered" and answer.facts[0].fact.value == 120
    store.close()


def test_a_write_by_another_process_makes_it_stale(path) -> None:
    Engine(store := FactStore.open(path)).vocabulary()
    store.close()
    code = (
        "import sys; from bot.facts.store import FactStore;"
        "s = FactStore.open(sys.argv[1]);"
        "s.add_alias('Quillon Tools', 'Quilly', scope='shared', actor='other');"
        "s.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    store = FactStore.open(path)
    assert index_cache.load(store, SHARED_SCOPE) is None  # stale: never trusted
    vocab = Engine(store).vocabulary()
    assert vocab.entity_id("quilly") == vocab.entity_id("quillon") is not None
    _same(vocab, Vocabulary(store.entities(), store.metrics()))
    loaded = index_cache.load(store, SHARED_SCOPE)  # rebuilt, and saved again
    assert loaded is not None and loaded[0] == store.generation()
    assert loaded[1].entity_id("quilly") is not None
    store.close()


def test_a_change_behind_the_stores_back_makes_it_stale(path) -> None:
    """Plain SQL bumps no generation; the names tables' sizes still tell."""
    Engine(store := FactStore.open(path)).vocabulary()
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO aliases (entity_id, alias, scope) "
            "SELECT id, 'Qtools', 'shared' FROM entities WHERE name = 'Quillon Tools'"
        )
    conn.close()
    store = FactStore.open(path)
    assert index_cache.load(store, SHARED_SCOPE) is None
    assert Engine(store).vocabulary().entity_id("qtools") is not None
    store.close()


def test_a_loaded_index_catches_up_with_later_writes(path, monkeypatch) -> None:
    Engine(store := FactStore.open(path)).vocabulary()
    store.close()
    store = FactStore.open(path)
    engine = Engine(store)
    engine.vocabulary()  # loaded
    store.add_alias("Quillon Tools", "Quilly", scope=SHARED_SCOPE, actor="t")
    store.import_bundle(
        parse_bundle(_company("Varnok Labs", "Varnok")), actor="t", scope=SHARED_SCOPE
    )
    vocab = engine.vocabulary()
    _same(vocab, Vocabulary(store.entities(), store.metrics()))
    assert vocab.entity_id("quilly") is not None and vocab.entity_id("varnok") is not None
    store.close()


def test_a_changed_calendar_is_not_caught_up_but_rebuilt(path) -> None:
    Engine(store := FactStore.open(path)).vocabulary()
    store.close()
    store = FactStore.open(path)
    engine = Engine(store)
    engine.vocabulary()
    calendar = Entity("Quillon Tools", (), "06-30", "end")
    store.import_bundle(
        parse_bundle({"entities": [{"name": "Quillon Tools", "fiscal_year_end": "06-30",
                                    "fiscal_year_named_by": "end"}], "facts": []}),
        actor="t", scope=SHARED_SCOPE,
    )  # fmt: skip
    assert store.entity("Quillon Tools").fiscal_year_end == calendar.fiscal_year_end
    vocab = engine.vocabulary()
    quillon = vocab.entities[vocab.entity_id("quillon")]
    assert quillon.fiscal_year_end == "06-30"
    _same(vocab, Vocabulary(store.entities(), store.metrics()))
    store.close()


def test_one_servers_names_never_reach_another_scope(path) -> None:
    store = FactStore.open(path)
    store.import_bundle(parse_bundle(_company("Harrowgate Mills", "Harrowgate")), actor="t",
                        scope=SERVER_A)  # fmt: skip
    for scope in (SERVER_A, SERVER_B, SHARED_SCOPE):
        Engine(store).vocabulary(scope)  # each scope's index saved
    store.close()
    store = FactStore.open(path)
    engine = Engine(store)
    assert engine.vocabulary(SERVER_A).entity_id("harrowgate") is not None
    for scope in (SERVER_B, SHARED_SCOPE):
        loaded = index_cache.load(store, scope)
        assert loaded is not None  # loaded, not rebuilt: and still without A's company
        assert loaded[1].entity_id("harrowgate") is None
        assert engine.vocabulary(scope).entity_id("harrowgate") is None
        assert engine.vocabulary(scope).entity_id("quillon") is not None
    store.close()


def test_another_version_or_damaged_bytes_are_never_read(path, monkeypatch) -> None:
    Engine(store := FactStore.open(path)).vocabulary()
    assert index_cache.load(store, SHARED_SCOPE) is not None
    monkeypatch.setattr(index_cache, "version", lambda: "another release")
    assert index_cache.load(store, SHARED_SCOPE) is None
    monkeypatch.undo()
    store.conn.execute("UPDATE index_cache SET data = x'00ff'")
    assert index_cache.load(store, SHARED_SCOPE) is None
    assert Engine(store).vocabulary().entity_id("quillon") is not None
    store.close()


def test_nothing_is_saved_inside_a_write(path) -> None:
    store = FactStore.open(path)
    with store.db.atomic():
        Engine(store).vocabulary()
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("SELECT 1 FROM index_cache").fetchone()
    store.close()


def test_the_seed_is_unchanged_by_keeping_an_index(seed) -> None:
    store = FactStore.in_memory(seed=seed)
    before = store.generation()
    Engine(store).vocabulary()
    assert store.generation() == before  # a cache is no change of the store's data
    store.close()


def test_a_server_without_names_of_its_own_shares_the_shared_row(path) -> None:
    store = FactStore.open(path)
    Engine(store).vocabulary(SERVER_B)  # B has no names of its own
    assert [r[0] for r in store.conn.execute("SELECT scope FROM index_cache")] == ["shared"]
    loaded = index_cache.load(store, SHARED_SCOPE)
    assert loaded is not None and loaded[1].entity_id("quillon") is not None
    store.import_bundle(
        parse_bundle(_company("Harrowgate Mills", "Harrowgate")), actor="t", scope=SERVER_B
    )
    assert index_cache.load(store, SERVER_B) is None  # B's own names now: not the shared row
    assert Engine(store).vocabulary(SERVER_B).entity_id("harrowgate") is not None
    assert index_cache.load(store, SHARED_SCOPE) is None  # stale (same generation counter)
    scopes = {r[0] for r in store.conn.execute("SELECT scope FROM index_cache")}
    assert scopes == {"shared", SERVER_B}
    store.close()
