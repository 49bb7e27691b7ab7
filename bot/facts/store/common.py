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


# The audit's copy of a fact row (`rows._trim`), built in SQL, keys sorted as json.dumps
# writes them with sort_keys.
_AUDITED = (
    "as_of", "created_by", "deleted_at", "deleted_by", "entity_id", "id", "kind",
    "metric_id", "period_end", "period_start", "quote", "scope", "source_id", "unit",
    "value", "value_high",
)  # fmt: skip


def json_fact(alias: str) -> str:
    """SQL: the audit's JSON copy of the fact row ALIAS (e.g. "f.")."""
    return "json_object(" + ", ".join(f"'{c}', {alias}{c}" for c in _AUDITED) + ")"


# Audit entries as stored, except one thing: a fact or source an import created has its
# creation entry without a copy of the row (writing a million JSON copies was a third of
# an import's time). Every later change of such a row is audited with the row before it,
# so the row as created is the `before` of its next entry, or else the row as it is now.
_SOURCE_JSON = (
    "json_object('published', published, 'publisher', publisher, 'text', text,"
    " 'title', title, 'url', url)"
)  # `sources._source_fields`, keys sorted
AUDIT_SELECT = f"""
    SELECT id, at, actor, scope, action, table_name, row_id, before,
        CASE WHEN after IS NULL AND (action = 'import' AND table_name = 'facts'
                                     OR action = 'add' AND table_name = 'sources')
        THEN coalesce(
            (SELECT later.before FROM audit later
             WHERE later.table_name = audit.table_name AND later.row_id = audit.row_id
               AND later.id > audit.id AND later.before IS NOT NULL
             ORDER BY later.id LIMIT 1),
            CASE table_name
                WHEN 'facts' THEN (SELECT {json_fact("now.")} FROM facts now
                                   WHERE now.id = audit.row_id)
                ELSE (SELECT {_SOURCE_JSON} FROM sources WHERE sources.id = audit.row_id)
            END)
        ELSE after END AS after,
        undone_by, import_id
    FROM audit"""


def published(alias: str = "") -> str:
    """SQL: the row (of facts or audit, as ALIAS) is not part of an unpublished import.
    Whether any import is running is asked first, once a statement (an uncorrelated
    subquery): most of the time none is, and no row then needs its import looked up. As
    a scalar subquery, SQLite keeps its answer for every row; a bare NOT EXISTS cost
    each row a test of it (~8% of reading a series of 90 facts at 1M)."""
    return (
        f"((SELECT NOT EXISTS ({_RUNNING_IMPORTS})) OR {alias}import_id IS NULL"
        f" OR {alias}import_id NOT IN ({_RUNNING_IMPORTS}))"
    )


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
    """A question the bot could not answer, and how often it was asked."""

    question: str
    times: int
    last_asked: str
    status: str
