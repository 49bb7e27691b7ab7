"""An answer to "which month (quarter, year) …" leads with the period it names, written
out ("September 2025: …"), as a person answers that question."""

from __future__ import annotations

from dataclasses import replace

from bot.answering.answer import Answer, Status
from bot.answering.phrases import short_when
from bot.facts.model import FactView


def led_by_its_period(answer: Answer) -> Answer:
    """ANSWER led by its figure's period: a whole month by its full name ("September
    2025"), any other period by its short name ("Q2 2025")."""
    if answer.status is not Status.ANSWERED or not answer.facts:
        return answer
    view = answer.facts[0]
    return replace(answer, text=f"{month_in_full(view) or short_when(view)}: {answer.text}")


def month_in_full(view: FactView) -> str | None:
    """VIEW's period by its full name where it is one whole month ("November 2025")."""
    p = view.fact.period
    return p.start.strftime("%B %Y") if p.start.day == 1 and p.months == 1 else None
