"""FactStore.metrics_having: which of some metrics a company has live figures for, as the
engine asks before reading the one series it chose."""

from __future__ import annotations

from datetime import date

from bot.facts.model import SHARED_SCOPE, Fact, Kind, Period
from bot.facts.store import FactStore

GUILD = "123456789"


def _ids(store: FactStore) -> tuple[int, dict[str, int]]:
    sony = store.entity("Sony").id
    return sony, {m.name: m.id for m in store.metrics()}  # type: ignore[return-value, misc]


def test_only_metrics_with_live_facts_of_that_company(store: FactStore) -> None:
    sony, metrics = _ids(store)
    every = list(metrics.values())
    having = store.metrics_having(SHARED_SCOPE, [sony], every)
    assert having == {
        metrics[v.fact.metric] for v in store.facts_for(SHARED_SCOPE, entity_ids=[sony])
    }
    assert store.metrics_having(SHARED_SCOPE, [sony + 1000], every) == set()
    net_loss = metrics["net loss"]
    for view in store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[net_loss]):
        store.remove_fact(view.fact.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    assert net_loss not in store.metrics_having(SHARED_SCOPE, [sony], every)


def test_a_servers_own_figures_count_only_for_that_server(store: FactStore) -> None:
    sony, metrics = _ids(store)
    net_loss = metrics["net loss"]
    for view in store.facts_for(SHARED_SCOPE, entity_ids=[sony], metric_ids=[net_loss]):
        store.remove_fact(view.fact.id, scope=SHARED_SCOPE, actor="t")  # type: ignore[arg-type]
    store.add_fact(
        Fact(
            entity="Sony",
            metric="net loss",
            kind=Kind.ACTUAL,
            period=Period(date(2030, 4, 1), date(2031, 3, 31)),
            value=1e9,
            unit="JPY",
            as_of=date(2031, 5, 1),
            source="sony-fy2013-results",
            quote="Sony said it sold 39 million smartphones last year",
            scope=GUILD,
        ),
        actor="t",
    )
    assert net_loss in store.metrics_having(GUILD, [sony], [net_loss])
    assert net_loss not in store.metrics_having(SHARED_SCOPE, [sony], [net_loss])
