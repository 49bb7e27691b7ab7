"""Kinds of table rows over invented companies: under a caption of money in millions ("NOK
million"), a row whose brackets name a unit of power or energy ("Turbine order intake (MW)",
"Storage shipments (GWh)") counts that unit as written, named with it, never the caption's
millions of money."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Brattvik Kraft"
DAY = date(2025, 10, 23)


def _found(text: str) -> set[tuple[str, str, float, str]]:
    return {
        (p.metric, p.period.iso(), p.value, p.unit)
        for p in extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    }


def test_power_and_energy_rows_keep_their_own_unit():
    text = (
        f"{NAME} third quarter 2025\nTest Wire\n{DAY.isoformat()}\n\n"
        "## Highlights\n\n"
        "| NOK million | Q3 2025 | Q3 2024 |\n"
        "|---|---:|---:|\n"
        "| Revenue | 3,118.4 | 2,870.2 |\n"
        "| Turbine order intake (MW) | 1,215 | 1,090 |\n"
        "| Storage shipments (GWh) | 46.5 | 38.0 |\n"
    )
    found = _found(text)
    assert ("revenue", "2025-07-01/2025-09-30", 3_118_400_000, "NOK") in found
    assert ("turbine order intake (MW)", "2025-07-01/2025-09-30", 1_215, "units") in found
    assert ("storage shipments (GWh)", "2024-07-01/2024-09-30", 38.0, "units") in found
    assert not any(unit == "NOK" and value in (1_215e6, 46.5e6) for _, _, value, unit in found)
