"""Asking through a real bot: by prefix and mention (dpytest) and by /ask (the shared
interaction double). Every path must give the answer the command line gives."""

from __future__ import annotations

import asyncio
import logging
import threading
from datetime import date

import discord
import discord.ext.test as dpytest
import pytest
from click.testing import CliRunner
from discord.ext.test import backend, factories

from bot.answering import Engine
from bot.cli import cli
from bot.discord_bot import answers, picks
from bot.discord_bot import replies as replies_module
from bot.discord_bot.errors import APOLOGY
from bot.facts.model import Kind, Period
from tests.discord_bot.conftest import add_acme, make_role, only_reply, replies, say, server
from tests.discord_bot.fakes import FakeInteraction, FakeUser, member, run_slash

QUESTION = "how many xperia phones did sony sell in fy13?"
AMBIGUOUS = "how many smartphones were sold"
UNKNOWN = "what was the weather"


def asking(bot):
    return bot.get_cog("Asking")


def interaction_in(bot, user: FakeUser | None = None, index: int = 0) -> FakeInteraction:
    where = server(index)
    return FakeInteraction(bot, user or member(), guild=where.guild, channel=where.channels[0])


async def slash_ask(bot, question: str, user: FakeUser | None = None, index: int = 0):
    interaction = interaction_in(bot, user, index)
    await run_slash(asking(bot), asking(bot).ask, interaction, question=question)
    return interaction


# -- the answer ---------------------------------------------------------------------------


async def test_prefix_answer_is_a_cited_embed_replying_to_the_question(bot, payloads):
    question = await say(f"!ask {QUESTION}")
    embed = only_reply().embeds[0]
    fact = bot.engine.ask(QUESTION, str(server(0).guild.id)).facts[0].fact
    # The sentence leads (no title repeating the figure), then the one source it cites.
    assert embed.title is None
    assert embed.description == "Sony sold 39 million smartphones in FY2013 (Apr 2013 – Mar 2014)."
    (field,) = embed.fields
    assert field.name == "Source"
    assert field.value.startswith(f"> {fact.quote}\n")  # the verbatim quote
    assert "Sony aims to sell 50M smartphones" in field.value and "14 May 2014" in field.value
    assert "39 million" not in field.value.split("\n")[1]  # the figure is not stated again
    assert embed.footer.text == f"Fact #{fact.id}"
    assert embed.colour == discord.Colour.green()
    assert payloads[-1]["message_reference"]["message_id"] == question.id
    (row,) = payloads[-1]["components"]  # details behind a button
    assert [c["label"] for c in row["components"]] == ["Sources"]


async def test_source_is_a_link_with_publisher_and_date(bot):
    add_acme(bot, server(0).guild)
    await say("!ask how many smartphones did acme sell in 2013")
    embed = only_reply().embeds[0]
    assert (
        "[Acme annual report 2013](https://example.com/acme-2013) — Acme Corp, 1 Feb 2014"
    ) in embed.fields[0].value


@pytest.mark.parametrize(
    "question",
    [
        QUESTION,
        "sony phone target",
        "did sony meet its fy2013 phone target",
        UNKNOWN,
        AMBIGUOUS,
    ],
)
async def test_every_path_gives_the_command_lines_answer(bot, question):
    add_acme(bot, server(0).guild)  # a second company makes AMBIGUOUS ambiguous here
    scope = str(server(0).guild.id)
    await say(f"!ask {question}")
    by_prefix = only_reply().embeds[0]
    await say(f"<@{bot.user.id}> {question}")
    by_mention = only_reply().embeds[0]
    by_slash = (await slash_ask(bot, question)).last.embed

    expected = Engine(bot.store).ask(question, scope)
    run = CliRunner().invoke(
        cli, ["--db", str(bot.settings.db_path), "ask", "--scope", scope, question]
    )
    assert run.exit_code == 0, run.output
    assert by_prefix.to_dict() == by_mention.to_dict() == by_slash.to_dict()
    assert by_prefix.description == expected.text == run.output.splitlines()[0]
    answered = expected.status.value == "answered"
    assert by_prefix.title == (None if answered else expected.title)


# -- mentions ------------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["<@{id}> {q}", "<@!{id}> {q}", "{q} <@{id}>"])
async def test_a_mention_anywhere_asks(bot, template):
    await say(template.format(id=bot.user.id, q=QUESTION))
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million smartphones")


