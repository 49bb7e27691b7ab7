"""A later report repeating a figure an earlier report stated proposes nothing new: the
figure has its own dated report already."""

from __future__ import annotations

from datetime import date

from bot.facts.store import FactStore
from bot.ingest.documents import read_document
from bot.ingest.service import ingest

RESULTS = """Ardent Labs reports third-quarter results
Ardent Labs (corpus)
2025-11-05

Ardent Labs today reported net sales of $842.6 million for the third quarter of 2025.
"""
NEWS = """Ardent beats estimates
Prairie Business Journal (corpus)
2025-11-06

Ardent Labs said on Wednesday that third-quarter revenue climbed to $842.6 million. It
also said quarterly orders rose to $901.5 million.
"""


def test_a_figure_restated_by_a_later_report_is_not_proposed_again(tmp_path):
    store = FactStore.open(tmp_path / "s.db", seed=None)
    try:
        for name, text, day in (("a.txt", RESULTS, 5), ("b.txt", NEWS, 6)):
            (tmp_path / name).write_text(text, encoding="utf-8")
            ingest(
                store,
                read_document(tmp_path / name),
                published=date(2025, 11, day),
                scope="shared",
                actor="test",
                entity="Ardent Labs",
                fiscal_year_end="12-31",
                named_by="start",
            )
        values = sorted(c.fields["value"] for c in store.candidates("shared", status="pending"))
    finally:
        store.close()
    assert values == [842.6e6, 901.5e6]  # the news story's own figure is still proposed


def _ingest(store: FactStore, tmp_path, name: str, text: str, day: int, scope: str = "shared"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return ingest(
        store,
        read_document(tmp_path / name),
        published=date(2025, 11, day),
        scope=scope,
        actor="test",
        entity="Ardent Labs",
        fiscal_year_end="12-31",
        named_by="start",
    )


def test_a_rejected_figure_or_another_servers_is_proposed_again(tmp_path):
    store = FactStore.open(tmp_path / "s.db", seed=None)
    try:
        first = _ingest(store, tmp_path, "a.txt", RESULTS, 5)
        store.reject_candidate(first.candidates[0].id, scope="shared", actor="test")
        _ingest(store, tmp_path, "a2.txt", RESULTS, 5, scope="guild:1")
        _ingest(store, tmp_path, "b.txt", NEWS, 6)
        shared = sorted(c.fields["value"] for c in store.candidates("shared", status="pending"))
    finally:
        store.close()
    # rejected in this scope, stated only in another: the news story proposes it
    assert shared == [842.6e6, 901.5e6]


def test_figures_stated_elsewhere_are_looked_up_by_index_not_read_in_full(tmp_path):
    store = FactStore.open(tmp_path / "s.db", seed=None)
    try:
        plan = store.db.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM candidates WHERE scope = ? AND "
            "json_extract(payload, '$.period') = ? AND json_extract(payload, '$.value') "
            "BETWEEN ? AND ?",
            ["shared", "2025-07-01/2025-09-30", 1.0, 2.0],
        ).fetchall()
        first = _ingest(store, tmp_path, "a.txt", RESULTS, 5)
        found = store.stating(
            "shared", [(first.candidates[0].fields["period"], 842.6e6)], besides="other"
        )
        none = store.stating(
            "shared", [(first.candidates[0].fields["period"], 842.6e6)], besides=first.source.key
        )
    finally:
        store.close()
    assert any("candidates_by_figure" in str(row) for row in plan)
    assert [c.id for c in found] == [first.candidates[0].id] and none == []
