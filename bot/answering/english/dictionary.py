"""lemminflect's English lemma dictionary, read from its wheel without importing the package.

`import lemminflect` loads its inflection model, and with it numpy (~85 ms), and its
lemma table takes ~0.3 s to parse: more than the rest of a command-line question costs.
Answering needs only single-word lookups (a word -> its lemmas by part of speech), so this
module parses the package's two data files once into a small SQLite file in the user's
cache folder and then looks words up by index. Where no cache can be written, it keeps
the parsed table in memory instead.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

Lemmas = dict[str, tuple[str, ...]]  # universal part of speech -> lemma spellings


def all_lemmas(word: str) -> Lemmas:
    """`lemminflect.getAllLemmas(word)` for a lower-case word: {} when WORD is unknown."""
    word = word.lower()
    found = _looked_up.get(word)
    if found is None:
        # kept: a new word is asked about by several lexicon functions (its lemma, its
        # parts of speech, its verb), each of them a query otherwise
        found = _finder()(word)
        if len(_looked_up) >= _LOOKED_UP_LIMIT:
            _looked_up.clear()
        _looked_up[word] = found
    return dict(found)


# Words looked up together beforehand (`known_words`): the names of thousands of companies
# cost one query per few hundred words instead of one each.
_looked_up: dict[str, Lemmas] = {}
_LOOKED_UP_LIMIT = 200_000
_BATCH = 500  # words per query, under SQLite's limit of bound parameters


def known_words(words: set[str]) -> None:
    """Look WORDS up at once, so that `all_lemmas` of each of them needs no query."""
    words = {w.lower() for w in words} - _looked_up.keys()
    if not words:
        return
    try:
        uri = f"{_cached_table().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
    except (OSError, sqlite3.Error):
        return  # `all_lemmas` looks each one up instead
    found: dict[str, Lemmas] = {w: {} for w in words}
    try:
        ordered = sorted(words)
        for i in range(0, len(ordered), _BATCH):
            chunk = ordered[i : i + _BATCH]
            marks = ", ".join("?" * len(chunk))
            for word, upos, forms in conn.execute(
                f"SELECT word, upos, forms FROM lemmas WHERE word IN ({marks})", chunk
            ):
                found[word][upos] = tuple(forms.split("/"))
    finally:
        conn.close()
    if len(_looked_up) + len(found) > _LOOKED_UP_LIMIT:
        _looked_up.clear()
    _looked_up.update(found)


@functools.cache
def _finder() -> Callable[[str], Lemmas]:
    try:
        uri = f"{_cached_table().as_uri()}?mode=ro"
        sqlite3.connect(uri, uri=True).close()
    except (OSError, sqlite3.Error):
        table = _parsed()
        return lambda word: dict(table.get(word, {}))
    local = threading.local()  # one read-only connection per thread (the bot has several)

    def find(word: str) -> Lemmas:
        if not hasattr(local, "conn"):
            local.conn = sqlite3.connect(uri, uri=True)
        rows = local.conn.execute("SELECT upos, forms FROM lemmas WHERE word = ?", (word,))
        return {upos: tuple(forms.split("/")) for upos, forms in rows}

    return find


# Another lemminflect's copy nobody has opened for this long is removed when a copy is made.
UNUSED_COPY_DAYS = 7


def table_name() -> str:
    """The lemma table's name (its data's checksum), or what stands for none: what a
    table made from lemmas is kept by (bot/kept.py)."""
    try:
        return _cached_table().name
    except (OSError, ModuleNotFoundError):
        return "no lemma table"


def _cached_table() -> Path:
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return _table_in(home)


@functools.cache
def _table_in(home: str) -> Path:
    """The SQLite copy of the data files, made on first use. Named by their contents
    (not their file times, which every new environment's install changes), so one copy
    serves every environment with the same lemminflect; a copy is marked when opened, and
    copies of other lemminflect versions unused for UNUSED_COPY_DAYS are removed when one
    is made, so the cache folder does not fill with copies. Kept per cache folder: the
    data files are read once per process."""
    from bot.checksums import checksums  # (summed once per version of the files)

    sources = [_resources() / "lemma_lu.csv.gz", _resources() / "lemma_overrides.csv"]
    stamp = "-".join(f"{crc:08x}" for _, crc, _ in checksums(sources))
    path = Path(home) / "salesbot" / f"lemmas-{stamp}.sqlite"
    try:
        _mark_used(path)
    except FileNotFoundError:
        _make_copy(path)
    except OSError:
        pass  # a copy this user cannot mark: still readable
    return path


def _make_copy(path: Path) -> None:
    """Parse the data files into a new SQLite file at PATH (once per machine and
    lemminflect version), removing other versions' unused copies first."""
    import tempfile  # here: made once per machine, never on a question's path

    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_unused_copies(path)
    fd, name = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    os.close(fd)
    try:
        with sqlite3.connect(name) as conn:
            conn.execute("CREATE TABLE lemmas (word TEXT, upos TEXT, forms TEXT)")
            conn.executemany("INSERT INTO lemmas VALUES (?, ?, ?)", _rows(_parsed()))
            conn.execute("CREATE INDEX lemmas_by_word ON lemmas (word)")
        conn.close()
        os.replace(name, path)  # atomic: a concurrent reader sees all of it or none
    finally:
        Path(name).unlink(missing_ok=True)


def _mark_used(path: Path) -> None:
    """Mark PATH used today (its modification time), so that it is never taken for an
    unused copy; raises FileNotFoundError when there is no copy."""
    import time

    if time.time() - path.stat().st_mtime > 86400:
        os.utime(path)


def _remove_unused_copies(keep: Path) -> None:
    import time

    for other in keep.parent.glob("lemmas-*.sqlite"):
        try:
            if other != keep and time.time() - other.stat().st_mtime > UNUSED_COPY_DAYS * 86400:
                other.unlink()
        except OSError:
            pass


def _rows(table: dict[str, Lemmas]) -> Iterator[tuple[str, str, str]]:
    for word, lemmas in table.items():
        for upos, forms in lemmas.items():
            yield word, upos, "/".join(forms)


def _resources() -> Path:
    spec = importlib.util.find_spec("lemminflect")  # finds the package, runs none of it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@functools.cache
def _parsed() -> dict[str, Lemmas]:
    """Both data files as lemminflect reads them: the lookup table, then its overrides."""
    import gzip  # here: read once per machine (see `_cached_table`)

    table: dict[str, Lemmas] = {}
    with gzip.open(_resources() / "lemma_lu.csv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            word, category, forms = line.strip().split(",")
            if word == word.lower():  # lemminflect looks words up in lower case only
                upos = "AUX" if category == "modal" else category.upper()
                table.setdefault(word, {})[upos] = tuple(forms.lower().split("/"))
    with open(_resources() / "lemma_overrides.csv", encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                word, upos, lemma = line.split(",")
                table.setdefault(word, {})[upos] = (lemma.lower(),)
    return table
