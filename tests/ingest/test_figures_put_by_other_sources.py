"""A figure a source other than the company puts, named before it in its sentence ("Harbour
data put ...", "schedule data from SkyCount show ...", "on the regulator's count", "The
Builders' Council counts ...", "a tracker, which says ...", "Her estimate for ..."), is the
source's; the company's own data or count stays its own. Invented company and sources."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")


def _values(sentences: str) -> set[float]:
    text = (
        "Pelican Ferries results\ntest\n2026-02-12\n\n"
        "Pelican Ferries reported its results for 2025.\n\n"
        f"{sentences}\n"
    )
    entity = KnownEntity("Pelican Ferries", (), CALENDAR)
    out = extract(text, published=date(2026, 2, 12), entity=entity).proposals
    return {p.value for p in out}


def test_a_source_that_puts_the_figure_is_not_the_company():
    assert 61.0 not in _values(
        "Harbour Board data put ferry occupancy in the strait at 61% in 2025."
    )
    assert 11.2 not in _values(
        "Schedule data from SkyCount show crossings on the strait up 11.2% in 2025."
    )
    assert 9800000.0 not in _values(
        "Strait Lines, the second-largest operator, carried 9.8 million passengers on the "
        "regulator's count in 2025."
    )
    assert 31500000.0 not in _values(
        "The Ferry Operators Council counts 31.5 million passengers carried by the whole "
        "industry in 2025."
    )
    assert 22.4 not in _values(
        "Ticket-analytics firm FareLens, which says bookings on the strait rose 22.4% in 2025, "
        "expects more."
    )


def test_the_company_s_own_data_stay_its_own():
    assert 4300000.0 in _values(
        "Company data show Pelican Ferries carried 4.3 million passengers in 2025."
    )
