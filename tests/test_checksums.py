"""bot/checksums.py: a file's checksum is its bytes', summed once per version of the file."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from bot import checksums as module
from bot.checksums import checksums


def _expected(data: bytes) -> tuple[int, int, int]:
    return len(data), zlib.crc32(data), zlib.adler32(data)


def test_a_checksum_is_the_files_and_is_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = tmp_path / "a.py", tmp_path / "b.json"
    a.write_bytes(b"x = 1\n")
    b.write_bytes(b'{"yen": "JPY"}')
    assert checksums([a, str(b)]) == (_expected(b"x = 1\n"), _expected(b'{"yen": "JPY"}'))

    def unread(*args, **kwargs):
        raise AssertionError("read again")

    monkeypatch.setattr(module, "open", unread, raising=False)
    assert checksums([a]) == (_expected(b"x = 1\n"),)  # remembered: not read again


def test_a_file_written_since_is_summed_again_even_with_its_old_size_and_time(
    tmp_path: Path,
) -> None:
    a = tmp_path / "a.py"
    a.write_bytes(b"x = 1\n")
    before = os.stat(a)
    assert checksums([a]) == (_expected(b"x = 1\n"),)
    a.write_bytes(b"x = 2\n")  # the same size
    os.utime(a, ns=(before.st_atime_ns, before.st_mtime_ns))  # and modification time
    assert checksums([a]) == (_expected(b"x = 2\n"),)


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        checksums([tmp_path / "gone.py"])
