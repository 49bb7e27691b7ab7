"""A question as a chat client delivers it: the bot mentioned ("<@1234>", "@SalesBot"),
emoji (":chart_with_upwards_trend:", "<:stonks:98765>"), markdown (**bold**, `code`,
||spoiler||, "> quoted line" above it), a pasted link, words stretched for tone ("sooo",
"pleeease"). Over a company invented here (Corvallis Outfitters, calendar years).

Before 2026-12-07 "@SalesBot", a link's "https" and "example.com", "sooo" and the name
inside a custom emoji ("stonks", read as "stocks") and the words of a quoted earlier
message were unknown words, and an unknown word refuses the question; chat's tags at a
question's end ("fr", "rn", "🙏") hid its last words, and "fr" read as "franchised",
"rn" as "now" (a probe of 590 development questions answered right: 585 refused for
"ngl", 13 wrong answers for "fr", "rn", an emoji). Guards: times
and ratios written with colons, "@ 5%", an e-mail address and words whose letters
really repeat stay as written.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.engine import QuestionError
from bot.answering.english.chat_markup import without_markup
from tests.answering.invented import bundle, engine_over, fact

C = "Corvallis Outfitters"
Y24 = "2024-01-01/2024-12-31"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "stores", "actual", "2024-12-31/2024-12-31", 214, "units", "2025-02-18"),
    fact(C, "net sales", "actual", Y24, 1.32e9, "USD", "2025-02-18"),
    fact(C, "net sales", "actual", Y25, 1.41e9, "USD", "2026-02-17"),
    fact(C, "new stores", "target", Y25, 18, "units", "2025-02-18"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": C, "aliases": ["Corvallis"]}
    return engine_over(seed, bundle([entity], FACTS, "2026-02-17"))


@pytest.mark.parametrize(
    ("plain", "delivered"),
    [
        ("corvallis net sales 2025", "<@1234567890> corvallis net sales 2025"),
        ("corvallis net sales 2025", "@SalesBot corvallis net sales 2025???"),
        ("corvallis net sales 2025", "corvallis net sales 2025 :chart_with_upwards_trend:"),
        ("corvallis net sales 2025", "corvallis net sales 2025 <:stonks:98765> <a:party:42>"),
        ("corvallis net sales 2025", "**corvallis** net sales `2025` ||pls||"),
        ("corvallis net sales 2025", "https://example.com/q4-2025.pdf corvallis net sales 2025"),
        ("so what were corvallis net sales in 2025", "sooo what were corvallis net sales in 2025"),
        ("please corvallis net sales 2025", "pleeease corvallis net sales 2025"),
        (
            "how many stores did corvallis have at end of 2024",
            "> beef prices are killing us\nhow many stores did corvallis have at end of 2024",
        ),
        (
            "corvallis net sales 2025",
            "> q4 was soft\u2028> blame the weather\u2028corvallis net sales 2025",
        ),
        ("corvallis new stores target 2025", "corvallis *new stores* target 2025 @everyone"),
        ("corvallis net sales 2025", "ngl corvallis net sales 2025 fr lol"),
        ("corvallis new stores target 2025", "corvallis new stores target 2025 rn 🙏🔥"),
        ("corvallis net sales 2025", "tbh corvallis net sales 2025 innit"),
    ],
)
def test_markup_changes_nothing(engine: Engine, plain: str, delivered: str):
    asked, marked = engine.ask(plain), engine.ask(delivered)
    assert asked.status is Status.ANSWERED, asked.text
    assert marked.status is Status.ANSWERED, marked.text
    assert marked.facts[0].fact.value == asked.facts[0].fact.value


@pytest.mark.parametrize(
    "text",
    [
        "sales at 10:30:45 on the day",
        "a 3:1 ratio",
        "margin @ 5% in q3",
        "mail ir@corvallis.example about it",
        "bookkeeping costs in 2024",
        "schifffahrt sales",
        "2*3 stores",
    ],
)
def test_what_is_no_markup_stays(text: str):
    assert without_markup(text) == text


def test_a_bare_mention_is_no_question(engine: Engine):
    with pytest.raises(QuestionError):
        engine.ask("<@1234567890> :wave:")


def test_markup_is_read_off():
    said = without_markup("<@!99> **rev** in `Q3`?? :fire: https://x.example/a?b=1 thx")
    assert said == "rev in Q3?? thx"
