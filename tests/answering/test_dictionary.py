"""The lemma dictionary read straight from lemminflect's wheel agrees with lemminflect."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from bot.answering.english.dictionary import _parsed, all_lemmas


def test_every_sampled_word_has_the_packages_lemmas() -> None:
    sample = [w.lower() for w in list(_parsed())[::25]]
    assert len(sample) > 1000
    assert [w for w in sample if all_lemmas(w) != getAllLemmas(w)] == []


@pytest.mark.parametrize(
    ("word", "part", "lemma"),
    [("sold", "VERB", "sell"), ("took", "VERB", "take"), ("phones", "NOUN", "phone")],
)
def test_inflected_words_lead_to_their_lemma(word: str, part: str, lemma: str) -> None:
    assert all_lemmas(word)[part][0] == lemma
    assert all_lemmas(word.capitalize()) == all_lemmas(word)


def test_an_unknown_word_has_no_lemmas() -> None:
    assert all_lemmas("samsungx") == {}


def test_without_a_writable_cache_the_table_is_kept_in_memory(tmp_path, monkeypatch) -> None:
    from bot.answering.english import dictionary

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    dictionary._finder.cache_clear()
    try:
        assert all_lemmas("sold")["VERB"] == ("sell",)
        assert not any(tmp_path.rglob("*.sqlite"))
    finally:
        dictionary._finder.cache_clear()


def test_the_cached_copy_is_made_once_in_the_cache_folder(tmp_path, monkeypatch) -> None:
    from bot.answering.english import dictionary

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(dictionary, "_looked_up", {})  # words other tests looked up at once
    dictionary._finder.cache_clear()
    try:
        assert all_lemmas("shipped")["VERB"] == ("ship",)
        (copy,) = (tmp_path / "salesbot").glob("lemmas-*.sqlite")
        assert list((tmp_path / "salesbot").glob("*.partial")) == []
        made = copy.stat().st_mtime_ns
        dictionary._finder.cache_clear()
        assert all_lemmas("took")["VERB"] == ("take",)
        assert copy.stat().st_mtime_ns == made
    finally:
        dictionary._finder.cache_clear()


def test_one_copy_per_lemminflect_and_unused_copies_go(tmp_path, monkeypatch) -> None:
    import os
    import time

    from bot.answering.english import dictionary

    folder = tmp_path / "salesbot"
    folder.mkdir()
    weeks_ago = time.time() - (dictionary.UNUSED_COPY_DAYS + 1) * 86400
    unused = folder / "lemmas-326767.1796113911-1662.1796113911.sqlite"  # an older naming
    in_use = folder / "lemmas-00000000-00000000.sqlite"  # another lemminflect, used today
    for copy in (unused, in_use):
        copy.write_bytes(b"")
    os.utime(unused, (weeks_ago, weeks_ago))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ours = dictionary._cached_table()  # made: the unused copy goes, the other stays
    assert ours.exists() and in_use.exists() and not unused.exists()
    # a copy is named by what it holds, not when it was installed: a new environment
    # with the same lemminflect finds the same copy, and marks it used
    os.utime(ours, (weeks_ago, weeks_ago))
    dictionary._table_in.cache_clear()
    assert dictionary._cached_table() == ours
    assert time.time() - ours.stat().st_mtime < 3600
    assert sorted(folder.glob("lemmas-*.sqlite")) == sorted([ours, in_use])
    dictionary._table_in.cache_clear()


def test_words_are_looked_up_from_any_thread() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(all_lemmas, ["sold", "took", "phones", "shipped"] * 5))
    assert found == [all_lemmas(w) for w in ["sold", "took", "phones", "shipped"] * 5]
