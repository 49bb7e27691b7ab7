"""One Answer rendered three ways: they agree, and the embed respects Discord's limits."""

from __future__ import annotations

from dataclasses import replace

from bot.answering import Answer, Engine, Status
from bot.answering.wording.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_VALUE_LIMIT,
    FIELDS_LIMIT,
    TITLE_LIMIT,
    to_embed,
    to_json,
    to_text,
)


def test_the_three_renderings_state_the_same_answer(shared_engine: Engine) -> None:
    answer = shared_engine.ask("did sony hit its fy2013 phone target")
    data, text, embed = to_json(answer), to_text(answer), to_embed(answer)
    assert data["answer"] == answer.text == embed.description
    assert text.startswith(answer.text)
    assert [f["id"] for f in data["facts"]] == [v.fact.id for v in answer.facts]
    assert embed.footer == "Facts " + ", ".join(f"#{v.fact.id}" for v in answer.facts)
    for view in answer.facts:  # every fact's quote is shown in text and embed
        assert view.fact.quote in text
        assert any(view.fact.quote in f.value for f in embed.fields)


def test_json_fact_has_every_contract_key(shared_engine: Engine) -> None:
    fact = to_json(shared_engine.ask("sony net loss fy2013"))["facts"][0]
    assert set(fact) >= {
        "id",
        "entity",
        "metric",
        "period",
        "kind",
        "value",
        "unit",
        "as_of",
        "quote",
        "source",
    }
    assert fact["period"]["label"] == "FY2013" and fact["value"] == 1250000000


def test_the_embed_stays_inside_discord_limits_whatever_the_content(shared_engine: Engine) -> None:
    answer = shared_engine.ask("how has sony's fy2013 smartphone target changed")
    huge_views = tuple(
        replace(v, fact=replace(v.fact, quote="q" * 5000, metric="m" * 300))
        for v in answer.facts * 20
    )
    huge = replace(answer, text="t" * 9000, headline="h" * 400, facts=huge_views)
    embed = to_embed(huge)
    assert len(embed.title) <= TITLE_LIMIT and len(embed.description) <= DESCRIPTION_LIMIT
    assert len(embed.fields) <= FIELDS_LIMIT
    assert all(len(f.value) <= FIELD_VALUE_LIMIT and len(f.name) <= 256 for f in embed.fields)
    assert embed.total_length() <= EMBED_TOTAL_LIMIT


def test_unknown_renders_its_suggestions(shared_engine: Engine) -> None:
    answer = shared_engine.ask("sony tv revenue")
    assert answer.status is Status.UNKNOWN
    embed = to_embed(answer)
    assert embed.fields[0].name == "You could ask"
    assert all(s in embed.fields[0].value for s in answer.suggestions)
    assert all(s in to_text(answer) for s in answer.suggestions)


def test_a_refused_question_carries_its_error_in_json() -> None:
    answer = Answer("?", Status.UNKNOWN, "That question is too long.", error="too long")
    assert to_json(answer)["error"] == "too long"


def test_a_fiscal_calendar_company_s_quarters_carry_its_own_names_first(
    shared_engine: Engine,
) -> None:
    """Sony's fiscal year starts in April: its Jul – Sep quarter is 'fiscal Q2 FY2013' in
    its reports, and so in the answer and its citation, before the months."""
    answer = shared_engine.ask("sony smartphones sold in jul-sep 2013")
    assert "fiscal Q2 FY2013 (Jul – Sep 2013)" in answer.text
    assert "fiscal Q2 FY2013 (Jul – Sep 2013)" in to_text(answer)
    assert "Q3 2013" not in answer.text  # the calendar name would mislead its readers
