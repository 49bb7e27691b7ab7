"""Kinds of language over invented companies: a budget the company sets for itself ("on a
capital budget of $2.1 billion", "raising our 2026 capex budget to $1.4 billion") is a
target, whatever verb of guiding stands before it; "budget" before another noun ("our
budget brand") says nothing of a figure's kind."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Corrow Drilling"
DAY = date(2026, 2, 24)


def kinds(body: str) -> set[tuple]:
    text = f"{NAME} outlook\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.kind.value, p.value, p.value_high) for p in found}


def test_a_budget_named_before_its_amount_is_a_target():
    found = kinds(
        "For 2026 we are guiding to output of 410 to 425 kboe/d on a capital expenditure "
        "budget of $2.1 billion to $2.3 billion."
    )
    assert ("target", 2_100_000_000, 2_300_000_000) in found
    assert ("target", 2_400_000_000, None) in kinds(
        "The board is raising our 2026 capex budget to $2.4 billion."
    )


def test_budget_as_a_word_before_another_noun_is_no_kind():
    found = kinds("Revenue from our budget brand rose 12% to $310 million in 2025.")
    assert ("actual", 310_000_000, None) in found
