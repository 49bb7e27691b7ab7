"""Outlooks told again and revised in passing, over an invented company: a list under
"For <period>, the Company expects:", a range "now X (previously Y)" with no plan word, a
basis said once for all ("each at constant exchange rates"), and a research note's prose
telling a forecast its table dates to the day before."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Orlen Biotech", ("Orlen",))


def _facts(text: str, published: date) -> list:
    return list(extract(text, published=published, entity=ENTITY).proposals)


def test_a_lead_ins_period_is_the_period_of_the_plans_listed_below_it():
    text = (
        "Orlen Biotech results\nwire\n2025-11-20\n\n"
        "Business Outlook\nFor the fourth quarter of 2025, the Company expects:\n"
        "- Revenues to be between EUR 410 million and EUR 430 million.\n"
    )
    (plan,) = [p for p in _facts(text, date(2025, 11, 20)) if p.value_high]
    assert plan.period.iso() == "2025-10-01/2025-12-31" and plan.kind is Kind.FORECAST


def test_a_range_now_replacing_a_range_is_a_revised_plan_under_one_name():
    text = (
        "Orlen Biotech investor day\nslides\n2025-11-13\n\n"
        "- Core operating profit growth now 10% to 12% at CER (previously 8% to 10%)\n"
    )
    plans = sorted(_facts(text, date(2025, 11, 13)), key=lambda p: p.as_of)
    assert [(p.value, p.value_high) for p in plans] == [(8.0, 10.0), (10.0, 12.0)]
    assert {p.kind for p in plans} == {Kind.FORECAST}
    assert len({p.metric for p in plans}) == 1 and "constant currency" in plans[0].metric


def test_a_basis_said_once_for_every_rate_of_the_sentence():
    text = (
        "Orlen Biotech half-year\nrelease\n2025-07-24\n\n"
        "Orlen Biotech expects for the business year 2025 a growth of the group sales in the "
        "range of 5 to 7 percent and a growth of the core operating profit in the range of 8 "
        "to 10 percent, each at constant exchange rates.\n"
    )
    plans = _facts(text, date(2025, 7, 24))
    assert len(plans) == 2 and all("constant currency" in p.metric for p in plans)


def test_prose_telling_a_forecast_the_table_dates_earlier_adds_no_second_statement():
    text = (
        "Orlen Biotech: forecast cut\nKanda Securities - research note\n2026-01-09\n\n"
        "The company cut its FY2025 operating profit forecast to EUR 53.5 million, from EUR "
        "55.0 million previously.\n\n"
        "FY2025 forecast (EUR million)\n"
        "                      Previous forecast    Revised forecast\n"
        "                      (Oct 9, 2025)        (Jan 8, 2026)\n"
        "Net sales             1,250                1,250\n"
        "Operating profit      55.0                 53.5\n"
    )
    cut = [p for p in _facts(text, date(2026, 1, 9)) if p.value == 53.5e6]
    assert [p.as_of for p in cut] == [date(2026, 1, 8)]


def test_the_full_fiscal_year_named_is_the_companys_fiscal_year():
    january_years = KnownEntity("Orlen Biotech", ("Orlen",), FiscalCalendar.of("01-31", "end"))
    text = (
        "Orlen Biotech third quarter\nrelease\n2025-12-03\n\n"
        "Orlen Biotech reported results for the third quarter of fiscal 2026.\n\n"
        "For the full fiscal year 2026, Orlen now expects total revenue of $815 million to "
        "$818 million.\n"
    )
    (plan,) = extract(text, published=date(2025, 12, 3), entity=january_years).proposals
    assert plan.period.iso() == "2025-02-01/2026-01-31"


def test_a_bracketed_reported_figure_beside_an_adjusted_one_is_the_unadjusted_measure():
    text = (
        "Orlen Biotech investor day\nnewsletter\n2026-04-09\n\n"
        "Orlen Biotech reported adjusted diluted EPS of $2.43 (GAAP: $1.98) for 2025.\n"
    )
    by = {p.value: p.metric for p in _facts(text, date(2026, 4, 9))}
    assert by[2.43].startswith("adjusted")
    assert by[1.98] == by[2.43].removeprefix("adjusted ")  # never a clash of two figures


def test_a_share_a_part_should_reach_is_a_share():
    text = (
        "Orlen Biotech investor day\nnewsletter\n2026-04-09\n\n"
        "Online should reach 35% of net sales in 2028.\n"
    )
    (share,) = _facts(text, date(2026, 4, 9))
    assert share.metric.startswith("Online share of") and share.value == 35.0
