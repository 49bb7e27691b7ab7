"""In a research note, a sentence telling the company's figure with the writer's aside in
brackets ("For fiscal 2031 system-wide sales were $9.6 billion, against $9.1 billion in
fiscal 2030 (we estimate the extra week added about $180 million)", "NUG target of 3.5%–4.0%
(we had modelled 4.2%)") states the company's figures; only the figures in the aside are the
writer's. On a0df5f76 the whole sentence was read as the writer's and lost."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Bellweather Grills", ("Bellweather",), FiscalCalendar.of("12-31", "start"))

TEXT = """Bellweather Grills (BWG): 4Q first take
Halden & Roe Securities — Equity Research
2032-02-20

BWG US | Restaurants | Rating: Buy | PT: $61

For fiscal 2031 system-wide sales were $9.6 billion, against $9.1 billion in fiscal 2030 (we
estimate the extra week added about $180 million).

We cut our own 2032 system-wide sales estimate to $10.1 billion.
"""


def test_the_company_s_figures_beside_the_writer_s_aside() -> None:
    found = extract(TEXT, published=date(2032, 2, 20), entity=ENTITY).proposals
    values = {p.value for p in found}
    assert {9_600_000_000, 9_100_000_000} <= values
    assert 180_000_000 not in values  # the writer's estimate, in brackets
    assert 10_100_000_000 not in values  # the writer's sentence
