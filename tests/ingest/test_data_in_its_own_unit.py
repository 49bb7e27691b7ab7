"""Data a network carried, in its own unit: a table row "Data traffic (PB)" under a caption of
money in millions counts petabytes as written, named with its unit, never the caption's
money; a clause "Data traffic was 940 PB" is a count of data traffic, the unit saying how it
is measured, not what. Companies and sentences invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 4, 30)
Q1 = "2025-01-01/2025-03-31"


def rows(body: str) -> set[tuple]:
    name = "Pembrook Telecom"
    text = f"{name} first-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(name, ("Pembrook",))).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_a_rows_data_unit_under_a_money_caption_is_data_not_money():
    found = rows(
        "Pembrook Telecom reported its results for the first quarter of 2025 on Wednesday.\n\n"
        "Key figures (NGN million)         Q1 2025       Q1 2024\n"
        "Service revenue                   412,100       398,000\n"
        "Data traffic (PB)                     940           718\n"
        "Fixed broadband traffic (TB)       81,200        70,400\n"
    )
    assert ("data traffic (PB)", Q1, 940.0, "units") in found
    assert ("fixed broadband traffic (TB)", Q1, 81200.0, "units") in found
    assert not any(unit == "NGN" and value < 1e11 for _, _, value, unit in found)


def test_a_clauses_count_in_petabytes_is_its_subjects():
    found = rows("Data traffic rose to 940 PB in the first quarter of 2025.")
    assert ("data traffic", Q1, 940.0, "units") in found


def test_a_regions_short_form_stays_no_data_unit():
    found = rows(
        "Pembrook Telecom reported its results for the first quarter of 2025 on Wednesday.\n\n"
        "Revenue by market (NGN million)   Q1 2025       Q1 2024\n"
        "Great Britain (GB)                 12,400        11,900\n"
    )
    assert not any(m.endswith("(GB)") for m, *_ in found)