async def test_a_message_neither_prefixed_nor_mentioning_the_bot_is_ignored(bot):
    await say(QUESTION)
    await say(f"thanks {server(0).members[1].mention}")
    assert replies() == []


async def test_a_bare_mention_asks_for_a_question(bot):
    await say(f"<@{bot.user.id}>")
    assert only_reply().content.startswith("Ask a question, for example")


async def test_messages_from_bots_are_ignored_including_its_own(bot):
    other = backend.get_state().store_user(
        factories.make_user_dict("OtherBot", "0007", None, bot=True)
    )
    other_member = backend.make_member(other, server(0).guild)
    await say(f"!ask {QUESTION}", member=other_member)
    await say(f"<@{bot.user.id}> {QUESTION}", member=other_member)
    await say(f"<@{bot.user.id}> {QUESTION}", member=server(0).guild.me)
    assert replies() == []


# -- ambiguous and unknown -------------------------------------------------------------------


async def test_ambiguous_offers_the_candidates_and_only_the_asker_may_choose(bot, discord_api):
    discord_api.use(bot)
    acme_id = add_acme(bot, server(0).guild)
    asker, stranger = server(0).members
    channel = server(0).channels[0]
    await discord_api.slash("ask", asker, channel, question=AMBIGUOUS)
    asked = discord_api.last()
    assert asked.embeds[0]["title"] == "Which one did you mean?" and not asked.ephemeral
    select = asked.item("select")
    assert {o["value"] for o in select["options"]} == {"1", str(acme_id)}
    assert all(len(o["label"]) <= 100 and len(o["description"]) <= 100 for o in select["options"])

    await discord_api.click(asked.message, "select", stranger, channel, values=[str(acme_id)])
    refused = discord_api.last()
    assert refused.ephemeral and "Only the person who asked" in refused.content

    await discord_api.click(asked.message, "select", asker, channel, values=[str(acme_id)])
    chosen = discord_api.last()
    assert chosen.kind == "update"
    answer = Engine(bot.store).ask(
        "how many smartphones did acme sell in 2013", str(server(0).guild.id)
    )
    assert chosen.embeds[0]["description"] == answer.text
    assert answer.text == "Acme sold 12 million smartphones in 2013."
    assert chosen.embeds[0]["footer"]["text"] == f"Fact #{acme_id}"
    assert [c["label"] for c in chosen.items()] == ["Sources"]  # the menu is gone


async def test_a_forged_choice_is_refused(bot, discord_api):
    """A value the menu did not offer (another fact's id, crafted by a client) changes
    nothing and says so."""
    discord_api.use(bot)
    add_acme(bot, server(0).guild)
    asker = server(0).members[0]
    channel = server(0).channels[0]
    await discord_api.slash("ask", asker, channel, question=AMBIGUOUS)
    asked = discord_api.last()
    offered = {o["value"] for o in asked.item("select")["options"]}
    forged = next(str(i) for i in range(1, 50) if str(i) not in offered)
    await discord_api.click(asked.message, "select", asker, channel, values=[forged])
    refused = discord_api.last()
    assert refused.ephemeral and "not offered" in refused.content
    assert discord_api.current(asked.message).embeds[0]["title"] == "Which one did you mean?"


async def test_the_prefix_form_of_ambiguous_carries_a_select_menu(bot, payloads):
    add_acme(bot, server(0).guild)
    await say(f"!ask {AMBIGUOUS}")
    assert only_reply().embeds[0].title == "Which one did you mean?"
    (row,) = payloads[-1]["components"]  # dpytest keeps no components; the payload does
    assert [c["type"] for c in row["components"]] == [discord.ComponentType.select.value]
    assert len(row["components"][0]["options"]) == 2


async def test_choosing_reads_like_the_engine_or_states_the_chosen_revision(bot):
    engine = Engine(bot.store)
    targets = bot.store.list_facts(
        "shared",
        metric="smartphones sold",
        kind=Kind.TARGET,
        period=Period(date(2013, 4, 1), date(2014, 3, 31)),
    )
    older, current = sorted(targets, key=lambda v: v.fact.as_of)
    chosen = picks.chosen_answer(engine, current.fact.id, "shared")
    assert chosen.text == engine.ask("sony fy2013 phone target", "shared").text  # with history
    chosen = picks.chosen_answer(engine, older.fact.id, "shared")
    assert chosen.text == (
        "Sony's target for FY2013 (Apr 2013 – Mar 2014) was to sell 42 million smartphones."
    )
    assert [v.fact.id for v in chosen.facts] == [older.fact.id]


