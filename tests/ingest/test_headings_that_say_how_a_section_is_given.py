"""A heading in capitals with a word in brackets after it, "STRATEGIC REPORT (EXTRACT)",
"SEGMENT RESULTS (UNAUDITED)", says how the section is given; on 768d1894 the word was read
as a company's ticker, so everything under the heading was another company's and nothing
of the report was proposed. Guard: a heading with a real ticker ("LARKSPUR HOMES (LRKH)")
still sets its section apart.

In the same reports, a pay row in brackets ("Wages and salaries  (201.6)") is an amount
taken off revenue, itself positive, as "Operating costs (58.3)" already was. Guard: a row
that nets ("Net finance (costs)/income") keeps its sign."""

from __future__ import annotations

from datetime import date

from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.sections import others_sections

ENTITY = KnownEntity(
    "Wexcombe Rovers", ("Wexcombe", "Wexcombe Rovers FC"), FiscalCalendar.of("06-30", "end")
)

REPORT = """Wexcombe Rovers Football Club plc - Annual Report 2030/31 (extract)
Club publications
2031-10-14

WEXCOMBE ROVERS FOOTBALL CLUB PLC
ANNUAL REPORT FOR THE YEAR ENDED 30 JUNE 2031

STRATEGIC REPORT (EXTRACT)

Revenue grew 6.2% to a record £188.4m in the 2030/31 season.

Financial review

                                              2030/31       2029/30
                                                   £m            £m
Matchday                                         41.3          38.9
Total revenue                                   188.4         177.4

Wages and salaries                             (121.7)       (118.2)
Net finance (costs)/income                       (2.1)          0.4
"""

RIVAL = """FACTBOX-Club results season
Sports Markets Wire
2031-10-14

* WEXCOMBE ROVERS (WXR)
  - Annual revenue £188.4 mln, up 6.2% y/y

* LARKSPUR ATHLETIC (LRKA)
  - Annual revenue £97.6 mln, up 3.1% y/y
"""


def _found(text: str) -> dict[float, str]:
    got = extract(text, published=date(2031, 10, 14), entity=ENTITY).proposals
    return {p.value: p.metric for p in got}


def test_a_section_given_as_an_extract_is_the_report_s_own() -> None:
    got = _found(REPORT)
    assert 188_400_000 in got
    assert 41_300_000 in got and 38_900_000 in got


def test_pay_in_brackets_is_a_cost_taken_off() -> None:
    got = _found(REPORT)
    assert 121_700_000 in got and 118_200_000 in got
    assert -121_700_000 not in got


def test_a_row_that_nets_keeps_its_sign() -> None:
    assert 2_100_000 not in _found(REPORT)


def test_a_real_ticker_still_sets_a_rival_apart() -> None:
    sections = others_sections(RIVAL, [ENTITY.name, *ENTITY.aliases])
    assert [RIVAL[a:b].split("\n")[0] for a, b in sections] == ["* LARKSPUR ATHLETIC (LRKA)"]
    assert others_sections(REPORT, [ENTITY.name, *ENTITY.aliases]) == []


OUTLOOK = """Wexcombe Rovers half-year report
Club publications
2031-08-14

OUTLOOK FOR THE YEAR (RAISED)

Wexcombe Rovers expects revenue of £200m to £210m for the year ending 30 June 2032.
"""


def test_what_happened_to_an_outlook_is_no_ticker() -> None:
    assert others_sections(OUTLOOK, [ENTITY.name, *ENTITY.aliases]) == []
    found = extract(OUTLOOK, published=date(2031, 8, 14), entity=ENTITY).proposals
    assert any(p.value == 200_000_000 and p.value_high == 210_000_000 for p in found)
