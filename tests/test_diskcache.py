"""The disk cache both compiled-code caches keep: values survive a process, a damaged file
reads as nothing, and what two processes add is merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.diskcache import DiskCache


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import atexit

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    # these caches save when a test says so: at the test run's exit, the real cache
    # folder is back, and what they still held would be written there
    monkeypatch.setattr(atexit, "register", lambda *args, **kwargs: None)
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


def test_a_damaged_value_reads_as_nothing_and_the_others_still_read(home: Path) -> None:
    import marshal

    from bot.diskcache import _LAYOUT, today

    cache = DiskCache("t.marshal")
    cache.path().parent.mkdir(parents=True)
    table = {"a": (today(), b"\x00not marshal"), "b": (today(), marshal.dumps([1, 2]))}
    cache.path().write_bytes(marshal.dumps((_LAYOUT, table)))
    assert (cache.get("a"), cache.get("b")) == (None, [1, 2])


def test_an_ill_formed_entry_reads_as_nothing_and_a_save_drops_it(home: Path) -> None:
    import marshal

    from bot.diskcache import _LAYOUT, today

    cache = DiskCache("t.marshal")
    cache.path().parent.mkdir(parents=True)
    table = {"a": "junk", "b": (today(), marshal.dumps([1, 2])), "c": (today(), "text")}
    cache.path().write_bytes(marshal.dumps((_LAYOUT, table)))
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (None, [1, 2], None)
    cache.put("d", 4)
    cache.save()
    assert set(marshal.loads(cache.path().read_bytes())[1]) == {"b", "d"}


def test_a_file_of_an_earlier_layout_reads_as_nothing(home: Path) -> None:
    import marshal

    cache = DiskCache("t.marshal")
    cache.path().parent.mkdir(parents=True)
    cache.path().write_bytes(marshal.dumps({"a": (1, 2)}))  # {key: value}, no layout mark
    assert cache.get("a") is None


def _days(monkeypatch: pytest.MonkeyPatch, day: int) -> None:
    from bot import diskcache

    monkeypatch.setattr(diskcache, "today", lambda: day)


def test_values_nobody_uses_go_and_used_ones_stay(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.diskcache import MAX_AGE_DAYS

    _days(monkeypatch, 1000)
    first = DiskCache("t.marshal")
    first.put("old code", 1)
    first.put("kept code", 2)
    first.save()
    # a process a while later uses one of them only (the other's code has changed)
    _days(monkeypatch, 1000 + MAX_AGE_DAYS)
    later = DiskCache("t.marshal")
    assert later.get("kept code") == 2
    later.save()  # marks what it used
    # and one past the age limit of the other finds only the one still in use
    _days(monkeypatch, 1001 + MAX_AGE_DAYS)
    last = DiskCache("t.marshal")
    last.put("new code", 3)
    last.save()
    after = DiskCache("t.marshal")
    assert (after.get("old code"), after.get("kept code"), after.get("new code")) == (None, 2, 3)


def test_a_process_that_only_reads_todays_values_writes_nothing(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _days(monkeypatch, 1000)
    first = DiskCache("t.marshal")
    first.put("a", 1)
    first.save()
    written = first.path().stat().st_mtime_ns
    reader = DiskCache("t.marshal")
    assert reader.get("a") == 1
    assert not reader.used and not reader.new
    reader.save()
    assert first.path().stat().st_mtime_ns == written


def test_the_file_holds_at_most_its_bound_the_most_recently_used_first(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import diskcache

    monkeypatch.setattr(diskcache, "MAX_ENTRIES", 10)
    for day in range(30):  # a value a day, as after thirty code changes
        _days(monkeypatch, 1000 + day)
        cache = DiskCache("t.marshal")
        cache.put(f"version {day}", day)
        cache.save()
    last = DiskCache("t.marshal")
    assert last.get("version 29") == 29 and last.get("version 20") == 20
    assert last.get("version 19") is None
    import marshal

    assert len(marshal.loads(last.path().read_bytes())[1]) == 10


def test_partial_files_of_killed_writers_and_unused_tables_are_removed(home: Path) -> None:
    import os
    import time

    cache = DiskCache("t.marshal")
    cache.path().parent.mkdir(parents=True)
    stale = cache.path().parent / "tmpabc.partial"
    stale.write_bytes(b"half")
    hours_ago = time.time() - 7200
    os.utime(stale, (hours_ago, hours_ago))
    fresh = cache.path().parent / "tmpdef.partial"  # another process writing right now
    fresh.write_bytes(b"half")
    months_ago = time.time() - 40 * 86400
    unused = cache.path().parent / "code-cpython-39-old"  # another Python's, or layout's
    in_use = cache.path().parent / "patterns-cpython-311"  # written yesterday
    lemmas = cache.path().parent / "lemmas-0-0.sqlite"  # the dictionary's own
    for file in (unused, in_use, lemmas):
        file.write_bytes(b"")
    for file in (unused, lemmas):
        os.utime(file, (months_ago, months_ago))
    cache.put("a", 1)
    cache.save()
    assert not stale.exists() and fresh.exists()
    assert not unused.exists() and in_use.exists() and lemmas.exists()


def test_what_a_process_saved_is_not_written_again_at_exit(home: Path) -> None:
    cache = DiskCache("t.marshal")
    cache.put("a", 1)
    cache.save()
    cache.path().unlink()
    cache.save()  # as the exit handler does: nothing new since
    assert not cache.path().exists()
