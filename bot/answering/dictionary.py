"""lemminflect's English lemma dictionary, read from its wheel without importing the package.

`import lemminflect` loads its inflection model, and with it numpy (~85 ms): more than the
rest of a command-line question costs. Answering needs only the dictionary lookup (a word
-> its lemmas by part of speech), so this module reads the same two data files the
package's `getAllLemmas` reads, lazily, on the first word looked up.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from pathlib import Path

Lemmas = dict[str, tuple[str, ...]]  # universal part of speech -> lemma spellings


def all_lemmas(word: str) -> Lemmas:
    """`lemminflect.getAllLemmas(word)` for a lower-case word: {} when WORD is unknown."""
    word = word.lower()
    found = dict(_lookup().get(word, {}))
    found.update(_overrides().get(word, {}))
    return found


def _resources() -> Path:
    spec = importlib.util.find_spec("lemminflect")  # finds the package, runs none of it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lemminflect is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


@functools.cache
def _lookup() -> dict[str, Lemmas]:
    table: dict[str, Lemmas] = {}
    with gzip.open(_resources() / "lemma_lu.csv.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            word, category, forms = line.strip().split(",")
            upos = "AUX" if category == "modal" else category.upper()
            table.setdefault(word, {})[upos] = tuple(forms.lower().split("/"))
    return table


@functools.cache
def _overrides() -> dict[str, Lemmas]:
    table: dict[str, Lemmas] = {}
    with open(_resources() / "lemma_overrides.csv", encoding="utf-8") as lines:
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                word, upos, lemma = line.split(",")
                table.setdefault(word, {})[upos] = (lemma.lower(),)
    return table
