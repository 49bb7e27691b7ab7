"""bot.codecache: dataclasses defined with their methods' code from the cache behave as
ever, and a missing or damaged cache file only costs the ordinary compilation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEFINE_AND_USE = """
import dataclasses, sys
from bot import codecache
codecache.install()

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 2

p = Point(1)
try:
    p.x = 5
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
compiled = len(codecache._CACHE.new)
print(repr(p), p == Point(1, 2), p < Point(2), hash(p) == hash(Point(1)), frozen, compiled > 0)
"""


def _run(cache: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", DEFINE_AND_USE],
        capture_output=True,
        text=True,
        check=True,
        env={"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin"},
    )
    return done.stdout.strip()


def test_a_dataclass_from_stored_code_is_the_same_dataclass(tmp_path: Path) -> None:
    same = "Point(x=1, y=2) True True True True"
    assert _run(tmp_path) == f"{same} True"  # compiled, then stored at exit
    (stored,) = (tmp_path / "salesbot").glob("code-*")
    assert _run(tmp_path) == f"{same} False"  # nothing compiled: all from the file
    stored.write_bytes(b"not a marshal file")
    assert _run(tmp_path) == f"{same} True"  # damaged: compiled again


def test_the_command_line_compiles_its_dataclasses_through_it() -> None:
    probe = (
        "import dataclasses, bot.cli\n"
        "try:\n"
        "    bot.cli.main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(dataclasses.exec.__module__)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "bot.codecache"
