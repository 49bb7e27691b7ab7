"""Tables worked out from the code's own data, kept between processes.

Some tables answering needs are made on first use from fixed data (the currencies whose
names share a last word, the period grammar's rules by the characters they begin with):
the same in every run until the files they are made from change, and making them took a
few ms of each command-line question. `kept_between_runs` keeps such a table in the
user's cache folder (bot/diskcache.py, beside the regex programs), keyed by the text of
the function's own module, of every other file it names, and by what `also` returns
(data that is no file of the package: the lemma table's name, the patterns of a rule
list). A process whose key is the same reads the table back instead of making it; any
change to those files or that data is a new key, so a table is never read stale.

The table must be plain values marshal keeps as they are (dict, list, tuple, set,
frozenset, str, int): what comes back is equal to what was made, of the same types.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bot.checksums import checksums
from bot.diskcache import DiskCache

_CACHE = DiskCache(f"tables-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal")
_PACKAGE = Path(__file__).parent  # bot/

T = TypeVar("T")


def kept_between_runs(
    *made_from: str, also: Callable[[], Any] | None = None
) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a function of no arguments whose value depends only on the text of its
    own module, of the files MADE_FROM (paths inside bot/) and on ALSO's value; the value
    is made once per machine and kept (in a process, once: like `functools.cache`)."""

    def decorate(make: Callable[[], T]) -> Callable[[], T]:
        @functools.cache
        def kept() -> T:
            try:
                key = _key(make, made_from, also)
            except (OSError, ValueError):  # a file gone: made here, kept nowhere
                return make()
            value = _CACHE.get(key)
            if value is None:
                value = make()
                _CACHE.put(key, value)
            return value

        return functools.update_wrapper(kept, make)

    return decorate


def _key(make: Callable[[], Any], made_from: tuple[str, ...], also: Callable[[], Any] | None):
    own = sys.modules[make.__module__].__file__ or ""
    files = checksums([own, *(_PACKAGE / name for name in made_from)])
    return (make.__module__, make.__qualname__, files, also() if also is not None else None)
