"""rapidfuzz's modules, imported when first used.

Only a word the store's names and the dictionary do not hold (a misspelling, a name
never seen) is matched by similarity; a question spelt right never needs rapidfuzz,
whose import (every scorer, C and Python, ~5 ms) was the largest single import of a
command-line question. Modules that match by similarity import these names from here.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for the module NAME, imported at the first attribute read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        # called only for what is not yet kept: after the first read of ATTRIBUTE it is
        # an ordinary instance attribute, read as fast as a module's
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)
        return value


fuzz: Any = LazyModule("rapidfuzz.fuzz")
process: Any = LazyModule("rapidfuzz.process")
OSA: Any = LazyModule("rapidfuzz.distance.OSA")
