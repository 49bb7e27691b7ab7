"""The split's second look at derived answers the shared judge passes: the judge reads only
`answer_contains`, so a derived question without it is right whenever answered; the split
also counts those whose cited figures miss a gold operand (tests/companies/score_split.py)."""

from __future__ import annotations

from bench.split import split_module

GOLD = {"q": "x share of y", "expect": "derived", "values": [31_842e6, 52_600e6]}


def _answer(*values: float) -> dict:
    return {"status": "answered", "facts": [{"value": v} for v in values]}


def test_every_operand_cited_to_a_thousandth() -> None:
    cited = split_module()._operands_cited
    assert cited(GOLD, _answer(31_842e6, 52_600e6))
    assert cited(GOLD, _answer(52_610e6, 31_850e6))  # (rounded figures, within 0.1%)
    assert not cited(GOLD, _answer(31_842e6, 218_400e6))  # another whole: a hidden wrong


def test_other_questions_are_left_to_the_judge() -> None:
    cited = split_module()._operands_cited
    assert cited({"q": "x", "expect": "value", "value": 1.0}, _answer(2.0))
    assert cited({"q": "x", "expect": "derived"}, _answer(2.0))  # (no operands listed)
