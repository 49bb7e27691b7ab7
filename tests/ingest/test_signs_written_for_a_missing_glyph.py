"""A currency sign a font lacks, written as the letter the country's press uses ("N671.4
billion" for the naira), or the sign itself ("₦671.4 billion"), in a report that names the
currency or its country; and a table's unit written with it ("N'billion"). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")

RELEASE = """Okapi Telecom Plc: results for the nine months ended 30 September 2025
test
2025-10-29

Lagos, 29 October 2025 - Okapi Telecom Plc announces its results, as filed with the
Nigerian Exchange.

Financial highlights

                                      9M 2025      9M 2024
                                    N'billion    N'billion
Service revenue                       2,104.6      1,538.9
EBITDA                                  901.3        688.2

Service revenue for the third quarter rose 31.0% to N742.5 billion from N566.8 billion in the
third quarter of 2024.
"""


def _facts(text: str) -> dict[tuple[str, float], tuple[str, str]]:
    entity = KnownEntity("Okapi Telecom", (), CALENDAR)
    out = extract(text, published=date(2025, 10, 29), entity=entity).proposals
    return {(p.period.iso(), p.value): (p.metric, p.unit) for p in out}


def test_a_letter_for_the_naira_before_a_scaled_amount():
    facts = _facts(RELEASE)
    assert facts[("2025-07-01/2025-09-30", 742500000000.0)] == ("service revenue", "NGN")
    assert facts[("2024-07-01/2024-09-30", 566800000000.0)] == ("service revenue", "NGN")


def test_the_sign_itself_is_money_too():
    facts = _facts(RELEASE.replace("N742.5", "₦742.5").replace("N566.8", "₦566.8"))
    assert facts[("2025-07-01/2025-09-30", 742500000000.0)][1] == "NGN"


def test_a_column_unit_written_with_the_letter():
    facts = _facts(RELEASE)
    assert facts[("2025-01-01/2025-09-30", 2104600000000.0)] == ("service revenue", "NGN")
    assert facts[("2024-01-01/2024-09-30", 688200000000.0)] == ("EBITDA", "NGN")


def test_the_letter_is_no_money_where_the_report_names_no_naira():
    text = RELEASE.replace(", as filed with the\nNigerian Exchange", "")
    facts = _facts(text)
    assert not any(u == "NGN" for _, u in facts.values())
