"""Candidate facts from ingestion, waiting for a person to approve or reject them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.facts.model import (
    Fact,
    FactView,
    NotFoundError,
    SalesBotError,
)
from bot.facts.store.common import Candidate, _locked, _now, visible_scopes
from bot.facts.store.rows import _candidate_from_row, _ranges


class CandidatesMixin:
    """Candidate facts from ingestion, waiting for a person to approve or reject them."""

    @_locked
    def add_candidates(
        self, source_key: str, candidates: Sequence[dict[str, Any]], *, scope: str, actor: str
    ) -> list[int]:
        source = self._source_row(source_key, visible_scopes(scope))
        if source is None:
            raise NotFoundError(f"no source with key {source_key!r}")
        ids = []
        with self.db.atomic():
            for fields in candidates:
                ids.append(
                    self.db["candidates"]
                    .insert(
                        {
                            "scope": scope,
                            "source_id": source["id"],
                            "payload": json.dumps(fields),
                            "status": "pending",
                            "created_by": actor,
                            "created_at": _now(),
                        }
                    )
                    .last_pk
                )
            self._audit(
                actor,
                scope,
                "propose",
                "candidates",
                None,
                None,
                {"source": source_key, "ids": _ranges(ids)},
            )
        return ids

    @_locked
    def candidates(
        self, scope: str, *, status: str | None = "pending", source_key: str | None = None
    ) -> list[Candidate]:
        where, params = ["c.scope = ?"], [scope]
        if status:
            where.append("c.status = ?")
            params.append(status)
        if source_key:
            where.append("s.key = ?")
            params.append(source_key)
        rows = self.db.query(
            f"""SELECT c.*, s.key AS source_key FROM candidates c
                JOIN sources s ON s.id = c.source_id WHERE {" AND ".join(where)} ORDER BY c.id""",
            params,
        )
        return [_candidate_from_row(r) for r in rows]

    @_locked
    def candidate(self, candidate_id: int, scope: str) -> Candidate:
        if not 0 < candidate_id < 2**63:  # beyond SQLite's integers none can exist
            raise NotFoundError(f"there is no candidate #{candidate_id}")
        rows = list(
            self.db.query(
                """SELECT c.*, s.key AS source_key FROM candidates c JOIN sources s
               ON s.id = c.source_id WHERE c.id = ? AND c.scope = ?""",
                [candidate_id, scope],
            )
        )
        if not rows:
            raise NotFoundError(f"there is no candidate #{candidate_id}")
        return _candidate_from_row(rows[0])

    @_locked
    def update_candidate(
        self, candidate_id: int, fields: dict[str, Any], *, scope: str, actor: str
    ) -> Candidate:
        """Correct a pending candidate's fields before approving it."""
        current = self._pending(candidate_id, scope)
        with self.db.atomic():
            self.db["candidates"].update(candidate_id, {"payload": json.dumps(fields)})
            self._audit(actor, scope, "edit", "candidates", candidate_id, current.fields, fields)
        return self.candidate(candidate_id, scope)

    @_locked
    def approve_candidate(self, candidate_id: int, fact: Fact, *, actor: str) -> FactView:
        """Store FACT (the candidate's fields, parsed by the caller) and mark it approved."""
        self._pending(candidate_id, fact.scope)
        with self.db.atomic():
            fact_id = self._insert_fact(fact, actor, "approve")
            self._decide(candidate_id, "approved", actor, fact_id)
        return self.fact(fact_id, fact.scope)

    @_locked
    def reject_candidate(self, candidate_id: int, *, scope: str, actor: str) -> None:
        self._pending(candidate_id, scope)
        with self.db.atomic():
            self._decide(candidate_id, "rejected", actor, None)

    def _pending(self, candidate_id: int, scope: str) -> Candidate:
        found = self.candidate(candidate_id, scope)
        if found.status != "pending":
            raise SalesBotError(f"candidate #{candidate_id} is already {found.status}")
        return found

    def _decide(self, candidate_id: int, status: str, actor: str, fact_id: int | None) -> None:
        self.db["candidates"].update(
            candidate_id,
            {"status": status, "fact_id": fact_id, "decided_by": actor, "decided_at": _now()},
        )
        scope = self.db["candidates"].get(candidate_id)["scope"]
        self._audit(
            actor,
            scope,
            status,
            "candidates",
            candidate_id,
            {"status": "pending"},
            {"status": status, "fact_id": fact_id},
        )
