"""Curating: every admin entry point refuses non-admins (commands, buttons, selects,
modals), and the flows an admin uses change this server's facts only, with an audit trail."""

from __future__ import annotations

import json
from pathlib import Path

import discord
import pytest
from discord.ext.test import backend

from bot.discord_bot.replies import DM_NOTE
from tests.discord_bot.conftest import (
    ACME_QUOTE,
    ACME_TEXT,
    acme_bundle,
    add_acme,
    make_role,
    only_reply,
    replies,
    say,
    server,
)
from tests.discord_bot.fakes import (
    FakeInteraction,
    FakeRole,
    FakeUser,
    admin,
    member,
    run_slash,
)

REFUSAL = "Only members with the Manage Server permission"
ACME_Q = "how many smartphones did acme sell in 2013"


def acting(bot, user: FakeUser, index: int = 0) -> FakeInteraction:
    where = server(index)
    return FakeInteraction(bot, user, guild=where.guild, channel=where.channels[0])


async def slash(bot, name: str, user: FakeUser, index: int = 0, **options) -> FakeInteraction:
    command = bot.get_command(name)
    interaction = acting(bot, user, index)
    await run_slash(command.cog, command, interaction, **options)
    return interaction


def admin_member(index: int = 0, position: int = 0) -> FakeUser:
    """An admin who is a real member of the dpytest server (so a mention of them resolves)."""
    person = server(index).members[position]
    return FakeUser(
        person.name, id=person.id, guild_permissions=discord.Permissions(manage_guild=True)
    )


def attachment(tmp_path: Path, name: str, text: str) -> discord.Attachment:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return backend.make_attachment(path)


def state(bot, index: int = 0) -> tuple:
    """Everything a refused command must leave as it was."""
    scope = str(server(index).guild.id)
    return (
        bot.store.audit_log(scope, limit=1000),
        [(v.fact, v.fact.deleted) for v in bot.store.list_facts(scope, include_removed=True)],
        bot.store.sources(scope),
        bot.store.metrics(scope),
        bot.store.entities(scope),
    )


async def ask_in(index: int, question: str) -> discord.Embed:
    await say(f"!ask {question}", server_index=index)
    return only_reply().embeds[0]


# -- refusals: every entry point --------------------------------------------------------------


def command_calls(tmp_path: Path, fact_id: int) -> list[tuple[str, dict]]:
    bundle = attachment(tmp_path, "b.json", json.dumps(acme_bundle()))
    text = attachment(tmp_path, "r.txt", ACME_TEXT)
    return [
        ("fact", {}),
        ("fact add", {"source": "acme-2013"}),
        ("fact edit", {"fact_id": fact_id}),
        ("fact remove", {"fact_id": fact_id}),
        ("fact undo", {}),
        ("fact history", {"fact_id": fact_id}),
        ("fact list", {}),
        ("facts", {}),
        ("facts import", {"bundle": bundle}),
        ("facts export", {}),
        ("source", {}),
        ("source add", {"title": "Report", "file": text}),
        ("source list", {}),
        ("synonym", {}),
        ("synonym add", {"phrase": "volume", "means": "smartphones sold"}),
        ("unanswered", {}),
    ]


async def test_every_admin_command_refuses_a_non_admin_ephemerally(bot, tmp_path):
    fact_id = add_acme(bot, server(0).guild)
    calls = command_calls(tmp_path, fact_id)
    curating = {c.qualified_name for c in bot.get_cog("Curating").walk_commands()}
    assert {name for name, _ in calls} == curating  # every curating command is covered
    before = state(bot)
    for name, options in calls:
        refused = await slash(bot, name, member(), **options)
        assert [c.method for c in refused.calls] == ["send_message"], name
        assert refused.last.ephemeral and refused.last.content.startswith(REFUSAL), name
    assert state(bot) == before


@pytest.mark.parametrize(
    "command",
    [
        "!fact remove {id}",
        "!fact add acme-2013",
        "!fact edit {id}",
        "!fact undo",
        "!fact list",
        "!facts export",
        '!synonym add volume "smartphones sold"',
        "!unanswered",
        "!source list",
    ],
)
async def test_prefix_admin_commands_refuse_a_non_admin(bot, command):
    fact_id = add_acme(bot, server(0).guild)
    before = state(bot)
    await say(command.format(id=fact_id))
    assert only_reply().content.startswith(REFUSAL)
    assert state(bot) == before


