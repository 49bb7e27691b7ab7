"""The one value every front door renders: the outcome of asking one question."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.facts.model import FactView


class Status(str, enum.Enum):
    ANSWERED = "answered"  # facts[0] is the answer; a derived answer lists every fact it used
    AMBIGUOUS = "ambiguous"  # facts are the candidates, best first; text asks which
    UNKNOWN = "unknown"  # nothing in the store answers it; text says what is missing


@dataclass(frozen=True)
class Answer:
    """What the engine says to a question: its status, its text and the facts it cites."""

    question: str
    status: Status
    text: str  # one or two sentences, the answer as a person reads it
    facts: tuple[FactView, ...] = ()
    suggestions: tuple[str, ...] = ()  # questions the store can answer, for an unknown
    intent: str = "value"
    headline: str = ""  # a short title for an embed; defaults to the text
    error: str | None = None  # set when the question itself was refused (too long, empty)

    @property
    def title(self) -> str:
        return self.headline or self.text
