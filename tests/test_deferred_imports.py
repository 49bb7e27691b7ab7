"""bot/deferred_imports.py: a deferred module loaded only when something reads it, and
then the real module for every reader (each case in a new process: the stand-ins are
process-wide)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_dataclasses_with_docstrings_leave_inspect_unloaded() -> None:
    code = """
import sys
from bot import deferred_imports
assert "inspect" in deferred_imports.defer()
import dataclasses

@dataclasses.dataclass(frozen=True)
class Point:
    '''A point.'''
    x: int
    y: int = 2

print(Point(1), Point.__doc__, "ast" in sys.modules, type(sys.modules["inspect"]).__name__)
"""
    assert _run(code) == "Point(x=1, y=2) A point. False _StandIn"


def test_the_first_read_loads_the_real_module_for_every_reader() -> None:
    code = """
import sys
from bot import deferred_imports
deferred_imports.defer()
import dataclasses

@dataclasses.dataclass
class Point:
    x: int

import inspect
real = sys.modules["inspect"]
print(Point.__doc__, type(real).__name__, inspect is real,
      dataclasses.inspect.signature is real.signature)
"""
    assert _run(code) == "Point(x: int) module True True"


def test_every_deferred_module_reads_as_itself() -> None:
    code = """
import sys
from bot import deferred_imports
deferred = deferred_imports.defer()
import calendar, ipaddress, urllib.parse
print(sorted(deferred), type(sys.modules["locale"]).__name__,
      str(ipaddress.ip_address("10.0.0.1")), urllib.parse.urlsplit("http://[::1]:80/").port,
      calendar.LocaleTextCalendar(locale="C").formatmonthname(2013, 3, 0, withyear=False).strip(),
      type(sys.modules["ipaddress"]).__name__, type(sys.modules["locale"]).__name__)
"""
    expected = "['inspect', 'ipaddress', 'locale'] _StandIn 10.0.0.1 80 March module module"
    assert _run(code) == expected


@pytest.mark.parametrize("loaded", ["inspect", "dataclasses"])
def test_inspect_is_not_deferred_once_it_or_dataclasses_is_loaded(loaded: str) -> None:
    code = f"""
import sys, {loaded}
from bot import deferred_imports
print("inspect" in deferred_imports.defer(), type(sys.modules["inspect"]).__name__)
"""
    assert _run(code) == "False module"
