"""One person's reckoning of the company's figures ("She estimates fiscal 2026 revenue of ...",
"he now models ... of GMV", "He expects the company's revenue to grow ...") is an analyst's,
never the company's; what the company's own people say it expects stays. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")


def _values(sentences: str) -> set[float]:
    text = f"Tarnwell Tools story\ntest\n2025-07-18\n\n{sentences}\n"
    entity = KnownEntity("Tarnwell Tools", (), CALENDAR)
    out = extract(text, published=date(2025, 7, 18), entity=entity).proposals
    return {p.value for p in out}


ANALYST = "Mira Holt, who covers Tarnwell Tools at Ostbank, cut her rating on Friday. "


def test_an_analyst_s_estimate_by_pronoun_is_none_of_the_company_s():
    assert 812000000.0 not in _values(ANALYST + "She estimates 2025 revenue of $812 million.")
    assert 95000000.0 not in _values(
        ANALYST + "She also pencils in an operating profit of around $95 million for the year."
    )
    assert 2.5 not in _values(ANALYST + "He expects the company's revenue to grow 2.5% this year.")


def test_what_the_chief_executive_says_the_company_expects_stays():
    text = (
        "Tarnwell Tools chief executive Ola Brandt spoke on Friday. "
        "He said Tarnwell Tools expects revenue of $830 million in 2025."
    )
    assert 830000000.0 in _values(text)


def test_a_broker_s_own_estimate_by_the_firm_s_name_is_none_of_the_company_s():
    text = "Ostbank Securities cut its 2025 revenue estimate for Tarnwell Tools to $790 million."
    assert 790000000.0 not in _values(text)


def test_the_company_s_own_forecast_stays_beside_a_firm_named_capital():
    text = "Tarnwell Tools said it expects 2025 revenue of $830 million, citing Ostbank Capital."
    assert 830000000.0 in _values(text)
