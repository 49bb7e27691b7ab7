"""'X minus Y', 'X excluding Y': the figure taken from is the one the words before the cue
name, the figure taken out the one the words after it name; never another figure that
shares a word with them and happens to be larger. Two figures named as well as each other
on one side leave the question unanswered. "minus" may come out below nil; "excluding"
takes a part out of a larger whole.

The first two failed on the engine this session started from (b2e8ec5): it took the
cassette units out of the larger gearbox figure (a wrong answer), or said it had no
figures to compare; the rest are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Brindle Cycleworks"
Q1 = "2025-01-01/2025-03-31"

FACTS = [
    fact(T, "cassette hub units shipped", "actual", Q1, 204_000, "units", "2025-04-20"),
    fact(T, "cassette hub unit sell-out", "actual", Q1, 231_000, "units", "2025-04-20"),
    fact(T, "gearbox sets shipped", "actual", Q1, 960_000, "units", "2025-04-20"),
    fact(T, "net sales", "actual", Q1, 512_000_000, "EUR", "2025-04-20"),
    fact(T, "service net sales", "actual", Q1, 61_000_000, "EUR", "2025-04-20"),
    fact(T, "workshop net sales", "actual", Q1, 90_000_000, "EUR", "2025-04-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Brindle"]}], FACTS, "2025-04-20"))


def _metrics(answer) -> list[str]:
    return [v.fact.metric for v in answer.facts]


def test_minus_takes_the_figure_named_after_it_from_the_one_named_before(engine) -> None:
    answer = engine.ask("brindle q1 2025 cassette hub units shipped minus cassette hub sell-out")
    assert answer.status is Status.ANSWERED, answer.text
    assert _metrics(answer) == ["cassette hub units shipped", "cassette hub unit sell-out"]
    assert "-27,000" in answer.text, answer.text
    assert "960,000" not in answer.text


def test_the_other_way_round(engine) -> None:
    answer = engine.ask("brindle q1 2025 cassette hub sell-out minus cassette hub units shipped")
    assert answer.status is Status.ANSWERED, answer.text
    assert _metrics(answer) == ["cassette hub unit sell-out", "cassette hub units shipped"]
    assert "27,000" in answer.text and "-27,000" not in answer.text, answer.text


def test_a_part_taken_out_of_its_whole(engine) -> None:
    # (the whole is the figure "net sales" names without unsaid words, never workshop's)
    answer = engine.ask("brindle net sales excluding service net sales q1 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert _metrics(answer) == ["net sales", "service net sales"]
    assert "451 million" in answer.text, answer.text


def test_excluding_a_larger_figure_is_no_answer(engine) -> None:
    answer = engine.ask("brindle service net sales excluding net sales q1 2025")
    assert answer.status is not Status.ANSWERED, answer.text


def test_two_bases_said_of_one_measure(seed) -> None:
    """'The gap between organic and reported growth': one measure on the two bases said
    (organic and net revenue growth), never two measures (revenue and volume growth). It
    failed on b2e8ec5: the volume's growth was taken, its name adding fewer words."""
    f = "Fennholm Foods"
    y = "2024-07-01/2025-06-30"
    facts = [
        fact(f, "organic revenue growth", "actual", y, 5.6, "percent", "2025-08-20"),
        fact(f, "net revenue growth", "actual", y, 3.8, "percent", "2025-08-20"),
        fact(f, "volume growth", "actual", y, 1.2, "percent", "2025-08-20"),
    ]
    entity = {"name": f, "aliases": ["Fennholm"], "fiscal_year_end": "06-30"}
    entity["fiscal_year_named_by"] = "end"
    engine = engine_over(seed, bundle([entity], facts, "2025-08-20"))
    answer = engine.ask("how far apart were fennholm's reported and organic growth in fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert "1.8 percentage points" in answer.text, answer.text


def test_each_side_of_than_names_its_own_figure(seed) -> None:
    """'How much bigger was colocation rev than amendment rev': the figure the words before
    'than' name alone, less the one after; never a figure whose name takes in both sides
    ("colocation and amendment revenue"). It failed on b2e8ec5 (a wrong answer)."""
    k = "Kallista Towers"
    y = "2025-04-01/2026-03-31"
    facts = [
        fact(k, "colocation revenue", "actual", y, 804_000_000, "ZAR", "2026-05-20"),
        fact(k, "amendment revenue", "actual", y, 464_000_000, "ZAR", "2026-05-20"),
        fact(
            k, "colocation and amendment revenue", "actual", y, 1_268_000_000, "ZAR", "2026-05-20"
        ),
    ]
    entity = {"name": k, "aliases": ["Kallista"], "fiscal_year_end": "03-31"}
    entity["fiscal_year_named_by"] = "end"
    engine = engine_over(seed, bundle([entity], facts, "2026-05-20"))
    answer = engine.ask("kallista fy26: how much more colocation revenue than amendment revenue")
    assert answer.status is Status.ANSWERED, answer.text
    assert "340 million" in answer.text, answer.text


def test_a_share_named_the_wrong_way_round_is_no_answer(seed) -> None:
    """'Replacement's share of replacement-plus-OE volume': the part named is the larger
    figure, so its share is of a sum the store does not hold; the smaller figure over the
    larger never answers (a guard as worded here; a development question had got it)."""
    v = "Valtorta Tyres"
    y = "2025-01-01/2025-12-31"
    facts = [
        fact(v, "replacement car tyre volumes", "actual", y, 64_800_000, "units", "2026-02-20"),
        fact(
            v, "original-equipment car tyre volumes", "actual", y, 20_100_000, "units", "2026-02-20"
        ),
    ]
    engine = engine_over(seed, bundle([{"name": v, "aliases": ["Valtorta"]}], facts, "2026-02-20"))
    answer = engine.ask(
        "valtorta 2025: replacement's share of its replacement-plus-OE car tyre volume"
    )
    assert "31.0%" not in answer.text, answer.text


def test_a_rate_and_an_amount_are_never_set_against_each_other(seed) -> None:
    """Tonnes produced against tonnes sold: two counts, never revenue less the price per
    tonne (a guard as worded here; a development question had got it: a wrong answer)."""
    p = "Pachira Lithium"
    y = "2024-01-01/2024-12-31"
    facts = [
        fact(p, "revenue", "actual", y, 455_700_000, "USD", "2025-02-20"),
        fact(p, "realized price per tonne", "actual", y, 11_450, "USD", "2025-02-20"),
        fact(
            p, "lithium carbonate equivalent produced", "actual", y, 41_200, "units", "2025-02-20"
        ),
        fact(p, "lithium carbonate equivalent sold", "actual", y, 39_800, "units", "2025-02-20"),
    ]
    engine = engine_over(seed, bundle([{"name": p, "aliases": ["Pachira"]}], facts, "2025-02-20"))
    answer = engine.ask("how far apart were pachira's 2024 tonnes produced and sold")
    assert "per tonne" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # (failed on b2e8ec5: the produced tonnes' growth answered, a wrong answer)
        ("pachira q2 2025: difference, tonnes produced versus tonnes sold", "450"),
        # (failed on b2e8ec5: the difference answered for a multiple, a wrong answer)
        ("pachira q2 2025: how many times bigger were tonnes produced than tonnes sold", "1.04"),
    ],
)
def test_two_figures_of_one_period_set_against_each_other(seed, question, said) -> None:
    p = "Pachira Lithium"
    q2, q2_24 = "2025-04-01/2025-06-30", "2024-04-01/2024-06-30"
    facts = [
        fact(
            p, "lithium carbonate equivalent produced", "actual", q2, 11_350, "units", "2025-08-01"
        ),
        fact(
            p,
            "lithium carbonate equivalent produced",
            "actual",
            q2_24,
            9_800,
            "units",
            "2024-08-01",
        ),
        fact(p, "lithium carbonate equivalent sold", "actual", q2, 10_900, "units", "2025-08-01"),
    ]
    engine = engine_over(seed, bundle([{"name": p, "aliases": ["Pachira"]}], facts, "2025-08-01"))
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text