async def test_curating_is_refused_in_direct_messages(bot):
    person = server(0).members[0]
    dm = await person.create_dm()
    import discord.ext.test as dpytest
    from discord.ext import commands

    with pytest.raises(commands.CommandError):  # dpytest re-raises what the handler answered
        await dpytest.message("!fact list", channel=dm, member=person)
    assert only_reply().content.startswith("Facts can only be changed in a server")


async def test_autocomplete_lists_nothing_to_non_admins(bot):
    add_acme(bot, server(0).guild)
    cog = bot.get_cog("Curating")
    assert await cog.source_choices(acting(bot, member()), "") == []
    choices = await cog.source_choices(acting(bot, admin()), "acme")
    assert [c.value for c in choices] == ["acme-2013"]
    metrics = await cog.metric_choices(acting(bot, admin()), "smart")
    assert [c.value for c in metrics] == ["smartphones sold"]
    means = await cog.means_choices(acting(bot, admin()), "")
    assert {"smartphones sold", "Sony", "Acme"} <= {c.value for c in means}
    assert len(means) <= 25 and all(len(c.name) <= 100 for c in means)


@pytest.mark.parametrize(
    "command",
    ["!fact list", "!fact history {id}", "!facts export", "!unanswered", "!source list"],
)
async def test_prefix_admin_output_goes_by_direct_message(bot, command):
    """In a public channel, the admin's answer (other members' questions, the server's
    whole bundle ...) goes to the admin alone; the channel is told where it went."""
    fact_id = add_acme(bot, server(0).guild)
    await say("!ask what did the CEO have for lunch", member=server(0).members[0])
    replies()
    boss = await promoted(bot)
    public = server(0).channels[0]
    await say(command.format(id=fact_id), member=boss)
    sent = replies()
    in_channel = [m for m in sent if m.channel == public]
    private = [m for m in sent if isinstance(m.channel, discord.DMChannel)]
    assert [m.content for m in in_channel] == [DM_NOTE]
    assert len(private) == 1 and private[0].channel.id == (await boss.create_dm()).id
    if command == "!unanswered":
        assert "lunch" in private[0].embeds[0].description


async def test_a_prefix_admin_commands_mistake_is_private_too(bot, tmp_path):
    broken = acme_bundle()
    broken["facts"][0]["quote"] = "a sentence that is not in the report"
    path = tmp_path / "half.json"
    path.write_text(json.dumps(broken))
    await say("!facts import", member=await promoted(bot), attachments=[str(path)])
    problem, note = replies()
    assert isinstance(problem.channel, discord.DMChannel) and "the quote" in problem.content
    assert note.content == DM_NOTE


# -- who is an admin ------------------------------------------------------------------------


async def promoted(bot, index: int = 0) -> discord.Member:
    """A dpytest member given a role with Manage Server."""
    where = server(index)
    role = await make_role(where.guild, "Boss", manage_guild=True)
    import discord.ext.test as dpytest

    person = where.members[1]
    await dpytest.add_role(person, role)
    return person


async def test_the_admin_role_by_name_or_id_may_curate(make_bot):
    bot = await make_bot(admin_role="sales ops")
    by_name = FakeUser("olga", roles=[FakeRole(5, "Sales Ops")])
    assert not (await slash(bot, "fact list", by_name)).last.content.startswith(REFUSAL)
    assert (
        await slash(bot, "fact list", FakeUser("x", roles=[FakeRole(6, "Sales")]))
    ).last.content.startswith(REFUSAL)
    role = await make_role(server(0).guild, "Sales Ops")
    import discord.ext.test as dpytest

    await dpytest.add_role(server(0).members[0], role)
    await say("!fact list")
    listed, note = replies()
    assert listed.embeds[0].title.startswith("Facts") and note.content == DM_NOTE

    by_id = await make_bot(admin_role=str(777))
    assert not (
        await slash(by_id, "fact list", FakeUser("i", roles=[FakeRole(777, "whatever")]))
    ).last.content.startswith(REFUSAL)


async def test_with_an_admin_role_the_commands_are_not_hidden_by_default(make_bot):
    hidden = await make_bot()
    assert hidden.tree.get_command("fact").default_permissions == discord.Permissions(
        manage_guild=True
    )
    assert hidden.tree.get_command("ask").default_permissions is None
    shown = await make_bot(admin_role="Sales Ops")
    assert shown.tree.get_command("fact").default_permissions is None


# -- facts: add, edit, remove, undo, history, list ------------------------------------------


