"""Follow-ups: a question naming no company or no metric takes them from the last one."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.conversation import Conversations


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def chat(engine: Engine, clock: Clock) -> Conversations:
    return Conversations(engine, ttl=300, clock=clock)


# (first question, follow-up, value, period, kind): the follow-up replaces only what it names
PHONES = "how many phones did sony sell in fy13?"
FOLLOW_UPS = [
    (PHONES, "and the year before?", 33e6, "2012-04-01", "actual"),
    (PHONES, "what about the target?", 40e6, "2013-04-01", "target"),
    ("sony smartphones sold fy2013", "and fy2012?", 33e6, "2012-04-01", "actual"),
    ("sony xperia sales jul-sep 2013", "and the year before?", 8.8e6, "2012-07-01", "actual"),
    ("sony smartphone target fy2014", "and for fy2013?", 40e6, "2013-04-01", "target"),
    ("sony net loss fy2013", "what about the forecast for fy2014", 4.9e8, "2014-04-01", "forecast"),
    (PHONES, "and the net loss?", 1.25e9, "2013-04-01", "actual"),
]


@pytest.mark.parametrize(("first", "then", "value", "start", "kind"), FOLLOW_UPS)
def test_a_follow_up_keeps_what_it_does_not_name(chat, first, then, value, start, kind) -> None:
    assert chat.ask("u1", first).status is Status.ANSWERED
    answer = chat.ask("u1", then)
    assert answer.status is Status.ANSWERED, answer.text
    fact = answer.facts[0].fact
    assert (fact.value, fact.period.start.isoformat(), fact.kind.value) == (value, start, kind)
    assert answer.text.startswith("Following on from Sony")  # it says what it assumed


def test_a_question_naming_company_and_metric_stands_alone(chat) -> None:
    chat.ask("u1", "sony net loss fy2013")
    answer = chat.ask("u1", "how many smartphones did sony sell in fy2012")
    assert answer.facts[0].fact.value == 33e6
    assert not answer.text.startswith("Following")


def test_conversations_are_kept_apart_by_key_and_scope(chat) -> None:
    chat.ask("u1", "sony net loss fy2013")
    assert chat.ask("u2", "and the year before?").status is Status.UNKNOWN
    assert chat.recall("u1", "some-server") is None


def test_context_expires(chat, clock) -> None:
    chat.ask("u1", "how many phones did sony sell in fy13?")
    clock.now += 301
    assert chat.ask("u1", "and the year before?").status is Status.UNKNOWN


def test_an_unknown_name_in_a_follow_up_is_not_answered_with_the_last_company(chat) -> None:
    chat.ask("u1", "how many phones did sony sell in fy13?")
    assert chat.ask("u1", "what about Samsung?").status is Status.UNKNOWN


def test_forget_and_a_bounded_memory(engine, clock) -> None:
    chat = Conversations(engine, clock=clock, max_keys=2)
    for key in ("a", "b", "c"):
        chat.ask(key, "sony net loss fy2013")
    assert chat.recall("a", "shared") is None and chat.recall("c", "shared") is not None
    chat.forget("c")
    assert chat.recall("c", "shared") is None


def test_salesbot_chat_follows_up(tmp_path) -> None:
    """The command line's chat, through its real entry point, keeps the conversation."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(tmp_path / "c.db"), "chat"],
        input="how many phones did sony sell in fy13?\nand the year before?\n\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "39 million" in out
    assert "Following on from Sony smartphones sold: Sony sold 33 million" in out
