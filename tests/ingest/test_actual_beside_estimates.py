"""A research note's table of the company's result beside the writer's estimate and the
consensus: the "Actual" (or "Reported") column is the company's result for the title's
period; the others' columns are never read; a count of places stays a count."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quenby Grills", ("Quenby",), FiscalCalendar.of("12-31", "start"))


def _found(title: str, head: str):
    text = f"""Quenby Grills 4Q30 first take
Research
2031-02-20

Quenby Grills reported its fourth quarter this morning.

{title}
                                   {head}    Our est.   Consensus
System-wide sales                   3,420       3,385       3,392
Net new restaurants                    71          65         n/a
"""
    return extract(text, published=date(2031, 2, 20), entity=ENTITY).proposals


def test_the_actual_column_is_the_companys_result() -> None:
    for title, head in (
        ("4Q30 vs. expectations ($m unless stated)", "Actual"),
        ("4Q30 reported vs. our estimate and consensus ($m unless stated)", "Reported (QGR)"),
    ):
        found = _found(title, head)
        got = {(p.metric, p.value, p.unit, p.kind) for p in found}
        assert ("system-wide sales", 3_420e6, "USD", Kind.ACTUAL) in got, title
        assert any(p.value == 71 and p.unit == "units" for p in found), title
        assert not any(p.value in (3_385e6, 3_392e6, 65) for p in found), title
        q4 = (date(2030, 10, 1), date(2030, 12, 31))
        assert all((p.period.start, p.period.end) == q4 for p in found), title


def test_a_table_of_estimates_alone_is_not_read() -> None:
    text = """Quenby Grills estimates
Research
2031-02-20

Quenby Grills reported its fourth quarter this morning.

Estimate changes (not company guidance, $m)
                                   FY31e     FY32e
System-wide sales                  14,200    15,100
"""
    found = extract(text, published=date(2031, 2, 20), entity=ENTITY).proposals
    assert not any(p.value in (14_200e6, 15_100e6) for p in found)
