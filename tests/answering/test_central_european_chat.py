"""Chat in Czech and Slovak mixed with English ("kolik byly tržby v roce 2024", "aké
boli tržby v roku 2024"), and the scale words Central European writing clips ("4.8 mil
hl", "ebitda v mil. Kč", "2 mld"). Over a company invented here (Sklárny Bořín, a Czech
glassmaker, calendar years, CZK).

Before 2026-12-07 the glossary had no Czech or Slovak, so "kolik", "tržby", "zisk" and
"roce" refused the question as unknown names; "mil" was an unknown word too, and "Kč"
was read as the currency only after "in". Guards: Spanish "mil millones" stays the
glossary's billion; a year before a clipped scale stays the period ("ebitda 2024 mil
kc": 2024, never 2,024 million).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.answering.reading.clipped_scales import scales_unclipped
from tests.answering.invented import bundle, engine_over, fact, values

S = "Sklárny Bořín"
Y23 = "2023-01-01/2023-12-31"
Y24 = "2024-01-01/2024-12-31"
FACTS = [
    fact(S, "revenue", "actual", Y23, 3.12e9, "CZK", "2025-03-20"),
    fact(S, "revenue", "actual", Y24, 3.41e9, "CZK", "2025-03-20"),
    fact(S, "net profit", "actual", Y23, 205e6, "CZK", "2025-03-20"),
    fact(S, "net profit", "actual", Y24, 248e6, "CZK", "2025-03-20"),
    fact(S, "EBITDA", "actual", Y24, 611e6, "CZK", "2025-03-20"),
    fact(S, "tonnes of glass sold", "actual", Y24, 4.8e6, "units", "2025-03-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": S, "aliases": ["Borin", "Bořín"]}
    return engine_over(seed, bundle([entity], FACTS, "2025-03-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kolik byly tržby borin v roce 2024", 3.41e9),
        ("borin zisk 2024?", 248e6),
        ("aké boli tržby borin v roku 2023", 3.12e9),
        ("borin ebitda 2024 in mil. Kč", 611e6),
        ("jaká byla ebitda borin v roce 2024 v mil. Kč", 611e6),
        ("borin ebitda 2024 mil kc", 611e6),
        ("where does the 4.8 mil tonnes figure for borin come from", 4.8e6),
        ("borin čistý zisk za rok 2023", 205e6),
    ],
)
def test_czech_and_slovak_chat_is_read(engine: Engine, question: str, value: float):
    assert values(engine, question)[0] == value


def test_growth_asked_in_czech(engine: Engine):
    answer = engine.ask("o kolik % vzrostl zisk borin v roce 2024?")
    assert answer.facts[0].fact.value == 248e6
    assert "21" in answer.text  # (248 against 205 million: +21.0%)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("cut to 4.8 mil hl", "cut to 4.8 mn hl"),
        ("revenue in mld zł", "revenue in bn zł"),
        ("ebitda 2024 mil kc", "ebitda 2024 in mn kc"),
        ("ventas de 5 mil millones", "ventas de 5 mil millones"),
        ("military sales", "military sales"),
        ("the 2 Mrd. target", "the 2 bn target"),
    ],
)
def test_clipped_scales(text: str, read: str):
    assert scales_unclipped(text) == read


def test_english_month_names_say_no_language():
    """'between apr 20 and jul 13 2025': "apr" and "jul" are Slovak months too, but
    English's as much; read as Slovak, its stop words dropped the "and" of the span."""
    from bot.answering.reading.code_switching import in_english

    said = in_english("how many stores did they add between apr 20 and jul 13 2025")
    assert said is None or " and " in said
