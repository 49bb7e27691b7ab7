"""An EV maker's delivery updates, over an invented company: a social thread whose replies
are people's claims, a running total since the first delivery, a model named by its code
alone, a post's emoji ending a sentence, and a quarter's guidance a result is set against."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Lanting Motors"

POST = (
    "Cumulative deliveries since our first car in May 2020: 612,300 ⛵ The L7 was again our "
    "best-seller in December with 9,120 units. 2/3"
)
THREAD = f"""Lanting official account: December deliveries thread (translated, with replies)
Social platform — @LantingMotors official account thread
2026-01-01

@LantingMotors (official) · Jan 1, 2026 09:00
December 2025: 21,400 Lanting vehicles delivered. Thank you to every owner. 1/3

@LantingMotors (official) · Jan 1, 2026 09:02
{POST}

@LantingMotors (official) · Jan 1, 2026 09:03
More news with our Q4 results in March. 3/3

@ev_watcher · Jan 1, 2026 09:20
Insurance registrations had them at ~5,100/week in late Dec, fwiw.

@owner_club · Jan 1, 2026 09:41
My dealer says L5 orders are sold out till Feb. I heard they'll do 30k a month by summer.
"""


def _rows(text: str, published: date) -> set[tuple]:
    found = extract(text, published=published, entity=KnownEntity(NAME, ("Lanting",))).proposals
    return {(p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.as_of) for p in found}


def test_a_threads_replies_are_claims_and_the_companys_posts_are_read():
    rows = _rows(THREAD, date(2026, 1, 1))
    values = {r[3] for r in rows}
    assert 21_400 in values
    assert not values & {5_100, 30_000}


def test_a_running_total_since_the_first_delivery_runs_to_the_day_before_the_post():
    rows = _rows(THREAD, date(2026, 1, 1))
    total = [r for r in rows if r[3] == 612_300]
    assert [r[2] for r in total] == ["2020-05-01/2025-12-31"]


def test_a_model_by_its_code_after_an_emoji_is_that_models_figure_for_the_month():
    rows = _rows(THREAD, date(2026, 1, 1))
    model = [r for r in rows if r[3] == 9_120]
    assert len(model) == 1
    assert "L7" in model[0][0] and model[0][2] == "2025-12-01/2025-12-31"


UPDATE = """Lanting Motors Reports Third Quarter 2025 Delivery Results
Lanting Motors Ltd. — monthly delivery update
2025-10-01

- Third-quarter deliveries reached 64,210 vehicles, above the high end of the Company's
guidance of between 60,000 and 63,000 vehicles issued on August 19, 2025.
"""


def test_guidance_a_result_is_set_against_is_for_the_results_period_and_its_own_day():
    rows = _rows(UPDATE, date(2025, 10, 1))
    guide = [r for r in rows if r[4] is not None]
    assert [(r[1], r[2], r[3], r[4], r[5]) for r in guide] == [
        ("forecast", "2025-07-01/2025-09-30", 60_000, 63_000, date(2025, 8, 19))
    ]


def test_a_rate_joined_by_its_basis_to_the_rate_before_is_for_the_same_period():
    text = (
        "Results\nIR\n2025-11-20\n\nTotal revenues were RMB 9.12 billion in the third quarter "
        "of 2025, an increase of 18.4% year over year and 6.1% quarter over quarter. Lanting "
        "delivered 21,400 vehicles in September 2025, up 12.5% year over year and 3.2% month "
        "over month.\n"
    )
    rows = _rows(text, date(2025, 11, 20))
    q3, sep = "2025-07-01/2025-09-30", "2025-09-01/2025-09-30"
    assert {(r[2], r[3]) for r in rows if r[3] in (18.4, 6.1, 12.5, 3.2)} == {
        (q3, 18.4),
        (q3, 6.1),
        (sep, 12.5),
        (sep, 3.2),
    }
    sequential = {r[3]: r[0] for r in rows if r[3] in (6.1, 3.2)}
    assert all("sequential" in name for name in sequential.values())


def test_an_unnamed_divisions_margin_is_no_figure_of_the_company():
    text = (
        "Results\nIR\n2025-10-30\n\nLaunch costs lowered the division's margin to 2.4% in the "
        "third quarter of 2025.\n"
    )
    assert not _rows(text, date(2025, 10, 30))
