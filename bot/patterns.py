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

import re
import sys

from bot.diskcache import DiskCache

try:  # CPython's regex engine and compiler: what re.compile itself calls
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: plain re.compile
    _sre = None  # type: ignore[assignment]

# (pattern, flags) -> the arguments of _sre.compile after the pattern
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_CACHE = DiskCache(
    f"patterns-{sys.implementation.cache_tag}-{sys.hexversion:x}-"
    f"{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}.marshal"
)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the stored program when there is one."""
    if _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    program = _CACHE.get(key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except Exception:
            pass
    compiled = re.compile(pattern, flags)
    try:
        program = _program(pattern, int(flags))
        if _sre.compile(pattern, *program) == compiled:
            _CACHE.put(key, program)
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
