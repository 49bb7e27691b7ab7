"""Years and months said in another era, over three companies invented here whose fiscal
years end on the day a month of another calendar ends: Kalinchok Hydro (Nepal's Bikram
Sambat: years to mid-July, "FY 2081/82"), Sidama Beans (Ethiopia's: years to 7 July,
"EFY 2017") and Golestan Kashi (the Solar Hijri: years to 20 March, "1403").

On the engine of 2026-12-05 (25b09efa) each was read as a year of ours or not at all:
"FY 2081/82" was the fiscal year 2082, "81/82" 1982, "EFY 2017" our 2017, a Nepali or
Iranian month an unknown word, and a bare "1403" refused. Guards: a two-digit split year
("70/71") and a bare "1403" are ours, or refused, where no company counts in an era; a bar
("did tile sales pass 1500?") and an amount ("rs 1403 crore") are never years."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts.store import FactStore
from tests.answering.invented import bundle, engine_over, fact

K, S, G = "Kalinchok Hydro", "Sidama Beans", "Golestan Kashi"
N, H = "Neyshabur Qand", "Harrowgate Mills"  # (years to Shahrivar's end; to March, ours)
FACTS = [
    # Kalinchok: FY 2081/82 runs 16 Jul 2024 – 16 Jul 2025; its quarters from mid-month
    fact(K, "generation", "actual", "2024-07-16/2025-07-16", 231.6, "units", "2025-08-01"),
    fact(K, "generation", "actual", "2023-07-17/2024-07-15", 258.9, "units", "2025-08-01"),
    fact(K, "generation", "actual", "2024-07-16/2024-10-16", 82.65, "units", "2025-08-01"),
    fact(K, "generation", "actual", "2024-10-17/2025-01-13", 58.3, "units", "2025-08-01"),
    fact(K, "generation", "actual", "2023-07-17/2023-10-17", 107.52, "units", "2025-08-01"),
    fact(K, "generation", "actual", "2023-10-18/2024-01-14", 61.8, "units", "2025-08-01"),
    # Sidama: EFY 2017 runs 8 Jul 2024 – 7 Jul 2025
    fact(S, "export volume", "actual", "2024-07-08/2025-07-07", 15_840, "units", "2025-07-24"),
    fact(S, "export volume", "actual", "2023-07-08/2024-07-07", 11_260, "units", "2025-07-24"),
    fact(S, "export volume", "actual", "2024-07-08/2025-01-08", 7_420, "units", "2025-07-24"),
    # Golestan: 1403 runs 20 Mar 2024 – 20 Mar 2025; Mehr 1404, 23 Sep – 22 Oct 2025
    fact(G, "sales revenue", "actual", "2024-03-20/2025-03-20", 15_208e9, "IRR", "2025-10-30"),
    fact(G, "sales revenue", "actual", "2025-09-23/2025-10-22", 1_785.4e9, "IRR", "2025-10-30"),
    fact(G, "tile sales volume", "actual", "2025-09-23/2025-10-22", 496_200, "units", "2025-10-30"),
    # Neyshabur: FY 1404 runs 23 Sep 2024 – 22 Sep 2025, the year ending in Shahrivar 1404
    fact(N, "sales revenue", "actual", "2024-09-23/2025-09-22", 41_891e9, "IRR", "2025-10-30"),
    fact(N, "sales revenue", "actual", "2023-09-23/2024-09-22", 30_508e9, "IRR", "2025-10-30"),
    fact(H, "revenue", "actual", "2023-04-01/2024-03-31", 812.0, "GBP", "2024-05-20"),
]
ENTITIES = [
    {"name": name, "aliases": [alias], "fiscal_year_end": end, "fiscal_year_named_by": "end"}
    for name, alias, end in (
        (K, "Kalinchok", "07-16"),
        (S, "Sidama", "07-07"),
        (G, "Golestan", "03-20"),
        (N, "Neyshabur", "09-22"),
        (H, "Harrowgate", "03-31"),
    )
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2025-10-30"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how much did kalinchok generate in FY 2081/82?", 231.6),
        ("kalinchok generation 2080/81", 258.9),
        ("kalinchok generation shrawan to ashwin 2081", 82.65),
        ("kalinchok generation kartik-poush 2081", 58.3),
        ("kalinchok q2 81/82 generation", 58.3),
        ("kalinchok generation in the second quarter of fy 2080/81", 61.8),
        ("sidama export volume efy 2017", 15_840),
        ("sidama export volume in 2016 EC", 11_260),
        ("sidama export volume EFY17", 15_840),
        ("sidama export volume h1 efy 2017", 7_420),
        ("sidama export volume hamle to tahsas 2017", 7_420),
        ("golestan sales revenue 1403", 15_208e9),
        ("golestan sales revenue iranian year 1403", 15_208e9),
        ("golestan tile sales volume mehr 1404", 496_200),
        ("neyshabur sales revenue fy1404", 41_891e9),  # (its year to Shahrivar 1404)
        ("neyshabur sales revenue 1403", 30_508e9),
        ("neyshabur sales revenue for the year to 31/06/1404", 41_891e9),
    ],
)
def test_a_year_or_month_of_another_era(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_parts_of_an_era_year_added_up(engine) -> None:
    answer = engine.ask("add up kalinchok's q1 and q2 generation for fy 2080/81")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [61.8, 107.52], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "golestan sales revenue 1403 vs 1401",
        "golestan h1 1404 sales revenue",
        "harrowgate revenue 80/81",  # (a company counting ours: 1980/81, never 2080/81)
    ],
)
def test_an_era_year_not_held_is_refused(engine, question) -> None:
    assert engine.ask(question).status is not Status.ANSWERED


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("golestan sales revenue fy2025", 15_208e9),
        ("did golestan's tile sales pass 1500?", 496_200),
    ],
)
def test_years_of_ours_and_bars_are_read(engine, question, value) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert value in [v.fact.value for v in answer.facts], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many smartphones did sony sell in 70/71?",  # (as Bikram Sambat: Sony's FY2013)
        "sony smartphones sold 1392",  # (as a Solar Hijri year: the same)
    ],
)
def test_no_era_where_no_company_counts_in_one(seed, question) -> None:  # (guards)
    answer = Engine(FactStore.in_memory(seed=seed)).ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("kalinchok generation fy 2081/82", "FY 2081/82 (FY2025, 16 Jul 2024 – 16 Jul 2025)"),
        ("sidama export volume 2024/25", "EFY 2017"),
        ("golestan tile sales volume mehr 1404", "Mehr 1404 (23 Sep 2025 – 22 Oct 2025)"),
    ],
)
def test_answers_name_a_period_in_its_era(engine, question, named) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert named in answer.text, answer.text
