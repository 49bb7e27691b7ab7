"""Imports and exports: exact metric matching, what "updated" means, one undoable change,
chunked publishing that leaves nothing when it fails, streaming, lossless round trips."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from bot.facts.bundle import parse_bundle, parse_bundle_text, stream_bundle_file
from bot.facts.model import SHARED_SCOPE, Kind, SalesBotError, Source
from bot.facts.store import FactStore
from bot.facts.store.bundles import staging

HANDSETS = "Nokivo shipped 114 million handsets, and aims at 114 million again next year."


def handset_bundle(*, declare: bool, metric: str = "handsets sold", as_of="2014-05-14"):
    """Another maker's handset target, named by a phrase the seed lists as a synonym."""
    return {
        "entities": [{"name": "Sony"}],
        "metrics": [{"name": metric, "unit": "units"}] if declare else [],
        "sources": [{"key": "handsets-2014", "title": "Handsets", "text": HANDSETS}],
        "facts": [
            {
                "entity": "Sony", "metric": metric, "kind": "target",
                "period": "2014-04-01/2015-03-31", "value": 114_000_000, "unit": "units",
                "as_of": as_of, "source": "handsets-2014",
                "quote": "aims at 114 million again next year",
            }
        ],
    }  # fmt: skip


def smartphone_target(store: FactStore) -> float:
    views = [
        v for v in store.list_facts(entity="Sony", kind=Kind.TARGET, limit=100)
        if v.fact.metric == "smartphones sold" and v.fact.period.start.year == 2014
    ]  # fmt: skip
    return views[0].fact.value


def test_a_declared_metric_is_never_merged_into_another_by_its_synonym(store: FactStore) -> None:
    report = store.import_bundle(
        parse_bundle(handset_bundle(declare=True)), actor="t", scope=SHARED_SCOPE
    )
    assert report.counts["facts"] == {"added": 1, "updated": 0, "skipped": 0}
    assert smartphone_target(store) == 50_000_000
    assert any("kept apart" in note and "smartphones sold" in note for note in report.notes)
    assert "same entity, metric, kind, period and statement date" in report.line()


def test_a_fact_read_through_a_declared_synonym_is_said_in_the_summary(
    store: FactStore,
) -> None:
    report = store.import_bundle(
        parse_bundle(handset_bundle(declare=False, as_of="2014-06-01")), actor="t", scope="shared"
    )
    assert any("read as 'smartphones sold'" in note for note in report.notes)
    assert report.counts["facts"]["added"] == 1  # another statement date: added, not updated


def another_makers_units(metric: str) -> dict:
    """A new company's figure named by a phrase the seed lists as one of Sony's synonyms."""
    data = handset_bundle(declare=False, metric=metric)
    data["entities"] = [{"name": "Nokivo"}]
    data["facts"][0]["entity"] = "Nokivo"
    return data


@pytest.mark.parametrize("metric", ["units sold", "handsets sold", "phone sales"])
def test_another_companys_figure_is_never_read_through_sonys_synonym(
    store: FactStore, metric: str
) -> None:
    report = store.import_bundle(
        parse_bundle(another_makers_units(metric)), actor="t", scope=SHARED_SCOPE
    )
    assert report.counts["facts"]["added"] == 1
    (view,) = store.list_facts(entity="Nokivo")
    assert view.fact.metric == metric
    assert smartphone_target(store) == 50_000_000  # Sony's own target untouched
    assert any("kept apart" in note and "smartphones sold" in note for note in report.notes)
    assert not any("read as" in note for note in report.notes)


def test_a_fact_added_for_another_company_keeps_its_own_metric(store: FactStore) -> None:
    store.import_bundle(parse_bundle(another_makers_units("units sold")), actor="t", scope="shared")
    fact = store.list_facts(entity="Nokivo")[0].fact
    added = store.add_fact(
        replace(fact, id=None, value=115_000_000, as_of=date(2014, 6, 1)), actor="t"
    )
    assert added.fact.metric == "units sold"
    sony_units = replace(fact, id=None, entity="Sony", as_of=date(2014, 6, 2))
    assert store.add_fact(sony_units, actor="t").fact.metric == "smartphones sold"


def test_a_restated_figure_of_another_date_is_added_not_updated(store: FactStore, seed) -> None:
    data = json.loads(json.dumps(_dump(seed)))
    data["facts"][2]["value"] = 51_000_000
    data["facts"][2]["as_of"] = "2014-06-30"
    report = store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    assert report.counts["facts"] == {"added": 1, "updated": 0, "skipped": 12}


