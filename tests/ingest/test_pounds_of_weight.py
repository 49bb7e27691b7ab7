"""A figure written in "pounds" in a report that never writes sterling is a weight, never
British money; in a report that does, pounds stay money. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)


def _found(body: str, name: str = "Ridgeback Cotton") -> set[tuple[float, str]]:
    text = f"{name} third-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(name, ())).proposals
    return {(p.value, p.unit) for p in found}


def test_pounds_in_a_dollar_report_are_a_weight():
    found = _found(
        "Ridgeback Cotton reported third-quarter revenue of $412 million. Deliveries climbed "
        "to 96 million pounds from 88 million pounds a year earlier, and the contract book "
        "stood at about 640 million pounds at the end of September."
    )
    assert (412_000_000, "USD") in found
    assert not any(unit == "GBP" for _, unit in found)


def test_pounds_in_a_sterling_report_stay_money():
    found = _found(
        "Ridgeback Cotton reported third-quarter revenue of £412 million, and operating profit "
        "of 31 million pounds.",
    )
    assert (31_000_000, "GBP") in found
