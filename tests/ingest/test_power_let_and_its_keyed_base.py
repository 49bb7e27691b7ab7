"""Power a data centre or a landlord lets is named by its clause's head ("Bookings slowed
to 52 MW in the quarter", "signed new leases totalling 96 MW"), and a base keyed by its
period in brackets after a power figure ("3,320 MW in the quarter (Q4 2024: 2,650 MW)") is
the same measure's. Before, neither head nor verb was one a power figure's name was read
from, and the keyed base was "power of no measure the words name". Guard: a label with no
period ("Onshore: 2,100 MW") is never read as the measure before it. Invented company; the
tests fail on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

KESTREL = KnownEntity("Kestrel Grid Campus", ("Kestrel",), CALENDAR)
DAY = date(2026, 2, 20)


def facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, KESTREL, DAY, "Kestrel Grid Campus fourth-quarter update")


def test_bookings_slowed_to_a_power():
    found = facts("Bookings slowed to 38 MW in the fourth quarter.")
    assert found[38] == ("bookings (MW)", "2025-10-01/2025-12-31")


def test_leases_totalling_a_power_and_its_base():
    found = facts(
        "Kestrel signed new leases totalling 74 MW in the fourth quarter, up from 29 MW in "
        "the third quarter."
    )
    assert found[74] == ("new leases (MW)", "2025-10-01/2025-12-31")
    assert found[29] == ("new leases (MW)", "2025-07-01/2025-09-30")


def test_a_keyed_base_in_brackets():
    found = facts("Order intake reached 1,210 MW in the fourth quarter (Q4 2024: 980 MW).")
    assert found[1210] == ("order intake (MW)", "2025-10-01/2025-12-31")
    assert found[980] == ("order intake (MW)", "2024-10-01/2024-12-31")


def test_a_label_without_a_period_is_no_base():
    # guard
    found = facts("Order intake was 1,210 MW in 2025. Onshore: 750 MW.")
    assert found[1210] == ("order intake (MW)", "2025-01-01/2025-12-31")
    assert found.get(750, ("",))[0] != "order intake (MW)"
