"""A plan made "now" for a level on a later day counts on that day: "we now plan to operate
about 665 clinics at the end of fiscal 2031" is a target for the year's last day, never a
level on the day the plan was said."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Brisling Hearing", ("Brisling",), FiscalCalendar.of("12-31", "start"))


def test_a_plan_made_now_counts_on_its_own_day() -> None:
    text = (
        "Brisling trading update\nWire\n2031-02-04\n\n"
        "Because several leases have slipped, we now plan to operate approximately 665 "
        "clinics at the end of fiscal 2031.\n"
    )
    found = extract(text, published=date(2031, 2, 4), entity=ENTITY).proposals
    got = {(p.value, p.kind, p.period.start.isoformat(), p.period.end.isoformat()) for p in found}
    assert got == {(665, Kind.TARGET, "2031-12-31", "2031-12-31")}


def test_a_level_said_now_is_today_s() -> None:
    text = (
        "Brisling trading update\nWire\n2031-02-04\n\n"
        "Brisling, which now has 612 clinics, said trading was in line.\n"
    )
    found = extract(text, published=date(2031, 2, 4), entity=ENTITY).proposals
    assert {(p.value, p.period.end.isoformat()) for p in found} <= {(612, "2031-02-04")}