@pytest.mark.parametrize(
    ("command", "fact_id", "message"),
    [
        ("fact edit", 1, "Fact #1 is a shared seed fact"),
        ("fact remove", 1, "Fact #1 is a shared fact"),
        ("fact remove", 999, "There is no fact #999."),
        ("fact history", 999, "There is no fact #999."),
    ],
)
async def test_shared_or_missing_facts_are_refused_clearly(bot, command, fact_id, message):
    before = state(bot)
    refused = await slash(bot, command, admin(), fact_id=fact_id)
    assert refused.last.ephemeral and refused.last.content.startswith(message)
    assert "send_modal" not in [c.method for c in refused.calls]
    assert state(bot) == before


# -- bundles, sources, synonyms, unanswered ----------------------------------------------------


async def test_import_is_validated_all_or_nothing_and_summarised(bot, tmp_path):
    ada = admin()
    before = state(bot)
    broken = acme_bundle()
    broken["facts"].append(
        {
            **broken["facts"][0],
            "period": "2012-01-01/2012-12-31",
            "quote": "a sentence that is not in the report",
        }
    )
    for name, text, problem in (
        ("bad.json", "{not json", "Bad.json is not valid JSON (line 1"),
        ("half.json", json.dumps(broken), "Fact 2 (Acme smartphones sold): the quote"),
        ("notes.txt", "{}", "Attach a .json file, not notes.txt"),
    ):
        refused = await slash(bot, "facts import", ada, bundle=attachment(tmp_path, name, text))
        assert refused.last.ephemeral and refused.last.content.startswith(problem), name
    assert state(bot) == before

    good = attachment(tmp_path, "acme.json", json.dumps(acme_bundle()))
    imported = await slash(bot, "facts import", ada, bundle=good)
    fields = {f.name: f.value for f in imported.last.embed.fields}
    assert imported.last.embed.title == "Imported acme.json"
    assert fields["Facts"] == "1 added\n0 updated\n0 skipped"
    assert fields["Sources"] == "1 added\n0 updated\n0 skipped"
    again = await slash(bot, "facts import", ada, bundle=good)
    skipped = {f.name: f.value for f in again.last.embed.fields}["Facts"]
    assert skipped == "0 added\n0 updated\n1 skipped"


async def test_import_by_prefix_with_an_attachment(bot, tmp_path):
    path = tmp_path / "acme.json"
    path.write_text(json.dumps(acme_bundle()))
    await say("!facts import", member=await promoted(bot), attachments=[str(path)])
    summary, note = replies()
    assert summary.embeds[0].title == "Imported acme.json" and note.content == DM_NOTE
    assert (await ask_in(0, ACME_Q)).description.startswith("Acme sold 12 million")


async def test_export_sends_the_bundle_as_a_file(bot, monkeypatch):
    add_acme(bot, server(0).guild)

    def in_memory(*args, **kwargs):
        raise AssertionError("the export is built whole in memory")

    monkeypatch.setattr(type(bot.store), "export_bundle", in_memory)  # streamed, or nothing
    exported = await slash(bot, "facts export", admin())
    call = exported.last
    assert call.ephemeral and isinstance(call.kwargs["file"], discord.File)
    assert call.kwargs["file"].filename.startswith(f"salesbot-{server(0).guild.id}-")
    data = json.loads(call.upload)
    assert ACME_QUOTE in [f["quote"] for f in data["facts"]]
    assert len(data["facts"]) == len(bot.store.list_facts("shared", limit=1000)) + 1
    # the seed's facts are marked shared, so importing this bundle never copies them here
    assert {f.get("scope") for f in data["facts"] if f["quote"] != ACME_QUOTE} == {"shared"}
    sent = Path(call.kwargs["file"].fp.name)
    assert call.kwargs["file"].fp.closed and not sent.exists()  # the temporary file is gone

    elsewhere = await slash(bot, "facts export", admin(), index=1)
    other = json.loads(elsewhere.last.upload)
    assert ACME_QUOTE not in [f["quote"] for f in other["facts"]]  # scoped to its server
    assert len(other["facts"]) == len(data["facts"]) - 1

    await say("!facts export", member=await promoted(bot))
    reply, note = replies()
    assert isinstance(reply.channel, discord.DMChannel) and note.content == DM_NOTE
    sent = Path(reply.attachments[0].url.removeprefix("file://")).read_text(encoding="utf-8")
    assert json.loads(sent) == data


