"""What a port or an airport handles is counted as what a carrier carries: "handled 3.2
million containers" is containers handled, never a sale and never lost."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quenby Ports", ("Quenby",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Quenby Ports update\nWire\n2031-02-10\n\n{body}\n"
    return extract(text, published=date(2031, 2, 10), entity=ENTITY).proposals


def test_handled_counts_are_named_by_what_was_handled() -> None:
    found = _found(
        "Quenby handled 3.2 million containers in 2030, up 4.1% from 3.07 million in 2029."
    )
    got = {(p.metric, p.value, p.period.start.year) for p in found}
    assert ("containers handled", 3_200_000, 2030) in got
    assert ("containers handled", 3_070_000, 2029) in got
    assert not any("sold" in p.metric for p in found)


def test_carried_counts_keep_their_verb() -> None:
    found = _found("Quenby carried 1.9 million passengers on its ferries in 2030.")
    assert [(p.metric, p.value) for p in found] == [("passengers carried", 1_900_000)]
