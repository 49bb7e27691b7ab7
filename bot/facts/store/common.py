"""Pieces every part of the store shares: scopes, the lock, SQL fragments, result types."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from bot.facts.model import (
    SHARED_SCOPE,
    AuditEntry,
    FactView,
)

if TYPE_CHECKING:
    from bot.facts.store import FactStore


T = TypeVar("T")

FACT_COLUMNS = """
    f.id, f.scope, f.kind, f.period_start, f.period_end, f.value, f.unit, f.as_of, f.quote,
    f.created_by, f.created_at, f.updated_by, f.updated_at, f.deleted_at,
    f.entity_id, f.metric_id, f.source_id,
    e.name AS entity_name, e.fiscal_year_end, e.fiscal_year_named_by,
    m.name AS metric_name, s.key AS source_key, f.value_high
"""
FACT_JOINS = """
    FROM facts f
    JOIN entities e ON e.id = f.entity_id
    JOIN metrics m ON m.id = f.metric_id
    JOIN sources s ON s.id = f.source_id
"""
UNDOABLE = ("add", "edit", "remove", "approve")
# An import publishes in many short transactions, so that other writers get their turn,
# but readers see all of it or none: the rows it writes carry its id and stay hidden
# while its one row in `imports` says 'running' (also while a failed or killed import is
# being rolled back); its last transaction flips that row to 'done'.
_RUNNING_IMPORTS = "SELECT id FROM imports WHERE status = 'running'"


def published(alias: str = "") -> str:
    """SQL: the row (of facts or audit, as ALIAS) is not part of an unpublished import."""
    return f"({alias}import_id IS NULL OR {alias}import_id NOT IN ({_RUNNING_IMPORTS}))"


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())


def visible_scopes(scope: str) -> tuple[str, ...]:
    return (SHARED_SCOPE,) if scope == SHARED_SCOPE else (SHARED_SCOPE, scope)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(method)
    def wrapper(self: FactStore, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


def _in(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


@dataclass(frozen=True)
class FactHistory:
    """A fact, every revision of its figure, and every audited change to its row."""

    view: FactView
    audit: tuple[AuditEntry, ...]


@dataclass(frozen=True)
class Candidate:
    """A fact proposed by ingestion, waiting for a person to approve or reject it."""

    id: int
    scope: str
    source_key: str
    fields: dict[str, Any]  # the bundle's fact format
    status: str
    fact_id: int | None
    created_at: str


@dataclass(frozen=True)
class UnansweredQuestion:
    question: str
    times: int
    last_asked: str
    status: str
