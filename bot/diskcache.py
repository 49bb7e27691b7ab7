"""A table of plain values kept in the user's cache folder from one process to the next.

The regex programs of bot/patterns.py and the dataclass methods of bot/codecache.py are
worked out the same way in every run, and working them out is most of a cold start: each
is kept here, in a file of `marshal` data named by what made it (the interpreter's build,
so another Python never reads it). The file is read once, on first use; what a process
adds is written back when it exits, merged with what other processes wrote meanwhile,
the whole file replaced at once. Anything unexpected (no cache folder, a damaged file)
reads as an empty table: the caller works the value out again.
"""

from __future__ import annotations

import atexit
import marshal
import os
from pathlib import Path
from typing import Any


class DiskCache:
    def __init__(self, name: str) -> None:
        self._name = name  # the file's name in the cache folder
        self._stored: dict[Any, Any] | None = None
        self.new: dict[Any, Any] = {}  # added by this process, written at exit

    def path(self) -> Path:
        home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(home) / "salesbot" / self._name

    def get(self, key: Any) -> Any:
        if self._stored is None:
            self._stored = _read(self.path())
        return self._stored.get(key)

    def put(self, key: Any, value: Any) -> None:
        if not self.new:
            atexit.register(self.save)
        self.new[key] = value

    def save(self) -> None:
        """Add this process's new values to the file (written whole, replaced at once)."""
        import tempfile  # only when there is something to write

        try:
            path = self.path()
            path.parent.mkdir(parents=True, exist_ok=True)
            table = {**_read(path), **self.new}
            fd, name = tempfile.mkstemp(dir=path.parent, suffix=".partial")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(marshal.dumps(table))
                os.replace(name, path)
            finally:
                Path(name).unlink(missing_ok=True)
        except (OSError, ValueError):
            pass  # no cache folder: the next process works them out again


def _read(path: Path) -> dict[Any, Any]:
    try:
        loaded: Any = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
