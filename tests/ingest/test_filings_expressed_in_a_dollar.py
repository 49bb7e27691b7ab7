"""A filing "expressed in Canadian dollars" states its bare "$" amounts, in its tables too,
in Canadian dollars; a section heading of generic words ("SELECTED OPERATING AND FINANCIAL
INFORMATION") names none of its rows' measures. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import stated_dollar

DAY = date(2025, 11, 6)
MDNA = f"""Tamarind Potash MD&A
Test Filing
{DAY.isoformat()}

MANAGEMENT'S DISCUSSION AND ANALYSIS
(Expressed in Canadian dollars unless otherwise stated)

1. SELECTED OPERATING AND FINANCIAL INFORMATION

                                   Three months ended
                                      September 30
                                     2025        2024
Revenue ($ millions)                  412         388
Adjusted EBITDA ($ millions)          151         139
"""


def test_a_filing_expressed_in_canadian_dollars_states_cad():
    assert stated_dollar("(Expressed in Canadian dollars unless otherwise stated)") == "CAD"
    found = extract(MDNA, published=DAY, entity=KnownEntity("Tamarind Potash", ())).proposals
    facts = {(p.metric, p.value, p.unit) for p in found}
    assert ("revenue", 412_000_000, "CAD") in facts
    assert not any(unit == "USD" for _, _, unit in facts)
