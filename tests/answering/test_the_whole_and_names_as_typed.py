"""The company's whole figure said without its word for the whole, and a name typed with
its accent, over a company invented here (Tamsin Alimentos, calendar year: consolidated
sales in pesos, its sales volume in tonnes, sales in Colombia).

"Tamsin sales 2025" is the consolidated sales as much as the volume: both are offered,
never the volume alone (given before 2026-12-05, a wrong answer in a development set,
the consolidated figure's "consolidated" being unsaid); a question's own word for the
volume still picks it. "Nestlé Colombia sales", typed with the accent, names another
company: no answer, where the letters without it ("nestle", an English verb) were read
as chat and Tamsin's sales in Colombia given (a wrong answer in a development set)."""

from __future__ import annotations

from bot.answering import Status
from tests.answering.invented import bundle, engine_over, fact

T, Y25 = "Tamsin Alimentos", "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "consolidated sales", "actual", Y25, 4_997_450e6, "COP", "2026-02-20"),
    fact(T, "sales volume", "actual", Y25, 478_600, "units", "2026-02-20"),
    fact(T, "sales in Colombia", "actual", Y25, 3_050_210e6, "COP", "2026-02-20"),
]


def _engine(seed):
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tamsin"]}], FACTS, "2026-02-20"))


def test_the_whole_said_without_its_word(seed) -> None:
    engine = _engine(seed)
    answer = engine.ask("tamsin 2025 sales")
    assert 4_997_450e6 in [v.fact.value for v in answer.facts], answer.text
    answer = engine.ask("tamsin consolidated sales 2025")
    assert [v.fact.value for v in answer.facts] == [4_997_450e6], answer.text
    answer = engine.ask("tamsin sales volume 2025")
    assert [v.fact.value for v in answer.facts] == [478_600], answer.text


def test_a_name_typed_with_its_accent_is_another_company(seed) -> None:
    engine = _engine(seed)
    answer = engine.ask("nestlé colombia sales 2025")
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts, answer.text
    answer = engine.ask("tamsin colombia sales 2025")
    assert [v.fact.value for v in answer.facts] == [3_050_210e6], answer.text
