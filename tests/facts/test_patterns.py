"""bot.patterns: a pattern built from the stored program is re.compile's own, and a
missing or damaged cache file only costs the ordinary compilation."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import patterns

PATTERN = r"(?<!\w)(?:fy|fiscal\s+year)\s*(?P<y>\d{4}|\d\d)(?!\w)"
COMPILE_AND_MATCH = (
    "import re; from bot import patterns; "
    f"p = patterns.compile({PATTERN!r}, re.IGNORECASE); "
    "print(p == re.compile(p.pattern, re.IGNORECASE), p.search('sales in FY2013')['y'])"
)


def _run(cache: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", COMPILE_AND_MATCH],
        capture_output=True,
        text=True,
        check=True,
        env={"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin"},
    )
    return done.stdout.strip()


def test_a_stored_program_gives_re_compiles_pattern(tmp_path: Path) -> None:
    assert _run(tmp_path) == "True 2013"  # compiled, then stored at exit
    (stored,) = (tmp_path / "salesbot").glob("patterns-*.marshal")
    assert _run(tmp_path) == "True 2013"  # built from the stored program
    stored.write_bytes(b"not a marshal file")
    assert _run(tmp_path) == "True 2013"  # damaged: compiled again


def test_a_wrong_stored_program_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns._CACHE, "_stored", {(PATTERN, 2): (2, [1, 2, 3], 0, {}, (None,))})
    p = patterns.compile(PATTERN, re.IGNORECASE)
    assert p == re.compile(PATTERN, re.IGNORECASE)
