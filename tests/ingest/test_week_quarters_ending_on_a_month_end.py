"""A 52/53-week company's quarter may end on a month's last day by chance ("year-ago quarter
ended June 30, 2024" beside "Q2 ended June 29, 2025"): the week calendar that explains every
stated end still dates the quarter's figures; a report whose stated ends are all month ends
keeps whole months. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.weeks import week_calendar

DAY = date(2025, 8, 6)
CAL = FiscalCalendar.of("12-31", "start")
BRIEF = f"""BRIEF-Quillmoor Kennels Q2 boardings up 9 pct
Test Newswire
{DAY.isoformat()}

Aug 6 (Test Newswire) - Quillmoor Kennels Inc:
* Q2 revenue $84.2 mln vs $77.9 mln
* Q2 boardings 412,000 vs 378,000
* Fiscal Q2 ended June 29, 2025; year-ago quarter ended June 30, 2024
"""


def test_a_month_end_beside_a_week_end_keeps_the_week_calendar():
    weeks = week_calendar(BRIEF, DAY, CAL)
    assert weeks is not None and weeks.weekday == date(2025, 6, 29).weekday()


def test_the_quarter_s_figures_take_its_weeks():
    found = extract(BRIEF, published=DAY, entity=KnownEntity("Quillmoor Kennels", (), CAL))
    revenue = [p for p in found.proposals if p.value == 84_200_000]
    assert revenue and revenue[0].period.end == date(2025, 6, 29)
    assert revenue[0].period.start == date(2025, 3, 31)


def test_month_ends_alone_keep_whole_months():
    text = BRIEF.replace("June 29, 2025", "June 30, 2025")
    assert week_calendar(text, DAY, CAL) is None
