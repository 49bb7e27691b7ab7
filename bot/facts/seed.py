"""The bundled seed: the facts of the reports SalesBot ships with, loaded into new stores."""

from __future__ import annotations

from pathlib import Path

from bot.facts.bundle import Bundle, read_bundle_file

_PACKAGED = Path(__file__).resolve().parent.parent / "_seed" / "seed.json"  # inside a wheel
_CHECKOUT = Path(__file__).resolve().parents[2] / "data" / "seed.json"  # in a source checkout


def seed_path() -> Path:
    return _PACKAGED if _PACKAGED.exists() else _CHECKOUT


def seed_bundle() -> Bundle:
    return read_bundle_file(seed_path())
