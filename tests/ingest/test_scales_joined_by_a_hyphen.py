"""A newspaper's style joins the scale to its figure: "$1,204-million", "$18.5-billion". On
768d1894 the hyphen cut the scale off, so the bank's net income was proposed as 1,204
dollars. Guard: a hyphen between a figure and any other word ("a 12-month low")
is no scale."""

from __future__ import annotations

from datetime import date

from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

ENTITY = KnownEntity("Kinmount Trust", ("Kinmount",), FiscalCalendar.of("10-31", "end"))

NEWS = """Kinmount profit slips as credit costs climb
The Harbour Ledger
2031-05-28

TORONTO - Kinmount Trust said on Wednesday that net income for the three months ended
April 30 was $1,204-million, down from $1,368-million a year earlier. The bank set aside
$611-million for credit losses in the quarter.
"""


def test_a_scale_joined_by_a_hyphen_scales_the_figure() -> None:
    found = extract(NEWS, published=date(2031, 5, 28), entity=ENTITY).proposals
    values = {p.value for p in found}
    assert {1_204_000_000, 1_368_000_000, 611_000_000} <= values
    assert 1_204 not in values


def test_other_hyphens_stay() -> None:
    values = {f.value for f in find_figures("shares hit a 12-month low on 2031-05-28")}
    assert not any(v >= 1_000_000 for v in values)
