"""Table reading: takes a report's layout (rows marked as table rows) and hands on candidate
facts (Proposals), one per figure cell, with its column's period and its row's metric.

reader.table_proposals drives the stage: placement (where tables are, what is written
around them) -> headers (each column's period, kind, measure or role) -> cells (the
figures a cell holds); row_metrics names each row's metric."""
