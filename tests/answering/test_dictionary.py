"""The lemma dictionary read straight from lemminflect's wheel agrees with lemminflect."""

from __future__ import annotations

import pytest
from lemminflect import getAllLemmas

from bot.answering.dictionary import _lookup, all_lemmas


def test_every_sampled_word_has_the_packages_lemmas() -> None:
    sample = [w.lower() for w in list(_lookup())[::25]]
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
