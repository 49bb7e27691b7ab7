"""Words that name, or do not, over companies invented here: Velloro Air Group (an airline
with a regional brand, Velloro Hop) and Ribeira Bebidas (a drinks maker with a
non-alcoholic line and organic growth only).

A rival written with an adjective and the airline's own generic word ("did gusty air
carry") is another company; a brand's word that chat would read as a verb ("hop") names
the brand's figures only; the company's name alone is all of it, never the brand's; a
season word after "in the" is a period the store lacks, never filler; a word in
capitals that the dictionary reads as a verb ("DUB") is initials; "non-alcoholic" of
the line's own name takes nothing out, while "revenue that was NOT ancillary" does;
"reported growth" is never the organic rate; "grow in Swiss francs" is the growth the
company states in CHF, "Swiss" no region (Lauterbach Pharma, invented too); a rate per an
acronym goes by its initials joined to it ("CRPK"), and "excluding" (or "ex") inside a
figure's own name takes nothing out."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V, R, L, M = "Velloro Air Group", "Ribeira Bebidas", "Lauterbach Pharma", "Mandovi Foods"
FY26, FY27 = "2025-04-01/2026-03-31", "2026-04-01/2027-03-31"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(L, "net sales", "actual", Y25, 31.2e9, "CHF", "2026-01-29"),
    fact(L, "Kovexa packs sold", "actual", Y25, 2.1e6, "units", "2026-01-29"),
    fact(M, "revenue from operations", "actual", FY26, 41.05e9, "INR", "2026-05-06"),
    fact(L, "net sales growth at cc", "actual", Y25, 6.0, "percent", "2026-01-29"),
    fact(L, "net sales growth in CHF", "actual", Y25, 2.0, "percent", "2026-01-29"),
    fact(V, "passengers carried", "actual", FY26, 31.6e6, "units", "2026-05-14"),
    fact(V, "Velloro Hop passengers carried", "actual", FY26, 4.4e6, "units", "2026-05-14"),
    fact(V, "revenue", "actual", FY26, 6.12e9, "EUR", "2026-05-14"),
    fact(V, "cargo revenue", "actual", FY26, 1.48e9, "EUR", "2026-05-14"),
    fact(V, "units sold", "target", FY27, 33.0e6, "units", "2026-05-14"),
    fact(V, "yield per RPK", "actual", FY26, 0.082, "EUR", "2026-05-14"),
    fact(V, "cost per RPK", "actual", FY26, 0.071, "EUR", "2026-05-14"),
    fact(V, "cost per RPK excluding energy", "actual", FY26, 0.049, "EUR", "2026-05-14"),
    fact(V, "revenue", "forecast", FY27, 6.5e9, "EUR", "2026-05-14"),
    fact(R, "total volume", "actual", "2025-01-01/2025-12-31", 88.2e6, "units", "2026-02-20"),
    fact(R, "vitamin eucalyptus xylitol volume", "actual", Y25, 5.6e6, "units", "2026-02-20"),
    fact(
        R,
        "non-dairy drinks volume",
        "actual",
        "2025-01-01/2025-12-31",
        17.3e6,
        "units",
        "2026-02-20",
    ),
    fact(R, "net revenue", "actual", "2025-01-01/2025-12-31", 14.8e9, "BRL", "2026-02-20"),
    fact(R, "net revenue", "actual", "2024-01-01/2024-12-31", 13.7e9, "BRL", "2025-02-21"),
    fact(
        R,
        "net revenue organic growth",
        "actual",
        "2025-01-01/2025-12-31",
        11.2,
        "percent",
        "2026-02-20",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": V,
            "aliases": ["Velloro", "Velloro Air"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
        {"name": R, "aliases": ["Ribeira"]},
        {"name": L, "aliases": ["Lauterbach"]},
        {
            "name": M,
            "aliases": ["Mandovi"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, published="2026-05-14"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("how many passengers did velloro carry in fy26", [31.6e6]),
        ("velloro passengers fy26", [31.6e6]),
        ("velloro hop passengers fy26", [4.4e6]),
        ("ribeira non-dairy drinks volume 2025", [17.3e6]),
        ("velloro fy26: how much revenue was NOT cargo", [6.12e9, 1.48e9]),
        ("ribeira 2025 net revenue growth as reported, %", [14.8e9, 13.7e9]),
        ("ribeira organic net revenue growth 2025", [11.2]),
        ("how much did lauterbach's 2025 sales grow in swiss francs", [2.0]),
        ("lauterbach net sales growth in chf 2025", [2.0]),
        ("lauterbach net sales growth at cc 2025", [6.0]),
        ("what did lauterbach sell in 2025", [31.2e9]),  # its sales, not one brand's packs
        ("mandovi fy26 revenue from operations in rs", [41.05e9]),  # "Rs": the rupee's sign
        ("mandovi's fy26 revenue: was it the Rs 4,105 crore figure?", [41.05e9]),
        ("velloro's fy27 sales target", [33.0e6]),  # the kind said: never the forecast
        ("velloro yrpk fy26", [0.082]),  # a rate's initials joined to its acronym
        ("velloro crpk fy26", [0.071]),
        ("velloro cost per rpk excluding energy fy26", [0.049]),  # the name's own word
        ("velloro crpk ex energy fy26", [0.049]),
        ("velloro crpk ex energy fy26 cheers", [0.049]),  # chat after the name
        (
            "ribeira vex volume 2025",
            [5.6e6],
        ),  # initials that spell a verb, in lower case  # initials spelling a word, in lower case
        ("velloro fy26 revenue ex cargo", [6.12e9, 1.48e9]),
    ],
)
def test_the_figure_named(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many passengers did gusty air fly in fy26",
        # the brand's passengers are held, its revenue is not
        "what revenue did velloro hop bring in for fy26",
        "how many passengers did velloro carry over the winter 2025/26 season",
        "ribeira DUB volume 2025",
    ],
)
def test_what_the_store_lacks(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