def test_two_figures_for_one_fact_in_one_bundle_are_refused(store: FactStore) -> None:
    """One fact stated twice with two figures (the same revenue in forint and in euros
    under one name) is refused with one message and nothing stored: publishing kept only
    the later before 2026-12-05, and the other was lost unseen. The same figure twice is
    only a repeat."""
    bundle = handset_bundle(declare=False, metric="handsets shipped")
    second = {**bundle["facts"][0], "value": 120_000_000}
    before = _everything(store)
    with pytest.raises(SalesBotError, match="two different figures for one fact"):
        store.import_bundle(
            parse_bundle({**bundle, "facts": [*bundle["facts"], second]}),
            actor="t",
            scope=SHARED_SCOPE,
        )
    assert _everything(store) == before
    repeated = {**bundle, "facts": [*bundle["facts"], dict(bundle["facts"][0])]}
    store.import_bundle(parse_bundle(repeated), actor="t", scope=SHARED_SCOPE)


def test_an_import_is_one_change_undone_as_a_whole(store: FactStore, seed) -> None:
    net_loss = store.list_facts(metric="net loss", kind=Kind.FORECAST)[0].fact
    store.edit_fact(net_loss.id, {"value": 500e6}, scope=SHARED_SCOPE, actor="t")
    data = _dump(seed)
    data["facts"][0]["value"] = 38_000_000  # restated on the same date: updated
    data["facts"].append({**data["facts"][1], "as_of": "2014-07-01"})  # a new statement
    data["facts"].append({**data["facts"][2], "as_of": "2014-07-01", "value": 49e6})
    before = store.list_facts(limit=1000)
    report = store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    # the seed's net loss forecast, edited above, is restated too: updated back
    assert report.counts["facts"] == {"added": 2, "updated": 2, "skipped": 11}
    assert store.fact(net_loss.id).fact.value == 490e6
    added = [v for v in store.list_facts(limit=1000) if v.fact.as_of.isoformat() == "2014-07-01"]
    for view in added:  # each created fact has its creation entry
        own = [e for e in store.history(view.fact.id).audit if e.row_id == view.fact.id]
        assert [e.action for e in own] == ["import"] and own[0].after["value"] == view.fact.value
    with pytest.raises(SalesBotError, match="part of an import"):
        store.undo(scope=SHARED_SCOPE, actor="t",
                   entry_id=own[0].id)  # fmt: skip
    entry = store.undo(scope=SHARED_SCOPE, actor="t")  # the import, not the edit before it
    assert entry.table == "imports" and entry.after["facts_removed"] == 2
    assert [(v.fact.id, v.fact.value) for v in store.list_facts(limit=1000)] == [
        (v.fact.id, v.fact.value) for v in before
    ]
    assert store.fact(net_loss.id).fact.value == 500e6  # as the edit before left it
    assert all(store.fact(v.fact.id).fact.deleted for v in added)  # removed, not lost


def test_a_failure_while_publishing_leaves_nothing(store: FactStore, seed, monkeypatch) -> None:
    monkeypatch.setattr(staging, "_CHUNK", 3)
    calls = {"n": 0}
    publish = FactStore._publish_facts

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        yield from publish(self, *args, **kwargs)

    monkeypatch.setattr(FactStore, "_publish_facts", failing)
    before = _everything(store)
    data = _bigger_bundle(12)
    with pytest.raises(RuntimeError):
        store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    assert calls["n"] == 3
    assert _everything(store) == before


