"""The money heads ingestion reads come from the reporting vocabulary the answering engine
reads questions with (one vocabulary): every money word of it names an amount, in the
names ingestion stores."""

from __future__ import annotations

from bot.facts import reporting
from bot.ingest.lexicon import MONEY_HEADS


def test_every_noun_of_a_money_family_is_a_head():
    for key in ("revenue", "operating_profit", "pretax_profit", "net_profit", "ebitda", "eps"):
        for phrase in reporting.family(key).words:
            if phrase.split()[-1] in ("in", "up"):
                continue  # "brought in", "rang up": verbs, read as verbs
            assert phrase.lower() in MONEY_HEADS, phrase


def test_names_keep_losses_qualifiers_and_a_bare_result_apart():
    assert MONEY_HEADS["net sales"] == MONEY_HEADS["turnover"] == "revenue"
    assert MONEY_HEADS["operating losses"] == "operating loss"
    assert MONEY_HEADS["pre-tax loss"] == MONEY_HEADS["loss before tax"] == "pretax loss"
    assert MONEY_HEADS["profit before tax"] == MONEY_HEADS["pbt"] == "pretax profit"
    assert MONEY_HEADS["adjusted ebitda"] == "adjusted EBITDA"
    assert MONEY_HEADS["basic earnings per share"] == "basic earnings per share"
    assert MONEY_HEADS["net profit"] == MONEY_HEADS["income"] == "net income"
    assert MONEY_HEADS["profit"] == "profit"  # no net income until a qualifier says so


def test_a_verb_and_a_modifier_of_an_account_are_no_heads():
    assert "brought in" not in MONEY_HEADS
    assert "booked" not in MONEY_HEADS and "order" not in MONEY_HEADS
    assert "order backlog" not in MONEY_HEADS  # "backlog" is its head
    assert MONEY_HEADS["order book"] == "order book"
    assert MONEY_HEADS["capex"] == "capital expenditure"  # an account the vocabulary lacks


def test_contracted_revenue_not_yet_earned_is_a_level_of_its_own_never_backlog_or_revenue():
    # read as an amount of its own it is named apart from revenue and bookings, and from
    # the backlog family its words belong to (its levels on a day: test_held_out_kinds.py)
    assert MONEY_HEADS["rpo"] == "remaining performance obligations"
    assert MONEY_HEADS["crpo"] == "current remaining performance obligations"
    assert MONEY_HEADS["arr"] == "annual recurring revenue"


def test_the_total_contract_value_signed_is_an_amount_and_no_currency_call_out():
    from datetime import date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    day = date(2025, 5, 20)
    text = (
        "Results\nTest\n2025-05-20\n\nIn the first quarter of 2025 revenue was EUR 412 million.\n"
        "Total contract value (TCV) of deal wins at $1.2 billion in the first quarter of 2025.\n"
    )
    found = extract(
        text, published=day, entity=KnownEntity("Tarrow", (), FiscalCalendar.of("12-31", "start"))
    ).proposals
    assert ("TCV", 1.2e9, "USD") in {(p.metric, p.value, p.unit) for p in found}
