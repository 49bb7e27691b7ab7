"""The methods `@dataclass` writes, compiled once per machine instead of once per process.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__` and the rest
as Python source and compiles it when the class is defined: a command-line question
defines about fifty dataclasses, and compiling their methods took 35-45 ms of a ~200 ms
start, its largest single part. The source of a class's methods is the same in every run,
so its compiled code is kept in the user's cache folder (beside the regex programs of
bot/patterns.py), keyed by the source text itself:

- only the `exec` that the `dataclasses` module calls is changed (`install`): it compiles
  the text as `exec` would, through the cache, and runs it with the same namespaces;
- the file is named by the interpreter's build (marshal's format and byte code are its
  own), so another Python never reads it;
- anything unexpected (no cache folder, a damaged file) compiles as before.
"""

from __future__ import annotations

import builtins
import sys
from typing import Any

from bot.diskcache import DiskCache

_CACHE = DiskCache(f"code-{sys.implementation.cache_tag}-{sys.hexversion:x}")


def install() -> None:
    """Compile the methods dataclasses write through the cache (from now on)."""
    import dataclasses

    dataclasses.exec = cached_exec  # type: ignore[attr-defined]  # its module global


def cached_exec(source: Any, globals: dict | None = None, locals: Any = None) -> None:
    """`exec(SOURCE, GLOBALS, LOCALS)`, with SOURCE's code from the cache when it is text."""
    if not isinstance(source, str):
        return builtins.exec(source, globals, locals)
    code = _CACHE.get(source)
    if code is None:
        code = compile(source, "<string>", "exec")  # as exec(source) compiles it
        _CACHE.put(source, code)
    return builtins.exec(code, globals, locals)
