"""A word one slip away from the company's name that the company's own reports write as
a name of something else (a rival, a person, a brand): the question is about that other
party, whose figures the store does not hold. Over a company invented here (Norvalis, a
pharmacy chain, whose results quote the rival chain Norvelis).

Before 2026-12-07 the word was forgiven as a typo of the company's name and the answer
was the company's own figure, cited. Guards: a real slip of its name, and its name with a
possessive, are still the company.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.matching.names_elsewhere import names_written
from tests.answering.invented import bundle, engine_over, fact, values

N = "Norvalis"
Y25 = "2025-01-01/2025-12-31"
QUOTE = "Norvalis sales rose to 1.2 billion, while its rival Norvelis said its sales rose 9%."
FACTS = [
    fact(N, "net sales", "actual", Y25, 1_200_000_000, "EUR", "2026-02-20", quote=QUOTE),
    fact(
        N, "pharmacies in operation", "actual", "2025-12-31/2025-12-31", 412, "units", "2026-02-20"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": N, "aliases": []}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question",
    [
        "norvelis 2025 sales",
        "norvelis's pharmacies at end of 2025",
        "norvalis vs norvelis sales 2025",
    ],
)
def test_a_name_its_reports_write_is_no_slip(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN
    assert "norvelis" in answer.text.lower()


@pytest.mark.parametrize("question", ["norvalsi 2025 sales", "norvalis's 2025 sales"])
def test_a_slip_of_the_name_is_still_the_company(engine: Engine, question: str):
    assert values(engine, question)[0] == 1_200_000_000


def test_names_written_are_capitalised_words_no_dictionary_holds():
    found = names_written(["Sales at Norvelis's stores rose. Brașov and the Company grew."])
    assert {"norvelis", "brasov"} <= found
    assert "sales" not in found and "company" not in found


def test_the_company_s_name_as_its_reports_write_it_is_its_own():
    # (a run of capitalised words holding one of its own name's words: "PT Norvalis Farmacia
    # Tbk" is the company, none of its words another party's; before 2026-12-07's mend, a
    # held-out set lost most of its answers to the words of its name as its reports write it)
    found = names_written(["PT Norvalis Farmacia Tbk rose. Rival Norvelis fell."], {"norvalis"})
    assert "norvelis" in found and "farmacia" not in found
