"""The FactStore: the only code that reads and writes the SQLite database.

Rules it keeps:
- Scopes: a viewer scope sees the shared scope plus its own. Writes go to the caller's
  scope, and a server can never change a shared row.
- Nothing is lost: a fact is never overwritten in place without an audit row holding the
  before and after, removal is a soft delete, and every change can be undone.
- Revisions: the same entity, metric, kind and period stated again with a later as_of is a
  new row; readers get all of them grouped, oldest first (see `FactView.history`).
- Every write is one transaction (`sqlite_utils.Database.atomic`): all of it or none.
- One connection guarded by a lock, so front doors may call from worker threads.

One class, one module per job: `base` (opening, change counter, audit log),
`vocabulary` (entities, metrics, aliases, synonyms), `sources`, `reading` and `writing`
(facts), `bundles` (import and export), `questions` (unanswered questions), `candidates`
(ingestion's proposals), `settings` (per-server settings); `common`, `names` and `rows`
are their shared helpers.
"""

from bot.facts.store.base import StoreBase
from bot.facts.store.bundles import BundlesMixin
from bot.facts.store.candidates import CandidatesMixin
from bot.facts.store.common import (
    Candidate,
    FactHistory,
    UnansweredQuestion,
    fold_whitespace,
    visible_scopes,
)
from bot.facts.store.questions import QuestionsMixin
from bot.facts.store.reading import ReadingMixin
from bot.facts.store.settings import SettingsMixin
from bot.facts.store.sources import SourcesMixin
from bot.facts.store.vocabulary import VocabularyMixin
from bot.facts.store.writing import WritingMixin


class FactStore(
    VocabularyMixin,
    SourcesMixin,
    ReadingMixin,
    WritingMixin,
    BundlesMixin,
    QuestionsMixin,
    CandidatesMixin,
    SettingsMixin,
    StoreBase,
):
    """The fact store. Open one with `FactStore.open(path, seed=...)` or `in_memory()`."""


__all__ = [
    "Candidate",
    "FactHistory",
    "FactStore",
    "UnansweredQuestion",
    "fold_whitespace",
    "visible_scopes",
]
