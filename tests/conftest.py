"""Shared fixtures: the bundled seed, a seeded in-memory store, an engine over it."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.facts.bundle import Bundle
from bot.facts.seed import seed_bundle
from bot.facts.store import FactStore


@pytest.fixture(scope="session")
def seed() -> Bundle:
    return seed_bundle()


@pytest.fixture
def store(seed: Bundle) -> FactStore:
    s = FactStore.in_memory(seed=seed)
    yield s
    s.close()


@pytest.fixture
def engine(store: FactStore) -> Engine:
    return Engine(store)


@pytest.fixture(scope="session")
def shared_engine(seed: Bundle) -> Engine:
    """One read-only engine for the large question tables (building a store per row is slow)."""
    return Engine(FactStore.in_memory(seed=seed))
