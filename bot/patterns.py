"""Regular expressions compiled once per machine instead of once per process.

`re.compile` parses and compiles a pattern in Python code: the period grammar's forty
patterns cost about 50 ms, a third of a command-line question's start. What it produces
is a short program (a list of integers) that CPython's `_sre.compile` turns into the very
same Pattern object at once. This module keeps those programs in the user's cache folder,
one file per Python build, and builds patterns from them:

- a program is stored only after the Pattern built from it compared equal to
  `re.compile`'s (Patterns compare their source, flags and program);
- the file is named by the interpreter's version and the regex engine's magic number, so
  another Python never reads it;
- anything unexpected (no cache folder, a damaged file, another Python's internals) falls
  back to `re.compile`, which is always right, only slower.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # CPython's regex engine and compiler: what re.compile itself calls
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: plain re.compile
    _sre = None  # type: ignore[assignment]

# (pattern, flags) -> the arguments of _sre.compile after the pattern
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_programs: dict[tuple[str, int], Program] | None = None
_new: dict[tuple[str, int], Program] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the stored program when there is one."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    program = _stored().get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except Exception:
            pass
    compiled = re.compile(pattern, flags)
    try:
        program = _program(pattern, int(flags))
        if _sre.compile(pattern, *program) == compiled:
            if not _new:
                atexit.register(_save)
            _new[key] = program
    except Exception:
        pass
    return compiled


def _program(pattern: str, flags: int) -> Program:
    """What re._compiler.compile passes to _sre.compile (Python 3.11 to 3.13)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _path() -> Path:
    home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(home) / "salesbot" / f"patterns-{build}.marshal"


def _stored() -> dict[tuple[str, int], Program]:
    global _programs
    if _programs is None:
        try:
            loaded: Any = marshal.loads(_path().read_bytes())
            _programs = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _programs = {}
    return _programs


def _save() -> None:
    """Add this process's new programs to the file (written whole, replaced at once)."""
    import tempfile  # only when there is something to write

    try:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            on_disk: Any = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            on_disk = {}
        programs = {**(on_disk if isinstance(on_disk, dict) else {}), **_new}
        fd, name = tempfile.mkstemp(dir=path.parent, suffix=".partial")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(programs))
            os.replace(name, path)
        finally:
            Path(name).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass  # no cache folder: the next process compiles again
