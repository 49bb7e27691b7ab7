"""'q3 dau growth' of a company whose year ends in March: its fiscal Q3 (Oct – Dec), worked
out from the levels where the growth is stated only for Q1 and Q2; never the calendar's
Q3 (Jul – Sep), which is the company's own Q2. Over a company invented here (Lintuvaara
Apps; fiscal year to March named by its start year).

On the engine this session started from (b97a921a) the fiscal Q3 growth was not held, so
the calendar's reading fitted and Q2's stated 20% answered: a wrong answer in a
development set. Guards: Q2 asked is still Q2's stated growth; where the calendar's
quarter is no quarter of the company's own (a year to January, Feb – Apr quarters), the
calendar's reading still answers an unmarked quarter the company does not hold."""

from __future__ import annotations

from bot.answering import Engine
from tests.answering.invented import fact, one_company

L = "Lintuvaara Apps"
FACTS = [
    fact(L, "daily active users", "actual", "2025-04-01/2025-06-30", 21.4e6, "units", "2025-08-06"),
    fact(
        L,
        "daily active users growth",
        "actual",
        "2025-04-01/2025-06-30",
        20,
        "percent",
        "2025-08-06",
    ),
    fact(L, "daily active users", "actual", "2025-07-01/2025-09-30", 22.9e6, "units", "2025-11-12"),
    fact(
        L,
        "daily active users growth",
        "actual",
        "2025-07-01/2025-09-30",
        19,
        "percent",
        "2025-11-12",
    ),
    fact(L, "daily active users", "actual", "2025-10-01/2025-12-31", 24.6e6, "units", "2026-02-11"),
    fact(L, "daily active users", "actual", "2024-10-01/2024-12-31", 20.2e6, "units", "2026-02-11"),
]


def _engine(seed, year_end: str) -> Engine:
    return one_company(seed, L, "Lintuvaara", FACTS, "2026-02-11", year_end, "start")


def test_the_companys_own_q3(seed) -> None:
    answer = _engine(seed, "03-31").ask("lintuvaara q3 dau growth yoy")
    assert "21.8%" in answer.text, answer.text
    assert 19 not in [v.fact.value for v in answer.facts], answer.text


def test_q2_is_still_q2(seed) -> None:
    answer = _engine(seed, "03-31").ask("lintuvaara q2 dau growth")
    assert [v.fact.value for v in answer.facts] == [19], answer.text


def test_a_calendar_quarter_that_is_no_quarter_of_its_own(seed) -> None:
    # (a year to January: its quarters run Feb – Apr …; Jul – Sep is the calendar's Q3 only)
    answer = _engine(seed, "01-31").ask("lintuvaara q3 dau growth")
    assert [v.fact.value for v in answer.facts] == [19], answer.text
