"""The period grammar tries, at each word, only the rules a match could begin with there
(scanning._rules_at: by its first two characters, or its first): it finds exactly what
trying every rule at every word finds."""

from __future__ import annotations

import json

import pytest

from bench.split import dev_folders
from bot.facts import periods
from bot.facts.periods import grammar, scanning


def _texts() -> list[str]:
    from bench.queries import query_set

    texts = [q.text for q in query_set()]
    # the development half only (tests/companies/SPLIT.md): the test half is never read
    for folder in dev_folders().values():
        questions = folder / "questions.jsonl"
        if questions.exists():
            texts += [json.loads(line)["q"] for line in questions.read_text().splitlines() if line]
        for report in sorted(folder.glob("*.txt")):
            texts += [line for line in report.read_text().splitlines() if line.strip()]
    shapes = [t.upper() for t in texts[:300]] + [t.title() for t in texts[:300]]
    odd = [
        "fy",  # a text's last character: the first character's index
        "Q3 to-date, 9M'24 and FY3/25 (Apr 2024 – Mar 2025)",
        "ＦＹ2024 revenue",
        "ﬁscal 2024",
        "fiſcal year 2024",
        "Q３ 2024",
        "K2024 Ｑ1",
        "the ſecond half",
    ]
    return texts + shapes + odd


def _every_rule(text: str, pos: int) -> list[tuple[int, object]]:
    return list(enumerate(grammar.RULES))


def test_the_rules_tried_at_a_word_find_what_every_rule_finds(monkeypatch) -> None:
    texts = _texts()
    assert len(texts) > 1000
    indexed = [scanning._candidates(text) for text in texts]
    monkeypatch.setattr(scanning, "_rules_at", _every_rule)
    everything = [scanning._candidates(text) for text in texts]
    assert [t for t, a, b in zip(texts, indexed, everything, strict=True) if a != b] == []


@pytest.mark.parametrize("text", ["revenue in FY2024", "Q3 2024 sales", "the year to March 2025"])
def test_a_period_is_found_at_any_case(text: str) -> None:
    found = [m.ref for m in periods.find_periods(text)]
    assert found and [m.ref for m in periods.find_periods(text.upper())] == found
