"""Words written in a script the reader has no words of (Chinese, Korean, Cyrillic,
Thai, Arabic…), over the company invented for romanized Japanese chat (Hoshizora Seiki).

Before 2026-12-07 the tokenizer passed over letters outside the Latin script, so such a
word was as if unsaid and the rest of the question answered: "how many 平板 (tablets)
did Sony sell" was answered with its phones. Now each is a word nothing explains unless
the glossary reads it: Korean and Chinese have the words a sales question is made of
("매출", "营收", "누적"), two characters of them enough to say the language.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, values
from tests.answering.test_romanized_japanese_chat import FACTS, H


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": H, "aliases": ["Hoshizora"], "fiscal_year_end": "03-31"}
    return engine_over(
        seed, bundle([entity | {"fiscal_year_named_by": "end"}], FACTS, "2025-11-07")
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many 平板 did hoshizora sell in h1 fy3/26",  # (tablets)
        "hoshizora планшеты net sales h1 fy3/26",
        "hoshizora 태블릿 sales h1 fy3/26",
    ],
)
def test_a_word_in_a_script_no_reader_reads_is_unexplained(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    ["hoshizora 매출 h1 fy3/26", "hoshizora 营收 h1 fy3/26", "hoshizora h1 fy3/26 매출액 얼마"],
)
def test_korean_and_chinese_words_of_a_sales_question_are_read(engine: Engine, question: str):
    assert values(engine, question)[0] == 182.4e9
