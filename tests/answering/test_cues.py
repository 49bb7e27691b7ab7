"""Cues kept per text (cues.py) answer exactly as the functions and patterns they keep."""

from __future__ import annotations

import re

from bot.answering.reading import asks, cues


def test_a_kept_cue_answers_as_its_pattern_and_is_worked_out_once_per_text() -> None:
    pattern = re.compile(r"\b(?:gap|spread)\b", re.I)
    cue = cues.Cue(pattern)
    calls: list[str] = []

    @cues.per_text
    def words(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    for text in ("the gap between A and B", "no such word", "Spread and gap"):
        for _ in range(2):
            found, expected = cue.search(text), pattern.search(text)
            assert (found and found.group(), found and found.span()) == (
                expected and expected.group(),
                expected and expected.span(),
            )
            assert cue.findall(text) == pattern.findall(text)
            assert words(text) == text.split()
    assert calls == ["the gap between A and B", "no such word", "Spread and gap"]
    mine = words("Spread and gap")
    mine.append("changed")  # a list handed out is the caller's own
    assert words("Spread and gap") == ["Spread", "and", "gap"]


def test_cues_of_one_text_stay_apart_by_function_and_argument() -> None:
    text = "what was the gap between gross and net orders vs last year"
    assert asks.gap_asked(text, ()) is True
    assert asks.gap_asked(text, ("gap",)) is True
    assert asks.size(text) is False and asks.compares(text) is False
    assert asks.BETWEEN_TWO.search(text) is not None
    assert asks.EXPECTATION.findall(text) == []


def test_the_kept_cues_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(cues, "TEXTS", 3)
    monkeypatch.setattr(cues, "_held", {})
    for i in range(10):
        assert asks.derive(f"Q{i} alone") is True
        assert len(cues._held) <= 3
