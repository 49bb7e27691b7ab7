"""A dividend per share in a results table's row is proposed with its column's period, as
earnings per share are; a dividend in prose (declared, proposed, paid, net of tax, beside a
comparative of another period) and a payout that is no amount per share stay unproposed.
Company and figures invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.model import Proposal
from bot.ingest.paid_out import paid_out

DAY = date(2026, 6, 3)
FY26 = "2025-04-01/2026-03-31"
FY25 = "2024-04-01/2025-03-31"


def found(body: str) -> set[tuple]:
    name = "Corvell Brewing plc"
    text = f"{name}: full-year results\nCorvell investor news\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(name, ("Corvell",), FiscalCalendar.of("03-31", "end"))
    out = extract(text, published=DAY, entity=entity).proposals
    return {(p.period.iso(), p.value, p.unit) for p in out}


TABLE = (
    "Corvell Brewing plc today announces its results for the year ended 31 March 2026.\n\n"
    "                                   FY2026      FY2025\n"
    "Revenue (£m)                        184.2       171.9\n"
    "Basic earnings per share (p)         21.7        19.8\n"
    "Dividend per share (p)               11.4        10.6\n"
    "Share buyback (£m)                    8.0         5.0\n"
)


def test_a_tables_dividend_per_share_row_is_proposed_for_its_columns():
    rows = found(TABLE)
    assert (FY26, 0.114, "GBP") in rows
    assert (FY25, 0.106, "GBP") in rows


def test_a_buyback_row_and_a_dividend_in_prose_stay_unproposed():
    rows = found(TABLE)
    assert not any(unit == "GBP" and value in (8e6, 5e6) for _, value, unit in rows)
    prose = found(
        "Corvell Brewing plc today announces its results for the year ended 31 March 2026. "
        "The Board proposes a final dividend of 7.3p per share, against 6.9p last year."
    )
    assert not any(value in (0.073, 0.069) for _, value, _ in prose)


def _row(metric: str, unit: str, from_table: bool = True) -> Proposal:
    return Proposal(
        "Corvell Brewing plc",
        metric,
        Kind.ACTUAL,
        Period.from_iso(FY26),
        11.4,
        unit,
        DAY,
        f"{metric} 11.4 10.6",
        0,
        from_table=from_table,
    )


def test_only_a_tables_dividend_per_share_in_money_or_percent_is_kept():
    assert not paid_out(_row("dividend per share", "GBP"))
    assert not paid_out(_row("dividend per share growth", "percent"))
    assert paid_out(_row("dividend per share", "units"))  # its currency went unread
    assert paid_out(_row("dividend per share", "GBP", from_table=False))
    assert paid_out(_row("special dividend", "GBP"))