def test_an_import_killed_half_way_is_rolled_back_on_the_next_open(
    tmp_path, seed, monkeypatch
) -> None:
    path = tmp_path / "store.db"
    store = FactStore.open(path, seed=seed)
    before = _everything(store)
    monkeypatch.setattr(staging, "_CHUNK", 3)
    monkeypatch.setattr(FactStore, "_roll_back_import", lambda self, import_id: None)
    publish = FactStore._publish_facts
    calls = {"n": 0}

    def dying(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # the process dies here: nothing runs after
        yield from publish(self, *args, **kwargs)

    monkeypatch.setattr(FactStore, "_publish_facts", dying)
    with pytest.raises(KeyboardInterrupt):
        store.import_bundle(parse_bundle(_bigger_bundle(12)), actor="t", scope=SHARED_SCOPE)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    store.db.execute("UPDATE imports SET pid = ?", [int(dead)])
    store.db.conn.commit()
    written = store.db.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert written > len(before["facts"])  # half published, in the file ...
    assert len(store.list_facts(limit=1000)) == len(before["facts"])  # ... seen by nobody
    store.close()
    monkeypatch.undo()
    reopened = FactStore.open(path)
    assert _everything(reopened) == before
    reopened.close()


def test_readers_see_nothing_of_an_import_until_it_is_complete(tmp_path, seed, monkeypatch) -> None:
    """Between two of an import's chunks another connection reads none of its facts, and
    another writer gets its turn; once the import is complete, it reads all of them."""
    path = tmp_path / "store.db"
    FactStore.open(path, seed=seed).close()
    importer, reader = FactStore.open(path), FactStore.open(path)
    monkeypatch.setattr(staging, "_CHUNK", 3)
    publishing = FactStore._publishing
    seen: list[tuple[int, int, int]] = []

    def watched(self):
        # before each of the import's transactions: what does everyone else see?
        zentro = len(reader.list_facts(entity="Zentro", limit=100))
        facts = reader.count_facts()
        reader.add_source(Source(f"note-{len(seen)}", "Note", None, "A note."),
                          actor="other")  # fmt: skip
        written = reader.db.execute(  # rows of the import being published (the seed's too)
            "SELECT count(*) FROM facts WHERE import_id = (SELECT max(id) FROM imports)"
        ).fetchone()[0]
        seen.append((zentro, facts, written))
        return publishing(self)

    monkeypatch.setattr(FactStore, "_publishing", watched)
    report = importer.import_bundle(parse_bundle(_bigger_bundle(12)), actor="t", scope=SHARED_SCOPE)
    assert report.counts["facts"]["added"] == 12
    assert [written for _, _, written in seen][-4:] == [0, 3, 6, 9]  # chunks were committed
    assert all(zentro == 0 and facts == 13 for zentro, facts, _ in seen)  # none was seen
    assert len(reader.list_facts(entity="Zentro", limit=100)) == 12
    assert reader.count_facts() == 25
    assert reader.source(f"note-{len(seen) - 1}").title == "Note"  # the other writer's
    for store in (importer, reader):
        store.close()


def test_export_then_import_into_an_empty_store_is_byte_identical(store: FactStore) -> None:
    fact = store.list_facts(metric="net loss")[0].fact
    store.remove_fact(fact.id, scope=SHARED_SCOPE, actor="t")
    first = _written(store)
    fresh = FactStore.in_memory()
    fresh.import_bundle(parse_bundle_text(first), actor="t", scope=SHARED_SCOPE)
    assert _written(fresh) == first
    assert json.loads(first) == json.loads(json.dumps(_dump(store.export_bundle())))


def test_a_sources_exact_text_survives_the_round_trip() -> None:
    store = FactStore.in_memory()
    text = "  Acme sold 5 widgets.\n\nMore to come.\n"
    data = {"sources": [{"key": "acme", "title": "Acme", "text": text}]}
    store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    assert store.source("acme").text == text
    assert json.loads(_written(store))["sources"][0]["text"] == text


def test_a_servers_export_never_copies_shared_facts_into_a_server(store: FactStore) -> None:
    guild = "4242"
    data = handset_bundle(declare=True)
    store.import_bundle(parse_bundle(data), actor="t", scope=guild)
    exported = _written(store, guild)
    marked = [f for f in json.loads(exported)["facts"] if f.get("scope") == SHARED_SCOPE]
    assert len(marked) == 13
    other = FactStore.in_memory(seed=parse_bundle(_dump(store.export_bundle())))
    report = other.import_bundle(parse_bundle_text(exported), actor="t", scope=guild)
    assert report.counts["facts"]["skipped"] == 13
    assert [v.fact.scope for v in other.list_facts(guild, limit=100)].count(guild) == 1
    assert _written(other, guild) == exported


def test_with_history_keeps_removed_facts_and_the_audit_log(store: FactStore) -> None:
    fact = store.list_facts(metric="net loss")[0].fact
    store.remove_fact(fact.id, scope=SHARED_SCOPE, actor="t")
    full = json.loads(_written(store, with_history=True))
    assert [f for f in full["facts"] if f.get("removed")]
    assert any(h["action"] == "remove" and h["row_id"] == fact.id for h in full["history"])
    fresh = FactStore.in_memory()
    fresh.import_bundle(parse_bundle(full), actor="t", scope=SHARED_SCOPE)
    removed = [v for v in fresh.list_facts(include_removed=True, limit=100) if v.fact.deleted]
    assert len(removed) == 1 and removed[0].fact.metric == "net loss"


def test_a_streamed_bundle_file_reads_as_the_parsed_one(tmp_path, seed) -> None:
    path = tmp_path / "b.json"
    path.write_text(json.dumps(_bigger_bundle(7)))
    streamed = stream_bundle_file(path)
    parsed = parse_bundle(json.loads(path.read_text()))
    for section in ("entities", "metrics", "sources", "facts"):
        assert list(getattr(streamed, section)) == list(getattr(parsed, section))


def _dump(bundle) -> dict:
    from bot.facts.bundle import dump_bundle

    return dump_bundle(bundle)


def _written(store: FactStore, scope: str = SHARED_SCOPE, **options) -> str:
    out = io.StringIO()
    store.write_bundle(out, scope, **options)
    return out.getvalue()


def _bigger_bundle(n: int) -> dict:
    text = " ".join(f"Zentro sold {i} gizmos in {2000 + i}." for i in range(n))
    return {
        "metrics": [{"name": "gizmos sold", "unit": "units"}],
        "sources": [{"key": "zentro", "title": "Zentro", "text": text}],
        "facts": [
            {
                "entity": "Zentro", "metric": "gizmos sold", "kind": "actual",
                "period": f"{2000 + i}-01-01/{2000 + i}-12-31", "value": i, "unit": "units",
                "as_of": "2030-01-01", "source": "zentro",
                "quote": f"Zentro sold {i} gizmos in {2000 + i}.",
            }
            for i in range(n)
        ],
    }  # fmt: skip


def _everything(store: FactStore) -> dict:
    """Every row of every table that matters, for before/after comparisons."""
    return {
        table: store.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        for table in ("facts", "entities", "metrics", "synonyms", "aliases", "sources", "audit")
    }


def test_a_fiscal_calendar_changed_by_an_import_is_audited_and_undone_with_it(
    store: FactStore,
) -> None:
    data = _bigger_bundle(2)
    data["entities"] = [{"name": "Sony", "fiscal_year_end": "12-31", "fiscal_year_named_by": "end"}]
    report = store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    assert report.counts["entities"]["updated"] == 1
    assert store.entity("Sony").fiscal_year_end == "12-31"
    edits = [e for e in store.audit_log(SHARED_SCOPE) if e.table == "entities"]
    assert [(e.action, e.actor) for e in edits] == [("edit", "t")]
    assert edits[0].before == {"fiscal_year_end": "03-31", "fiscal_year_named_by": "start"}
    assert edits[0].after == {"fiscal_year_end": "12-31", "fiscal_year_named_by": "end"}
    store.undo(scope=SHARED_SCOPE, actor="t")
    sony = store.entity("Sony")
    assert (sony.fiscal_year_end, sony.fiscal_year_named_by) == ("03-31", "start")


def test_a_facts_creation_entry_shows_it_as_imported_after_later_changes(
    store: FactStore,
) -> None:
    store.import_bundle(parse_bundle(_bigger_bundle(3)), actor="t", scope=SHARED_SCOPE)
    fact = store.list_facts(entity="Zentro", limit=10)[1].fact
    store.edit_fact(fact.id, {"value": 7.0}, scope=SHARED_SCOPE, actor="t")
    store.undo(scope=SHARED_SCOPE, actor="t")  # the edit
    store.undo(scope=SHARED_SCOPE, actor="t")  # the import: its facts removed
    entries = store.history(fact.id).audit
    assert [e.action for e in entries] == ["import", "edit", "undo", "undo"]
    created = entries[0].after
    assert (created["value"], created["deleted_at"], created["created_by"]) == (1.0, None, "t")
    assert entries[1].after["value"] == 7.0 and entries[3].after["deleted_by"] == "t"
    assert created == entries[1].before  # the row as the import wrote it
    assert store.fact(fact.id).fact.deleted


def test_a_sources_creation_entry_shows_the_text_the_import_gave_it(store: FactStore) -> None:
    first = _bigger_bundle(2)
    store.import_bundle(parse_bundle(first), actor="t", scope=SHARED_SCOPE)
    second = _bigger_bundle(2)
    second["sources"][0]["text"] += " Zentro also sold widgets."
    report = store.import_bundle(parse_bundle(second), actor="t", scope=SHARED_SCOPE)
    assert report.counts["sources"]["updated"] == 1
    zentro = store.source("zentro")
    entries = [
        e for e in store.audit_log(SHARED_SCOPE, limit=100)
        if e.table == "sources" and e.row_id == zentro.id
    ]  # fmt: skip
    assert [e.action for e in entries] == ["edit", "add"]  # newest first
    assert entries[1].after["text"] == first["sources"][0]["text"]
    assert entries[0].after["text"] == second["sources"][0]["text"]
    assert zentro.text == second["sources"][0]["text"]
