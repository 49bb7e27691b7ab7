"""A wire's label, its figure and the base set against it ("* H1 bikes sold 41,700 vs
38,250"): the label names the figure, and the base is the same count a year before, never
the figure's own period (where it would clash with it). Invented wire."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def test_a_labelled_figure_and_its_versus_base():
    text = (
        "BRIEF-Velomark H1 sales up\nTest Wire\n2025-08-06\n\n"
        "Aug 6 (Test Wire) - Velomark AG:\n\n"
        "* Q2 revenue EUR 412 mln\n"
        "* H1 retail units 41,700 vs 38,250\n"
    )
    found = {
        p.value: (p.metric, p.period.iso())
        for p in extract(
            text, published=date(2025, 8, 6), entity=KnownEntity("Velomark AG", (), CALENDAR)
        ).proposals
    }
    assert found[41_700][1] == "2025-01-01/2025-06-30"
    assert found[38_250] == (found[41_700][0], "2024-01-01/2024-06-30")


def test_a_bare_number_against_another_with_no_label_is_no_figure():
    text = (
        "BRIEF-Velomark H1 sales up\nTest Wire\n2025-08-06\n\n"
        "* Q2 revenue EUR 412 mln\n"
        "* Section 5 vs 6\n"
    )
    found = extract(
        text, published=date(2025, 8, 6), entity=KnownEntity("Velomark AG", (), CALENDAR)
    ).proposals
    assert {p.value for p in found} == {412_000_000}