def test_adjusted_as_the_figure_with_items_taken_out(seed) -> None:
    """'Adjusted comps', where the company states its comps as reported and "excluding
    gasoline and foreign exchange" and names no figure adjusted: the one with the items
    taken out. Before 2026-12-04 the reported rate was given (a wrong answer in a
    development set); the comps asked without "adjusted" are the guard."""
    w, y = "Wexcombe Club", "2024-09-02/2025-08-31"
    facts = [
        fact(w, "Canada comparable sales growth", "actual", y, 6.9, "percent", "2025-10-01"),
        fact(
            w,
            "Canada comparable sales growth excluding gasoline and foreign exchange",
            "actual",
            y,
            8.8,
            "percent",
            "2025-10-01",
        ),
    ]
    engine = engine_over(seed, bundle([{"name": w, "aliases": ["Wexcombe"]}], facts, "2025-10-01"))
    facts += [
        fact(w, "net sales growth", "actual", y, 7.7, "percent", "2025-10-01"),
        fact(
            w, "net sales growth excluding the 53rd week", "actual", y, 6.1, "percent", "2025-10-01"
        ),
    ]
    engine = engine_over(seed, bundle([{"name": w, "aliases": ["Wexcombe"]}], facts, "2025-10-01"))
    for question, value in [
        ("wexcombe canada adjusted comps for the year to aug 2025", 8.8),
        ("wexcombe canada comps for the year to aug 2025", 6.9),
        # (a growth asked without "adjusted" is the one as reported)
        ("wexcombe net sales growth for the year to aug 2025", 7.7),
    ]:
        answer = engine.ask(question)
        assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_region_left_out_of_a_smaller_one(seed) -> None:
    """'Asia ex-Korea', where the store's Asia revenue is smaller than Korea's: no whole to
    take Korea out of, and never the gap between the two regions (before 2026-12-04 Korea
    less Asia was given, "ex-" unread: a wrong answer in a development set). Taking a
    region out of a larger whole, "ex-" said, is the guard."""
    d, y = "Dalseong Games", "2025-01-01/2025-12-31"
    facts = [
        fact(d, "revenue", "actual", y, 2_600e9, "KRW", "2026-02-10"),
        fact(d, "Korea revenue", "actual", y, 1_347.6e9, "KRW", "2026-02-10"),
        fact(d, "Asia revenue", "actual", y, 612.4e9, "KRW", "2026-02-10"),
    ]
    engine = engine_over(seed, bundle([{"name": d, "aliases": ["Dalseong"]}], facts, "2026-02-10"))
    answer = engine.ask("how much did dalseong make in asia ex-korea in 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    answer = engine.ask("dalseong revenue ex-korea 2025")
    assert sorted(v.fact.value for v in answer.facts) == [1_347.6e9, 2_600e9], answer.text


def test_ex_glued_to_a_word_of_a_name(seed) -> None:
    """'Op profit ex-AMPC' of a store naming "operating profit excluding AMPC": that
    figure, "ex-" being the name's "excluding" (answered before 2026-12-04, and broken for
    a while by reading "ex-" as taking the AMPC credit out of the operating profit: a
    wrong answer in a development set)."""
    h, q = "Hanul Cells", "2025-04-01/2025-06-30"
    facts = [
        fact(h, "operating profit", "actual", q, -124.5e9, "KRW", "2025-07-30"),
        fact(h, "operating profit excluding AMPC", "actual", q, -476.6e9, "KRW", "2025-07-30"),
        fact(h, "AMPC tax credit", "actual", q, 352.1e9, "KRW", "2025-07-30"),
    ]
    engine = engine_over(seed, bundle([{"name": h, "aliases": ["Hanul"]}], facts, "2025-07-30"))
    answer = engine.ask("hanul op profit ex-AMPC q2 2025")
    assert [v.fact.value for v in answer.facts] == [-476.6e9], answer.text