async def test_unknown_says_what_is_missing_and_suggestions_ask_when_clicked(bot, discord_api):
    discord_api.use(bot)
    channel = server(0).channels[0]
    await discord_api.slash("ask", server(0).members[0], channel, question=UNKNOWN)
    asked = discord_api.last()
    expected = Engine(bot.store).ask(UNKNOWN, str(server(0).guild.id))
    assert asked.embeds[0]["title"] == "I don't have that"
    assert asked.embeds[0]["description"] == expected.text
    buttons = asked.items()
    assert [b["label"] for b in buttons] == list(expected.suggestions)
    assert 1 <= len(buttons) <= 3

    await discord_api.click(asked.message, buttons[0]["label"], server(0).members[1], channel)
    suggested = Engine(bot.store).ask(expected.suggestions[0], str(server(0).guild.id))
    assert suggested.status.value == "answered"
    clicked = discord_api.last()
    assert clicked.kind == "message" and not clicked.ephemeral
    assert clicked.embeds[0]["description"] == suggested.text


async def test_unknown_and_ambiguous_questions_are_logged_with_their_server(bot):
    add_acme(bot, server(0).guild)
    for question in (UNKNOWN, UNKNOWN, AMBIGUOUS, QUESTION):
        await say(f"!ask {question}")
    await say(f"!ask {UNKNOWN}", server_index=1)
    rows = bot.store.unanswered(str(server(0).guild.id))
    assert {(r.question, r.times, r.status) for r in rows} == {
        (UNKNOWN, 2, "unknown"),
        (AMBIGUOUS, 1, "ambiguous"),
    }
    assert [(r.question, r.times) for r in bot.store.unanswered(str(server(1).guild.id))] == [
        (UNKNOWN, 1)
    ]


async def test_direct_messages_answer_from_the_shared_facts_only(bot):
    add_acme(bot, server(0).guild)
    person = server(0).members[0]
    dm = await person.create_dm()
    await dpytest.message(
        "!ask how many smartphones did acme sell in 2013", channel=dm, member=person
    )
    assert only_reply().embeds[0].title == "I don't have that"
    await dpytest.message(f"!ask {QUESTION}", channel=dm, member=person)
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million")
    await dpytest.message(QUESTION, channel=dm, member=person)  # no prefix needed in a DM
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million")


# -- cooldown -------------------------------------------------------------------------------


async def test_cooldown_replies_briefly_then_reacts_then_lets_the_user_ask_again(
    make_bot, monkeypatch
):
    monkeypatch.setattr(replies_module, "NOTICE_SECONDS", 0.0)
    reactions: list[tuple[int, str]] = []

    async def add_reaction(self, channel_id, message_id, emoji):  # dpytest 0.7's own breaks
        reactions.append((message_id, emoji))  # on discord.py 2.7's reaction payload

    monkeypatch.setattr(backend.FakeHttp, "add_reaction", add_reaction)
    bot = await make_bot(cooldown_questions=2, cooldown_seconds=60)
    now = [1000.0]
    bot.limiter.clock = lambda: now[0]
    await say(f"!ask {QUESTION}")
    await say(f"<@{bot.user.id}> {QUESTION}")
    assert len(replies()) == 2

    await say(f"!ask {QUESTION}")
    notice = only_reply()
    assert notice.content == (
        "Slow down a little: you can ask 2 questions every 60 seconds. Try again in 60 s."
    )
    for _ in range(50):  # the notice deletes itself (after 0 s here)
        if backend.get_state()._get_message(notice.id) is None:
            break
        await asyncio.sleep(0)
    assert backend.get_state()._get_message(notice.id) is None

    flood = await say(f"!ask {QUESTION}")
    assert replies() == []
    assert reactions == [(flood.id, replies_module.SLOW_DOWN_EMOJI)]

    now[0] += 61
    await say(f"!ask {QUESTION}")
    assert only_reply().embeds[0].description.startswith("Sony sold")


