"""The base of a comparison written with the same noun as its figure ("... 6.2 million
tonnes, compared with 5.8 million tonnes") counts what its figure counts; a half's base is
the same half a year before, in weeks when the half is told in weeks. Invented reports."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def found(body: str) -> set[tuple[str, float, str]]:
    text = f"Graufeld Mining update\nTest Wire\n2025-08-06\n\n{body}\n"
    proposals = extract(
        text,
        published=date(2025, 8, 6),
        entity=KnownEntity("Graufeld Mining", ("Graufeld",), CALENDAR),
    ).proposals
    return {(p.metric, p.value, p.period.iso()) for p in proposals}


def test_a_half_years_base_named_by_its_noun_is_the_half_a_year_before():
    got = found(
        "For the first half, total potash sold was 6.2 million tonnes, compared with 5.8 "
        "million tonnes."
    )
    values = {(v, period) for _, v, period in got}
    assert (6_200_000, "2025-01-01/2025-06-30") in values
    # never the half itself, where it would clash with the figure it is the base of
    assert (5_800_000, "2025-01-01/2025-06-30") not in values
    assert (5_800_000, "2024-01-01/2024-06-30") in values
    # both named alike
    assert len({m for m, v, _ in got if v in (6_200_000, 5_800_000)}) == 1


def test_the_figures_own_half_named_before_it_is_no_sequential_comparison():
    got = found(
        "In the first half, Graufeld sold 6.2 million tonnes of potash, up from 5.8 million tonnes."
    )
    assert all(period != "2024-07-01/2024-12-31" for _, _, period in got)


def test_a_base_of_a_span_of_weeks_is_52_weeks_before():
    got = found(
        "For the first half, the 26 weeks to June 28, 2025, total potash sold was 6.2 million "
        "tonnes, compared with 5.8 million tonnes."
    )
    periods = {v: period for _, v, period in got}
    assert periods[6_200_000] == "2024-12-29/2025-06-28"
    assert periods[5_800_000] == "2023-12-31/2024-06-29"
