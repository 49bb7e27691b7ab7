"""The lemma dictionary read straight from lemminflect's wheel agrees with lemminflect."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from bot.answering.dictionary import _parsed, all_lemmas


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
    from bot.answering import dictionary

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
    from bot.answering import dictionary

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


def test_words_are_looked_up_from_any_thread() -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(all_lemmas, ["sold", "took", "phones", "shipped"] * 5))
    assert found == [all_lemmas(w) for w in ["sold", "took", "phones", "shipped"] * 5]
