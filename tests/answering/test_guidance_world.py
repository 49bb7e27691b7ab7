"""Derived answers over the generated guidance world (tests/answering/invented.py): every
kind of derived question in several wordings, over ranges and single figures revised
several times, five fiscal calendars and both ways of storing a range. A wrong figure
fails; an abstention is counted, not failed. Run as a script for the tally:

    .venv/bin/python -m tests.answering.test_guidance_world [-v]
"""

from __future__ import annotations

import sys
from collections import Counter

import pytest

from bot.answering import Engine
from bot.facts.seed import seed_bundle
from tests.answering.invented import engine_over, guidance_world, judge, world_bundle

_, _, CASES = guidance_world()


@pytest.fixture(scope="module")
def world(seed) -> Engine:
    return engine_over(seed, world_bundle())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.question)
def test_no_wrong_derived_figure(world, case) -> None:
    answer = world.ask(case.question)
    assert judge(case, answer.status.value, answer.text) != "wrong", answer.text


def main(verbose: bool) -> None:
    engine = engine_over(seed_bundle(), world_bundle())
    tally: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    for case in CASES:
        answer = engine.ask(case.question)
        verdict = judge(case, answer.status.value, answer.text)
        tally[verdict] += 1
        by_kind.setdefault(case.kind, Counter())[verdict] += 1
        if verdict == "wrong" or (verbose and verdict != "right"):
            print(f"[{verdict}] {case.question}\n    need {case.need}\n    -> {answer.text}")
    for kind, c in sorted(by_kind.items()):
        print(
            f"  {kind:24} right {c['right']:3}  abstained {c['abstained']:3}  wrong {c['wrong']:3}"
        )
    print(
        f"asked {len(CASES)}  right {tally['right']}  abstained {tally['abstained']}  "
        f"wrong {tally['wrong']}"
    )


if __name__ == "__main__":
    main("-v" in sys.argv)