async def test_an_export_over_the_upload_limit_is_refused_and_leaves_no_file(
    bot, monkeypatch, tmp_path
):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(discord.Guild, "filesize_limit", property(lambda self: 1024))
    refused = await slash(bot, "facts export", admin())
    assert "over this server's upload limit" in refused.last.text()
    assert "salesbot export --scope" in refused.last.text() and refused.last.upload is None
    assert list(tmp_path.glob("salesbot-export-*")) == []


async def test_source_add_checks_its_input(bot, tmp_path):
    ada = admin()
    report = attachment(tmp_path, "r.md", ACME_TEXT)
    for options, problem in (
        ({"url": "ftp://x"}, "The url must start with https:// or http://"),
        ({"published": "yesterday"}, "Published must be a date like 2014-05-14"),
    ):
        refused = await slash(bot, "source add", ada, title="Acme report", file=report, **options)
        assert refused.last.ephemeral and refused.last.content.startswith(problem)
    pdf = await slash(
        bot, "source add", ada, title="Acme report", file=attachment(tmp_path, "r.pdf", "%PDF")
    )
    assert pdf.last.content == "Attach a .txt or .md file, not r.pdf."
    added = await slash(bot, "source add", ada, title="Acme report 2013!", file=report)
    assert "`acme-report-2013`" in added.last.embed.description
    assert bot.store.source("acme-report-2013", str(server(0).guild.id)).text == ACME_TEXT


async def test_synonyms_and_aliases_are_learned_per_server(bot):
    ada = admin()
    assert (await ask_in(0, "sony throughput fy2013")).title == "I don't have that"
    taught = await slash(bot, "synonym add", ada, phrase="throughput", means="Smartphones Sold")
    assert taught.last.embed.description == "“throughput” now means the metric “smartphones sold”."
    alias = await slash(bot, "synonym add", ada, phrase="SNE", means="sony")
    assert alias.last.embed.description == "“SNE” is now another name for Sony."
    assert (await ask_in(0, "sony throughput fy2013")).description.startswith(
        "Sony sold 39 million"
    )
    assert (await ask_in(0, "how many phones did SNE sell in fy2013")).description.startswith(
        "Sony sold 39 million"
    )
    assert (await ask_in(1, "sony throughput fy2013")).title == "I don't have that"
    unknown = await slash(bot, "synonym add", ada, phrase="gizmos", means="widgets")
    assert unknown.last.content == "I know no metric or company called 'widgets'."


async def test_unanswered_lists_the_most_frequent_misses(bot):
    for question in ("what was the weather", "what was the weather", "sony throughput fy2013"):
        await say(f"!ask {question}")
    replies()
    shown = await slash(bot, "unanswered", admin(), days=7)
    lines = shown.last.embed.description.splitlines()
    assert shown.last.embed.title == "Questions I could not answer (last 7 days)"
    assert lines[0].startswith("**2×** what was the weather · unknown")
    assert lines[1].startswith("**1×** sony throughput fy2013")


# -- the audit trail ------------------------------------------------------------------------


async def test_every_change_is_audited_and_posted_to_this_servers_audit_channel(
    make_bot, tmp_path, payloads
):
    bot = await make_bot(audit=True)
    audit_channel = server(0).channels[1]
    ada = admin_member()
    await slash(
        bot,
        "facts import",
        ada,
        bundle=attachment(tmp_path, "acme.json", json.dumps(acme_bundle())),
    )
    fact_id = bot.store.list_facts(str(server(0).guild.id), entity="Acme")[0].fact.id
    await slash(bot, "fact remove", ada, fact_id=fact_id)
    await slash(bot, "fact undo", ada)
    await slash(bot, "synonym add", ada, phrase="throughput", means="smartphones sold")
    await slash(bot, "synonym add", ada, index=1, phrase="throughput", means="smartphones sold")

    posted = [m for m in replies() if m.channel == audit_channel]
    lines = [m.content for m in posted]
    assert len(lines) == 4
    assert all(line.startswith(f"<@{ada.id}> ({ada.name}) ") for line in lines)
    assert "imported acme.json: sources: 1 added" in lines[0]
    assert f"removed fact #{fact_id}" in lines[1]
    assert f"fact #{fact_id} is restored" in lines[2]
    assert "“throughput” now means the metric “smartphones sold”" in lines[3]
    assert [p["allowed_mentions"] for p in payloads] == [{"parse": []}] * 4  # pings nobody

    actors = {e.actor for e in bot.store.audit_log(str(server(0).guild.id))}
    assert actors == {f"discord:{ada.id}:{ada.name}"}
    assert {e.action for e in bot.store.audit_log(str(server(1).guild.id))} == {"add"}
