"""The parts a growth rate is split into, each said by its driver ("price/mix contributed
3.2%", "price contributed plus 2%, volume minus 1%", "Prices added 2.5% to sales and volumes
0.7%", "a price/mix contribution of 3.6%"): a percentage of its own, named "<driver> effect",
a taking away negative. Before, no word of the vocabulary named them and each was dropped.
Guard: a price of a thing ("the price of oats rose 12%") is no effect. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from tests.ingest.invented import KnownEntity, named_and_dated

MILLER = KnownEntity("Brackwater Millers", ("Brackwater",), CALENDAR)
DAY = date(2026, 2, 20)


def found(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, MILLER, DAY, "Brackwater Millers full-year results")


YEAR = "2025-01-01/2025-12-31"


def test_effects_said_by_contributed_and_added() -> None:
    got = found(
        "Brackwater's organic growth was 5.1% in 2025: price/mix contributed 3.2% and volumes 1.9%."
    )
    assert got[3.2] == ("price/mix effect", YEAR)
    assert got[1.9] == ("volume effect", YEAR)


def test_plus_and_minus_in_words() -> None:
    got = found("For 2025, price contributed plus 2.4%, volume minus 1.1% and currency 0.3%.")
    assert got[2.4] == ("price effect", YEAR)
    assert got[-1.1] == ("volume effect", YEAR)


def test_a_contribution_of() -> None:
    got = found("Brackwater reported a price/mix contribution of 3.6% to its sales in 2025.")
    assert got[3.6] == ("price/mix effect", YEAR)


def test_a_price_of_a_thing_is_no_effect() -> None:
    # guard
    got = found("The price of oats rose 12% in 2025.")
    assert all(name != "price effect" for name, _ in got.values())


def test_a_verb_said_once_for_the_list_gives_the_sign() -> None:
    got = found("In 2025 volumes were down 3.4% and prices 2.2%.")
    assert got[-2.2] == ("price effect", YEAR)


def test_a_level_of_prices_or_volumes_is_no_effect() -> None:
    # guard: a change of the driver's own level, or a thing's volumes
    got = found(
        "The basket price was 10% lower than a year earlier in 2025. We see a decline in "
        "mail volumes of 8% in 2026."
    )
    assert not any(name.endswith("effect") for name, _ in got.values())
