"""US cents written with the cent sign ("236 US¢/lb", "225–245 US¢/lb", a row's "(US¢/lb)"):
a dollar's hundredths, and no mention of the United States. Invented miner and figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

REPORT = """Pallasca Mining: fourth quarter results
test
2025-02-20

- C1 cash cost of 187 US¢/lb in 2024, within guidance of 180–200 US¢/lb.

| | Q4 2024 | 2024 |
|---|---|---|
| C1 cash cost (US¢/lb) | 191 | 187 |
"""


def test_a_cent_sign_after_us_is_the_dollar_s_hundredths():
    [one] = find_figures("a cost of 236 US¢/lb")
    assert (one.value, one.unit) == (2.36, "USD")
    [span] = find_figures("costs of 225–245 US¢/lb")
    assert (span.value, span.high, span.unit) == (2.25, 2.45, "USD")


def test_costs_in_us_cents_in_prose_and_in_a_row_name_no_region():
    entity = KnownEntity("Pallasca Mining", (), FiscalCalendar.of("12-31", "start"))
    out = extract(REPORT, published=date(2025, 2, 20), entity=entity).proposals
    facts = {(p.period.iso(), p.value): p.metric for p in out if p.unit == "USD"}
    assert facts[("2024-10-01/2024-12-31", 1.91)] == "C1 cash cost"
    assert facts[("2024-01-01/2024-12-31", 1.87)] == "C1 cash cost"
    assert not any("U.S." in m or "revenue" in m for m in facts.values())
