"""The held-out split of tests/companies/score_split.py, for the benches and tests that
read the development half only: one registry of which company is in which half."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def split_module() -> ModuleType:
    """tests/companies/score_split.py, loaded once (it is a script, not a package)."""
    path = ROOT / "tests" / "companies" / "score_split.py"
    spec = importlib.util.spec_from_file_location("score_split", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["score_split"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def dev_folders() -> dict[str, Path]:
    """The development half: company -> its folder (questions, bundle, reports)."""
    return dict(split_module().DEV)
