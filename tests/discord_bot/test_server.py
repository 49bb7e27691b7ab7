"""What a server's members and admins meet through discord.py's own dispatch: /help and
!help, /settings per server, mentions in questions, private errors after a deferral,
autocomplete and option descriptions, and how an answer reads in chat."""

from __future__ import annotations

import asyncio
import threading

import discord
import pytest

from bot.discord_bot import answers
from bot.discord_bot.errors import APOLOGY
from bot.facts.bundle import parse_bundle
from tests.discord_bot.conftest import (
    acme_bundle,
    add_acme,
    make_admin,
    only_reply,
    replies,
    say,
    server,
)

QUESTION = "how many xperia phones did sony sell in fy13?"


def channel(index: int = 0):
    return server(index).channels[0]


def scope(index: int = 0) -> str:
    return str(server(index).guild.id)


# -- help -------------------------------------------------------------------------------


async def test_help_lists_what_the_asker_can_use_with_this_stores_own_examples(
    make_bot, discord_api
):
    bot = await make_bot(empty=True)  # no seed: the examples must come from this store
    discord_api.use(bot)
    bundle = acme_bundle()
    bot.store.import_bundle(parse_bundle(bundle), actor="test", scope=scope())
    await discord_api.slash("help", server(0).members[0], channel())
    shown = discord_api.last()
    assert shown.ephemeral
    text = shown.text()
    assert "/ask" in text and "/chart" in text
    assert "/fact add" not in text and "For admins" not in text
    examples = next(f for f in shown.embeds[0]["fields"] if f["name"].startswith("Questions"))
    first = examples["value"].splitlines()[0].removeprefix("• ")
    assert "Acme" in first and "smartphones sold" in first and "Sony" not in examples["value"]
    assert bot.engine.ask(first, scope()).status.value == "answered"  # it really answers

    await discord_api.slash("help", await make_admin(member=1), channel())
    admin_text = discord_api.last().text()
    for command in ("/fact add", "/facts export", "/review", "/settings", "/unanswered"):
        assert command in admin_text

    # In another server (only the shared seed): examples from what it can see.
    await discord_api.slash("help", server(1).members[0], channel(1))
    assert "Acme" not in discord_api.last().text()


@pytest.mark.parametrize("admin_role", [None, "Sales Ops"])
async def test_prefix_help_shows_members_no_admin_commands(make_bot, admin_role):
    await make_bot(admin_role=admin_role)  # with a role, admin commands are not hidden
    await say("!help")
    embed = only_reply().embeds[0]
    text = "\n".join(f"{f.name} {f.value}" for f in embed.fields)
    assert "/ask" in text and "/fact" not in text and "/facts" not in text
    assert "Sony" in text  # the shared seed's own examples


# -- settings ----------------------------------------------------------------------------


async def test_settings_are_per_server_with_the_environment_as_default(make_bot, discord_api):
    bot = await make_bot(cooldown_questions=5, cooldown_seconds=60)
    discord_api.use(bot)
    owner = await make_admin()
    await discord_api.slash("settings", owner, channel(), cooldown_questions=1)
    shown = discord_api.last()
    assert shown.ephemeral and "Questions per person**: 1" in shown.text()
    assert "… every (seconds)**: 60 s · default" in shown.text()

    asker = server(0).members[1]
    await say(f"!ask {QUESTION}", member=asker)
    await say(f"!ask {QUESTION}", member=asker)
    first, refused = replies()
    assert first.embeds and refused.content.startswith("Slow down a little: you can ask 1 ")
    other = server(1).members[0]  # the other server keeps the environment's 5
    for _ in range(2):
        await say(f"!ask {QUESTION}", server_index=1, member=other)
    assert all(m.embeds for m in replies())

    await discord_api.slash("settings", owner, channel(), reset="cooldown")
    assert "Questions per person**: 5 · default" in discord_api.last().text()
    assert [e.action for e in bot.store.audit_log(scope())][:2] == ["set", "set"]


async def test_each_server_gets_its_own_audit_channel(bot, discord_api):
    discord_api.use(bot)
    add_acme(bot, server(1).guild)
    owner = await make_admin(index=1)
    audit = server(1).channels[1]
    await discord_api.slash("settings", owner, channel(1), audit_channel=audit)
    assert f"<#{audit.id}>" in discord_api.last().text()
    replies()
    fact_id = bot.store.list_facts(scope(1), entity="Acme")[0].fact.id
    await discord_api.slash("fact remove", owner, channel(1), id=fact_id)
    posted = replies()
    assert [m.channel.id for m in posted] == [audit.id]
    assert f"removed fact #{fact_id}" in posted[0].content
    # ... and nothing of server 1 reaches server 0, which has no audit channel.
    assert bot.settings_for(server(0).guild).audit_channel is None