async def test_cooldown_on_slash_is_ephemeral_and_shared_with_the_prefix_form(make_bot):
    bot = await make_bot(cooldown_questions=2, cooldown_seconds=10)
    person = server(0).members[0]
    await say(f"!ask {QUESTION}", member=person)
    same_person = FakeUser(person.name, id=person.id)
    assert (await slash_ask(bot, QUESTION, same_person)).last.embed is not None
    refused = await slash_ask(bot, QUESTION, same_person)
    assert refused.last.ephemeral and refused.last.content.startswith("Slow down")
    assert (await slash_ask(bot, QUESTION, FakeUser("someone else"))).last.embed is not None


# -- safety and errors ----------------------------------------------------------------------


async def test_mentions_in_a_question_ping_nobody(bot, payloads):
    role = await make_role(server(0).guild, "Sales")
    victim = server(0).members[1]
    await say(f"!ask @everyone @here {victim.mention} {role.mention} {QUESTION}")
    await say(f"<@{bot.user.id}> @everyone {victim.mention} {role.mention} {UNKNOWN}")
    assert len(replies()) == 2
    assert [p["allowed_mentions"] for p in payloads] == [{"parse": [], "replied_user": False}] * 2


async def test_missing_question_gets_usage(bot):
    await say("!ask")
    assert only_reply().content == "Missing `question`. Usage: `!ask <question>`"


async def test_a_too_long_question_is_refused_clearly(bot):
    await say("!ask " + "sony " * 200)
    assert only_reply().content.startswith("That question is too long")
    refused = await slash_ask(bot, "sony " * 200)
    assert refused.last.ephemeral and refused.last.content.startswith("That question is too long")
    # ... and the slash box itself stops at the limit while typing.
    (option,) = asking(bot).ask.app_command.parameters
    assert (option.min_value, option.max_value) == (1, 500)  # min/max_length in the payload
    (sent,) = asking(bot).ask.app_command.to_dict(bot.tree)["options"]
    assert sent["max_length"] == 500
    assert option.description.startswith("e.g.")


async def test_an_unexpected_error_is_logged_and_the_user_gets_an_apology(
    make_bot, monkeypatch, caplog
):
    bot = await make_bot(answer_processes=0)  # answered in this process: its engine replaced

    def broken(*args, **kwargs):
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(bot.engine, "answer", broken)
    with caplog.at_level(logging.ERROR):
        await say(f"!ask {QUESTION}")
        await say(f"<@{bot.user.id}> {QUESTION}")
        slashed = await slash_ask(bot, QUESTION)
    assert [m.content for m in replies()] == [APOLOGY, APOLOGY]
    assert slashed.last.ephemeral and slashed.last.content == APOLOGY
    logged = [r for r in caplog.records if r.exc_info and "on fire" in str(r.exc_info[1])]
    assert len(logged) == 3 and all(r.exc_info[2] is not None for r in logged)  # tracebacks


async def test_a_slow_answer_acknowledges_the_interaction_first(make_bot, monkeypatch):
    bot = await make_bot(answer_processes=0)  # answered in this process: its engine replaced
    monkeypatch.setattr(answers, "DEFER_AFTER", 0.0)
    release = threading.Event()
    ask = bot.engine.answer

    def slow(*args, **kwargs):
        release.wait(5)
        return ask(*args, **kwargs)

    monkeypatch.setattr(bot.engine, "answer", slow)
    interaction = interaction_in(bot)
    task = asyncio.ensure_future(
        run_slash(asking(bot), asking(bot).ask, interaction, question=QUESTION)
    )
    for _ in range(500):
        if interaction.calls:
            break
        await asyncio.sleep(0.01)
    release.set()
    await task
    assert [c.method for c in interaction.calls] == ["defer", "followup.send"]
    assert interaction.calls[1].embed.description.startswith("Sony sold 39 million")


# -- follow-ups -------------------------------------------------------------------------


async def test_a_follow_up_continues_the_askers_own_conversation(bot):
    await say("!ask how many phones did sony sell in fy13")
    assert "39 million" in only_reply().embeds[0].description
    await say("!ask and the year before?")
    follow = only_reply().embeds[0].description
    assert "33 million" in follow and "FY2012" in follow
    assert follow.startswith("Following on from Sony")  # it says what it assumed


async def test_a_follow_up_does_not_lean_on_someone_elses_question(bot):
    await say("!ask how many phones did sony sell in fy13")
    replies()
    stranger = backend.make_member(backend.make_user("stranger", 1), server(0).guild)
    await say("!ask and the year before?", member=stranger)
    assert "33 million" not in (only_reply().embeds[0].description or "")
