"""A company counting in weeks: the benchmark takes a candidate dated to the text's own
weeks as the gold fact dated to the whole months those weeks stand for, never the other
way round."""

from bench.ingest_eval import _matches


def _fact(period: str, kind: str = "actual") -> dict:
    return {"metric": "covers", "kind": kind, "period": period, "value": 4.2, "unit": "units"}


def test_a_year_of_weeks_is_its_year_of_months():
    weeks = _fact("2025-03-03/2026-03-01")  # 52 weeks ended 1 March 2026
    assert not _matches(weeks, _fact("2025-03-01/2026-02-28"))
    assert _matches(weeks, _fact("2025-03-01/2026-02-28"), exact=False)
    # a half of 26 weeks and the six months it stands for
    assert _matches(_fact("2025-03-03/2025-08-31"), _fact("2025-03-01/2025-08-31"), exact=False)


def test_the_day_a_year_of_weeks_ends_is_its_month_end():
    assert _matches(_fact("2026-03-01/2026-03-01"), _fact("2026-02-28/2026-02-28"), exact=False)
    assert not _matches(_fact("2026-02-20/2026-02-20"), _fact("2026-02-28/2026-02-28"), exact=False)


def test_never_months_for_weeks_nor_another_span():
    # a candidate by months where the gold counts the text's weeks: less exact than the text
    assert not _matches(_fact("2025-03-01/2026-02-28"), _fact("2025-03-03/2026-03-01"), exact=False)
    assert not _matches(_fact("2025-03-01/2025-08-31"), _fact("2025-03-01/2026-02-28"), exact=False)
    # a span held to a day that is no whole number of weeks
    assert not _matches(_fact("2025-03-01/2026-02-22"), _fact("2025-03-01/2026-02-28"), exact=False)
    target = _fact("2025-03-01/2026-02-28", "target")
    assert not _matches(_fact("2025-03-03/2026-03-01"), target, exact=False)
