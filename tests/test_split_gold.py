"""Every company's gold, checked against its own bundle: a question expecting a value
expects a figure the bundle states (its value or a range's high end). A gold value no fact
holds scores every answer wrong, the right one included. Failures name the company and a
count only: the test half's questions are read by nobody tuning the engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.split import split_module

_FOLDERS = {
    **{slug: Path(p) for slug, p in split_module().DEV.items()},
    **{slug: split_module().HERE / slug for slug in split_module().TEST_COMPANIES},
}
_WITH_GOLD = {
    slug: folder
    for slug, folder in _FOLDERS.items()
    if (folder / "bundle.json").exists() and (folder / "questions.jsonl").exists()
}


def _stated(bundle: dict) -> list[float]:
    values = [float(f["value"]) for f in bundle["facts"]]
    return values + [float(f["value_high"]) for f in bundle["facts"] if f.get("value_high")]


def _held(value: float, stated: list[float]) -> bool:
    return any(abs(value - v) <= 1e-6 * max(abs(v), 1.0) for v in stated)


def test_the_split_has_its_companies() -> None:
    assert len(_WITH_GOLD) >= 400


@pytest.mark.parametrize("slug", sorted(_WITH_GOLD))
def test_gold_values_are_stated_figures(slug: str) -> None:
    folder = _WITH_GOLD[slug]
    stated = _stated(json.loads((folder / "bundle.json").read_text(encoding="utf-8")))
    lines = (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    golds = [json.loads(line) for line in lines if line.strip()]
    missing = sum(
        1 for g in golds if g["expect"] == "value" and not _held(float(g["value"]), stated)
    )
    assert missing == 0, f"{slug}: {missing} gold values no fact of its bundle states"
