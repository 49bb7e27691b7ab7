"""Entity names: exact names and aliases first, then typos with a cutoff that fits the
name's length."""

from __future__ import annotations

from bot.answering.english.words import tokenize
from bot.answering.vocabulary import name_forms
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting
from bot.facts.model import Entity


def found(vocab: Vocabulary, question: str) -> list[str]:
    hits = vocab.find_entities(tokenize(question), skip=set())
    return [vocab.entities[h.entity_id].name for h in hits]


VOCAB = Vocabulary(
    [
        Entity("Sony", ("Xperia", "Sony Mobile"), id=1),
        Entity("CHT", id=2),
        Entity("Northwind Devices", ("Northwind",), id=3),
    ],
    [],
)


def test_names_aliases_and_multiword_aliases() -> None:
    assert found(VOCAB, "xperia sales") == ["Sony"]
    assert found(VOCAB, "sony mobile phones") == ["Sony"]
    assert found(VOCAB, "northwind devices revenue") == ["Northwind Devices"]


def test_typos_of_longer_names_are_forgiven() -> None:
    assert found(VOCAB, "soni phones") == ["Sony"]  # one letter off a four-letter name
    assert found(VOCAB, "sny phones") == ["Sony"]
    assert found(VOCAB, "northwnd revenue") == ["Northwind Devices"]


def test_a_short_name_needs_a_near_exact_match() -> None:
    assert found(VOCAB, "chart sony sales") == ["Sony"]  # 'chart' is not the ticker CHT
    assert found(VOCAB, "cht revenue") == ["CHT"]


def test_phrases_held_in_longer_phrases_of_other_families() -> None:
    """`_containing` looks each phrase's shorter runs of words up: the same table as
    comparing every pair of the reporting vocabulary's phrases."""
    phrases = reporting.family_phrases()
    pairwise: dict[tuple[str, ...], set[str]] = {}
    for short, own in phrases.items():
        for long, keys in phrases.items():
            n = len(short)
            if len(long) > n and any(long[i : i + n] == short for i in range(len(long) - n + 1)):
                pairwise.setdefault(short, set()).update(k for k in keys if k not in own)
    assert name_forms._containing() == {k: frozenset(v) for k, v in pairwise.items() if v}
    assert "eps" in name_forms._containing()[reporting.normalize("net income")]
