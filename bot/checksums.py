"""Checksums of files, summed once per version of each file and remembered by its stat.

What is kept between processes (regex analyses, the saved vocabulary, the lemma table's
copy, kept tables) is keyed by the text of the files it is made from; reading and
summing those files (~0.8 MB: lemminflect's data and a dozen modules) took ~1 ms of each
command-line question. Each file's checksum is kept in the user's cache folder
(bot/diskcache.py) under its path, inode, size, and modification and change times: a
file written since (its change time moves with every write, and no tool sets it back)
is read and summed again.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Iterable

from bot.diskcache import DiskCache

_CACHE = DiskCache(f"checksums-{sys.implementation.cache_tag}.marshal")

Checksum = tuple[int, int, int]  # size, crc32, adler32 of the file's bytes
_known: dict[tuple, Checksum] = {}  # what this process summed or read back (by the key)


def checksums(paths: Iterable[str | os.PathLike[str]]) -> tuple[Checksum, ...]:
    """Each file's (size, crc32, adler32), in order; OSError when one cannot be read."""
    out = []
    for path in paths:
        name = os.fspath(path)
        st = os.stat(name)
        key = (name, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        found = _known.get(key) or _CACHE.get(key)
        if found is None:
            with open(name, "rb") as f:
                data = f.read()
            # (zlib: no hashlib, which loads OpenSSL on a question's path)
            found = (len(data), zlib.crc32(data), zlib.adler32(data))
            _CACHE.put(key, found)
        _known[key] = found
        out.append(found)
    return tuple(out)
