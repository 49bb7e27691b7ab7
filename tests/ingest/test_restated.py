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
