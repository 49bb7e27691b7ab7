"""Bundles in and out: a streamed import in two phases, and a streamed export.

One module a part: `staging` (phase 1: check and stage), `publishing` (phase 2, and the
import itself), `pending` (what an import changes in rows stored before it), `export`.

Import:
1. Check and stage. Every record is validated and every fact checked (numbers in range,
   quote found in its source and replaced by the source's own span) into temporary
   tables, record by record, without writing to the store or taking its write lock. A
   refusal here leaves the store exactly as it was.
2. Publish, in chunks: names and sources, then facts `staging._CHUNK` at a time, each
   chunk one short transaction tagged with the import's id (see `imports`), so other
   writers wait at most one chunk. Readers see none of the import's facts until its last transaction
   publishes them all at once; what it changes in rows stored before it (`PendingChanges`:
   updated figures, a source's new text, a fiscal calendar) is applied there too. A
   failure while publishing (or a killed process, on the next open) removes everything
   the import wrote: all or nothing to the user. The finished import is one audited
   change, undone as a whole by `undo`.

Speed: a chunk of new figures goes from the staging table into the store in one
statement, its creation entries in another (without a copy of each row: see
`common.AUDIT_SELECT`); only a chunk holding a figure already stored, or stated twice,
takes the row-by-row path. Per fact, Python checks only the figure's range and the quote.

Metrics are matched by exact name or declared synonym, never by similarity; a metric the
bundle declares in its `metrics` section is matched by its exact name only (a bundle that
declares "mobile phones sold" means its own metric, even where another metric lists that
phrase as a synonym). A fact "updates" a stored one only when entity, metric, kind,
period and statement date are all the same; anything else is added.
"""

from bot.facts.bundle import UNSCOPED
from bot.facts.store.bundles.export import BundleExportMixin
from bot.facts.store.bundles.publishing import BundleImportMixin


class BundlesMixin(BundleImportMixin, BundleExportMixin):
    """Bundles: a two-phase, chunked, all-or-nothing import and a streamed export."""


__all__ = ["UNSCOPED", "BundlesMixin"]
