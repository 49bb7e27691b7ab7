"""Shared helpers for the ingestion tests: the seed reports, calendars, a store."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import pytest

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity

ROOT = Path(__file__).resolve().parents[2]
REPORTS = Path(__file__).resolve().parent / "reports"


SEED_BUNDLE = ROOT / "data" / "seed.json"
SONY_CAL = FiscalCalendar.of("03-31", "start")
SONY = KnownEntity("Sony", (), SONY_CAL)
SEED_REPORTS = {
    "sony-fy2013-results": ("000_aebab6e0bc5019f1.txt", date(2014, 5, 14)),
    "sony-q2-fy2013-xperia": ("002_ae097e13ff0e5f73.txt", date(2013, 10, 31)),
}


def _write_seed_reports() -> Path:
    """The two seed reports as files, written from the bundle (which keeps their full text
    verbatim), so the tests need nothing outside this repository."""
    folder = Path(tempfile.mkdtemp(prefix="salesbot-seeds-"))
    for key, (name, _) in SEED_REPORTS.items():
        (folder / name).write_text(seed_text(key), encoding="utf-8")
    return folder


def seed_text(key: str) -> str:
    """The report's text as the curated bundle stores it (also in ../shared/seeds/)."""
    bundle = json.loads(SEED_BUNDLE.read_text(encoding="utf-8"))
    return next(s["text"] for s in bundle["sources"] if s["key"] == key)


@pytest.fixture
def seed_bundle() -> dict:
    return json.loads(SEED_BUNDLE.read_text(encoding="utf-8"))


SEEDS = _write_seed_reports()
