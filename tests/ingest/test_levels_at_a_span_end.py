"""A count a clause states "at the end of" a month, a quarter or a year ("the order book
shrank to 2,140 kayaks at the end of August", "stood at 51,000 kayaks at end of Q2") is a
level on that span's last day, named by the clause's subject, never units sold over the
span. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 22)
TEXT = f"""Pellucid Paddlecraft third-quarter update
Test Wire
{DAY.isoformat()}

Pellucid Paddlecraft reported revenue of $96 million for the third quarter of 2025.
The order book shrank to 2,140 kayaks at the end of August. Its rental base stood at
51,000 kayaks at end of Q3. Shipments rose to 18,300 kayaks in the quarter.
"""


def _found():
    return extract(TEXT, published=DAY, entity=KnownEntity("Pellucid Paddlecraft")).proposals


def test_a_level_at_a_month_end_is_that_day_s():
    book = [p for p in _found() if p.value == 2140]
    assert book, "the order book's level"
    assert all(p.period.start == p.period.end == date(2025, 8, 31) for p in book)
    assert all("sold" not in p.metric for p in book)
    assert any("order book" in p.metric for p in book)


def test_a_level_at_a_quarter_end_is_named_by_its_subject():
    base = [p for p in _found() if p.value == 51_000]
    assert base and all(p.period.start == p.period.end == date(2025, 9, 30) for p in base)
    assert any("rental base" in p.metric for p in base)


def test_a_flow_over_the_quarter_stays_a_flow():
    shipped = [p for p in _found() if p.value == 18_300]
    assert shipped and all(p.period.start == date(2025, 7, 1) for p in shipped)


def test_what_a_span_added_to_a_level_is_no_level():
    text = (
        f"Pellucid Paddlecraft staffing update\nTest Wire\n{DAY.isoformat()}\n\n"
        "Pellucid Paddlecraft reported revenue of $96 million for the third quarter of 2025. "
        "Headcount stood at 4,305 at the end of September, a net addition of about 120 in "
        "the quarter.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Pellucid Paddlecraft")).proposals
    level = [p for p in found if p.value == 4_305]
    added = [p for p in found if p.value == 120]
    assert level and level[0].period.start == level[0].period.end == date(2025, 9, 30)
    assert added and added[0].period.start == date(2025, 7, 1)


def test_what_the_company_had_or_served_at_a_month_end_is_a_level():
    text = (
        f"Pellucid Paddlecraft network update\nTest Wire\n{DAY.isoformat()}\n\n"
        "Pellucid Paddlecraft reported revenue of $96 million for the third quarter of 2025. "
        "The group is leaving malls: it had 318 rental kiosks at the end of September. "
        "Pellucid served 7,410 club members at the end of September and paid out $2 million. "
        "The waiting list, once its pride, shrank to 640 kayaks at the end of September.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Pellucid Paddlecraft")).proposals
    end = date(2025, 9, 30)
    for value, name in ((318, "rental kiosks"), (7_410, "club members"), (640, "waiting list")):
        got = [p for p in found if p.value == value]
        assert got and got[0].period.start == got[0].period.end == end, value
        assert name in got[0].metric and "sold" not in got[0].metric


def test_a_ratio_at_year_end_is_the_year_s_last_day():
    day = date(2026, 2, 11)
    text = (
        f"Pellucid Paddlecraft fiscal 2025 results\nTest Wire\n{day.isoformat()}\n\n"
        "Revenue for fiscal 2025 was $402 million. Fleet utilisation was 83% at year end, a "
        "little lower than the 86% a year earlier.\n"
    )
    found = extract(text, published=day, entity=KnownEntity("Pellucid Paddlecraft")).proposals
    rate = [p for p in found if p.value == 83]
    assert rate and rate[0].period.start == rate[0].period.end == date(2025, 12, 31)


def test_a_label_line_names_the_level_it_counts():
    text = (
        f"Pellucid Paddlecraft interim report\nTest Wire\n{DAY.isoformat()}\n\n"
        "* Rental base: 51,800 kayaks at quarter end\n"
        "* Revenue: $96 million in the third quarter of 2025\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Pellucid Paddlecraft")).proposals
    base = [p for p in found if p.value == 51_800]
    assert base and base[0].metric == "rental base"
    assert base[0].period.start == base[0].period.end == date(2025, 9, 30)
