"""Standard modules imported when something first reads them, not when another imports them.

Some standard modules are imported by others a question needs, for work a question
never does (~5 ms of CPU of a ~70 ms command-line question in all):

- `inspect` (and with it ast, dis, tokenize, linecache, token), by `dataclasses`, only to
  write a signature into the docstring of a dataclass that has none: every dataclass a
  question defines has one;
- `ipaddress`, by `urllib.parse` (by `pathlib`), only to check a URL's bracketed host;
- `locale`, by `calendar`, only for calendars printed in a locale's month names.

`defer()`, called before any of them is imported, puts a stand-in module for each in
`sys.modules`: the first read of any of its attributes imports the real module, which
takes the stand-in's place in `sys.modules`, and every later read through the stand-in
(by a module that imported it meanwhile) is the real one's. `from inspect import x`
reads an attribute, so it imports the real module at once.

Only a command-line process asking a question defers them (`bot.cli.main`): a
process-wide change, made where nothing else shares the process (never the Discord bot's).
"""

from __future__ import annotations

import _thread
import importlib
import sys
import types
from importlib.machinery import ModuleSpec
from typing import Any

DEFERRED = ("inspect", "ipaddress", "locale")


class _StandIn(types.ModuleType):
    """Stands for a module until an attribute is read (`__spec__` is its own, so that
    `import NAME` finds it without loading anything)."""

    def __getattr__(self, attribute: str) -> Any:
        # only for what the stand-in does not hold: after the first read of ATTRIBUTE
        # it is an ordinary attribute of the stand-in, the real module's own value
        value = getattr(_real(self), attribute)
        setattr(self, attribute, value)
        return value


_lock = _thread.allocate_lock()


def _real(stand_in: _StandIn) -> types.ModuleType:
    name = stand_in.__spec__.name  # type: ignore[union-attr]
    with _lock:  # two threads reading at once import it once
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]  # so that the import below loads the real module
        return importlib.import_module(name)


def defer() -> list[str]:
    """Put a stand-in in place of each of DEFERRED not imported yet (nor `dataclasses`,
    for `inspect`: it would save nothing). The names deferred."""
    done = []
    for name in DEFERRED:
        if name in sys.modules or (name == "inspect" and "dataclasses" in sys.modules):
            continue
        stand_in = _StandIn(name)
        stand_in.__spec__ = ModuleSpec(name, None)
        sys.modules[name] = stand_in
        done.append(name)
    return done
