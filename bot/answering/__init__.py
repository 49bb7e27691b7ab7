"""From a question to an Answer: understand it, match it against the store, compose the
answer, and render it for a terminal, for JSON, or for a chat embed."""

from bot.answering.answer import Answer, Status
from bot.answering.engine import Engine

__all__ = ["Answer", "Engine", "Status"]
