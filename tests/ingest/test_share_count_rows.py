"""A row counting shares ("Diluted weighted average shares  41,208" under "(in thousands,
except per share data)") is so many thousand shares, never dollars. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 20)
REPORT = f"""Larkspur Home third quarter
Newswire
{DAY.isoformat()}

Condensed statement (in thousands of U.S. dollars, except per share data)
                                     Q3 2025        Q3 2024
Net sales                            512,304        498,771
Diluted weighted average shares       41,208         42,016
"""


def test_shares_are_counted_not_dollars():
    found = extract(REPORT, published=DAY, entity=KnownEntity("Larkspur Home")).proposals
    shares = [p for p in found if "shares" in p.metric]
    assert shares and all(p.unit == "units" for p in shares)
    assert any(p.value == 41_208_000 for p in shares)
    assert any(p.unit == "USD" and p.value == 512_304_000 for p in found)
