"""An exchange filing's results extract, over an invented tile maker: "Quarter ended" set over
three columns of days and "Year ended" over two, a label on the line of days, how each
column was checked below it ("(Audited)"), and the table's units set to the right above
("(Rs in crore, except percentages)")."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

APRIL_YEARS = FiscalCalendar.of("03-31", "end")

FILING = """Marigold Tiles Limited: outcome of board meeting
test
2025-05-20

Extract of Audited Consolidated Financial Results

                                        (Rs in crore, except percentages)
                              Quarter ended                      Year ended
Particulars              31.03.2025  31.12.2024  31.03.2024   31.03.2025  31.03.2024
                          (Audited) (Unaudited)   (Audited)    (Audited)   (Audited)
Revenue from operations       512.4       498.1       470.3      1,980.6     1,801.2
EBITDA margin (%)              15.1        14.9        14.2         14.8        13.9
Profit after tax               61.2        55.0        52.9        230.4       214.7
"""


def _facts(text: str) -> dict[tuple[str, float], tuple[str, str]]:
    entity = KnownEntity("Marigold Tiles", (), APRIL_YEARS)
    out = extract(text, published=date(2025, 5, 20), entity=entity).proposals
    return {(p.period.iso(), p.value): (p.metric, p.unit) for p in out}


def test_a_length_of_time_heads_every_column_of_days_below_it():
    facts = _facts(FILING)
    # the third column under "Quarter ended", the second under "Year ended"
    assert facts[("2024-01-01/2024-03-31", 4703000000.0)] == ("revenue", "INR")
    assert facts[("2023-04-01/2024-03-31", 2147000000.0)] == ("profit after tax", "INR")
    assert facts[("2024-10-01/2024-12-31", 14.9)] == ("EBITDA margin", "percent")


def test_the_units_above_and_the_audit_marks_below_name_no_figure():
    facts = _facts(FILING)
    assert facts[("2025-01-01/2025-03-31", 5124000000.0)] == ("revenue", "INR")
    assert not any("audited" in m.lower() or "crore" in m.lower() for m, _ in facts.values())


def test_a_head_over_one_column_stays_that_column_s():
    # "Change" under no day: a length of time above heads no change column
    text = FILING.replace(
        "31.03.2024   31.03.2025  31.03.2024", "Change (%)   31.03.2025  31.03.2024"
    )
    facts = _facts(text)
    assert ("2024-01-01/2024-03-31", 4703000000.0) not in facts
