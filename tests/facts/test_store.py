"""The FactStore: revisions, soft delete and undo, audit, transactions, scopes, round trip."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from bot.facts.bundle import dump_bundle, parse_bundle
from bot.facts.model import (
    SHARED_SCOPE,
    Entity,
    Fact,
    Kind,
    Metric,
    NotFoundError,
    Period,
    PermissionDeniedError,
    SalesBotError,
    Source,
)
from bot.facts.store import FactStore

FY2013 = Period(date(2013, 4, 1), date(2014, 3, 31))
GUILD_A, GUILD_B = "111", "222"


def sony_fact(**changes) -> Fact:
    base = Fact(
        entity="Sony",
        metric="smartphones sold",
        kind=Kind.ACTUAL,
        period=Period(date(2014, 4, 1), date(2015, 3, 31)),
        value=41_000_000,
        unit="units",
        as_of=date(2015, 5, 1),
        source="sony-fy2013-results",
        quote="Sony said it sold 39 million smartphones last year",
    )
    return replace(base, **changes)


def sony(store: FactStore) -> int:
    return store.entity("Sony").id  # type: ignore[return-value]


def test_seed_loads_every_fact_with_its_sources(store: FactStore, seed) -> None:
    assert store.count_facts() == len(seed.facts) == 13
    assert {s.key for s in store.sources()} == {"sony-fy2013-results", "sony-q2-fy2013-xperia"}
    assert store.entity("xperia").name == "Sony"  # aliases resolve to the entity
    assert store.schema_version() >= 1


def test_importing_the_same_bundle_twice_adds_nothing(store: FactStore, seed) -> None:
    report = store.import_bundle(seed, actor="test", scope=SHARED_SCOPE)
    assert report.counts["facts"] == {"added": 0, "updated": 0, "skipped": 13}
    assert report.counts["sources"]["skipped"] == 2
    assert store.count_facts() == 13


def test_revisions_are_kept_and_the_newest_is_current(store: FactStore) -> None:
    views = store.facts_for(SHARED_SCOPE, entity_ids=[sony(store)])
    targets = sorted(
        (v for v in views if v.fact.kind is Kind.TARGET and v.fact.period == FY2013),
        key=lambda v: v.revision,
    )
    assert [(v.fact.value, v.revision, v.revisions, v.is_current) for v in targets] == [
        (42_000_000, 1, 2, False),
        (40_000_000, 2, 2, True),
    ]
    assert [f.value for f in targets[1].history] == [42_000_000, 40_000_000]


def test_a_quote_missing_from_its_source_is_refused_and_nothing_changes(store: FactStore) -> None:
    before = store.count_facts()
    with pytest.raises(SalesBotError, match="not in the text"):
        store.add_fact(sony_fact(quote="Sony sold a billion phones"), actor="t")
    assert store.count_facts() == before


def test_quotes_are_compared_with_whitespace_folded(store: FactStore) -> None:
    view = store.add_fact(
        sony_fact(quote="Sony said it sold 39 million\n  smartphones last year"), actor="t"
    )
    assert view.fact.id is not None


def test_import_is_all_or_nothing(store: FactStore, seed) -> None:
    data = dump_bundle(seed)
    data["facts"].append({**data["facts"][0], "period": "2020-01-01/2020-12-31"})  # fine
    data["facts"].append(
        {**data["facts"][0], "period": "2021-01-01/2021-12-31", "quote": "not in the text"}
    )  # refused
    with pytest.raises(SalesBotError, match="fact 15"):
        store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    assert store.count_facts() == 13
    assert store.list_facts(period=Period(date(2020, 1, 1), date(2020, 12, 31))) == []


def test_import_updates_a_changed_value_and_audits_it(store: FactStore, seed) -> None:
    data = dump_bundle(seed)
    data["facts"][0]["value"] = 39_500_000
    report = store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    assert report.counts["facts"] == {"added": 0, "updated": 1, "skipped": 12}
    edits = [e for e in store.audit_log(SHARED_SCOPE) if e.action == "edit"]
    assert edits[0].before["value"] == 39_000_000 and edits[0].after["value"] == 39_500_000


def test_remove_is_soft_and_undo_restores(store: FactStore) -> None:
    fact_id = store.list_facts(entity="Sony", metric="net loss", kind=Kind.ACTUAL)[0].fact.id
    entry = store.remove_fact(fact_id, scope=SHARED_SCOPE, actor="alice")
    assert entry.action == "remove" and entry.before["deleted_at"] is None
    assert entry.after["deleted_at"] is not None
    assert store.count_facts() == 12
    assert store.fact(fact_id).fact.deleted  # still there, marked removed
    undo = store.undo(scope=SHARED_SCOPE, actor="alice")
    assert undo.row_id == fact_id and store.count_facts() == 13
    assert not store.fact(fact_id).fact.deleted
    with pytest.raises(SalesBotError, match="already undone"):
        store.undo(scope=SHARED_SCOPE, actor="alice", entry_id=entry.id)


def test_edit_keeps_the_old_row_in_the_audit_log_and_can_be_undone(store: FactStore) -> None:
    fact_id = store.list_facts(metric="net loss", kind=Kind.FORECAST)[0].fact.id
    store.edit_fact(fact_id, {"value": 500_000_000.0}, scope=SHARED_SCOPE, actor="bob")
    history = store.history(fact_id)
    assert history.view.fact.value == 500_000_000
    edit = history.audit[-1]
    assert (edit.actor, edit.before["value"], edit.after["value"]) == ("bob", 490e6, 500e6)
    store.undo(scope=SHARED_SCOPE, actor="bob")
    assert store.fact(fact_id).fact.value == 490_000_000


def test_undo_never_clobbers_a_later_change(store: FactStore) -> None:
    fact_id = store.list_facts(metric="net loss", kind=Kind.FORECAST)[0].fact.id
    first = store.edit_fact(fact_id, {"value": 1.0}, scope=SHARED_SCOPE, actor="bob")
    assert first.fact.value == 1.0
    first_entry = store.history(fact_id).audit[-1]
    store.edit_fact(fact_id, {"value": 2.0}, scope=SHARED_SCOPE, actor="carol")
    with pytest.raises(SalesBotError, match="changed again"):
        store.undo(scope=SHARED_SCOPE, actor="bob", entry_id=first_entry.id)
    assert store.fact(fact_id).fact.value == 2.0


def test_nothing_to_undo_is_a_clear_error(store: FactStore) -> None:
    with pytest.raises(SalesBotError, match="nothing of yours to undo"):
        store.undo(scope=SHARED_SCOPE, actor="nobody")


def test_a_server_sees_shared_facts_plus_its_own_never_anothers(store: FactStore) -> None:
    store.add_source(
        Source(
            key="acme-q1",
            title="Acme Q1",
            published=date(2024, 4, 30),
            text="Acme sold 12 million widgets in the quarter.",
            scope=GUILD_A,
        ),
        actor="a",
    )
    store.add_fact(
        Fact(
            entity="Acme",
            metric="widgets sold",
            kind=Kind.ACTUAL,
            period=Period(date(2024, 1, 1), date(2024, 3, 31)),
            value=12e6,
            unit="units",
            as_of=date(2024, 4, 30),
            source="acme-q1",
            quote="Acme sold 12 million widgets",
            scope=GUILD_A,
        ),
        actor="a",
    )
    assert store.count_facts(GUILD_A) == 14
    assert store.count_facts(GUILD_B) == 13
    assert store.count_facts(SHARED_SCOPE) == 13
    assert "Acme" not in {e.name for e in store.entities(GUILD_B)}
    with pytest.raises(NotFoundError):
        store.source("acme-q1", GUILD_B)
    acme_id = store.list_facts(GUILD_A, entity="Acme")[0].fact.id
    with pytest.raises(NotFoundError):
        store.fact(acme_id, GUILD_B)
    with pytest.raises(NotFoundError):
        store.remove_fact(acme_id, scope=GUILD_B, actor="b")


def test_a_server_cannot_change_shared_facts(store: FactStore) -> None:
    fact_id = store.list_facts()[0].fact.id
    with pytest.raises(PermissionDeniedError):
        store.remove_fact(fact_id, scope=GUILD_A, actor="a")
    with pytest.raises(PermissionDeniedError):
        store.edit_fact(fact_id, {"value": 1.0}, scope=GUILD_A, actor="a")
    assert store.count_facts() == 13


def test_synonyms_and_aliases_belong_to_their_server(store: FactStore) -> None:
    store.add_synonym("smartphones sold", "shipments", scope=GUILD_A, actor="a")
    store.add_alias("Sony", "SNE", scope=GUILD_A, actor="a")
    synonyms = lambda scope: {s for m in store.metrics(scope) for s in m.synonyms}  # noqa: E731
    assert "shipments" in synonyms(GUILD_A) and "shipments" not in synonyms(GUILD_B)
    assert store.entity("SNE", GUILD_A).name == "Sony"
    with pytest.raises(NotFoundError):
        store.entity("SNE", GUILD_B)


def test_export_then_import_gives_an_identical_store(store: FactStore) -> None:
    store.add_fact(sony_fact(), actor="t")
    exported = dump_bundle(store.export_bundle())
    fresh = FactStore.in_memory()
    report = fresh.import_bundle(parse_bundle(exported), actor="t", scope=SHARED_SCOPE)
    assert report.counts["facts"]["added"] == 14
    assert dump_bundle(fresh.export_bundle()) == exported


def test_the_database_runs_with_foreign_keys_and_wal(tmp_path, seed) -> None:
    s = FactStore.open(tmp_path / "t.db", seed=seed)
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_a_file_that_is_not_sqlite_is_refused(tmp_path) -> None:
    bad = tmp_path / "not.db"
    bad.write_text("hello, this is not a database" * 100)
    with pytest.raises(SalesBotError, match="cannot use"):
        FactStore.open(bad)


def test_questions_nobody_could_answer_are_counted(store: FactStore) -> None:
    for q in ("sony tv revenue", "Sony TV revenue", "samsung units"):
        store.log_question(q, scope=GUILD_A, status="unknown")
    store.log_question("other server", scope=GUILD_B, status="unknown")
    top = store.unanswered(GUILD_A)
    assert [(u.question.lower(), u.times) for u in top] == [
        ("sony tv revenue", 2),
        ("samsung units", 1),
    ]


def test_candidates_wait_for_approval(store: FactStore) -> None:
    ids = store.add_candidates(
        "sony-fy2013-results", [{"value": 1}, {"value": 2}], scope=SHARED_SCOPE, actor="ingest"
    )
    assert [c.id for c in store.candidates(SHARED_SCOPE)] == ids
    view = store.approve_candidate(ids[0], sony_fact(), actor="alice")
    store.reject_candidate(ids[1], scope=SHARED_SCOPE, actor="alice")
    assert store.candidates(SHARED_SCOPE) == []
    assert store.candidate(ids[0], SHARED_SCOPE).fact_id == view.fact.id
    with pytest.raises(SalesBotError, match="already approved"):
        store.reject_candidate(ids[0], scope=SHARED_SCOPE, actor="alice")


def test_generation_changes_with_every_write(store: FactStore) -> None:
    before = store.generation()
    store.add_synonym("net loss", "red ink", scope=SHARED_SCOPE, actor="t")
    assert store.generation() > before


def test_open_reports_an_unwritable_location(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SalesBotError):
        FactStore.open(blocker / "sub" / "t.db")


def test_sqlite_errors_do_not_leak_from_a_refused_write(store: FactStore) -> None:
    try:
        store.add_fact(sony_fact(source="no-such-source"), actor="t")
    except SalesBotError as e:
        assert "unknown source" in str(e)
    except sqlite3.Error:  # pragma: no cover - the point of the test
        pytest.fail("a raw sqlite error escaped")


def test_a_limited_read_keeps_the_newest_statements(store: FactStore) -> None:
    newest = store.facts_for(SHARED_SCOPE, entity_ids=[sony(store)], limit=1)
    assert [v.fact.as_of for v in newest] == [date(2014, 5, 14)]


def test_ids_beyond_sqlites_integers_are_refused_clearly(store: FactStore) -> None:
    huge = 2**70
    for call in (
        lambda: store.fact(huge),
        lambda: store.history(huge),
        lambda: store.edit_fact(huge, {"value": 1.0}, scope=SHARED_SCOPE, actor="t"),
        lambda: store.remove_fact(huge, scope=SHARED_SCOPE, actor="t"),
        lambda: store.undo(scope=SHARED_SCOPE, actor="t", entry_id=huge),
        lambda: store.candidate(huge, SHARED_SCOPE),
        lambda: store.reject_candidate(huge, scope=SHARED_SCOPE, actor="t"),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_an_approval_matches_metrics_by_exact_name_or_synonym_never_by_likeness(
    store: FactStore,
) -> None:
    text = "Sony sold 114 million mobile phones and 39 million handsets."
    store.add_source(Source("phones", "Phones", None, text), actor="t")
    ids = store.add_candidates("phones", [{}, {}], scope=SHARED_SCOPE, actor="ingest")
    smartphones = store.list_facts(metric="smartphones sold", limit=100)
    near = sony_fact(metric="mobile phones sold", value=114e6, source="phones",
                     quote="114 million mobile phones", as_of=date(2015, 6, 1))  # fmt: skip
    view = store.approve_candidate(ids[0], near, actor="alice")
    assert view.fact.metric == "mobile phones sold"  # a metric of its own, not merged
    assert store.list_facts(metric="smartphones sold", limit=100) == smartphones
    synonym = sony_fact(metric="handsets sold", value=39e6, source="phones",
                        quote="39 million handsets", as_of=date(2015, 6, 2))  # fmt: skip
    view = store.approve_candidate(ids[1], synonym, actor="alice")
    assert view.fact.metric == "smartphones sold"  # a declared synonym


def test_names_an_approval_needs_are_added_without_an_import(store: FactStore) -> None:
    imports = store.db.execute("SELECT count(*) FROM imports").fetchone()[0]
    store.add_names(
        [Entity("Nokivo", ("NKV",), "06-30", "end")],
        [Metric("handset revenue", ("handset income",), "money")],
        scope=SHARED_SCOPE,
        actor="alice",
    )
    assert store.db.execute("SELECT count(*) FROM imports").fetchone()[0] == imports
    assert store.entity("NKV").fiscal_year_end == "06-30"
    log = store.audit_log(SHARED_SCOPE, limit=2)
    assert [(e.action, e.table) for e in log] == [("add", "metrics"), ("add", "entities")]
    assert log[1].after["fiscal_year_end"] == "06-30"
    with pytest.raises(SalesBotError, match="nothing of yours to undo"):
        store.undo(scope=SHARED_SCOPE, actor="alice")  # no empty import to undo either


def test_one_generation_reads_the_generation_once_per_block(tmp_path, seed) -> None:
    # a question reads the generation once; a write by this store is seen at once, one by
    # another process from the next block on
    path = tmp_path / "t.db"
    store, other = FactStore.open(path, seed=seed), FactStore.open(path)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    with store.one_generation():
        first = store.generation()
        other.add_synonym("net loss", "red ink", scope=SHARED_SCOPE, actor="t")
        assert store.generation() == first  # as the block began
        assert sum("generation" in s for s in statements) == 1
        store.add_synonym("net loss", "red ink 2", scope=SHARED_SCOPE, actor="t")
        written = store.generation()
        assert written > first
    assert store.generation() == written == other.generation()
    with store.one_generation():
        other.add_synonym("net loss", "red ink 3", scope=SHARED_SCOPE, actor="t")
    assert store.generation() > written
