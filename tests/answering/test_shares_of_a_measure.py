"""A share of a company's volume named in the metric ("can share of volume", "PET share
of volume"), over a company invented here.

Brookwell Water states its volume in litres, the multipack part of it, and the shares of
its volume in PET, cans and glass.

On the engine this session started from (732f0ca):
- "brookwell PET share of volume q3 2025" was refused: the share's "of volume" read as a
  figure of units sold, which a share never is;
- "brookwell share of volume q3 2025" answered the multipack volume as a share of the
  whole, a wrong figure (the three stated shares were never candidates);
- "can share of volume" lost its "can" as the auxiliary verb.
"can brookwell tell me its q3 2025 volume" is a guard: there "can" is the verb."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B = "Brookwell Water"
Q3 = "2025-06-29/2025-09-27"
FACTS = [
    fact(B, "volume (litres)", "actual", Q3, 468_200_000, "units", "2025-11-01"),
    fact(B, "multipack volume (litres)", "actual", Q3, 252_100_000, "units", "2025-11-01"),
    fact(B, "PET share of volume", "actual", Q3, 78.5, "percent", "2025-11-01"),
    fact(B, "can share of volume", "actual", Q3, 13.3, "percent", "2025-11-01"),
    fact(B, "glass share of volume", "actual", Q3, 8.2, "percent", "2025-11-01"),
]
ENTITIES = [{"name": B, "aliases": ["Brookwell"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-11-01"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("brookwell PET share of volume q3 2025", 78.5),
        ("brookwell can share of volume q3 2025", 13.3),
        ("brookwell glass share of volume in q3 2025", 8.2),
        ("can brookwell tell me its q3 2025 volume", 468_200_000),
    ],
)
def test_the_share_named(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_share_unnamed_is_one_of_the_stated_shares(engine) -> None:
    answer = engine.ask("brookwell share of volume q3 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "multipack" not in answer.text.split("?")[0], answer.text


BRANDS = [
    fact(B, "Ashby brand volume (litres)", "actual", Q3, 168_200_000, "units", "2025-11-01"),
    fact(B, "Brookwell brand volume (litres)", "actual", Q3, 230_000_000, "units", "2025-11-01"),
    fact(B, "Fennow brand volume (litres)", "actual", Q3, 70_000_000, "units", "2025-11-01"),
    fact(B, "rPET sold (tonnes)", "actual", Q3, 82_300, "units", "2025-11-01"),
    fact(B, "rHDPE sold (tonnes)", "actual", Q3, 41_500, "units", "2025-11-01"),
]


@pytest.fixture(scope="module")
def with_brands(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS + BRANDS, published="2025-11-01"))


# On the start engine "Brookwell brand's share" (the company's own name, read as the
# company) answered the Ashby brand's share, and "rHDPE share of volume" the rHDPE tonnes
# as a share of the litres of all volume: wrong figures. The Fennow brand's share is a
# guard.
def test_the_brand_said_is_the_part(with_brands) -> None:
    answer = with_brands.ask("brookwell brand's share of group volume in q3 2025")
    assert [v.fact.value for v in answer.facts] == [230_000_000, 468_200_000], answer.text
    guard = with_brands.ask("fennow brand's share of brookwell volume in q3 2025")
    assert [v.fact.value for v in guard.facts] == [70_000_000, 468_200_000], guard.text


def test_a_code_unsaid_is_never_the_whole(with_brands) -> None:
    answer = with_brands.ask("rHDPE share of brookwell q3 2025 volume")
    assert not {82_300, 468_200_000} & {v.fact.value for v in answer.facts}, answer.text
