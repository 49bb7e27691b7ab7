"""A row that gives its own scale and no currency ("Plan members (000s)  486") in a table
whose other cells write pounds ("£412.6m") counts things in thousands; on 3f25a2a it took
the pounds of the other cells. Guard: the rows in pounds stay in pounds."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Moorcroft Vets plc", ("Moorcroft",), FiscalCalendar.of("03-31", "end"))

TABLE = """
Highlights (unaudited)

                                         FY30         FY29
Revenue                               £412.6m      £371.9m
Practices at period end                   318          293
Plan members (000s)                       486          412
"""


def test_a_row_with_its_own_scale_and_no_currency_is_a_count() -> None:
    text = f"Moorcroft Vets plc trading update\nRNS\n2030-04-16\n\n{TABLE}\n"
    found = extract(text, published=date(2030, 4, 16), entity=ENTITY).proposals
    members = {p.value: p.unit for p in found if "members" in p.metric}
    assert members == {486_000: "units", 412_000: "units"}
    assert {p.value: p.unit for p in found if p.metric == "revenue"}[412_600_000] == "GBP"
