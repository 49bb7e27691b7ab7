"""The two seed reports against the hand-curated bundle (data/seed.json): at least 90% of
its facts with the right value, unit, kind and period, at most one wrong candidate for
every five right ones, and nothing quoted from the reader comments."""

from __future__ import annotations

import math

import pytest

from bot.ingest.extract import KnownEntity, KnownMetric, extract
from bot.ingest.layout import analyse
from tests.ingest.conftest import SEED_REPORTS, SONY, SONY_CAL, seed_text


def _same(p, f) -> bool:
    return (
        math.isclose(p.value, f["value"], rel_tol=1e-9)
        and p.unit == f["unit"]
        and p.kind.value == f["kind"]
        and p.period.iso() == f["period"]
    )


def _measure(seed_bundle, *, with_store: bool):
    facts = seed_bundle["facts"]
    entities = metrics = ()
    entity = SONY
    if with_store:
        e = seed_bundle["entities"][0]
        entities = (KnownEntity(e["name"], tuple(e["aliases"]), SONY_CAL),)
        metrics = tuple(
            KnownMetric(m["name"], tuple(m["synonyms"]), m["unit"]) for m in seed_bundle["metrics"]
        )
        entity = None  # found in the text, from the store's names
    proposals = []
    for key, (_, published) in SEED_REPORTS.items():
        ex = extract(
            seed_text(key), published=published, entities=entities, metrics=metrics, entity=entity
        )
        assert ex.entity == "Sony"
        proposals += [(key, p) for p in ex.proposals]
    found = [f for f in facts if any(_same(p, f) for _, p in proposals)]
    wrong = [p for _, p in proposals if not any(_same(p, f) for f in facts)]
    right = len(proposals) - len(wrong)
    return facts, found, wrong, right, proposals


@pytest.mark.parametrize("with_store", [False, True], ids=["empty-store", "seeded-store"])
def test_recall_and_precision_on_the_seed_reports(seed_bundle, with_store):
    facts, found, wrong, right, _ = _measure(seed_bundle, with_store=with_store)
    assert len(found) / len(facts) >= 0.9, [f for f in facts if f not in found]
    assert len(wrong) * 5 <= right, wrong


def test_metrics_reuse_the_seed_names(seed_bundle):
    *_, proposals = _measure(seed_bundle, with_store=True)
    names = {m["name"] for m in seed_bundle["metrics"]}
    assert {p.metric for _, p in proposals} <= names


def test_nothing_from_comments_or_related_lists():
    for key, _ in SEED_REPORTS.items():
        text = seed_text(key)
        layout = analyse(text)
        for s in layout.sentences:
            assert "Member since" not in s.text and "Related Articles" not in s.text
        ex = extract(text, published=SEED_REPORTS[key][1], entity=SONY)
        for p in ex.proposals:
            assert p.quote in text
            assert layout.excluded_from is None or p.start < layout.excluded_from


def test_revision_pair_dates_the_old_figure_the_day_before(seed_bundle):
    *_, proposals = _measure(seed_bundle, with_store=True)
    targets = sorted(
        (p.as_of.isoformat(), p.value)
        for _, p in proposals
        if p.kind.value == "target" and p.period.iso() == "2013-04-01/2014-03-31"
    )
    assert ("2014-01-31", 42e6) in targets and ("2014-02-01", 40e6) in targets
