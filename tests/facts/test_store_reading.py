"""Reading facts for answers: the citations they carry and what a write changes in them."""

from __future__ import annotations

import pickle
import sqlite3
from dataclasses import FrozenInstanceError, fields, replace

import pytest

from bot.facts.model import SHARED_SCOPE, Fact, FactView, SalesBotError, Source
from bot.facts.store import FactStore


def sony_views(store: FactStore):
    sony = store.entity("Sony").id
    return store.facts_for(SHARED_SCOPE, entity_ids=[sony])


def test_series_read_equals_the_facts_read_one_by_one(store: FactStore) -> None:
    views = sony_views(store)
    assert len(views) == store.count_facts()
    for view in views:
        alone = store.fact(view.fact.id)  # type: ignore[arg-type]
        assert view.fact == alone.fact
        assert (view.revision, view.revisions) == (alone.revision, alone.revisions)
        assert view.source == alone.source == store.source(view.fact.source)
        assert (view.fiscal_year_end, view.fiscal_year_named_by) == (
            alone.fiscal_year_end,
            alone.fiscal_year_named_by,
        )


def _statements(store: FactStore, read, *, meta: bool = False) -> tuple[list[str], object]:
    """The statements READ runs (but reads of the generation alone), and its value."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        value = read()
    finally:
        store.conn.set_trace_callback(None)
    return [s for s in statements if meta or "FROM meta" not in s], value


def test_a_series_read_first_reads_its_rows_and_names_and_its_sources_on_use(
    store: FactStore,
) -> None:
    # a question about a company asked for the first time reads its rows and their names;
    # the sources they cite only once a view's source is asked for (an answer cites one
    # or two of a series' ~16)
    sony = store.entity("Sony").id
    reads, views = _statements(store, lambda: store.facts_for(SHARED_SCOPE, entity_ids=[sony]))
    assert len(reads) == 2 and "FROM facts" in reads[0] and "FROM entities" in reads[1]
    assert not any("FROM sources" in s for s in reads)
    reads, source = _statements(store, lambda: views[0].source)  # type: ignore[index]
    assert source == store.source(views[0].fact.source) and len(reads) == 1  # type: ignore[index]
    for view in views:  # type: ignore[union-attr]
        assert view.source == store.source(view.fact.source)
        assert view.fact.source == view.source.key
    # the names the vocabulary read at this generation serve the next series' names
    store.entities(SHARED_SCOPE), store.metrics(SHARED_SCOPE)
    metric = views[0].fact.metric  # type: ignore[index]
    metric_id = next(m.id for m in store.metrics() if m.name == metric)
    reads, again = _statements(
        store,
        lambda: store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[metric_id]),
    )
    assert len(reads) == 1 and [v.fact.entity for v in again] == ["Sony"] * len(again)  # type: ignore[union-attr]


def test_a_series_citing_more_sources_than_the_cache_holds_reads_them_all(
    store: FactStore, monkeypatch
) -> None:
    from bot.facts.store import sources

    monkeypatch.setattr(sources, "SOURCE_CACHE_LIMIT", 1)  # the cache is emptied first
    views = sony_views(store)
    assert len({v.source.key for v in views}) > 1
    for view in views:
        assert view.source == store.source(view.fact.source)


def test_facts_read_are_ordinary_values(store: FactStore) -> None:
    # the store builds facts and views without their __init__, and a series' facts read
    # their quotes on first use (rows.py): they must be the very values the dataclasses
    # make, compare and hash as them, pickle as them and be replaced like them
    for view in sony_views(store):
        fact = view.fact
        made = Fact(**{f.name: getattr(fact, f.name) for f in fields(Fact)})
        assert isinstance(fact, Fact) and fact == made and made == fact
        assert hash(fact) == hash(made) and repr(fact) == repr(made)
        assert fact == store.fact(fact.id).fact  # type: ignore[arg-type]
        copied = pickle.loads(pickle.dumps(view))
        assert type(copied) is FactView and copied == view and copied.history == view.history
        assert type(copied.fact) is Fact
        assert replace(fact, value=fact.value + 1).value == fact.value + 1
        assert fact in view.history and view.history[view.revision - 1] is fact
        with pytest.raises(FrozenInstanceError):
            fact.value = 0  # type: ignore[misc]


def test_a_cited_source_reads_its_text_only_when_asked(store: FactStore) -> None:
    view = sony_views(store)[0]
    stored = store.source(view.fact.source)
    assert "_text" not in vars(view.source)  # citations need no text
    assert view.source.text == stored.text
    assert view.fact.quote in view.source.text


def test_a_cited_source_is_the_same_value_as_the_stored_source(store: FactStore) -> None:
    source = sony_views(store)[0].source
    stored = store.source(source.key)
    assert source == stored and stored == source
    assert hash(source) == hash(stored)
    assert {source, stored} == {stored}
    copied = pickle.loads(pickle.dumps(source))  # e.g. to a chart process
    assert type(copied) is Source and copied == stored
    assert replace(source, title="Other") != stored
    assert replace(source, title="Other").text == stored.text


def test_a_write_is_seen_by_the_next_read(store: FactStore) -> None:
    before = sony_views(store)[0].source
    changed = replace(store.source(before.key), title="Sony: restated results")
    store.add_source(changed, actor="test")
    after = next(v.source for v in sony_views(store) if v.source.key == before.key)
    assert after.title == "Sony: restated results"
    assert before.title != after.title


def test_the_store_knows_which_migrations_make_a_current_schema() -> None:
    # base.MIGRATIONS lets a current store open without sqlite-utils; it must name exactly
    # the schema's migrations, or a store would skip one (or migrate on every open).
    from bot.facts.schema import migrations
    from bot.facts.store.base import MIGRATIONS

    assert {m.name for m in migrations._migrations} == MIGRATIONS


def test_a_current_store_opens_and_answers_without_sqlite_utils(tmp_path, seed) -> None:
    import subprocess
    import sys

    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    probe = (
        "import sys; from bot.facts.store import FactStore; from bot.answering import Engine;"
        f"s = FactStore.open({str(path)!r}); a = Engine(s).ask('sony smartphone sales fy2013');"
        "print(a.status.value, 'sqlite_utils' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["answered", "False"]


def test_an_old_store_is_migrated_on_open(tmp_path, seed) -> None:
    import sqlite3

    from bot.facts.store.base import MIGRATIONS

    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_name_lookups'")
        conn.execute("DROP INDEX aliases_by_alias")
        conn.execute("DROP INDEX synonyms_by_phrase")
    store = FactStore.open(path)
    assert store.schema_version() == len(MIGRATIONS)
    names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert "aliases_by_alias" in names
    store.close()


def _two_connections(tmp_path, seed) -> tuple[FactStore, FactStore]:
    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    return FactStore.open(path), FactStore.open(path)  # e.g. the bot and the command line


def test_names_written_elsewhere_are_seen_and_the_rest_is_kept(tmp_path, seed) -> None:
    from bot.facts.model import Entity

    reader, writer = _two_connections(tmp_path, seed)
    before = {e.id: e for e in reader.entities()}
    writer.add_alias("Sony", "Sonyco", scope=SHARED_SCOPE, actor="test")
    writer.import_bundle(
        replace(seed, entities=(Entity("Acme", ("ACM",)),), facts=(), sources=(), metrics=()),
        actor="test",
        scope=SHARED_SCOPE,
    )
    after = {e.id: e for e in reader.entities()}
    assert after == {e.id: e for e in writer.entities()}
    sony = writer.entity("Sony").id
    assert "Sonyco" in after[sony].aliases
    assert after[writer.entity("Acme").id].aliases == ("ACM",)
    assert list(after) == sorted(after)  # in id order, as ever
    for entity_id, entity in before.items():
        if entity_id != sony:
            assert after[entity_id] is entity  # unchanged names are not rebuilt


def test_a_changed_fiscal_calendar_is_seen_by_other_connections(tmp_path, seed) -> None:
    from bot.facts.model import Entity

    reader, writer = _two_connections(tmp_path, seed)
    assert reader.entity("Sony").fiscal_year_end == "03-31"
    writer.import_bundle(
        replace(
            seed, entities=(Entity("Sony", (), "12-31", "end"),), facts=(), sources=(), metrics=()
        ),
        actor="test",
        scope=SHARED_SCOPE,
    )
    assert reader.entity("Sony").fiscal_year_end == "12-31"
    assert [m.name for m in reader.metrics()] == [m.name for m in writer.metrics()]


def test_a_server_sees_its_own_new_names_and_never_anothers(store: FactStore) -> None:
    store.entities("111"), store.entities("222")  # cached for both servers
    store.add_alias("Sony", "Sonny", scope="111", actor="test")
    store.add_synonym("smartphones sold", "mobiles", scope="222", actor="test")
    assert "Sonny" in store.entity("Sony", "111").aliases
    assert "Sonny" not in store.entity("Sony", "222").aliases
    assert "Sonny" not in store.entity("Sony").aliases
    phrases = {s for m in store.metrics("222") for s in m.synonyms}
    assert "mobiles" in phrases
    assert "mobiles" not in {s for m in store.metrics("111") for s in m.synonyms}


def test_what_the_store_returned_stays_whole_after_it_is_closed(seed) -> None:
    store = FactStore.in_memory(seed=seed)
    views = sony_views(store)
    texts = {s.key: s.text for s in store.sources()}
    store.close()
    for view in views:
        assert view.source.text == texts[view.source.key]
        assert replace(view.source, title="x").text == texts[view.source.key]


def _read(store: FactStore, *, keep: bool, **where) -> list:
    return store.facts_for(SHARED_SCOPE, keep=keep, **where)


def test_a_kept_read_is_the_same_as_a_fresh_one_and_a_list_of_its_own(store: FactStore) -> None:
    sony = store.entity("Sony").id
    for where in ({"entity_ids": [sony]}, {"entity_ids": [sony], "limit": 3}):
        fresh = _read(store, keep=False, **where)
        kept = _read(store, keep=True, **where)
        assert kept == fresh and [v.history for v in kept] == [v.history for v in fresh]
        kept.clear()  # the caller's list: the store's copy is untouched
        assert _read(store, keep=True, **where) == fresh


def test_a_kept_read_sees_every_write(tmp_path, seed) -> None:
    reader, writer = _two_connections(tmp_path, seed)  # the write by another process, too
    for store in (reader, writer):
        sony = store.entity("Sony").id
        before = _read(reader, keep=True, entity_ids=[sony])
        gone = before[0].fact.id
        store.remove_fact(gone, scope=SHARED_SCOPE, actor="test")  # type: ignore[arg-type]
        after = _read(reader, keep=True, entity_ids=[sony])
        assert len(after) == len(before) - 1
        assert gone not in {v.fact.id for v in after}
        assert after == _read(reader, keep=False, entity_ids=[sony])


def test_a_kept_read_stays_whole_after_the_store_is_closed(seed) -> None:
    store = FactStore.in_memory(seed=seed)
    views = _read(store, keep=True, entity_ids=[store.entity("Sony").id])
    texts = {s.key: s.text for s in store.sources()}
    store.close()
    assert all(view.source.text == texts[view.source.key] for view in views)


def test_kept_reads_hold_at_most_their_bound_and_stay_right(store: FactStore, monkeypatch) -> None:
    from bot.facts.store import reading

    sony = store.entity("Sony").id
    whole = _read(store, keep=False, entity_ids=[sony])
    monkeypatch.setattr(reading, "SERIES_CACHE_VIEWS", len(whole) + 2)
    for limit in (1, 2, 3, len(whole)):  # the last pushes the first ones out
        kept = _read(store, keep=True, entity_ids=[sony], limit=limit)
        assert kept == _read(store, keep=False, entity_ids=[sony], limit=limit)
    cache = store.__dict__["_series_cache"]
    assert cache.size == sum(map(len, cache.held.values())) <= len(whole) + 2
    assert _read(store, keep=True, entity_ids=[sony], limit=1) == _read(
        store, keep=False, entity_ids=[sony], limit=1
    )


# -- a reader in another process (the Discord bot's answering processes) ------------------


def test_a_read_only_store_reads_and_refuses_writes(tmp_path, seed) -> None:
    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    reader = FactStore.open_read_only(path)
    try:
        assert len(sony_views(reader)) == 13
        source = reader.source("sony-fy2013-results")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.add_source(replace(source, title="Other"), actor="test")
    finally:
        reader.close()
    with pytest.raises(SalesBotError, match="no store"):
        FactStore.open_read_only(tmp_path / "missing.db")
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(SalesBotError, match="open it for writing first"):
        FactStore.open_read_only(tmp_path / "other.db")


def test_a_reader_sees_another_connections_writes_at_its_next_read(tmp_path, seed) -> None:
    path = tmp_path / "store.db"
    writer = FactStore.open(path, seed=seed)
    reader = FactStore.open_read_only(path)
    try:
        before = sony_views(reader)[0].source  # the reader's caches now hold it
        writer.add_source(replace(writer.source(before.key), title="Restated"), actor="test")
        after = next(v.source for v in sony_views(reader) if v.source.key == before.key)
        assert after.title == "Restated"
    finally:
        reader.close()
        writer.close()


def test_sources_sent_to_another_process_go_without_text_and_read_it_there(
    tmp_path, seed, monkeypatch
) -> None:
    from multiprocessing.reduction import ForkingPickler

    from bot.facts.store.sources import send_without_text

    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    reader = FactStore.open_read_only(path)
    monkeypatch.setattr(ForkingPickler, "_extra_reducers", dict(ForkingPickler._extra_reducers))
    try:
        send_without_text(path)
        source = sony_views(reader)[0].source
        stored = reader.source(source.key)
        sent = bytes(ForkingPickler.dumps(source))
        assert stored.text.encode() not in sent and len(sent) < len(stored.text)
        received = pickle.loads(sent)
        assert "_text" not in vars(received)
        assert received.title == stored.title and received.text == stored.text
        assert received == stored
        again = pickle.loads(pickle.dumps(pickle.loads(sent)))  # on to the chart process
        assert "_text" not in vars(again) and again == stored
        assert type(pickle.loads(pickle.dumps(source))) is Source  # plain pickle: unchanged
    finally:
        reader.close()


def test_sources_handed_out_are_tracked_without_growing_past_what_lives(
    store: FactStore, monkeypatch
) -> None:
    from bot.facts.store import sources

    monkeypatch.setattr(sources, "SOURCE_CACHE_LIMIT", 1)  # every read makes new sources
    ids = [s.id for s in store.sources()]
    held = [store._sources_by_id([i])[i] for i in ids]  # kept by the caller
    for _ in range(2000):  # read and dropped
        store._sources_by_id([ids[0]])
    assert len(store._textless()) <= 2 * 1024 + 1
    store.close()  # what the caller still holds reads its text before the store goes
    assert all(source.text for source in held)


def test_a_series_is_kept_from_its_second_read_until_the_next_write(store: FactStore) -> None:
    sony = store.entity("Sony").id
    first = _read(store, keep=True, entity_ids=[sony])
    cache = store.__dict__["_series_cache"]
    assert cache.size == 0  # read once: not kept (most companies are asked about once)
    second = _read(store, keep=True, entity_ids=[sony])
    assert second == first and cache.size == len(first)  # read again: kept
    assert _read(store, keep=True, entity_ids=[sony]) == first
    store.remove_fact(first[0].fact.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    after = _read(store, keep=True, entity_ids=[sony])  # seen before: kept at once again
    assert len(after) == len(first) - 1 and cache.size == len(after)


def _series(store: FactStore, metric: str) -> list[FactView]:
    sony = store.entity("Sony").id
    metric_id = next(m.id for m in store.metrics() if m.name == metric)
    return store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[metric_id])


def _quote_reads(store: FactStore, read) -> tuple[list[str], object]:
    reads, value = _statements(store, read, meta=True)
    return [s for s in reads if "f.quote" in s], value


def test_a_series_reads_its_quotes_only_for_the_facts_asked_about(store: FactStore) -> None:
    views = _series(store, "smartphones sold")
    assert len(views) > 4
    alone = {v.fact.id: store.fact(v.fact.id).fact for v in views}  # type: ignore[arg-type]
    reads, quote = _quote_reads(store, lambda: views[0].fact.quote)
    assert quote == alone[views[0].fact.id].quote and len(reads) == 1
    assert _quote_reads(store, lambda: views[0].fact.created_at)[0] == []  # read with it
    # a caller reading every quote: a few facts' rows alone, then the series' at once
    reads, quotes = _quote_reads(store, lambda: [v.fact.quote for v in views])
    assert quotes == [alone[v.fact.id].quote for v in views] and len(reads) <= 4


def test_a_quote_read_after_a_write_belongs_to_the_figure_held(tmp_path, seed) -> None:
    path = tmp_path / "s.db"
    FactStore.open(path, seed=seed).close()
    store, other = FactStore.open(path), sqlite3.connect(path)
    views = _series(store, "smartphones sold")
    changed, kept = views[0].fact, views[1].fact
    # another process changes one figure and corrects another's quote
    other.execute("UPDATE facts SET value = value + 1 WHERE id = ?", [changed.id])
    other.execute("UPDATE facts SET quote = 'corrected' WHERE id = ?", [kept.id])
    other.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    other.commit()
    from bot.facts.store.rows import StaleFactError

    with pytest.raises(StaleFactError):
        _ = changed.quote  # never the quote of a figure other than the one held
    assert kept.quote == "corrected"  # the same figure: its quote as stored now
    other.close()
    store.close()


def test_quotes_and_sources_not_read_yet_are_read_before_the_store_closes(seed) -> None:
    store = FactStore.in_memory(seed=seed)
    views = _series(store, "smartphones sold")
    alone = [store.fact(v.fact.id) for v in views]  # type: ignore[arg-type]
    texts = [store.source(a.fact.source).text for a in alone]
    store.close()
    assert [v.fact.quote for v in views] == [a.fact.quote for a in alone]
    assert [v.source for v in views] == [a.source for a in alone]
    assert [v.source.text for v in views] == texts
