"""A currency asked by the symbol its own country writes it with ("revenue growth in RM",
"in Ksh", "in Kč"): that currency, read from babel's CLDR data (currency_table.py), only
after "in", and never a symbol that is a word, a unit or a country's code. Over two
companies invented here, one reporting ringgit, one dollars.

On the engine this session started from (6c5a4a2) "in RM" was a word nothing explained:
refused, though the figures are in ringgit. A figure in another currency is still never
answered in RM (a guard)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts.quantities import LOCAL_SYMBOLS
from tests.answering.invented import bundle, engine_over, fact

T, U = "Telok Ports", "Usher Freight"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "revenue", "actual", Y24, 2_301_500_000, "MYR", "2025-02-20"),
    fact(T, "revenue", "actual", Y25, 2_486_200_000, "MYR", "2026-02-20"),
    fact(U, "revenue", "actual", Y25, 910e6, "USD", "2026-02-20"),
]


@pytest.mark.parametrize(
    ("symbol", "code"), [("rm", "MYR"), ("rp", "IDR"), ("ksh", "KES"), ("kc", "CZK")]
)
def test_local_symbols(symbol, code) -> None:
    assert LOCAL_SYMBOLS[symbol] == code


@pytest.mark.parametrize("word", ["km", "ft", "cn", "mk", "the"])  # a unit, a country's code
def test_no_unit_word_or_country_is_a_local_symbol(word) -> None:
    assert word not in LOCAL_SYMBOLS


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": T, "aliases": ["Telok"]}, {"name": U, "aliases": ["Usher"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-20"))


def test_growth_in_the_local_symbol(engine) -> None:
    answer = engine.ask("telok fy25 revenue increase in RM")
    assert answer.status is Status.ANSWERED, answer.text
    assert "184.7 million MYR" in answer.text, answer.text


def test_another_currency_is_never_answered_in_it(engine) -> None:  # (a guard)
    answer = engine.ask("usher 2025 revenue in RM")
    assert answer.status is not Status.ANSWERED, answer.text
