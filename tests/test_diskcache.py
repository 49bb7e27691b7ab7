"""The disk cache both compiled-code caches keep: values survive a process, a damaged file
reads as nothing, and what two processes add is merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.diskcache import DiskCache


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_values_saved_are_read_by_the_next_process(home: Path) -> None:
    first, second = DiskCache("t.marshal"), DiskCache("t.marshal")
    first.put("a", 1)
    second.put("b", 2)
    first.save()
    second.save()  # merged with what the first wrote meanwhile
    later = DiskCache("t.marshal")
    assert (later.get("a"), later.get("b"), later.get("c")) == (1, 2, None)


def test_a_damaged_file_reads_as_nothing(home: Path) -> None:
    cache = DiskCache("t.marshal")
    cache.path().parent.mkdir(parents=True)
    cache.path().write_bytes(b"\x00not marshal")
    assert cache.get("a") is None
