"""Clause reading: takes one laid-out sentence of a report (with the report-wide Context)
and hands on candidate facts (Proposals), one per figure whose roles it could read.

sentence.read_sentence drives the stage: roles (is it ours, its metric via figure_metric,
its kind), pairing (revisions), when (whose, stated when, for which period), then the
sentence's closing passes. The other modules each read one role or pattern: context,
stretches (clause splitting), kinds, measures, rates, parts, changes, regions, owners,
periods, cumulative, revisions, lists, other_times (time phrases that name no figure's
period)."""
