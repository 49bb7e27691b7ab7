"""A table's change column whose heading names its basis together with the change
("Reported change | Organic change", "LFL growth") holds changes on that basis: each row's
organic change is a measure of its own beside the reported one (on 287e21d1 both were the
row's "change" for one period, clashed, and neither was proposed)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Casa Verdellino", ("Verdellino",), FiscalCalendar.of("03-31", "start"))

TEXT = """Casa Verdellino half-year results
Company release
2031-10-23

## Key figures

| | H1 FY2031 | H1 FY2030 | Reported change | Organic change |
|---|---:|---:|---:|---:|
| Revenue (€m) | 1,512 | 1,460 | +3.6% | +6.1% |
| Footwear (€m) | 402 | 415 | -3.1% | -0.7% |
"""


def test_the_organic_column_is_named_for_its_basis() -> None:
    found = extract(TEXT, published=date(2031, 10, 23), entity=ENTITY).proposals
    got = {(p.value, p.metric) for p in found if p.unit == "percent"}
    values = {v for v, _ in got}
    assert {3.6, 6.1, -3.1, -0.7} <= values
    organic = {v for v, m in got if "organic" in m}
    assert organic == {6.1, -0.7}
