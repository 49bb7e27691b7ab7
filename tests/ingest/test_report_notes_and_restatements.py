"""A report's own rule for its bare amounts ("Figures in CHF million unless stated") scales a
table below it; a "(Unit: NT$ thousand)" note with its currency before its scale is read;
a row named by a time alone under columns of their own times is no metric; and a prose
figure rounded from a table's exact one under a fuller name is left to the table's.
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 12)


def _found(report: str, company: str):
    return extract(report, published=DAY, entity=KnownEntity(company)).proposals


def test_a_reports_figures_rule_scales_its_table():
    report = f"""Quillmoor Rail - quarter at a glance
Desk notes
{DAY.isoformat()}

*Figures in CHF million unless stated.*

| | Q4 2025 | Q4 2024 |
|---|---|---|
| Service income | 412.6 | 398.1 |
"""
    found = {p.value: p for p in _found(report, "Quillmoor Rail")}
    assert 412_600_000 in found and found[412_600_000].unit == "CHF"
    assert 412.6 not in found


def test_a_rule_that_names_tonnes_too_leaves_the_table_unscaled():
    report = f"""Quillmoor Grain - quarter at a glance
Desk notes
{DAY.isoformat()}

Figures in tonnes and CHF million unless stated.

| | Q4 2025 | Q4 2024 |
|---|---|---|
| Service income | 412.6 | 398.1 |
"""
    assert not any(p.unit == "CHF" for p in _found(report, "Quillmoor Grain"))


REPORT = f"""Tamsin Circuits monthly revenue
Filing desk
{DAY.isoformat()}

(Unit: NT$ thousand)
Item                            2026/02         2025/02      Change %
Net operating revenue          8,612,904       7,951,330        8.32%

On a consolidated basis, revenue for February 2026 was approximately NT$8.61 billion.

(Unit: NT$ thousand)
Month        Net revenue     MoM change (%)     Same month of 2025     YoY change (%)
2026/01       8,104,227              3.10             7,602,118               6.60
2026/02       8,612,904              6.28             7,951,330               8.32
"""


def test_currency_first_unit_note_and_rounded_restatement():
    found = _found(REPORT, "Tamsin Circuits")
    february = [p for p in found if p.period.start == date(2026, 2, 1) and p.unit == "TWD"]
    assert [p.value for p in february] == [8_612_904_000]  # the rounded 8.61 billion is gone


def test_a_row_named_by_a_time_under_timed_columns_is_no_metric():
    found = _found(REPORT, "Tamsin Circuits")
    assert not any("2026" in p.metric for p in found)
    assert not any(p.value in (6.6, 8.32) and p.period.start.year == 2025 for p in found)
