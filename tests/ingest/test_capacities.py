"""A capacity is what could be done, never what was: a figure its clause names as a capacity
("Annual handling capacity stood at ...", "Production capacity reached ...") is never the
volume handled or produced; a measure named as a capacity keeps its figure, and the volume
beside it stays. Companies invented here; the production case failed on the engine this
session started from (734c82a), the capacity proposed as the year's production; the
handling case is a guard (a real report's had been proposed as the year's volume)."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 1, 20)


def _found(body: str) -> set[tuple[str, float]]:
    text = f"Kestrow Harbour annual update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Kestrow Harbour", ())).proposals
    return {(p.metric, p.value) for p in found}


def test_a_capacity_is_no_volume_handled():
    found = _found(
        "Kestrow Harbour handled 8.4 million TEUs in 2025. Annual handling capacity stood at "
        "11.2 million TEUs at the end of the year."
    )
    assert any(value == 8_400_000 for _, value in found)
    assert not any(value == 11_200_000 and "capacit" not in metric for metric, value in found)


def test_a_production_capacity_is_no_production():
    found = _found("Production capacity reached 52,000 tonnes a year in 2025.")
    assert not any(value == 52_000 and "capacit" not in metric for metric, value in found)


def test_a_capacity_s_earlier_level_is_no_volume_either():
    found = _found(
        "Annual handling capacity stood at 11.2 million TEUs at 31 December 2025, up from "
        "10.1 million a year earlier."
    )
    assert not any(value == 10_100_000 and "capacit" not in metric for metric, value in found)