async def test_an_admin_role_set_in_one_server_counts_there_only(bot, discord_api):
    from tests.discord_bot.conftest import make_role

    discord_api.use(bot)
    import discord.ext.test as dpytest

    role = await make_role(server(0).guild, "Analysts")
    analyst = server(0).members[1]
    await dpytest.add_role(analyst, role)
    await discord_api.slash("fact list", analyst, channel())
    assert discord_api.last().content.startswith("Only members with the Manage Server")
    await discord_api.slash("settings", await make_admin(), channel(), admin_role=role)
    await discord_api.slash("fact list", analyst, channel())
    assert discord_api.last().embeds[0]["title"].startswith("Facts")
    # The role does not make anyone an admin of settings themselves.
    await discord_api.slash("settings", analyst, channel(), cooldown_questions=99)
    assert "Manage Server" in discord_api.last().content
    assert "cooldown_questions" not in bot.store.server_settings(scope())


# -- mentions, errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "noise", ["@everyone", "@here", "<@{member}>", "<@&{role}>", "<#{channel}>"]
)
async def test_mentions_are_stripped_before_the_question_is_understood(bot, noise):
    role = server(0).guild.roles[0]
    text = noise.format(member=server(0).members[1].id, role=role.id, channel=channel().id)
    await say(f"!ask {text} {QUESTION}")
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million smartphones")
    await say(f"<@{bot.user.id}> {QUESTION} {text}")
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million smartphones")


async def test_a_quoted_earlier_message_is_never_the_question(bot):
    """A reply's quoted line above the question: the Discord door once ran the message's
    lines into one before the engine saw them, so the quote's words were read too."""
    await say(f"> tablets were everywhere that year\n<@{bot.user.id}> {QUESTION}")
    assert only_reply().embeds[0].description.startswith("Sony sold 39 million smartphones")


async def test_an_error_after_thinking_is_shown_only_to_the_asker(
    make_bot, discord_api, monkeypatch
):
    bot = await make_bot(answer_processes=0)  # answered in this process: its engine replaced
    discord_api.use(bot)
    monkeypatch.setattr(answers, "DEFER_AFTER", 0.0)
    started = threading.Event()

    def slow_then_broken(*args, **kwargs):
        started.set()
        threading.Event().wait(0.05)
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(bot.engine, "answer", slow_then_broken)
    await discord_api.slash("ask", server(0).members[0], channel(), question=QUESTION)
    sent = discord_api.new()
    assert [s.kind for s in sent] == ["defer", "delete", "followup"]
    assert not sent[0].ephemeral  # the public "thinking…" is removed ...
    apology = sent[-1]
    assert apology.ephemeral and apology.content == APOLOGY  # ... and the apology is private
    assert all(m["content"] != APOLOGY or m["flags"] & 64 for m in discord_api.messages.values())


# -- autocomplete and descriptions --------------------------------------------------------


async def test_every_option_has_a_description(bot):
    missing = []
    for command in bot.tree.walk_commands():
        for parameter in getattr(command, "parameters", []):
            if parameter.description in ("…", "", None):
                missing.append(f"/{command.qualified_name} {parameter.name}")
    assert missing == []


async def test_fact_ids_and_entities_autocomplete_for_admins(bot, discord_api):
    discord_api.use(bot)
    fact_id = add_acme(bot, server(0).guild)
    ada = await make_admin()
    for command in ("fact edit", "fact remove", "fact history"):
        choices = await discord_api.autocomplete(command, ada, channel(), "id", id="acme")
        assert [c["value"] for c in choices] == [fact_id], command
        assert choices[0]["name"].startswith(f"#{fact_id} Acme smartphones sold")
    by_number = await discord_api.autocomplete("fact edit", ada, channel(), "id", id=str(fact_id))
    assert by_number[0]["value"] == fact_id
    choices = await discord_api.autocomplete("fact list", ada, channel(), "entity", entity="ac")
    assert [c["value"] for c in choices] == ["Acme"]
    plain = server(0).members[1]
    assert await discord_api.autocomplete("fact remove", plain, channel(), "id", id="") == []
    # Another server's facts are never offered.
    other = await make_admin(index=1)
    assert await discord_api.autocomplete("fact edit", other, channel(1), "id", id="") == []


# -- answers in chat -----------------------------------------------------------------------


async def test_a_trend_answer_cites_each_source_once_and_counts_agree(bot, discord_api):
    discord_api.use(bot)
    await discord_api.slash(
        "ask", server(0).members[0], channel(), question="sony smartphone sales by year"
    )
    shown = discord_api.last()
    embed = shown.embeds[0]
    answer = bot.engine.ask("sony smartphone sales by year", scope())
    assert "title" not in embed and embed["description"] == answer.text  # the sentence leads
    (sources,) = embed["fields"]
    distinct = {v.source.key for v in answer.facts}
    assert sources["value"].count("\n> ") + 1 == len(distinct)  # one quote per source
    assert embed["footer"]["text"] == "Facts " + ", ".join(f"#{v.fact.id}" for v in answer.facts)
    assert len(discord.Embed.from_dict(embed)) < 2000
    await discord_api.click(shown.message, "Sources", server(0).members[1], channel())
    detail = discord_api.last()
    assert detail.ephemeral and len(detail.embeds[0]["fields"]) == len(answer.facts)


async def test_a_chart_miss_is_logged_with_the_question_itself(bot, discord_api):
    discord_api.use(bot)
    await discord_api.slash("chart", server(0).members[0], channel(), question="samsung tv sales")
    await asyncio.sleep(0)
    rows = bot.store.unanswered(scope())
    assert [r.question for r in rows] == ["samsung tv sales"]
