"""A transport company's traffic rows ("Freight tonne-km (FTK), million", "FTK (million)",
"Revenue passenger-km (bn)"): a count of tonne-, passenger- or seat-kilometres, named as
written and scaled by the row's note (on 3f25a2a the rows named no metric and only their
change columns were read). Guards: "Tonnes carried" and a price per FTK are not traffic."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.reader import traffic_measure

ENTITY = KnownEntity("Mosel Cargo Air", ("Mosel",), FiscalCalendar.of("03-31", "start"))

TEXT = """Mosel Cargo Air investor report
Bond investor report
2030-06-12

### Traffic

| | FY2029 | FY2028 | Change |
|---|---:|---:|---:|
| Tonnes carried | 412,600 | 398,200 | +3.6% |
| Freight tonne-km (FTK), million | 3,184 | 3,052 | +4.3% |
"""


def test_traffic_rows_are_counted_in_their_scale() -> None:
    found = extract(TEXT, published=date(2030, 6, 12), entity=ENTITY).proposals
    got = {(p.metric, p.value, f"{p.period.start}") for p in found}
    assert ("freight tonne-km", 3_184_000_000, "2029-04-01") in got
    assert ("freight tonne-km", 3_052_000_000, "2028-04-01") in got


def test_what_is_no_traffic() -> None:
    assert traffic_measure("FTK (million)") == "FTK"
    assert traffic_measure("Tonnes carried") is None
    assert traffic_measure("Yield per FTK (EUR cents)") is None
