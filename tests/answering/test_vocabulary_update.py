"""The engine's vocabulary after a write: brought up to date with only what changed, and
then the very index a vocabulary built anew from every name would be."""

from __future__ import annotations

from bot.answering import Engine, Status
from bot.answering.english.words import tokenize
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.bundle import dump_bundle, parse_bundle
from bot.facts.model import SHARED_SCOPE, Metric
from bot.facts.store import FactStore


def _index(vocab: Vocabulary) -> dict:
    """Everything a question is matched against."""
    return {
        name: getattr(vocab, name)
        for name in (
            "entities",
            "metrics",
            "entity_words",
            "metric_regions",
            "metric_ends",
            "metric_families",
            "_entity_names",
            "_longest_entity",
            "_fuzzy_entity_ids",
            "_fuzzy_by_length",
            "_metric_by_name",
            "_metric_phrases",
            "_phrase_index",
            "_own_phrases",
            "_metric_words",
            "_metric_word_list",
        )
    }


def _new_company(store: FactStore) -> None:
    """A second company, with an alias, a new metric and a synonym, imported as a bundle."""
    data = dump_bundle(store.export_bundle(SHARED_SCOPE))
    text = "Kestrelon Motors said it delivered 120,000 scooters in 2020."
    data["entities"] = [
        {
            "name": "Kestrelon Motors",
            "aliases": ["Kestrelon", "KSTM"],
            "fiscal_year_end": "12-31",
            "fiscal_year_named_by": "end",
        }
    ]
    data["metrics"] = [
        {"name": "scooters delivered", "synonyms": ["scooter deliveries"], "unit": "units"}
    ]
    data["sources"] = [
        {
            "key": "kestrelon-2020",
            "title": "Kestrelon 2020",
            "publisher": None,
            "url": None,
            "published": "2021-01-20",
            "text": text,
        }
    ]
    data["facts"] = [
        {
            "entity": "Kestrelon Motors",
            "metric": "scooters delivered",
            "kind": "actual",
            "period": "2020-01-01/2020-12-31",
            "value": 120000,
            "unit": "units",
            "as_of": "2021-01-20",
            "source": "kestrelon-2020",
            "quote": "Kestrelon Motors said it delivered 120,000 scooters in 2020.",
        }
    ]
    store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)


def test_a_write_updates_the_vocabulary_in_place_to_what_a_rebuild_gives(
    store: FactStore, engine: Engine
) -> None:
    before = engine.vocabulary()
    store.add_alias("Sony", "Sonyco", scope=SHARED_SCOPE, actor="t")
    store.add_synonym("smartphones sold", "pocket computers moved", scope=SHARED_SCOPE, actor="t")
    _new_company(store)
    after = engine.vocabulary()
    assert after is before  # updated, not built again
    rebuilt = Vocabulary(store.entities(SHARED_SCOPE), store.metrics(SHARED_SCOPE))
    assert _index(after) == _index(rebuilt)
    answer = engine.ask("how many scooters did kestrelon deliver in 2020")
    assert answer.status is Status.ANSWERED and answer.facts[0].fact.value == 120000
    assert engine.ask("how many phones did sonyco sell in fy2013").status is Status.ANSWERED


def test_the_store_reports_only_the_names_changed_since_a_stamp(store: FactStore) -> None:
    first = store.names_since(SHARED_SCOPE, None)
    assert first.whole and [e.name for e in first.entities] == ["Sony"]
    assert store.names_since(SHARED_SCOPE, first.stamp).entities == []
    store.add_alias("Sony", "Sonyco", scope=SHARED_SCOPE, actor="t")
    later = store.names_since(SHARED_SCOPE, first.stamp)
    assert not later.whole and later.metrics == []
    assert [(e.name, "Sonyco" in e.aliases) for e in later.entities] == [("Sony", True)]


def test_an_edit_to_a_stored_name_reads_every_name_again(store: FactStore) -> None:
    first = store.names_since(SHARED_SCOPE, None)
    data = dump_bundle(store.export_bundle(SHARED_SCOPE))
    data["entities"][0]["fiscal_year_end"] = "12-31"  # a calendar changed: an edit
    data["entities"][0]["fiscal_year_named_by"] = "end"
    store.import_bundle(parse_bundle(data), actor="t", scope=SHARED_SCOPE)
    again = store.names_since(SHARED_SCOPE, first.stamp)
    assert again.whole and again.entities[0].fiscal_year_end == "12-31"


def test_a_metric_scored_before_a_new_synonym_is_scored_anew_after_it() -> None:
    """Scores are remembered per metric and reading (`Vocabulary._scores`): a synonym
    added since makes the same words the metric's own name, as a rebuilt index has it."""
    tokens = tokenize("smartphone sales")
    words = set(range(len(tokens)))

    def scored(vocab: Vocabulary) -> list[tuple]:
        return [
            (h.metric.id, h.explained, h.coverage, h.span, h.own, h.near)
            for h in vocab.score_metrics(tokens, words, frozenset())
        ]

    vocab = Vocabulary([], [Metric("smartphones sold", (), "units", id=1)])
    before = scored(vocab)
    named = Metric("smartphones sold", ("smartphone sales",), "units", id=1)
    vocab.update([], [named])
    assert scored(vocab) == scored(Vocabulary([], [named])) != before
