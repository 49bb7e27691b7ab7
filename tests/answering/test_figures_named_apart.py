"""Figures the question names apart from each other, and words that name no figure of the
company:

- "diff between underlying and statutory PBT FY26", "underlying vs statutory PBT": the two
  figures of one period set side by side, never one figure's change over the years (a
  "vs" between two growth rates or against a goal is read as before);
- "life loss ratio" of a company stating a non-life loss ratio: a kind of ratio it states
  is never worked out as one figure over another ("net income over life premiums");
- "the ASF total market GWP": a body's initials or the market as a whole never describe
  the company, whatever its reports call "the ASF" or "the market";
- "CASK (cost per available seat kilometre)": a name spelling out its initials is named by
  them ("cask q2", never "CASK ex-fuel");
- "cargo tonnes" of a company stating its cargo in money only: refused;
- a rate of change held at a day answers no two-year span ("fleet growth from end Feb 2024
  to end Feb 2026" is the change between the two counts);
- "copies sold since release": a running total since launch, never a quarter's copies.

Each failed on the engine of 565f573a; the plain questions are guards, and so is "since
release" asked of a day that already names the running total.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S = "Sallowmere Water"
B = "Belvida Seguros"
A = "Ardvreck Airways"
K = "Kestrana Fleet"
G = "Glimmerhorn Games"
FY26 = "2025-04-01/2026-03-31"
FY25 = "2024-04-01/2025-03-31"
H1 = "2025-01-01/2025-06-30"
Q2 = "2024-04-01/2024-06-30"

FACTS = [
    fact(S, "underlying profit before tax", "actual", FY26, 262e6, "GBP", "2026-05-20"),
    fact(S, "statutory profit before tax", "actual", FY26, 184e6, "GBP", "2026-05-20"),
    fact(S, "underlying profit before tax", "actual", FY25, 251e6, "GBP", "2026-05-20"),
    fact(S, "statutory profit before tax", "actual", FY25, 229e6, "GBP", "2026-05-20"),
    fact(B, "non-life loss ratio", "actual", H1, 67.1, "percent", "2025-07-29"),
    fact(B, "net income", "actual", H1, 71_200_000, "EUR", "2025-07-29"),
    fact(B, "life gross written premiums", "actual", H1, 600_000_000, "EUR", "2025-07-29"),
    fact(B, "gross written premiums", "actual", H1, 1_180_000_000, "EUR", "2025-07-29"),
    fact(A, "CASK (cost per available seat kilometre)", "actual", Q2, 0.0764, "USD", "2024-08-13"),
    fact(A, "CASK ex-fuel", "actual", Q2, 0.0488, "USD", "2024-08-13"),
    fact(A, "cargo revenue", "actual", Q2, 38_100_000, "USD", "2024-08-13"),
    fact(K, "fleet size", "actual", "2024-02-29/2024-02-29", 19_620, "units", "2024-05-20"),
    fact(K, "fleet size", "actual", "2026-02-28/2026-02-28", 24_150, "units", "2026-05-19"),
    fact(K, "fleet size growth", "actual", "2026-02-28/2026-02-28", 13.4, "percent",
         "2026-05-19"),
    fact(G, "Ironhelm units sold", "actual", "2025-07-01/2025-09-30", 180_000, "units",
         "2025-10-23"),
    fact(G, "Ironhelm units sold", "actual", "2025-10-01/2025-12-31", 210_000, "units",
         "2026-02-12"),
    fact(G, "Ironhelm units sold", "actual", "2023-03-14/2025-12-31", 5_020_000, "units",
         "2026-02-12"),
]  # fmt: skip

NOTES = (
    "The ASF, the supervisor, said the market grew. The ASF counts every insurer; "
    "the market rose 4% in the half, and the market's leaders gained share."
)


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": S,
            "aliases": ["Sallowmere"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
        {"name": B, "aliases": ["Belvida"]},
        {"name": A, "aliases": ["Ardvreck"]},
        {
            "name": K,
            "aliases": ["Kestrana"],
            "fiscal_year_end": "02-28",
            "fiscal_year_named_by": "end",
        },
        {"name": G, "aliases": ["Glimmerhorn"]},
    ]
    facts = [dict(f, quote=NOTES) if f["entity"] == B else f for f in FACTS]
    return engine_over(seed, bundle(entities, facts, "2026-05-20"))


@pytest.mark.parametrize(
    "question",
    [
        "diff between underlying and statutory pbt 2025/26 sallowmere",
        "sallowmere underlying vs statutory pbt fy26",
        "difference between underlying pbt and statutory pbt fy26 at sallowmere",
    ],
)
def test_two_figures_of_one_period_set_side_by_side(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [184e6, 262e6], answer.text
    assert "78 million" in answer.text, answer.text


def test_one_figures_change_over_the_years_is_read_as_before(engine) -> None:
    answer = engine.ask("sallowmere statutory pbt fy26 vs fy25")
    assert sorted(v.fact.value for v in answer.facts) == [184e6, 229e6], answer.text


def test_a_kind_of_ratio_held_is_never_worked_out_of_two_figures(engine) -> None:
    answer = engine.ask("belvida life loss ratio h1 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    held = engine.ask("belvida loss ratio h1 2025")
    assert held.facts[0].fact.value == 67.1, held.text


def test_a_bodys_initials_or_the_market_never_describe_the_company(engine) -> None:
    for question in (
        "what was the asf total market gwp in h1 2025",
        "what were the market's premiums in h1 2025",
    ):
        answer = engine.ask(question)
        assert answer.status is not Status.ANSWERED, (question, answer.text)


def test_a_name_spelling_out_its_initials_is_named_by_them(engine) -> None:
    answer = engine.ask("cask 2q24 ardvreck")
    assert answer.facts[0].fact.value == 0.0764, answer.text
    ex_fuel = engine.ask("ardvreck cask ex-fuel 2q24")
    assert ex_fuel.facts[0].fact.value == 0.0488, ex_fuel.text


def test_things_counted_in_a_unit_are_no_amount_of_money(engine) -> None:
    answer = engine.ask("ardvreck cargo tonnes q2 2024")
    assert answer.status is not Status.ANSWERED, answer.text
    money = engine.ask("ardvreck cargo revenue q2 2024")
    assert money.facts[0].fact.value == 38_100_000, money.text


def test_a_rate_at_a_day_answers_no_two_year_span(engine) -> None:
    answer = engine.ask("kestrana fleet growth from end feb 2024 to end feb 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [19_620, 24_150], answer.text


def test_since_release_is_since_launch(engine) -> None:
    answer = engine.ask("ironhelm copies sold since release as of dec 31 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 5_020_000, answer.text
