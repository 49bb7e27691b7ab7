"""A table of plain values kept in the user's cache folder from one process to the next.

The regex programs of bot/patterns.py and the dataclass methods of bot/codecache.py are
worked out the same way in every run, and working them out is most of a cold start: each
is kept here, in a file of `marshal` data named by what made it (the interpreter's build,
so another Python never reads it). The file is read once, on first use; what a process
adds is written back when it exits, merged with what other processes wrote meanwhile,
the whole file replaced at once. Anything unexpected (no cache folder, a damaged file, a
file of an earlier layout) reads as an empty table: the caller works the value out again.

Each value is kept marshalled on its own, and turned back only when a process asks for it:
the file also holds the values of other versions of the code (every release's, until
MAX_AGE_DAYS after their last use), and turning all of them back cost a question's start
~13 ms with a few versions' patterns and methods in the file, for the few hundred it reads.

The file cannot grow without bound: each value carries the day it was last used, a process
that used a value not marked today marks it again at exit, and a save drops the values
nobody used for MAX_AGE_DAYS (those of code since changed: a dataclass's old methods, an
edited pattern) and, beyond MAX_ENTRIES, the least recently used. A save also removes the
partial files of processes killed while writing, and tables nobody wrote for MAX_AGE_DAYS.
"""

from __future__ import annotations

import atexit
import marshal
import os
import time
from pathlib import Path
from typing import Any

MAX_AGE_DAYS = 30
MAX_ENTRIES = 5000  # a process uses some hundreds; the rest are other programs' or old
_LAYOUT = "v3"  # the file holds (_LAYOUT, {key: (day last used, marshal.dumps(value))})
_PARTIAL = ".partial"


def today() -> int:
    """Days since the epoch (a function: tests move the clock)."""
    return int(time.time() // 86400)


class DiskCache:
    def __init__(self, name: str) -> None:
        self._name = name  # the file's name in the cache folder
        self._stored: dict[Any, tuple[int, bytes]] | None = None
        self._values: dict[Any, Any] = {}  # the stored values asked for, turned back
        self.new: dict[Any, Any] = {}  # added by this process, written at exit
        self.used: set[Any] = set()  # read by this process but not marked used today
        self._registered = False

    def path(self) -> Path:
        home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        # named by the layout too: code that writes another layout keeps its own file
        stem, dot, extension = self._name.rpartition(".")
        name = f"{stem}-{_LAYOUT}.{extension}" if dot else f"{self._name}-{_LAYOUT}"
        return Path(home) / "salesbot" / name

    def get(self, key: Any) -> Any:
        if self._stored is None:
            self._stored = _read(self.path())
        found = self._stored.get(key)
        if not _well_formed(found):  # (checked here: a process reads a few hundred)
            return None
        value = self._values.get(key)
        if value is None:
            try:
                value = self._values[key] = marshal.loads(found[1])
            except (ValueError, EOFError, TypeError):
                return None  # a damaged value: worked out again
        if found[0] != today() and key not in self.used:
            self.used.add(key)  # marked used at exit, so that it is not dropped as stale
            self._register()
        return value

    def put(self, key: Any, value: Any) -> None:
        self._register()
        self.new[key] = value

    def _register(self) -> None:
        if not self._registered:
            self._registered = True
            atexit.register(self.save)

    def save(self) -> None:
        """Add this process's new values to the file and mark those it used (written whole,
        replaced at once), dropping what is stale or beyond the bound."""
        import tempfile  # only when there is something to write

        if not self.new and not self.used:
            return
        try:
            path = self.path()
            path.parent.mkdir(parents=True, exist_ok=True)
            day = today()
            table = {k: v for k, v in _read(path).items() if _well_formed(v)}
            for key in self.used:
                if key in table:
                    table[key] = (day, table[key][1])
            table.update((key, (day, marshal.dumps(value))) for key, value in self.new.items())
            table = _bounded(table, day)
            _sweep(path.parent)
            fd, name = tempfile.mkstemp(dir=path.parent, suffix=_PARTIAL)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(marshal.dumps((_LAYOUT, table)))
                os.replace(name, path)
            finally:
                Path(name).unlink(missing_ok=True)
            self.new.clear()  # written: the save at exit has nothing left to do
            self.used.clear()
        except (OSError, ValueError):
            pass  # no cache folder: the next process works them out again


def _bounded(table: dict[Any, tuple[int, bytes]], day: int) -> dict[Any, tuple[int, bytes]]:
    """TABLE without values unused for MAX_AGE_DAYS, and at most MAX_ENTRIES of the rest
    (the most recently used)."""
    kept = {k: v for k, v in table.items() if day - v[0] <= MAX_AGE_DAYS}
    if len(kept) > MAX_ENTRIES:
        newest = sorted(kept, key=lambda k: kept[k][0], reverse=True)[:MAX_ENTRIES]
        kept = {k: kept[k] for k in newest}
    return kept


def _sweep(folder: Path, partial_s: float = 3600) -> None:
    """Remove what nothing uses any more: partial files a killed process left (a live
    writer's is seconds old), and tables no process has written for MAX_AGE_DAYS (each
    in use is written at least once a day it is used: those of an earlier layout or of
    another Python). The lemma copies (*.sqlite) are answering/english/dictionary.py's own."""
    now = time.time()
    for file in folder.iterdir():
        try:
            age = now - file.stat().st_mtime
            if file.suffix == ".sqlite" or not file.is_file():
                continue
            if age > (partial_s if file.name.endswith(_PARTIAL) else MAX_AGE_DAYS * 86400):
                file.unlink()
        except OSError:
            pass


def _read(path: Path) -> dict[Any, tuple[int, bytes]]:
    try:
        loaded: Any = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(loaded, tuple) and len(loaded) == 2 and loaded[0] == _LAYOUT):
        return {}  # damaged, or an earlier layout: rewritten at the next save
    table = loaded[1]
    # each value is checked when it is asked for (`_well_formed`), not all of them here:
    # the file holds other versions' values too, thousands, of which a process reads some
    # hundreds (checking them all took ~0.5 ms of each start)
    return table if isinstance(table, dict) else {}


def _well_formed(found: object) -> bool:
    """Is FOUND a stored value as this layout keeps it: (day last used, marshal bytes)?"""
    return (
        isinstance(found, tuple)
        and len(found) == 2
        and isinstance(found[0], int)
        and isinstance(found[1], bytes)
    )
