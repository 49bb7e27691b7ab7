"""A summary transcript sets a question and its answer on lines of one paragraph:
"Q2 (Analyst, Hibiya Securities): How far did the private brand get?" then "A (Morisaki):
Sakura Select made up 27.4% of net sales in the first half". On 768d1894 the whole
paragraph was the analyst's turn, so the company's answer was left out. Guards: the
analyst's own figure stays out, and a phrase with a colon inside a turn ("Marcus, the
headline: ...") is no new speaker."""

from __future__ import annotations

from datetime import date

from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Sakura Retail", ("Sakura",), FiscalCalendar.of("02-28", "start"))

TRANSCRIPT = """Sakura Retail: interim results briefing - question-and-answer session (summary)
Sakura Retail Co., Ltd. - Investor Relations
2031-10-09

Respondents: Kenji Morisaki (President), Aiko Tanabe (CFO)

Q1 (Analyst, Marunouchi Capital): By my count the quarter made about 14.5 billion yen of
operating profit. Will the second half keep that pace?
A (Tanabe): We do not guide by quarter. The revised forecast assumes a second half in line
with our plan.

Q2 (Analyst, Hibiya Securities): How far did the private brand get?
A (Morisaki): Sakura Select made up 27.4% of net sales in the first half, compared with
25.9% in the first half of last year.

Q3 (Analyst, Hibiya Securities): We estimate Sakura Select at 31.0% of net sales in the
first half. Marcus, the headline: is that too high?
"""


def _values() -> set[float]:
    found = extract(TRANSCRIPT, published=date(2031, 10, 9), entity=ENTITY).proposals
    return {p.value for p in found}


def test_the_answer_is_the_company_s() -> None:
    got = _values()
    assert 27.4 in got and 25.9 in got


def test_the_analyst_s_figures_stay_out() -> None:
    got = _values()
    assert 14_500_000_000 not in got
    assert 31.0 not in got
