"""Questions nobody could answer, counted for the admins."""

from __future__ import annotations

from bot.facts.store.common import UnansweredQuestion, _locked, _now


class QuestionsMixin:
    """Questions nobody could answer, counted for the admins."""

    @_locked
    def log_question(self, question: str, *, scope: str, status: str) -> None:
        self.db.execute(
            "INSERT INTO asked (at, scope, question, status) VALUES (?, ?, ?, ?)",
            [_now(), scope, question.strip()[:500], status],
        )

    @_locked
    def unanswered(
        self, scope: str, *, limit: int = 10, since: str | None = None
    ) -> list[UnansweredQuestion]:
        rows = self.db.execute(
            """SELECT lower(question) AS q, count(*) AS n, max(at) AS last, min(question),
                      max(status)
               FROM asked WHERE scope = ? AND at >= ?
               GROUP BY q ORDER BY n DESC, last DESC LIMIT ?""",
            [scope, since or "", limit],
        )
        return [
            UnansweredQuestion(question=r[3], times=r[1], last_asked=r[2], status=r[4])
            for r in rows
        ]
