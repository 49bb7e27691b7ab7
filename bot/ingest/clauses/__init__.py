"""Clause reading: takes one laid-out sentence of a report (with the report-wide Context)
and hands on candidate facts (Proposals), one per figure whose roles it could read.

sentence.read_sentence drives the stage; the other modules each read one role or pattern:
stretches (clause splitting) -> kinds, measures, rates, parts, changes, regions, owners,
periods, cumulative, revisions, lists."""
