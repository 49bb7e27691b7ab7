"""`inspect`, imported when something first reads it rather than when `dataclasses` loads.

`dataclasses` imports `inspect` (and with it ast, dis, tokenize, linecache and token:
~4 ms of CPU of a ~70 ms command-line question) only to write a signature into the
docstring of a dataclass that has none; every dataclass a question defines has one.
`defer()`, called before `dataclasses` is first imported, puts a stand-in module in
`sys.modules`: the first read of any of its attributes imports the real `inspect`, which
takes the stand-in's place in `sys.modules`, and every later read through the stand-in
(by a module that imported it meanwhile, as `dataclasses` did) is the real one's.

Only the command line's own process defers it (`bot.cli.main`): a process-wide change,
made where nothing else shares the process.
"""

from __future__ import annotations

import _thread
import sys
import types
from importlib.machinery import ModuleSpec
from typing import Any

_NAME = "inspect"


class _StandIn(types.ModuleType):
    """Stands for `inspect` until an attribute is read (`__spec__` is its own, so that
    `import inspect` finds it without loading anything)."""

    def __getattr__(self, attribute: str) -> Any:
        # only for what the stand-in does not hold: after the first read of ATTRIBUTE
        # it is an ordinary attribute of the stand-in, the real module's own value
        value = getattr(_real(self), attribute)
        setattr(self, attribute, value)
        return value


_lock = _thread.allocate_lock()


def _real(stand_in: _StandIn) -> types.ModuleType:
    with _lock:  # two threads reading at once import it once
        if sys.modules.get(_NAME) is stand_in:
            del sys.modules[_NAME]  # so that the import below loads the real module
        import inspect

        return inspect


def defer() -> bool:
    """Put the stand-in in place, unless `inspect` or `dataclasses` is already loaded
    (then it would save nothing). Whether it did."""
    if _NAME in sys.modules or "dataclasses" in sys.modules:
        return False
    stand_in = _StandIn(_NAME)
    stand_in.__spec__ = ModuleSpec(_NAME, None)
    sys.modules[_NAME] = stand_in
    return True
