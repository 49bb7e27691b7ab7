"""Chat that mixes romanized Japanese (and a few kanji) with English, as a Japanese sales
team types it: "uriage kamiki ikura?", "eigyou rieki yosou", "keijo rieki zenki",
"売上 通期". Over a company invented here (Hoshizora Seiki, a Japanese instrument maker,
fiscal year ending March, named by its end year). And a line's marker after its name
("the automotive segment operating profit"), which the whole company's figure never
answers.

Before 2026-12-07 the glossary had no Japanese: every romanized word refused the
question as an unknown name (a development set of such chat: 0.341, 31/91); "automotive
segment operating profit" was answered with the company's operating profit.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

H = "Hoshizora Seiki"
FY26 = "2025-04-01/2026-03-31"
H1 = "2025-04-01/2025-09-30"
FY25 = "2024-04-01/2025-03-31"
FACTS = [
    fact(H, "net sales", "actual", H1, 182.4e9, "JPY", "2025-11-07"),
    fact(H, "net sales", "actual", FY25, 351.0e9, "JPY", "2025-05-09"),
    fact(H, "operating profit", "actual", H1, 21.3e9, "JPY", "2025-11-07"),
    fact(H, "ordinary profit", "actual", FY25, 44.8e9, "JPY", "2025-05-09"),
    fact(H, "operating profit", "forecast", FY26, 40.0e9, "JPY", "2025-05-09"),
    fact(H, "operating profit", "forecast", FY26, 43.5e9, "JPY", "2025-11-07"),
    fact(H, "medical net sales", "actual", H1, 61.2e9, "JPY", "2025-11-07"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": H,
        "aliases": ["Hoshizora"],
        "fiscal_year_end": "03-31",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, "2025-11-07"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("hoshizora uriage kamiki fy3/26 ikura?", 182.4e9),
        ("hoshizora no eigyou rieki kamiki wa ikura desu ka", 21.3e9),
        ("hoshizora keijo rieki zenki (fy3/25)", 44.8e9),
        ("hoshizora eigyo rieki yosou fy3/26, jouhou shuusei ato no", 43.5e9),
        ("hoshizora 売上 上期 fy3/26", 182.4e9),
    ],
)
def test_romanized_japanese_is_read(engine: Engine, question: str, value: float):
    assert values(engine, question)[0] == value


def test_the_original_forecast_in_romaji(engine: Engine):
    assert values(engine, "hoshizora eigyou rieki no saisho no yosou fy3/26")[0] == 40.0e9


@pytest.mark.parametrize(
    "question",
    [
        "hoshizora medical segment operating profit h1 fy3/26",
        "hoshizora's industrial division net sales h1 fy3/26",
    ],
)
def test_a_line_named_with_its_marker_is_never_the_whole(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_line_named_with_its_marker_is_answered_where_held(engine: Engine):
    assert values(engine, "hoshizora medical segment net sales h1 fy3/26") == [61.2e9]


@pytest.mark.parametrize(
    "question", ["hoshizora eigyou rieki 2026年3月期 yosou", "hoshizora 営業利益 26/3期 yosou"]
)
def test_a_japanese_fiscal_term_is_its_year(engine: Engine, question: str):
    assert values(engine, question)[0] == 43.5e9  # (the forecast as it stands)
