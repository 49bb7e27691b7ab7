"""An amount counted against a thing ("Operating margin per barrel for the half was $4.10",
"Revenue per tonne ...") is named with it, never as the total measure: stored as
"operating profit" it would answer a question about the whole profit with a few dollars.
Likewise income named by its source ("Interest income") is that line, never "interest net
income". Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 14)


def _named(sentence: str) -> dict[float, str]:
    report = f"Harrowgate Oil half year\nWire\n{DAY.isoformat()}\n\n{sentence}\n"
    found = extract(report, published=DAY, entity=KnownEntity("Harrowgate Oil")).proposals
    return {p.value: p.metric for p in found}


def test_an_amount_per_thing_keeps_the_thing_in_its_name():
    assert _named("Gross profit per barrel for the six months was $4.10.")[4.10].endswith(
        "per barrel"
    )
    assert _named("Revenue per tonne for the six months was $212.")[212] == "revenue per tonne"


def test_per_share_and_totals_keep_their_names():
    assert _named("Gross profit for the six months was $412 million.")[412_000_000] == (
        "gross profit"
    )


def test_income_named_by_its_source_is_no_net_income():
    assert _named("Interest income for the six months was $61.8 million.")[61_800_000] == (
        "interest income"
    )
    assert _named("Net income for the six months was $61.8 million.")[61_800_000] == "net income"


def test_a_plan_word_after_the_thing_is_no_part_of_it():
    report = (
        f"Harrowgate Oil call\nWire\n{DAY.isoformat()}\n\n"
        "We are cutting our gross profit per barrel target for the year to $3.90 from $4.20.\n"
    )
    found = extract(report, published=DAY, entity=KnownEntity("Harrowgate Oil")).proposals
    assert {p.metric for p in found if p.value in (3.90, 4.20)} == {"gross profit per barrel"}
