"""A level's base stated "at the end of" a month ("126 centres at 31 December 2030, compared
with 121 at the end of June"): the base stood on that month's last day (on 3f25a2a it took
the level's own day, the two clashed and neither was proposed). Guard: a base with no time
of its own ("compared with 121") is not moved to a month."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Coorong Storage REIT", ("Coorong",), FiscalCalendar.of("06-30", "end"))


def _found(body: str) -> set[tuple[str, float, str]]:
    text = (
        "Coorong Storage REIT half-year call\nTranscript\n2031-02-19\n\n"
        f"Results for the half year ended 31 December 2030.\n\n{body}\n"
    )
    found = extract(text, published=date(2031, 2, 19), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_the_base_stood_at_the_end_of_its_month() -> None:
    got = _found("We owned 126 centres at 31 December 2030, compared with 121 at the end of June.")
    assert ("centres", 126, "2030-12-31/2030-12-31") in got
    assert ("centres", 121, "2030-06-30/2030-06-30") in got


def test_a_base_with_no_time_of_its_own_is_not_moved_to_a_month() -> None:
    got = _found("We owned 126 centres at 31 December 2030, compared with 121 a year earlier.")
    assert not any(period.startswith("2030-06") for *_, period in got)
