"""Long reports: the service reports its progress over the whole ingest (splitting, reading,
storing), a cancelled ingest stores nothing, and a new company is read once, under the
calendar its report states. Speed itself is measured by bench/ingest_scale.py."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.store import FactStore
from bot.ingest import extract as extract_module
from bot.ingest import service
from bot.ingest.documents import parse_document

PARAGRAPHS = [
    f"Kite sold {n} million kites in {year}, the company said. "
    f"It expects to sell {n + 1} million kites in {year + 1}."
    for n, year in zip(range(2, 40), range(1980, 2018), strict=True)
]
REPORT = "Kite annual report\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


@pytest.fixture
def store():
    s = FactStore.in_memory()
    yield s
    s.close()


def _ingest(store, text=REPORT, **kwargs):
    return service.ingest(
        store,
        parse_document(text, ".txt"),
        published=date(2019, 2, 1),
        scope="shared",
        actor="test",
        **kwargs,
    )


def test_progress_covers_the_whole_ingest_and_ends_when_it_is_stored(store):
    seen: list[tuple[int, int]] = []
    stored_at: list[int] = []
    real_add = store.add_candidates

    def add(*args, **kwargs):
        stored_at.append(len(seen))
        return real_add(*args, **kwargs)

    store.add_candidates = add  # type: ignore[method-assign]
    result = _ingest(store, entity="Kite", progress=lambda at, whole: seen.append((at, whole)))
    assert result.candidates
    positions = [at for at, _ in seen]
    assert {whole for _, whole in seen} == {len(REPORT)}
    assert positions == sorted(positions)
    assert positions[-1] == len(REPORT)
    # splitting the report counts (positions below the reading share come from it) ...
    assert any(0 < at < len(REPORT) * service.LAYOUT_SHARE for at in positions)
    # ... and 100% is said only once the candidates are stored
    assert stored_at and all(at < len(REPORT) for at in positions[: stored_at[0]])


def test_a_cancelled_ingest_stores_nothing(store):
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 3  # cancelled while the report is being read

    with pytest.raises(service.Cancelled, match="nothing was stored"):
        _ingest(store, entity="Kite", stop=stop)
    assert store.candidates("shared", status=None) == []
    assert store.sources("shared") == []
    _ingest(store, entity="Kite")  # and it can be ingested again afterwards
    assert len(store.candidates("shared")) >= len(PARAGRAPHS)


def test_a_new_company_is_read_once_under_the_calendar_its_report_states(store, monkeypatch):
    calls = []
    real = extract_module.extract

    def counting(*args, **kwargs):
        calls.append(kwargs.get("entity"))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "extract", counting)
    text = (
        "Wren Foods reports results\n\n"
        "Wren Foods said revenue for its fiscal year ended June 30, 2024 rose to $5 billion. "
        "It expects revenue of $6 billion in fiscal 2025.\n"
    )
    result = _ingest(store, text)  # no --entity: the company is found in the text
    assert len(calls) == 1 and calls[0].name == "Wren Foods"
    assert calls[0].calendar.end_month == 6
    assert result.new_entity is not None and result.new_entity.fiscal_year_end == "06-30"
    periods = {c.fields["period"] for c in result.candidates}
    assert "2023-07-01/2024-06-30" in periods
