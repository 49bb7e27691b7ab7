"""An amount of money is never named after a count the store already has: a store whose
"sales" counts motorcycles sold keeps a report's rupee revenue as revenue (the two would
answer each other's questions), while a money "net sales" account still takes it."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind, Period
from bot.ingest.model import KnownMetric, Proposal
from bot.ingest.naming import name_proposals

QUARTER = Period(date(2025, 7, 1), date(2025, 9, 30))


def _revenue() -> Proposal:
    return Proposal(
        entity="Indrapur Motors",
        metric="revenue",
        kind=Kind.ACTUAL,
        period=QUARTER,
        value=94_820_000_000,
        unit="INR",
        as_of=date(2025, 11, 7),
        quote="revenue from operations was ₹ 9,482 crore",
        start=0,
    )


def test_a_count_named_sales_does_not_take_revenue():
    known = [KnownMetric("sales", ("units sold",), "units")]
    (named,) = name_proposals([_revenue()], metrics=known, entities=[])
    assert named.metric == "revenue"


def test_a_money_account_named_sales_does():
    known = [KnownMetric("net sales", (), "INR")]
    (named,) = name_proposals([_revenue()], metrics=known, entities=[])
    assert named.metric == "net sales"
