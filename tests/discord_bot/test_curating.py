"""Curating: every admin entry point refuses non-admins (commands, buttons, selects,
modals), and the flows an admin uses change this server's facts only, with an audit trail."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import discord
import pytest
from discord.ext.test import backend

from bot.discord_bot.curation import PAGE_SIZE
from bot.discord_bot.views import FactForm, FormButtonView, PagerView, UndoView
from bot.facts.model import Kind, Period
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
    click,
    fill,
    member,
    run_slash,
    submit,
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


async def test_buttons_and_modals_refuse_non_admins_and_change_nothing(bot, made_views):
    fact_id = add_acme(bot, server(0).guild)
    ada = admin()
    removed = await slash(bot, "fact remove", ada, fact_id=fact_id)
    undo: UndoView = removed.last.view
    listed = await slash(bot, "fact list", ada)
    pager: PagerView = listed.last.view
    opened = await slash(bot, "fact add", ada, source="acme-2013")
    add_form: FactForm = opened.last.kwargs["modal"]
    fill(
        add_form,
        entity="Acme",
        metric="smartphones sold",
        period="2014",
        value="5M",
        quote=ACME_QUOTE,
    )
    other_id = bot.store.add_fact(
        replace(
            bot.store.fact(fact_id, str(server(0).guild.id)).fact,
            id=None,
            period=Period(date(2012, 1, 1), date(2012, 12, 31)),
        ),
        actor="test",
    ).fact.id
    edit_form: FactForm = (await slash(bot, "fact edit", ada, fact_id=other_id)).last.kwargs[
        "modal"
    ]
    fill(edit_form, value="1M")
    await say("!fact add acme-2013", member=await promoted(bot))
    form_button = next(v for v in made_views if isinstance(v, FormButtonView))
    replies()
    before = state(bot)

    for view, item in (
        (undo, undo.button),
        (pager, pager.next),
        (pager, pager.previous),
        (form_button, form_button.button),
    ):
        stranger = acting(bot, member())
        await click(view, item, stranger)
        assert [c.method for c in stranger.calls] == ["send_message"], type(view).__name__
        assert stranger.last.ephemeral and stranger.last.content.startswith(REFUSAL)
    for form in (add_form, edit_form):
        stranger = acting(bot, member())
        await submit(form, stranger)
        assert stranger.last.ephemeral and stranger.last.content.startswith(REFUSAL)
    assert state(bot) == before


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
    assert only_reply().embeds[0].title.startswith("Facts")

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


async def test_add_a_fact_through_the_form_and_only_this_server_sees_it(make_bot, tmp_path):
    bot = await make_bot(audit=True)
    ada = admin_member()
    source = attachment(tmp_path, "acme.txt", ACME_TEXT)
    added = await slash(
        bot,
        "source add",
        ada,
        title="Acme annual report 2013",
        file=source,
        url="https://example.com/acme",
        publisher="Acme Corp",
        published="2014-02-01",
        key="acme-2013",
    )
    assert added.last.ephemeral and "Added source `acme-2013`" in added.last.embed.description

    opened = await slash(bot, "fact add", ada, source="acme-2013", metric="smartphones sold")
    form = opened.last.kwargs["modal"]
    assert isinstance(form, FactForm) and form.inputs["metric"].default == "smartphones sold"
    fill(
        form, entity="Acme", metric="smartphones sold", period="2013", value="12M", quote=ACME_QUOTE
    )
    submitted = acting(bot, ada)
    await submit(form, submitted)
    card = submitted.last
    assert card.ephemeral and card.embed.title.startswith("Added fact #")
    fact_id = int(card.embed.title.split("#")[1])
    stored = bot.store.fact(fact_id, str(server(0).guild.id)).fact
    assert (stored.entity, stored.value, stored.scope) == ("Acme", 12e6, str(server(0).guild.id))
    assert stored.created_by == f"discord:{ada.id}:{ada.name}"
    assert [m.content for m in replies()] == [  # both changes, in this server's audit channel
        f"<@{ada.id}> ({ada.name}) added source `acme-2013`: Acme annual report 2013",
        f"<@{ada.id}> ({ada.name}) added fact #{fact_id}: Acme smartphones sold, 2013 (actual): "
        "12 million smartphones",
    ]

    assert (await ask_in(0, ACME_Q)).description == "Acme sold 12 million smartphones in 2013."
    assert (await ask_in(1, ACME_Q)).title == "I don't have that"

    undoer = acting(bot, admin_member(position=1))
    await click(card.view, card.view.button, undoer)
    assert undoer.last.method == "edit_message" and undoer.last.kwargs["view"] is None
    assert undoer.last.embed.title == f"Undone: fact #{fact_id} (removed)"
    assert f"fact #{fact_id} is removed again" in only_reply().content  # the audit line
    assert (await ask_in(0, ACME_Q)).title == "I don't have that"


async def test_prefix_add_offers_a_button_that_opens_the_form_for_its_admin(bot, made_views):
    add_acme(bot, server(0).guild)
    boss = await promoted(bot)
    await say("!fact add acme-2013 target", member=boss)
    assert "press the button" in only_reply().content
    view = next(v for v in made_views if isinstance(v, FormButtonView))
    other_admin = acting(bot, admin())
    await click(view, view.button, other_admin)
    assert other_admin.last.ephemeral
    assert "belongs to the admin who asked" in other_admin.last.content
    owner = acting(
        bot,
        FakeUser(boss.name, id=boss.id, guild_permissions=discord.Permissions(manage_guild=True)),
    )
    await click(view, view.button, owner)
    form = owner.last.kwargs["modal"]
    fill(
        form, entity="Acme", metric="smartphones sold", period="2014", value="20M", quote=ACME_QUOTE
    )
    done = acting(bot, owner.user)
    await submit(form, done)
    view_id = int(done.last.embed.title.split("#")[1])
    fact = bot.store.fact(view_id, str(server(0).guild.id)).fact
    assert (fact.kind.value, fact.value, fact.period.iso()) == (
        "target",
        20e6,
        "2014-01-01/2014-12-31",
    )


async def test_edit_opens_a_prefilled_form_and_changes_what_was_typed(bot):
    fact_id = add_acme(bot, server(0).guild)
    ada = admin()
    opened = await slash(bot, "fact edit", ada, fact_id=fact_id)
    form = opened.last.kwargs["modal"]
    assert form.title == f"Edit fact #{fact_id}"
    assert {k: i.default for k, i in form.inputs.items()} == {
        "entity": "Acme",
        "metric": "smartphones sold",
        "period": "2013",
        "value": "12 million units",
        "quote": ACME_QUOTE,
    }

    unchanged = acting(bot, ada)
    await submit(form, unchanged)
    assert unchanged.last.ephemeral and "already has those values" in unchanged.last.content

    fill(form, value="lots")
    bad = acting(bot, ada)
    await submit(form, bad)
    assert bad.last.ephemeral and "lots" in bad.last.content
    assert bot.store.fact(fact_id, str(server(0).guild.id)).fact.value == 12e6

    fill(form, value="13M")
    edited = acting(bot, ada)
    await submit(form, edited)
    assert edited.last.embed.title == f"Edited fact #{fact_id}"
    assert "13 million" in edited.last.embed.description
    assert (await ask_in(0, ACME_Q)).description == "Acme sold 13 million smartphones in 2013."

    shown = await slash(bot, "fact history", ada, fact_id=fact_id)
    changes = next(f.value for f in shown.last.embed.fields if f.name == "Changes")
    assert f"edit by @{ada.name}" in changes

    retyped = (await slash(bot, "fact edit", ada, fact_id=fact_id, kind="forecast")).last.kwargs[
        "modal"
    ]
    await submit(retyped, acting(bot, ada))  # the form untouched, only the option changed
    fact = bot.store.fact(fact_id, str(server(0).guild.id)).fact
    assert (fact.kind, fact.value) == (Kind.FORECAST, 13e6)


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


async def test_remove_answers_with_undo_and_fact_undo_works_later(bot):
    fact_id = add_acme(bot, server(0).guild)
    ada = admin()
    removed = await slash(bot, "fact remove", ada, fact_id=fact_id)
    assert removed.last.ephemeral and removed.last.embed.title == f"Removed fact #{fact_id}"
    assert isinstance(removed.last.view, UndoView)
    assert (await ask_in(0, ACME_Q)).title == "I don't have that"
    restorer = acting(bot, ada)
    await click(removed.last.view, removed.last.view.button, restorer)
    assert restorer.last.embed.title == f"Undone: fact #{fact_id} is back"
    assert (await ask_in(0, ACME_Q)).description.startswith("Acme sold 12 million")

    await slash(bot, "fact remove", ada, fact_id=fact_id)
    undone = await slash(bot, "fact undo", ada)
    assert undone.last.embed.title.endswith(f"fact #{fact_id} is back as it was")
    assert (await ask_in(0, ACME_Q)).description.startswith("Acme sold 12 million")
    nothing = await slash(bot, "fact undo", admin("newcomer"))
    assert nothing.last.ephemeral and nothing.last.content == "There is nothing of yours to undo."


async def test_fact_list_filters_and_pages_with_buttons(bot):
    ada = admin()
    listed = await slash(bot, "fact list", ada)
    first = listed.last.embed
    assert len(first.description.splitlines()) == PAGE_SIZE
    assert first.footer.text == "More on the next page"
    pager = listed.last.view
    turned = acting(bot, ada)
    await click(pager, pager.next, turned)
    second = turned.last.embed
    total = len(bot.store.list_facts("shared", limit=1000))
    assert len(second.description.splitlines()) == total - PAGE_SIZE
    assert second.footer.text == "End of the list" and pager.next.disabled
    back = acting(bot, ada)
    await click(pager, pager.previous, back)
    assert back.last.embed.description == first.description

    targets = await slash(bot, "fact list", ada, kind="target", entity="Sony", period="FY2013")
    lines = targets.last.embed.description.splitlines()
    assert len(lines) == 2 and all("FY2013 (target)" in line for line in lines)
    assert targets.last.view is None  # one page: no buttons


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
    assert only_reply().embeds[0].title == "Imported acme.json"
    assert (await ask_in(0, ACME_Q)).description.startswith("Acme sold 12 million")


async def test_export_sends_the_bundle_as_a_file(bot):
    add_acme(bot, server(0).guild)
    exported = await slash(bot, "facts export", admin())
    call = exported.last
    assert call.ephemeral and isinstance(call.kwargs["file"], discord.File)
    assert call.kwargs["file"].filename.startswith(f"salesbot-{server(0).guild.id}-")
    data = json.loads(call.kwargs["file"].fp.getvalue())
    assert ACME_QUOTE in [f["quote"] for f in data["facts"]]
    assert len(data["facts"]) == len(bot.store.list_facts("shared", limit=1000)) + 1

    await say("!facts export", member=await promoted(bot))
    reply = only_reply()
    sent = Path(reply.attachments[0].url.removeprefix("file://")).read_text(encoding="utf-8")
    assert json.loads(sent) == data


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
    assert (await ask_in(0, "sony throughput fy2013")).description.startswith("Sony sold 39 million")
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
