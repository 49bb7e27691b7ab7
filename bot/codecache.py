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

import atexit
import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

_stored: dict[str, CodeType] | None = None
_new: dict[str, CodeType] = {}


def install() -> None:
    """Compile the methods dataclasses write through the cache (from now on)."""
    import dataclasses

    dataclasses.exec = cached_exec  # type: ignore[attr-defined]  # its module global


def cached_exec(source: Any, globals: dict | None = None, locals: Any = None) -> None:
    """`exec(SOURCE, GLOBALS, LOCALS)`, with SOURCE's code from the cache when it is text."""
    if not isinstance(source, str):
        return builtins.exec(source, globals, locals)
    code = _codes().get(source)
    if code is None:
        code = compile(source, "<string>", "exec")  # as exec(source) compiles it
        if not _new:
            atexit.register(_save)
        _new[source] = code
    return builtins.exec(code, globals, locals)


def _path() -> Path:
    home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(home) / "salesbot" / f"code-{sys.implementation.cache_tag}-{sys.hexversion:x}"


def _codes() -> dict[str, CodeType]:
    global _stored
    if _stored is None:
        try:
            loaded: Any = marshal.loads(_path().read_bytes())
            _stored = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _stored = {}
    return _stored


def _save() -> None:
    """Add this process's new code to the file (written whole, replaced at once)."""
    import tempfile  # only when there is something to write

    try:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            on_disk: Any = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            on_disk = {}
        codes = {**(on_disk if isinstance(on_disk, dict) else {}), **_new}
        fd, name = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(codes))
            os.replace(name, path)
        finally:
            Path(name).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # no cache folder: the next process compiles again
