"""Candidate facts from ingestion, waiting for a person to approve or reject them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.facts.model import (
    Fact,
    FactView,
    NotFoundError,
    SalesBotError,
)
from bot.facts.store.common import Candidate, _locked, _now, visible_scopes
from bot.facts.store.rows import _candidate_from_row, _ranges


@dataclass(frozen=True)
class PendingPlace:
    """Where one candidate stands among the pending ones (of a source): what a review page
    shows and its buttons move to, read as ids and counts, no candidate loaded."""

    pending: int  # how many are pending
    before: int  # pending ones with a lower id
    previous: int | None  # the pending id just below, the one just above, the lowest
    next: int | None
    first: int | None


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
    def pending_ids(self, scope: str, *, source_key: str = "") -> list[int]:
        """The ids of the pending candidates (of SOURCE_KEY), without reading them."""
        mine = "AND c.source_id IN (SELECT id FROM sources WHERE key = :source)"
        return [
            r["id"]
            for r in self.db.query(
                f"""SELECT c.id FROM candidates c WHERE c.scope = :scope
                    AND c.status = 'pending' {mine if source_key else ""} ORDER BY c.id""",
                {"scope": scope, "source": source_key},
            )
        ]

    @_locked
    def pending_sources(self, scope: str) -> list[str]:
        """The keys of the sources with candidates waiting for review, without reading them."""
        return [
            r["key"]
            for r in self.db.query(
                """SELECT DISTINCT s.key FROM candidates c JOIN sources s ON s.id = c.source_id
                   WHERE c.scope = ? AND c.status = 'pending' ORDER BY s.key""",
                [scope],
            )
        ]

    @_locked
    def pending_place(self, scope: str, candidate_id: int, *, source_key: str = "") -> PendingPlace:
        """CANDIDATE_ID's place among the scope's pending candidates (of SOURCE_KEY, if
        given): one aggregate over ids, however many are pending."""
        mine = "AND c.source_id IN (SELECT id FROM sources WHERE key = :source)"
        row = next(
            self.db.query(
                f"""SELECT COUNT(*) AS pending,
                       COALESCE(SUM(c.id < :cid), 0) AS before,
                       MAX(CASE WHEN c.id < :cid THEN c.id END) AS previous,
                       MIN(CASE WHEN c.id > :cid THEN c.id END) AS next,
                       MIN(c.id) AS first
                    FROM candidates c WHERE c.scope = :scope AND c.status = 'pending'
                    {mine if source_key else ""}""",
                {"cid": candidate_id, "scope": scope, "source": source_key},
            )
        )
        return PendingPlace(**row)

    @_locked
    def stating(
        self,
        scope: str,
        figures: Iterable[tuple[str, float]],
        *,
        besides: str,
        tolerance: float = 0.0,
    ) -> list[Candidate]:
        """Candidates (not rejected) of reports other than BESIDES that state one of FIGURES,
        each a (period, value) pair: an index lookup per figure (m007), however many
        candidates the scope holds. TOLERANCE (a fraction of the value) finds figures near
        it too: the same figure rounded."""
        found: dict[int, Candidate] = {}
        for period, value in sorted(set(figures)):
            # (the value as JSON text and back, or as near as asked)
            slack = max(abs(value) * max(tolerance, 1e-9), 1e-6)
            rows = self.db.query(
                """SELECT c.*, s.key AS source_key FROM candidates c
                   JOIN sources s ON s.id = c.source_id
                   WHERE c.scope = ? AND json_extract(c.payload, '$.period') = ?
                     AND json_extract(c.payload, '$.value') BETWEEN ? AND ?
                     AND c.status != 'rejected' AND s.key != ?""",
                [scope, period, value - slack, value + slack, besides],
            )
            for r in rows:
                found.setdefault(r["id"], _candidate_from_row(r))
        return [found[k] for k in sorted(found)]

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
